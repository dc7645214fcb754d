"""The deterministic building blocks of a notice: letterhead, subject, Tenor, fee,
Rechtsbehelfsbelehrung and standard Hinweise. No model touches any of these."""

from __future__ import annotations

import datetime as dt

from rathaus.bescheid.modell import Absender, BescheidArt, Gebuehr
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung
from rathaus.registers.gemeinde import GemeindeConfig

# Länder that abolished the Widerspruchsverfahren for building-permit decisions:
# a notice there names the Klage. A municipality overrides with [rechtsbehelf] art.
KLAGE_LAENDER = frozenset({"NW", "BY", "NI"})
VERFAHREN = {"baugenehmigung": "Baugenehmigungsverfahren (§ 64 MBO)",
             "vereinfachtes_verfahren": "vereinfachten Baugenehmigungsverfahren (§ 63 MBO)",
             "genehmigungsfreistellung": "Genehmigungsfreistellungsverfahren (§ 62 MBO)"}
ZULASSUNG = {
    "ABWEICHUNG_BEANTRAGT": "Die beantragte Abweichung von {objekt} wird zugelassen "
                            "(§ 67 MBO).",
    "BEFREIUNG_BEANTRAGT": "Die beantragte Befreiung von der Festsetzung {objekt} wird "
                           "erteilt (§ 31 Abs. 2 BauGB).",
    "ART_NUTZUNG_AUSNAHME": "Die Nutzung {objekt} wird als Ausnahme zugelassen "
                            "(§ 31 Abs. 1 BauGB).",
}


def eur(betrag: float) -> str:
    text = f"{betrag:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text} €"


def zahl(wert: float) -> str:
    """German decimal notation, at most two decimals, no trailing zeros."""
    return f"{wert:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def datum(tag: dt.date) -> str:
    return tag.strftime("%d.%m.%Y")


def bescheid_art(entscheidung: Entscheidung) -> BescheidArt:
    if entscheidung.ergebnis == "nachforderung":
        return "nachforderung"
    return "baugenehmigung" if entscheidung.genehmigt else "ablehnung"


def absender(g: GemeindeConfig) -> Absender:
    b = g.briefkopf
    return Absender(behoerde=b.behoerde or f"Stadt {g.name}", amt=b.amt,
                    anschrift=b.anschrift, telefon=b.telefon, email=b.email, web=b.web)


def empfaenger(antrag: Antrag) -> tuple[str, ...]:
    person = antrag.bauherr
    zeilen = [person.name or "Bauherr:in"]
    if person.anschrift:
        zeilen += [z.strip() for z in person.anschrift.split(",") if z.strip()]
    return tuple(zeilen)


def vorhaben(antrag: Antrag) -> str:
    return antrag.vorhaben.bezeichnung or "Bauvorhaben"


def grundstueck(antrag: Antrag) -> str:
    teile = []
    if antrag.grundstueck.adresse:
        teile.append(antrag.grundstueck.adresse)
    if antrag.flurstuecke:
        wort = "Flurstück" if len(antrag.flurstuecke) == 1 else "Flurstücke"
        teile.append(f"{wort} {', '.join(antrag.flurstuecke)}")
    return "; ".join(teile) or "Baugrundstück ohne Angabe"


def betreff(antrag: Antrag, art: BescheidArt) -> str:
    was = {"baugenehmigung": "Baugenehmigung", "ablehnung": "Ablehnung des Bauantrags",
           "nachforderung": "Unvollständiger Bauantrag – Nachforderung"}[art]
    az = f" – Az. {antrag.id}" if antrag.id else ""
    return f"{was}: {vorhaben(antrag)}, {grundstueck(antrag)}{az}"


def tenor(antrag: Antrag, e: Entscheidung, befunde: tuple[Befund, ...],
          g: GemeindeConfig, heute: dt.date) -> tuple[str, ...]:
    v = f"„{vorhaben(antrag)}“ ({grundstueck(antrag)})"
    if e.ergebnis == "nachforderung":
        frist = heute + dt.timedelta(days=g.bescheid.nachforderung_frist_tage)
        return (f"Ihr Bauantrag für das Vorhaben {v} ist unvollständig.",
                f"Bitte reichen Sie die unten genannten Unterlagen und Angaben bis zum "
                f"{datum(frist)} nach (§ 69 Abs. 2 MBO). Werden die Mängel nicht "
                "fristgerecht behoben, gilt der Antrag als zurückgenommen.")
    if e.ergebnis == "versagt":
        return (f"Der Antrag auf Erteilung einer Baugenehmigung für das Vorhaben {v} "
                "wird abgelehnt.",)
    zeilen = [f"Die Baugenehmigung für das Vorhaben {v} wird nach Maßgabe der mit "
              "Zugehörigkeitsvermerk versehenen Bauvorlagen erteilt."]
    if e.ergebnis == "genehmigt_mit_nebenbestimmungen" or e.nebenbestimmungen:
        zeilen.append("Die Genehmigung ergeht mit den nachstehenden Nebenbestimmungen, "
                      "die Bestandteil dieses Bescheids sind.")
    return tuple(zeilen)


