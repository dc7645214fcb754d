#!/usr/bin/env python3
"""Generate "Musterstadt", the demo municipality data package (layout: shared/spec/gemeinde.md).

    python scripts/make_musterstadt.py [--out DIR] [--docs DIR]

Writes the registers to `--out` (default `examples/musterstadt/`) and the description with its
parcel table and overview map to `--docs` (default `docs/`: `musterstadt.md`, `musterstadt.png`).

The town is designed in a local metric frame (metres; local (0, 0) is E 360000 N 5650000 in
EPSG:25832, i.e. in NRW) and written as GeoJSON (RFC 7946, WGS84) and XPlanGML 6.0
(EPSG:25832). The parcel table, including a safe building window per parcel and the findings
to expect there, is computed from the same geometry and rules (shared/spec/regeln.md), so the
documentation cannot drift from the data. The output is deterministic: a test compares a fresh
run with the committed files byte for byte, and the script checks its own invariants (no
overlapping parcels, planned road access, a window for every parcel, …) before writing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from lxml import etree
from PIL import Image, ImageDraw, ImageFont
from pyproj import Transformer
from shapely.affinity import translate
from shapely.geometry import LineString, Point, Polygon, mapping
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

REPO = Path(__file__).resolve().parents[1]
ORIGIN = (360000.0, 5650000.0)  # EPSG:25832 of local (0, 0)
CRS = "EPSG:25832"
LAND, GEMARKUNG_NR, GEMARKUNG = "05", "9999", "Musterstadt"
STADT = "Stadt Musterstadt"

# Values of gemeinde.toml / regeln.md that the window and the expected findings depend on.
UMGEBUNG_M = 50.0
ANSCHLUSS_M = 50.0
STRASSE_TOL_M = 0.5
STAMM_MIN_CM = 80
WURZEL_ZUSCHLAG_M = 1.5
# Safe-window parameters: 3.5 m keeps a 3 m Abstandsfläche (GK 1/2 residential, or 0.4 H
# for H <= 8.75 m) on the plot with room to spare; MARGIN keeps the window clear of root
# zones and protected areas even after the WGS84 round trip (touching counts as affected).
SETBACK_M = 3.5
HOUSE_M = (10.0, 12.0)
MARGIN_M = 0.25
GRID_M = 0.5
POINT_MONUMENT_RADIUS_M = 10.0  # a baudenkmal given as a point stands for a building
NEAR_M = 60.0  # what the table lists as "nearby"

XPLAN = "http://www.xplanung.de/xplangml/6/0"
GML = "http://www.opengis.net/gml/3.2"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XPLAN_SCHEMA = (
    "https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd"
)
GML_ID_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://musterstadt.example/xplanung")

Owners = tuple[tuple[str, str], ...]


# --------------------------------------------------------------------------- design types


@dataclass(frozen=True)
class Parcel:
    flur: int
    zaehler: int
    nenner: int | None
    geom: Polygon  # local metres
    adresse: str  # ALKIS Lagebezeichnung
    owners: Owners
    note: str = ""  # what is there, for the docs only

    @property
    def kennzeichen(self) -> str:
        nenner = f"{self.nenner:04d}" if self.nenner is not None else "____"
        return f"{LAND}{GEMARKUNG_NR}{self.flur:03d}{self.zaehler:05d}{nenner}__"

    @property
    def label(self) -> str:
        return f"{self.zaehler}/{self.nenner}" if self.nenner is not None else str(self.zaehler)


@dataclass(frozen=True)
class Obj:
    """A register object of any layer: id, geometry (local metres) and properties."""

    id: str
    geom: Any
    props: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.props[key]


@dataclass(frozen=True)
class Zone:
    key: str
    aufschrift: str
    geom: Polygon
    allg: str
    besondere: str
    grz: float
    gfz: float
    z: int
    bauweise: str
    bebauungsart: str | None = None
    sondernutzung: tuple[str, str] | None = None  # XP_Sondernutzungen code, nutzungText

    @property
    def kuerzel(self) -> str:
        return {"1200": "WA", "1700": "GE", "2100": "SO"}[self.besondere]


@dataclass(frozen=True)
class Fenster:
    """A BP_UeberbaubareGrundstuecksFlaeche; `z` overrides the zone's Z where given."""

    key: str
    geom: Polygon
    z: int | None = None


@dataclass(frozen=True)
class Plan:
    key: str
    datei: str
    name: str
    nummer: str
    beschreibung: str
    geltungsbereich: Polygon
    zones: tuple[Zone, ...]
    fenster: tuple[Fenster, ...]
    strassen: tuple[tuple[str, str, Polygon], ...]  # key, name, area
    text: tuple[str, str]  # schluessel, text
    daten: tuple[str, str, str]  # Aufstellungs-, Satzungsbeschluss, Inkrafttreten

    def gml_id(self, *parts: str) -> str:
        return gml_id(self.key, *parts)


@dataclass(frozen=True)
class Town:
    parcels: tuple[Parcel, ...]
    strassen: tuple[Obj, ...]
    plans: tuple[Plan, ...]
    denkmal: tuple[Obj, ...]
    schutz: tuple[Obj, ...]
    baeume: tuple[Obj, ...]
    leitungen: tuple[Obj, ...]
    flaechen: tuple[Obj, ...]
    innenbereich: Polygon


def gml_id(*parts: str) -> str:
    # Stable UUID-style ids (as XPlanung tools write them) that survive regeneration.
    return "Gml_" + str(uuid.uuid5(GML_ID_NS, "/".join(parts))).upper()


def rect(x0: float, y0: float, x1: float, y1: float) -> Polygon:
    return shapely.box(x0, y0, x1, y1)


def one(name: str) -> Owners:
    return ((name, "1/1"),)


def pair(a: str, b: str) -> Owners:
    return ((a, "1/2"), (b, "1/2"))


def heirs(*names: str) -> Owners:
    share = f"1/{len(names)}"
    return tuple((n, share) for n in names)


# --------------------------------------------------------------------------- the town

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


def plans() -> list[Plan]:
    return [wa_plan(), ge_plan()]


def wa_fenster() -> list[Fenster]:
    # Baugrenze 3 m behind the road and the side boundaries, 15 m deep: a 12 m rear garden.
    out = []
    for i, y0 in enumerate(WA_ROWS):
        z_ortsrand = 1 if i == len(WA_ROWS) - 1 else None  # last west plot: Z I at the edge
        out.append(Fenster(f"fenster/{31 + i}", rect(382, y0 + 3, 397, y0 + 17), z_ortsrand))
        out.append(Fenster(f"fenster/{41 + i}", rect(411, y0 + 3, 426, y0 + 17)))
    return out


def wa_plan() -> Plan:
    def zone(key: str, auf: str, x: tuple[float, float]) -> Zone:
        return Zone(key, auf, rect(x[0], 12, x[1], 152), "1000", "1200", 0.4, 0.8, 2, "1000",
                    "4000")

    return Plan(
        key="bplan-12",
        datei="bplan_12_am_lindenweg.gml",
        name="Bebauungsplan Nr. 12 „Am Lindenweg“",
        nummer="12",
        beschreibung="Allgemeines Wohngebiet beiderseits des Lindenwegs",
        geltungsbereich=rect(370, 12, 438, 152),
        zones=(zone("wa1", "WA 1", WA_WEST), zone("wa2", "WA 2", WA_EAST)),
        fenster=tuple(wa_fenster()),
        strassen=(("lindenweg", "Lindenweg", rect(400, 12, 408, 152)),),
        text=("§ 2 Nr. 1", "In den allgemeinen Wohngebieten sind nur Einzel- und Doppelhäuser "
              "mit Sattel- oder Walmdach und einer Dachneigung von 30° bis 45° zulässig."),
        daten=("2014-03-11", "2016-06-21", "2016-09-01"),
    )


