"""The five sample applications of the synthetic city, placed on its parcels.

Each case also fixes who owns its parcels, so that what the pre-check finds follows
from the case and not from the random owner register: a house that keeps to its WA
plan, flats in the § 34 area on a jointly owned parcel (consent missing), a garage
that fells a protected tree (papers missing), a hall over two GE parcels, and a house
over the WR plan's GRZ with an exemption asked for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from stadt_antraege import BASIS_UNTERLAGEN, Fall
from stadt_raster import COLS, PER_BLOCK, Rect
from stadt_xplan import Nutzung

Baum = tuple[float, float, int, dict[str, Any]]  # x, y, parcel index (-1: street), props
Eigentum = dict[str, list[dict[str, str]]]
Json = dict[str, Any]
FIRMA = "Gewerbepark Musterstadt GmbH"
ANSCHLUSS = {"trinkwasser": True, "abwasser": True, "strom": True}


@dataclass(frozen=True)
class Vorlage:
    antrag: Fall
    eigentum: Eigentum


@dataclass
class Lage:
    """The parcels the cases may use; each parcel is handed out once."""

    rects: NDArray[np.float64]
    kz: Sequence[str]
    used: set[int] = field(default_factory=set)

    def breiteste(self, block: int, row: int) -> tuple[str, Rect]:
        """The widest free parcel of a block row (0 = south row, facing south): room
        for a house with its Abstandsflächen whatever the jitter made of the row."""
        first = block * PER_BLOCK + row * COLS
        free = [p for p in range(first, first + COLS) if p not in self.used]
        return self.nimm(max(free, key=lambda p: self.rects[p, 2] - self.rects[p, 0]))

    def nimm(self, p: int) -> tuple[str, Rect]:
        self.used.add(p)
        x0, y0, x1, y1 = self.rects[p].tolist()
        return self.kz[p], (x0, y0, x1, y1)


def _allein(name: str, *kz: str) -> Eigentum:
    return {k: [{"name": name, "anteil": "1/1"}] for k in kz}


def _gebaeude(
    bez: str, geschosse: int, flaeche: float, wand: float, einheiten: int, steildach: bool = True
) -> Json:
    """A building with a pitched roof (35°, ridge 3.5 m above the wall) or a flat one."""
    return {
        "bezeichnung": bez,
        "wandhoehe_m": wand,
        "dachneigung_grad": 35 if steildach else 0,
        "firsthoehe_m": round(wand + 3.5, 1) if steildach else wand,
        "vollgeschosse": geschosse,
        "geschosse_oberirdisch": geschosse,
        "hoehe_gk_m": round(wand - 2.8, 1),  # floor of the top storey (§ 2 Abs. 3 MBO)
        "geschossflaeche_m2": round(flaeche, 1),
        "nutzungseinheiten": einheiten,
        "freistehend": True,
    }


def _vorhaben(bez: str, art: str, nutzung: str, gk: int, we: int, **extra: Any) -> Json:
    return {
        "bezeichnung": bez,
        "art": art,
        "nutzungen": [nutzung],
        "gebaeudeklasse": gk,
        "wohneinheiten": we,
        "stellplaetze": we,
        "erschliessung": ANSCHLUSS,
        **extra,
    }


def _haus_im_wa(lage: Lage, block: int) -> Vorlage:
    k, (x0, y0, x1, y1) = lage.breiteste(block, 0)
    cx = (x0 + x1) / 2
    vorhaben = _vorhaben(
        "Neubau eines Einfamilienhauses",
        "neubau",
        "wohnen",
        1,
        1,
        nebenanlagen_flaeche_m2=36.0,
        gebaeude=_gebaeude("Wohnhaus", 2, 240.0, 6.2, 1),
    )
    fall = Fall(
        "BA-2026-0001",
        "baugenehmigung",
        "Erika Mustermann",
        [k],
        (x0, y0, x1, y1),
        (cx - 5, y0 + 6, cx + 5, y0 + 18),
        vorhaben,
        BASIS_UNTERLAGEN,
    )
    return Vorlage(fall, _allein("Erika Mustermann", k))


def _mehrfamilienhaus_34(lage: Lage, block: int) -> Vorlage:
    k, (x0, y0, x1, y1) = lage.breiteste(block, 0)
    w = x1 - x0 - 10  # 5 m to each side: 0.4 × (9.4 m wall + a third of the roof)
    vorhaben = _vorhaben(
        "Neubau eines Mehrfamilienhauses mit 6 Wohnungen",
        "neubau",
        "wohnen",
        3,
        6,
        gebaeude=_gebaeude("Mehrfamilienhaus", 3, 3 * w * 12, 9.4, 6),
    )
    fall = Fall(
        "BA-2026-0002",
        "baugenehmigung",
        "Karl Berger",
        [k],
        (x0, y0, x1, y1),
        (x0 + 5, y0 + 5, x1 - 5, y0 + 17),
        vorhaben,
        BASIS_UNTERLAGEN,
    )
    halb = [{"name": "Karl Berger", "anteil": "1/2"}, {"name": "Maria Berger", "anteil": "1/2"}]
    return Vorlage(fall, {k: halb})


def _garage_am_baum(
    lage: Lage, baeume: Sequence[Baum], schwelle_cm: float, plan_blocks: set[int]
) -> Vorlage:
    """On the first parcel of the § 34 area with a tree the bylaw protects."""
    x, y, p, props = next(
        b
        for b in baeume
        if b[2] >= 0
        and b[2] not in lage.used
        and b[2] // PER_BLOCK not in plan_blocks
        and b[3]["stammumfang_cm"] >= schwelle_cm
    )
    k, (x0, y0, x1, y1) = lage.nimm(p)
    # Next to the tree, but 3 m (the minimum Abstandsfläche) clear of the boundaries.
    gx, gy = min(max(x, x0 + 4.5), x1 - 4.5), min(max(y, y0 + 6), y1 - 6)
    vorhaben = _vorhaben(
        "Anbau einer Garage",
        "anbau",
        "garage_stellplatz",
        1,
        0,
        baumfaellungen=[props["id"]],
        gebaeude=_gebaeude("Garage", 1, 18.0, 2.8, 0, steildach=False),
    )
    fall = Fall(
        "BA-2026-0003",
        "vereinfachtes_verfahren",
        "Jonas Fischer",
        [k],
        (x0, y0, x1, y1),
        (gx - 1.5, gy - 3, gx + 1.5, gy + 3),
        vorhaben,
        BASIS_UNTERLAGEN[:5],
    )
    return Vorlage(fall, _allein("Jonas Fischer", k))


def _halle_im_ge(lage: Lage, block: int, baeume: Sequence[Baum]) -> Vorlage:
    """Two neighbouring parcels of the north row (the street is to the north), the first
    pair without a tree: the hall covers most of both."""
    mit_baum = {b[2] for b in baeume}
    first = block * PER_BLOCK + COLS
    p = next(
        (q for q in range(first, first + COLS - 1, 2) if {q, q + 1}.isdisjoint(mit_baum)), first
    )
    (k1, r1), (k2, r2) = lage.nimm(p), lage.nimm(p + 1)
    x0, x1, y1 = r1[0] + 3, r2[2] - 3, r1[3]
    flaeche = round((x1 - x0) * 22, 1)
    halle = _gebaeude("Halle", 1, flaeche, 7.5, 1, steildach=False)
    vorhaben = _vorhaben(
        "Neubau einer Lager- und Produktionshalle",
        "neubau",
        "gewerbe",
        3,
        0,
        gewerbeflaeche_m2=flaeche,
        gebaeude=halle,
    )
    vorhaben["stellplaetze"] = math.ceil(flaeche / 100 * 2.5)  # the bylaw's 2.5 per 100 m²
    fall = Fall(
        "BA-2026-0004",
        "baugenehmigung",
        FIRMA,
        [k1, k2],
        (r1[0], r1[1], r2[2], y1),
        (x0, y1 - 28, x1, y1 - 6),
        vorhaben,
        (*BASIS_UNTERLAGEN, "betriebsbeschreibung"),
    )
    return Vorlage(fall, _allein(FIRMA, k1, k2))


def _haus_ueber_grz(lage: Lage, block: int) -> Vorlage:
    k, (x0, y0, x1, y1) = lage.breiteste(block, 0)
    w = min(16.0, x1 - x0 - 7)
    cx = (x0 + x1) / 2
    vorhaben = _vorhaben(
        "Neubau eines Einfamilienhauses mit Einliegerwohnung",
        "neubau",
        "wohnen",
        3,
        2,
        nebenanlagen_flaeche_m2=60.0,
        gebaeude=_gebaeude("Wohnhaus", 2, 2 * w * 14, 6.4, 2),
    )
    befreiung = {"festsetzung": "GRZ", "begruendung": "Barrierefreies Wohnen im Erdgeschoss"}
    fall = Fall(
        "BA-2026-0005",
        "baugenehmigung",
        "Paul Richter",
        [k],
        (x0, y0, x1, y1),
        (cx - w / 2, y0 + 5.5, cx + w / 2, y0 + 19.5),
        vorhaben,
        (*BASIS_UNTERLAGEN, "befreiungsantrag"),
        (befreiung,),
    )
    return Vorlage(fall, _allein("Paul Richter", k))


def faelle(
    rects: NDArray[np.float64],
    kz: Sequence[str],
    plans: Sequence[tuple[tuple[int, ...], Nutzung]],
    frei: int,
    baeume: Sequence[Baum],
    schwelle_cm: float,
) -> list[Vorlage]:
    """The five cases; `frei` is a developed block outside every B-Plan."""

    def plan_block(besondere: str) -> int:
        """First block of the plan with this use (in small cities: of the first plan)."""
        return next((b[0] for b, n in plans if n.besondere == besondere), plans[0][0][0])

    lage = Lage(rects, kz)
    in_plan = {b for blocks, _ in plans for b in blocks}
    return [
        _haus_im_wa(lage, plan_block("1200")),
        _mehrfamilienhaus_34(lage, frei),
        _garage_am_baum(lage, baeume, schwelle_cm, in_plan),
        _halle_im_ge(lage, plan_block("1700"), baeume),
        _haus_ueber_grz(lage, plan_block("1100")),
    ]
