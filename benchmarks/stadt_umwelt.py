"""The small layers of the synthetic city: monuments, protected areas, public green and
water, and the § 34 area (Innenbereich). Few features each, so plain shapely."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from shapely import box, unary_union
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from stadt_layers import feature, geometry_json, write_collection
from stadt_raster import BLOCK_H, PER_BLOCK, STREET, Raster, Rect

DENKMAL_NAMEN = ("Wohnhaus", "Hofanlage", "Kapelle", "Villa", "Fachwerkhaus", "Schule",
                 "Wegekreuz", "Speicher", "Pfarrhaus", "Brunnen")  # fmt: skip


def write_monuments(
    path: Path, raster: Raster, rects: NDArray[np.float64], rng: np.random.Generator, ensemble: int
) -> int:
    """One monument per 500 parcels (at least three): listed buildings on parcels,
    as footprints or as points, some archaeological sites, and block `ensemble`."""
    n = max(3, raster.n // 500)
    idx = rng.choice(raster.n, n, replace=False)
    feats = []
    for k, p in enumerate(idx.tolist()):
        x0, y0, x1, y1 = rects[p]
        front = y0 + 12 if (p % PER_BLOCK) < 10 else y1 - 12  # south row faces south
        cx, cy = (x0 + x1) / 2, front
        kind = ("baudenkmal", "baudenkmal", "baudenkmal", "bodendenkmal")[k % 4]
        geom: BaseGeometry
        if kind == "bodendenkmal":
            geom = Point(cx, cy).buffer(15, quad_segs=4)
        elif k % 3 == 0:
            geom = Point(cx, cy)
        else:
            geom = box(cx - 5, cy - 6, cx + 5, cy + 6)
        name = f"{DENKMAL_NAMEN[k % len(DENKMAL_NAMEN)]} Nr. {k + 1}"
        props = {"id": f"DE-{k + 1:04d}", "bezeichnung": name, "art": kind}
        feats.append(feature(geometry_json(geom), props))
    props = {"id": "DE-ENS-1", "bezeichnung": "Ensemble Altstadt", "art": "ensemble"}
    feats.append(feature(geometry_json(box(*raster.block_rect(ensemble))), props))
    return write_collection(path, feats)


def write_protected(
    path: Path, raster: Raster, rects: NDArray[np.float64], rng: np.random.Generator
) -> int:
    """A nature reserve and an FFH area west of the city, a landscape reserve reaching
    into the first block column, and small biotopes in back gardens."""
    x0, y0, _, y1 = raster.extent
    areas: list[tuple[str, str, str, BaseGeometry]] = [
        (
            "NSG-1",
            "Naturschutzgebiet Bruchwiesen",
            "NSG",
            box(x0 - 900, y0, x0 - 150, (y0 + y1) / 2),
        ),
        ("FFH-1", "FFH-Gebiet Bachaue", "FFH", box(x0 - 700, y0 - 200, x0 - 250, y0 + 400)),
        ("LSG-1", "Landschaftsschutzgebiet Stadtrand", "LSG", box(x0 - 400, y0, x0 + 60, y1)),
    ]
    for k, p in enumerate(rng.choice(raster.n, min(3, raster.n), replace=False).tolist()):
        bx0, by0, bx1, by1 = rects[p]
        rear = by1 - 12 if (p % PER_BLOCK) < 10 else by0 + 2  # back garden of the parcel
        areas.append(
            (
                f"BT-{k + 1}",
                f"Gesetzlich geschütztes Biotop {k + 1}",
                "biotop",
                box(bx0 + 3, rear, bx1 - 3, rear + 10),
            )
        )
    feats = (feature(geometry_json(g), {"id": i, "name": n, "typ": t}) for i, n, t, g in areas)
    return write_collection(path, feats)


def write_public(path: Path, raster: Raster) -> int:
    """A park and a river south of the city."""
    x0, y0, x1, _ = raster.extent
    park = box(x0, y0 - 260, x0 + (x1 - x0) / 3, y0 - 40)
    river = box(x0 - 1500, y0 - 520, x1 + 1500, y0 - 400)
    feats = [
        feature(geometry_json(park), {"id": "OEF-1", "typ": "gruen", "name": "Stadtpark"}),
        feature(geometry_json(river), {"id": "OEF-2", "typ": "wasser", "name": "Emscherbach"}),
    ]
    return write_collection(path, feats)


def write_innenbereich(path: Path, raster: Raster, x_end: float, plaene: list[Rect]) -> int:
    """The built-up blocks (to the middle of their streets) west of `x_end`, less the
    areas that B-Plans cover: there § 30 applies, not § 34."""
    half = STREET / 2
    last = raster.blocks - 1
    full_rows = raster.blocks // raster.nbx
    parts = []
    if full_rows:
        parts.append(
            box(raster.x0 + half, raster.y0 + half, x_end, raster.street_y(full_rows) + half)
        )
    if raster.blocks % raster.nbx:
        x_last = raster.block_rect(last)[2]
        y_row = raster.street_y(full_rows)
        parts.append(
            box(
                raster.x0 + half,
                y_row + half,
                min(x_last + half, x_end),
                y_row + STREET + BLOCK_H + half,
            )
        )
    built = unary_union(parts).difference(unary_union([box(*r) for r in plaene]))
    props = {"id": "IB-1", "name": "Im Zusammenhang bebauter Ortsteil"}
    return write_collection(path, [feature(geometry_json(built), props)])
