"""A Bauantrag runs through the case engine; humans decide and sign."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from rathaus.registers.folder import load_registers
from rathaus.workflow.dienste import (
    Abgelehnt,
    Frist,
    einreichen,
    entscheiden,
    frist_entscheiden,
    nachreichen,
    unterzeichnen,
)  # fmt: skip
from rathaus.workflow.engine import EmbeddedServer
from rathaus.workflow.typen import Entscheidung, FristEntscheidung, Unterschrift
from tests.bundles import antrag, text_pdf, write_bundle
from tests.workflow.conftest import umgebung, warte_auf

SCHNELL = Frist(sekunden_pro_tag=0.2)  # 30 days Nachforderung = 6 s, 90 days = 18 s


def test_case_waits_for_a_human_decision_then_a_signature(engine: EmbeddedServer,
                                                          tmp_path: Path) -> None:
    async def szenario() -> None:
        async with umgebung(engine, tmp_path) as u:
            bundle = write_bundle(tmp_path / "b", antrag())
            case = await einreichen(u.client, u.store, bundle, load_registers(u.gemeinde),
                                    SCHNELL)
            # the stored antrag names the case's file number, not the bundle's own
            stored = u.store.get_case(case)
            assert stored is not None and stored.antrag["id"] == case != "BA-TEST-0001"
            z = await warte_auf(u.client, case, lambda z: z.aufgabe == "entscheidung")
            # the tiny test town has no roads or mains: Erschließung findings (mangel)
            assert z.status == "entscheidung" and z.vorschlag == "maengel"
            with pytest.raises(Abgelehnt, match="Begründung erforderlich"):
                await entscheiden(u.client, case, Entscheidung("genehmigt", "", "Frau Kaya",
                                                               "bauaufsicht"))
            with pytest.raises(Abgelehnt, match="Amt"):
                await entscheiden(u.client, case, Entscheidung(
                    "genehmigt", "Erschließung durch Vertrag gesichert.", "Herr X", "ordnungsamt"))
            with pytest.raises(Abgelehnt, match="Kein Bescheid zur Unterschrift"):
                await unterzeichnen(u.client, case, Unterschrift("Frau Kaya"))
            await entscheiden(u.client, case, Entscheidung(
                "genehmigt", "Erschließung durch städtebaulichen Vertrag gesichert.", "Frau Kaya",
                "bauaufsicht"))
            await warte_auf(u.client, case, lambda z: z.aufgabe == "unterzeichnung")
            await unterzeichnen(u.client, case, Unterschrift("Frau Kaya"))
            z = await warte_auf(u.client, case, lambda z: z.status == "zugestellt")
            stati = [h.status for h in u.store.history(case)]
            assert stati == ["eingegangen", "vollstaendigkeitspruefung", "fachpruefung",
                             "entscheidung", "bescheid", "zugestellt"]
            assert [d.ergebnis for d in u.store.decisions(case)] == ["genehmigt"]
            bescheid = {v.datei: v for v in u.store.documents(case)}["bescheid/bescheid.pdf"]
            pdf = PdfReader(io.BytesIO(u.store.read_document(bescheid.sha256)))
            text = "".join(page.extract_text() or "" for page in pdf.pages)
            assert "Frau Kaya" in text and "Baugenehmigung" in text
            assert f"Az. {case}" in text and "BA-TEST-0001" not in text

    asyncio.run(szenario())


def test_missing_document_is_requested_and_filed_later(engine: EmbeddedServer,
                                                       tmp_path: Path) -> None:
    async def szenario() -> None:
        async with umgebung(engine, tmp_path) as u:
            data = antrag()
            bundle = write_bundle(tmp_path / "b", data)
            (bundle / "unterlagen/statistikbogen.pdf").unlink()
            case = await einreichen(u.client, u.store, bundle, load_registers(u.gemeinde),
                                    SCHNELL)
            await warte_auf(u.client, case, lambda z: z.status == "nachforderung")
            kaputt = tmp_path / "statistikbogen.pdf"
            kaputt.write_bytes(b"%PDF-1.4 abgeschnitten")
            with pytest.raises(Abgelehnt, match="Nicht angenommen"):
                await nachreichen(u.client, u.store, case, [("statistikbogen", kaputt)])
            gut = tmp_path / "statistik.pdf"
            gut.write_bytes(text_pdf("Statistikbogen zum Bauantrag, Neubau, 1 Wohnung"))
            await nachreichen(u.client, u.store, case, [("statistikbogen", gut)])
            await warte_auf(u.client, case, lambda z: z.aufgabe == "entscheidung")
            stati = [h.status for h in u.store.history(case)]
            assert stati[:5] == ["eingegangen", "vollstaendigkeitspruefung", "nachforderung",
                                 "vollstaendigkeitspruefung", "fachpruefung"]

    asyncio.run(szenario())


def test_missed_deadline_needs_a_caseworker_to_withdraw(engine: EmbeddedServer,
                                                        tmp_path: Path) -> None:
    async def szenario() -> None:
        async with umgebung(engine, tmp_path) as u:
            bundle = write_bundle(tmp_path / "b", antrag(), {})
            case = await einreichen(u.client, u.store, bundle, load_registers(u.gemeinde),
                                    Frist(sekunden_pro_tag=0.02))  # 30 days = 0.6 s
            await warte_auf(u.client, case, lambda z: z.aufgabe == "frist_abgelaufen")
            assert (await warte_auf(u.client, case, lambda z: True)).status == "nachforderung"
            await frist_entscheiden(u.client, case, FristEntscheidung(True, "Frau Kaya"))
            await warte_auf(u.client, case, lambda z: z.status == "zurueckgenommen")

    asyncio.run(szenario())


def test_processing_period_warns_at_two_thirds_and_marks_overdue(engine: EmbeddedServer,
                                                                 tmp_path: Path) -> None:
    async def szenario() -> None:
        async with umgebung(engine, tmp_path) as u:
            bundle = write_bundle(tmp_path / "b", antrag())
            case = await einreichen(u.client, u.store, bundle, load_registers(u.gemeinde),
                                    Frist(sekunden_pro_tag=0.03))  # 90 days = 2.7 s
            z = await warte_auf(u.client, case, lambda z: z.frist_warnung)
            assert z.aufgabe == "entscheidung"
            z = await warte_auf(u.client, case, lambda z: z.ueberfaellig)
            arten = {d.kind for d in u.store.deadlines(case)}
            assert {"bearbeitung", "warnung", "ueberfaellig"} <= arten

    asyncio.run(szenario())
