"""Gebäudeklasse under § 2 Abs. 3 MBO as regeln.md models it.

Simplifications the model makes (and the finding's text states): the total floor area
of the units is the building's `geschossflaeche_m2`, and "each unit ≤ 400 m²" (GK 4) is
judged by the average unit (area ÷ units), since the form gives no per-unit areas.
"""

from __future__ import annotations

from dataclasses import dataclass

from rathaus.domain.antrag import Gebaeude

GESCHOSSHOEHE_M = 2.8  # regeln.md: height = (storeys above ground − 1) × 2.8 m
_TOL_M = 0.05  # lengths: in the applicant's favour
_GK123_HOEHE_M = 7.0
_GK4_HOEHE_M = 13.0
_MAX_EINHEITEN = 2
_MAX_FLAECHE_M2 = 400.0


@dataclass(frozen=True)
class Einstufung:
    """The computed class and the figures it rests on."""

    klasse: int
    hoehe_m: float
    nutzungseinheiten: int | None
    flaeche_m2: float | None


def geschosse_oberirdisch(gebaeude: Gebaeude) -> int | None:
    """Above-ground storeys; the form's default is `vollgeschosse`."""
    if gebaeude.geschosse_oberirdisch is not None:
        return gebaeude.geschosse_oberirdisch
    return gebaeude.vollgeschosse


def hoehe(gebaeude: Gebaeude) -> float | None:
    """The height that decides the class (§ 2 Abs. 3 S. 2 MBO), declared or estimated."""
    if gebaeude.hoehe_gk_m is not None:
        return gebaeude.hoehe_gk_m
    geschosse = geschosse_oberirdisch(gebaeude)
    if geschosse is None:
        return None
    return max(geschosse - 1, 0) * GESCHOSSHOEHE_M


def einstufen(gebaeude: Gebaeude) -> Einstufung | None:
    """The computed class, or `None` when a figure the decision needs is missing.

    Figures are only demanded where they decide: a building over 13 m is GK 5
    whatever its units are.
    """
    h = hoehe(gebaeude)
    if h is None:
        return None
    einheiten, flaeche = gebaeude.nutzungseinheiten, gebaeude.geschossflaeche_m2
    klasse = _klasse(h, einheiten, flaeche, gebaeude.freistehend)
    if klasse is None:
        return None
    return Einstufung(klasse, h, einheiten, flaeche)


def _klasse(
    h: float, einheiten: int | None, flaeche: float | None, freistehend: bool | None
) -> int | None:
    if h > _GK4_HOEHE_M + _TOL_M:
        return 5
    if einheiten is None or flaeche is None:
        return None
    if h <= _GK123_HOEHE_M + _TOL_M:
        if einheiten <= _MAX_EINHEITEN and flaeche <= _MAX_FLAECHE_M2:
            if freistehend is None:
                return None  # GK 1 or 2: cannot tell
            return 1 if freistehend else 2
        return 3
    je_einheit = flaeche / einheiten if einheiten > 0 else flaeche
    return 4 if je_einheit <= _MAX_FLAECHE_M2 else 5
