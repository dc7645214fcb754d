"""The vectorised GeoJSON path of the folder registers gives the same geometries as the
one-by-one path, and still names the bad feature when a geometry is broken."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest

from rathaus.errors import ConfigError
from rathaus.registers.folder import load_registers
from rathaus.registers.geo import from_geojson, from_geojson_many

CRS = "EPSG:25832"
SQUARE = [[7.0, 51.0], [7.001, 51.0], [7.001, 51.001], [7.0, 51.001], [7.0, 51.0]]
HOLE = [[7.0002, 51.0002], [7.0002, 51.0004], [7.0004, 51.0004], [7.0002, 51.0002]]
GEOMETRIES: list[dict[str, Any]] = [
    {"type": "Polygon", "coordinates": [SQUARE, HOLE]},
    {"type": "Point", "coordinates": [7.0, 51.0, 120.0]},  # with a height
    {"type": "LineString", "coordinates": [[7.0, 51.0], [7.01, 51.01]]},
    {
        "type": "MultiPolygon",
        "coordinates": [[SQUARE], [[[7.01, 51.0], [7.02, 51.0], [7.02, 51.01]]]],
    },
    {
        "type": "MultiLineString",
        "coordinates": [[[7.0, 51.0], [7.1, 51.0]], [[7.0, 51.1], [7.1, 51.1]]],
    },
    {"type": "MultiPoint", "coordinates": [[7.0, 51.0], [7.1, 51.0]]},
    {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [7.0, 51.0]}]},
    {"type": "Polygon", "coordinates": [SQUARE]},
]


def test_bulk_equals_one_by_one() -> None:
    bulk = from_geojson_many(GEOMETRIES, CRS)
    assert len(bulk) == len(GEOMETRIES)
    for got, geom in zip(bulk, GEOMETRIES, strict=True):
        want = from_geojson(geom, CRS)
        assert got.geom_type == want.geom_type
        assert got.equals_exact(want, tolerance=1e-6), geom["type"]
    assert len(bulk[0].interiors) == 1


def _folder(tmp_path: Path, features: list[dict[str, Any]]) -> Path:
    (tmp_path / "alkis").mkdir(parents=True)
    toml = 'name = "T"\nags = "05999999"\nland = "NW"\ncrs = "EPSG:25832"\n'
    (tmp_path / "gemeinde.toml").write_text(toml, encoding="utf-8")
    fc = {"type": "FeatureCollection", "features": features}
    (tmp_path / "alkis/flurstuecke.geojson").write_text(json.dumps(fc), encoding="utf-8")
    return tmp_path


def _parcel(kz: str, geometry: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": {"flurstueckskennzeichen": kz}, "geometry": geometry}


def test_bad_geometry_names_the_feature(tmp_path: Path) -> None:
    good = _parcel("05999900100001______", {"type": "Polygon", "coordinates": [SQUARE]})
    bad = _parcel("05999900100002______", {"type": "Polygon", "coordinates": [[[7.0, "x"]]]})
    with pytest.raises(ConfigError, match=r"features\[1\] \(05999900100002______\): bad geometry"):
        load_registers(_folder(tmp_path, [good, bad]))


def test_feature_that_is_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"features\[0\]: expected a GeoJSON Feature"):
        load_registers(_folder(tmp_path, ["nonsense"]))  # type: ignore[list-item]


@pytest.mark.parametrize("enabled", [True, False])
def test_load_leaves_the_garbage_collector_as_it_was(tmp_path: Path, enabled: bool) -> None:
    good = _parcel("05999900100001______", {"type": "Polygon", "coordinates": [SQUARE]})
    folder = _folder(tmp_path, [good])
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(load_registers(folder).flurstuecke) == 1
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
