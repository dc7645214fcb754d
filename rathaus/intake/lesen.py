"""Reading one uploaded document: its real format (by content), its text (PDF text
layer, or OCR for scans and photos), and why it cannot be used if it cannot."""

from __future__ import annotations

import io
import re
import warnings

import pypdfium2 as pdfium
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

from rathaus.config import Settings
from rathaus.domain.antrag import UnterlageRef
from rathaus.domain.dokument import Dokument, Format, Lesbarkeit
from rathaus.intake.ocr import OcrErgebnis, ocr_bild
from rathaus.intake.quelle import Quelle

# Document types that carry no text of their own: for these, decoding is enough.
OHNE_TEXT = frozenset({"foto"})
_LETTER = re.compile(r"[A-Za-zÄÖÜäöüß]")


def erkenne_format(head: bytes) -> Format:
    """The format by magic bytes, never by the file name."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return "unbekannt"


def lese_dokument(ref: UnterlageRef, quelle: Quelle, cfg: Settings) -> Dokument:
    base = Dokument(typ=ref.typ, datei=ref.datei, format="unbekannt", status="ok")
    size = quelle.size(ref.datei)
    if size is None:
        return _mit(base, "fehlt",
                        detail="Datei ist im Antrag aufgeführt, liegt aber nicht bei")
    if size == 0:
        return _mit(base, "leer", detail="Datei ist leer (0 Byte)")
    if size > cfg.limits.max_file_bytes:
        return _mit(base, "zu_gross", groesse_bytes=size,
                        detail=f"Datei ist {size // 1024 // 1024} MiB groß, Grenze "
                               f"{cfg.limits.max_file_bytes // 1024 // 1024} MiB")
    try:
        data = quelle.read(ref.datei)
    except OSError as exc:
        return _mit(base, "defekt", groesse_bytes=size,
                        detail=str(exc))
    fmt = erkenne_format(data[:2048])
    base = base.model_copy(update={"format": fmt, "groesse_bytes": size})
    if fmt == "pdf":
        return _lese_pdf(data, ref.typ, cfg, base)
    if fmt in ("png", "jpeg"):
        return _lese_bild(data, ref.typ, cfg, base)
    return _mit(base, "unbekanntes_format",
                    detail="Inhalt ist weder PDF noch PNG noch JPEG")


def _lese_pdf(data: bytes, typ: str, cfg: Settings, base: Dokument) -> Dokument:
    if b"%%EOF" not in data[-2048:]:
        return _mit(base, "defekt",
                        detail="PDF ist unvollständig (abgeschnitten, kein %%EOF)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                return _mit(base, "verschluesselt",
                                detail="PDF ist mit einem Kennwort verschlüsselt")
            pages = reader.pages
            n = len(pages)
            texts = [p.extract_text() or "" for p in list(pages)[: cfg.limits.max_pdf_pages]]
    except FileNotDecryptedError:
        return _mit(base, "verschluesselt",
                        detail="PDF ist mit einem Kennwort verschlüsselt")
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        return _mit(base, "defekt",
                        detail=f"PDF ist beschädigt: {exc}")
    if n == 0:
        return _mit(base, "leer", detail="PDF hat keine Seiten")
    text = "\n".join(texts)
    if _enough(text, cfg) or typ in OHNE_TEXT:
        return _fertig(base, text, n, typ, cfg)
    ocr = _ocr_pdf(data, cfg)
    if ocr is None:
        return _mit(base, "defekt", seiten=n,
                        detail="PDF-Seiten lassen sich nicht darstellen")
    return _fertig(base, ocr.text, n, typ, cfg, ocr=ocr)


def _ocr_pdf(data: bytes, cfg: Settings) -> OcrErgebnis | None:
    """Render scanned pages (pdfium) and OCR them; confidence is the mean over pages."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    texts, confs = [], []
    try:
        for i in range(min(len(pdf), cfg.ocr.max_pages)):
            bild = pdf[i].render(scale=cfg.ocr.dpi / 72).to_pil()
            res = ocr_bild(bild, cfg.ocr)
            texts.append(res.text)
            if res.konfidenz is not None:
                confs.append(res.konfidenz)
    finally:
        pdf.close()
    konf = round(sum(confs) / len(confs), 1) if confs else None
    return OcrErgebnis(text="\n".join(texts), konfidenz=konf)


def _lese_bild(data: bytes, typ: str, cfg: Settings, base: Dokument) -> Dokument:
    grenze = cfg.limits.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # open() reads only the header; the size is checked below before decoding
            bild = Image.open(io.BytesIO(data))
            w, h = bild.size
            if w * h > grenze:
                return _mit(base, "zu_gross",
                            f"Bild hat {w} × {h} Pixel, Grenze {grenze:,} Pixel")
            bild.load()
    except Image.DecompressionBombError:
        return _mit(base, "zu_gross", f"Bild hat mehr als {grenze:,} Pixel")
    except (OSError, SyntaxError, ValueError) as exc:
        return _mit(base, "defekt", f"Bild ist beschädigt: {exc}")
    if typ in OHNE_TEXT:
        return _fertig(base, "", 1, typ, cfg)
    return _fertig(base, "", 1, typ, cfg, ocr=ocr_bild(bild, cfg.ocr))


def _enough(text: str, cfg: Settings) -> bool:
    return len(_LETTER.findall(text)) >= cfg.ocr.min_chars


def _fertig(base: Dokument, text: str, seiten: int, typ: str, cfg: Settings,
            ocr: OcrErgebnis | None = None) -> Dokument:
    text = ocr.text if ocr else text
    ok = typ in OHNE_TEXT or _enough(text, cfg)
    return _mit(
        base, "ok" if ok else "kein_text",
        "" if ok else "kein lesbarer Text, auch nicht nach Texterkennung (OCR)",
        seiten=seiten, text=text, ocr=ocr is not None,
        ocr_konfidenz=ocr.konfidenz if ocr else None,
    )


def _mit(base: Dokument, status: Lesbarkeit, detail: str = "", **more: object) -> Dokument:
    """The document header with the outcome of reading it."""
    return base.model_copy(update={"status": status, "detail": detail, **more})
