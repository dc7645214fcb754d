"""A synthetic municipality of any size, for benchmarks (layout: shared/spec/gemeinde.md).

    .venv/bin/python benchmarks/stadt.py --parcels 100000 --out /tmp/stadt

Writes gemeinde.toml, N parcels in a street grid with owners, a handful of XPlanGML 6.0
B-Plans over blocks of parcels, about N/5 trees, roads, utility mains, monuments,
protected areas, public areas, the § 34 area, and 5 application bundles on parcels of
the city (antraege/*/antrag.json with small PDFs). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from stadt_antraege import write_bundle
from stadt_faelle import faelle
from stadt_layers import (
    lonlat_lists,
    trees,
    write_mains,
    write_parcels,
    write_roads,
    write_trees,
)
from stadt_raster import BLOCK_W, PER_BLOCK, STREET, Raster, Rect, kennzeichen
from stadt_umwelt import write_innenbereich, write_monuments, write_protected, write_public
from stadt_xplan import Nutzung, Planentwurf, bplan_xml

NAME, AGS = "Musterstadt", "05999999"
BAUMSCHUTZ_CM = 80  # the tree bylaw's girth, as in gemeinde.toml below
GEMEINDE_TOML = f"""name = "{NAME}"
ags = "{AGS}"
land = "NW"
crs = "EPSG:25832"

[abstandsflaechen]
faktor = 0.4
faktor_gewerbe = 0.2
minimum_m = 3.0
gk12_wohngebaeude_m = 3.0

[denkmalschutz]
umgebung_m = 50.0

[baumschutz]
stammumfang_min_cm = {BAUMSCHUTZ_CM}
wurzelbereich_zuschlag_m = 1.5

[erschliessung]
anschluss_max_m = 50.0

