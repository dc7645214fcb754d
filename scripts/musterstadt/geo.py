"""Common output: local metres to EPSG:25832 and WGS84, GeoJSON and text files."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import Transformer
from shapely.affinity import translate
from shapely.geometry import mapping
from shapely.geometry.polygon import orient

from .modell import CRS, ORIGIN


def to_world(geom: Any) -> Any:
    return translate(geom, ORIGIN[0], ORIGIN[1])


@lru_cache(maxsize=1)
def wgs84_transformer() -> Transformer:
    return Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)


def to_wgs84(geom: Any) -> Any:
    tr = wgs84_transformer()

    def fn(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lon, lat = tr.transform(xs, ys)
        return np.asarray(lon), np.asarray(lat)

    return shapely.transform(to_world(geom), fn, interleaved=False)


def rounded(coords: Any) -> Any:
    if isinstance(coords, (tuple, list)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), 8) for c in coords]
    return [rounded(c) for c in coords]


def geojson_geometry(geom: Any) -> dict[str, Any]:
    """RFC 7946 geometry: WGS84 lon/lat, 8 decimals (about 1 mm), outer rings counter-
    clockwise (right-hand rule)."""
    g = to_wgs84(geom)
    if g.geom_type == "Polygon":
        g = orient(g, sign=1.0)
    m = mapping(g)
    return {"type": m["type"], "coordinates": rounded(m["coordinates"])}


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_collection(path: Path, features: Iterable[tuple[dict[str, Any], Any]]) -> None:
    # One feature per line: readable diffs, still a plain GeoJSON FeatureCollection.
    lines = [dumps({"type": "Feature", "properties": props, "geometry": geojson_geometry(g)})
             for props, g in features]
    write_text(path, '{"type": "FeatureCollection", "features": [\n'
               + ",\n".join(lines) + "\n]}\n")


def ws(x: float, y: float) -> str:
    """A local point as EPSG:25832 text."""
    return f"{x + ORIGIN[0]:.1f}, {y + ORIGIN[1]:.1f}"


def bounds_text(geom: Any) -> str:
    minx, miny, maxx, maxy = geom.bounds
    return f"({ws(minx, miny)}, {ws(maxx, maxy)})"
