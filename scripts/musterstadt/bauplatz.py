"""Which law applies where, and the safe building window and house position on a plot."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

from .modell import (
    GRID_M,
    HOUSE_M,
    MARGIN_M,
    POINT_MONUMENT_RADIUS_M,
    SETBACK_M,
    STAMM_MIN_CM,
    WURZEL_ZUSCHLAG_M,
    Fenster,
    Obj,
    Plan,
    Town,
    Zone,
    rect,
)


@dataclass(frozen=True)
class Regime:
    """Which planning law applies at a point (regeln.md, "Which law applies")."""

    plan: Plan | None = None
    zone: Zone | None = None
    fenster: Fenster | None = None
    innen: bool = False

    def label(self) -> str:
        if self.plan is not None and self.zone is not None:
            z = f", Baufenster Z {self.fenster.z}" if self.fenster and self.fenster.z else ""
            return (f"B-Plan Nr. {self.plan.nummer}, {self.zone.aufschrift} "
                    f"({self.zone.kuerzel} {self.zone.besondere}), "
                    f"`{self.plan.gml_id(self.zone.key)}`{z}")
        return "§ 34 Innenbereich" if self.innen else "§ 35 Außenbereich"


def regime_at(town: Town, pt: Point) -> Regime:
    for plan in town.plans:
        if plan.geltungsbereich.intersects(pt):
            zone = next((z for z in plan.zones if z.geom.intersects(pt)), None)
            fenster = next((f for f in plan.fenster if f.geom.intersects(pt)), None)
            return Regime(plan, zone, fenster)
    return Regime(innen=bool(town.innenbereich.intersects(pt)))


def root_zone(tree: Obj) -> Polygon:
    return tree.geom.buffer(tree["kronendurchmesser_m"] / 2 + WURZEL_ZUSCHLAG_M, quad_segs=16)


def protected(tree: Obj) -> bool:
    return int(tree["stammumfang_cm"]) >= STAMM_MIN_CM


def monument_area(m: Obj) -> Polygon:
    """Ground a new building must keep off: the monument itself (a point stands for a
    building of unknown outline, so a circle around it)."""
    if m.geom.geom_type == "Point":
        return m.geom.buffer(POINT_MONUMENT_RADIUS_M, quad_segs=16)
    return m.geom


def blocked_area(town: Town, ignore: frozenset[str] = frozenset()) -> Polygon:
    """Everything a safe building window keeps clear of (with MARGIN, as touching counts)."""
    parts = [root_zone(t).buffer(MARGIN_M) for t in town.baeume if t.id not in ignore]
    parts += [s.geom.buffer(MARGIN_M) for s in town.schutz]
    parts += [monument_area(m).buffer(MARGIN_M) for m in town.denkmal
              if m["art"] in ("baudenkmal", "bodendenkmal")]
    return unary_union(parts)


def fenster_union(plan: Plan) -> Polygon:
    return unary_union([f.geom for f in plan.fenster])


def plot_regime(town: Town, plot: Polygon) -> Regime:
    return regime_at(town, plot.representative_point())


def allowed_region(town: Town, plot: Polygon, ignore: frozenset[str] = frozenset()) -> Polygon:
    region = plot.buffer(-SETBACK_M)
    regime = plot_regime(town, plot)
    if regime.plan is not None:
        region = region.intersection(fenster_union(regime.plan))
    return region.difference(blocked_area(town, ignore))


def longest_run(mask: np.ndarray) -> tuple[int, int]:
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    i = int(np.argmax(ends - starts))
    return int(starts[i]), int(ends[i] - starts[i])


def fits_house(w: float, h: float) -> bool:
    short, long_ = sorted(HOUSE_M)
    return min(w, h) >= short and max(w, h) >= long_


def largest_window(region: Polygon) -> Polygon | None:
    """The largest axis-aligned rectangle on a 0.5 m grid inside `region` that holds the
    10 x 12 m house in either orientation (brute force over row pairs; small parcels)."""
    if region.is_empty:
        return None
    minx, miny, maxx, maxy = region.bounds
    x0, y0 = math.floor(minx / GRID_M) * GRID_M, math.floor(miny / GRID_M) * GRID_M
    nx, ny = math.ceil((maxx - x0) / GRID_M), math.ceil((maxy - y0) / GRID_M)
    xs, ys = np.meshgrid(x0 + GRID_M * np.arange(nx), y0 + GRID_M * np.arange(ny))
    shapely.prepare(region)
    free = shapely.contains(region, shapely.box(xs, ys, xs + GRID_M, ys + GRID_M))
    best: tuple[float, float, float, float] | None = None
    best_area = 0.0
    for top in range(ny):
        cols = np.ones(nx, dtype=bool)
        for bottom in range(top, ny):
            cols &= free[bottom]
            if not cols.any():
                break
            start, length = longest_run(cols)
            w, h = length * GRID_M, (bottom - top + 1) * GRID_M
            if fits_house(w, h) and w * h > best_area:
                best_area = w * h
                best = (x0 + start * GRID_M, y0 + top * GRID_M,
                        x0 + (start + length) * GRID_M, y0 + (bottom + 1) * GRID_M)
    return rect(*best) if best else None


def place_house(window: Polygon) -> Polygon:
    """The 10 x 12 m Musterhaus in the middle of the window (on the 0.5 m grid)."""
    minx, miny, maxx, maxy = window.bounds
    w, h = maxx - minx, maxy - miny
    hw, hh = (HOUSE_M[0], HOUSE_M[1]) if w >= HOUSE_M[0] and h >= HOUSE_M[1] else HOUSE_M[::-1]
    x = minx + math.floor((w - hw) / 2 / GRID_M) * GRID_M
    y = miny + math.floor((h - hh) / 2 / GRID_M) * GRID_M
    return rect(x, y, x + hw, y + hh)
