"""Sample application bundles (shared/spec/antrag.md) placed on parcels of the city,
so a benchmark can time the pre-check on realistic cases: a compliant house in a
B-Plan, a block of flats in the § 34 area on a jointly owned parcel, a garage that
fells a tree, a commercial hall over two parcels, and a house over the GRZ."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

Rect = tuple[float, float, float, float]
ToLonLat = Callable[[list[float], list[float]], tuple[list[float], list[float]]]

BASIS_UNTERLAGEN = (
    "lageplan",
    "bauzeichnungen",
    "baubeschreibung",
    "bauvorlageberechtigung",
    "statistikbogen",
    "standsicherheitsnachweis",
    "waermeschutznachweis",
    "entwaesserungsplan",
    "stellplatznachweis",
)
TITEL = {
    "lageplan": "Amtlicher Lageplan",
    "bauzeichnungen": "Bauzeichnungen (Grundrisse, Schnitte, Ansichten)",
    "baubeschreibung": "Baubeschreibung",
    "bauvorlageberechtigung": "Nachweis der Bauvorlageberechtigung",
    "statistikbogen": "Erhebungsbogen für die Baustatistik",
    "standsicherheitsnachweis": "Standsicherheitsnachweis (Statik)",
    "waermeschutznachweis": "Nachweis des Wärmeschutzes (GEG)",
    "entwaesserungsplan": "Entwässerungsplan",
    "stellplatznachweis": "Stellplatznachweis",
    "betriebsbeschreibung": "Betriebsbeschreibung",
    "brandschutznachweis": "Brandschutznachweis",
    "befreiungsantrag": "Antrag auf Befreiung (§ 31 Abs. 2 BauGB)",
}


@dataclass(frozen=True)
class Fall:
    """One application: where it stands and what it asks for."""

    id: str
    verfahren: str
    bauherr: str
    flurstuecke: list[str]
    parzelle: Rect  # the (joint) parcel area, metres
    grundriss: Rect  # the building footprint, metres
    vorhaben: dict[str, Any]
    unterlagen: tuple[str, ...]
    befreiungen: tuple[dict[str, str], ...] = ()


def write_bundle(folder: Path, fall: Fall, to_lonlat: ToLonLat) -> None:
    """antrag.json and one small PDF per document."""
    (folder / "unterlagen").mkdir(parents=True, exist_ok=True)
    vorhaben = dict(fall.vorhaben)
    gebaeude = {**vorhaben.pop("gebaeude"), "grundriss": _polygon(fall.grundriss, to_lonlat)}
    antrag = {
        "id": fall.id,
        "verfahren": fall.verfahren,
        "eingang": "2026-11-02",
        "bauherr": {
            "name": fall.bauherr,
            "anschrift": "Lindenweg 3, 59999 Musterstadt",
            "email": "bauherr@example.org",
        },
        "entwurfsverfasser": {
            "name": "Dipl.-Ing. Max Beispiel",
            "bauvorlageberechtigt": True,
            "kammernummer": "A-12345",
        },
        "grundstueck": {"flurstuecke": fall.flurstuecke},
        "vorhaben": {**vorhaben, "gebaeude": [gebaeude]},
        "befreiungen": list(fall.befreiungen),
        "unterlagen": [{"typ": t, "datei": f"unterlagen/{t}.pdf"} for t in fall.unterlagen],
    }
    text = json.dumps(antrag, ensure_ascii=False, indent=2)
    (folder / "antrag.json").write_text(text + "\n", encoding="utf-8")
    for typ in fall.unterlagen:
        _pdf(folder / "unterlagen" / f"{typ}.pdf", typ, fall)


def _polygon(r: Rect, to_lonlat: ToLonLat) -> dict[str, Any]:
    xs, ys = [r[0], r[2], r[2], r[0], r[0]], [r[1], r[1], r[3], r[3], r[1]]
    lon, lat = to_lonlat(xs, ys)
    ring = [[round(a, 8), round(b, 8)] for a, b in zip(lon, lat, strict=True)]
    return {"type": "Polygon", "coordinates": [ring]}


def _pdf(path: Path, typ: str, fall: Fall) -> None:
    """A one-page PDF with a text layer (so intake reads it without OCR); the Lageplan
    also draws parcel and footprint to scale."""
    canvas = Canvas(str(path), pagesize=A4, invariant=True)  # invariant: reproducible bytes
    canvas.setTitle(f"{fall.id} {TITEL[typ]}")
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(60, 780, TITEL[typ])
    canvas.setFont("Helvetica", 11)
    zeilen = [
        f"Vorgang: {fall.id}",
        f"Bauherr: {fall.bauherr}",
        f"Flurstück(e): {', '.join(fall.flurstuecke)}",
        f"Vorhaben: {fall.vorhaben['bezeichnung']}",
        "Entwurfsverfasser: Dipl.-Ing. Max Beispiel, Kammernummer A-12345",
    ]
    for i, zeile in enumerate(zeilen):
        canvas.drawString(60, 750 - 16 * i, zeile)
    if typ == "lageplan":
        _zeichne(canvas, fall)
    canvas.showPage()
    canvas.save()


def _zeichne(canvas: Canvas, fall: Fall) -> None:
    px0, py0, px1, py1 = fall.parzelle
    scale = min(400 / (px1 - px0), 400 / (py1 - py0))  # points per metre

    def box(r: Rect) -> None:
        x, y = 100 + (r[0] - px0) * scale, 200 + (r[1] - py0) * scale
        canvas.rect(x, y, (r[2] - r[0]) * scale, (r[3] - r[1]) * scale)

    box(fall.parzelle)
    box(fall.grundriss)
    canvas.drawString(100, 180, f"Maßstab 1:{round(2835 / scale)} — Grundstück und Baukörper")
