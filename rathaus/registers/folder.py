"""The embedded default: the municipality's registers read from a folder
(layout: shared/spec/gemeinde.md)."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from shapely.errors import GEOSException
from shapely.geometry.base import BaseGeometry

from rathaus.errors import ConfigError
from rathaus.registers.base import (
    DictOwnerRegister,
    Eigentumsanteil,
    Feature,
    IndexedLayer,
    Registers,
)
from rathaus.registers.gemeinde import GemeindeConfig, read_gemeinde_toml
from rathaus.registers.geo import from_geojson, from_geojson_many
from rathaus.registers.plan import BPlan

_ID_KEYS = ("id", "flurstueckskennzeichen")


def load_registers(folder: Path) -> Registers:
    """Read every register of a municipality data folder; optional layers may be absent."""
    with _without_cyclic_gc():
        return _load(folder)


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading.

    A large city is millions of small, acyclic objects (JSON dicts and lists, features);
    the collector would traverse them again at every generation threshold, which took
    about 60 % of the load time for 100,000 parcels. Reference counting still frees
    everything; the collector resumes (process-wide) as soon as the load is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(folder: Path) -> Registers:
    if not folder.is_dir():
        raise ConfigError(f"{folder}: not a folder (expected a municipality data package)")
    cfg = read_gemeinde_toml(folder / "gemeinde.toml")

    def layer(rel: str, required: bool = False) -> IndexedLayer[Feature]:
        return IndexedLayer(_read_features(folder / rel, cfg, required))

    return Registers(
        gemeinde=cfg,
        flurstuecke=layer("alkis/flurstuecke.geojson", required=True),
        eigentum=DictOwnerRegister(_read_owners(folder / "grundbuch/eigentum.json")),
        denkmaeler=layer("denkmal/denkmalliste.geojson"),
        schutzgebiete=layer("natur/schutzgebiete.geojson"),
        baeume=layer("natur/baeume.geojson"),
        strassen=layer("erschliessung/strassen.geojson"),
        leitungen=layer("erschliessung/leitungen.geojson"),
        oeffentliche_flaechen=layer("flaechen/oeffentlich.geojson"),
        innenbereich=layer("innenbereich.geojson"),
        bplaene=_read_plans(folder / "bplan", cfg),
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}): {exc.msg}") from exc


def _read_features(path: Path, cfg: GemeindeConfig, required: bool) -> list[Feature]:
    if not path.exists():
        if required:
            raise ConfigError(f"{path}: required register layer is missing")
        return []
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ConfigError(f"{path}: expected a GeoJSON FeatureCollection")
    feats = data.get("features", [])
    ids, props = [], []
    for i, feat in enumerate(feats):
        if not isinstance(feat, dict):
            raise ConfigError(f"{path}: features[{i}]: expected a GeoJSON Feature object")
        p = dict(feat.get("properties") or {})
        ids.append(next((str(p[k]) for k in _ID_KEYS if k in p), str(feat.get("id", i))))
        props.append(p)
    geoms = _geometries(path, feats, ids, cfg.crs)
    return [
        Feature(id=fid, geometrie=g, eigenschaften=p)
        for fid, g, p in zip(ids, geoms, props, strict=True)
    ]


def _geometries(path: Path, feats: list[Any], ids: list[str], crs: str) -> list[BaseGeometry]:
    """All geometries of a layer in one vectorised pass; if that fails, one by one, so
    that the error names the feature."""
    try:
        return from_geojson_many([f["geometry"] for f in feats], crs)
    except (KeyError, TypeError, ValueError, GEOSException):
        pass
    out = []
    for i, (feat, fid) in enumerate(zip(feats, ids, strict=True)):
        try:
            out.append(from_geojson(feat["geometry"], crs))
        except (KeyError, TypeError, ValueError, GEOSException) as exc:
            raise ConfigError(f"{path}: features[{i}] ({fid}): bad geometry: {exc}") from exc
    return out


def _read_owners(path: Path) -> dict[str, tuple[Eigentumsanteil, ...]]:
    if not path.exists():
        return {}
    data = _read_json(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected an object of parcel id → owners")
    try:
        return {
            k: tuple(Eigentumsanteil(name=o["name"], anteil=o["anteil"]) for o in v)
            for k, v in data.items()
        }
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: each owner needs 'name' and 'anteil'") from exc


def _read_plans(folder: Path, cfg: GemeindeConfig) -> tuple[BPlan, ...]:
    """Every XPlanGML plan in `bplan/` (plain or zipped)."""
    if not folder.is_dir():
        return ()
    from rathaus.registers import xplanung

    plans: list[BPlan] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".gml", ".xml", ".zip"):
            plans.extend(xplanung.read_plans(path, cfg.crs))
    return tuple(plans)
