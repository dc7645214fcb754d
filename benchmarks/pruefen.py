"""Benchmark of the pre-check: median seconds per bundle, text PDFs vs scans.

    .venv/bin/python benchmarks/pruefen.py [--runs 3]
    .venv/bin/python benchmarks/pruefen.py --stadt 100000   # synthetic city of N parcels

Prints figures; asserts nothing (machines are shared and noisy: read medians, ratios).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rathaus.intake.bundle import lade_vorgang  # noqa: E402
from rathaus.pruefung import pruefe  # noqa: E402
from rathaus.registers.base import Registers  # noqa: E402
from rathaus.registers.folder import load_registers  # noqa: E402

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench_bundles(bundles: list[Path], registers: Registers, runs: int) -> dict[str, list[float]]:
    """Median of `runs` per bundle (read + OCR + all agents), grouped by text vs scan."""
    groups: dict[str, list[float]] = {"text": [], "scan": []}
    for bundle in bundles:
        times, scan = [], False
        for _ in range(runs):
            dt, vorgang = timed(lambda b=bundle: lade_vorgang(b))  # type: ignore[misc]
            dt2, _ = timed(lambda v=vorgang: pruefe(v, registers))  # type: ignore[misc]
            times.append(dt + dt2)
            scan = any(d.ocr for d in vorgang.dokumente)
        groups["scan" if scan else "text"].append(statistics.median(times))
    return groups


def report(title: str, load_s: float, groups: dict[str, list[float]]) -> float | None:
    print(f"\n{title}")
    print(f"  registers loaded in {load_s:.2f} s")
    overall = [t for ts in groups.values() for t in ts]
    for name, ts in groups.items():
        if ts:
            print(f"  {name:5s}: {len(ts):3d} bundles, median {statistics.median(ts):.3f} s "
                  f"per bundle (min {min(ts):.3f}, max {max(ts):.3f})")
    return statistics.median(groups["text"]) if groups["text"] else (
        statistics.median(overall) if overall else None)


def musterstadt(runs: int) -> float | None:
    load_s, registers = timed(lambda: load_registers(ROOT / "examples/musterstadt"))
    bundles = sorted(p for p in (ROOT / "examples/antraege").iterdir() if p.is_dir())
    groups = bench_bundles(bundles, registers, runs)
    return report(f"Musterstadt ({len(registers.flurstuecke)} parcels)", load_s, groups)


def stadt(n: int, runs: int) -> float | None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from stadt import make_stadt

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stadt"
        gen_s, _ = timed(lambda: make_stadt(out, n))
        print(f"\nsynthetic city of {n} parcels generated in {gen_s:.1f} s")
        load_s, registers = timed(lambda: load_registers(out))
        bundles = sorted(p.parent for p in out.rglob("antrag.json"))
        groups = bench_bundles(bundles, registers, runs)
        return report(f"synthetic city ({len(registers.flurstuecke)} parcels)", load_s, groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs per bundle (median)")
    parser.add_argument("--stadt", type=int, default=0, metavar="N",
                        help="also time a synthetic city of N parcels")
    args = parser.parse_args()
    base = musterstadt(args.runs)
    if args.stadt:
        big = stadt(args.stadt, args.runs)
        if base and big:
            print(f"\nratio synthetic city / Musterstadt (median per text bundle): "
                  f"{big / base:.2f}×")


if __name__ == "__main__":
    main()
