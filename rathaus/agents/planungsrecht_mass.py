"""Maß der baulichen Nutzung (regeln.md): GRZ with § 19 Abs. 4 BauNVO, GFZ, Vollgeschosse.

The values that apply are those of the überbaubare Fläche containing the centroid
where it fixes them, else the zone's; a measure the plan does not fix is not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rathaus.agents.base import befund_factory
from rathaus.agents.gemeinsam import TOL_VERHAELTNIS, zahl
from rathaus.agents.geometrie import Flaeche, Lage, grundstuecksflaeche
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.registers.base import Feature
from rathaus.registers.plan import Mass

_befund = befund_factory("planungsrecht")
_ABS4_FAKTOR = 1.5  # § 19 Abs. 4 S. 2 BauNVO: up to 50 % more …
_ABS4_KAPPUNG = 0.8  # … but at most a GRZ of 0.8


@dataclass(frozen=True)
class Festsetzung:
    """A Maß value and the plan area (gml:id) that fixes it."""

    wert: float
    quelle: str


@dataclass(frozen=True)
class Massvorgaben:
    grz: Festsetzung | None
    gfz: Festsetzung | None
    z: Festsetzung | None
    objekt: str | None  # the zone's gml:id (the area's where no zone contains the centroid)


def vorgaben(lg: Lage) -> Massvorgaben:
    """Per measure: the überbaubare Fläche's value takes precedence over the zone's."""
    quellen: list[tuple[str, Mass]] = [
        (a.id, a.mass) for a in (lg.ueberbaubar, lg.baugebiet) if a is not None
    ]

    def erste(attr: str) -> Festsetzung | None:
        for quelle, mass in quellen:
            wert = getattr(mass, attr)
            if wert is not None:
                return Festsetzung(float(wert), quelle)
        return None

    zone = lg.baugebiet or lg.ueberbaubar
    return Massvorgaben(erste("grz"), erste("gfz"), erste("z"), zone.id if zone else None)


def befunde(
    antrag: Antrag, lg: Lage, parcels: list[Feature], fps: list[tuple[int, Flaeche]]
) -> list[Befund]:
    mv = vorgaben(lg)
    flaeche = grundstuecksflaeche(parcels)
    result = []
    if flaeche > 0:
        result += grz(antrag, mv, flaeche, fps)
        result += gfz(antrag, mv, flaeche)
    result += vollgeschosse(antrag, mv)
    return result


def grz(
    antrag: Antrag, mv: Massvorgaben, flaeche: float, fps: list[tuple[int, Flaeche]]
) -> list[Befund]:
    """GRZ over the plan's, or with ancillary areas over min(1.5 × GRZ, 0.8): one finding."""
    if mv.grz is None or not fps:
        return []
    gr = sum(fp.area for _, fp in fps)
    neben = antrag.vorhaben.nebenanlagen_flaeche_m2
    ist, ist_abs4 = gr / flaeche, (gr + neben) / flaeche
    soll, soll_abs4 = mv.grz.wert, min(_ABS4_FAKTOR * mv.grz.wert, _ABS4_KAPPUNG)
    haupt = ist > soll + TOL_VERHAELTNIS
    abs4 = ist_abs4 > soll_abs4 + TOL_VERHAELTNIS
    if not (haupt or abs4):
        return []
    norm = {
        (True, True): "§ 19 Abs. 2 und 4 BauNVO",
        (True, False): "§ 19 Abs. 2 BauNVO",
        (False, True): "§ 19 Abs. 4 BauNVO",
    }[(haupt, abs4)]
    teile = []
    if haupt:
        teile.append(f"die GRZ von {zahl(ist, 3)} überschreitet die festgesetzte {zahl(soll)}")
    if abs4:
        teile.append(
            f"mit Garagen, Stellplätzen und Nebenanlagen ergibt sich {zahl(ist_abs4, 3)} über "
            f"der Grenze von {zahl(soll_abs4)} nach § 19 Abs. 4 S. 2 BauNVO"
        )
    return [
        _befund(
            "GRZ_UEBERSCHRITTEN",
            "mangel",
            mv.objekt,
            norm,
            f"Grundflächenzahl überschritten: {'; '.join(teile)}.",
            grz_ist=round(ist, 3),
            grz_soll=soll,
            grz_mit_nebenanlagen=round(ist_abs4, 3),
            grz_max_abs4=round(soll_abs4, 3),
            grundflaeche_m2=round(gr, 2),
            nebenanlagen_m2=round(neben, 2),
            grundstuecksflaeche_m2=round(flaeche, 2),
            festgesetzt_in=mv.grz.quelle,
        )
    ]


def gfz(antrag: Antrag, mv: Massvorgaben, flaeche: float) -> list[Befund]:
    """GFZ = sum of the declared Geschossflächen ÷ plot area, over the plan's GFZ."""
    werte = [g.geschossflaeche_m2 for g in antrag.vorhaben.gebaeude if g.geschossflaeche_m2]
    if mv.gfz is None or not werte:
        return []
    ist = sum(werte) / flaeche
    if ist <= mv.gfz.wert + TOL_VERHAELTNIS:
        return []
    return [
        _befund(
            "GFZ_UEBERSCHRITTEN",
            "mangel",
            mv.objekt,
            "§ 20 Abs. 2 BauNVO",
            f"Die Geschossflächenzahl von {zahl(ist, 3)} überschreitet die festgesetzte "
            f"{zahl(mv.gfz.wert)}.",
            gfz_ist=round(ist, 3),
            gfz_soll=mv.gfz.wert,
            geschossflaeche_m2=round(sum(werte), 2),
            grundstuecksflaeche_m2=round(flaeche, 2),
            festgesetzt_in=mv.gfz.quelle,
        )
    ]


def vollgeschosse(antrag: Antrag, mv: Massvorgaben) -> list[Befund]:
    """Any building with more full storeys than Z (or Zmax): one finding for the zone."""
    if mv.z is None:
        return []
    zu_hoch: list[dict[str, Any]] = [
        {"gebaeude": i, "vollgeschosse": g.vollgeschosse}
        for i, g in enumerate(antrag.vorhaben.gebaeude)
        if g.vollgeschosse is not None and g.vollgeschosse > mv.z.wert
    ]
    if not zu_hoch:
        return []
    ist = max(int(e["vollgeschosse"]) for e in zu_hoch)
    return [
        _befund(
            "VOLLGESCHOSSE_UEBERSCHRITTEN",
            "mangel",
            mv.objekt,
            "§ 16 Abs. 2 Nr. 3 BauNVO",
            f"Geplant sind bis zu {ist} Vollgeschosse, der Bebauungsplan erlaubt höchstens "
            f"{int(mv.z.wert)}.",
            z_soll=int(mv.z.wert),
            z_ist=ist,
            gebaeude=zu_hoch,
            festgesetzt_in=mv.z.quelle,
        )
    ]
