"""The other register layers: roads, monuments, protected areas, trees, mains, public areas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shapely.geometry import LineString, Point, Polygon
from shapely.ops import unary_union

from .modell import Obj, rect


def strassen() -> list[Obj]:
    def road(i: int, name: str, geom: Polygon, gewidmet: bool = True) -> Obj:
        return Obj(f"STR-{i:03d}", geom, {"name": name, "gewidmet": gewidmet})

    return [
        road(1, "Hauptstraße", rect(0, 0, 680, 12)),
        road(2, "Am Markt", rect(110, 12, 160, 56)),
        road(3, "Kirchgasse", rect(131, 56, 139, 130)),
        road(4, "Lindenweg", rect(400, 12, 408, 152)),
        road(5, "Industriestraße", rect(250, -160, 260, 0)),
        road(6, "Feldweg", rect(560, 12, 566, 300)),
        road(7, "Privatweg Mühlenhof", rect(566, 120, 640, 125), gewidmet=False),
    ]


def denkmal() -> list[Obj]:
    mauer = LineString([(85.5, 2), (85.5, 56), (100, 140)]).buffer(2.5, cap_style="flat",
                                                                   join_style="mitre")
    ensemble = unary_union([rect(80, 12, 190, 56), rect(105, 56, 170, 80)])
    siedlung = Polygon([(423, 60), (433, 57), (437, 68), (435, 86), (424, 84)])

    def d(i: int, bez: str, art: str, geom: Any) -> Obj:
        return Obj(f"D-{i:03d}", geom, {"bezeichnung": bez, "art": art})

    return [
        d(1, "Kath. Pfarrkirche St. Marien, gotische Hallenkirche (14. Jh.)", "baudenkmal",
          Point(135, 152)),
        d(2, "Fachwerkhaus Am Markt 5 (1612)", "baudenkmal", rect(161, 38, 172, 52)),
        d(3, "Ensemble Historischer Marktplatz", "ensemble", ensemble),
        d(4, "Trasse der mittelalterlichen Stadtmauer", "bodendenkmal", mauer),
        d(5, "Eisenzeitliche Siedlungsstelle am Lindenweg", "bodendenkmal", siedlung),
        d(6, "Wegekreuz an der Hauptstraße (1783)", "baudenkmal", Point(84, -4)),
    ]


def schutzgebiete() -> list[Obj]:
    def s(i: str, name: str, typ: str, pts: Sequence[tuple[float, float]]) -> Obj:
        return Obj(i, Polygon(pts), {"name": name, "typ": typ})

    return [
        s("LSG-4807-0012", "Mühlenbachaue", "LSG",
          [(100, -272), (480, -262), (520, -450), (80, -450)]),
        s("DE-4807-301", "Mühlenbachtal", "FFH",
          [(335, -300), (400, -300), (425, -450), (325, -450)]),
        s("GB-4807-0047", "Feuchtwiese am Feldweg", "biotop",
          [(625, 245), (690, 238), (700, 320), (630, 325)]),
    ]


def baeume() -> list[Obj]:
    rows: list[tuple[str, int, float, float, float]] = [
        # art, Stammumfang cm, Kronendurchmesser m, x, y (local)
        ("Platane (Platanus × acerifolia)", 165, 12, 215, 10),
        ("Platane (Platanus × acerifolia)", 182, 13, 255, 10),
        ("Platane (Platanus × acerifolia)", 158, 11, 295, 10),
        ("Platane (Platanus × acerifolia)", 171, 12, 335, 10),
        ("Winterlinde (Tilia cordata)", 62, 5, 401, 22),
        ("Winterlinde (Tilia cordata)", 58, 5, 407, 62),
        ("Winterlinde (Tilia cordata)", 66, 5, 401, 102),
        ("Winterlinde (Tilia cordata)", 71, 5, 407, 142),
        ("Sommerlinde (Tilia platyphyllos), Dorflinde", 315, 16, 135, 44),
        ("Rosskastanie (Aesculus hippocastanum)", 210, 12, 152, 162),
        ("Stieleiche (Quercus robur)", 265, 18, 92, 100),
        ("Rotbuche (Fagus sylvatica)", 230, 16, 250, 70),
        ("Bergahorn (Acer pseudoplatanus)", 120, 10, 330, 95),
        ("Gemeine Eibe (Taxus baccata)", 95, 6, 109, 126),
        ("Walnuss (Juglans regia)", 85, 8, 186, 16),
        ("Walnuss (Juglans regia)", 130, 10, 389, 82),  # in the Baufenster of Lindenweg 8
        ("Rotbuche (Fagus sylvatica)", 195, 14, 375, 44),  # root zone reaches Lindenweg 4's
        ("Kulturapfel (Malus domestica)", 45, 5, 430, 125),  # unprotected, Lindenweg 11
        ("Vogelkirsche (Prunus avium)", 70, 6, 376, 100),
        ("Blutbuche (Fagus sylvatica f. purpurea)", 160, 12, 434, 145),
        ("Stieleiche (Quercus robur)", 240, 16, 420, 190),
        ("Sandbirke (Betula pendula)", 60, 6, 230, -20),  # unprotected, in a GE window
        ("Stieleiche (Quercus robur)", 150, 14, 206, -152),
        ("Stieleiche (Quercus robur), Solitär", 380, 20, 20, 70),
        ("Stieleiche (Quercus robur)", 180, 12, 556, 150),
        ("Stieleiche (Quercus robur)", 175, 14, 572, 262),
        ("Silberweide (Salix alba), Kopfweide", 140, 8, 362, -280),
        ("Silberweide (Salix alba), Kopfweide", 120, 8, 372, -320),
        ("Birne (Pyrus communis), Hochstamm", 95, 9, 448, 25),
        ("Kulturapfel (Malus domestica), Hochstamm", 60, 7, 468, 25),
        ("Kulturapfel (Malus domestica), Hochstamm", 55, 7, 448, 82),
        ("Zwetschge (Prunus domestica)", 40, 5, 488, 82),
    ]
    return [
        Obj(f"BAUM-{i:04d}", Point(x, y),
            {"art": art, "stammumfang_cm": umfang, "kronendurchmesser_m": krone})
        for i, (art, umfang, krone, x, y) in enumerate(rows, start=1)
    ]


def leitungen() -> list[Obj]:
    # Mains run in the road areas. The Feldweg has no sewer at all and its power line stops
    # at y = 160: the parcels beyond are the "missing main" cases.
    rows: list[tuple[str, str, str, list[tuple[float, float]]]] = [
        ("TW-01", "trinkwasser", "Trinkwasserleitung DN 200 Hauptstraße", [(0, 3), (680, 3)]),
        ("AW-01", "abwasser", "Mischwasserkanal DN 400 Hauptstraße", [(0, 6), (620, 6)]),
        ("ST-01", "strom", "Niederspannungskabel Hauptstraße", [(0, 9), (680, 9)]),
        ("TW-02", "trinkwasser", "Trinkwasserleitung DN 100 Am Markt/Kirchgasse",
         [(133, 12), (133, 130)]),
        ("AW-02", "abwasser", "Mischwasserkanal DN 300 Am Markt/Kirchgasse",
         [(135, 12), (135, 130)]),
        ("ST-02", "strom", "Niederspannungskabel Am Markt/Kirchgasse", [(137, 12), (137, 130)]),
        ("TW-03", "trinkwasser", "Trinkwasserleitung DN 100 Lindenweg", [(402, 12), (402, 152)]),
        ("AW-03", "abwasser", "Schmutzwasserkanal DN 250 Lindenweg", [(404, 12), (404, 152)]),
        ("ST-03", "strom", "Niederspannungskabel Lindenweg", [(406, 12), (406, 152)]),
        ("TW-04", "trinkwasser", "Trinkwasserleitung DN 150 Industriestraße",
         [(252, 0), (252, -160)]),
        ("AW-04", "abwasser", "Schmutzwasserkanal DN 300 Industriestraße",
         [(255, 0), (255, -160)]),
        ("ST-04", "strom", "Mittelspannungskabel Industriestraße", [(258, 0), (258, -160)]),
        ("TW-05", "trinkwasser", "Trinkwasserleitung DN 80 Feldweg", [(562, 12), (562, 250)]),
        ("ST-05", "strom", "Niederspannungskabel Feldweg", [(564, 12), (564, 160)]),
    ]
    return [Obj(i, LineString(pts), {"typ": typ, "bezeichnung": bez}) for i, typ, bez, pts in rows]


def flaechen() -> list[Obj]:
    park = Polygon([(190, 12), (364, 12), (364, 120), (170, 120), (170, 56), (190, 56)])
    teich = Point(300, 80).buffer(14, quad_segs=8)

    def f(i: int, typ: str, name: str, geom: Polygon) -> Obj:
        return Obj(f"OEF-{i:02d}", geom, {"typ": typ, "name": name})

    return [
        f(1, "gruen", "Stadtpark", park),
        f(2, "gruen", "Wallanlagen", rect(80, 56, 105, 140)),
        f(3, "wasser", "Mühlenbach (Nord)", rect(364, 12, 370, 210)),
        f(4, "wasser", "Mühlenbach (Süd)", rect(364, -450, 370, 0)),
        f(5, "wasser", "Mühlenteich", teich),
    ]
