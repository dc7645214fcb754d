"""Abstandsflächen geometry (§ 6 MBO, regeln.md): the walls of a footprint and, for each
wall, how deep the strip in front of it may reach while staying on allowed ground.

Method: in front of a wall, sample lines perpendicular to it (every 0.25 m and at every
vertex or boundary crossing of the plot and the public areas in front of it, where the
available depth can have a minimum). Along each line the allowed ground is the plot plus,
for each public road, green or water area, its chord up to the chord's middle (the
"simpler correct method" of regeln.md: half the area's width measured perpendicular to
the wall). The available depth is how far the allowed ground reaches without a gap,
and the wall's depth is the minimum over its lines. No bisection is needed: along one
line the answer is exact.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from rathaus.agents.geometrie import Flaeche, polygone

RICHTUNGEN = ("N", "NO", "O", "SO", "S", "SW", "W", "NW")
_MIN_WAND_M = 0.01  # shorter edges are digitising noise, not walls
_RAND_M = 0.01  # lines start this far from the wall's ends, so they do not run along the
#                 neighbouring wall where a predicate on a shared boundary is undecidable
_INNEN_M = 0.01  # each line starts this far inside the building, so it starts on the plot
_SCHRITT_M = 0.25
_LUECKE_M = 0.01  # slivers between adjoining parcels or areas are closed, not gaps


@dataclass(frozen=True)
class Wand:
    """One outer wall: an edge of a footprint ring, oriented so the outside is on the right."""

    index: int
    start: tuple[float, float]
    ende: tuple[float, float]

    @property
    def laenge(self) -> float:
        return math.dist(self.start, self.ende)

    @property
    def achse(self) -> tuple[float, float]:
        dx, dy = self.ende[0] - self.start[0], self.ende[1] - self.start[1]
        return dx / self.laenge, dy / self.laenge

    @property
    def normale(self) -> tuple[float, float]:
        """Unit vector perpendicular to the wall, pointing away from the building."""
        ux, uy = self.achse
        return uy, -ux

    @property
    def richtung(self) -> str:
        """The compass direction the wall faces (grid north of the metric CRS)."""
        nx, ny = self.normale
        winkel = math.degrees(math.atan2(nx, ny)) % 360.0
        return RICHTUNGEN[round(winkel / 45.0) % 8]

    @property
    def linie(self) -> LineString:
        return LineString([self.start, self.ende])

    def streifen(self, tiefe: float, ab: float = 0.0) -> Polygon:
        """The rectangle in front of the wall from depth `ab` to depth `tiefe`."""
        nx, ny = self.normale
        (x1, y1), (x2, y2) = self.start, self.ende
        return Polygon(
            [
                (x1 + nx * ab, y1 + ny * ab),
                (x2 + nx * ab, y2 + ny * ab),
                (x2 + nx * tiefe, y2 + ny * tiefe),
                (x1 + nx * tiefe, y1 + ny * tiefe),
            ]
        )


def waende(footprint: Flaeche) -> list[Wand]:
    """Every edge of every ring (courtyards included), outside on the right-hand side."""
    result: list[Wand] = []
    for poly in polygone(footprint):
        # drop collinear vertices (1 mm), so a straight wall is one wall, then orient:
        # exterior counter-clockwise, holes clockwise, i.e. the building on the left
        simple = poly.simplify(0.001, preserve_topology=True)
        ccw = orient(simple if isinstance(simple, Polygon) else poly, sign=1.0)
        for ring in (ccw.exterior, *ccw.interiors):
            coords = [(float(x), float(y)) for x, y in ring.coords]
            for a, b in itertools.pairwise(coords):
                if math.dist(a, b) >= _MIN_WAND_M:
                    result.append(Wand(len(result), a, b))
    return result


def verfuegbare_tiefe(
    wand: Wand, soll: float, grundstueck: Flaeche, bis_zur_mitte: Sequence[Flaeche]
) -> float:
    """The largest depth d ≤ `soll` such that the strip of depth d in front of `wand`
    lies on the plot or on the given public areas up to their middle."""
    weit = 2.0 * soll + 10.0  # far enough to see the far side of any area that matters
    band = wand.streifen(weit, ab=-_INNEN_M)
    flaechen = [f for f in bis_zur_mitte if f.intersects(band)]
    stellen = _stellen(wand, band, grundstueck, flaechen)
    linien = _linien(wand, stellen, weit)
    erlaubt: list[list[tuple[float, float]]] = [[] for _ in stellen]
    for i, hit in enumerate(shapely.intersection(linien, grundstueck)):
        erlaubt[i].extend(_intervalle(hit, wand, stellen[i]))
    for flaeche in flaechen:
        for i, hit in enumerate(shapely.intersection(linien, flaeche)):
            erlaubt[i].extend((a, (a + b) / 2.0) for a, b in _intervalle(hit, wand, stellen[i]))
    return min(min(_reichweite(iv) for iv in erlaubt), soll)


def _stellen(
    wand: Wand, band: BaseGeometry, grundstueck: Flaeche, flaechen: Sequence[Flaeche]
) -> list[float]:
    """Positions along the wall (metres from its start) where lines are sampled."""
    lo, hi = _RAND_M, max(wand.laenge - _RAND_M, _RAND_M)
    n = max(2, math.ceil((hi - lo) / _SCHRITT_M) + 1)
    stellen = set(np.linspace(lo, hi, n).tolist())
    ecken = [shapely.intersection(g, band) for g in (grundstueck, *flaechen)]
    ecken += [
        shapely.intersection(shapely.intersection(grundstueck.boundary, f.boundary), band)
        for f in flaechen
    ]
    ux, uy = wand.achse
    for geom in ecken:
        for x, y in shapely.get_coordinates(geom):
            u = (x - wand.start[0]) * ux + (y - wand.start[1]) * uy
            if lo < u < hi:
                stellen.add(float(u))
    return sorted(stellen)


def _linien(wand: Wand, stellen: list[float], weit: float) -> np.ndarray:
    ux, uy = wand.achse
    nx, ny = wand.normale
    coords = np.empty((len(stellen), 2, 2))
    for i, u in enumerate(stellen):
        px, py = wand.start[0] + u * ux, wand.start[1] + u * uy
        coords[i, 0] = (px - _INNEN_M * nx, py - _INNEN_M * ny)
        coords[i, 1] = (px + weit * nx, py + weit * ny)
    return shapely.linestrings(coords)  # type: ignore[no-any-return]


def _intervalle(hit: BaseGeometry, wand: Wand, u: float) -> list[tuple[float, float]]:
    """The pieces of a sample line inside a geometry, as distances in front of the wall."""
    ux, uy = wand.achse
    nx, ny = wand.normale
    px, py = wand.start[0] + u * ux, wand.start[1] + u * uy
    result = []
    for part in shapely.get_parts(hit):
        if isinstance(part, LineString) and not part.is_empty:
            vs = [(x - px) * nx + (y - py) * ny for x, y in part.coords]
            result.append((min(vs), max(vs)))
    return result


def _reichweite(intervalle: list[tuple[float, float]]) -> float:
    """How far from the wall (v = 0) the intervals reach without a gap."""
    reach: float | None = None
    for a, b in sorted(intervalle):
        if a > (reach if reach is not None else 0.0) + _LUECKE_M:
            break
        reach = b if reach is None else max(reach, b)
    return max(reach if reach is not None else 0.0, 0.0)
