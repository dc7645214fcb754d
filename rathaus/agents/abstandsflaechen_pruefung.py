"""The Abstandsflächen rule of regeln.md (§ 6 MBO): H and T per building, and one
finding per building with at least one wall whose strip leaves the allowed ground."""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely.geometry import Polygon

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


@dataclass(frozen=True)
class WandAbstand:
    """One wall's Abstandsfläche: the strip of depth T in front of it and how deep the
    allowed ground (the plot, public areas up to their middle) reaches there."""

    wand: Wand
    t_m: float
    ist_m: float | None  # None: built on the boundary in geschlossene Bauweise, none needed

    @property
    def noetig(self) -> bool:
        return self.ist_m is not None

    @property
    def eingehalten(self) -> bool:
        return self.ist_m is None or self.ist_m >= self.t_m - TOL_LAENGE_M

    @property
    def flaeche(self) -> Polygon | None:
        """The strip in the metric CRS (None where none is needed)."""
        return self.wand.streifen(self.t_m) if self.noetig else None


@dataclass(frozen=True)
class GebaeudeAbstand:
    """The Abstandsflächen of one building: its footprint, T, each wall's strip and the
    public areas (roads, green, water) near it that count up to their middle."""

    index: int
    grundriss: Flaeche
    tiefe: Tiefe
    waende: tuple[WandAbstand, ...]
    oeffentlich: tuple[Flaeche, ...]


@dataclass(frozen=True)
class Messung:
    """What the rule measures for an application, in the municipality's metric CRS."""

    grundstueck: Flaeche | None
    gebaeude: tuple[GebaeudeAbstand, ...]


def messung(antrag: Antrag, registers: Registers) -> Messung:
    """The Abstandsflächen of every building with a footprint and a wall height (pure:
    the finding below and the case view's map both read them)."""
    plot = grundstueck(flurstuecke(antrag, registers))
    fps = grundrisse(antrag, registers.gemeinde.crs)
    if plot is None or not fps:
        return Messung(plot, ())
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
        if tiefe is not None:
            result.append(_gebaeude(index, fp, tiefe, plot, registers, geschlossen))
    return Messung(plot, tuple(result))


def befunde(antrag: Antrag, registers: Registers) -> list[Befund]:
    # without plot or footprint nothing is measured: FLURSTUECK_UNBEKANNT / ANGABE_FEHLT say why
    result = []
    for g in messung(antrag, registers).gebaeude:
        fehler = [(w.wand, w.ist_m) for w in g.waende if w.ist_m is not None and not w.eingehalten]
        if fehler:
            result.append(_finding(antrag, g.index, g.tiefe, fehler))
    return result


def _gebaeude(
    index: int, fp: Flaeche, tiefe: Tiefe, plot: Flaeche, registers: Registers, geschlossen: bool
) -> GebaeudeAbstand:
    """Every wall of the footprint with the depth available in front of it."""
    t = tiefe.t_m
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
            # § 6 Abs. 1 S. 4 Nr. 1 MBO: built on the boundary, none needed
            result.append(WandAbstand(wand, t, None))
        else:
            result.append(WandAbstand(wand, t, verfuegbare_tiefe(wand, t, plot, oeffentlich)))
    return GebaeudeAbstand(index, fp, tiefe, tuple(result), tuple(oeffentlich))


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
