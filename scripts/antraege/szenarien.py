"""The example applications 1–11: clean projects and the intake (Vollständigkeit,
Grundbuch). Each states its expected findings by intent, from regeln.md and the parcel
table of docs/musterstadt.md (rectangles are EPSG:25832; "Musterbau" = the table's
10 × 12 m house or hall in the parcel's safe building window)."""

from __future__ import annotations

from typing import Any

from .modell import (
    INGENIEUR,
    KRAEMER,
    NEUBAU,
    ROTH,
    Szenario,
    antrag,
    e,
    halle,
    kz,
    unterlagen,
    vorhaben,
    wohnhaus,
)
from .szenarien_dokumente import DOKUMENTE
from .szenarien_recht import RECHT


def ohne(d: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in keys}


EFH = "Neubau eines Einfamilienhauses mit Garage"

SAUBER = (
    Szenario(
        1, "efh-lindenweg-3",
        "House in the WA (Lindenweg 3, Erika Mustermann as in antrag.md), the Musterbau in the "
        "safe building window; all documents are text PDFs",
        antrag("vereinfachtes_verfahren", "Erika Mustermann", "Lindenweg 3, 12345 Musterstadt",
               [kz(1, 42)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650036.0, 360423.5, 5650048.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen(*NEUBAU),
        ()),
    Szenario(
        2, "efh-gescannt",
        "House in the WA (Lindenweg 6); all eight documents are scanned (image-only PDFs, 150 "
        "dpi) and read by OCR",
        antrag("vereinfachtes_verfahren", "Oliver Tenbrink", "Gartenstraße 12, 12345 Musterstadt",
               [kz(1, 33)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360384.0, 5650056.0, 360394.0, 5650068.0))],
                        gk=1, we=1, sp=2, neben=36.0), verfasser=ROTH),
        unterlagen(*NEUBAU, scan=NEUBAU),
        ()),
    Szenario(
        3, "efh-einliegerwohnung",
        "House with a granny flat (2 dwellings, 2 parking spaces) in the full permit procedure, "
        "hence with the structural analysis",
        antrag("baugenehmigung", "Tobias Lammers", "Lindenweg 12, 12345 Musterstadt",
               [kz(1, 36)],
               vorhaben("Neubau eines Wohnhauses mit Einliegerwohnung", ["wohnen"],
                        [wohnhaus((360384.0, 5650116.0, 360394.0, 5650128.0),
                                  nutzungseinheiten=2)],
                        gk=1, we=2, sp=2, neben=48.0)),
        unterlagen(*NEUBAU, "standsicherheitsnachweis"),
        ()),
    Szenario(
        4, "efh-freistellung",
        "Genehmigungsfreistellung inside a qualified B-Plan (open to it); three documents "
        "scanned, plus a photo (JPEG)",
        antrag("genehmigungsfreistellung", "Andreas Wessels", "Hauptstraße 41, 12345 Musterstadt",
               [kz(1, 41)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650016.0, 360423.5, 5650028.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen(*NEUBAU, "foto",
                   scan=("bauvorlageberechtigung", "statistikbogen", "entwaesserungsplan")),
        ()),
    Szenario(
        5, "gewerbehalle",
        "Production hall (gewerbe, 600 m², GK 3) in the GE with Betriebsbeschreibung and "
        "structural analysis (Baugenehmigung)",
        antrag("baugenehmigung", "Bäckerei Overkamp GmbH", "Industriestraße 2, 12345 Musterstadt",
               [kz(2, 84)],
               vorhaben("Neubau einer Produktionshalle für die Großbäckerei", ["gewerbe"],
                        [halle((360268.0, 5649970.0, 360298.0, 5649990.0),
                               bezeichnung="Produktionshalle", wandhoehe_m=8.0,
                               firsthoehe_m=9.0)],
                        gk=3, we=0, sp=16, neben=500.0, gewerbe=600.0), verfasser=INGENIEUR),
        unterlagen(*NEUBAU, "standsicherheitsnachweis", "betriebsbeschreibung"),
        ()),
    Szenario(
        6, "halle-zwei-flurstuecke",
        "Manufacturing hall across the common boundary of two parcels of one owner (2-81, "
        "2-82): the plot is their union",
        antrag("baugenehmigung", "Brinkmann Metallbau GmbH",
               "Industriestraße 3, 12345 Musterstadt", [kz(2, 81), kz(2, 82)],
               vorhaben("Neubau einer Fertigungshalle", ["gewerbe"],
                        [halle((360210.0, 5649900.0, 360240.0, 5649940.0),
                               bezeichnung="Fertigungshalle", wandhoehe_m=9.0,
                               firsthoehe_m=10.0)],
                        gk=3, we=0, sp=30, neben=800.0, gewerbe=1200.0), verfasser=INGENIEUR),
        unterlagen(*NEUBAU, "standsicherheitsnachweis", "betriebsbeschreibung"),
        ()),
)

EINGANG = (
    Szenario(
        7, "unvollstaendig",
        "Nachforderung: the Bauherr's address and the wall height are missing in the form, "
        "three required documents in the bundle",
        antrag("vereinfachtes_verfahren", "Fatma Demir", None, [kz(1, 35)],
               vorhaben(EFH, ["wohnen"],
                        [ohne(wohnhaus((360384.0, 5650096.0, 360394.0, 5650108.0)),
                              "wandhoehe_m")],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen("lageplan", "bauzeichnungen", "baubeschreibung", "bauvorlageberechtigung",
                   "stellplatznachweis"),
        (e("ANGABE_FEHLT", "bauherr.anschrift"),
         e("ANGABE_FEHLT", "vorhaben.gebaeude[0].wandhoehe_m"),
         e("UNTERLAGE_FEHLT", "statistikbogen"), e("UNTERLAGE_FEHLT", "waermeschutznachweis"),
         e("UNTERLAGE_FEHLT", "entwaesserungsplan"))),
    Szenario(
        8, "unlesbar",
        "Five unusable files: a cut-off PDF, an encrypted PDF, an empty file, a scan of a blank "
        "sheet, a listed but absent file",
        antrag("vereinfachtes_verfahren", "Gisela Rosendahl", "Lindenweg 13, 12345 Musterstadt",
               [kz(1, 47)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650136.0, 360423.5, 5650148.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen(*NEUBAU, bauzeichnungen="abgeschnitten", baubeschreibung="verschluesselt",
                   statistikbogen="leer", waermeschutznachweis="leerscan",
                   entwaesserungsplan="fehlt"),
        tuple(e("UNTERLAGE_UNLESBAR", t) for t in (
            "bauzeichnungen", "baubeschreibung", "statistikbogen", "waermeschutznachweis",
            "entwaesserungsplan"))),
    Szenario(
        9, "flurstueck-unbekannt",
        "Warehouse on 2-83; two more parcel ids are wrong (19 characters without the leading "
        "zero; parcel 2-87 does not exist); the designer is not entitled to submit "
        "(bauvorlageberechtigt false) and files no proof",
        antrag("vereinfachtes_verfahren", "Spedition Kötter GmbH & Co. KG",
               "Industriestraße 7, 12345 Musterstadt",
               [kz(2, 83), "5999900200084______", "05999900200087______"],
               vorhaben("Neubau einer Lagerhalle", ["lagerhaus"],
                        [halle((360222.0, 5649852.0, 360242.0, 5649867.0),
                               bezeichnung="Lagerhalle")],
                        gk=1, we=0, sp=8, neben=400.0, gewerbe=300.0), verfasser=KRAEMER),
        unterlagen(*(t for t in NEUBAU if t != "bauvorlageberechtigung")),
        (e("FLURSTUECK_UNBEKANNT", "5999900200084______"),
         e("FLURSTUECK_UNBEKANNT", "05999900200087______"),
         e("BAUVORLAGEBERECHTIGUNG_FEHLT", "entwurfsverfasser"),
         e("UNTERLAGE_FEHLT", "bauvorlageberechtigung"))),
    Szenario(
        10, "miteigentum-ohne-zustimmung",
        "A co-owner (1/2) builds without the other co-owner's consent: the completeness and the "
        "Grundbuch check both object",
        antrag("vereinfachtes_verfahren", "Christian Schröder", "Lindenweg 9, 12345 Musterstadt",
               [kz(1, 45)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650096.0, 360423.5, 5650108.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen(*NEUBAU),
        (e("UNTERLAGE_FEHLT", "eigentuemerzustimmung"),
         e("EIGENTUEMERZUSTIMMUNG_FEHLT", kz(1, 45)))),
    Szenario(
        11, "miteigentum-mit-zustimmung",
        "Co-ownership 1/2 with the other owner's scanned consent; the house keeps clear of the "
        "root zone of the protected beech BAUM-0017",
        antrag("vereinfachtes_verfahren", "Daniel Fischer", "Lindenweg 4, 12345 Musterstadt",
               [kz(1, 32)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360385.0, 5650036.0, 360395.0, 5650048.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen(*NEUBAU, "eigentuemerzustimmung", scan=("eigentuemerzustimmung",)),
        ()),
)

SZENARIEN: tuple[Szenario, ...] = (*SAUBER, *EINGANG, *RECHT, *DOKUMENTE)
assert [s.nr for s in SZENARIEN] == list(range(1, len(SZENARIEN) + 1))
