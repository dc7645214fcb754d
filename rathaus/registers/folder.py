"""The embedded default: the municipality's registers read from a folder
(layout: shared/spec/gemeinde.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shapely.errors import GEOSException

from rathaus.errors import ConfigError
from rathaus.registers.base import (
    DictOwnerRegister,
    Eigentumsanteil,
    Feature,
    IndexedLayer,
    Registers,
)
from rathaus.registers.gemeinde import GemeindeConfig, read_gemeinde_toml
from rathaus.registers.geo import from_geojson
from rathaus.registers.plan import BPlan

_ID_KEYS = ("id", "flurstueckskennzeichen")


def load_registers(folder: Path) -> Registers:
    """Read every register of a municipality data folder; optional layers may be absent."""
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
    features = []
    for i, feat in enumerate(data.get("features", [])):
        props = dict(feat.get("properties") or {})
        fid = next((str(props[k]) for k in _ID_KEYS if k in props), str(feat.get("id", i)))
        try:
            geom = from_geojson(feat["geometry"], cfg.crs)
        except (KeyError, TypeError, ValueError, GEOSException) as exc:
            raise ConfigError(f"{path}: features[{i}] ({fid}): bad geometry: {exc}") from exc
        features.append(Feature(id=fid, geometrie=geom, eigenschaften=props))
    return features


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
