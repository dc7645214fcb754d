"""Cases as applicants and caseworkers see them: who may see which case (everyone else
gets 404), the status timeline, documents, the Bescheid and answering a Nachforderung."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rathaus.errors import RathausError
from rathaus.intake.lesen import erkenne_format
from rathaus.store import CaseView, DocumentVersionView
from rathaus.store.konten import UserView
from rathaus.web.dienste.bescheid import BESCHEIDE, ist_entwurf
from rathaus.web.dienste.entwurf import ENDUNG, Fehler, pruefe_datei
from rathaus.web.kontext import Kontext
from rathaus.web.sitzung import NichtGefunden
from rathaus.workflow.dienste import nachreichen

STATUS = {
    "eingegangen": "Eingegangen", "vollstaendigkeitspruefung": "Vollständigkeit wird geprüft",
    "nachforderung": "Unterlagen nachgefordert", "fachpruefung": "Fachliche Prüfung",
    "entscheidung": "Entscheidung durch die Bauaufsicht", "bescheid": "Bescheid in Arbeit",
    "zugestellt": "Bescheid zugestellt", "zurueckgenommen": "Zurückgenommen",
}  # fmt: skip
ABGESCHLOSSEN = {"zugestellt", "zurueckgenommen"}
MEDIEN = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg"}


def des_antragstellers(k: Kontext, user: UserView, case_id: str) -> CaseView:
    case = k.store.get_case(case_id) if user.has("antragsteller") else None
    if case is None or k.store.applicant_of(case_id) != user.id:
        raise NichtGefunden()
    return case


def des_amts(k: Kontext, user: UserView, case_id: str) -> CaseView:
    case = k.store.get_case(case_id) if user.has("sachbearbeitung") else None
    if case is None or not user.office_id or case.amt != user.office_id:
        raise NichtGefunden()
    return case


def sichtbar(k: Kontext, user: UserView, case_id: str) -> tuple[CaseView, bool]:
    """The case and whether the user sees it as its office (else as its applicant)."""
    try:
        return des_amts(k, user, case_id), True
    except NichtGefunden:
        return des_antragstellers(k, user, case_id), False


def meine(k: Kontext, user: UserView) -> list[CaseView]:
    found = (k.store.get_case(c) for c in k.store.cases_of(user.id))
    return [c for c in found if c is not None]


def zeitleiste(k: Kontext, case_id: str) -> list[dict[str, Any]]:
    return [{"status": h.status, "text": STATUS.get(h.status, h.status), "zeit": h.at,
             "notiz": h.note} for h in k.store.history(case_id)]


def dokumente(k: Kontext, case_id: str, amt: bool) -> list[DocumentVersionView]:
    """The applicant does not see the Bescheid draft, only the served Bescheid."""
    zugestellt = _status(k, case_id) == "zugestellt"
    return [d for d in k.store.documents(case_id)
            if amt or not (ist_entwurf(d.datei) or (d.datei in BESCHEIDE and not zugestellt))]


def _status(k: Kontext, case_id: str) -> str | None:
    case = k.store.get_case(case_id)
    return case.status if case else None


@dataclass(frozen=True)
class Datei:
    inhalt: bytes
    media_type: str
    name: str


def datei(k: Kontext, case_id: str, pfad: str, amt: bool) -> Datei:
    for d in dokumente(k, case_id, amt):
        if d.datei == pfad:
            inhalt = k.store.read_document(d.sha256)
            fmt = erkenne_format(inhalt[:2048])
            media = MEDIEN.get(fmt) or ("text/plain; charset=utf-8"
                                        if pfad.endswith(".txt") else "application/octet-stream")
            return Datei(inhalt, media, Path(pfad).name)
    raise NichtGefunden()


def bescheid(k: Kontext, case_id: str, amt: bool = True) -> DocumentVersionView | None:
    """The signed Bescheid; the applicant sees it once it is served (zugestellt)."""
    if not amt and _status(k, case_id) != "zugestellt":
        return None
    docs = {d.datei: d for d in k.store.documents(case_id)}
    return next((docs[p] for p in BESCHEIDE if p in docs), None)


async def nachreichen_portal(k: Kontext, user: UserView, case_id: str,
                             dateien: list[tuple[str, str, bytes]]) -> str:
    """Answer a Nachforderung: (type, file name, content) per upload."""
    case = des_antragstellers(k, user, case_id)
    if case.status != "nachforderung":
        raise Fehler({"datei": "Zurzeit ist nichts nachzureichen."})
    if not dateien:
        raise Fehler({"datei": "Bitte wählen Sie mindestens eine Datei."})
    for typ, _name, inhalt in dateien:
        pruefe_datei(k, typ, inhalt, feld="datei")
    with tempfile.TemporaryDirectory(prefix="rathaus-nachreichen-") as tmp:
        paare = []
        for i, (typ, _name, inhalt) in enumerate(dateien):
            path = Path(tmp) / str(i) / f"{typ}.{ENDUNG[erkenne_format(inhalt[:2048])]}"
            path.parent.mkdir()
            path.write_bytes(inhalt)
            paare.append((typ, path))
        try:
            return await nachreichen(await k.client(), k.store, case_id, paare,
                                     akteur=f"portal:{user.id}")
        except RathausError as exc:
            raise Fehler({"datei": _ohne_id(str(exc), case_id)}) from exc


def _ohne_id(text: str, case_id: str) -> str:
    return text.removeprefix(f"{case_id}: ")
