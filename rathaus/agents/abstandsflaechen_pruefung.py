"""The Abstandsflächen rule of regeln.md (§ 6 MBO): H and T per building, and one
finding per building with at least one wall whose strip leaves the allowed ground."""

from __future__ import annotations

from dataclasses import dataclass

import shapely

from rathaus.agents.abstandsflaechen import Wand, verfuegbare_tiefe, waende
from rathaus.agents.base import befund_factory
from rathaus.agents.gebaeudeklasse import geschosse_oberirdisch
from rathaus.agents.gemeinsam import TOL_LAENGE_M, gebaeude_name, zahl
from rathaus.agents.geometrie import (
    Flaeche,
    flaechenhaft,
    flurstuecke,
    gewerbegebiet,
    grundrisse,
    grundstueck,
    lage,
)
from rathaus.domain.antrag import Antrag, Gebaeude, Vorhaben
from rathaus.domain.befund import Befund
from rathaus.registers.base import Registers
from rathaus.registers.gemeinde import Abstandsflaechen

_befund = befund_factory("bauordnung")
_STEILDACH_GRAD = 70.0  # § 6 Abs. 4 S. 3, 4 MBO: from 70° the roof counts fully
_GESCHLOSSEN = "2000"  # XPlanung BP_Bauweise: geschlossene Bauweise
_MAX_GESCHOSSE_GK12 = 3


@dataclass(frozen=True)
class Tiefe:
    """H and the required depth T, and which sentence of § 6 Abs. 5 MBO gave T."""

    h_m: float
    t_m: float
    satz: int
    faktor: float | None


def wandhoehe_h(gebaeude: Gebaeude) -> float | None:
    """H = wall height + roof share (§ 6 Abs. 4 MBO); `None` without a wall height.

    A missing roof pitch counts as under 70° (one third), in the applicant's favour.
    """
    if gebaeude.wandhoehe_m is None:
        return None
    dach = 0.0
    if gebaeude.firsthoehe_m is not None:
        dach = max(gebaeude.firsthoehe_m - gebaeude.wandhoehe_m, 0.0)
    steil = gebaeude.dachneigung_grad is not None and gebaeude.dachneigung_grad >= _STEILDACH_GRAD
    return gebaeude.wandhoehe_m + (dach if steil else dach / 3.0)


def soll_tiefe(
    gebaeude: Gebaeude, vorhaben: Vorhaben, regeln: Abstandsflaechen, gewerbe: bool
) -> Tiefe | None:
    """The required depth T for every wall of the building (§ 6 Abs. 5 MBO)."""
    h = wandhoehe_h(gebaeude)
    if h is None:
        return None
    geschosse = geschosse_oberirdisch(gebaeude)
    if (
        "wohnen" in (vorhaben.nutzungen or ())
        and vorhaben.gebaeudeklasse in (1, 2)
        and geschosse is not None
        and geschosse <= _MAX_GESCHOSSE_GK12
    ):
        return Tiefe(h, regeln.gk12_wohngebaeude_m, satz=3, faktor=None)
    faktor = regeln.faktor_gewerbe if gewerbe else regeln.faktor
    return Tiefe(h, max(faktor * h, regeln.minimum_m), satz=2 if gewerbe else 1, faktor=faktor)


def befunde(antrag: Antrag, registers: Registers) -> list[Befund]:
    plot = grundstueck(flurstuecke(antrag, registers))
    fps = grundrisse(antrag, registers.gemeinde.crs)
    if plot is None or not fps:
        return []  # nothing to measure against: FLURSTUECK_UNBEKANNT / ANGABE_FEHLT say why
    projekt = flaechenhaft(shapely.union_all([fp for _, fp in fps]))
    zone = lage(projekt, registers).baugebiet if projekt is not None else None
    geschlossen = zone is not None and zone.bauweise == _GESCHLOSSEN
    result = []
    for index, fp in fps:
        tiefe = soll_tiefe(
            antrag.vorhaben.gebaeude[index],
            antrag.vorhaben,
            registers.gemeinde.abstandsflaechen,
            gewerbegebiet(zone),
        )
        if tiefe is None:
            continue
        fehler = _fehlende_waende(fp, tiefe.t_m, plot, registers, geschlossen)
        if fehler:
            result.append(_finding(antrag, index, tiefe, fehler))
    return result


def _fehlende_waende(
    fp: Flaeche, t: float, plot: Flaeche, registers: Registers, geschlossen: bool
) -> list[tuple[Wand, float]]:
    """(wall, available depth) for every wall whose strip does not fit."""
    umfeld = fp.buffer(t + 1.0)
    oeffentlich = [
        g
        for f in (*registers.strassen.near(umfeld), *registers.oeffentliche_flaechen.near(umfeld))
        if (g := flaechenhaft(f.geometrie)) is not None
    ]
    grenze = plot.boundary.buffer(TOL_LAENGE_M)
    result = []
    for wand in waende(fp):
        if geschlossen and wand.linie.within(grenze):
            continue  # § 6 Abs. 1 S. 4 Nr. 1 MBO: built on the boundary, none needed
        ist = verfuegbare_tiefe(wand, t, plot, oeffentlich)
        if ist < t - TOL_LAENGE_M:
            result.append((wand, ist))
    return result


def _finding(antrag: Antrag, index: int, tiefe: Tiefe, fehler: list[tuple[Wand, float]]) -> Befund:
    ist_min = min(ist for _, ist in fehler)
    richtungen = ", ".join(w.richtung for w, _ in fehler)
    vor = (
        f"einer Wand ({richtungen})" if len(fehler) == 1 else f"{len(fehler)} Wänden ({richtungen})"
    )
    return _befund(
        "ABSTANDSFLAECHE_UNTERSCHRITTEN",
        "mangel",
        str(index),
        f"§ 6 Abs. 5 S. {tiefe.satz} MBO",
        f"Vor {vor} von {gebaeude_name(antrag, index)} sind an der engsten Stelle nur "
        f"{zahl(ist_min)} m statt {zahl(tiefe.t_m)} m Abstandsfläche auf dem Grundstück oder "
        f"bis zur Mitte öffentlicher Flächen verfügbar (§ 6 Abs. 2 MBO). Vereinfachung: "
        f"H = {zahl(tiefe.h_m)} m (Wandhöhe mit Dachanteil) gilt für alle Wände des Gebäudes.",
        h_m=round(tiefe.h_m, 2),
        faktor=tiefe.faktor,
        soll_m=round(tiefe.t_m, 2),
        ist_m=round(ist_min, 2),
        waende=[
            {
                "wand": w.index,
                "richtung": w.richtung,
                "laenge_m": round(w.laenge, 2),
                "soll_m": round(tiefe.t_m, 2),
                "ist_m": round(ist, 2),
            }
            for w, ist in fehler
        ],
    )