def ge_fenster() -> list[Fenster]:
    # Baugrenze 3 m behind road and side boundaries, 5 m before the rear boundary. Brinkmann's
    # plots 81/82 share one window (the plan foresaw the firm's extension) with its own Z.
    out = [Fenster("fenster/81-82", rect(205, -117, 247, -43), z=4)]
    for i, y1 in enumerate(GE_ROWS):
        if i not in (1, 2):
            out.append(Fenster(f"fenster/w{i}", rect(205, y1 + 3, 247, y1 + 37)))
        out.append(Fenster(f"fenster/e{i}", rect(263, y1 + 3, 305, y1 + 37)))
    return out


def ge_plan() -> Plan:
    def zone(key: str, auf: str, x: tuple[float, float], y0: float = -160) -> Zone:
        return Zone(key, auf, rect(x[0], y0, x[1], 0), "3000", "1700", 0.8, 1.6, 3, "3000")

    # Industriestraße 8 (2-86): a Sondergebiet for large-scale retail (§ 11 Abs. 3 BauNVO),
    # a zone the catalogue of uses of regeln.md does not know.
    so = Zone("so1", "SO Einzelhandel", rect(GE_EAST[0], -160, GE_EAST[1], -120), "4000",
              "2100", 0.8, 1.2, 2, "1000",
              sondernutzung=("1600", "Großflächiger Einzelhandel, Verkaufsfläche höchstens "
                                     "1.200 m²"))

    return Plan(
        key="bplan-7",
        datei="bplan_07_gewerbegebiet_industriestrasse.gml",
        name="Bebauungsplan Nr. 7 „Gewerbegebiet Industriestraße“",
        nummer="7",
        beschreibung="Gewerbegebiet beiderseits der Industriestraße, Sondergebiet "
                     "großflächiger Einzelhandel im Süden der Ostseite",
        geltungsbereich=rect(200, -160, 310, 0),
        zones=(zone("ge1", "GE 1", GE_WEST), zone("ge2", "GE 2", GE_EAST, -120), so),
        fenster=tuple(ge_fenster()),
        strassen=(("industriestrasse", "Industriestraße", rect(250, -160, 260, 0)),),
        text=("§ 3", "Werbeanlagen sind nur an der Stätte der Leistung zulässig."),
        daten=("2005-02-15", "2007-05-08", "2007-07-01"),
    )


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


def build_town() -> Town:
    parcels = sorted(wa_parcels() + ge_parcels() + altstadt_parcels() + aussen_parcels(),
                     key=lambda p: p.kennzeichen)
    roads = strassen()
    altstadt = [p.geom for p in parcels if p.flur == 1 and 10 <= p.zaehler <= 20]
    innen = unary_union([*altstadt, roads[1].geom, roads[2].geom])
    return Town(
        parcels=tuple(parcels), strassen=tuple(roads), plans=tuple(plans()),
        denkmal=tuple(denkmal()), schutz=tuple(schutzgebiete()), baeume=tuple(baeume()),
        leitungen=tuple(leitungen()), flaechen=tuple(flaechen()), innenbereich=innen,
    )


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class Regime:
    """Which planning law applies at a point (regeln.md, "Which law applies")."""

    plan: Plan | None = None
    zone: Zone | None = None
    fenster: Fenster | None = None
    innen: bool = False

    def label(self) -> str:
        if self.plan is not None and self.zone is not None:
            z = f", Baufenster Z {self.fenster.z}" if self.fenster and self.fenster.z else ""
            return (f"B-Plan Nr. {self.plan.nummer}, {self.zone.aufschrift} "
                    f"({self.zone.kuerzel} {self.zone.besondere}), "
                    f"`{self.plan.gml_id(self.zone.key)}`{z}")
        return "§ 34 Innenbereich" if self.innen else "§ 35 Außenbereich"


def regime_at(town: Town, pt: Point) -> Regime:
    for plan in town.plans:
        if plan.geltungsbereich.intersects(pt):
            zone = next((z for z in plan.zones if z.geom.intersects(pt)), None)
            fenster = next((f for f in plan.fenster if f.geom.intersects(pt)), None)
            return Regime(plan, zone, fenster)
    return Regime(innen=bool(town.innenbereich.intersects(pt)))


def root_zone(tree: Obj) -> Polygon:
    return tree.geom.buffer(tree["kronendurchmesser_m"] / 2 + WURZEL_ZUSCHLAG_M, quad_segs=16)


def protected(tree: Obj) -> bool:
    return int(tree["stammumfang_cm"]) >= STAMM_MIN_CM


def monument_area(m: Obj) -> Polygon:
    """Ground a new building must keep off: the monument itself (a point stands for a
    building of unknown outline, so a circle around it)."""
    if m.geom.geom_type == "Point":
        return m.geom.buffer(POINT_MONUMENT_RADIUS_M, quad_segs=16)
    return m.geom


def blocked_area(town: Town, ignore: frozenset[str] = frozenset()) -> Polygon:
    """Everything a safe building window keeps clear of (with MARGIN, as touching counts)."""
    parts = [root_zone(t).buffer(MARGIN_M) for t in town.baeume if t.id not in ignore]
    parts += [s.geom.buffer(MARGIN_M) for s in town.schutz]
    parts += [monument_area(m).buffer(MARGIN_M) for m in town.denkmal
              if m["art"] in ("baudenkmal", "bodendenkmal")]
    return unary_union(parts)


def fenster_union(plan: Plan) -> Polygon:
    return unary_union([f.geom for f in plan.fenster])


def plot_regime(town: Town, plot: Polygon) -> Regime:
    return regime_at(town, plot.representative_point())


def allowed_region(town: Town, plot: Polygon, ignore: frozenset[str] = frozenset()) -> Polygon:
    region = plot.buffer(-SETBACK_M)
    regime = plot_regime(town, plot)
    if regime.plan is not None:
        region = region.intersection(fenster_union(regime.plan))
    return region.difference(blocked_area(town, ignore))


def longest_run(mask: np.ndarray) -> tuple[int, int]:
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    i = int(np.argmax(ends - starts))
    return int(starts[i]), int(ends[i] - starts[i])


def fits_house(w: float, h: float) -> bool:
    short, long_ = sorted(HOUSE_M)
    return min(w, h) >= short and max(w, h) >= long_


def largest_window(region: Polygon) -> Polygon | None:
    """The largest axis-aligned rectangle on a 0.5 m grid inside `region` that holds the
    10 x 12 m house in either orientation (brute force over row pairs; small parcels)."""
    if region.is_empty:
        return None
    minx, miny, maxx, maxy = region.bounds
    x0, y0 = math.floor(minx / GRID_M) * GRID_M, math.floor(miny / GRID_M) * GRID_M
    nx, ny = math.ceil((maxx - x0) / GRID_M), math.ceil((maxy - y0) / GRID_M)
    xs, ys = np.meshgrid(x0 + GRID_M * np.arange(nx), y0 + GRID_M * np.arange(ny))
    shapely.prepare(region)
    free = shapely.contains(region, shapely.box(xs, ys, xs + GRID_M, ys + GRID_M))
    best: tuple[float, float, float, float] | None = None
    best_area = 0.0
    for top in range(ny):
        cols = np.ones(nx, dtype=bool)
        for bottom in range(top, ny):
            cols &= free[bottom]
            if not cols.any():
                break
            start, length = longest_run(cols)
            w, h = length * GRID_M, (bottom - top + 1) * GRID_M
            if fits_house(w, h) and w * h > best_area:
                best_area = w * h
                best = (x0 + start * GRID_M, y0 + top * GRID_M,
                        x0 + (start + length) * GRID_M, y0 + (bottom + 1) * GRID_M)
    return rect(*best) if best else None


def place_house(window: Polygon) -> Polygon:
    """The 10 x 12 m Musterhaus in the middle of the window (on the 0.5 m grid)."""
    minx, miny, maxx, maxy = window.bounds
    w, h = maxx - minx, maxy - miny
    hw, hh = (HOUSE_M[0], HOUSE_M[1]) if w >= HOUSE_M[0] and h >= HOUSE_M[1] else HOUSE_M[::-1]
    x = minx + math.floor((w - hw) / 2 / GRID_M) * GRID_M
    y = miny + math.floor((h - hh) / 2 / GRID_M) * GRID_M
    return rect(x, y, x + hw, y + hh)


