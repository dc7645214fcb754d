"""Random facts of one imagined application, and how each corpus words its figures.

Both corpora draw facts the same way (with different seeds); only the phrasings,
layouts and defects differ (training.toml vs heldout.toml, layout.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

NAMEN = ["Erika Mustermann", "Hans Becker", "Aylin Demir", "Jonas Wagner", "Marta Nowak",
         "Klaus Hoffmann", "Sabine Krüger", "Wohnbau Musterstadt GmbH", "Petra Schulz",
         "Familie Yilmaz", "Lena Fischer", "Stadtwerke Musterstadt AöR"]
VERFASSER = ["Dipl.-Ing. Max Beispiel", "Architektin Jana Lorenz", "Ing.-Büro Keller & Roth",
             "M.Sc. Architektur Tim Vogel", "Planungsgruppe Nord"]
STRASSEN = ["Lindenweg", "Hauptstraße", "Am Mühlbach", "Gartenstraße", "Kirchplatz",
            "Industriestraße", "Eichenallee", "Schulstraße"]
ORTE = ["Musterstadt", "Beispielhausen", "Neudorf", "Altheim"]
VORHABEN = ["Neubau eines Einfamilienhauses mit Garage", "Neubau eines Mehrfamilienhauses",
            "Anbau eines Wintergartens", "Umbau und Aufstockung eines Wohnhauses",
            "Nutzungsänderung Laden in Gaststätte", "Neubau einer Lagerhalle",
            "Neubau eines Bürogebäudes", "Errichtung eines Doppelhauses",
            "Neubau einer Kindertagesstätte", "Neubau eines Wohn- und Geschäftshauses"]
ZAHLWORT = ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
            "zehn", "elf", "zwölf"]
ROEMISCH = ["0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# (how the document names the use, the uses of antrag.md it means)
NUTZUNG_TRAINING = [("Wohnen", ("wohnen",)), ("Wohnen und Garage", ("wohnen", "garage_stellplatz")),
                    ("Büro", ("buero_verwaltung",)), ("Gaststätte", ("gastronomie",)),
                    ("Lager", ("lagerhaus",)), ("Laden und Wohnen", ("laden", "wohnen")),
                    ("Hotel", ("beherbergung",)), ("Werkstatt", ("handwerk_nicht_stoerend",)),
                    ("wohnen, garage_stellplatz", ("wohnen", "garage_stellplatz"))]
NUTZUNG_HELDOUT = [("Wohngebäude", ("wohnen",)), ("Einzelhandel im EG, darüber Wohnungen",
                                                 ("laden", "wohnen")),
                   ("Pension mit 12 Gästezimmern", ("beherbergung",)),
                   ("Kindertagesstätte", ("anlage_gemeinbedarf",)),
                   ("Lagerhalle", ("lagerhaus",)), ("Arztpraxis und Büros", ("buero_verwaltung",)),
                   ("Restaurant", ("gastronomie",)), ("Wohnzwecke", ("wohnen",)),
                   ("Tankstelle mit Shop", ("tankstelle", "laden"))]


def zahl(x: float, deutsch: bool = True, tausender: bool = False) -> str:
    """A figure as a document writes it: 6,2 or 6.2; 1.250,5 with thousands."""
    s = f"{x:,.2f}".rstrip("0").rstrip(".") if tausender else f"{x:.2f}".rstrip("0").rstrip(".")
    if deutsch:
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return s


@dataclass
class Fakten:
    """One imagined application: placeholder values and the true figures."""

    werte: dict[str, str]
    wahr: dict[str, Any] = field(default_factory=dict)

    def fuelle(self, satz: str) -> str:
        return satz.format_map(self.werte)


def ziehe(rnd: random.Random, heldout: bool) -> Fakten:
    vg = rnd.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6])
    we = rnd.choice([0, 1, 1, 2, 3, 4, 6, 8, 12])
    gf = round(rnd.uniform(60, 1800) * (1 + vg / 4), rnd.choice([0, 1]))
    wh = round(2.6 * vg + rnd.uniform(0.2, 1.2), 2 if heldout else 1)
    fh = round(wh + rnd.uniform(1.5, 5.0), 2 if heldout else 1)
    nutz_text, nutz = rnd.choice(NUTZUNG_HELDOUT if heldout else NUTZUNG_TRAINING)
    deutsch = rnd.random() < (0.7 if heldout else 0.5)
    werte = {
        "bauherr": rnd.choice(NAMEN), "verfasser": rnd.choice(VERFASSER),
        "vorhaben": rnd.choice(VORHABEN), "ort": rnd.choice(ORTE),
        "strasse": (strasse := rnd.choice(STRASSEN)),
        "adresse": f"{strasse} {rnd.randint(1, 90)}, {rnd.randint(10000, 99999)} Musterstadt",
        "datum": f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2026",
        "flurstueck": f"{rnd.randint(1, 999)}/{rnd.randint(1, 9)}",
        "gemarkung": rnd.choice(ORTE), "flur": str(rnd.randint(1, 30)),
        "n": str(rnd.randint(1, 14)), "massstab": rnd.choice(["500", "1000", "250"]),
        "dn": str(rnd.choice([0, 15, 22, 30, 38, 45])),
        "vg": str(vg), "vg_wort": ZAHLWORT[vg], "vg_roem": ROEMISCH[vg],
        "vg_max": ROEMISCH[min(vg + rnd.choice([0, 1]), 10)],
        "we": str(we), "we_wort": ZAHLWORT[we] if we < len(ZAHLWORT) else str(we),
        "gf": zahl(gf, deutsch, tausender=heldout and rnd.random() < 0.5),
        "wh": zahl(wh, deutsch), "fh": zahl(fh, deutsch), "nutzung": nutz_text,
        "beschaeftigte": str(rnd.randint(2, 80)), "lkw": str(rnd.randint(1, 12)),
        "betrieb": rnd.choice(["Tischlerei", "Kfz-Werkstatt", "Druckerei", "Bäckerei"]),
        "u": zahl(rnd.uniform(0.15, 0.28)), "dachflaeche": str(rnd.randint(80, 900)),
        "stp": str(rnd.randint(1, 24)), "kosten": f"{rnd.randint(90, 4000)}.000",
        "kammer": f"A-{rnd.randint(10000, 99999)}", "jahr": str(rnd.randint(1985, 2024)),
        "blatt": str(rnd.randint(100, 9999)), "eigentuemer": rnd.choice(NAMEN),
        "baumnr": str(rnd.randint(1, 40)), "umfang": str(rnd.randint(60, 320)),
        "baum": f"BAUM-{rnd.randint(1, 9999):04d}",
        "norm": rnd.choice(["§ 6 MBO", "§ 6 Abs. 5 MBO", "§ 35 MBO", "§ 49 MBO"]),
        "festsetzung": rnd.choice(["GRZ", "Dachneigung", "Baugrenze", "Firstrichtung"]),
        "bplan": str(rnd.randint(1, 120)), "az": f"63-{rnd.randint(100, 999)}/26",
        "flaeche": str(rnd.randint(300, 3000)), "nhn": zahl(rnd.uniform(40, 320)),
        "grundflaeche": zahl(round(gf / vg, 1)), "pruefer": rnd.choice(["Brandt", "Okafor"]),
        "gk": str(rnd.randint(1, 5)), "endenergie": str(rnd.randint(20, 90)),
        "rauminhalt": str(rnd.randint(400, 9000)),
    }
    wahr = {"vollgeschosse": vg, "wohneinheiten": we, "geschossflaeche_m2": gf,
            "wandhoehe_m": wh, "firsthoehe_m": fh, "nutzungen": tuple(sorted(nutz))}
    return Fakten(werte=werte, wahr=wahr)
