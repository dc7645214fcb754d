"""Coordinate transforms: GeoJSON (WGS84 lon/lat) to the municipality's metric CRS."""

from __future__ import annotations

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
