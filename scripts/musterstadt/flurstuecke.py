"""The parcels (ALKIS Flurstücke) of Musterstadt with their addresses and owners."""

from __future__ import annotations

from shapely.geometry import Polygon

from .modell import STADT, Owners, Parcel, heirs, one, pair, rect

# Lindenweg (WA plan): parcels 30 m deep, 20 m wide; west side even numbers, east side odd.
WA_ROWS = tuple(12.0 + 20.0 * i for i in range(7))
WA_WEST, WA_EAST = (370.0, 400.0), (408.0, 438.0)
# Industriestraße (GE plan): parcels 50 m deep, 40 m wide.
GE_ROWS = tuple(-40.0 * (i + 1) for i in range(4))
GE_WEST, GE_EAST = (200.0, 250.0), (260.0, 310.0)


def wa_parcels() -> list[Parcel]:
    west: dict[int, tuple[str, Owners]] = {
        31: ("Lindenweg 2", one("Markus Albers")),
        32: ("Lindenweg 4", pair("Daniel Fischer", "Lea Fischer")),
        33: ("Lindenweg 6", one("Oliver Tenbrink")),
        34: ("Lindenweg 8", one("Jana Weber")),
        35: ("Lindenweg 10", one("Fatma Demir")),
        36: ("Lindenweg 12", one("Tobias Lammers")),
        37: ("Lindenweg 14", one("Birgit Heitkamp")),
    }
    east: dict[int, tuple[str, Owners]] = {
        41: ("Lindenweg 1", one("Andreas Wessels")),
        42: ("Lindenweg 3", one("Erika Mustermann")),
        43: ("Lindenweg 5", one("Lukas Hoffmann")),
        44: ("Lindenweg 7", one("Natalia Nowak")),
        45: ("Lindenweg 9", pair("Christian Schröder", "Anna Schröder")),
        46: ("Lindenweg 11", one("Sven Kemper")),
        47: ("Lindenweg 13", one("Gisela Rosendahl")),
    }
    out = []
    for i, y0 in enumerate(WA_ROWS):
        w, e = 31 + i, 41 + i
        out.append(Parcel(1, w, None, rect(WA_WEST[0], y0, WA_WEST[1], y0 + 20), *west[w]))
        out.append(Parcel(1, e, None, rect(WA_EAST[0], y0, WA_EAST[1], y0 + 20), *east[e]))
    return out


def ge_parcels() -> list[Parcel]:
    brinkmann = one("Brinkmann Metallbau GmbH")  # holds 81 and 82: one hall across both
    west = [
        (80, None, "Industriestraße 1", one("Autohaus Lindemann GmbH")),
        (81, None, "Industriestraße 3", brinkmann),
        (82, None, "Industriestraße 5", brinkmann),
        (83, None, "Industriestraße 7", one("Spedition Kötter GmbH & Co. KG")),
    ]
    east = [
        (84, None, "Industriestraße 2", one("Bäckerei Overkamp GmbH")),
        (85, 1, "Industriestraße 4", one("Tischlerei Janssen GmbH")),
        (85, 2, "Industriestraße 6", pair("Frank Janssen", "Petra Janssen")),
        (86, None, "Industriestraße 8", one(STADT)),
    ]
    out = []
    for y1, (wz, wn, wa, wo), (ez, en, ea, eo) in zip(GE_ROWS, west, east, strict=True):
        top = y1 + 40
        out.append(Parcel(2, wz, wn, rect(GE_WEST[0], y1, GE_WEST[1], top), wa, wo))
        out.append(Parcel(2, ez, en, rect(GE_EAST[0], y1, GE_EAST[1], top), ea, eo))
    return out


