"""The caseworker's side: the office's inbox, deciding, the Nachforderung, the Bescheid
draft and signing. The engine enforces the rules; its refusals come back as `Fehler`
tied to the form field they concern."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rathaus.errors import RathausError
from rathaus.store import CaseView
from rathaus.store.konten import UserView
from rathaus.web.dienste import bescheid
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.dienste.faelle import ABGESCHLOSSEN, des_amts
from rathaus.web.kontext import Kontext
from rathaus.workflow.dienste import (
    entscheiden,
    frist_entscheiden,
    unterzeichnen,
    zustand,
)  # fmt: skip
from rathaus.workflow.typen import (
    ENTSCHEIDUNGEN,
    Entscheidung,
    FallZustand,
    FristEntscheidung,
    Unterschrift,
)  # fmt: skip

ERGEBNISSE = {
    "genehmigt": "Genehmigen", "genehmigt_mit_nebenbestimmungen":
    "Genehmigen mit Nebenbestimmungen", "versagt": "Versagen",
    "nachforderung": "Unterlagen nachfordern",
}  # fmt: skip
AUFGABEN = {"entscheidung": "Entscheiden", "unterzeichnung": "Bescheid unterzeichnen",
            "frist_abgelaufen": "Frist abgelaufen: entscheiden"}


async def aufgabe(k: Kontext, case_id: str) -> FallZustand | None:
    """The engine's view of the case; None if the engine cannot say (not reachable)."""
    try:
        return await zustand(await k.client(), case_id)
    except RathausError:
        return None


async def posteingang(k: Kontext, user: UserView) -> list[dict[str, Any]]:
    """Open cases of the office, earliest deadline first; overdue ones marked."""
    assert user.office_id
    offen = [c for c in k.store.list_cases(user.office_id) if c.status not in ABGESCHLOSSEN]
    rows = []
    for c in offen:
        z = await aufgabe(k, c.id)
        rows.append({"fall": c, "aufgabe": z.aufgabe if z else None,
                     "vorschlag": z.vorschlag if z else None})
    fern = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda r: (r["fall"].frist or fern, r["fall"].id))


def _fehler(exc: RathausError, case_id: str, feld: str) -> Fehler:
    return Fehler({feld: str(exc).removeprefix(f"{case_id}: ")})


async def entscheiden_als(k: Kontext, user: UserView, case_id: str, ergebnis: str,
                          begruendung: str, nebenbestimmungen: list[str]) -> str:
    case: CaseView = des_amts(k, user, case_id)
    if ergebnis not in ENTSCHEIDUNGEN:
        raise Fehler({"ergebnis": "Bitte wählen Sie eine Entscheidung."})
    e = Entscheidung(ergebnis, begruendung.strip(), user.name, case.amt,
                     [n.strip() for n in nebenbestimmungen if n.strip()])
    try:
        return await entscheiden(await k.client(), case_id, e)
    except RathausError as exc:
        feld = "begruendung" if "Begründung" in str(exc) else "ergebnis"
        raise _fehler(exc, case_id, feld) from exc


async def nachfordern(k: Kontext, user: UserView, case_id: str, text: str) -> str:
    try:
        return await entscheiden_als(k, user, case_id, "nachforderung", text, [])
    except Fehler as exc:
        raise Fehler({"nachforderung": next(iter(exc.fehler.values()))}) from exc


async def entwurf_speichern(k: Kontext, user: UserView, case_id: str, text: str | None = None,
                            zusammenfassung: str | None = None,
                            hinweise: list[str] | None = None) -> None:
    """The caseworker's edit of the draft, as a new version (signing reads the latest)."""
    des_amts(k, user, case_id)
    z = await aufgabe(k, case_id)
    if z is None or z.aufgabe != "unterzeichnung":
        raise Fehler({"entwurf": "Es liegt kein Bescheid-Entwurf zur Bearbeitung vor."})
    problem = bescheid.speichern(k, case_id, user.name, text, zusammenfassung, hinweise)
    if problem:
        raise Fehler({"entwurf": problem})


async def unterzeichnen_als(k: Kontext, user: UserView, case_id: str) -> str:
    case = des_amts(k, user, case_id)
    try:
        return await unterzeichnen(await k.client(), case_id,
                                   Unterschrift(user.name, case.amt))
    except RathausError as exc:
        raise _fehler(exc, case_id, "unterschrift") from exc


async def frist_als(k: Kontext, user: UserView, case_id: str, zuruecknehmen: bool,
                    tage: float) -> str:
    des_amts(k, user, case_id)
    fe = FristEntscheidung(zuruecknehmen, user.name, tage * k.frist.sekunden_pro_tag)
    try:
        return await frist_entscheiden(await k.client(), case_id, fe)
    except RathausError as exc:
        raise _fehler(exc, case_id, "frist") from exc
