"""The two B-Plans: zones, Baufenster, plan roads, texts and dates."""

from __future__ import annotations

from .flurstuecke import GE_EAST, GE_ROWS, GE_WEST, WA_EAST, WA_ROWS, WA_WEST
from .modell import Fenster, Plan, Zone, rect


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
