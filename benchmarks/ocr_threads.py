"""OCR passes with tesseract's OpenMP threads limited or not (config `ocr.threads`).

    .venv/bin/python benchmarks/ocr_threads.py [--runs 5]

Reads one scanned A4 page of the examples (300 dpi) with `ocr.threads` = 1 and 0
(tesseract's default: all cores) and prints the median seconds of one pass and of three
passes run one after the other and side by side: the further readings of a hard page
are three passes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from rathaus.config import Ocr
from rathaus.intake.ocr import _erkenne

SEITE = (Path(__file__).resolve().parents[1] / "examples" / "antraege"
         / "BA-2026-0002-efh-gescannt" / "unterlagen" / "baubeschreibung.pdf")


def _seite() -> Image.Image:
    pdf = pdfium.PdfDocument(SEITE)
    try:
        bild: Image.Image = pdf[0].render(scale=300 / 72).to_pil().convert("L")
        return bild
    finally:
        pdf.close()


def _median(runs: int, f: Callable[[], object]) -> float:
    zeiten = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        zeiten.append(time.perf_counter() - t)
    return statistics.median(zeiten)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    bild = _seite()
    print(f"{'ocr.threads':<12} {'1 Lauf':>8} {'3 nacheinander':>15} {'3 parallel':>11}")
    for threads in (1, 0):
        cfg = Ocr(threads=threads)

        def einer(cfg: Ocr = cfg) -> None:
            _erkenne(bild, cfg, 0.0)

        def drei_parallel(einer: Callable[[], None] = einer) -> None:
            with ThreadPoolExecutor(3) as ex:
                for f in [ex.submit(einer) for _ in range(3)]:
                    f.result()

        def drei_nacheinander(einer: Callable[[], None] = einer) -> None:
            for _ in range(3):
                einer()

        eins = _median(args.runs, einer)
        seriell = _median(args.runs, drei_nacheinander)
        parallel = _median(args.runs, drei_parallel)
        print(f"{threads:<12} {eins:>7.2f}s {seriell:>14.2f}s {parallel:>10.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
