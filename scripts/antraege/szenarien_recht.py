"""The example applications 12–25: trees, Maß and Art der Nutzung, Baugrenze and
Abstandsflächen, §§ 34/35 BauGB, monuments, protected areas, Erschließung, a demolition
and a zone outside the catalogue of uses. Expected findings by intent (regeln.md,
docs/musterstadt.md); rectangles are EPSG:25832."""

from __future__ import annotations

from .modell import (
    INGENIEUR,
    KEINE_MEDIEN,
    NEUBAU,
    ROTH,
    WA1,
    Szenario,
    antrag,
    e,
    halle,
    kz,
    unterlagen,
    vorhaben,
    wohnhaus,
)

EFH = "Neubau eines Einfamilienhauses mit Garage"
FAELLUNG = "Walnuss BAUM-0016 steht mitten im Baufenster; Ersatzpflanzung zweier Laubbäume."
# Lindenweg 8 (1-34): the Musterbau stands on the walnut BAUM-0016 (130 cm, protected).
BAUM_HAUS = wohnhaus((360384.0, 5650076.0, 360394.0, 5650088.0))

BAUM = (
    Szenario(
        12, "baum-ohne-faellantrag",
        "The house stands on the protected walnut BAUM-0016, which is to be felled; felling "
        "application and tree survey are missing",
        antrag("vereinfachtes_verfahren", "Jana Weber", "Lindenweg 8, 12345 Musterstadt",
               [kz(1, 34)],
               vorhaben(EFH, ["wohnen"], [BAUM_HAUS], gk=1, we=1, sp=2, neben=36.0,
                        baumfaellungen=["BAUM-0016"])),
        unterlagen(*NEUBAU),
        (e("UNTERLAGE_FEHLT", "baumbestandsplan"), e("UNTERLAGE_FEHLT", "faellantrag"),
         e("GESCHUETZTER_BAUM_BETROFFEN", "BAUM-0016"))),
    Szenario(
        13, "baum-mit-faellantrag",
        "The same project refiled with a (scanned) felling application and tree survey: a human "
        "decides on the felling",
        antrag("vereinfachtes_verfahren", "Jana Weber", "Lindenweg 8, 12345 Musterstadt",
               [kz(1, 34)],
               vorhaben(EFH, ["wohnen"], [BAUM_HAUS], gk=1, we=1, sp=2, neben=36.0,
                        baumfaellungen=["BAUM-0016"])),
        unterlagen(*NEUBAU, "baumbestandsplan", "faellantrag",
                   scan=("baumbestandsplan", "faellantrag")),
        (e("BAUMFAELLUNG_BEANTRAGT", "BAUM-0016"),)),
)

MASS = (
    Szenario(
        14, "mass-ueberschritten",
        "Three-family house in the WA: GRZ with ancillary areas (§ 19 Abs. 4 BauNVO) and GFZ "
        "exceeded, 1 instead of 3 parking spaces, declared GK 2 instead of GK 3 (3 units)",
        antrag("vereinfachtes_verfahren", "Markus Albers", "Lindenweg 2, 12345 Musterstadt",
               [kz(1, 31)],
               vorhaben("Neubau eines Dreifamilienhauses mit Carports", ["wohnen"],
                        [wohnhaus((360382.5, 5650015.5, 360396.5, 5650028.5),
                                  bezeichnung="Dreifamilienhaus", geschosse_oberirdisch=3,
                                  hoehe_gk_m=5.6, firsthoehe_m=11.0, dachneigung_grad=40,
                                  geschossflaeche_m2=520.0, nutzungseinheiten=3)],
                        gk=2, we=3, sp=1, neben=260.0)),
        unterlagen(*NEUBAU),
        (e("GRZ_UEBERSCHRITTEN", WA1), e("GFZ_UEBERSCHRITTEN", WA1),
         e("STELLPLAETZE_UNZUREICHEND", "vorhaben.stellplaetze"),
         e("GEBAEUDEKLASSE_ABWEICHEND", "0"))),
    Szenario(
        15, "vollgeschosse-befreiung",
        "Two-storey house at the edge of the settlement (Baufenster Z I takes precedence over "
        "the zone's Z II), with a Befreiung requested",
        antrag("vereinfachtes_verfahren", "Birgit Heitkamp", "Lindenweg 14, 12345 Musterstadt",
               [kz(1, 37)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360384.0, 5650136.0, 360394.0, 5650148.0))],
                        gk=1, we=1, sp=2, neben=36.0),
               befreiungen=[{"festsetzung": "Zahl der Vollgeschosse (Z I)",
                             "begruendung": "Das Obergeschoss liegt wie bei den Nachbarhäusern "
                                            "zur Hälfte im Dach."}]),
        unterlagen(*NEUBAU, "befreiungsantrag"),
        (e("VOLLGESCHOSSE_UEBERSCHRITTEN", WA1),
         e("BEFREIUNG_BEANTRAGT", "Zahl der Vollgeschosse (Z I)"))),
    Szenario(
        16, "grenzabstand-abweichung",
        "House moved to 1.5 m from the southern side boundary: Baugrenze exceeded, "
        "Abstandsfläche (3 m) not kept, Abweichung requested",
        antrag("vereinfachtes_verfahren", "Sven Kemper", "Lindenweg 11, 12345 Musterstadt",
               [kz(1, 46)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650113.5, 360423.5, 5650125.5))],
                        gk=1, we=1, sp=2, neben=36.0),
               abweichungen=[{"norm": "§ 6 Abs. 5 MBO",
                              "begruendung": "Der Garten soll nach Norden zusammenhängend "
                                             "bleiben; der Nachbar hat zugestimmt."}]),
        unterlagen(*NEUBAU, "abweichungsantrag"),
        (e("ABSTANDSFLAECHE_UNTERSCHRITTEN", "0"), e("BAUGRENZE_UEBERSCHRITTEN", "0"),
         e("ABWEICHUNG_BEANTRAGT", "§ 6 Abs. 5 MBO"))),
)

