"""Test builders: the words of a few real-looking documents (German, English, Turkish)."""

from __future__ import annotations

KOPF = ("Bauherr: Erika Mustermann", "Vorhaben: Neubau eines Einfamilienhauses",
        "Grundstück: Lindenweg 3, 12345 Musterstadt")


def baubeschreibung(vollgeschosse: str = "2 Vollgeschosse", wohneinheiten: str = "1",
                    geschossflaeche: str = "210,0", wandhoehe: str = "6,20",
                    firsthoehe: str = "9,10", nutzung: str = "Wohnen") -> tuple[str, ...]:
    """A Baubeschreibung whose figures match tests.bundles.BASE_ANTRAG by default."""
    return ("Baubeschreibung", *KOPF,
            f"Das Gebäude hat {vollgeschosse} und {wohneinheiten} Wohneinheit(en).",
            f"Geschossfläche: {geschossflaeche} m². Wandhöhe {wandhoehe} m, "
            f"Firsthöhe {firsthoehe} m.",
            f"Nutzung: {nutzung}.",
            "Konstruktion: Mauerwerk aus Kalksandstein, Stahlbetondecken, Satteldach.",
            "Beheizung über eine Luft-Wasser-Wärmepumpe mit Fußbodenheizung.")


LAGEPLAN = ("Lageplan zum Bauantrag", *KOPF,
            "Amtlicher Lageplan auf Grundlage der Liegenschaftskarte (ALKIS), M 1:500.",
            "Dargestellt sind das Baugrundstück, die Nachbarflurstücke und die Straße.",
            "Das geplante Gebäude ist rot eingetragen; die Abstandsflächen sind bemaßt.",
            "Gemarkung Musterstadt, Flur 1, Flurstück 42.")
STATIK = ("Standsicherheitsnachweis", *KOPF,
          "Statische Berechnung nach DIN EN 1990 bis 1997 mit Positionsplänen.",
          "Lastannahmen: Schneelastzone 2, Windzone 1. Gründung auf Streifenfundamenten.",
          "Die Stahlbetondecke wird als Einfeldträger bemessen, Beton C25/30.",
          "Aufgestellt vom Tragwerksplaner Dipl.-Ing. Max Beispiel.")
ENGLISCH = ("Building description", "Client: Erika Mustermann",
            "The building has two full storeys and one dwelling unit with a pitched roof.",
            "The walls are made of sand-lime brick and the ceilings of reinforced concrete.",
            "Heating is provided by an air-to-water heat pump with underfloor heating.",
            "The project is located on the plot at Lindenweg 3 in the town of Musterstadt.",
            "All dimensions are given in metres and shall be checked on site by the builder.")
TUERKISCH = ("Yapı açıklaması", "Yapı sahibi: Erika Mustermann",
             "Bu bina iki tam kat ve bir konut birimi olarak planlanmıştır ve çatısı eğimlidir.",
             "Duvarlar kireç kumtaşı ile yapılacak ve döşemeler betonarme olarak üretilecektir.",
             "Isıtma bir ısı pompası ile sağlanacak ve yerden ısıtma sistemi kullanılacaktır.",
             "Proje Musterstadt şehrinde bulunan arsa üzerinde yer almaktadır ve bu arsa için "
             "daha önce bir izin verilmemiştir.",
             "Tüm ölçüler metre cinsinden verilmiştir ve şantiyede kontrol edilmelidir.")