def altstadt_parcels() -> list[Parcel]:
    """The old town around the market square (§ 34): Am Markt, Kirchgasse, Kirchplatz."""
    becker = heirs("Ingrid Becker", "Thomas Becker", "Sabine Krüger")  # Erbengemeinschaft
    return [
        Parcel(1, 10, None, rect(80, 12, 110, 34), "Am Markt 1", one("Dr. Friederike Lange")),
        Parcel(1, 11, None, rect(80, 34, 110, 56), "Am Markt 2", one(STADT), "Rathaus"),
        Parcel(1, 12, None, rect(105, 56, 131, 80), "Am Markt 3",
               pair("Mehmet Yılmaz", "Ayşe Yılmaz")),
        Parcel(1, 13, None, rect(105, 80, 131, 105), "Kirchgasse 1", becker),
        Parcel(1, 14, None, rect(105, 105, 131, 130), "Kirchgasse 3", one("Peter Kowalski")),
        Parcel(1, 15, None, rect(110, 130, 160, 170), "Kirchplatz 1",
               one("Katholische Kirchengemeinde St. Marien Musterstadt"), "Kirche St. Marien"),
        Parcel(1, 16, None, rect(139, 105, 170, 130), "Kirchgasse 4", one("Monika Terhorst")),
        Parcel(1, 17, None, rect(139, 80, 170, 105), "Kirchgasse 2",
               pair("Stefan Brüggemann", "Julia Brüggemann")),
        Parcel(1, 18, None, rect(139, 56, 170, 80), "Am Markt 4", one("Wilhelm Overbeck")),
        Parcel(1, 19, None, rect(160, 34, 190, 56), "Am Markt 5",
               one("Heimatverein Musterstadt e. V."), "Fachwerkhaus"),
        Parcel(1, 20, None, rect(160, 12, 190, 34), "Am Markt 6", one("Karin Hülsmann")),
    ]


def aussen_parcels() -> list[Parcel]:
    """Fields, farms and woods outside plans and the built-up area (§ 35)."""
    p = Polygon
    schulte_wilms = one("Bernhard Schulte-Wilms")  # farmer holding 51 and 52
    return [
        Parcel(1, 1, None, p([(0, 12), (40, 12), (40, 100), (2, 108)]), "Westfeld",
               one("Gerhard Pöppelmann"), "Acker"),
        Parcel(1, 2, 1, p([(40, 12), (80, 12), (80, 104), (40, 100)]), "Westfeld",
               one("Franz-Josef Hegemann"), "Acker"),
        Parcel(1, 21, None, p([(100, 170), (175, 170), (178, 236), (104, 242)]), "Am Stadtwald",
               one(STADT), "Wald"),
        Parcel(1, 38, None, rect(370, 152, 438, 210), "Nordfeld", one(STADT), "Acker"),
        Parcel(1, 50, None, rect(438, 12, 500, 95), "Hauptstraße 80",
               pair("Hermann Wienhues", "Elisabeth Wienhues"), "Obstwiese"),
        Parcel(1, 51, None, rect(500, 12, 560, 100), "Feldweg 1", schulte_wilms,
               "Hof Schulte-Wilms"),
        Parcel(1, 52, None, rect(500, 100, 560, 190), "Feldweg 3", schulte_wilms, "Scheune"),
        Parcel(1, 53, None, p([(500, 190), (560, 190), (560, 300), (506, 296)]), "Nordfeld",
               one("Maria Schulte-Wilms"), "Acker"),
        Parcel(1, 54, None, rect(566, 12, 650, 120), "Feldweg 2",
               one("Raiffeisen-Genossenschaft Musterstadt eG"), "Raiffeisenlager"),
        Parcel(1, 55, None, rect(566, 125, 600, 230), "Feldweg 4", one("Dieter Hölscher"),
               "Wohnhaus"),
        Parcel(1, 56, None, p([(600, 125), (660, 125), (664, 230), (600, 230)]), "Mühlenhof 1",
               one("Ulrich Bergmann"), "Hof, nur über Privatweg"),
        Parcel(1, 57, None, p([(566, 230), (664, 230), (668, 300), (566, 300)]), "Feldweg 6",
               one("Heike Brockmann"), "Grünland"),
        Parcel(2, 3, None, p([(80, -84), (140, -84), (140, 0), (80, 0)]), "Südfeld",
               one("Josef Hagedorn"), "Acker"),
        Parcel(2, 4, None, p([(140, -84), (200, -80), (200, 0), (140, 0)]), "Südfeld",
               pair("Annegret Hagedorn", "Josef Hagedorn"), "Acker"),
        Parcel(2, 90, None, p([(200, -160), (310, -160), (310, -225), (200, -235)]),
               "Südflur", one("Werner Kötter"), "Acker"),
        Parcel(2, 91, None, p([(200, -235), (310, -225), (310, -300), (200, -292)]),
               "Südflur", one(STADT), "Grünland"),
    ]
