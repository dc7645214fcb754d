"""The Musterbau and the findings regeln.md gives for it on a plot (the table's promise)."""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry import Polygon

from .bauplatz import (
    Regime,
    allowed_region,
    fenster_union,
    largest_window,
    place_house,
    plot_regime,
    protected,
    regime_at,
    root_zone,
)
from .modell import ANSCHLUSS_M, SETBACK_M, STRASSE_TOL_M, UMGEBUNG_M, Town


@dataclass(frozen=True)
class Musterbau:
    """The model building the table's findings are computed for."""

    bezeichnung: str
    nutzung: str
    vollgeschosse: int
    geschossflaeche_m2: float
    nebenanlagen_m2: float


WOHNHAUS = Musterbau("Einfamilienhaus", "wohnen", 2, 240.0, 36.0)
HALLE = Musterbau("Gewerbehalle", "gewerbe", 1, 120.0, 60.0)
# The two uses of the catalogue (regeln.md) the model buildings need, per zone.
KATALOG = {("1200", "wohnen"): "Z", ("1700", "wohnen"): "A", ("1700", "gewerbe"): "Z",
           ("1200", "gewerbe"): "-"}
KATALOG_GEBIETE = ("1100", "1200", "1500", "1550", "1700", "1800")  # WR WA MI MU GE GI
GEWERBLICH = ("1700", "2100")  # zones whose Musterbau is the Gewerbehalle


def musterbau_for(regime: Regime) -> Musterbau:
    return HALLE if regime.zone is not None and regime.zone.besondere in GEWERBLICH else WOHNHAUS


def planning_findings(town: Town, plot: Polygon, house: Polygon, bau: Musterbau) -> list[str]:
    regime = regime_at(town, house.centroid)
    if regime.plan is None or regime.zone is None:
        return ["INNENBEREICH_34" if regime.innen else "AUSSENBEREICH_35"]
    out = []
    zone, area, gr = regime.zone, float(plot.area), float(house.area)
    art = KATALOG.get((zone.besondere, bau.nutzung), "?")
    if zone.besondere not in KATALOG_GEBIETE:
        out.append(f"ART_NUTZUNG_UNGEPRUEFT ({bau.nutzung})")
    elif art == "A":
        out.append(f"ART_NUTZUNG_AUSNAHME ({bau.nutzung})")
    elif art == "-":
        out.append(f"ART_NUTZUNG_UNZULAESSIG ({bau.nutzung})")
    if gr / area > zone.grz + 0.005 or (gr + bau.nebenanlagen_m2) / area > min(
            1.5 * zone.grz, 0.8) + 0.005:
        out.append("GRZ_UEBERSCHRITTEN")
    if bau.geschossflaeche_m2 / area > zone.gfz + 0.005:
        out.append("GFZ_UEBERSCHRITTEN")
    z = regime.fenster.z if regime.fenster and regime.fenster.z else zone.z
    if bau.vollgeschosse > z:
        out.append(f"VOLLGESCHOSSE_UEBERSCHRITTEN (Z {z})")
    if not fenster_union(regime.plan).buffer(0.05).contains(house):
        out.append("BAUGRENZE_UEBERSCHRITTEN")
    return out


def monument_findings(town: Town, plot: Polygon, house: Polygon) -> list[str]:
    out = []
    for m in town.denkmal:
        art = m["art"]
        if art == "bodendenkmal":
            if m.geom.intersects(house):
                out.append(f"BODENDENKMAL_BETROFFEN ({m.id})")
        elif (art == "baudenkmal" and m.geom.intersects(plot)) or (
                art == "ensemble" and m.geom.intersects(house)):
            out.append(f"DENKMAL_BETROFFEN ({m.id})")
        elif m.geom.distance(house) <= UMGEBUNG_M:
            out.append(f"DENKMAL_UMGEBUNG ({m.id}, {m.geom.distance(house):.1f} m)")
    return out


def site_findings(town: Town, plot: Polygon, house: Polygon) -> list[str]:
    out = [f"SCHUTZGEBIET_BETROFFEN ({s.id})" for s in town.schutz if s.geom.intersects(house)]
    out += [f"GESCHUETZTER_BAUM_BETROFFEN ({t.id})" for t in town.baeume
            if protected(t) and root_zone(t).intersects(house)]
    if not any(r["gewidmet"] and r.geom.distance(plot) <= STRASSE_TOL_M for r in town.strassen):
        out.append("ERSCHLIESSUNG_STRASSE_FEHLT")
    out += [f"ERSCHLIESSUNG_{typ.upper()}_FEHLT" for typ in missing_mains(town, plot)]
    return out


def missing_mains(town: Town, plot: Polygon) -> list[str]:
    return [typ for typ in ("trinkwasser", "abwasser", "strom")
            if main_distance(town, plot, typ) > ANSCHLUSS_M]


def main_distance(town: Town, plot: Polygon, typ: str) -> float:
    return min(float(m.geom.distance(plot)) for m in town.leitungen if m["typ"] == typ)


def expected_findings(town: Town, plot: Polygon, house: Polygon) -> list[str]:
    bau = musterbau_for(regime_at(town, house.centroid))
    return (planning_findings(town, plot, house, bau) + monument_findings(town, plot, house)
            + site_findings(town, plot, house))


@dataclass(frozen=True)
class Assessment:
    """What the table says about one plot (one parcel, or several of one owner)."""

    regime: Regime
    window: Polygon | None
    house: Polygon | None
    felled: tuple[str, ...]  # protected trees the house needs felled (no safe window)
    findings: tuple[str, ...]


def assess(town: Town, plot: Polygon) -> Assessment:
    regime = plot_regime(town, plot)
    window = largest_window(allowed_region(town, plot))
    felled: tuple[str, ...] = ()
    if window is None:
        # No window without a protected tree: offer the one that needs a felling permit.
        felled = tuple(t.id for t in town.baeume if protected(t)
                       and root_zone(t).intersects(plot.buffer(-SETBACK_M)))
        window = largest_window(allowed_region(town, plot, frozenset(felled)))
    house = place_house(window) if window is not None else None
    findings = tuple(expected_findings(town, plot, house)) if house is not None else ()
    return Assessment(regime, window, house, felled, findings)
