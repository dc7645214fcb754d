"""Request bodies and response shapes of the JSON API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from rathaus.store import CaseView
from rathaus.store.konten import DraftView, UserView


class Registrierung(BaseModel):
    email: str
    name: str
    passwort: str


class Anmeldung(BaseModel):
    email: str
    passwort: str


class EntscheidungIn(BaseModel):
    ergebnis: str
    begruendung: str = ""
    nebenbestimmungen: list[str] = Field(default_factory=list)


class TextIn(BaseModel):
    text: str


class EntwurfIn(BaseModel):
    """A text draft takes `text`; the Bescheid agent's draft `zusammenfassung` and
    `hinweise` (the rest follows from the decision and is not edited here)."""

    text: str | None = None
    zusammenfassung: str | None = None
    hinweise: list[str] | None = None


class FristIn(BaseModel):
    zuruecknehmen: bool
    tage: float = 0.0


class BenutzerIn(BaseModel):
    email: str
    name: str
    passwort: str
    rollen: list[str] = Field(default_factory=lambda: ["antragsteller"])
    amt: str | None = None


class BenutzerAenderung(BaseModel):
    name: str | None = None
    amt: str | None = None
    rollen: list[str] | None = None
    aktiv: bool | None = None


class AmtIn(BaseModel):
    kennung: str
    name: str


def benutzer_json(u: UserView) -> dict[str, Any]:
    return {"id": u.id, "email": u.email, "name": u.name, "amt": u.office_id,
            "rollen": list(u.roles), "aktiv": u.active, "oidc": u.oidc}


def entwurf_json(d: DraftView) -> dict[str, Any]:
    return {"id": d.id, "daten": d.data, "fall": d.case_id, "geaendert": d.updated_at}


def fall_json(c: CaseView) -> dict[str, Any]:
    return {"id": c.id, "verfahren": c.verfahren, "amt": c.amt, "status": c.status,
            "eingang": c.created_at, "frist": c.frist, "frist_art": c.frist_art,
            "frist_warnung": c.frist_warnung, "ueberfaellig": c.ueberfaellig,
            "vorhaben": (c.antrag.get("vorhaben") or {}).get("bezeichnung")}
