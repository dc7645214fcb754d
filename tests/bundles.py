"""Test data builders for application bundles, documents and a tiny municipality."""

from __future__ import annotations

import copy
import io
import json
import random
import struct
import zlib
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pyproj import Transformer
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

KZ_A = "05999900100001______"  # owned by Erika Mustermann alone
KZ_B = "05999900100002______"  # co-owned
ORIGIN = (360_000.0, 5_650_000.0)  # EPSG:25832
_TO_WGS84 = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)


def lonlat_ring(coords: list[tuple[float, float]]) -> list[list[float]]:
    ring = [list(_TO_WGS84.transform(x, y)) for x, y in coords]
    return [*ring, ring[0]]


def rect(x0: float, y0: float, w: float, h: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]


def text_pdf(*lines: str, pages: int = 1) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        y = 780.0
        for line in lines:
            c.drawString(60, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


def scan_pdf(*lines: str, blank: bool = False) -> bytes:
    """An image-only PDF, as a scanner makes it: no text layer at all."""
    img = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    if not blank:
        draw = ImageDraw.Draw(img)
        font = _font(34)
        for i, line in enumerate(lines):
            draw.text((110, 150 + i * 60), line, fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=150.0)
    return buf.getvalue()


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans where Debian has it (umlauts OCR reliably), else Pillow's own."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def png(width: int = 64, height: int = 48) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (120, 160, 90)).save(buf, format="PNG")
    return buf.getvalue()


def foto_jpeg(seed: int = 1) -> bytes:
    """A photo of a plot (sky, house, lawn, tree, sensor noise): no text at all."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (640, 480), (150, 185, 230))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 300, 640, 480), fill=(70, 130, 50))
    x = rnd.randint(60, 300)
    d.rectangle((x, 150, x + 220, 300), fill=(200, 190, 170))
    d.polygon([(x - 15, 150), (x + 110, 70), (x + 235, 150)], fill=(150, 60, 50))
    d.ellipse((480, 90, 600, 260), fill=(40, 100, 40))
    img = Image.blend(img.filter(ImageFilter.GaussianBlur(1.2)),
                      Image.effect_noise((640, 480), 25).convert("RGB"), 0.12)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def white_png(width: int, height: int) -> bytes:
    """A valid, all-white 1-bit PNG of any size, written without decoding it in memory
    (20,000 × 20,000 pixels compress to about 50 KB)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


BASE_ANTRAG: dict[str, Any] = {
    "id": "BA-TEST-0001",
    "verfahren": "vereinfachtes_verfahren",
    "eingang": "2026-11-02",
    "bauherr": {"name": "Erika Mustermann", "anschrift": "Lindenweg 3, 12345 Musterstadt"},
    "entwurfsverfasser": {"name": "Dipl.-Ing. Max Beispiel", "bauvorlageberechtigt": True,
                          "kammernummer": "A-12345"},
    "grundstueck": {"flurstuecke": [KZ_A]},
    "vorhaben": {
        "bezeichnung": "Neubau eines Einfamilienhauses", "art": "neubau",
        "nutzungen": ["wohnen"], "gebaeudeklasse": 1, "wohneinheiten": 1, "stellplaetze": 2,
        "gebaeude": [{"bezeichnung": "Wohnhaus",
                      "grundriss": {"type": "Polygon", "coordinates": [
                          lonlat_ring(rect(ORIGIN[0] + 6, ORIGIN[1] + 8, 10, 12))]},
                      "wandhoehe_m": 6.2, "dachneigung_grad": 38, "firsthoehe_m": 9.1,
                      "vollgeschosse": 2, "geschossflaeche_m2": 210.0,
                      "nutzungseinheiten": 1, "freistehend": True}],
        "erschliessung": {"trinkwasser": True, "abwasser": True, "strom": True},
    },
}
COMPLETE_DOCS = ("lageplan", "bauzeichnungen", "baubeschreibung", "bauvorlageberechtigung",
                 "statistikbogen", "waermeschutznachweis", "entwaesserungsplan",
                 "stellplatznachweis")


def antrag(**changes: Any) -> dict[str, Any]:
    """The base application with top-level or dotted-path changes (`vorhaben.art`)."""
    data = copy.deepcopy(BASE_ANTRAG)
    for key, value in changes.items():
        *parents, last = key.split("__")
        target = data
        for p in parents:
            target = target.setdefault(p, {})
        target[last] = value
    return data


def write_bundle(root: Path, data: dict[str, Any],
                 docs: dict[str, tuple[str, bytes]] | None = None) -> Path:
    """A bundle folder; `docs` maps a document type to (file name, content)."""
    if docs is None:
        docs = {t: (f"{t}.pdf", text_pdf(f"{t.capitalize()} zum Bauantrag",
                                         "Musterstadt, Lindenweg 3")) for t in COMPLETE_DOCS}
    (root / "unterlagen").mkdir(parents=True, exist_ok=True)
    refs = []
    for typ, (name, content) in docs.items():
        (root / "unterlagen" / name).write_bytes(content)
        refs.append({"typ": typ, "datei": f"unterlagen/{name}"})
    data = {**data, "unterlagen": data.get("unterlagen", refs)}
    (root / "antrag.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return root


def write_gemeinde(root: Path) -> Path:
    """A tiny municipality: two parcels (one owned alone, one co-owned) and two trees."""
    (root / "alkis").mkdir(parents=True)
    (root / "grundbuch").mkdir()
    (root / "natur").mkdir()
    (root / "gemeinde.toml").write_text(
        'name = "Testdorf"\nags = "05999999"\nland = "NW"\ncrs = "EPSG:25832"\n',
        encoding="utf-8")
    x, y = ORIGIN
    parcels = [(KZ_A, rect(x, y, 22, 30)), (KZ_B, rect(x + 22, y, 22, 30))]
    _fc(root / "alkis/flurstuecke.geojson", [
        ({"flurstueckskennzeichen": kz, "flaeche_m2": 660.0},
         {"type": "Polygon", "coordinates": [lonlat_ring(r)]}) for kz, r in parcels])
    owners = {KZ_A: [{"name": "Erika Mustermann", "anteil": "1/1"}],
              KZ_B: [{"name": "Erika Mustermann", "anteil": "1/2"},
                     {"name": "Hans Mustermann", "anteil": "1/2"}]}
    (root / "grundbuch/eigentum.json").write_text(json.dumps(owners), encoding="utf-8")
    trees = [("BAUM-0001", 120), ("BAUM-0002", 40)]
    _fc(root / "natur/baeume.geojson", [
        ({"id": t, "art": "Stieleiche", "stammumfang_cm": g, "kronendurchmesser_m": 6},
         {"type": "Point", "coordinates": list(_TO_WGS84.transform(x + 30, y + 25 + i))})
        for i, (t, g) in enumerate(trees)])
    return root


def _fc(path: Path, feats: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": p, "geometry": g} for p, g in feats]}
    path.write_text(json.dumps(fc), encoding="utf-8")
