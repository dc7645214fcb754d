"""OCR with Tesseract (German): scanned pages and photos to text, with a confidence."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import pytesseract
from PIL import Image, ImageFilter

from rathaus.config import Ocr

_ZIFFER = re.compile(r"\d")
_ROEMISCH = re.compile(r"[IVXl|]{1,5}")
_EINHEIT = re.compile(r"\(?(?:m|qm|cm|mm)[²³23][.,;:)]*", re.I)  # "m2." is a unit
_RAND = re.compile(r"^[^\dIVXl|]+|[^\dIVXl|]+$")  # signs and units around a number


class _TesseractUmgebung(Mapping[str, str]):
    """The environment of the tesseract processes: this process's, with OpenMP held to
    `OMP_THREAD_LIMIT` threads. Tesseract's OpenMP threads spin on a shared 2-core
    machine: one pass of an A4 page took 3.6 s with them and 0.9 s without
    (benchmarks/ocr_threads.py). Only the child processes get it: the embedded
    model's OpenMP in this process keeps its threads."""

    def __init__(self, threads: int) -> None:
        self.zusatz = {"OMP_THREAD_LIMIT": str(threads)}

    def __getitem__(self, key: str) -> str:
        return self.zusatz[key] if key in self.zusatz else os.environ[key]

    def __iter__(self) -> Iterator[str]:
        return iter({**os.environ, **self.zusatz})

    def __len__(self) -> int:
        return len({**os.environ, **self.zusatz})


def tesseract_threads(threads: int) -> None:
    """Run tesseract with at most `threads` OpenMP threads (0: its own default)."""
    ziel: Mapping[str, str] = _TesseractUmgebung(threads) if threads > 0 else os.environ
    pytesseract.pytesseract.environ = ziel


class OcrUnavailable(RuntimeError):
    """Tesseract or its German model is not installed (see README: setup)."""


@dataclass(frozen=True)
class OcrErgebnis:
    text: str
    konfidenz: float | None  # mean word confidence 0–100; None when no word was found
    fotoanteil: float = 0.0  # share of mid-tone pixels: high for photographs (layout cue)
    abgebrochen: bool = False  # Tesseract ran past `ocr.timeout_s`
    # numbers (digit groups, Roman numerals) read with a confidence under
    # `ocr.min_konfidenz_zahl` and not confirmed by a second reading: a figure made of
    # them is not trusted
    unsicher: frozenset[str] = frozenset()
    sicher: frozenset[str] = frozenset()  # numbers read at that confidence or better
    gewicht: int = 0  # letters read at that confidence or better: how much was read
    # the other readings of a hard page (text, its unsure numbers): the figure reader
    # takes a figure from them only where they agree and the main reading has none
    weitere: tuple[tuple[str, frozenset[str]], ...] = ()


def _hell(grey: Image.Image) -> Image.Image:
    """Grey paper and faint speckles to white: Tesseract's layout analysis then keeps
    lines it would otherwise drop as noise."""
    return grey.point(lambda x: 255 if x > _PAPIER else x)


_PAPIER = 170
# How a hard page is prepared for a further reading (config `ocr.varianten`)
VARIANTEN: dict[str, Callable[[Image.Image], Image.Image]] = {
    "hell": _hell,
    "median5": lambda g: g.filter(ImageFilter.MedianFilter(5)),
    "median3_hell": lambda g: _hell(g.filter(ImageFilter.MedianFilter(3))),
}


