"""The GeoJSON registers of the synthetic city (layout: shared/spec/gemeinde.md).

Geometry is built in metres and written in WGS84 with 7 decimals (about 1 cm), which
keeps 100,000 parcels near 30 MB. The big layers (parcels, trees) are formatted from
numpy arrays directly: json.dumps per coordinate would dominate the run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from pyproj import Transformer
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry
from stadt_raster import BLOCK_H, STREET, Raster

CRS = "EPSG:25832"
_TO_WGS84 = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
DECIMALS = 7

Array = NDArray[np.float64]


def lonlat(xs: Array, ys: Array) -> tuple[Array, Array]:
    lon, lat = _TO_WGS84.transform(xs, ys)
    return np.asarray(lon), np.asarray(lat)


def lonlat_lists(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    lon, lat = lonlat(np.asarray(xs), np.asarray(ys))
    return lon.tolist(), lat.tolist()


def write_collection(path: Path, features: Iterable[str]) -> int:
    """A FeatureCollection from pre-serialised features; returns their number."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        for i, feat in enumerate(features):
            fh.write(("," if i else "") + feat + "\n")
            n += 1
        fh.write("]}\n")
    return n


def feature(geometry: str, props: dict[str, Any]) -> str:
    return (
        f'{{"type":"Feature","properties":{json.dumps(props, ensure_ascii=False)},'
        f'"geometry":{geometry}}}'
    )


def geometry_json(geom: BaseGeometry) -> str:
    """A metric shapely geometry as GeoJSON in WGS84."""

    def fn(xy: Array) -> Array:
        lon, lat = lonlat(xy[:, 0], xy[:, 1])
        return np.asarray(np.round(np.column_stack([lon, lat]), DECIMALS), dtype=np.float64)

    return json.dumps(mapping(shapely.transform(geom, fn)), separators=(",", ":"))


def rect_rings(rects: Array) -> list[str]:
    """GeoJSON Polygon strings for axis-parallel rectangles (n, 4), counter-clockwise."""
    xs = rects[:, [0, 2, 2, 0, 0]]
    ys = rects[:, [1, 1, 3, 3, 1]]
    lon, lat = lonlat(xs.ravel(), ys.ravel())
    fmt = f"[%.{DECIMALS}f,%.{DECIMALS}f]"
    pts = [fmt % p for p in zip(lon.tolist(), lat.tolist(), strict=True)]
    return [
        '{"type":"Polygon","coordinates":[[' + ",".join(pts[i : i + 5]) + "]]}"
        for i in range(0, len(pts), 5)
    ]


def points(xs: Array, ys: Array) -> list[str]:
    lon, lat = lonlat(xs, ys)
    fmt = f'{{"type":"Point","coordinates":[%.{DECIMALS}f,%.{DECIMALS}f]}}'
    return [fmt % p for p in zip(lon.tolist(), lat.tolist(), strict=True)]


def write_parcels(path: Path, rects: Array, kz: Sequence[str]) -> int:
    area = (rects[:, 2] - rects[:, 0]) * (rects[:, 3] - rects[:, 1])
    rings = rect_rings(rects)
    # Properties formatted by hand: the values are digits and underscores only.
    feats = (
        f'{{"type":"Feature","properties":{{"flurstueckskennzeichen":"{k}",'
        f'"gemarkung":"{k[2:6]}","flur":{int(k[6:9])},"flaeche_m2":{a:.1f}}},"geometry":{g}}}'
        for k, a, g in zip(kz, area.tolist(), rings, strict=True)
    )
    return write_collection(path, feats)


ARTEN = (
    "Stieleiche", "Rotbuche", "Winterlinde", "Bergahorn", "Spitzahorn", "Hainbuche",
    "Gemeine Esche", "Sandbirke", "Rosskastanie", "Vogelkirsche", "Walnuss", "Eibe",
)  # fmt: skip


