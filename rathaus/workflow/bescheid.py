"""The bescheid step: the Bescheid agent drafts the notice from case, findings and the
human decision (model prose optional, deterministic skeleton); a human signs it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rathaus.bescheid import BescheidEntwurf, entwurf, entwurf_pdf, unterzeichne
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung
from rathaus.llm import standard_client
from rathaus.registers.base import Registers

ENTWURF_JSON = "bescheid/entwurf.json"
ENTWURF_PDF = "bescheid/entwurf.pdf"
BESCHEID_PDF = "bescheid/bescheid.pdf"


def aktuelle_befunde(store: Any, case_id: str) -> list[Befund]:
    """The findings of the latest round of checks (earlier rounds are history)."""
    runs = {r.run for r in store.finding_runs(case_id)}
    if not runs:
        return []
    latest = max(runs, key=lambda r: int(r.rsplit("-", 1)[-1]) if r[-1].isdigit() else -1)
    befunde: list[Befund] = store.findings(case_id, latest)
    return befunde


def _entscheidung(store: Any, case_id: str, amt: str) -> Entscheidung:
    decisions = store.decisions(case_id)
    if not decisions:  # only a procedure declared fully automatable gets here
        return Entscheidung(ergebnis="genehmigt", begruendung="Vollautomatisch erlassen "
                            "(§ 35a VwVfG).", entschieden_von="automatisch", amt=amt,
                            zeitpunkt=dt.datetime.now(dt.UTC))
    d = decisions[-1]
    return Entscheidung(ergebnis=d.ergebnis, begruendung=d.begruendung or None,
                        entschieden_von=d.by, amt=d.amt, zeitpunkt=d.at,
                        nebenbestimmungen=tuple(d.nebenbestimmungen))


def entwerfe_bescheid(store: Any, registers: Registers, case_id: str) -> BescheidEntwurf:
    case = store.get_case(case_id)
    antrag = Antrag.model_validate_json(json.dumps(case.antrag, ensure_ascii=False))
    antrag = antrag.model_copy(update={"id": case_id})  # the Aktenzeichen is the case's
    e = entwurf(antrag, aktuelle_befunde(store, case_id), _entscheidung(store, case_id, case.amt),
                registers.gemeinde, llm=standard_client(audit=store), audit=store)
    store.add_document(case_id, "bescheid_entwurf", ENTWURF_JSON,
                       e.model_dump_json().encode("utf-8"), "agent:bescheid")
    store.add_document(case_id, "bescheid_entwurf", ENTWURF_PDF, entwurf_pdf(e),
                       "agent:bescheid")
    return e


def unterzeichne_bescheid(store: Any, case_id: str, name: str) -> bytes:
    versions = {v.datei: v for v in store.documents(case_id)}
    if ENTWURF_JSON not in versions:
        raise RuntimeError(f"{case_id}: kein Bescheid-Entwurf vorhanden")
    e = BescheidEntwurf.model_validate_json(store.read_document(versions[ENTWURF_JSON].sha256))
    data = unterzeichne(e, name, dt.datetime.now(dt.UTC))
    store.add_document(case_id, "bescheid", BESCHEID_PDF, data, f"mensch:{name}")
    store.audit(f"mensch:{name}", "bescheid.unterzeichnet", case_id,
                {"ki_abschnitte": list(e.ki_abschnitte), "datei": BESCHEID_PDF})
    return data