def ocr_bild(bild: Image.Image, cfg: Ocr, zahlen_zaehlen: bool = True) -> OcrErgebnis:
    """Recognise one page image. Greyscale first: it is what Tesseract works on anyway;
    a page over `cfg.max_pixels` is scaled down first (time and memory stay bounded).

    A page read with a confidence under `cfg.entrauschen_unter`, or with numbers read
    unsurely, is read again in the ways `cfg.varianten` names (speckles and grey paper
    removed). The reading with more surely read letters is the text; the others stay
    as further readings. A number read unsurely counts where another reading read the
    same number surely, or `cfg.einig_lesungen` other readings read it alike. A clean
    page is read once if its numbers are sure or do not count (`zahlen_zaehlen`: only a
    document whose figures are read); so is a page with no word at all."""
    grey = bild.convert("L")
    anteil = fotoanteil(grey)
    w, h = grey.size
    if w * h > cfg.max_pixels:
        f = (cfg.max_pixels / (w * h)) ** 0.5
        grey = grey.resize((max(1, int(w * f)), max(1, int(h * f))))
    erste = _erkenne(grey, cfg, anteil)
    sicher_genug = (erste.konfidenz or 0) >= cfg.entrauschen_unter
    if erste.abgebrochen or erste.konfidenz is None or (
            sicher_genug and not (zahlen_zaehlen and erste.unsicher)):
        return erste
    with ThreadPoolExecutor(max_workers=max(1, len(cfg.varianten))) as pool:  # 3 processes
        lesungen = [erste, *pool.map(lambda v: _erkenne(VARIANTEN[v](grey), cfg, anteil),
                                     cfg.varianten)]
    beste = max(lesungen, key=lambda r: r.gewicht)

    def ohne_bestaetigte(r: OcrErgebnis) -> frozenset[str]:
        andere = [o for o in lesungen if o is not r]
        sicher = frozenset().union(*(o.sicher for o in andere))
        einig = {z for z in r.unsicher
                 if sum(z in o.sicher | o.unsicher for o in andere) >= cfg.einig_lesungen}
        return r.unsicher - sicher - einig

    return replace(beste, unsicher=ohne_bestaetigte(beste),
                   abgebrochen=any(r.abgebrochen for r in lesungen),
                   weitere=tuple((r.text, ohne_bestaetigte(r)) for r in lesungen
                                 if r is not beste and r.text))


def _erkenne(grey: Image.Image, cfg: Ocr, anteil: float) -> OcrErgebnis:
    tesseract_threads(cfg.threads)
    try:
        data = pytesseract.image_to_data(
            grey, lang=cfg.lang, output_type=pytesseract.Output.DICT, timeout=cfg.timeout_s
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("tesseract is not installed") from exc
    except pytesseract.TesseractError as exc:
        raise OcrUnavailable(f"tesseract failed: {exc.message}") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        if "timeout" not in str(exc).lower():
            raise
        return OcrErgebnis(text="", konfidenz=None, fotoanteil=anteil, abgebrochen=True)
    words = [(str(w).strip(), float(c)) for w, c in zip(data["text"], data["conf"], strict=True)
             if str(w).strip() and float(c) >= 0]
    konf = round(sum(c for _, c in words) / len(words), 1) if words else None
    grenze = cfg.min_konfidenz_zahl
    return OcrErgebnis(
        text=_lines(data) if words else "", konfidenz=konf, fotoanteil=anteil,
        unsicher=zahlen(words, lambda c: c < grenze),
        sicher=zahlen(words, lambda c: c >= grenze),
        gewicht=sum(sum(ch.isalpha() for ch in w) for w, c in words if c >= grenze))


def zahlen(words: list[tuple[str, float]], wahl: Callable[[float], bool]) -> frozenset[str]:
    """The numbers (digits, or a Roman numeral) of the words whose confidence `wahl`
    picks, without surrounding signs and units: "9.4" gives "9.4", "1m" gives "1"; a
    unit alone ("m2.") is no number."""
    out: set[str] = set()
    for w, c in words:
        kern = _RAND.sub("", w)
        if not wahl(c) or not kern or _EINHEIT.fullmatch(w):
            continue
        if _ZIFFER.search(kern) or _ROEMISCH.fullmatch(kern):
            out.add(kern)
    return frozenset(out)


def fotoanteil(grey: Image.Image) -> float:
    """Share of mid-tone pixels in a small thumbnail: a text page or a plan is mostly
    paper white with dark ink, a photograph mostly mid-tones."""
    klein = grey.copy()
    klein.thumbnail((160, 160))
    hist = klein.histogram()
    return round(sum(hist[40:216]) / max(1, sum(hist)), 3)


def _lines(data: dict[str, list[object]]) -> str:
    """Rebuild lines from Tesseract's word boxes (block, paragraph, line numbers)."""
    lines: dict[tuple[object, object, object], list[str]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(str(word))
    return "\n".join(" ".join(ws) for ws in lines.values())
