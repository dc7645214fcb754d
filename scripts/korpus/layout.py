"""How a corpus document looks: PDF layouts, scans at several qualities, photos, typos.

The training corpus uses `absatz` and `liste`; the held-out corpus uses `formular`,
`brief` and `zweispaltig`, with typos and scans. Everything is seeded.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Entwurf:
    """The words of one document, before it is laid out."""

    titel: str
    kopf: tuple[str, ...]
    absaetze: tuple[str, ...]
    fuss: str


def _umbruch(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def pdf(e: Entwurf, layout: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=True)
    {"absatz": _absatz, "liste": _liste, "formular": _formular, "brief": _brief,
     "zweispaltig": _zweispaltig}[layout](c, e)
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 15 * mm, e.fuss)
    c.showPage()
    c.save()
    return buf.getvalue()


def _zeilen(c: Canvas, x: float, y: float, lines: Sequence[str], font: str = "Helvetica",
            size: float = 10, step: float = 5 * mm) -> float:
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= step
    return y


def _absatz(c: Canvas, e: Entwurf) -> None:
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, 270 * mm, e.titel)
    y = _zeilen(c, 20 * mm, 258 * mm, e.kopf, size=9, step=4.5 * mm) - 5 * mm
    for a in e.absaetze:
        y = _zeilen(c, 20 * mm, y, _umbruch(a, 95)) - 2.5 * mm


def _liste(c: Canvas, e: Entwurf) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(105 * mm, 275 * mm, e.titel.upper())
    y = _zeilen(c, 25 * mm, 262 * mm, e.kopf, size=9, step=4.5 * mm) - 6 * mm
    for a in e.absaetze:
        y = _zeilen(c, 25 * mm, y, ["- " + ln for ln in _umbruch(a, 88)])


def _formular(c: Canvas, e: Entwurf) -> None:
    """A form: the header as boxed label/value rows, the text in a framed field."""
    c.setFont("Times-Bold", 14)
    c.drawString(18 * mm, 274 * mm, e.titel)
    y = 262 * mm
    for line in e.kopf:
        label, sep, value = line.partition(":")
        if not sep:
            label, value = "Angabe", line
        c.rect(18 * mm, y - 2 * mm, 174 * mm, 7 * mm)
        c.setFont("Times-Roman", 8)
        c.drawString(20 * mm, y + 2.5 * mm, label.strip())
        c.setFont("Times-Roman", 10)
        c.drawString(60 * mm, y, value.strip())
        y -= 8 * mm
    y -= 4 * mm
    lines = [ln for a in e.absaetze for ln in _umbruch(a, 90)]
    c.rect(18 * mm, y - len(lines) * 5 * mm - 2 * mm, 174 * mm, len(lines) * 5 * mm + 6 * mm)
    _zeilen(c, 21 * mm, y, lines, font="Times-Roman", size=10.5)


def _brief(c: Canvas, e: Entwurf) -> None:
    """A letter to the building authority with the document as its body."""
    _zeilen(c, 20 * mm, 265 * mm, ["An die", "Untere Bauaufsichtsbehörde", "Rathausplatz 1"],
            size=10)
    c.drawRightString(190 * mm, 240 * mm, e.fuss)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(20 * mm, 225 * mm, "Betreff: " + e.titel)
    y = _zeilen(c, 20 * mm, 217 * mm, e.kopf, size=9, step=4.5 * mm) - 4 * mm
    y = _zeilen(c, 20 * mm, y, ["Sehr geehrte Damen und Herren,"]) - 2 * mm
    for a in e.absaetze:
        y = _zeilen(c, 20 * mm, y, _umbruch(a, 90), size=10.5) - 2 * mm
    _zeilen(c, 20 * mm, y - 4 * mm, ["Mit freundlichen Grüßen"])


def _zweispaltig(c: Canvas, e: Entwurf) -> None:
    c.setFont("Courier-Bold", 13)
    c.drawString(15 * mm, 278 * mm, e.titel)
    y = _zeilen(c, 15 * mm, 268 * mm, e.kopf, font="Courier", size=8, step=4 * mm) - 4 * mm
    lines = [ln for a in e.absaetze for ln in [*_umbruch(a, 44), ""]]
    half = (len(lines) + 1) // 2
    _zeilen(c, 15 * mm, y, lines[:half], font="Courier", size=9)
    _zeilen(c, 110 * mm, y, lines[half:], font="Courier", size=9)


# Scanner settings per quality: dpi, blur radius, speckles, rotation (degrees)
QUALITAET = {"gut": (200, 0.0, 300, 0.4), "mittel": (150, 0.6, 1500, 0.8),
             "schlecht": (150, 1.1, 5000, 1.5), "unbrauchbar": (100, 2.2, 20000, 2.5)}


def scan(pdf_bytes: bytes, qualitaet: str, seed: int, als: str = "pdf") -> bytes:
    """The page as a scanner (or a phone camera, als='jpeg') makes it."""
    dpi, blur, speckles, angle = QUALITAET[qualitaet]
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    img = img.rotate(rnd.uniform(-angle, angle), fillcolor=245,
                     resample=Image.Resampling.BICUBIC)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    px = img.load()
    assert px is not None
    w, h = img.size
    for _ in range(speckles):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 80, 160))
    buf = io.BytesIO()
    if als == "jpeg":
        img.save(buf, format="JPEG", quality=45)
    else:
        img.save(buf, format="PDF", resolution=float(dpi))
    return buf.getvalue()


def foto(seed: int) -> bytes:
    """A photo of a plot: sky, a house, a lawn and a tree, with sensor noise (JPEG)."""
    rnd = random.Random(seed)
    w, h = 800, 600
    img = Image.new("RGB", (w, h), (140 + rnd.randrange(40), 180, 230))
    d = ImageDraw.Draw(img)
    horizon = rnd.randint(300, 420)
    d.rectangle((0, horizon, w, h), fill=(60 + rnd.randrange(40), 130, 50))
    x0 = rnd.randint(50, 400)
    d.rectangle((x0, horizon - 180, x0 + 260, horizon), fill=(200, 190, 170))
    d.polygon([(x0 - 20, horizon - 180), (x0 + 130, horizon - 280), (x0 + 280, horizon - 180)],
              fill=(150, 60, 50))
    tx = rnd.randint(500, 750)
    d.ellipse((tx - 70, horizon - 260, tx + 70, horizon - 80), fill=(40, 100, 40))
    d.rectangle((tx - 10, horizon - 90, tx + 10, horizon + 20), fill=(90, 60, 30))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise((w, h), 25).convert("RGB")
    img = Image.blend(img, noise, 0.12)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


_NACHBAR = {"a": "s", "e": "r", "i": "o", "n": "m", "r": "t", "s": "d", "t": "z", "u": "i",
            "l": "k", "o": "p", "h": "g", "g": "f", "c": "v", "d": "f", "m": "n"}


def tippfehler(text: str, rnd: random.Random, rate: float = 0.03) -> str:
    """Held-out defects: swapped neighbours and keyboard slips, never in digits."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 3 and word.isalpha() and rnd.random() < rate:
            j = rnd.randrange(len(word) - 1)
            if rnd.random() < 0.5:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2:]
            else:
                word = word[:j] + _NACHBAR.get(word[j], word[j]) + word[j + 1:]
            words[i] = word
    return " ".join(words)


def rauschen(text: str, rnd: random.Random, rate: float = 0.02) -> str:
    """Training augmentation: a dropped or doubled letter here and there."""
    out = []
    for ch in text:
        r = rnd.random()
        if ch.isalpha() and r < rate / 2:
            continue
        out.append(ch + ch if ch.isalpha() and r < rate else ch)
    return "".join(out)
