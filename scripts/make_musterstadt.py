#!/usr/bin/env python3
"""Generate "Musterstadt", the demo municipality data package (layout: shared/spec/gemeinde.md).

    python scripts/make_musterstadt.py [--out DIR] [--docs DIR]

Writes the registers to `--out` (default `examples/musterstadt/`) and the description with its
parcel table and overview map to `--docs` (default `docs/`: `musterstadt.md`, `musterstadt.png`).

The town is designed in a local metric frame (metres; local (0, 0) is E 360000 N 5650000 in
EPSG:25832, i.e. in NRW) and written as GeoJSON (RFC 7946, WGS84) and XPlanGML 6.0
(EPSG:25832). The parcel table, including a safe building window per parcel and the findings
to expect there, is computed from the same geometry and rules (shared/spec/regeln.md), so the
documentation cannot drift from the data. The output is deterministic: a test compares a fresh
run with the committed files byte for byte, and the script checks its own invariants (no
overlapping parcels, planned road access, a window for every parcel, …) before writing.

The generator itself lives in the package scripts/musterstadt/ (its __init__ lists the
modules); this file is only the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parent
if str(SCRIPTS) not in sys.path:  # loaded by file path (tests): make the package importable
    sys.path.append(str(SCRIPTS))

from musterstadt.bauplatz import regime_at  # noqa: E402
from musterstadt.befunde import assess, musterbau_for  # noqa: E402
from musterstadt.geo import geojson_geometry  # noqa: E402
from musterstadt.pruefung import DesignError  # noqa: E402
from musterstadt.stadt import build_town, generate  # noqa: E402
from shapely.ops import unary_union  # noqa: E402

# What tests/test_musterstadt_data.py uses of this module.
__all__ = ["DesignError", "assess", "build_town", "generate", "geojson_geometry", "main",
           "musterbau_for", "regime_at", "unary_union"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=REPO / "examples" / "musterstadt",
                        help="data folder to write (default: examples/musterstadt)")
    parser.add_argument("--docs", type=Path, default=REPO / "docs",
                        help="folder for musterstadt.md and musterstadt.png (default: docs)")
    args = parser.parse_args(argv)
    try:
        generate(args.out, args.docs)
    except DesignError as exc:
        print(f"make_musterstadt: design check failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
