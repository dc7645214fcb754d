"""The municipality's own map data as GeoJSON (WGS84) for the pages' maps, and finding
a parcel by address or Flurstück. No external tiles: the maps draw only these layers."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from shapely.geometry import mapping

from rathaus.registers.base import Registers
from rathaus.registers.geo import WGS84, reproject

DATEIEN = {
    "flurstuecke": "alkis/flurstuecke.geojson",
    "strassen": "erschliessung/strassen.geojson",
    "baeume": "natur/baeume.geojson",
    "denkmaeler": "denkmal/denkmalliste.geojson",
    "schutzgebiete": "natur/schutzgebiete.geojson",
    "innenbereich": "innenbereich.geojson",
    "oeffentlich": "flaechen/oeffentlich.geojson",
}
EBENEN = (*DATEIEN, "bplaene")


@lru_cache(maxsize=32)
def _datei(path: Path, mtime: float) -> bytes:
    return path.read_bytes()


def ebene(gemeinde: Path, registers: Registers, name: str) -> bytes | None:
    """A layer as GeoJSON bytes; None for an unknown name or a missing file."""
    if name == "bplaene":
        return _bplaene(registers)
    rel = DATEIEN.get(name)
    path = gemeinde / rel if rel else None
    if path is None or not path.is_file():
        return None if rel is None else b'{"type":"FeatureCollection","features":[]}'
    return _datei(path, path.stat().st_mtime)


def _bplaene(registers: Registers) -> bytes:
    crs = registers.gemeinde.crs
    feats: list[dict[str, Any]] = []
    for plan in registers.bplaene:
        feats.append(_feature(reproject(plan.geltungsbereich, crs, WGS84),
                              {"art": "geltungsbereich", "name": plan.name,
                               "nummer": plan.nummer}))
        for g in plan.baugebiete:
            feats.append(_feature(reproject(g.geometrie, crs, WGS84),
                                  {"art": "baugebiet", "plan": plan.name, "id": g.id,
                                   "grz": g.mass.grz, "gfz": g.mass.gfz, "z": g.mass.z}))
    return json.dumps({"type": "FeatureCollection", "features": feats}).encode()


def _feature(geom: Any, props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).replace("str.", "straße")


def suche(registers: Registers, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Parcels whose address (Lagebezeichnung) or identifier matches `q`."""
    q = _norm(q)
    if len(q) < 2:
        return []
    ziffern = re.sub(r"\D", "", q)
    out = []
    for f in registers.flurstuecke:
        lage = str(f.get("lagebezeichnung", ""))
        if q in _norm(lage) or (len(ziffern) >= 3 and ziffern in f.id):
            out.append({"kennzeichen": f.id, "lage": lage, "flur": f.get("flur"),
                        "flaeche_m2": f.get("flaeche_m2")})
        if len(out) >= limit:
            break
    return out
