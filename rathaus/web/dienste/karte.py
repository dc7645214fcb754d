"""The municipality's own map data as GeoJSON (WGS84) for the pages' maps, a case's
Abstandsflächen, and finding a parcel by address or Flurstück. No external tiles: the maps
draw only these layers."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import shapely
from pydantic import ValidationError
from shapely.geometry import mapping

from rathaus.agents.abstandsflaechen_pruefung import messung
from rathaus.agents.gemeinsam import gebaeude_name, zahl
from rathaus.agents.geometrie import flaechenhaft
from rathaus.domain.antrag import Antrag
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


_SPLITTER_M2 = 0.01  # smaller overlaps are rounding at a shared boundary, not an overlap
ABSTANDSFLAECHE = "abstandsflaeche"
UEBERSCHREITET = "ueberschreitet_grenze"


def abstandsflaechen(antrag: dict[str, Any], registers: Registers) -> dict[str, Any]:
    """The Abstandsflächen of a case's buildings as a GeoJSON FeatureCollection (WGS84),
    measured by the Abstandsflächen rule itself (`abstandsflaechen_pruefung.messung`):

    - `art` "abstandsflaeche": per outer wall the strip of the required depth T in front
      of it, with T, H, the depth available on allowed ground and whether it suffices;
    - `art` "ueberschreitet_grenze": the part of that strip beyond the plot's boundary on
      ground that is not a public road, green or water area (those count up to their
      middle, which `verfuegbar_m`/`eingehalten` of the wall take into account).

    Empty for a building without a wall height or footprint, or an unreadable antrag."""
    try:
        a = Antrag.model_validate_json(json.dumps(antrag, ensure_ascii=False))
    except ValidationError:
        return {"type": "FeatureCollection", "features": []}
    m = messung(a, registers)
    crs = registers.gemeinde.crs
    feats: list[dict[str, Any]] = []
    for g in m.gebaeude:
        erlaubt = shapely.union_all([x for x in (m.grundstueck, *g.oeffentlich) if x is not None])
        for w in g.waende:
            streifen = w.flaeche
            if streifen is None:
                continue  # built on the boundary in geschlossene Bauweise: none needed
            props: dict[str, Any] = {
                "art": ABSTANDSFLAECHE, "gebaeude": g.index,
                "gebaeude_name": gebaeude_name(a, g.index), "wand": w.wand.index,
                "richtung": w.wand.richtung, "laenge_m": round(w.wand.laenge, 2),
                "h_m": round(g.tiefe.h_m, 2), "tiefe_m": round(w.t_m, 2),
                "verfuegbar_m": round(w.ist_m or 0.0, 2), "eingehalten": w.eingehalten,
                "norm": f"§ 6 Abs. 5 S. {g.tiefe.satz} MBO",
                "bezeichnung": f"Abstandsfläche {gebaeude_name(a, g.index)}, Wand "
                               f"{w.wand.index} ({w.wand.richtung}): T = {zahl(w.t_m)} m",
            }  # fmt: skip
            feats.append(_feature(reproject(streifen, crs, WGS84), props))
            drueber = flaechenhaft(streifen.difference(erlaubt))
            if drueber is not None and drueber.area >= _SPLITTER_M2:
                feats.append(_feature(reproject(drueber, crs, WGS84), {
                    **props, "art": UEBERSCHREITET, "flaeche_m2": round(drueber.area, 2),
                    "bezeichnung": f"{props['bezeichnung']} – überschreitet Grenze"}))
    return {"type": "FeatureCollection", "features": feats}


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
