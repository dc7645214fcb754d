"""GML 3.2 surfaces (as XPlanGML uses them) to shapely, in the municipality's CRS.

Covers gml:Polygon, gml:MultiSurface, gml:MultiPolygon, gml:CompositeSurface and
gml:Surface (PolygonPatch), with holes; rings are read by `gml_curves`. The CRS is the
geometry's srsName or the one it inherits from an ancestor (or its gml:boundedBy).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import shapely
from lxml import etree
from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from rathaus.registers.geo import reproject
from rathaus.registers.gml_curves import (
    GmlError,
    describe,
    gml_children,
    is_gml,
    local,
    ring_points,
)

__all__ = ["GmlError", "crs_of", "read_surface", "srs_name", "surface"]

# AdV short names common in German geodata (ALKIS, plans from Länder portals).
_ADV_CRS = {
    "ETRS89_UTM32": "EPSG:25832",
    "ETRS89_UTM33": "EPSG:25833",
    "DE_DHDN_3GK2": "EPSG:31466",
    "DE_DHDN_3GK3": "EPSG:31467",
    "DE_DHDN_3GK4": "EPSG:31468",
    "DE_DHDN_3GK5": "EPSG:31469",
}
# EPSG:25832, urn:ogc:def:crs:EPSG::25832, urn:ogc:def:crs:EPSG:6.6:25832,
# http://www.opengis.net/def/crs/EPSG/0/25832, http://www.opengis.net/gml/srs/epsg.xml#25832
_EPSG_CODE = re.compile(r"EPSG(?::[\d.]*:|:|/0/|\.xml#)(\d+)$", re.IGNORECASE)
_MULTI = ("MultiSurface", "MultiPolygon", "CompositeSurface")
_MEMBERS = ("surfaceMember", "surfaceMembers", "polygonMember")


def srs_name(el: etree._Element) -> str | None:
    """The srsName that applies to `el`: its own, or the nearest ancestor's (or that
    ancestor's gml:boundedBy envelope) — GML lets geometry inherit it."""
    node: etree._Element | None = el
    while node is not None:
        if node.get("srsName"):
            return node.get("srsName")
        for child in gml_children(node):
            if local(child) == "boundedBy":
                env = next(gml_children(child), None)
                if env is not None and env.get("srsName"):
                    return env.get("srsName")
        node = node.getparent()
    return None


@lru_cache(maxsize=64)
def crs_of(srs: str) -> tuple[str, bool]:
    """(pyproj CRS string, whether coordinates come latitude first).

    URN/URI forms follow the authority's axis order, which matters for geographic CRSs
    (urn:ogc:def:crs:EPSG::4326 is lat/lon). Projected plans are read easting first, as
    German Länder ship them (the sample BP2070 in EPSG:31467 does too)."""
    name = srs.strip()
    if name.lower().startswith("urn:adv:crs:"):
        adv = name[len("urn:adv:crs:") :].split("*", 1)[0]  # "ETRS89_UTM32*DE_DHHN92_NH"
        if adv in _ADV_CRS:
            return _ADV_CRS[adv], False
    m = _EPSG_CODE.search(name)
    code = f"EPSG:{m.group(1)}" if m else name
    try:
        crs = CRS.from_user_input(code)
    except CRSError as exc:
        raise GmlError(f"unknown srsName {srs!r}") from exc
    uri_form = name.lower().startswith(("urn:", "http"))
    return code, bool(uri_form and crs.is_geographic)


@lru_cache(maxsize=64)
def _same_crs(a: str, b: str) -> bool:
    return a == b or CRS.from_user_input(a) == CRS.from_user_input(b)


def _polygon(el: etree._Element) -> Polygon:
    """gml:Polygon or gml:PolygonPatch: one exterior, any number of interiors (holes)."""
    shell: list[tuple[float, float]] | None = None
    holes: list[list[tuple[float, float]]] = []
    for boundary in gml_children(el):
        name = local(boundary)
        if name not in ("exterior", "interior", "outerBoundaryIs", "innerBoundaryIs"):
            continue
        ring = next(gml_children(boundary), None)
        if ring is None:
            raise GmlError(f"{describe(boundary)}: empty boundary")
        if name in ("exterior", "outerBoundaryIs"):
            shell = ring_points(ring)
        else:
            holes.append(ring_points(ring))
    if shell is None:
        raise GmlError(f"{describe(el)}: polygon without exterior")
    return Polygon(shell, holes)


def _polygons(el: etree._Element) -> list[Polygon]:
    name = local(el)
    if is_gml(el, "Polygon") or is_gml(el, "PolygonPatch"):
        return [_polygon(el)]
    if is_gml(el, "Surface"):
        patches = next((c for c in gml_children(el) if local(c) == "patches"), None)
        if patches is None:
            raise GmlError(f"{describe(el)}: gml:Surface without gml:patches")
        return [p for patch in gml_children(patches) for p in _polygons(patch)]
    if name in _MULTI and is_gml(el, name):
        out: list[Polygon] = []
        for member in gml_children(el):
            if local(member) in _MEMBERS:
                for geom in gml_children(member):
                    out.extend(_polygons(geom))
        if not out:
            raise GmlError(f"{describe(el)}: no surface members")
        return out
    raise GmlError(f"{describe(el)}: not a surface (expected gml:Polygon or gml:MultiSurface)")


def surface(el: etree._Element) -> Polygon | MultiPolygon:
    """A GML surface element as shapely, in the coordinates of the file."""
    polys = _polygons(el)
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _valid(geom: BaseGeometry, el: etree._Element) -> BaseGeometry:
    """Valid as-is, or repaired: drawn plans carry slivers and touching rings, and a
    self-touching ring must not make every later overlay test throw."""
    if geom.is_valid:
        return geom
    fixed = shapely.make_valid(geom)
    parts = [g for g in getattr(fixed, "geoms", [fixed]) if isinstance(g, Polygon | MultiPolygon)]
    if not parts:
        raise GmlError(f"{describe(el)}: invalid surface without area")
    return shapely.unary_union(parts)


def read_surface(el: etree._Element, target_crs: str) -> BaseGeometry:
    """A GML surface element as a valid shapely geometry in `target_crs`."""
    srs = srs_name(el)
    if srs is None:
        raise GmlError(f"{describe(el)}: no srsName on the geometry or any ancestor")
    source, lat_first = crs_of(srs)
    geom = surface(el)
    if lat_first:
        geom = shapely.transform(geom, lambda xy: xy[:, ::-1])
    if not _same_crs(source, target_crs):
        geom = reproject(geom, source, target_crs)
    if not all(math.isfinite(v) for v in geom.bounds):  # pyproj gives inf off its area
        raise GmlError(f"{describe(el)}: coordinates cannot be placed in {target_crs}")
    return _valid(geom, el)
