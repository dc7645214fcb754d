"""docs/musterstadt.png: the overview map."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from shapely.geometry import Point

from .bauplatz import protected, root_zone
from .befunde import Assessment
from .modell import Town

MAP_BOUNDS = (-10.0, -310.0, 710.0, 335.0)  # local minx, miny, maxx, maxy
MAP_SCALE = 2.0  # pixels per metre
LEGEND_W = 270


def map_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Bitstream Vera from reportlab (a dev dependency): it has umlauts and "§", which
    Pillow's built-in font lacks, and it is the same file on every machine."""
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    if vera.exists():
        return ImageFont.truetype(str(vera), size)
    return ImageFont.load_default(size=size)


class MapCanvas:
    def __init__(self) -> None:
        minx, miny, maxx, maxy = MAP_BOUNDS
        self.w = int((maxx - minx) * MAP_SCALE)
        self.h = int((maxy - miny) * MAP_SCALE)
        self.img = Image.new("RGBA", (self.w + LEGEND_W, self.h), (248, 246, 238, 255))
        self.font = map_font(12)
        self.big = map_font(17)

    def px(self, x: float, y: float) -> tuple[float, float]:
        return ((x - MAP_BOUNDS[0]) * MAP_SCALE, (MAP_BOUNDS[3] - y) * MAP_SCALE)

    def polys(self, geom: Any) -> list[Any]:
        return list(geom.geoms) if hasattr(geom, "geoms") else [geom]

    def area(self, geom: Any, fill: tuple[int, ...] | None,
             outline: tuple[int, ...] | None = None, width: int = 1) -> None:
        # Draw on a layer so translucent fills blend with what is below.
        layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        for poly in self.polys(geom):
            pts = [self.px(x, y) for x, y in poly.exterior.coords]
            draw.polygon(pts, fill=fill, outline=outline, width=width)
        self.img.alpha_composite(layer)

    def line(self, geom: Any, color: tuple[int, ...], width: int = 1) -> None:
        draw = ImageDraw.Draw(self.img)
        draw.line([self.px(x, y) for x, y in geom.coords], fill=color, width=width)

    def text(self, x: float, y: float, s: str, color: tuple[int, ...] = (30, 30, 30),
             big: bool = False, vertical: bool = False) -> None:
        font = self.big if big else self.font
        if not vertical:
            ImageDraw.Draw(self.img).text(self.px(x, y), s, fill=color, font=font, anchor="mm",
                                          stroke_width=2, stroke_fill=(255, 255, 255))
            return
        tmp = Image.new("RGBA", (len(s) * 9 + 10, 20), (0, 0, 0, 0))
        ImageDraw.Draw(tmp).text((tmp.width / 2, 10), s, fill=color, font=font, anchor="mm",
                                 stroke_width=2, stroke_fill=(255, 255, 255))
        tmp = tmp.rotate(90, expand=True)
        cx, cy = self.px(x, y)
        self.img.alpha_composite(tmp, (int(cx - tmp.width / 2), int(cy - tmp.height / 2)))


BAUGRENZE_COL = (0, 0, 150, 255)
MAIN_COL = {"trinkwasser": (0, 170, 230, 255), "abwasser": (130, 80, 30, 255),
            "strom": (240, 150, 0, 255)}


def render_map(town: Town, assessed: dict[str, Assessment], path: Path) -> None:
    c = MapCanvas()
    schutz_col = {"LSG": (120, 180, 90, 60), "FFH": (40, 120, 160, 70), "biotop": (0, 150, 130, 90)}
    for s in town.schutz:
        c.area(s.geom, schutz_col[s["typ"]], (60, 110, 60, 255))
    c.area(town.innenbereich, (240, 200, 200, 160))
    zone_col = {"1200": (250, 215, 160, 200), "1700": (215, 195, 235, 200),
                "2100": (235, 190, 215, 200)}
    for plan in town.plans:
        for z in plan.zones:
            c.area(z.geom, zone_col[z.besondere])
    for f in town.flaechen:
        c.area(f.geom, (170, 215, 150, 255) if f["typ"] == "gruen" else (150, 195, 235, 255))
    for p in town.parcels:
        c.area(p.geom, None, (90, 90, 90, 255))
    for plan in town.plans:
        for fe in plan.fenster:
            c.area(fe.geom, None, BAUGRENZE_COL)
        c.area(plan.geltungsbereich, None, (20, 20, 20, 255), width=3)
    for r in town.strassen:
        c.area(r.geom, (200, 200, 200, 255) if r["gewidmet"] else (235, 225, 200, 255),
               (120, 120, 120, 255))
    for m in town.leitungen:
        c.line(m.geom, MAIN_COL[m["typ"]])
    draw_monuments(c, town)
    for t in town.baeume:
        col = (20, 110, 40, 255) if protected(t) else (120, 170, 90, 255)
        c.area(root_zone(t), (60, 140, 60, 50), col)
        c.area(t.geom.buffer(1.2), col, col)
    for a in assessed.values():
        if a.house is not None:
            c.area(a.house, None, (210, 0, 160, 255), width=2)
    draw_labels(c, town)
    draw_legend(c)
    path.parent.mkdir(parents=True, exist_ok=True)
    c.img.convert("RGB").save(path, optimize=False)