[stellplaetze]
je_wohneinheit = 1.0
je_100m2_gewerbe = 2.5
"""

# The plans' uses in order: WA, WR (given as maxima), MI, GE, WA whose überbaubare
# Flächen fix their own Z (which then takes precedence).
NUTZUNGEN = (
    Nutzung("1000", "1200", grz=0.4, gfz=0.8, z=2, bauweise="1000"),
    Nutzung("1000", "1100", grz=0.3, gfz=0.6, z=2, bauweise="1000", maxima=True),
    Nutzung("2000", "1500", grz=0.6, gfz=1.2, z=3, bauweise="2000"),
    Nutzung("3000", "1700", grz=0.8, gfz=2.4, z=None, bauweise="1000"),
    Nutzung("1000", "1200", grz=0.4, gfz=1.0, z=2, bauweise="1000"),
)
PLANNAMEN = ("Am Lindenhof", "Rosengarten", "Marktquartier", "Gewerbepark Süd", "Kirchfeld")
VORNAMEN = ("Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes", "Ida",
            "Jonas", "Karla", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rosa", "Tim")  # fmt: skip
NACHNAMEN = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
             "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf")  # fmt: skip


@dataclass(frozen=True)
class Plan:
    entwurf: Planentwurf
    blocks: tuple[int, ...]
    nutzung: Nutzung


def make_stadt(out: Path, n_parcels: int, seed: int = 0) -> None:
    """Write a complete municipality data folder with `n_parcels` parcels to `out`."""
    raster = Raster.fuer(n_parcels)
    if raster.full_blocks < 2:
        raise ValueError(f"a city needs at least {2 * PER_BLOCK} parcels (two blocks)")
    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "gemeinde.toml").write_text(GEMEINDE_TOML, encoding="utf-8")
    rects = raster.parcels(rng)
    kz = kennzeichen(np.arange(n_parcels))
    write_parcels(out / "alkis/flurstuecke.geojson", rects, kz)
    owners = _owners(kz, rng)

    x_end = _x_end(raster)
    plans = _plans(raster, rng, x_end)
    (out / "bplan").mkdir(exist_ok=True)
    for plan in plans:
        xml = bplan_xml(plan.entwurf, AGS, NAME)
        (out / "bplan" / f"{plan.entwurf.nummer}.gml").write_text(xml, encoding="utf-8")

    tx, ty, tp = trees(raster, rects, rng)
    tree_props = write_trees(out / "natur/baeume.geojson", tx, ty, rng)
    write_roads(out / "erschliessung/strassen.geojson", raster, rng)
    write_mains(out / "erschliessung/leitungen.geojson", raster, x_end)
    frei = _freie_bloecke(raster, plans, x_end)
    write_monuments(out / "denkmal/denkmalliste.geojson", raster, rects, rng, frei[-1])
    write_protected(out / "natur/schutzgebiete.geojson", raster, rects, rng)
    write_public(out / "flaechen/oeffentlich.geojson", raster)
    geltung = [p.entwurf.geltungsbereich for p in plans]
    write_innenbereich(out / "innenbereich.geojson", raster, x_end, geltung)

    baeume = [(x, y, int(p), props) for x, y, p, props in zip(tx, ty, tp, tree_props, strict=True)]
    nutzungen = [(p.blocks, p.nutzung) for p in plans]
    for fall in faelle(rects, kz, nutzungen, frei[0], baeume, BAUMSCHUTZ_CM):
        # The cases decide who owns their parcels (sole owner, or two, or a company).
        owners.update(fall.eigentum)
        write_bundle(out / "antraege" / fall.antrag.id, fall.antrag, lonlat_lists)
    (out / "grundbuch").mkdir(exist_ok=True)
    text = json.dumps(owners, ensure_ascii=False, separators=(",", ":"))
    (out / "grundbuch/eigentum.json").write_text(text, encoding="utf-8")


def _owners(kz: list[str], rng: np.random.Generator) -> dict[str, list[dict[str, str]]]:
    """One owner per parcel, two (half each) on about one parcel in seven."""
    first = rng.integers(0, len(VORNAMEN), (len(kz), 2)).tolist()
    last = rng.integers(0, len(NACHNAMEN), len(kz)).tolist()
    shared = (rng.random(len(kz)) < 1 / 7).tolist()
    out: dict[str, list[dict[str, str]]] = {}
    for k, (f1, f2), ln, two in zip(kz, first, last, shared, strict=True):
        a = f"{VORNAMEN[f1]} {NACHNAMEN[ln]}"
        if two:
            b = f"{VORNAMEN[f2]} {NACHNAMEN[ln]}"
            out[k] = [{"name": a, "anteil": "1/2"}, {"name": b, "anteil": "1/2"}]
        else:
            out[k] = [{"name": a, "anteil": "1/1"}]
    return out


def _freie_bloecke(raster: Raster, plans: list[Plan], x_end: float) -> list[int]:
    """Full, developed blocks outside every B-Plan (the § 34 area)."""
    in_plan = {b for p in plans for b in p.blocks}
    cols = _developed_cols(raster, x_end)
    return [b for b in range(raster.full_blocks) if b not in in_plan and b % raster.nbx < cols]


def _developed_cols(raster: Raster, x_end: float) -> int:
    return int((x_end - raster.x0) // (BLOCK_W + STREET))


def _x_end(raster: Raster) -> float:
    """Middle of the street east of which the land is undeveloped (no mains, no § 34):
    the last twentieth of block columns in cities wide enough to spare them."""
    undeveloped = raster.nbx // 20
    return raster.street_x(raster.nbx - undeveloped) + STREET / 2


def _plans(raster: Raster, rng: np.random.Generator, x_end: float) -> list[Plan]:
    """Up to five B-Plans over squares of full blocks (3 × 3 in larger cities), placed
    at random without overlap, covering at most half of the developed blocks."""
    side = 3 if raster.full_blocks >= 180 else 1
    cols = _developed_cols(raster, x_end)
    developed = sum(1 for b in range(raster.full_blocks) if b % raster.nbx < cols)
    wanted = min(len(NUTZUNGEN), developed // 2 // side**2)
    anchors = [
        (bi, bj)
        for bj in range(raster.nby - side + 1)
        for bi in range(cols - side + 1)
        if (bj + side - 1) * raster.nbx + bi + side - 1 < raster.full_blocks
    ]
    taken: set[int] = set()
    plans: list[Plan] = []
    for k in rng.permutation(len(anchors)).tolist():
        bi, bj = anchors[k]
        blocks = tuple((bj + dj) * raster.nbx + bi + di for dj in range(side) for di in range(side))
        if taken.isdisjoint(blocks):
            taken.update(blocks)
            plans.append(_plan(raster, len(plans), blocks))
        if len(plans) == wanted:
            break
    return plans


def _plan(raster: Raster, k: int, blocks: tuple[int, ...]) -> Plan:
    nutzung = NUTZUNGEN[k]
    half = STREET / 2
    first, last = raster.block_rect(blocks[0]), raster.block_rect(blocks[-1])
    geltung = (first[0] - half, first[1] - half, last[2] + half, last[3] + half)
    depth = 25.0 if nutzung.besondere == "1700" else 15.0
    ueberbaubar: list[tuple[Rect, int | None]] = []
    for b in blocks:
        x0, y0, x1, y1 = raster.block_rect(b)
        south_z = 3 if k == 4 else None  # the fifth plan: Z on the überbaubare Fläche
        ueberbaubar.append(((x0 + 3, y0 + 5, x1 - 3, y0 + 5 + depth), south_z))
        ueberbaubar.append(((x0 + 3, y1 - 5 - depth, x1 - 3, y1 - 5), None))
    entwurf = Planentwurf(
        nummer=f"BP-{k + 1:02d}",
        name=f"Bebauungsplan Nr. {k + 1} „{PLANNAMEN[k]}“",
        geltungsbereich=geltung,
        baugebiete=[(raster.block_rect(b), nutzung) for b in blocks],
        ueberbaubar=ueberbaubar,
    )
    return Plan(entwurf, blocks, nutzung)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parcels", type=int, required=True, metavar="N")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    make_stadt(args.out, args.parcels, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"{args.out}: {args.parcels} parcels, {size / 1e6:.1f} MB, "
        f"{time.perf_counter() - start:.1f} s"
    )


if __name__ == "__main__":
    main()