@dataclass(frozen=True)
class Musterbau:
    """The model building the table's findings are computed for."""

    bezeichnung: str
    nutzung: str
    vollgeschosse: int
    geschossflaeche_m2: float
    nebenanlagen_m2: float


WOHNHAUS = Musterbau("Einfamilienhaus", "wohnen", 2, 240.0, 36.0)
HALLE = Musterbau("Gewerbehalle", "gewerbe", 1, 120.0, 60.0)
# The two uses of the catalogue (regeln.md) the model buildings need, per zone.
KATALOG = {("1200", "wohnen"): "Z", ("1700", "wohnen"): "A", ("1700", "gewerbe"): "Z",
           ("1200", "gewerbe"): "-"}
KATALOG_GEBIETE = ("1100", "1200", "1500", "1550", "1700", "1800")  # WR WA MI MU GE GI
GEWERBLICH = ("1700", "2100")  # zones whose Musterbau is the Gewerbehalle


def musterbau_for(regime: Regime) -> Musterbau:
    return HALLE if regime.zone is not None and regime.zone.besondere in GEWERBLICH else WOHNHAUS


def planning_findings(town: Town, plot: Polygon, house: Polygon, bau: Musterbau) -> list[str]:
    regime = regime_at(town, house.centroid)
    if regime.plan is None or regime.zone is None:
        return ["INNENBEREICH_34" if regime.innen else "AUSSENBEREICH_35"]
    out = []
    zone, area, gr = regime.zone, float(plot.area), float(house.area)
    art = KATALOG.get((zone.besondere, bau.nutzung), "?")
    if zone.besondere not in KATALOG_GEBIETE:
        out.append(f"ART_NUTZUNG_UNGEPRUEFT ({bau.nutzung})")
    elif art == "A":
        out.append(f"ART_NUTZUNG_AUSNAHME ({bau.nutzung})")
    elif art == "-":
        out.append(f"ART_NUTZUNG_UNZULAESSIG ({bau.nutzung})")
    if gr / area > zone.grz + 0.005 or (gr + bau.nebenanlagen_m2) / area > min(
            1.5 * zone.grz, 0.8) + 0.005:
        out.append("GRZ_UEBERSCHRITTEN")
    if bau.geschossflaeche_m2 / area > zone.gfz + 0.005:
        out.append("GFZ_UEBERSCHRITTEN")
    z = regime.fenster.z if regime.fenster and regime.fenster.z else zone.z
    if bau.vollgeschosse > z:
        out.append(f"VOLLGESCHOSSE_UEBERSCHRITTEN (Z {z})")
    if not fenster_union(regime.plan).buffer(0.05).contains(house):
        out.append("BAUGRENZE_UEBERSCHRITTEN")
    return out


def monument_findings(town: Town, plot: Polygon, house: Polygon) -> list[str]:
    out = []
    for m in town.denkmal:
        art = m["art"]
        if art == "bodendenkmal":
            if m.geom.intersects(house):
                out.append(f"BODENDENKMAL_BETROFFEN ({m.id})")
        elif (art == "baudenkmal" and m.geom.intersects(plot)) or (
                art == "ensemble" and m.geom.intersects(house)):
            out.append(f"DENKMAL_BETROFFEN ({m.id})")
        elif m.geom.distance(house) <= UMGEBUNG_M:
            out.append(f"DENKMAL_UMGEBUNG ({m.id}, {m.geom.distance(house):.1f} m)")
    return out


def site_findings(town: Town, plot: Polygon, house: Polygon) -> list[str]:
    out = [f"SCHUTZGEBIET_BETROFFEN ({s.id})" for s in town.schutz if s.geom.intersects(house)]
    out += [f"GESCHUETZTER_BAUM_BETROFFEN ({t.id})" for t in town.baeume
            if protected(t) and root_zone(t).intersects(house)]
    if not any(r["gewidmet"] and r.geom.distance(plot) <= STRASSE_TOL_M for r in town.strassen):
        out.append("ERSCHLIESSUNG_STRASSE_FEHLT")
    out += [f"ERSCHLIESSUNG_{typ.upper()}_FEHLT" for typ in missing_mains(town, plot)]
    return out


def missing_mains(town: Town, plot: Polygon) -> list[str]:
    return [typ for typ in ("trinkwasser", "abwasser", "strom")
            if main_distance(town, plot, typ) > ANSCHLUSS_M]


def main_distance(town: Town, plot: Polygon, typ: str) -> float:
    return min(float(m.geom.distance(plot)) for m in town.leitungen if m["typ"] == typ)


def expected_findings(town: Town, plot: Polygon, house: Polygon) -> list[str]:
    bau = musterbau_for(regime_at(town, house.centroid))
    return (planning_findings(town, plot, house, bau) + monument_findings(town, plot, house)
            + site_findings(town, plot, house))


@dataclass(frozen=True)
class Assessment:
    """What the table says about one plot (one parcel, or several of one owner)."""

    regime: Regime
    window: Polygon | None
    house: Polygon | None
    felled: tuple[str, ...]  # protected trees the house needs felled (no safe window)
    findings: tuple[str, ...]


def assess(town: Town, plot: Polygon) -> Assessment:
    regime = plot_regime(town, plot)
    window = largest_window(allowed_region(town, plot))
    felled: tuple[str, ...] = ()
    if window is None:
        # No window without a protected tree: offer the one that needs a felling permit.
        felled = tuple(t.id for t in town.baeume if protected(t)
                       and root_zone(t).intersects(plot.buffer(-SETBACK_M)))
        window = largest_window(allowed_region(town, plot, frozenset(felled)))
    house = place_house(window) if window is not None else None
    findings = tuple(expected_findings(town, plot, house)) if house is not None else ()
    return Assessment(regime, window, house, felled, findings)


# --------------------------------------------------------------------------- output: common


def to_world(geom: Any) -> Any:
    return translate(geom, ORIGIN[0], ORIGIN[1])


@lru_cache(maxsize=1)
def wgs84_transformer() -> Transformer:
    return Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)


def to_wgs84(geom: Any) -> Any:
    tr = wgs84_transformer()

    def fn(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lon, lat = tr.transform(xs, ys)
        return np.asarray(lon), np.asarray(lat)

    return shapely.transform(to_world(geom), fn, interleaved=False)


def rounded(coords: Any) -> Any:
    if isinstance(coords, (tuple, list)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), 8) for c in coords]
    return [rounded(c) for c in coords]


def geojson_geometry(geom: Any) -> dict[str, Any]:
    """RFC 7946 geometry: WGS84 lon/lat, 8 decimals (about 1 mm), outer rings counter-
    clockwise (right-hand rule)."""
    g = to_wgs84(geom)
    if g.geom_type == "Polygon":
        g = orient(g, sign=1.0)
    m = mapping(g)
    return {"type": m["type"], "coordinates": rounded(m["coordinates"])}


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_collection(path: Path, features: Iterable[tuple[dict[str, Any], Any]]) -> None:
    # One feature per line: readable diffs, still a plain GeoJSON FeatureCollection.
    lines = [dumps({"type": "Feature", "properties": props, "geometry": geojson_geometry(g)})
             for props, g in features]
    write_text(path, '{"type": "FeatureCollection", "features": [\n'
               + ",\n".join(lines) + "\n]}\n")


def ws(x: float, y: float) -> str:
    """A local point as EPSG:25832 text."""
    return f"{x + ORIGIN[0]:.1f}, {y + ORIGIN[1]:.1f}"


def bounds_text(geom: Any) -> str:
    minx, miny, maxx, maxy = geom.bounds
    return f"({ws(minx, miny)}, {ws(maxx, maxy)})"


# --------------------------------------------------------------------------- output: registers