ART = (
    Szenario(
        17, "werkstatt-im-wa",
        "Car repair shop (gewerbe) in the allgemeines Wohngebiet: not admissible under § 4 "
        "BauNVO",
        antrag("vereinfachtes_verfahren", "Natalia Nowak", "Lindenweg 7, 12345 Musterstadt",
               [kz(1, 44)],
               vorhaben("Neubau einer Kfz-Werkstatt", ["gewerbe"],
                        [halle((360412.0, 5650076.0, 360422.0, 5650088.0),
                               bezeichnung="Werkstatt", wandhoehe_m=4.5, firsthoehe_m=6.5,
                               dachneigung_grad=20)],
                        gk=1, we=0, sp=4, neben=80.0, gewerbe=120.0)),
        unterlagen(*NEUBAU, "betriebsbeschreibung"),
        (e("ART_NUTZUNG_UNZULAESSIG", "gewerbe"),)),
    Szenario(
        18, "betriebsleiterwohnung-ge",
        "Joinery with an operator's dwelling in the GE (two buildings): wohnen is admissible "
        "only as an exception (§ 8 Abs. 3 BauNVO)",
        antrag("vereinfachtes_verfahren", "Tischlerei Janssen GmbH",
               "Industriestraße 4, 12345 Musterstadt", [kz(2, 85, 1)],
               vorhaben("Neubau einer Werkstatthalle und eines Betriebsleiterwohnhauses",
                        ["handwerk_nicht_stoerend", "wohnen"],
                        [halle((360266.0, 5649927.0, 360286.0, 5649945.0),
                               bezeichnung="Werkstatthalle"),
                         wohnhaus((360292.0, 5649940.0, 360302.0, 5649952.0),
                                  bezeichnung="Betriebsleiterwohnhaus")],
                        gk=1, we=1, sp=10, neben=300.0, gewerbe=360.0)),
        unterlagen(*NEUBAU, "betriebsbeschreibung"),
        (e("ART_NUTZUNG_AUSNAHME", "wohnen"),)),
    Szenario(
        25, "einzelhandel-so",
        "Supermarket (laden) in the Sondergebiet for large-scale retail (SO 2100), a zone the "
        "catalogue of uses does not know: a hint only; a leaseholder with the town's consent as "
        "owner",
        antrag("baugenehmigung", "Frischemarkt Musterstadt GmbH",
               "Industriestraße 8, 12345 Musterstadt", [kz(2, 86)],
               vorhaben("Neubau eines Lebensmittelmarkts mit Kundenparkplatz", ["laden"],
                        [halle((360268.0, 5649848.0, 360298.0, 5649872.0),
                               bezeichnung="Verbrauchermarkt", wandhoehe_m=6.5,
                               firsthoehe_m=7.0, dachneigung_grad=5)],
                        gk=3, we=0, sp=40, neben=650.0, gewerbe=720.0), verfasser=ROTH),
        unterlagen(*NEUBAU, "standsicherheitsnachweis", "brandschutznachweis",
                   "eigentuemerzustimmung"),
        (e("ART_NUTZUNG_UNGEPRUEFT", "laden"),)),
)

