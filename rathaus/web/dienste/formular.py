"""Turning what a form or the API sent into typed values by key path, with one error
message per field."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from rathaus.web.dienste.felder import Feld

JA = {"ja", "on", "true", "1"}


def werte_aus_formular(felder: Sequence[Feld], form: Mapping[str, list[str]]
                       ) -> tuple[dict[str, Any], dict[str, str]]:
    werte: dict[str, Any] = {}
    fehler: dict[str, str] = {}
    for f in felder:
        roh = [v.strip() for v in form.get(f.pfad, []) if v.strip()]
        try:
            werte[f.pfad] = _wert(f, roh)
        except ValueError as exc:
            fehler[f.pfad] = str(exc)
    return werte, fehler


def _wert(f: Feld, roh: list[str]) -> Any:
    if f.typ == "ja":
        return bool(roh) and roh[0].lower() in JA
    if f.typ == "mehrfach":
        return list(dict.fromkeys(roh)) or None
    if not roh:
        return None
    text = roh[0]
    if f.typ == "zahl":
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise ValueError("Bitte eine Zahl eingeben, z. B. 6,5.") from None
    if f.typ == "ganz":
        try:
            return int(text)
        except ValueError:
            raise ValueError("Bitte eine ganze Zahl eingeben, z. B. 2.") from None
    if f.typ == "wahl" and text not in {k for k, _ in f.optionen}:
        raise ValueError("Bitte einen Eintrag aus der Liste wählen.")
    if f.typ == "lang":
        return grundriss_aus_text(text)
    return text


def grundriss_aus_text(text: str) -> dict[str, Any]:
    """A footprint from GeoJSON (geometry, Feature or FeatureCollection) or from lines
    of `lon,lat` / `lon;lat` (WGS84). Raises ValueError in plain words."""
    text = text.strip()
    if text.startswith("{"):
        try:
            geo = json.loads(text)
        except json.JSONDecodeError:
            raise ValueError("Das ist kein gültiges GeoJSON.") from None
        return _polygon(geo)
    punkte = []
    for row in csv.reader(io.StringIO(text.replace(";", ","))):
        zahlen = [c.strip() for c in row if c.strip()]
        if not zahlen:
            continue
        try:
            punkte.append([float(zahlen[0]), float(zahlen[1])])
        except (ValueError, IndexError):
            raise ValueError("Jede Zeile braucht zwei Zahlen: Länge, Breite.") from None
    return _ring(punkte)


def _polygon(geo: Any) -> dict[str, Any]:
    if not isinstance(geo, dict):
        raise ValueError("Das GeoJSON enthält kein Polygon.")
    if geo.get("type") == "FeatureCollection" and geo.get("features"):
        return _polygon(geo["features"][0])
    if geo.get("type") == "Feature":
        return _polygon(geo.get("geometry"))
    if geo.get("type") in ("Polygon", "MultiPolygon") and isinstance(geo.get("coordinates"),
                                                                      list):
        if geo["type"] == "Polygon":
            return _ring(geo["coordinates"][0] if geo["coordinates"] else [])
        return {"type": "MultiPolygon", "coordinates": geo["coordinates"]}
    raise ValueError("Das GeoJSON enthält kein Polygon.")


def _ring(punkte: list[Any]) -> dict[str, Any]:
    try:
        ring = [[float(p[0]), float(p[1])] for p in punkte]
    except (TypeError, ValueError, IndexError):
        raise ValueError("Die Koordinaten sind keine Zahlenpaare.") from None
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    if len(ring) < 4:
        raise ValueError("Ein Grundriss braucht mindestens drei Eckpunkte.")
    if not all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring):
        raise ValueError("Die Koordinaten sind keine Länge/Breite (WGS84).")
    return {"type": "Polygon", "coordinates": [ring]}


def flach(teil: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested JSON → key paths (objects are walked; lists and values are leaves)."""
    out: dict[str, Any] = {}
    for key, value in teil.items():
        pfad = f"{prefix}.{key}" if prefix else key
        if isinstance(value, Mapping) and key != "grundriss":
            out.update(flach(value, pfad))
        else:
            out[pfad] = value
    return out
