"""Coordinate transforms: GeoJSON (WGS84 lon/lat) to the municipality's metric CRS."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

WGS84 = "EPSG:4326"


@lru_cache(maxsize=16)
def transformer(source: str, target: str) -> Transformer:
    return Transformer.from_crs(source, target, always_xy=True)


def reproject(geom: BaseGeometry, source: str, target: str) -> BaseGeometry:
    """The geometry in another CRS (axis order x/y, i.e. lon/lat for WGS84)."""
    if source == target:
        return geom
    tr = transformer(source, target)

    def _fn(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x2, y2 = tr.transform(xs, ys)
        return np.asarray(x2), np.asarray(y2)

    return shapely.transform(geom, _fn, interleaved=False)


def from_geojson(geometry: dict[str, Any], target_crs: str) -> BaseGeometry:
    """A GeoJSON geometry (RFC 7946, WGS84) as a shapely geometry in `target_crs`."""
    return reproject(shape(geometry), WGS84, target_crs)


# Nesting depth of the coordinate arrays above the positions, per GeoJSON type.
_DEPTH = {
    "Point": 0,
    "MultiPoint": 1,
    "LineString": 1,
    "MultiLineString": 2,
    "Polygon": 2,
    "MultiPolygon": 3,
}


def from_geojson_many(geometries: Sequence[Any], target_crs: str) -> list[BaseGeometry]:
    """Many GeoJSON geometries (RFC 7946, WGS84) as shapely geometries in `target_crs`.

    The coordinates of all geometries of one type go through one pyproj call and one
    `shapely.from_ragged_array`: for 100,000 parcels that is several times faster than
    `from_geojson` one by one. Bad input raises KeyError, TypeError or ValueError; the
    caller may then retry one by one to name the culprit."""
    out: dict[int, BaseGeometry] = {}
    groups: dict[str, list[int]] = {}
    for i, geom in enumerate(geometries):
        groups.setdefault(geom["type"], []).append(i)
    for typ, idx in groups.items():
        if typ in _DEPTH:
            coords = [geometries[i]["coordinates"] for i in idx]
            built: Sequence[BaseGeometry] = _ragged(typ, coords, target_crs)
        else:  # GeometryCollection: rare, and not a flat array of coordinates
            built = [from_geojson(geometries[i], target_crs) for i in idx]
        for i, geom in zip(idx, built, strict=True):
            out[i] = geom
    return [out[i] for i in range(len(geometries))]


def _ragged(typ: str, items: list[Any], target_crs: str) -> Sequence[BaseGeometry]:
    """Geometries of one type from their nested coordinate lists (see `_DEPTH`)."""
    offsets: list[list[int]] = []
    level = items
    for d in range(_DEPTH[typ]):
        if d == _DEPTH[typ] - 1 and typ in ("Polygon", "MultiPolygon"):
            level = [r if not r or r[0] == r[-1] else [*r, r[0]] for r in level]  # close rings
        flat: list[Any] = []
        offs = [0]
        for part in level:
            flat.extend(part)
            offs.append(len(flat))
        offsets.append(offs)
        level = flat
    xy = _positions(level)
    if target_crs != WGS84 and len(xy):
        x, y = transformer(WGS84, target_crs).transform(xy[:, 0], xy[:, 1])
        xy = np.column_stack([x, y])
    # from_ragged_array wants the innermost offsets (positions per ring) first.
    arrays = tuple(np.asarray(o, dtype=np.int64) for o in reversed(offsets)) or None
    kind = getattr(shapely.GeometryType, typ.upper())
    return list(shapely.from_ragged_array(kind, xy, arrays))


def _positions(positions: list[Any]) -> np.ndarray:
    """(n, 2) float array of x/y; a third (height) value is dropped."""
    if not positions:
        return np.empty((0, 2))
    try:
        arr = np.asarray(positions, dtype=np.float64)
    except ValueError:  # mixed 2-D and 3-D positions
        arr = np.asarray([p[:2] for p in positions], dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] < 2:
        raise ValueError("a position needs at least two numbers")
    return arr[:, :2]
