"""Realistic documents of a building application, drawn with reportlab.

Text PDFs carry a text layer; `scan()` turns any of them into an image-only PDF as a
scanner makes it (grey, slightly rotated, speckled), so the intake must use OCR.
"""

from __future__ import annotations

import io
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

Ring = Sequence[tuple[float, float]]
# the scanner's clock: a fixed date keeps the generated PDFs byte-identical between runs
SCAN_DATUM = time.strptime("2026-10-28 09:30", "%Y-%m-%d %H:%M")

TITEL = {
    "lageplan": "Lageplan zum Bauantrag",
    "bauzeichnungen": "Bauzeichnungen: Grundriss, Schnitt, Ansicht",
    "baubeschreibung": "Baubeschreibung",
    "betriebsbeschreibung": "Betriebsbeschreibung für gewerbliche Anlagen",
    "standsicherheitsnachweis": "Nachweis der Standsicherheit (Statik)",
    "brandschutznachweis": "Brandschutznachweis",
    "waermeschutznachweis": "Nachweis des Wärmeschutzes nach GEG",
    "entwaesserungsplan": "Entwässerungsplan (Grundstücksentwässerung)",
    "stellplatznachweis": "Stellplatznachweis nach der Stellplatzsatzung",
    "statistikbogen": "Statistikbogen Baugenehmigungen (HBauStatG)",
    "bauvorlageberechtigung": "Nachweis der Bauvorlageberechtigung",
    "eigentuemerzustimmung": "Zustimmung der Grundstückseigentümer",
    "vollmacht": "Vollmacht",
    "baumbestandsplan": "Baumbestandsplan",
    "faellantrag": "Antrag auf Fällgenehmigung nach der Baumschutzsatzung",
    "abweichungsantrag": "Antrag auf Abweichung (§ 67 MBO)",
    "befreiungsantrag": "Antrag auf Befreiung (§ 31 Abs. 2 BauGB)",
    "foto": "Fotodokumentation",
}


@dataclass(frozen=True)
class Kontext:
    """What every document of one application repeats in its header."""

    antrag_id: str
    bauherr: str
    vorhaben: str
    adresse: str
    flurstuecke: tuple[str, ...]
    verfasser: str


def _kopf(c: Canvas, k: Kontext, titel: str) -> float:
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, 285 * mm, f"{k.verfasser} · Architektur und Tragwerksplanung")
    c.drawRightString(190 * mm, 285 * mm, f"Vorgang {k.antrag_id}")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, 270 * mm, titel)
    c.setFont("Helvetica", 10)
    y = 260 * mm
    for label, value in (("Bauherr", k.bauherr), ("Vorhaben", k.vorhaben),
                         ("Grundstück", k.adresse),
                         ("Flurstück(e)", ", ".join(k.flurstuecke))):
        c.drawString(20 * mm, y, f"{label}: {value}")
        y -= 5.5 * mm
    return y - 4 * mm


def _absaetze(c: Canvas, y: float, absaetze: Sequence[str]) -> float:
    c.setFont("Helvetica", 10)
    for absatz in absaetze:
        for line in _umbruch(absatz, 95):
            c.drawString(20 * mm, y, line)
            y -= 5 * mm
        y -= 2.5 * mm
    return y


def _umbruch(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _fuss(c: Canvas, k: Kontext) -> None:
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, 20 * mm, f"Musterstadt, den 28.10.2026 · {k.verfasser} "
                                   "(Unterschrift)")


def text_pdf(typ: str, k: Kontext, absaetze: Sequence[str],
             zeichnung: dict[str, Sequence[Ring]] | None = None) -> bytes:
    """One A4 page: header, paragraphs and, for plans, a drawing of rings (metres)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=True)
    c.setTitle(TITEL[typ])
    c.setAuthor(k.verfasser)
    y = _kopf(c, k, TITEL[typ])
    y = _absaetze(c, y, absaetze)
    if zeichnung:
        _zeichne(c, zeichnung, top=y - 5 * mm)
    _fuss(c, k)
    c.showPage()
    c.save()
    return buf.getvalue()


_STIL = {"flurstueck": (0.3, (0.2, 0.2, 0.2), None), "nachbar": (0.2, (0.6, 0.6, 0.6), None),
         "strasse": (0.2, (0.5, 0.5, 0.5), (0.9, 0.9, 0.9)),
         "gebaeude": (1.2, (0.7, 0.0, 0.0), (1.0, 0.85, 0.85)),
         "baugrenze": (0.6, (0.0, 0.3, 0.8), None)}


def _zeichne(c: Canvas, rings: dict[str, Sequence[Ring]], top: float) -> None:
    """Rings in metres, scaled to a box under the text, with a north arrow and scale."""
    pts = [p for rs in rings.values() for r in rs for p in r]
    minx, miny = min(p[0] for p in pts), min(p[1] for p in pts)
    maxx, maxy = max(p[0] for p in pts), max(p[1] for p in pts)
    box_w, box_h = 170 * mm, min(top - 35 * mm, 150 * mm)
    scale = min(box_w / max(maxx - minx, 1), box_h / max(maxy - miny, 1))
    ox, oy = 20 * mm, top - box_h

    def xy(p: tuple[float, float]) -> tuple[float, float]:
        return ox + (p[0] - minx) * scale, oy + (p[1] - miny) * scale

    for kind in ("strasse", "nachbar", "flurstueck", "baugrenze", "gebaeude"):
        width, stroke, fill = _STIL[kind]
        c.setLineWidth(width)
        c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        for ring in rings.get(kind, ()):
            path = c.beginPath()
            path.moveTo(*xy(ring[0]))
            for p in ring[1:]:
                path.lineTo(*xy(p))
            path.close()
            c.drawPath(path, stroke=1, fill=1 if fill else 0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 8)
    c.drawString(ox, oy - 6 * mm, f"Maßstab ca. 1:{round(1000 / scale * mm):,} · "
                                  "Koordinaten ETRS89 / UTM 32N · N ↑")


def scan(pdf: bytes, seed: int, dpi: int = 150, qualitaet: str = "gut") -> bytes:
    """An image-only PDF of the given PDF's pages, as a scanner makes it."""
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(rnd.uniform(-0.8, 0.8), expand=False, fillcolor=255,
                         resample=Image.Resampling.BICUBIC)
        if qualitaet == "schlecht":
            img = img.filter(ImageFilter.GaussianBlur(0.8))
        pages.append(_speckle(img, rnd, 400 if qualitaet == "gut" else 3000))
    doc.close()
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", resolution=float(dpi), save_all=True,
                  append_images=pages[1:], creationDate=SCAN_DATUM, modDate=SCAN_DATUM)
    return buf.getvalue()


def _speckle(img: Image.Image, rnd: random.Random, n: int) -> Image.Image:
    px = img.load()
    assert px is not None
    w, h = img.size
    for _ in range(n):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 90, 180))
    return img


def leere_seite_scan(seed: int) -> bytes:
    """A scan of an empty sheet: an image-only PDF with no text at all."""
    img = _speckle(Image.new("L", (1240, 1754), 250), random.Random(seed), 200)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=150.0, creationDate=SCAN_DATUM, modDate=SCAN_DATUM)
    return buf.getvalue()


def foto_jpeg(seed: int) -> bytes:
    """A small 'photo' of the plot: a sky/lawn gradient with a hedge (JPEG)."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (640, 480))
    px = img.load()
    assert px is not None
    for y in range(480):
        for x in range(0, 640, 4):
            col = (150, 190, 235) if y < 220 else (70 + rnd.randrange(30), 140, 60)
            for dx in range(4):
                px[x + dx, y] = col
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()
