"""The engine's reading path gives a Baubeschreibung the model's second opinion when it is
enabled: once per document version (not once per agent), recorded in the case's audit
log under the case id."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from rathaus.config import Llm, Settings, Verstehen
from rathaus.governance.audit import AuditSink
from rathaus.intake import zweitmeinung
from rathaus.workflow.quelle import vorgang_aus_store
from tests.bundles import antrag, text_pdf
from tests.intake.test_zweitmeinung import antwort
from tests.llm.fake import FakeLlm
from tests.unterlagen import baubeschreibung


@dataclass
class Version:
    datei: str
    typ: str
    sha256: str
    size: int


@dataclass
class Fall:
    antrag: dict[str, Any]


@dataclass
class Store:
    """The few store methods the reading path and the audit use."""

    dateien: dict[str, tuple[str, bytes]]
    records: list[dict[str, Any]] = field(default_factory=list)

    def get_case(self, case_id: str) -> Fall:
        data = antrag()
        data["unterlagen"] = [{"typ": t, "datei": d} for d, (t, _) in self.dateien.items()]
        return Fall(json.loads(json.dumps(data)))

    def documents(self, case_id: str) -> list[Version]:
        return [Version(d, t, hashlib.sha256(b).hexdigest(), len(b))
                for d, (t, b) in self.dateien.items()]

    def read_document(self, sha256: str) -> bytes:
        return next(b for _, b in self.dateien.values()
                    if hashlib.sha256(b).hexdigest() == sha256)

    def record(self, actor: str, action: str, case_id: str | None,
               details: dict[str, Any]) -> None:
        self.records.append({"actor": actor, "case_id": case_id, "details": details})


def test_engine_reading_adds_the_second_opinion_once_per_document_version(
        monkeypatch: pytest.MonkeyPatch) -> None:
    erzeugt: list[FakeLlm] = []

    def erzeuge(cfg: Llm, audit: AuditSink | None) -> FakeLlm:
        erzeugt.append(FakeLlm(antwort(wandhoehe_m=6.2), audit=audit))
        return erzeugt[-1]

    monkeypatch.setattr(zweitmeinung, "erzeuge", erzeuge)
    cfg = Settings(verstehen=Verstehen(zweitmeinung=True),
                   llm=Llm(backend="openai", model="test-zweitmeinung"))
    pdf = text_pdf(*baubeschreibung(), "Einmalig fuer diesen Test: Version 1.")
    store = Store({"unterlagen/bb.pdf": ("baubeschreibung", pdf),
                   "unterlagen/lp.pdf": ("lageplan", text_pdf("Lageplan zum Bauantrag"))})
    for _ in range(3):  # one reading per agent activity
        vorgang = vorgang_aus_store(store, "BA-2026-9", cfg)
    bb, lp = vorgang.dokumente
    assert bb.zweitmeinung is not None and lp.zweitmeinung is None
    assert [v.urteil for v in bb.zweitmeinung.vergleiche if v.feld == "wandhoehe_m"] == [
        "bestaetigt"]
    assert sum(len(f.aufrufe) for f in erzeugt) == 1
    [rec] = store.records
    assert rec["case_id"] == "BA-2026-9" and rec["details"]["zweck"] == "intake.zweitmeinung"


def test_engine_reading_without_the_setting_calls_no_model(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def erzeuge(cfg: Llm, audit: AuditSink | None) -> FakeLlm:
        raise AssertionError("no model may be made")

    monkeypatch.setattr(zweitmeinung, "erzeuge", erzeuge)
    cfg = Settings(llm=Llm(backend="openai", model="test-zweitmeinung"))
    pdf = text_pdf(*baubeschreibung(), "Einmalig fuer diesen Test: Version 2.")
    store = Store({"unterlagen/bb.pdf": ("baubeschreibung", pdf)})
    [bb] = vorgang_aus_store(store, "BA-2026-9", cfg).dokumente
    assert bb.zweitmeinung is None and bb.kennzahlen and store.records == []
