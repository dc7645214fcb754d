"""Small helpers the agents share: tolerances, number formatting, bundle look-ups."""

from __future__ import annotations

from rathaus.domain.antrag import Antrag
from rathaus.domain.vorgang import Vorgang

# regeln.md: lengths with 0.05 m, ratios with 0.005, always in the applicant's favour
TOL_LAENGE_M = 0.05
TOL_VERHAELTNIS = 0.005


def zahl(wert: float, stellen: int = 2) -> str:
    """A number as a German caseworker reads it: decimal comma, fixed places."""
    return f"{wert:.{stellen}f}".replace(".", ",")


def eingereicht(vorgang: Vorgang, typ: str) -> bool:
    """A document of this type is in the bundle: read at intake, or at least listed
    (an unreadable one still counts as filed, regeln.md)."""
    return vorgang.hat_unterlage(typ) or any(u.typ == typ for u in vorgang.antrag.unterlagen)


def erstes_flurstueck(antrag: Antrag) -> str | None:
    """The first listed parcel id: the `objekt` of findings about the whole plot."""
    return antrag.flurstuecke[0] if antrag.flurstuecke else None


def gebaeude_name(antrag: Antrag, index: int) -> str:
    """The building as a caseworker reads it: "Gebäude 0 („Wohnhaus“)"."""
    bezeichnung = antrag.vorhaben.gebaeude[index].bezeichnung
    return f"Gebäude {index} („{bezeichnung}“)" if bezeichnung else f"Gebäude {index}"