ORT = (
    Szenario(
        19, "altstadt-34",
        "House in the old town without a B-Plan (§ 34 BauGB) near the church and the market "
        "ensemble; two documents scanned, a photo",
        antrag("vereinfachtes_verfahren", "Monika Terhorst", "Kirchgasse 4, 12345 Musterstadt",
               [kz(1, 16)],
               vorhaben("Neubau eines Einfamilienhauses", ["wohnen"],
                        [wohnhaus((360149.5, 5650111.5, 360159.5, 5650123.5))],
                        gk=1, we=1, sp=1, neben=20.0)),
        unterlagen(*NEUBAU, "foto", scan=("bauzeichnungen", "baubeschreibung")),
        (e("INNENBEREICH_34", kz(1, 16)), e("DENKMAL_UMGEBUNG", "D-001"),
         e("DENKMAL_UMGEBUNG", "D-003"))),
    Szenario(
        20, "denkmal-freistellung",
        "Extension of the listed half-timbered house Am Markt 5 (D-002, in ensemble D-003) as a "
        "Genehmigungsfreistellung, which is not open outside a B-Plan",
        antrag("genehmigungsfreistellung", "Heimatverein Musterstadt e. V.",
               "Am Markt 5, 12345 Musterstadt", [kz(1, 19)],
               vorhaben("Anbau eines Ausstellungsraums an das Heimatmuseum",
                        ["anlage_gemeinbedarf"],
                        [halle((360176.0, 5650040.0, 360184.0, 5650050.0),
                               bezeichnung="Ausstellungsanbau", wandhoehe_m=4.0,
                               firsthoehe_m=7.0, dachneigung_grad=45, freistehend=False)],
                        gk=2, we=0, sp=0, neben=0.0, art="anbau")),
        unterlagen("lageplan", "bauzeichnungen", "baubeschreibung", "bauvorlageberechtigung",
                   "statistikbogen", "foto"),
        (e("INNENBEREICH_34", kz(1, 19)), e("DENKMAL_BETROFFEN", "D-002"),
         e("DENKMAL_BETROFFEN", "D-003"), e("VERFAHRENSART_UNZULAESSIG", "verfahren"))),
    Szenario(
        21, "bodendenkmal",
        "House in the WA turned sideways up to the rear Baugrenze: it reaches into the Iron Age "
        "settlement D-005 (from x ≈ 360423)",
        antrag("vereinfachtes_verfahren", "Lukas Hoffmann", "Lindenweg 5, 12345 Musterstadt",
               [kz(1, 43)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650057.0, 360425.5, 5650067.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        unterlagen(*NEUBAU),
        (e("BODENDENKMAL_BETROFFEN", "D-005"),)),
    Szenario(
        22, "aussenbereich-biotop",
        "House in the Außenbereich (§ 35) inside the protected biotope at the Feldweg; no sewer "
        "and no power line within 50 m",
        antrag("vereinfachtes_verfahren", "Heike Brockmann", "Feldweg 6, 12345 Musterstadt",
               [kz(1, 57)],
               vorhaben("Neubau eines Wohnhauses", ["wohnen"],
                        [wohnhaus((360630.0, 5650260.0, 360640.0, 5650272.0))],
                        gk=1, we=1, sp=2, neben=60.0)),
        unterlagen(*NEUBAU),
        (e("AUSSENBEREICH_35", kz(1, 57)), e("SCHUTZGEBIET_BETROFFEN", "GB-4807-0047"),
         e("ERSCHLIESSUNG_ABWASSER_FEHLT", kz(1, 57)),
         e("ERSCHLIESSUNG_STROM_FEHLT", kz(1, 57)))),
    Szenario(
        23, "suedflur-unerschlossen",
        "The town's clubhouse on the Südflur (§ 35), reaching into the LSG; no dedicated road "
        "and no main within 50 m",
        antrag("vereinfachtes_verfahren", "Stadt Musterstadt", "Am Markt 2, 12345 Musterstadt",
               [kz(2, 91)],
               vorhaben("Neubau eines Vereinsheims für den Angelsportverein",
                        ["anlage_gemeinbedarf"],
                        [halle((360250.0, 5649726.0, 360260.0, 5649738.0),
                               bezeichnung="Vereinsheim", wandhoehe_m=3.5, firsthoehe_m=6.0,
                               dachneigung_grad=30)],
                        gk=1, we=0, sp=6, neben=150.0), verfasser=INGENIEUR),
        unterlagen(*(t for t in NEUBAU if t != "stellplatznachweis")),
        (e("AUSSENBEREICH_35", kz(2, 91)), e("SCHUTZGEBIET_BETROFFEN", "LSG-4807-0012"),
         *(e(f"ERSCHLIESSUNG_{m}_FEHLT", kz(2, 91))
           for m in ("STRASSE", "TRINKWASSER", "ABWASSER", "STROM")))),
    Szenario(
        24, "abbruch",
        "Demolition of a house in the Außenbereich: only a Lageplan is required; without a "
        "footprint no planning law can be determined, and no connection is requested",
        antrag("vereinfachtes_verfahren", "Bernhard Schulte-Wilms",
               "Feldweg 1, 12345 Musterstadt", [kz(1, 51)],
               {"bezeichnung": "Abbruch des ehemaligen Altenteilerhauses", "art": "abbruch",
                "nutzungen": ["wohnen"], "wohneinheiten": 0, "stellplaetze": 0,
                "gebaeude": [], "erschliessung": KEINE_MEDIEN}),
        unterlagen("lageplan", "foto"),
        ()),
)

RECHT = tuple(sorted((*BAUM, *MASS, *ART, *ORT), key=lambda s: s.nr))
