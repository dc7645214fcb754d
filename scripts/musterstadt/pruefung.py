"""The design's self-checks: the promises the data and docs make, checked before writing."""

from __future__ import annotations

from fractions import Fraction

import shapely

from .befunde import Assessment, main_distance, missing_mains
from .modell import ANSCHLUSS_M, NEAR_M, STRASSE_TOL_M, UMGEBUNG_M, Town
from .szenarien import SCENARIOS, finding_codes


class DesignError(Exception):
    """The design broke one of its own promises; the message says which."""


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise DesignError(msg)


NO_ROAD = frozenset({"1-21", "1-56", "2-91"})
MISSING_MAINS = {"1-52": ["abwasser"], "1-53": ["abwasser"], "1-55": ["abwasser"],
                 "1-56": ["abwasser"], "1-57": ["abwasser", "strom"],
                 "2-91": ["trinkwasser", "abwasser", "strom"]}


def check_design(town: Town, assessed: dict[str, Assessment]) -> None:
    labels = {f"{p.flur}-{p.label}": p for p in town.parcels}
    check(len(labels) == len(town.parcels), "parcel labels are not unique")
    check(len({p.kennzeichen for p in town.parcels}) == len(town.parcels), "duplicate kennzeichen")
    for p in town.parcels:
        check(len(p.kennzeichen) == 20 and p.geom.is_valid, f"{p.kennzeichen}: bad id or shape")
        check(sum(Fraction(a) for _, a in p.owners) == 1, f"{p.kennzeichen}: shares != 1")
    check_overlaps(town)
    for lbl, p in labels.items():
        access = any(r["gewidmet"] and r.geom.distance(p.geom) <= STRASSE_TOL_M
                     for r in town.strassen)
        check(access != (lbl in NO_ROAD), f"{lbl}: road access not as designed")
        check(missing_mains(town, p.geom) == MISSING_MAINS.get(lbl, []),
              f"{lbl}: mains not as designed: {missing_mains(town, p.geom)}")
        for typ in ("trinkwasser", "abwasser", "strom"):
            d = main_distance(town, p.geom, typ)
            check(abs(d - ANSCHLUSS_M) > 1.0, f"{lbl}: {typ} main at a borderline {d:.2f} m")
        a = assessed[p.kennzeichen]
        check(a.window is not None, f"{lbl}: no building window")
        check(bool(a.felled) == (lbl == "1-34"), f"{lbl}: felling not as designed")
        check_house_distances(town, lbl, a)
    check_wa_clear_of_monuments(town)
    for s in SCENARIOS:
        for lbl in s.parcels:
            codes = finding_codes(assessed[labels[lbl].kennzeichen].findings)
            check(s.befunde is None or codes == s.befunde,
                  f"scenario {s.titel!r}: {lbl} gives {sorted(codes)}")


def check_overlaps(town: Town) -> None:
    tree = shapely.STRtree([p.geom for p in town.parcels])
    for i, p in enumerate(town.parcels):
        for j in tree.query(p.geom):
            if j > i:
                check(p.geom.intersection(town.parcels[j].geom).area < 1e-6,
                      f"parcels {p.kennzeichen} and {town.parcels[j].kennzeichen} overlap")
        for r in town.strassen:
            check(p.geom.intersection(r.geom).area < 1e-6, f"{p.kennzeichen} overlaps {r.id}")


def check_house_distances(town: Town, lbl: str, a: Assessment) -> None:
    # Distances near a threshold would make the table's findings depend on rounding.
    assert a.house is not None
    for m in town.denkmal:
        d = float(m.geom.distance(a.house))
        check(abs(d - UMGEBUNG_M) > 0.5, f"{lbl}: {m.id} at a borderline {d:.2f} m")


def check_wa_clear_of_monuments(town: Town) -> None:
    wa = town.plans[0].geltungsbereich
    for m in town.denkmal:
        if m["art"] in ("baudenkmal", "ensemble"):
            check(m.geom.distance(wa) > NEAR_M, f"{m.id} is within {NEAR_M} m of the WA plan")
