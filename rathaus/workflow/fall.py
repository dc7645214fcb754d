"""The case workflow of a procedure: the managing agent ("Dirigent").

eingegangen → vollstaendigkeitspruefung → (nachforderung ⇄ …) → fachpruefung →
entscheidung (human) → bescheid (draft, human signs) → zugestellt. Every step that
touches the world is an activity; the workflow only decides what comes next.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ApplicationError

with workflow.unsafe.imports_passed_through():
    from rathaus.workflow.regeln import begruendung_noetig, darf_automatisch, vorschlag
    from rathaus.workflow.typen import (
        ENTSCHEIDUNGEN,
        BescheidAuftrag,
        Entscheidung,
        EntscheidungSpeichern,
        FallStart,
        FallZustand,
        FristEntscheidung,
        FristVermerk,
        Nachreichung,
        NachreichungsPruefung,
        PruefAuftrag,
        Pruefergebnis,
        StatusAuftrag,
        Unterschrift,
    )

# Bookkeeping activities are quick; agent runs may OCR pages. Both retry; a business
# rejection (InputError) is not retried.
# A crashed worker is noticed by the missing heartbeat, long before the timeout.
KURZ = (timedelta(seconds=30), RetryPolicy(maximum_attempts=5), None)
AGENT = (timedelta(minutes=10), RetryPolicy(initial_interval=timedelta(seconds=1),
                                            maximum_attempts=4,
                                            non_retryable_error_types=["InputError"]),
         timedelta(seconds=10))
Art = tuple[timedelta, RetryPolicy, timedelta | None]


async def _akt(name: str, arg: object, art: Art = KURZ, result_type: type | None = None) -> Any:
    """Run an activity by its stable name."""
    return await workflow.execute_activity(name, arg, start_to_close_timeout=art[0],
                                           retry_policy=art[1], heartbeat_timeout=art[2],
                                           result_type=result_type)


@workflow.defn(name="Fall")
class Fall:
    def __init__(self) -> None:
        self.start: FallStart | None = None
        self.status = "eingegangen"
        self.runde = 0
        self.aufgabe: str | None = None
        self.frist: str | None = None
        self.warnung = False
        self.ueberfaellig = False
        self.befunde: list[dict[str, Any]] = []
        self.geprueft = False
        self.nachgereicht = False
        self.frist_entscheidung: FristEntscheidung | None = None
        self.entscheidung: Entscheidung | None = None
        self.nachforderung_text = ""
        self.unterschrift: Unterschrift | None = None

    # ---- the path of a case -------------------------------------------------------
    @workflow.run
    async def run(self, start: FallStart) -> str:
        self.start = start
        while True:
            if not await self._vollstaendig():
                await self._setze("zurueckgenommen", "verwaltung",
                                  "Antrag gilt als zurückgenommen (§ 69 Abs. 2 S. 2 MBO).")
                return self.status
            fristen = asyncio.create_task(self._bearbeitungsfrist())
            await self._fachpruefung()
            if darf_automatisch(start.vollautomatisierbar, self.befunde):
                await self._bescheid(BescheidAuftrag(start.case_id, automatisch=True))
                fristen.cancel()
                return self.status
            await self._setze("entscheidung", "dirigent", "Zur Entscheidung vorgelegt.")
            self.aufgabe = "entscheidung"
            await workflow.wait_condition(lambda: self.entscheidung is not None)
            assert self.entscheidung is not None
            await _akt("entscheidung_speichern",
                       EntscheidungSpeichern(start.case_id, self.entscheidung, self.runde))
            if self.entscheidung.ergebnis != "nachforderung":
                break
            # the caseworker asks for more: back to the applicant, then check again
            self.nachforderung_text = self.entscheidung.begruendung
            self.entscheidung = None
            fristen.cancel()
        await self._setze("bescheid", "dirigent", "Bescheid wird entworfen.")
        await _akt("bescheid_entwerfen", BescheidAuftrag(start.case_id), AGENT)
        self.aufgabe = "unterzeichnung"  # only once there is a draft to sign
        await workflow.wait_condition(lambda: self.unterschrift is not None)
        assert self.unterschrift is not None
        await self._bescheid(BescheidAuftrag(start.case_id, self.unterschrift.name))
        fristen.cancel()
        return self.status

    async def _vollstaendig(self) -> bool:
        """Check completeness until complete; False when deemed withdrawn."""
        assert self.start is not None
        while True:
            self.runde += 1
            await self._setze("vollstaendigkeitspruefung", "vollstaendigkeit")
            res: Pruefergebnis = await _akt("pruefen", PruefAuftrag(self.start.case_id, self.runde),
                                            AGENT, Pruefergebnis)
            maengel = [b for b in res.befunde if b["art"] == "mangel"]
            if not maengel and not self.nachforderung_text:
                return True
            if not await self._nachforderung(maengel):
                return False

    async def _nachforderung(self, maengel: list[dict[str, Any]]) -> bool:
        assert self.start is not None
        frist = workflow.now() + timedelta(seconds=self.start.nachforderung_s)
        self.frist = frist.isoformat()
        liste = "; ".join(f"{b['code']} {b['objekt'] or ''}".strip() for b in maengel)
        extra = f" Die Bauaufsicht fordert an: {self.nachforderung_text}" \
            if self.nachforderung_text else ""
        self.nachforderung_text = ""
        await self._setze("nachforderung", "vollstaendigkeit",
                          f"Bitte reichen Sie bis {frist:%d.%m.%Y %H:%M} nach: {liste}.{extra}")
        await self._vermerk("nachforderung", self.frist)
        self.nachgereicht = False
        while True:
            self.aufgabe = None
            try:
                await workflow.wait_condition(lambda: self.nachgereicht,
                                              timeout=max(frist - workflow.now(), timedelta(0)))
                return True
            except TimeoutError:
                pass
            self.aufgabe = "frist_abgelaufen"
            await self._vermerk("abgelaufen", self.frist)
            await workflow.wait_condition(
                lambda: self.frist_entscheidung is not None or self.nachgereicht)
            if self.nachgereicht:
                return True
            fe, self.frist_entscheidung = self.frist_entscheidung, None
            assert fe is not None
            if fe.zuruecknehmen:
                return False
            frist = workflow.now() + timedelta(seconds=fe.verlaengerung_s)
            self.frist = frist.isoformat()
            await self._vermerk("nachforderung", self.frist)

    async def _fachpruefung(self) -> None:
        """All specialist agents in parallel, each its own activity with retries."""
        assert self.start is not None
        await self._setze("fachpruefung", "dirigent")
        ergebnisse: list[Pruefergebnis] = await asyncio.gather(*(
            _akt("pruefen", PruefAuftrag(self.start.case_id, self.runde, a), AGENT, Pruefergebnis)
            for a in self.start.fachagenten))
        self.befunde = [b for r in ergebnisse for b in r.befunde]
        self.geprueft = True

    async def _bearbeitungsfrist(self) -> None:
        """Durable timers: warn at two thirds of the period, then mark overdue."""
        assert self.start is not None
        total = self.start.bearbeitung_s
        ende = workflow.now() + timedelta(seconds=total)
        self.frist = ende.isoformat()
        await self._vermerk("bearbeitung", self.frist)
        await workflow.sleep(timedelta(seconds=total * 2 / 3))
        await self._vermerk("warnung", self.frist)
        self.warnung = True
        await workflow.sleep(max(ende - workflow.now(), timedelta(0)))
        await self._vermerk("ueberfaellig", self.frist)
        self.ueberfaellig = True

    async def _bescheid(self, auftrag: BescheidAuftrag) -> None:
        if auftrag.automatisch:
            await self._setze("bescheid", "dirigent", "Vollautomatischer Bescheid (§ 35a VwVfG).")
            await _akt("bescheid_entwerfen", auftrag, AGENT)
        await _akt("bescheid_unterzeichnen", auftrag, AGENT)
        self.aufgabe = None
        await self._setze("zugestellt", auftrag.unterzeichner or "dirigent",
                          "Der Bescheid ist zugestellt.")

    async def _setze(self, status: str, akteur: str, notiz: str = "") -> None:
        assert self.start is not None
        await _akt("status_setzen", StatusAuftrag(self.start.case_id, status, akteur, notiz))
        self.status = status

    async def _vermerk(self, art: str, frist: str) -> None:
        assert self.start is not None
        await _akt("frist_vermerken", FristVermerk(self.start.case_id, art, frist))

    # ---- what people send ----------------------------------------------------------
    @workflow.update
    async def nachreichen(self, n: Nachreichung) -> str:
        assert self.start is not None
        probleme: list[str] = await _akt(
            "nachreichung_pruefen", NachreichungsPruefung(self.start.case_id, n.dokumente),
            AGENT, list[str])
        if probleme:  # rejected: the case stays in nachforderung, nothing is accepted
            raise ApplicationError("Nicht angenommen: " + "; ".join(probleme),
                                   type="NachreichungAbgelehnt", non_retryable=True)
        self.nachgereicht = True
        return f"{len(n.dokumente)} Unterlage(n) angenommen"

    @nachreichen.validator
    def _nachreichen_ok(self, n: Nachreichung) -> None:
        if self.status != "nachforderung":
            raise ValueError(f"Nachreichen ist nur in der Nachforderung möglich "
                             f"(Status: {self.status})")
        if not n.dokumente:
            raise ValueError("Keine Unterlagen angegeben")

    @workflow.update
    async def entscheiden(self, e: Entscheidung) -> str:
        self.entscheidung = e
        self.aufgabe = None
        return e.ergebnis

    @entscheiden.validator
    def _entscheiden_ok(self, e: Entscheidung) -> None:
        assert self.start is not None
        if self.aufgabe != "entscheidung":
            raise ValueError(f"Keine Entscheidung offen (Status: {self.status})")
        if e.ergebnis not in ENTSCHEIDUNGEN:
            raise ValueError(f"Unbekanntes Ergebnis {e.ergebnis!r}; erlaubt: {ENTSCHEIDUNGEN}")
        if e.amt != self.start.amt:
            raise ValueError(f"Der Fall gehört zum Amt {self.start.amt!r}, nicht {e.amt!r}")
        if not e.von.strip():
            raise ValueError("Wer entscheidet, muss genannt sein")
        if begruendung_noetig(self.befunde, e.ergebnis) and len(e.begruendung.strip()) < 10:
            raise ValueError(f"Begründung erforderlich: die Entscheidung „{e.ergebnis}“ weicht "
                             f"vom Prüfergebnis „{vorschlag(self.befunde)}“ ab oder betrifft "
                             "Ermessen (§ 39 Abs. 1 VwVfG)")

    @workflow.update
    async def frist_entscheiden(self, fe: FristEntscheidung) -> str:
        self.frist_entscheidung = fe
        return "zurueckgenommen" if fe.zuruecknehmen else "verlaengert"

    @frist_entscheiden.validator
    def _frist_ok(self, fe: FristEntscheidung) -> None:
        if self.aufgabe != "frist_abgelaufen":
            raise ValueError("Die Nachforderungsfrist ist nicht abgelaufen")
        if not fe.zuruecknehmen and fe.verlaengerung_s <= 0:
            raise ValueError("Eine Verlängerung braucht eine Dauer")

    @workflow.update
    async def unterzeichnen(self, u: Unterschrift) -> str:
        self.unterschrift = u
        return "unterzeichnet"

    @unterzeichnen.validator
    def _unterzeichnen_ok(self, u: Unterschrift) -> None:
        if self.aufgabe != "unterzeichnung" or self.status != "bescheid":
            raise ValueError(f"Kein Bescheid zur Unterschrift offen (Status: {self.status})")
        if not u.name.strip():
            raise ValueError("Wer unterschreibt, muss genannt sein")

    @workflow.query
    def zustand(self) -> FallZustand:
        assert self.start is not None
        return FallZustand(self.start.case_id, self.status, self.runde, self.aufgabe,
                           self.frist, self.warnung, self.ueberfaellig,
                           vorschlag(self.befunde) if self.geprueft else None,
                           len(self.befunde))
