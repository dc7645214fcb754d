"""The Bescheid draft in the workbench, in either form the engine writes: the Bescheid
agent's structured draft (`bescheid/entwurf.json` + its PDF) or the plain text draft
(`bescheid/entwurf.txt`). Signing always reads the latest stored version, so an edit
here is what gets signed."""

from __future__ import annotations

from typing import Any

from rathaus.web.kontext import Kontext

ENTWURF_TXT = "bescheid/entwurf.txt"
ENTWURF_JSON = "bescheid/entwurf.json"
ENTWURF_PDF = "bescheid/entwurf.pdf"
BESCHEIDE = ("bescheid/bescheid.pdf", "bescheid/bescheid.txt")


def ist_entwurf(datei: str) -> bool:
    return datei.startswith("bescheid/entwurf")


def _dokumente(k: Kontext, case_id: str) -> dict[str, Any]:
    return {d.datei: d for d in k.store.documents(case_id)}


def ansicht(k: Kontext, case_id: str) -> dict[str, Any] | None:
    """What the review form shows; None while there is no draft."""
    docs = _dokumente(k, case_id)
    if ENTWURF_JSON in docs:
        from rathaus.bescheid import BescheidEntwurf

        e = BescheidEntwurf.model_validate_json(k.store.read_document(docs[ENTWURF_JSON].sha256))
        return {"art": "json", "pdf": ENTWURF_PDF if ENTWURF_PDF in docs else None,
                "zusammenfassung": e.zusammenfassung, "hinweise": "\n".join(e.hinweise),
                "pruefhinweise": list(e.pruefhinweise), "text": None}
    if ENTWURF_TXT in docs:
        raw: bytes = k.store.read_document(docs[ENTWURF_TXT].sha256)
        return {"art": "text", "text": raw.decode("utf-8", "replace")}
    return None


def speichern(k: Kontext, case_id: str, von: str, text: str | None,
              zusammenfassung: str | None, hinweise: list[str] | None) -> str | None:
    """Store the edited draft as a new version; returns an error message or None."""
    docs = _dokumente(k, case_id)
    akteur = f"mensch:{von}"
    if ENTWURF_JSON in docs:
        from rathaus.bescheid import BescheidEntwurf, entwurf_pdf

        e = BescheidEntwurf.model_validate_json(k.store.read_document(docs[ENTWURF_JSON].sha256))
        update: dict[str, Any] = {}
        if zusammenfassung is not None:
            if not zusammenfassung.strip():
                return "Die Zusammenfassung darf nicht leer sein."
            update["zusammenfassung"] = zusammenfassung.strip()
        if hinweise is not None:
            update["hinweise"] = tuple(h.strip() for h in hinweise if h.strip())
        e = e.model_copy(update=update)
        k.store.add_document(case_id, "bescheid_entwurf", ENTWURF_JSON,
                             e.model_dump_json().encode("utf-8"), akteur)
        k.store.add_document(case_id, "bescheid_entwurf", ENTWURF_PDF, entwurf_pdf(e), akteur)
        return None
    if ENTWURF_TXT in docs:
        if not (text or "").strip():
            return "Der Entwurf darf nicht leer sein."
        k.store.add_document(case_id, "bescheid_entwurf", ENTWURF_TXT,
                             (text or "").replace("\r\n", "\n").encode("utf-8"), akteur)
        return None
    return "Es liegt kein Bescheid-Entwurf vor."