def draw_monuments(c: MapCanvas, town: Town) -> None:
    for m in town.denkmal:
        if m["art"] == "ensemble":
            c.area(m.geom, None, (200, 0, 0, 255), width=3)
        elif m["art"] == "bodendenkmal":
            c.area(m.geom, (150, 90, 40, 120), (120, 60, 20, 255))
        elif m.geom.geom_type == "Point":
            c.area(m.geom.buffer(3, cap_style="square"), (200, 0, 0, 255))
        else:
            c.area(m.geom, (200, 0, 0, 200), (140, 0, 0, 255))
        x, y = m.geom.representative_point().coords[0]
        c.text(x + 9, y - 6, m.id, (170, 0, 0))


def draw_labels(c: MapCanvas, town: Town) -> None:
    for p in town.parcels:
        pt = p.geom.representative_point() if p.geom.area < 3000 else p.geom.centroid
        c.text(pt.x, pt.y + 4, p.label, (0, 0, 0))
    for r in town.strassen:
        minx, miny, maxx, maxy = r.geom.bounds
        vertical = maxy - miny > maxx - minx
        x, y = (minx + maxx) / 2, (miny + maxy) / 2
        if r["name"] == "Hauptstraße":
            x = 660
        if r["name"] == "Am Markt":
            y = 22
        c.text(x, y, str(r["name"]), (60, 60, 60), vertical=vertical)
    for f in town.flaechen:
        pt = f.geom.representative_point()
        if f["name"] not in ("Mühlenbach (Süd)", "Mühlenbach (Nord)"):
            c.text(pt.x, pt.y - 12 if f["name"] == "Stadtpark" else pt.y, str(f["name"]),
                   (20, 90, 20))
    c.text(367, -200, "Mühlenbach", (20, 60, 140), vertical=True)
    for s in town.schutz:
        pt = s.geom.centroid if s["typ"] == "biotop" else Point(260, -285)
        if s["typ"] != "FFH":
            c.text(pt.x, pt.y + 5, str(s["typ"]), (30, 90, 30))
            c.text(pt.x, pt.y - 5, str(s["name"]), (30, 90, 30))
    c.text(385, -295, "FFH Mühlenbachtal", (20, 70, 110))
    for plan in town.plans:
        minx, miny, maxx, maxy = plan.geltungsbereich.bounds
        y = maxy + 8 if miny > 0 else miny - 9  # keep the label off the Hauptstraße
        c.text((minx + maxx) / 2, y, f"B-Plan Nr. {plan.nummer}", (0, 0, 0), big=True)
    c.text(222, 138, "Altstadt (§ 34)", (150, 40, 40), big=True)


def draw_legend(c: MapCanvas) -> None:
    draw = ImageDraw.Draw(c.img)
    x, y = c.w + 12, 14
    draw.text((x, y), "Musterstadt", fill=(0, 0, 0), font=c.big)
    items: list[tuple[str, tuple[int, ...]]] = [
        ("Flurstück (Zähler)", (90, 90, 90, 255)), ("Straße (gewidmet)", (200, 200, 200, 255)),
        ("Privatweg (nicht gewidmet)", (235, 225, 200, 255)),
        ("WA (B-Plan Nr. 12)", (250, 215, 160, 255)), ("GE (B-Plan Nr. 7)", (215, 195, 235, 255)),
        ("SO Einzelhandel (B-Plan Nr. 7)", (235, 190, 215, 255)),
        ("Baugrenze", BAUGRENZE_COL), ("§ 34 Innenbereich", (240, 200, 200, 255)),
        ("Grün", (170, 215, 150, 255)), ("Wasser", (150, 195, 235, 255)),
        ("Schutzgebiet", (120, 180, 90, 255)), ("Baudenkmal / Ensemble", (200, 0, 0, 255)),
        ("Bodendenkmal", (150, 90, 40, 255)),
        ("Baum geschützt (Wurzelbereich)", (20, 110, 40, 255)),
        ("Baum nicht geschützt", (120, 170, 90, 255)), ("Trinkwasser", MAIN_COL["trinkwasser"]),
        ("Abwasser", MAIN_COL["abwasser"]), ("Strom", MAIN_COL["strom"]),
        ("Musterbau 10 × 12 m", (210, 0, 160, 255)),
    ]
    y += 34
    for label, col in items:
        draw.rectangle((x, y, x + 18, y + 12), fill=col, outline=(60, 60, 60))
        draw.text((x + 26, y - 1), label, fill=(0, 0, 0), font=c.font)
        y += 20
    y += 10
    draw.text((x, y), "EPSG:25832; lokaler Ursprung", fill=(0, 0, 0), font=c.font)
    draw.text((x, y + 16), "E 360000 N 5650000", fill=(0, 0, 0), font=c.font)
    y += 40
    bar = 100 * MAP_SCALE
    draw.rectangle((x, y, x + bar, y + 6), fill=(0, 0, 0))
    draw.text((x + bar + 8, y - 3), "100 m", fill=(0, 0, 0), font=c.font)
    draw.text((x, y + 16), "Norden oben", fill=(0, 0, 0), font=c.font)
