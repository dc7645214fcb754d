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
from rathaus.intake.verstehen import MIT_KENNZAHLEN, OHNE_TEXT, verstehe

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
    if n > cfg.limits.max_pdf_pages:
        base = base.model_copy(update={"detail": f"nur die ersten {cfg.limits.max_pdf_pages} "
                                                 f"von {n} Seiten gelesen"})
    if _enough(text, cfg) or typ in OHNE_TEXT:
        return _fertig(base, text, n, typ, cfg)
    ocr = _ocr_pdf(data, cfg, zahlen_zaehlen=typ in MIT_KENNZAHLEN)
    if ocr is None:
        return _mit(base, "defekt", seiten=n,
                        detail="PDF-Seiten lassen sich nicht darstellen")
    if n > cfg.ocr.max_pages:
        base = base.model_copy(update={"detail": f"Texterkennung der ersten {cfg.ocr.max_pages}"
                                                 f" von {n} Seiten"})
    return _fertig(base, ocr.text, n, typ, cfg, ocr=ocr)


def _ocr_pdf(data: bytes, cfg: Settings, zahlen_zaehlen: bool) -> OcrErgebnis | None:
    """Render scanned pages (pdfium) and OCR them; confidence is the mean over pages."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    ergebnisse: list[OcrErgebnis] = []
    try:
        for i in range(min(len(pdf), cfg.ocr.max_pages)):
            w, h = pdf[i].get_size()  # points; a huge page is rendered at lower dpi
            scale = min(cfg.ocr.dpi / 72, (cfg.ocr.max_pixels / max(w * h, 1.0)) ** 0.5)
            seite = pdf[i].render(scale=scale).to_pil()
            ergebnisse.append(ocr_bild(seite, cfg.ocr, zahlen_zaehlen))
    finally:
        pdf.close()
    confs = [r.konfidenz for r in ergebnisse if r.konfidenz is not None]
    return OcrErgebnis(text="\n".join(r.text for r in ergebnisse),
                       konfidenz=round(sum(confs) / len(confs), 1) if confs else None,
                       fotoanteil=ergebnisse[0].fotoanteil if ergebnisse else 0.0,
                       abgebrochen=any(r.abgebrochen for r in ergebnisse),
                       unsicher=frozenset().union(*(r.unsicher for r in ergebnisse)),
                       weitere=tuple(w for r in ergebnisse for w in r.weitere))


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
    ocr = ocr_bild(bild, cfg.ocr, zahlen_zaehlen=typ in MIT_KENNZAHLEN)
    return _fertig(base, "", 1, typ, cfg, ocr=ocr)


def _enough(text: str, cfg: Settings) -> bool:
    return len(_LETTER.findall(text)) >= cfg.ocr.min_chars


def _fertig(base: Dokument, text: str, seiten: int, typ: str, cfg: Settings,
            ocr: OcrErgebnis | None = None) -> Dokument:
    text = ocr.text if ocr else text
    konf = ocr.konfidenz if ocr else None
    status: Lesbarkeit = "ok"
    detail = base.detail
    if typ not in OHNE_TEXT and not _enough(text, cfg):
        status = "kein_text"
        detail = ("Texterkennung (OCR) nach Zeitlimit abgebrochen" if ocr and ocr.abgebrochen
                  else "kein lesbarer Text, auch nicht nach Texterkennung (OCR)")
    elif typ not in OHNE_TEXT and konf is not None and konf < cfg.ocr.min_konfidenz:
        status = "unleserlich"
        detail = (f"Texterkennung (OCR) unsicher: mittlere Wortkonfidenz {konf:.0f} "
                  f"unter {cfg.ocr.min_konfidenz:.0f}")
    doc = _mit(base, status, detail, seiten=seiten, text=text, ocr=ocr is not None,
               ocr_konfidenz=konf)
    return verstehe(doc, cfg, ocr)


def _mit(base: Dokument, status: Lesbarkeit, detail: str = "", **more: object) -> Dokument:
    """The document header with the outcome of reading it."""
    return base.model_copy(update={"status": status, "detail": detail, **more})