def zulassungen(e: Entscheidung, befunde: tuple[Befund, ...]) -> tuple[str, ...]:
    """Abweichungen, Befreiungen and Ausnahmen the approval grants (from the findings)."""
    if not e.genehmigt:
        return ()
    return tuple(dict.fromkeys(
        ZULASSUNG[b.code].format(objekt=b.objekt or "der Vorschrift")
        for b in befunde if b.code in ZULASSUNG))


def gebuehr(antrag: Antrag, e: Entscheidung, g: GemeindeConfig,
            heute: dt.date) -> Gebuehr | None:
    """Permit fee: Rohbauwert × rate, at least the minimum; a refusal pays its share."""
    if e.ergebnis == "nachforderung":
        return None
    c = g.gebuehren
    flaeche = sum(geb.geschossflaeche_m2 or 0.0 for geb in antrag.vorhaben.gebaeude)
    rohbauwert = flaeche * c.rohbauwert_je_m2_eur
    betrag = max(c.mindestgebuehr_eur, rohbauwert * c.satz_promille / 1000)
    rechnung = (f"Rohbauwert {eur(rohbauwert)} ({zahl(flaeche)} m² Geschossfläche × "
                f"{eur(c.rohbauwert_je_m2_eur)}/m²) × {zahl(c.satz_promille)} ‰, "
                f"mindestens {eur(c.mindestgebuehr_eur)}")
    if not e.genehmigt:
        betrag *= c.versagung_anteil
        rechnung += f"; bei Ablehnung {zahl(c.versagung_anteil * 100)} %"
    kz = f"{c.kassenzeichen_praefix}{antrag.id}" if antrag.id else None
    return Gebuehr(betrag_eur=round(betrag, 2), berechnung=rechnung,
                   tarifstelle=c.tarifstelle, kassenzeichen=kz, iban=c.iban,
                   faellig_bis=heute + dt.timedelta(days=c.faellig_tage))


def rechtsbehelf_art(g: GemeindeConfig) -> str:
    if g.rechtsbehelf.art is not None:
        return g.rechtsbehelf.art
    return "klage" if g.land.upper() in KLAGE_LAENDER else "widerspruch"


def rechtsbehelfsbelehrung(e: Entscheidung, g: GemeindeConfig) -> str | None:
    """Klage or Widerspruch per the Land; a Nachforderung is no Verwaltungsakt here."""
    if e.ergebnis == "nachforderung":
        return None
    r = g.rechtsbehelf
    if rechtsbehelf_art(g) == "klage":
        gericht = r.gericht or "dem zuständigen Verwaltungsgericht"
        ort = f", {r.gericht_anschrift}," if r.gericht_anschrift else ""
        return (f"Gegen diesen Bescheid kann innerhalb {r.frist} nach Bekanntgabe Klage "
                f"bei {_dativ(gericht)}{ort} erhoben werden. Die Klage ist schriftlich oder "
                "zur Niederschrift der Urkundsbeamtin oder des Urkundsbeamten der "
                "Geschäftsstelle zu erheben; sie kann auch als elektronisches Dokument nach "
                "Maßgabe des § 55a der Verwaltungsgerichtsordnung (VwGO) erhoben werden.")
    bei = r.widerspruch_bei or ", ".join(
        x for x in (g.briefkopf.behoerde or f"Stadt {g.name}", g.briefkopf.anschrift) if x)
    return (f"Gegen diesen Bescheid kann innerhalb {r.frist} nach Bekanntgabe Widerspruch "
            f"erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach "
            f"§ 3a Abs. 2 VwVfG oder zur Niederschrift bei {bei} einzulegen (§ 70 VwGO).")


def _dativ(gericht: str) -> str:
    return f"dem {gericht}" if gericht.startswith("Verwaltungsgericht") else gericht


def hinweise(e: Entscheidung, befunde: tuple[Befund, ...], g: GemeindeConfig) -> tuple[str, ...]:
    if e.ergebnis == "nachforderung":
        return ()
    zeilen = [f"{b.text} ({b.norm})" for b in befunde if b.art == "hinweis"]
    if e.genehmigt:
        jahre = g.bescheid.geltungsdauer_jahre
        zeilen += [
            f"Die Baugenehmigung erlischt, wenn innerhalb von {jahre} Jahren nach ihrer "
            "Erteilung mit der Ausführung nicht begonnen oder die Bauausführung ein Jahr "
            "unterbrochen worden ist (§ 73 Abs. 1 MBO).",
            "Der Ausführungsbeginn ist der Bauaufsichtsbehörde mindestens eine Woche vorher "
            "schriftlich mitzuteilen (§ 72 Abs. 8 MBO).",
            "Die Baugenehmigung wird unbeschadet der privaten Rechte Dritter erteilt "
            "(§ 72 Abs. 4 MBO).",
        ]
    return tuple(zeilen)
