"""The words of each document type, filled from the application's own figures."""

from __future__ import annotations

from typing import Any


def _geb(a: dict[str, Any]) -> dict[str, Any]:
    gebaeude: list[dict[str, Any]] = a["vorhaben"].get("gebaeude") or [{}]
    return gebaeude[0]


def inhalt(typ: str, a: dict[str, Any]) -> list[str]:
    v, g = a["vorhaben"], _geb(a)
    nutz = ", ".join(v.get("nutzungen", []))
    texte: dict[str, list[str]] = {
        "lageplan": [
            "Amtlicher Lageplan auf Grundlage der Liegenschaftskarte (ALKIS). Dargestellt "
            "sind das Baugrundstück, die Nachbarflurstücke, die öffentliche Verkehrsfläche "
            "und das geplante Gebäude (rot) mit den Abstandsflächen.",
        ],
        "bauzeichnungen": [
            f"Grundriss Erdgeschoss und Obergeschoss, Schnitt A-A, Ansichten. "
            f"Wandhöhe {g.get('wandhoehe_m', '–')} m, Firsthöhe {g.get('firsthoehe_m', '–')} m, "
            f"Dachneigung {g.get('dachneigung_grad', '–')} Grad.",
        ],
        "baubeschreibung": [
            f"Das Vorhaben „{v.get('bezeichnung', '')}“ umfasst ein Gebäude mit "
            f"{g.get('vollgeschosse', '–')} Vollgeschossen und {v.get('wohneinheiten', 0)} "
            f"Wohneinheit(en). Nutzung: {nutz}.",
            f"Geschossfläche: {g.get('geschossflaeche_m2', '–')} m². Wandhöhe "
            f"{g.get('wandhoehe_m', '–')} m, Firsthöhe {g.get('firsthoehe_m', '–')} m.",
            "Konstruktion: Mauerwerk aus Kalksandstein, Stahlbetondecken, Satteldach mit "
            "Betondachsteinen. Beheizung über Luft-Wasser-Wärmepumpe.",
        ],
        "betriebsbeschreibung": [
            "Betriebszeiten werktags 7 bis 18 Uhr. Beschäftigte: 12. Keine Lagerung "
            "wassergefährdender Stoffe. Lärmquellen: Lieferverkehr, Werkstatt im Gebäude.",
        ],
        "standsicherheitsnachweis": [
            "Statische Berechnung nach DIN EN 1990 bis 1997 mit Positionsplänen. "
            "Gründung auf Streifenfundamenten, Bodenklasse nach Baugrundgutachten.",
        ],
        "brandschutznachweis": [
            "Brandschutzkonzept: Rettungswege, Feuerwiderstand der tragenden Bauteile, "
            "Brandabschnitte und Zufahrt für die Feuerwehr nach den §§ 26 ff. MBO.",
        ],
        "waermeschutznachweis": [
            "Nachweis nach dem Gebäudeenergiegesetz (GEG): Jahres-Primärenergiebedarf und "
            "Transmissionswärmeverlust des Referenzgebäudes werden unterschritten.",
        ],
        "entwaesserungsplan": [
            "Schmutzwasser in den öffentlichen Kanal, Niederschlagswasser in eine "
            "Versickerungsmulde auf dem Grundstück. Revisionsschacht an der Grenze.",
        ],
        "stellplatznachweis": [
            f"Nach der Stellplatzsatzung sind für {v.get('wohneinheiten', 0)} Wohneinheit(en) "
            f"Stellplätze nachzuweisen; nachgewiesen werden {v.get('stellplaetze', 0)} "
            "Stellplätze auf dem Grundstück.",
        ],
        "statistikbogen": [
            f"Erhebungsbogen für die Baugenehmigungsstatistik. Art der Bautätigkeit: "
            f"{v.get('art', '')}. Wohnungen: {v.get('wohneinheiten', 0)}. "
            f"Geschossfläche: {g.get('geschossflaeche_m2', '–')} m².",
        ],
        "bauvorlageberechtigung": [
            f"Hiermit wird bestätigt, dass {a['entwurfsverfasser'].get('name', '')} in die "
            f"Liste der Architektenkammer eingetragen ist (Mitgliedsnummer "
            f"{a['entwurfsverfasser'].get('kammernummer', '–')}) und bauvorlageberechtigt ist.",
        ],
        "eigentuemerzustimmung": [
            "Die unterzeichnenden Miteigentümer stimmen dem oben genannten Bauvorhaben auf "
            "ihrem Grundstück zu.",
        ],
        "baumbestandsplan": [
            "Bestandsaufnahme aller Bäume auf dem Grundstück mit Stammumfang in 1 m Höhe, "
            "Kronendurchmesser und Art; zu fällende Bäume sind gekennzeichnet.",
        ],
        "faellantrag": [
            f"Beantragt wird die Fällung der Bäume {', '.join(v.get('baumfaellungen', []))}, "
            "da sie im Baufeld stehen. Als Ersatz werden zwei Laubbäume gepflanzt.",
        ],
        "abweichungsantrag": [
            f"Beantragt wird eine Abweichung von {a.get('abweichungen', [{}])[0].get('norm', '')}. "
            "Begründung: Die Grundstückszuschnitt lässt eine andere Anordnung nicht zu.",
        ],
        "befreiungsantrag": [
            "Beantragt wird eine Befreiung von der Festsetzung "
            f"{a.get('befreiungen', [{}])[0].get('festsetzung', '')} des Bebauungsplans. "
            "Die Grundzüge der Planung werden nicht berührt.",
        ],
        "vollmacht": ["Der Bauherr bevollmächtigt den Entwurfsverfasser zur Vertretung."],
        "foto": ["Ansicht des Grundstücks von der Straße."],
    }
    return texte[typ]