GEMEINDE_TOML = """\
name = "Musterstadt"
ags = "05999999"              # Amtlicher Gemeindeschlüssel
land = "NW"                    # Bundesland code; selects Land rule variants
crs = "EPSG:25832"

[abstandsflaechen]
faktor = 0.4                   # depth = faktor × H
faktor_gewerbe = 0.2           # in GE/GI zones
minimum_m = 3.0
gk12_wohngebaeude_m = 3.0      # § 6 Abs. 5 S. 3 MBO: GK 1/2 residential, ≤ 3 storeys

[denkmalschutz]
umgebung_m = 50.0              # Umgebungsschutz distance from the footprint

[baumschutz]                   # Baumschutzsatzung
stammumfang_min_cm = 80        # girth measured 1 m above ground
wurzelbereich_zuschlag_m = 1.5 # root zone = crown radius + this margin

[erschliessung]
anschluss_max_m = 50.0         # a main within this distance of a parcel counts as reachable

[stellplaetze]                 # Stellplatzsatzung
je_wohneinheit = 1.0
je_100m2_gewerbe = 2.5

[briefkopf]                    # letterhead of notices (Bescheide)
behoerde = "Stadt Musterstadt – Der Bürgermeister"
amt = "Bauordnungsamt"
anschrift = "Rathausplatz 1, 12345 Musterstadt"
telefon = "0123 4567-0"
email = "bauordnung@musterstadt.example"
web = "https://www.musterstadt.example"

[gebuehren]                    # fee of a building permit
tarifstelle = "Tarifstelle 2.4.1.1 AVerwGebO NRW"
rohbauwert_je_m2_eur = 500.0   # Rohbauwert = Geschossfläche × this
satz_promille = 6.0            # of the Rohbauwert
mindestgebuehr_eur = 100.0
versagung_anteil = 0.5         # a refusal costs this share
faellig_tage = 30
iban = "DE02 1234 5678 0000 1234 56"
kassenzeichen_praefix = "BA-"

[rechtsbehelf]                 # NRW: no Widerspruchsverfahren (§ 110 JustG NRW): Klage
art = "klage"
gericht = "Verwaltungsgericht Musterstadt"
gericht_anschrift = "Gerichtsstraße 5, 12345 Musterstadt"

[bescheid]
geltungsdauer_jahre = 3        # § 73 Abs. 1 MBO
nachforderung_frist_tage = 30  # § 69 Abs. 2 MBO
"""


def write_registers(town: Town, out: Path) -> None:
    write_text(out / "gemeinde.toml", GEMEINDE_TOML)
    write_collection(out / "alkis/flurstuecke.geojson", (
        ({"flurstueckskennzeichen": p.kennzeichen, "gemarkung": GEMARKUNG, "flur": p.flur,
          "flaeche_m2": round(float(p.geom.area), 1), "lagebezeichnung": p.adresse}, p.geom)
        for p in town.parcels))
    owners = {p.kennzeichen: [{"name": n, "anteil": a} for n, a in p.owners]
              for p in town.parcels}
    write_text(out / "grundbuch/eigentum.json",
               json.dumps(owners, ensure_ascii=False, indent=2) + "\n")
    layers: list[tuple[str, tuple[Obj, ...]]] = [
        ("denkmal/denkmalliste.geojson", town.denkmal),
        ("natur/schutzgebiete.geojson", town.schutz),
        ("natur/baeume.geojson", town.baeume),
        ("erschliessung/strassen.geojson", town.strassen),
        ("erschliessung/leitungen.geojson", town.leitungen),
        ("flaechen/oeffentlich.geojson", town.flaechen),
    ]
    for rel, objs in layers:
        write_collection(out / rel, (({"id": o.id, **o.props}, o.geom) for o in objs))
    write_collection(out / "innenbereich.geojson", [(
        {"id": "IB-01", "bezeichnung": "Im Zusammenhang bebauter Ortsteil Altstadt (§ 34 BauGB)"},
        town.innenbereich)])
    for plan in town.plans:
        write_xplan(plan, out / "bplan" / plan.datei)


# --------------------------------------------------------------------------- output: XPlanGML