def trees(raster: Raster, rects: Array, rng: np.random.Generator) -> tuple[Array, Array, Array]:
    """(x, y, parcel index or -1) of n/5 trees: four in five in back gardens, the rest
    along the east-west streets."""
    n = raster.n // 5
    in_parcels = n * 4 // 5
    idx = rng.integers(0, raster.n, in_parcels)
    r = rects[idx]
    south_row = ((idx % 20) // 10) == 0  # the south row's garden is its northern half
    xs = rng.uniform(r[:, 0] + 2, r[:, 2] - 2)
    mid = (r[:, 1] + r[:, 3]) / 2
    ys = np.where(south_row, rng.uniform(mid, r[:, 3] - 2), rng.uniform(r[:, 1] + 2, mid))
    m = n - in_parcels
    j = rng.integers(0, raster.nby + 1, m)
    sx = rng.uniform(raster.x0 + 5, raster.extent[2] - 5, m)
    sy = raster.y0 + j * (BLOCK_H + STREET) + STREET / 2 + rng.choice([-4.5, 4.5], m)
    return (
        np.concatenate([xs, sx]),
        np.concatenate([ys, sy]),
        np.concatenate([idx, np.full(m, -1)]).astype(np.float64),
    )


def write_trees(path: Path, x: Array, y: Array, rng: np.random.Generator) -> list[dict[str, Any]]:
    """The tree register; returns the properties (the bundles fell one of them)."""
    girth = np.clip(rng.lognormal(np.log(90), 0.5, len(x)), 15, 450).round()
    crown = np.clip(girth / 18 + rng.normal(0, 1.5, len(x)), 2, 25).round(1)
    art = rng.integers(0, len(ARTEN), len(x))
    props = [
        {
            "id": f"BAUM-{i + 1:06d}",
            "art": ARTEN[a],
            "stammumfang_cm": int(g),
            "kronendurchmesser_m": float(c),
        }
        for i, (a, g, c) in enumerate(
            zip(art.tolist(), girth.tolist(), crown.tolist(), strict=True)
        )
    ]
    write_collection(path, (feature(g, p) for g, p in zip(points(x, y), props, strict=True)))
    return props


NAMEN = ("Linden", "Eichen", "Birken", "Ahorn", "Kastanien", "Buchen", "Ulmen", "Eschen",
         "Erlen", "Weiden", "Rosen", "Tulpen", "Nelken", "Flieder", "Holunder", "Schiller",
         "Goethe", "Lessing", "Heine", "Kant", "Mozart", "Bach", "Beethoven", "Brahms")  # fmt: skip


def _name(i: int, suffix: str) -> str:
    base = NAMEN[i % len(NAMEN)] + suffix
    return base if i < len(NAMEN) else f"{base} {i // len(NAMEN) + 1}"


def write_roads(path: Path, raster: Raster, rng: np.random.Generator) -> int:
    """East-west streets in full length, north-south streets between them (no overlaps);
    one in a hundred is a private way (not dedicated: gewidmet false)."""
    x0, _, x1, _ = raster.extent
    rects = [
        (x0, raster.street_y(j), x1, raster.street_y(j) + STREET) for j in range(raster.nby + 1)
    ]
    names = [_name(j, "straße") for j in range(raster.nby + 1)]
    for i in range(raster.nbx + 1):
        for j in range(raster.nby):
            x = raster.street_x(i)
            rects.append((x, raster.street_y(j) + STREET, x + STREET, raster.street_y(j + 1)))
            names.append(_name(i, "weg"))
    gewidmet = rng.random(len(rects)) >= 0.01
    rings = rect_rings(np.asarray(rects))
    feats = (
        feature(g, {"id": f"STR-{k + 1:05d}", "name": n, "gewidmet": bool(w)})
        for k, (g, n, w) in enumerate(zip(rings, names, gewidmet.tolist(), strict=True))
    )
    return write_collection(path, feats)


def write_mains(path: Path, raster: Raster, x_end: float) -> int:
    """Water, sewer and power along every east-west street, up to `x_end`: east of it
    the land is not developed (Außenbereich), so parcels there are not connected."""
    feats = []
    for j in range(raster.nby + 1):
        y = raster.street_y(j) + STREET / 2
        for typ, dy in (("trinkwasser", -3.0), ("abwasser", 0.0), ("strom", 3.0)):
            lon, lat = lonlat(np.array([raster.x0, x_end]), np.array([y + dy, y + dy]))
            coords = ",".join(
                f"[{a:.{DECIMALS}f},{b:.{DECIMALS}f}]" for a, b in zip(lon, lat, strict=True)
            )
            geom = '{"type":"LineString","coordinates":[' + coords + "]}"
            feats.append(feature(geom, {"id": f"LTG-{typ[:2].upper()}-{j + 1:04d}", "typ": typ}))
    return write_collection(path, feats)
