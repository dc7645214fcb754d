"""OCR with Tesseract (German): scanned pages and photos to text, with a confidence."""

from __future__ import annotations

from dataclasses import dataclass

import pytesseract
from PIL import Image

from rathaus.config import Ocr


class OcrUnavailable(RuntimeError):
    """Tesseract or its German model is not installed (see README: setup)."""


@dataclass(frozen=True)
class OcrErgebnis:
    text: str
    konfidenz: float | None  # mean word confidence 0–100; None when no word was found


def ocr_bild(bild: Image.Image, cfg: Ocr) -> OcrErgebnis:
    """Recognise one page image. Greyscale first: it is what Tesseract works on anyway."""
    grey = bild.convert("L")
    try:
        data = pytesseract.image_to_data(
            grey, lang=cfg.lang, output_type=pytesseract.Output.DICT, timeout=cfg.timeout_s
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("tesseract is not installed") from exc
    except pytesseract.TesseractError as exc:
        raise OcrUnavailable(f"tesseract failed: {exc.message}") from exc
    words = [w for w, c in zip(data["text"], data["conf"], strict=True)
             if w.strip() and float(c) >= 0]
    confs = [float(c) for w, c in zip(data["text"], data["conf"], strict=True)
             if w.strip() and float(c) >= 0]
    text = _lines(data)
    konf = round(sum(confs) / len(confs), 1) if confs else None
    return OcrErgebnis(text=text if words else "", konfidenz=konf)


def _lines(data: dict[str, list[object]]) -> str:
    """Rebuild lines from Tesseract's word boxes (block, paragraph, line numbers)."""
    lines: dict[tuple[object, object, object], list[str]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(str(word))
    return "\n".join(" ".join(ws) for ws in lines.values())
