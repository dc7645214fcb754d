"""Write a generated document corpus into a folder (files plus korpus.json).

    .venv/bin/python scripts/make_korpus.py training|heldout FOLDER

The training corpus is what scripts/train_dokumenttyp.py learns from; the held-out one
is what benchmarks/dokumente.py measures on. Both are generated, never committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from korpus.korpus import HELDOUT, TRAINING, erzeuge


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("training", "heldout"):
        print(__doc__, file=sys.stderr)
        return 2
    ziel = Path(argv[1])
    proben = erzeuge(ziel, "heldout", **HELDOUT) if argv[0] == "heldout" else erzeuge(
        ziel, "training", **TRAINING)
    print(f"{len(proben)} documents in {ziel}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
