"""Constants, design types and small helpers of Musterstadt (local metres, EPSG:25832)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry import Polygon

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

GML_ID_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://musterstadt.example/xplanung")

Owners = tuple[tuple[str, str], ...]


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
