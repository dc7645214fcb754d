"""OCR with Tesseract (German): scanned pages and photos to text, with a confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytesseract
from PIL import Image

from rathaus.config import Ocr

_ZIFFER = re.compile(r"\d")
_ROEMISCH = re.compile(r"[IVXl|]{1,5}")
_RAND = re.compile(r"^[^\dIVXl|]+|[^\dIVXl|]+$")  # signs and units around a number


class OcrUnavailable(RuntimeError):
    """Tesseract or its German model is not installed (see README: setup)."""


@dataclass(frozen=True)
class OcrErgebnis:
    text: str
    konfidenz: float | None  # mean word confidence 0–100; None when no word was found
    fotoanteil: float = 0.0  # share of mid-tone pixels: high for photographs (layout cue)
    abgebrochen: bool = False  # Tesseract ran past `ocr.timeout_s`
    # words with digits (and their digit groups) read with a confidence under
    # `ocr.min_konfidenz_zahl`: a figure made of them is not trusted
    unsicher: frozenset[str] = frozenset()


def ocr_bild(bild: Image.Image, cfg: Ocr) -> OcrErgebnis:
    """Recognise one page image. Greyscale first: it is what Tesseract works on anyway;
    a page over `cfg.max_pixels` is scaled down first (time and memory stay bounded)."""
    grey = bild.convert("L")
    anteil = fotoanteil(grey)
    w, h = grey.size
    if w * h > cfg.max_pixels:
        f = (cfg.max_pixels / (w * h)) ** 0.5
        grey = grey.resize((max(1, int(w * f)), max(1, int(h * f))))
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
    return OcrErgebnis(text=_lines(data) if words else "", konfidenz=konf, fotoanteil=anteil,
                       unsicher=unsichere_zahlen(words, cfg.min_konfidenz_zahl))


def unsichere_zahlen(words: list[tuple[str, float]], grenze: float) -> frozenset[str]:
    """The numbers (digits, or a Roman numeral) of words read with low confidence, without
    surrounding signs and units: "9.4" at 72 gives "9.4", "1m" gives "1"."""
    out: set[str] = set()
    for w, c in words:
        kern = _RAND.sub("", w)
        if c < grenze and kern and (_ZIFFER.search(kern) or _ROEMISCH.fullmatch(kern)):
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
