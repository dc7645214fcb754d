"""Human in the loop by construction: no signed Bescheid without a recorded decision."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from temporalio.client import WorkflowFailureError

from rathaus.intake.bundle import lade_vorgang
from rathaus.procedures import bauantrag
from rathaus.registers.folder import load_registers
from rathaus.workflow import TASK_QUEUE
from rathaus.workflow.dienste import Frist, einreichen
from rathaus.workflow.engine import EmbeddedServer
from rathaus.workflow.fall import Fall
from rathaus.workflow.regeln import begruendung_noetig, darf_automatisch
from rathaus.workflow.typen import FallStart
from tests.bundles import antrag, write_bundle
from tests.workflow.conftest import umgebung, warte_auf

KLAR = [{"pruefer": "planungsrecht", "art": "hinweis"}]


def test_the_bauantrag_is_declared_never_fully_automatable() -> None:
    assert bauantrag.VOLLAUTOMATISIERBAR is False
    assert not darf_automatisch(bauantrag.VOLLAUTOMATISIERBAR, [])
    assert not darf_automatisch(bauantrag.VOLLAUTOMATISIERBAR, KLAR)


@pytest.mark.parametrize(("befunde", "automatisch"), [
    ([], True), (KLAR, True),
    ([{"pruefer": "naturschutz", "art": "ermessen"}], False),
    ([{"pruefer": "bauordnung", "art": "mangel"}], False),
])
def test_only_a_declared_procedure_without_ermessen_or_mangel_runs_automatically(
        befunde: list[dict[str, str]], automatisch: bool) -> None:
    assert darf_automatisch(True, befunde) is automatisch


@pytest.mark.parametrize(("befunde", "entscheidung", "noetig"), [
    ([], "genehmigt", False), ([], "versagt", True),
    ([{"pruefer": "bauordnung", "art": "mangel"}], "versagt", False),
    ([{"pruefer": "bauordnung", "art": "mangel"}], "genehmigt", True),
    ([{"pruefer": "planungsrecht", "art": "ermessen"}], "genehmigt", True),
])
def test_reasons_are_required_where_the_decision_departs_from_the_findings(
        befunde: list[dict[str, str]], entscheidung: str, noetig: bool) -> None:
    assert begruendung_noetig(befunde, entscheidung) is noetig


def test_a_forged_automatic_bauantrag_is_refused_at_signing(engine: EmbeddedServer,
                                                           tmp_path: Path) -> None:
    """Even a workflow started with `vollautomatisierbar=True` for a Bauantrag cannot
    reach a signed Bescheid: the signing activity checks the procedure itself."""

    async def szenario() -> None:
        async with umgebung(engine, tmp_path) as u:
            bundle = write_bundle(tmp_path / "b", antrag())
            vorgang = lade_vorgang(bundle)
            case = u.store.create_case(vorgang.antrag.model_dump(mode="json"), bauantrag.ID,
                                       bauantrag.AMT, "test")
            for ref in vorgang.antrag.unterlagen:  # complete, so the check passes
                u.store.add_document(case, ref.typ, ref.datei,
                                     (bundle / ref.datei).read_bytes(), "test")
            start = FallStart(case, bauantrag.ID, bauantrag.AMT, True, [], 600.0, 600.0)
            handle = await u.client.start_workflow(Fall.run, start, id=case,
                                                   task_queue=TASK_QUEUE)
            with pytest.raises(WorkflowFailureError) as failure:
                await asyncio.wait_for(handle.result(), timeout=120)
            grund = failure.value.cause.__cause__  # the signing activity's refusal
            assert "Kein Bescheid ohne menschliche Entscheidung" in str(grund)
            assert "bescheid" in [h.status for h in u.store.history(case)]  # it got that far
            assert u.store.decisions(case) == []
            assert "zugestellt" not in [h.status for h in u.store.history(case)]
            assert not any(v.datei == "bescheid/bescheid.pdf" for v in u.store.documents(case))

    asyncio.run(szenario())


def test_a_clean_bauantrag_still_waits_for_a_caseworker(engine: EmbeddedServer,
                                                       tmp_path: Path) -> None:
    async def szenario() -> None:
        async with umgebung(engine, tmp_path) as u:
            bundle = write_bundle(tmp_path / "b", antrag())
            case = await einreichen(u.client, u.store, bundle, load_registers(u.gemeinde),
                                    Frist(sekunden_pro_tag=10.0))
            z = await warte_auf(u.client, case, lambda z: z.aufgabe == "entscheidung")
            await asyncio.sleep(1.0)
            z = await warte_auf(u.client, case, lambda z: True)
            assert z.status == "entscheidung" and z.aufgabe == "entscheidung"

    asyncio.run(szenario())
