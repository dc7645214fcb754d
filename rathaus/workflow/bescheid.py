"""The bescheid step: draft the notice from case, findings and decision; a human signs.

Uses the Bescheid agent (`rathaus.bescheid`) where it is installed; otherwise a plain,
deterministic text template, so the engine never depends on a language model.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rathaus.registers.base import Registers

ENTWURF = "bescheid/entwurf.txt"
BESCHEID = "bescheid/bescheid.txt"
_TENOR = {
    "genehmigt": "Die Baugenehmigung wird erteilt.",
    "genehmigt_mit_nebenbestimmungen": "Die Baugenehmigung wird mit den folgenden "
                                       "Nebenbestimmungen erteilt.",
    "versagt": "Die Baugenehmigung wird versagt.",
}


def entwerfe_bescheid(store: Any, registers: Registers, case_id: str) -> bytes:
    case = store.get_case(case_id)
    entscheidung = store.decisions(case_id)[-1] if store.decisions(case_id) else None
    befunde = store.findings(case_id)
    ergebnis = entscheidung.ergebnis if entscheidung else "genehmigt"
    zeilen = [
        registers.gemeinde.name + " – Der Bürgermeister – Bauaufsicht",
        "", f"Bescheid zum Vorgang {case_id} ({case.verfahren})", "",
        "ENTWURF – noch nicht unterzeichnet", "",
        "Tenor: " + _TENOR.get(ergebnis, ergebnis),
        "", "Begründung:",
        *(f"- {b.text} ({b.norm})" for b in befunde if b.art != "hinweis"),
    ]
    if entscheidung and entscheidung.begruendung:
        zeilen += ["", f"Entscheidung der Bauaufsicht: {entscheidung.begruendung}"]
    zeilen += ["", "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats "
                   "nach Bekanntgabe Klage beim Verwaltungsgericht erhoben werden."]
    text = "\n".join(zeilen).encode("utf-8")
    store.add_document(case_id, "bescheid_entwurf", ENTWURF, text, "agent:bescheid")
    return text


def unterzeichne_bescheid(store: Any, case_id: str, name: str) -> bytes:
    entwurf = {v.datei: v for v in store.documents(case_id)}.get(ENTWURF)
    if entwurf is None:
        raise RuntimeError(f"{case_id}: kein Bescheid-Entwurf vorhanden")
    roh: bytes = store.read_document(entwurf.sha256)
    text = roh.decode("utf-8")
    jetzt = datetime.now(UTC).strftime("%d.%m.%Y %H:%M UTC")
    text = text.replace("ENTWURF – noch nicht unterzeichnet",
                        f"Unterzeichnet von {name} am {jetzt}")
    data = text.encode("utf-8")
    store.add_document(case_id, "bescheid", BESCHEID, data, f"mensch:{name}")
    return data