class GmlWriter:
    """Builds one XPlanGML 6.0 document (XPlanAuszug with featureMembers)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        nsmap = {"xplan": XPLAN, "gml": GML, "xlink": XLINK, "xsi": XSI}
        self.root = etree.Element(f"{{{XPLAN}}}XPlanAuszug", nsmap=nsmap)
        self.root.set(f"{{{XSI}}}schemaLocation", f"{XPLAN} {XPLAN_SCHEMA}")
        self.root.set(f"{{{GML}}}id", plan.gml_id("auszug"))
        self.envelope(self.root, plan.geltungsbereich)

    @staticmethod
    def sub(parent: etree._Element, tag: str, text: str | None = None,
            **attrs: str) -> etree._Element:
        ns, local = tag.split(":")
        el = etree.SubElement(parent, f"{{{XPLAN if ns == 'xplan' else GML}}}{local}")
        for k, v in attrs.items():
            el.set(f"{{{XLINK}}}href" if k == "href" else f"{{{GML}}}{k}" if k == "id" else k, v)
        if text is not None:
            el.text = text
        return el

    def feature(self, tag: str, key: str) -> etree._Element:
        member = self.sub(self.root, "gml:featureMember")
        return self.sub(member, tag, id=self.plan.gml_id(key))

    def ref(self, parent: etree._Element, tag: str, key: str) -> None:
        self.sub(parent, tag, href="#" + self.plan.gml_id(key))

    @staticmethod
    def pos_list(coords: Iterable[tuple[float, float]]) -> str:
        return " ".join(f"{x + ORIGIN[0]:.3f} {y + ORIGIN[1]:.3f}" for x, y in coords)

    def envelope(self, parent: etree._Element, geom: Any) -> None:
        minx, miny, maxx, maxy = geom.bounds
        env = self.sub(self.sub(parent, "gml:boundedBy"), "gml:Envelope", srsName=CRS)
        self.sub(env, "gml:lowerCorner", f"{minx + ORIGIN[0]:.3f} {miny + ORIGIN[1]:.3f}")
        self.sub(env, "gml:upperCorner", f"{maxx + ORIGIN[0]:.3f} {maxy + ORIGIN[1]:.3f}")

    def polygon(self, parent: etree._Element, geom: Polygon, key: str) -> None:
        geom = orient(geom, sign=1.0)  # XPlanung: exterior counter-clockwise
        poly = self.sub(parent, "gml:Polygon", id=self.plan.gml_id(key, "geom"), srsName=CRS)
        ring = self.sub(self.sub(poly, "gml:exterior"), "gml:LinearRing")
        self.sub(ring, "gml:posList", self.pos_list(geom.exterior.coords))

    def line(self, parent: etree._Element, geom: LineString, key: str) -> None:
        ls = self.sub(parent, "gml:LineString", id=self.plan.gml_id(key, "geom"), srsName=CRS)
        self.sub(ls, "gml:posList", self.pos_list(geom.coords))

    def objekt(self, tag: str, key: str, geom: Any) -> etree._Element:
        """The common head of a Planinhalt: extent, Bereich and Rechtscharakter."""
        el = self.feature(tag, key)
        self.envelope(el, geom)
        self.ref(el, "xplan:gehoertZuBereich", "bereich")
        return el


def write_xplan(plan: Plan, path: Path) -> None:
    w = GmlWriter(plan)
    content = plan_content_keys(plan)
    bp_plan(w, plan)
    bp_bereich(w, plan, content)
    text = w.feature("xplan:XP_TextAbschnitt", "text")
    w.sub(text, "xplan:schluessel", plan.text[0])
    w.sub(text, "xplan:text", plan.text[1])
    w.sub(text, "xplan:rechtscharakter", "1000")
    for zone in plan.zones:
        bp_zone(w, zone)
    for key, name, geom in plan.strassen:
        el = w.objekt("xplan:SO_Strassenverkehr", key, geom)
        w.sub(el, "xplan:rechtscharakter", "1000")
        w.polygon(w.sub(el, "xplan:position"), geom, key)
        w.sub(el, "xplan:flaechenschluss", "true")
        w.sub(el, "xplan:name", name)
        w.sub(el, "xplan:nutzungsform", "2000")
        w.sub(el, "xplan:hatDarstellungMitBesondZweckbest", "false")
    for f in plan.fenster:
        bp_fenster(w, f)
    for f in plan.fenster:
        el = w.objekt("xplan:BP_BauGrenze", f.key + "/baugrenze", f.geom)
        w.sub(el, "xplan:rechtscharakter", "1000")
        w.line(w.sub(el, "xplan:position"), orient(f.geom, 1.0).exterior, f.key + "/baugrenze")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(etree.tostring(w.root, xml_declaration=True, encoding="UTF-8",
                                    pretty_print=True))


def plan_content_keys(plan: Plan) -> list[str]:
    return ([z.key for z in plan.zones] + [k for k, _, _ in plan.strassen]
            + [f.key for f in plan.fenster] + [f.key + "/baugrenze" for f in plan.fenster])


def bp_plan(w: GmlWriter, plan: Plan) -> None:
    el = w.feature("xplan:BP_Plan", "plan")
    w.envelope(el, plan.geltungsbereich)
    w.sub(el, "xplan:name", plan.name)
    w.sub(el, "xplan:nummer", plan.nummer)
    w.sub(el, "xplan:beschreibung", plan.beschreibung)
    w.sub(el, "xplan:technHerstellDatum", "2026-01-15")
    w.sub(el, "xplan:erstellungsMassstab", "1000")
    w.sub(el, "xplan:technischerPlanersteller", "Stadt Musterstadt, Fachbereich Planen und Bauen")
    w.polygon(w.sub(el, "xplan:raeumlicherGeltungsbereich"), plan.geltungsbereich, "plan")
    w.ref(el, "xplan:texte", "text")
    gemeinde = w.sub(w.sub(el, "xplan:gemeinde"), "xplan:XP_Gemeinde")
    w.sub(gemeinde, "xplan:ags", "05999999")
    w.sub(gemeinde, "xplan:gemeindeName", "Musterstadt")
    w.sub(el, "xplan:planArt", "10001")  # qualifizierter B-Plan (§ 30 Abs. 1 BauGB)
    w.sub(el, "xplan:rechtsstand", "4000")  # in Kraft getreten
    w.sub(el, "xplan:aufstellungsbeschlussDatum", plan.daten[0])
    w.sub(el, "xplan:satzungsbeschlussDatum", plan.daten[1])
    w.sub(el, "xplan:inkrafttretensDatum", plan.daten[2])
    for tag, name, datum in (("versionBauNVO", "BauNVO", "2017-11-21"),
                             ("versionBauGB", "BauGB", "2017-11-03")):
        grundlage = w.sub(w.sub(el, f"xplan:{tag}"), "xplan:XP_GesetzlicheGrundlage")
        w.sub(grundlage, "xplan:name", name)
        w.sub(grundlage, "xplan:datum", datum)
    w.ref(el, "xplan:bereich", "bereich")


def bp_bereich(w: GmlWriter, plan: Plan, content: list[str]) -> None:
    el = w.feature("xplan:BP_Bereich", "bereich")
    w.envelope(el, plan.geltungsbereich)
    w.sub(el, "xplan:nummer", "0")
    w.sub(el, "xplan:name", "Geltungsbereich")
    w.polygon(w.sub(el, "xplan:geltungsbereich"), plan.geltungsbereich, "bereich")
    for key in content:
        w.ref(el, "xplan:planinhalt", key)
    w.sub(el, "xplan:verfahren", "1000")
    w.ref(el, "xplan:gehoertZuPlan", "plan")


def bp_zone(w: GmlWriter, zone: Zone) -> None:
    el = w.objekt("xplan:BP_BaugebietsTeilFlaeche", zone.key, zone.geom)
    w.sub(el, "xplan:aufschrift", zone.aufschrift)
    w.sub(el, "xplan:rechtscharakter", "1000")
    w.polygon(w.sub(el, "xplan:position"), zone.geom, zone.key)
    w.sub(el, "xplan:flaechenschluss", "true")
    w.sub(el, "xplan:GFZ", f"{zone.gfz}")
    w.sub(el, "xplan:GRZ", f"{zone.grz}")
    w.sub(el, "xplan:Z", str(zone.z))
    w.sub(el, "xplan:allgArtDerBaulNutzung", zone.allg)
    w.sub(el, "xplan:besondereArtDerBaulNutzung", zone.besondere)
    if zone.sondernutzung is not None:
        komplex = w.sub(w.sub(el, "xplan:sondernutzung"), "xplan:BP_KomplexeSondernutzung")
        w.sub(komplex, "xplan:allgemein", zone.sondernutzung[0])
        w.sub(komplex, "xplan:nutzungText", zone.sondernutzung[1])
    w.sub(el, "xplan:bauweise", zone.bauweise)
    if zone.bauweise == "3000":
        w.sub(el, "xplan:bauweiseText", "Wie offene Bauweise, Gebäudelängen über 50 m zulässig")
    if zone.bebauungsart is not None:
        w.sub(el, "xplan:bebauungsArt", zone.bebauungsart)


def bp_fenster(w: GmlWriter, f: Fenster) -> None:
    el = w.objekt("xplan:BP_UeberbaubareGrundstuecksFlaeche", f.key, f.geom)
    w.sub(el, "xplan:rechtscharakter", "1000")
    w.polygon(w.sub(el, "xplan:position"), f.geom, f.key)
    w.sub(el, "xplan:flaechenschluss", "false")
    if f.z is not None:
        w.sub(el, "xplan:Z", str(f.z))
    w.ref(el, "xplan:baugrenze", f.key + "/baugrenze")


# --------------------------------------------------------------------------- output: docs

BAUWEISE = {"1000": "offen", "2000": "geschlossen", "3000": "abweichend"}


def short_art(tree: Obj) -> str:
    return str(tree["art"]).split(" (")[0]


def fmt_m(d: float) -> str:
    return f"{d:.1f} m"


def owners_text(owners: Owners) -> str:
    return "; ".join(f"{n} {a}" for n, a in owners)


def road_access(town: Town, plot: Polygon) -> str:
    near = [r for r in town.strassen if r.geom.distance(plot) <= STRASSE_TOL_M]
    public = [str(r["name"]) for r in near if r["gewidmet"]]
    private = [str(r["name"]) for r in near if not r["gewidmet"]]
    if public:
        return "road: " + ", ".join(public)
    return "**no dedicated road**" + (f" (only {', '.join(private)})" if private else "")


def mains_text(town: Town, plot: Polygon) -> str:
    missing = missing_mains(town, plot)
    if not missing:
        return "mains: all within 50 m"
    return "; ".join(f"**no {t}** main (nearest {fmt_m(main_distance(town, plot, t))})"
                     for t in missing)


def tree_text(tree: Obj, plot: Polygon) -> str:
    where = "on the parcel" if tree.geom.within(plot) else "root zone reaches in"
    status = "**protected**" if protected(tree) else "not protected"
    radius = tree["kronendurchmesser_m"] / 2 + WURZEL_ZUSCHLAG_M
    return (f"{tree.id} {short_art(tree)} {tree['stammumfang_cm']} cm, crown "
            f"{tree['kronendurchmesser_m']} m (root zone r {radius:g} m), {status}, {where}")


def relation(geom: Any, plot: Polygon) -> str:
    """Where an object lies relative to a plot, as the table says it."""
    if geom.intersection(plot).area > 0.01 or (geom.geom_type == "Point" and geom.within(plot)):
        return "on the parcel"
    d = float(geom.distance(plot))
    return "adjoins" if d < 0.01 else fmt_m(d)


def surroundings(town: Town, plot: Polygon) -> list[str]:
    """The special objects the table lists for a plot."""
    out = [road_access(town, plot), mains_text(town, plot)]
    out += [tree_text(t, plot) for t in town.baeume if root_zone(t).intersects(plot)]
    out += [f"{m.id} {m['art']} „{m['bezeichnung']}“ ({relation(m.geom, plot)})"
            for m in town.denkmal if m.geom.distance(plot) <= NEAR_M]
    out += [f"{s.id} {s['typ']} „{s['name']}“ ({relation(s.geom, plot)})"
            for s in town.schutz if s.geom.distance(plot) <= NEAR_M]
    out += [f"adjoins {f['name']} ({f['typ']})" for f in town.flaechen
            if f.geom.distance(plot) <= STRASSE_TOL_M]
    return out


def window_text(town: Town, a: Assessment) -> str:
    if a.window is None:
        return "—"
    minx, miny, maxx, maxy = a.window.bounds
    text = f"{bounds_text(a.window)}, {maxx - minx:g} × {maxy - miny:g} m"
    if a.felled:
        text = f"**none without felling {', '.join(a.felled)}**; with felling: " + text
    near = [f"{m.id} " + ("inside" if m.geom.intersects(a.window)
                          else f"≥ {fmt_m(float(m.geom.distance(a.window)))}")
            for m in town.denkmal
            if m["art"] != "bodendenkmal" and m.geom.distance(a.window) <= NEAR_M]
    if near:
        text += "; monuments: " + ", ".join(near)
    return text


def house_text(town: Town, a: Assessment) -> str:
    if a.house is None:
        return "—"
    bau = musterbau_for(regime_at(town, a.house.centroid))
    befunde = ", ".join(a.findings) if a.findings else "none"
    return f"{bau.bezeichnung} {bounds_text(a.house)}: {befunde}"


def md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def parcel_table(town: Town, assessed: dict[str, Assessment]) -> list[str]:
    head = ["Parcel", "Kennzeichen", "Address", "Planning law", "Owners (share)", "Area m²",
            "Surroundings", "Safe building window (EPSG:25832: minx, miny, maxx, maxy)",
            "Musterbau (EPSG:25832) and expected findings"]
    lines = [md_row(head), md_row(["---"] * len(head))]
    for p in town.parcels:
        a = assessed[p.kennzeichen]
        lines.append(md_row([
            f"{p.flur}-{p.label}", f"`{p.kennzeichen}`",
            f"{p.adresse} ({p.note})" if p.note else p.adresse, a.regime.label(),
            owners_text(p.owners), f"{p.geom.area:.1f}", "<br>".join(surroundings(town, p.geom)),
            window_text(town, a), house_text(town, a)]))
    return lines


def fenster_table(town: Town) -> list[str]:
    head = ["B-Plan", "Baufenster (gml:id)", "Parcels", "Baugrenze (EPSG:25832)", "own Maß"]
    lines = [md_row(head), md_row(["---"] * len(head))]
    for plan in town.plans:
        for f in plan.fenster:
            flst = ", ".join(f"{p.flur}-{p.label}" for p in town.parcels
                             if p.geom.intersection(f.geom).area > 1)
            lines.append(md_row([plan.nummer, f"`{plan.gml_id(f.key)}`", flst,
                                 bounds_text(f.geom), f"Z {f.z}" if f.z else "—"]))
    return lines


@dataclass(frozen=True)
class Scenario:
    titel: str
    parcels: tuple[str, ...]  # "flur-label"
    text: str
    befunde: frozenset[str] | None = None  # finding codes of the Musterbau, checked


SCENARIOS = (
    Scenario("Clean house in the WA", ("1-42", "1-33", "1-36", "1-41"),
             "Lindenweg 3 belongs to Erika Mustermann, as in the example of antrag.md. The "
             "Musterbau in the safe window gives no finding.", frozenset()),
    Scenario("Commercial building in the GE", ("2-83", "2-84", "2-85/1"),
             "GE with GRZ 0.8, GFZ 1.6, Z III; Baugrenze 3 m behind road and side boundaries. "
             "A Gewerbehalle gives no finding; `wohnen` is only an exception "
             "(ART_NUTZUNG_AUSNAHME) here.", frozenset()),
    Scenario("Zone outside the catalogue of uses", ("2-86",),
             "Industriestraße 8 lies in the Sondergebiet „großflächiger Einzelhandel“ of "
             "B-Plan Nr. 7 (SO 2100, § 11 Abs. 3 BauNVO; GRZ 0.8, GFZ 1.2, Z II). The catalogue "
             "of uses (regeln.md) covers only WR, WA, MI, MU, GE and GI, so every use there "
             "gives ART_NUTZUNG_UNGEPRUEFT (hinweis) and a human checks it.",
             frozenset({"ART_NUTZUNG_UNGEPRUEFT"})),
    Scenario("One building across two parcels of one owner", ("2-81", "2-82"),
             "Brinkmann Metallbau GmbH holds both; one Baufenster with its own Z IV (taking "
             "precedence over the GE's Z III) spans both parcels.", frozenset()),
    Scenario("Maß of the Baufenster takes precedence", ("1-37",),
             "The Baufenster of Lindenweg 14 fixes Z I (edge of the settlement): a two-storey "
             "house exceeds it although the WA allows Z II.",
             frozenset({"VOLLGESCHOSSE_UEBERSCHRITTEN"})),
    Scenario("§ 34 Innenbereich (old town)", ("1-13", "1-14", "1-16", "1-17"),
             "INNENBEREICH_34 is the only planning finding; in the old town some monument "
             "(church, ensemble) is always within 50 m, so expect DENKMAL_UMGEBUNG too.", None),
    Scenario("§ 35 Außenbereich", ("1-50", "1-51", "1-54", "1-38", "2-90"),
             "Road and all mains present, no monument within 50 m: only AUSSENBEREICH_35.",
             frozenset({"AUSSENBEREICH_35"})),
    Scenario("Co-ownership / Erbengemeinschaft", ("1-12", "1-13", "1-17", "1-32", "1-45",
                                                   "1-50", "2-4", "2-85/2"),
             "Without an `eigentuemerzustimmung` each gives EIGENTUEMERZUSTIMMUNG_FEHLT, even "
             "when one co-owner is the Bauherr. 1-13 belongs to an Erbengemeinschaft (3 × 1/3).",
             None),
    Scenario("Protected tree", ("1-34", "1-32"),
             "1-34: walnut BAUM-0016 (130 cm) stands in the middle of the Baufenster — a house "
             "needs a felling request (BAUMFAELLUNG_BEANTRAGT with `faellantrag`, else "
             "GESCHUETZTER_BAUM_BETROFFEN). 1-32: the root zone of beech BAUM-0017 reaches "
             "x = 360383.5 inside the Baufenster; building up to the Baugrenze (x = 360382) "
             "touches it.", None),
    Scenario("Unprotected tree", ("1-46", "2-80"),
             "Apple BAUM-0018 (45 cm) and birch BAUM-0022 (60 cm) in the Baufenster: felling "
             "or building over them gives no finding.", None),
    Scenario("Monument on the plot / ensemble", ("1-15", "1-19", "2-3", "1-10", "1-11", "1-12",
                                                  "1-18", "1-20"),
             "Church D-001 (1-15), Fachwerkhaus D-002 (1-19), wayside cross D-006 (2-3): "
             "DENKMAL_BETROFFEN for any project. The market parcels lie in ensemble D-003.",
             None),
    Scenario("Monument nearby only", ("1-14", "1-16", "2-80", "2-4", "1-21"),
             "DENKMAL_UMGEBUNG for the Musterbau (distances in the table).", None),
    Scenario("Bodendenkmal", ("1-43", "1-44", "1-10", "1-11"),
             "D-005 (Iron Age settlement) covers the rear part of the Baufenster of Lindenweg 5 "
             "and 7 (from x ≈ 360423); D-004 (town wall) crosses the back of Am Markt 1 and 2 "
             "(x 360083–360088). The safe windows avoid both; a WA house reaching x > 360423 "
             "gives BODENDENKMAL_BETROFFEN alone.", None),
    Scenario("Protected area", ("1-57", "2-91"),
             "Biotope GB-4807-0047 covers the east of 1-57 (from x ≈ 360625); LSG-4807-0012 "
             "the south of 2-91 (south of y ≈ 5649733).", None),
    Scenario("Missing sewer / power", ("1-52", "1-53", "1-55", "1-56", "1-57", "2-91"),
             "The Feldweg has no sewer; its power cable ends at y = 5650160. 1-52, 1-53, 1-55: "
             "only abwasser missing; 1-57: abwasser and strom; 2-91: all three.", None),
    Scenario("No road", ("1-21", "1-56", "2-91"),
             "Stadtwald (behind the church), Mühlenhof (reached only by the undedicated "
             "Privatweg) and Südflur: ERSCHLIESSUNG_STRASSE_FEHLT.", None),
    Scenario("Public green / water next door", ("1-31", "1-16", "1-12"),
             "The Mühlenbach (west of Lindenweg 2–14), the Stadtpark and the Wallanlagen adjoin "
             "these parcels: an Abstandsfläche may reach onto them up to their middle.", None),
)


def finding_codes(findings: Iterable[str]) -> frozenset[str]:
    return frozenset(f.split(" ")[0] for f in findings)


def scenario_lines(by_label: dict[str, Parcel]) -> list[str]:
    lines = []
    for s in SCENARIOS:
        names = ", ".join(f"{lbl} {by_label[lbl].adresse}" for lbl in s.parcels)
        lines.append(f"- **{s.titel}:** {names}. {s.text}")
    return lines


def house_geojson_lines(town: Town, assessed: dict[str, Assessment]) -> list[str]:
    lines = []
    for p in town.parcels:
        a = assessed[p.kennzeichen]
        if a.house is not None:
            lines.append(f"{p.kennzeichen}  {dumps(geojson_geometry(a.house))}")
    return lines


def text_map(town: Town) -> list[str]:
    """A character map, 1 character = 5 m east-west and 10 m north-south, labels = Zähler."""
    x0, x1, y0, y1, dx, dy = -5.0, 700.0, -310.0, 320.0, 5.0, 10.0
    cols, rows = int((x1 - x0) / dx), int((y1 - y0) / dy)
    grid = [[" "] * cols for _ in range(rows)]
    layers: list[tuple[str, list[Any]]] = [
        (",", [s.geom for s in town.schutz]),
        (".", [p.geom for p in town.parcels]),
        ("i", [town.innenbereich]),
        ("w", [z.geom for z in town.plans[0].zones]),
        ("g", [z.geom for z in town.plans[1].zones]),
        ('"', [f.geom for f in town.flaechen if f["typ"] == "gruen"]),
        ("~", [f.geom for f in town.flaechen if f["typ"] == "wasser"]),
        ("+", [r.geom for r in town.strassen if not r["gewidmet"]]),
        ("#", [r.geom for r in town.strassen if r["gewidmet"]]),
    ]
    for r in range(rows):
        for c in range(cols):
            pt = Point(x0 + (c + 0.5) * dx, y1 - (r + 0.5) * dy)
            for ch, geoms in layers:
                if any(g.contains(pt) for g in geoms):
                    grid[r][c] = ch
    for p in town.parcels:
        pt = p.geom.representative_point() if p.geom.area < 3000 else p.geom.centroid
        r, c = int((y1 - pt.y) / dy), int((pt.x - x0) / dx) - len(p.label) // 2
        for i, ch in enumerate(p.label):
            grid[r][c + i] = ch
    return ["".join(row).rstrip() for row in grid]


def write_markdown(town: Town, assessed: dict[str, Assessment], path: Path) -> None:
    by_label = {f"{p.flur}-{p.label}": p for p in town.parcels}
    pair_plot = unary_union([by_label["2-81"].geom, by_label["2-82"].geom])
    pair = assess(town, pair_plot)
    wa, ge = town.plans
    lines = [
        "# Musterstadt — the demo municipality",
        "",
        "<!-- Generated by scripts/make_musterstadt.py; edit the script, not this file. -->",
        "",
        "Musterstadt (AGS 05999999, NRW) is an invented small town whose registers live in "
        "`examples/musterstadt/`, in the layout of `shared/spec/gemeinde.md`. The data, this "
        "page and the map are generated, deterministically, by",
        "",
        "```",
        "python scripts/make_musterstadt.py   # defaults: --out examples/musterstadt --docs docs",
        "```",
        "",
        "The town lies around E 360000 N 5650000 (EPSG:25832, about 7.0° E 51.0° N). All "
        "coordinates on this page are EPSG:25832 metres; the GeoJSON files hold WGS84 lon/lat. "
        "It has an old town around the market square (§ 34 BauGB, with listed monuments and "
        f"the Marktplatz ensemble), a residential plan along the Lindenweg ({wa.name}, WA), a "
        f"commercial plan along the Industriestraße ({ge.name}, GE, with a Sondergebiet for "
        "large-scale retail at its southern end), the Stadtpark and the "
        "Mühlenbach between them, and farmland along the Feldweg and in the south (§ 35) with "
        "a landscape protection area, an FFH area and a protected biotope.",
        "",
        "![Overview map of Musterstadt](musterstadt.png)",
        "",
        "## Text map",
        "",
        "1 character = 5 m east–west, 10 m north–south; north is up. Numbers are the parcels' "
        "Zähler (Flur 001 north of the Hauptstraße, Flur 002 south of it). "
        "`#` road, `+` private path, `w` WA plan, `g` GE plan, `i` § 34 built-up area, "
        "`.` other parcels (§ 35), `\"` park/green, `~` water, `,` protected area.",
        "",
        "```text",
        *text_map(town),
        "```",
        "",
        "## Scenarios",
        "",
        "Which parcel to use for which case. Parcels are named Flur-Zähler[/Nenner]. The "
        "findings named are those of the *Musterbau* in the parcel table: a 10 × 12 m "
        "Einfamilienhaus (`wohnen`, 2 Vollgeschosse, GK 1, 240 m² Geschossfläche, 36 m² "
        "Nebenanlagen) or, in the GE, a 10 × 12 m Gewerbehalle (`gewerbe`, 1 Vollgeschoss), "
        "with all three mains requested. The Grundbuch check is left out: it depends on who "
        "the Bauherr is (owners are in the table).",
        "",
        *scenario_lines(by_label),
        "",
        "## Registers",
        "",
        *registers_summary(town),
        "",
        "## Parcels",
        "",
        "Every parcel. *Safe building window*: the largest axis-aligned rectangle (0.5 m grid) "
        f"that keeps ≥ {SETBACK_M:g} m from every parcel boundary, lies inside the Baugrenze "
        "(B-Plan parcels), keeps clear of every tree's root zone (crown/2 + 1.5 m), of "
        "Bodendenkmäler, protected areas and the monuments themselves (a point monument "
        f"counts as a circle of {POINT_MONUMENT_RADIUS_M:g} m), each with {MARGIN_M:g} m to "
        "spare, and holds a 10 × 12 m house in one orientation or the other. A footprint "
        "inside it gives no ABSTANDSFLAECHE (GK 1/2 residential, or H ≤ 8.75 m), BAUGRENZE, "
        "tree, Bodendenkmal or protected-area finding; monuments nearby still count "
        "(distances from the window given; *inside* = the window lies in the ensemble). "
        "*Musterbau*: the model building centred in that window and the findings regeln.md "
        "gives for it. *Surroundings*: roads within 0.5 m, mains missing within 50 m, trees "
        f"whose root zone touches the parcel, monuments and protected areas within {NEAR_M:g} m "
        "(distance from the parcel), adjoining public green and water.",
        "",
        *parcel_table(town, assessed),
        "",
        "### A plot of two parcels",
        "",
        f"2-81 + 2-82 (Brinkmann Metallbau GmbH, one owner): plot area {pair_plot.area:.1f} m², "
        f"{pair.regime.label()}; safe building window {window_text(town, pair)}; "
        f"{house_text(town, pair)}. A hall across the common boundary (y = 5649920) is "
        "fine: the plot is the union of both parcels, and their shared Baufenster spans both. "
        "Musterbau in WGS84:",
        "",
        "```text",
        dumps(geojson_geometry(pair.house)),
        "```",
        "",
        "### Baufenster (BP_UeberbaubareGrundstuecksFlaeche)",
        "",
        *fenster_table(town),
        "",
        "## Musterbau footprints (GeoJSON, WGS84)",
        "",
        "Ready for `vorhaben.gebaeude[].grundriss` in an `antrag.json`:",
        "",
        "```text",
        *house_geojson_lines(town, assessed),
        "```",
        "",
    ]
    write_text(path, "\n".join(lines))


def registers_summary(town: Town) -> list[str]:
    out = []
    for plan in town.plans:
        zones = "; ".join(
            f"{z.aufschrift} `{plan.gml_id(z.key)}` ({z.kuerzel} {z.besondere}, GRZ {z.grz}, "
            f"GFZ {z.gfz}, Z {z.z}, Bauweise {z.bauweise} {BAUWEISE[z.bauweise]})"
            for z in plan.zones)
        out.append(f"- `bplan/{plan.datei}`: {plan.name}, BP_Plan `{plan.gml_id('plan')}`, "
                   f"Geltungsbereich {bounds_text(plan.geltungsbereich)}. Zones: {zones}.")
    roads = ", ".join(f"{r.id} {r['name']}" + ("" if r["gewidmet"] else " (not dedicated)")
                      for r in town.strassen)
    out.append(f"- Roads (`erschliessung/strassen.geojson`, areas): {roads}.")
    out.append("- Mains (`erschliessung/leitungen.geojson`, from – to): " + "; ".join(
        f"{m.id} {m['typ']} ({ws(*m.geom.coords[0])} – {ws(*m.geom.coords[-1])})"
        for m in town.leitungen) + ".")
    out.append("- Monuments (`denkmal/denkmalliste.geojson`): " + "; ".join(
        f"{m.id} {m['art']} „{m['bezeichnung']}“ ({m.geom.geom_type})" for m in town.denkmal)
        + ".")
    out.append("- Protected areas (`natur/schutzgebiete.geojson`): " + "; ".join(
        f"{s.id} {s['typ']} „{s['name']}“" for s in town.schutz) + ".")
    out.append("- Public areas (`flaechen/oeffentlich.geojson`): " + "; ".join(
        f"{f.id} {f['typ']} {f['name']}" for f in town.flaechen) + ".")
    out.append("- § 34 area (`innenbereich.geojson`): the old town (parcels 1-10 … 1-20, Am "
               f"Markt, Kirchgasse), {bounds_text(town.innenbereich)}.")
    out += ["", "Trees (`natur/baeume.geojson`; protected from 80 cm girth):", "",
            md_row(["id", "Art", "Stammumfang cm", "Krone m", "root zone r m",
                    "protected", "position (EPSG:25832)"]),
            md_row(["---"] * 7)]
    for t in town.baeume:
        out.append(md_row([t.id, str(t["art"]), str(t["stammumfang_cm"]),
                           str(t["kronendurchmesser_m"]),
                           f"{t['kronendurchmesser_m'] / 2 + WURZEL_ZUSCHLAG_M:g}",
                           "yes" if protected(t) else "no", ws(t.geom.x, t.geom.y)]))
    return out


def write_readme(out: Path) -> None:
    write_text(out / "README.md", """\
