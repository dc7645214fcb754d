"""GML 3.2 coordinates and curves: the rings that bound XPlanGML surfaces.

Rings come as gml:LinearRing (posList, pos, coordinates) or as gml:Ring of curve members
(LineString, Curve with LineStringSegment / Arc / ArcString, OrientableCurve) — Hamburg's
plans use arcs for street corners. Arcs are linearised; anything else is a `GmlError`,
so an unexpected geometry never turns silently into a wrong area.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from lxml import etree

GML_NAMESPACES = frozenset({"http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml"})
# Arcs become chords that stray at most 1 cm (in CRS units: metres for projected plans)
# from the true arc — far below drawing accuracy — and at most 5° apart.
ARC_TOLERANCE = 0.01
ARC_MAX_STEP = math.radians(5.0)

Point = tuple[float, float]


class GmlError(ValueError):
    """A geometry that cannot be read; the message names the GML element."""


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def is_gml(el: etree._Element, name: str) -> bool:
    q = etree.QName(el)
    return q.localname == name and q.namespace in GML_NAMESPACES


def gml_children(el: etree._Element) -> Iterator[etree._Element]:
    """Element children in a GML namespace (comments and foreign elements skipped)."""
    for c in el:
        if isinstance(c.tag, str) and etree.QName(c).namespace in GML_NAMESPACES:
            yield c


def gml_id(el: etree._Element) -> str | None:
    for ns in GML_NAMESPACES:
        gid = el.get(f"{{{ns}}}id")
        if gid:
            return gid
    return None


def describe(el: etree._Element) -> str:
    gid = gml_id(el)
    return f"gml:{local(el)}" + (f" (gml:id={gid})" if gid else "") + f" line {el.sourceline}"


# --- coordinates --------------------------------------------------------------------


def _dimension(el: etree._Element) -> int:
    node: etree._Element | None = el
    while node is not None:
        dim = node.get("srsDimension")
        if dim:
            if not dim.strip().isdigit():
                raise GmlError(f"{describe(node)}: srsDimension {dim!r} is not a number")
            return int(dim)
        node = node.getparent()
    return 2


def _numbers(el: etree._Element) -> list[float]:
    try:
        return [float(t) for t in (el.text or "").split()]
    except ValueError as exc:
        raise GmlError(f"{describe(el)}: not a list of numbers") from exc


def _pos_list(el: etree._Element) -> list[Point]:
    vals, dim = _numbers(el), _dimension(el)
    if dim < 2 or len(vals) % dim:
        raise GmlError(f"{describe(el)}: {len(vals)} numbers do not fit srsDimension {dim}")
    return [(vals[i], vals[i + 1]) for i in range(0, len(vals), dim)]


def _pos(el: etree._Element) -> Point:
    """One gml:pos: x and y (a height, if any, is dropped)."""
    vals = _numbers(el)
    if len(vals) < 2:
        raise GmlError(f"{describe(el)}: a position needs two numbers")
    return vals[0], vals[1]


def _coordinates(el: etree._Element) -> list[Point]:
    """GML 2 style `x,y x,y` with optional cs/ts/decimal attributes."""
    cs, ts, dec = el.get("cs", ","), el.get("ts", " "), el.get("decimal", ".")
    pts: list[Point] = []
    for tup in (el.text or "").strip().split(ts if ts.strip() else None):
        parts = tup.replace(dec, ".").split(cs) if dec != "." else tup.split(cs)
        try:
            pts.append((float(parts[0]), float(parts[1])))
        except (ValueError, IndexError) as exc:
            raise GmlError(f"{describe(el)}: bad coordinate tuple {tup!r}") from exc
    return pts


def points(el: etree._Element) -> list[Point]:
    """The control points of a LinearRing, LineString or LineStringSegment."""
    pts: list[Point] = []
    for c in gml_children(el):
        name = local(c)
        if name == "posList":
            pts.extend(_pos_list(c))
        elif name == "coordinates":
            pts.extend(_coordinates(c))
        elif name == "pos":
            pts.append(_pos(c))
        elif name in ("pointProperty", "pointRep"):
            pos = next((p for p in c.iter() if isinstance(p.tag, str) and local(p) == "pos"), None)
            if pos is None:
                raise GmlError(f"{describe(c)}: point without gml:pos")
            pts.append(_pos(pos))
    return pts


def _arc(p0: Point, p1: Point, p2: Point) -> list[Point]:
    """A circular arc through three points as a polyline through all three.

    Computed relative to p0: UTM coordinates are ~10⁶, and the circumcentre formula
    would otherwise lose the digits that distinguish a flat arc from a line."""
    bx, by = p1[0] - p0[0], p1[1] - p0[1]
    cx, cy = p2[0] - p0[0], p2[1] - p0[1]
    d = 2 * (bx * cy - by * cx)
    if abs(d) <= 1e-9 * (cx * cx + cy * cy + bx * bx + by * by):
        return [p0, p1, p2]  # collinear: the "arc" is a straight line
    b2, c2 = bx * bx + by * by, cx * cx + cy * cy
    ux, uy = (cy * b2 - by * c2) / d, (bx * c2 - cx * b2) / d
    r = math.hypot(ux, uy)
    t0, t1, t2 = (math.atan2(y - uy, x - ux) for x, y in ((0.0, 0.0), (bx, by), (cx, cy)))
    sweep, mid = (t2 - t0) % math.tau, (t1 - t0) % math.tau
    if mid > sweep:  # the middle point lies on the clockwise way round
        sweep, mid = sweep - math.tau, mid - math.tau
    step = min(ARC_MAX_STEP, 2 * math.acos(max(-1.0, 1 - ARC_TOLERANCE / r)))
    centre = (p0[0] + ux, p0[1] + uy)
    first = _circle(centre, r, t0, mid, step)
    second = _circle(centre, r, t0 + mid, sweep - mid, step)
    return [p0, *first, p1, *second, p2]


def _circle(centre: Point, r: float, start: float, sweep: float, step: float) -> list[Point]:
    """The inner points of an arc of `sweep` radians from angle `start`."""
    n = max(1, math.ceil(abs(sweep) / step))
    angles = (start + sweep * i / n for i in range(1, n))
    return [(centre[0] + r * math.cos(t), centre[1] + r * math.sin(t)) for t in angles]


def _arc_string(el: etree._Element) -> list[Point]:
    pts = points(el)
    if len(pts) < 3 or len(pts) % 2 == 0:
        raise GmlError(f"{describe(el)}: an arc needs 3, 5, 7 … points, got {len(pts)}")
    out = [pts[0]]
    for i in range(0, len(pts) - 2, 2):
        out.extend(_arc(pts[i], pts[i + 1], pts[i + 2])[1:])
    return out


def _join(acc: list[Point], more: list[Point]) -> None:
    acc.extend(more[1:] if acc and more and acc[-1] == more[0] else more)


def curve_points(el: etree._Element) -> list[Point]:
    """Points along a curve element (LineString, LinearRing, Curve, OrientableCurve)."""
    name = local(el)
    if name in ("LineString", "LinearRing", "LineStringSegment"):
        return points(el)
    if name in ("Arc", "ArcString"):
        return _arc_string(el)
    if name == "OrientableCurve":
        base = next(gml_children(next(gml_children(el))), None)
        if base is None:
            raise GmlError(f"{describe(el)}: no base curve")
        pts = curve_points(base)
        return pts[::-1] if el.get("orientation") == "-" else pts
    if name == "Curve":
        segments = next((c for c in gml_children(el) if local(c) == "segments"), None)
        if segments is None:
            raise GmlError(f"{describe(el)}: gml:Curve without gml:segments")
        acc: list[Point] = []
        for seg in gml_children(segments):
            _join(acc, curve_points(seg))
        return acc
    raise GmlError(f"{describe(el)}: unsupported curve type gml:{name}")


def ring_points(el: etree._Element) -> list[Point]:
    """The points of a gml:LinearRing or gml:Ring (curve members joined end to end)."""
    if is_gml(el, "LinearRing"):
        pts = points(el)
    elif is_gml(el, "Ring"):
        pts = []
        for member in gml_children(el):
            curve = next(gml_children(member), None)
            if curve is None:
                raise GmlError(f"{describe(member)}: empty curve member (xlink not supported)")
            _join(pts, curve_points(curve))
    else:
        raise GmlError(f"{describe(el)}: expected gml:LinearRing or gml:Ring")
    if len(set(pts)) < 3:
        raise GmlError(f"{describe(el)}: a ring needs at least 3 distinct points")
    return pts
