"""The activities of the case workflow: every step that touches the world.

Names are stable (running workflows refer to them). Each activity is idempotent, so a
retry after a crashed worker stores nothing twice and notifies no one twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, TypeVar

from temporalio import activity
from temporalio.exceptions import ApplicationError

import rathaus.agents  # noqa: F401  (registers the agents)
from rathaus.agents.base import REGISTRY
from rathaus.config import Settings
from rathaus.intake.lesen import lese_dokument
from rathaus.procedures import bauantrag
from rathaus.registers.base import Registers
from rathaus.workflow.bescheid import entwerfe_bescheid, unterzeichne_bescheid
from rathaus.workflow.quelle import StoreQuelle, vorgang_aus_store
from rathaus.workflow.typen import (
    BescheidAuftrag,
    EntscheidungSpeichern,
    FristVermerk,
    NachreichungsPruefung,
    PruefAuftrag,
    Pruefergebnis,
    StatusAuftrag,
)


@dataclass
class Aktivitaeten:
    store: Any  # rathaus.store.Store
    registers: Registers
    cfg: Settings
    zustellen: Any  # callable(store) delivering pending notifications

    @activity.defn(name="pruefen")
    def pruefen(self, a: PruefAuftrag) -> Pruefergebnis:
        return mit_herzschlag(lambda: self._pruefen(a))

    def _pruefen(self, a: PruefAuftrag) -> Pruefergebnis:
        vorgang = vorgang_aus_store(self.store, a.case_id, self.cfg)
        befunde = REGISTRY.agents[a.agent].pruefe(vorgang, self.registers)
        run = f"runde-{a.runde}"
        neu = self.store.record_findings(a.case_id, a.agent, run, befunde)
        if neu:
            snapshot = vorgang.model_dump_json().encode()
            self.store.audit(f"agent:{a.agent}", "pruefung", a.case_id,
                             {"runde": a.runde, "codes": [b.code for b in befunde]},
                             input_hash=hashlib.sha256(snapshot).hexdigest())
        else:  # a retry after a crash: the stored findings are the truth
            befunde = [b for b in self.store.findings(a.case_id, run) if b.pruefer == a.agent]
        return Pruefergebnis(a.agent, [b.model_dump(mode="json") for b in befunde], neu)

    @activity.defn(name="status_setzen")
    def status_setzen(self, a: StatusAuftrag) -> None:
        self.store.set_status(a.case_id, a.status, a.akteur, a.notiz)
        self.zustellen(self.store)

    @activity.defn(name="frist_vermerken")
    def frist_vermerken(self, a: FristVermerk) -> None:
        self.store.set_deadline(a.case_id, a.frist, a.art)
        self.zustellen(self.store)

    @activity.defn(name="nachreichung_pruefen")
    def nachreichung_pruefen(self, a: NachreichungsPruefung) -> list[str]:
        """Problems with filed documents; empty when all can be accepted."""
        return mit_herzschlag(lambda: self._nachreichung_pruefen(a))

    def _nachreichung_pruefen(self, a: NachreichungsPruefung) -> list[str]:
        versions = {v.datei: v for v in self.store.documents(a.case_id)}
        quelle = StoreQuelle(self.store, a.case_id, versions)
        probleme = []
        for ref in a.dokumente:
            v = versions.get(ref.datei)
            if v is None or v.sha256 != ref.sha256:
                probleme.append(f"{ref.datei}: nicht gespeichert")
                continue
            from rathaus.domain.antrag import UnterlageRef

            dok = lese_dokument(UnterlageRef(typ=ref.typ, datei=ref.datei),  # type: ignore[arg-type]
                                quelle, self.cfg)
            if not dok.lesbar:
                probleme.append(f"{ref.datei}: {dok.status} ({dok.detail})")
        return probleme

    @activity.defn(name="entscheidung_speichern")
    def entscheidung_speichern(self, a: EntscheidungSpeichern) -> None:
        e = a.entscheidung
        self.store.record_decision(a.case_id, e.ergebnis, e.begruendung, e.von, e.amt,
                                   nebenbestimmungen=e.nebenbestimmungen or None,
                                   key=f"entscheidung-{a.runde}")

    @activity.defn(name="bescheid_entwerfen")
    def bescheid_entwerfen(self, a: BescheidAuftrag) -> None:
        mit_herzschlag(lambda: entwerfe_bescheid(self.store, self.registers, a.case_id))

    @activity.defn(name="bescheid_unterzeichnen")
    def bescheid_unterzeichnen(self, a: BescheidAuftrag) -> None:
        """No signed Bescheid without a recorded human decision (§ 35a VwVfG): the
        only exception is a procedure a law declares fully automatable."""
        automatisch = a.automatisch and bauantrag.VOLLAUTOMATISIERBAR
        if not automatisch and not self.store.decisions(a.case_id):
            raise ApplicationError("Kein Bescheid ohne menschliche Entscheidung",
                                   type="OhneEntscheidung", non_retryable=True)
        mit_herzschlag(lambda: unterzeichne_bescheid(self.store, a.case_id,
                                                     a.unterzeichner or "automatisch"))

    def alle(self) -> list[Any]:
        return [self.pruefen, self.status_setzen, self.frist_vermerken,
                self.nachreichung_pruefen, self.entscheidung_speichern,
                self.bescheid_entwerfen, self.bescheid_unterzeichnen]


T = TypeVar("T")


def mit_herzschlag(work: Callable[[], T], every_s: float = 1.0) -> T:
    """Run `work` while heartbeating, so a crashed worker is noticed within seconds."""
    with ThreadPoolExecutor(max_workers=1) as ex:
        future = ex.submit(work)
        while True:
            try:
                return future.result(timeout=every_s)
            except FutureTimeout:
                activity.heartbeat()