# Musterstadt — demo municipality data

The registers of Musterstadt, an invented town in NRW (AGS 05999999), in the folder layout
of `shared/spec/gemeinde.md`: parcels (ALKIS), owners (Grundbuch), two B-Plans as XPlanGML
6.0, the § 34 built-up area, monuments, protected areas, trees, roads, mains and public
green and water areas. Point rathaus at it with `--gemeinde examples/musterstadt`.

Generated — do not edit by hand. Regenerate (deterministic, byte-identical) with

    python scripts/make_musterstadt.py

`docs/musterstadt.md` describes the town, with a map and a table of every parcel (zone,
owners, nearby objects, a safe building window and the findings to expect there).
""")


# --------------------------------------------------------------------------- output: map

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


# --------------------------------------------------------------------------- self-checks


class DesignError(Exception):
    """The design broke one of its own promises; the message says which."""


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise DesignError(msg)


NO_ROAD = frozenset({"1-21", "1-56", "2-91"})
MISSING_MAINS = {"1-52": ["abwasser"], "1-53": ["abwasser"], "1-55": ["abwasser"],
                 "1-56": ["abwasser"], "1-57": ["abwasser", "strom"],
                 "2-91": ["trinkwasser", "abwasser", "strom"]}


def check_design(town: Town, assessed: dict[str, Assessment]) -> None:
    labels = {f"{p.flur}-{p.label}": p for p in town.parcels}
    check(len(labels) == len(town.parcels), "parcel labels are not unique")
    check(len({p.kennzeichen for p in town.parcels}) == len(town.parcels), "duplicate kennzeichen")
    for p in town.parcels:
        check(len(p.kennzeichen) == 20 and p.geom.is_valid, f"{p.kennzeichen}: bad id or shape")
        check(sum(Fraction(a) for _, a in p.owners) == 1, f"{p.kennzeichen}: shares != 1")
    check_overlaps(town)
    for lbl, p in labels.items():
        access = any(r["gewidmet"] and r.geom.distance(p.geom) <= STRASSE_TOL_M
                     for r in town.strassen)
        check(access != (lbl in NO_ROAD), f"{lbl}: road access not as designed")
        check(missing_mains(town, p.geom) == MISSING_MAINS.get(lbl, []),
              f"{lbl}: mains not as designed: {missing_mains(town, p.geom)}")
        for typ in ("trinkwasser", "abwasser", "strom"):
            d = main_distance(town, p.geom, typ)
            check(abs(d - ANSCHLUSS_M) > 1.0, f"{lbl}: {typ} main at a borderline {d:.2f} m")
        a = assessed[p.kennzeichen]
        check(a.window is not None, f"{lbl}: no building window")
        check(bool(a.felled) == (lbl == "1-34"), f"{lbl}: felling not as designed")
        check_house_distances(town, lbl, a)
    check_wa_clear_of_monuments(town)
    for s in SCENARIOS:
        for lbl in s.parcels:
            codes = finding_codes(assessed[labels[lbl].kennzeichen].findings)
            check(s.befunde is None or codes == s.befunde,
                  f"scenario {s.titel!r}: {lbl} gives {sorted(codes)}")


def check_overlaps(town: Town) -> None:
    tree = shapely.STRtree([p.geom for p in town.parcels])
    for i, p in enumerate(town.parcels):
        for j in tree.query(p.geom):
            if j > i:
                check(p.geom.intersection(town.parcels[j].geom).area < 1e-6,
                      f"parcels {p.kennzeichen} and {town.parcels[j].kennzeichen} overlap")
        for r in town.strassen:
            check(p.geom.intersection(r.geom).area < 1e-6, f"{p.kennzeichen} overlaps {r.id}")


def check_house_distances(town: Town, lbl: str, a: Assessment) -> None:
    # Distances near a threshold would make the table's findings depend on rounding.
    assert a.house is not None
    for m in town.denkmal:
        d = float(m.geom.distance(a.house))
        check(abs(d - UMGEBUNG_M) > 0.5, f"{lbl}: {m.id} at a borderline {d:.2f} m")


def check_wa_clear_of_monuments(town: Town) -> None:
    wa = town.plans[0].geltungsbereich
    for m in town.denkmal:
        if m["art"] in ("baudenkmal", "ensemble"):
            check(m.geom.distance(wa) > NEAR_M, f"{m.id} is within {NEAR_M} m of the WA plan")


# --------------------------------------------------------------------------- main


def generate(out: Path, docs: Path) -> None:
    town = build_town()
    assessed = {p.kennzeichen: assess(town, p.geom) for p in town.parcels}
    check_design(town, assessed)
    write_registers(town, out)
    write_readme(out)
    write_markdown(town, assessed, docs / "musterstadt.md")
    render_map(town, assessed, docs / "musterstadt.png")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=REPO / "examples" / "musterstadt",
                        help="data folder to write (default: examples/musterstadt)")
    parser.add_argument("--docs", type=Path, default=REPO / "docs",
                        help="folder for musterstadt.md and musterstadt.png (default: docs)")
    args = parser.parse_args(argv)
    try:
        generate(args.out, args.docs)
    except DesignError as exc:
        print(f"make_musterstadt: design check failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
