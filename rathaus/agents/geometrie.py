"""Shared geometry for the agents: the project's footprints, its plot and where it lies.

Everything is in the municipality's metric CRS (`gemeinde.crs`). The helpers never
raise on bad input: a footprint that cannot be read or repaired is `None`, and the
agents then make no finding that needs it (the completeness agent reports the gap).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeAlias

import shapely
from shapely.errors import GEOSException
from shapely.geometry import GeometryCollection, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from rathaus.domain.antrag import Antrag, Gebaeude
from rathaus.registers.base import Feature, Registers
from rathaus.registers.geo import from_geojson
from rathaus.registers.plan import Baugebiet, BPlan, UeberbaubareFlaeche

Flaeche: TypeAlias = Polygon | MultiPolygon


def flaechenhaft(geom: BaseGeometry | None) -> Flaeche | None:
    """The polygonal part of `geom`, repaired with make_valid; `None` if nothing is left."""
    if geom is None or geom.is_empty:
        return None
    try:
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        polys = [p for p in _polygone_in(geom) if p.area > 0]
        if len(polys) > 1:
            merged = shapely.union_all(polys)
            return merged if isinstance(merged, Polygon | MultiPolygon) else None
    except GEOSException:
        return None
    return polys[0] if polys else None


def repariert(geom: BaseGeometry) -> BaseGeometry:
    """A register geometry made valid, so overlays on it cannot raise."""
    try:
        return geom if geom.is_valid else shapely.make_valid(geom)
    except GEOSException:
        return geom


def _polygone_in(geom: BaseGeometry) -> list[Polygon]:
    # make_valid may return a GeometryCollection of polygons, lines and points
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon | GeometryCollection):
        return [p for g in geom.geoms for p in _polygone_in(g)]
    return []


def polygone(geom: Flaeche) -> list[Polygon]:
    return [geom] if isinstance(geom, Polygon) else list(geom.geoms)


def grundriss(gebaeude: Gebaeude, crs: str) -> Flaeche | None:
    """A building's footprint in the metric CRS, or `None` when missing or unreadable."""
    if gebaeude.grundriss is None:
        return None
    try:
        geom = from_geojson(gebaeude.grundriss.as_geojson(), crs)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, GEOSException):
        return None
    if not all(math.isfinite(v) for v in geom.bounds):
        return None  # coordinates outside the CRS's area of use
    return flaechenhaft(geom)


def grundrisse(antrag: Antrag, crs: str) -> list[tuple[int, Flaeche]]:
    """(building index, footprint) for every building whose footprint can be read."""
    result: list[tuple[int, Flaeche]] = []
    for i, geb in enumerate(antrag.vorhaben.gebaeude):
        fp = grundriss(geb, crs)
        if fp is not None:
            result.append((i, fp))
    return result


def projekt_grundriss(antrag: Antrag, crs: str) -> Flaeche | None:
    """The project's footprint: the union of all readable building footprints."""
    parts = [fp for _, fp in grundrisse(antrag, crs)]
    return flaechenhaft(shapely.union_all(parts)) if parts else None


def flurstuecke(antrag: Antrag, registers: Registers) -> list[Feature]:
    """The listed parcels that exist in the cadastre (unknown ids are skipped)."""
    found = (registers.flurstuecke.get(k) for k in antrag.flurstuecke)
    return [f for f in found if f is not None]


def grundstueck(parcels: list[Feature]) -> Flaeche | None:
    """The plot: the union of the parcels' geometries."""
    parts = [g for g in (flaechenhaft(p.geometrie) for p in parcels) if g is not None]
    return flaechenhaft(shapely.union_all(parts)) if parts else None


def grundstuecksflaeche(parcels: list[Feature]) -> float:
    """Sum of `flaeche_m2`, or the geometric area where that property is missing."""
    total = 0.0
    for p in parcels:
        value = p.get("flaeche_m2")
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            total += float(value)
        else:
            total += p.geometrie.area
    return total


def deckt(flaeche: BaseGeometry, punkt: Point) -> bool:
    """`flaeche` covers `punkt` (boundary included); a broken geometry is repaired once."""
    try:
        return bool(flaeche.covers(punkt))
    except GEOSException:
        repaired = flaechenhaft(flaeche)
        return repaired is not None and bool(repaired.covers(punkt))


@dataclass(frozen=True)
class Lage:
    """Where the project lies in planning law (regeln.md, "Which law applies")."""

    plan: BPlan | None
    baugebiet: Baugebiet | None
    ueberbaubar: UeberbaubareFlaeche | None
    innenbereich: bool


def lage(footprint: Flaeche, registers: Registers) -> Lage:
    """Plan, zone and überbaubare Fläche containing the footprint's centroid.

    With overlapping plans the first one in register order wins (the registers
    should not hold overlapping plans in force).
    """
    c = footprint.centroid
    plan = next((p for p in registers.bplaene if deckt(p.geltungsbereich, c)), None)
    if plan is not None:
        zone = next((z for z in plan.baugebiete if deckt(z.geometrie, c)), None)
        ueb = next((u for u in plan.ueberbaubare_flaechen if deckt(u.geometrie, c)), None)
        return Lage(plan, zone, ueb, innenbereich=False)
    innen = any(deckt(f.geometrie, c) for f in registers.innenbereich.near(c))
    return Lage(None, None, None, innenbereich=innen)


def gewerbegebiet(baugebiet: Baugebiet | None) -> bool:
    """GE (1700) or GI (1800): § 6 Abs. 5 S. 2 MBO allows the reduced factor there."""
    return baugebiet is not None and baugebiet.besondere_art in ("1700", "1800")
