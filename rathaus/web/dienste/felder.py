"""The fields of the portal's steps, by key path in `antrag.json`: one description
serves the form (label, type, hint), the parsing of what was sent, and error messages
tied to their field. `antragsdaten` reads a stored antrag back for the caseworker's case
view: German labels, units, Ja/Nein, named uses (the JSON API keeps the raw data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from rathaus.domain.antrag import NUTZUNGEN, UNTERLAGE_TYPEN

Typ = Literal["text", "zahl", "ganz", "ja", "wahl", "mehrfach", "lang"]
G = "vorhaben.gebaeude[0]."


@dataclass(frozen=True)
class Feld:
    pfad: str  # key path, also the form field's name
    label: str
    typ: Typ = "text"
    hinweis: str = ""
    optionen: tuple[tuple[str, str], ...] = ()
    autocomplete: str = ""


VERFAHREN = (("vereinfachtes_verfahren", "Vereinfachtes Baugenehmigungsverfahren"),
             ("baugenehmigung", "Baugenehmigungsverfahren"),
             ("genehmigungsfreistellung", "Genehmigungsfreistellung"))
ARTEN = (("neubau", "Neubau"), ("anbau", "Anbau"), ("umbau", "Umbau"),
         ("nutzungsaenderung", "Nutzungsänderung"), ("abbruch", "Abbruch"))


def _label(code: str) -> str:
    return code.replace("_", " ").replace("ae", "ä").replace("ue", "ü").replace("oe", "ö") \
        .capitalize()


UNTERLAGEN = tuple((t, _label(t)) for t in UNTERLAGE_TYPEN)
# The uses of antrag.md (`vorhaben.nutzungen`) by their German names.
NUTZUNG_TEXT = {
    "wohnen": "Wohnen", "laden": "Laden", "gastronomie": "Gastronomie",
    "beherbergung": "Beherbergung", "buero_verwaltung": "Büro und Verwaltung",
    "handwerk_nicht_stoerend": "Nicht störendes Handwerk",
    "gewerbe_nicht_stoerend": "Nicht störendes Gewerbe",
    "gewerbe_nicht_wesentlich_stoerend": "Nicht wesentlich störendes Gewerbe",
    "gewerbe": "Gewerbe", "gewerbe_erheblich_belaestigend": "Erheblich belästigendes Gewerbe",
    "tankstelle": "Tankstelle", "vergnuegungsstaette": "Vergnügungsstätte",
    "anlage_gemeinbedarf": "Anlage für den Gemeinbedarf", "gartenbau": "Gartenbau",
    "lagerhaus": "Lagerhaus", "garage_stellplatz": "Garage oder Stellplatz",
}  # fmt: skip
assert set(NUTZUNG_TEXT) == set(NUTZUNGEN)

BAUHERR = (
    Feld("verfahren", "Verfahren", "wahl", optionen=VERFAHREN),
    Feld("bauherr.name", "Name der Bauherrin / des Bauherrn", autocomplete="name"),
    Feld("bauherr.anschrift", "Anschrift", autocomplete="street-address"),
    Feld("bauherr.email", "E-Mail", autocomplete="email"),
    Feld("bauherr.telefon", "Telefon", autocomplete="tel"),
    Feld("entwurfsverfasser.name", "Entwurfsverfasser:in (Architekt:in)"),
    Feld("entwurfsverfasser.bauvorlageberechtigt", "Ist bauvorlageberechtigt", "ja"),
    Feld("entwurfsverfasser.kammernummer", "Kammernummer"),
    Feld("entwurfsverfasser.email", "E-Mail der Entwurfsverfasser:in"),
)
GRUNDSTUECK = (
    Feld("grundstueck.adresse", "Adresse des Grundstücks", autocomplete="off"),
    Feld("grundstueck.flurstuecke", "Flurstücke", "mehrfach",
         hinweis="Wählen Sie die Flurstücke über die Suche oder auf der Karte."),
)
VORHABEN = (
    Feld("vorhaben.bezeichnung", "Bezeichnung des Vorhabens",
         hinweis="z. B. Neubau eines Einfamilienhauses mit Garage"),
    Feld("vorhaben.art", "Art", "wahl", optionen=ARTEN),
    Feld("vorhaben.nutzungen", "Nutzungen", "mehrfach",
         optionen=tuple((n, NUTZUNG_TEXT[n]) for n in NUTZUNGEN)),
    Feld("vorhaben.gebaeudeklasse", "Gebäudeklasse (1–5)", "ganz"),
    Feld("vorhaben.wohneinheiten", "Wohneinheiten", "ganz"),
    Feld("vorhaben.stellplaetze", "Stellplätze", "ganz"),
    Feld("vorhaben.nebenanlagen_flaeche_m2", "Fläche der Nebenanlagen (m²)", "zahl"),
    Feld("vorhaben.gewerbeflaeche_m2", "Gewerbefläche (m²)", "zahl"),
    Feld("vorhaben.erschliessung.trinkwasser", "Anschluss an Trinkwasser", "ja"),
    Feld("vorhaben.erschliessung.abwasser", "Anschluss an Abwasser", "ja"),
    Feld("vorhaben.erschliessung.strom", "Anschluss an Strom", "ja"),
    Feld(G + "bezeichnung", "Gebäude"),
    Feld(G + "wandhoehe_m", "Wandhöhe (m)", "zahl"),
    Feld(G + "dachneigung_grad", "Dachneigung (Grad)", "zahl"),
    Feld(G + "firsthoehe_m", "Firsthöhe (m)", "zahl"),
    Feld(G + "vollgeschosse", "Vollgeschosse", "ganz"),
    Feld(G + "geschosse_oberirdisch", "Oberirdische Geschosse", "ganz"),
    Feld(G + "hoehe_gk_m", "Höhe für die Gebäudeklasse (m)", "zahl"),
    Feld(G + "geschossflaeche_m2", "Geschossfläche (m²)", "zahl"),
    Feld(G + "nutzungseinheiten", "Nutzungseinheiten", "ganz"),
    Feld(G + "freistehend", "Freistehend", "ja"),
    Feld(G + "grundriss", "Grundriss (GeoJSON-Polygon, WGS84)", "lang",
         hinweis="Zeichnen Sie den Grundriss auf der Karte, laden Sie eine Datei hoch oder "
                 "fügen Sie GeoJSON ein."),
)
SCHRITTE = {"bauherr": BAUHERR, "grundstueck": GRUNDSTUECK, "vorhaben": VORHABEN}


def teile(pfad: str) -> list[str | int]:
    """`vorhaben.gebaeude[0].x` → ['vorhaben', 'gebaeude', 0, 'x']."""
    out: list[str | int] = []
    for part in pfad.split("."):
        if part.endswith("]"):
            name, _, idx = part[:-1].partition("[")
            out += [name, int(idx)]
        else:
            out.append(part)
    return out


def lesen(data: dict[str, Any], pfad: str) -> Any:
    cur: Any = data
    for p in teile(pfad):
        try:
            cur = cur[p]
        except (KeyError, IndexError, TypeError):
            return None
    return cur


def setzen(data: dict[str, Any], pfad: str, wert: Any) -> None:
    """Set (or, with None, remove) the value at `pfad`, creating containers on the way."""
    keys = teile(pfad)
    cur: Any = data
    for k, nxt in pairwise(keys):
        if isinstance(k, int):
            while len(cur) <= k:
                cur.append({})
            cur = cur[k]
        else:
            if not isinstance(cur.get(k), dict | list):
                cur[k] = [] if isinstance(nxt, int) else {}
            cur = cur[k]
    last = keys[-1]
    assert isinstance(last, str)
    if wert is None:
        cur.pop(last, None)
    else:
        cur[last] = wert


# --- the antrag as the caseworker reads it ------------------------------------------

Einheit = Literal["", "m", "m²", "°"]
ERSCHLIESSUNG = (("trinkwasser", "Trinkwasser"), ("abwasser", "Abwasser"),
                 ("strom", "Strom"))


@dataclass(frozen=True)
class Zeile:
    """One row of the case view's Antragsdaten: the key (relative to its group's object),
    its German label, how its value reads, and whether it shows when absent ("–")."""

    schluessel: str
    label: str
    art: Literal["text", "zahl", "ja", "wahl", "liste", "datum", "nutzungen",
                 "erschliessung", "abweichungen", "befreiungen"] = "text"
    einheit: Einheit = ""
    immer: bool = False
    optionen: tuple[tuple[str, str], ...] = ()


ALLGEMEIN = (
    Zeile("verfahren", "Verfahren", "wahl", immer=True, optionen=VERFAHREN),
    Zeile("eingang", "Eingang", "datum"),
)
# (group title, key of the group's object in the antrag, rows)
GRUPPEN: tuple[tuple[str, str, tuple[Zeile, ...]], ...] = (
    ("Bauherr", "bauherr", (
        Zeile("name", "Name", immer=True), Zeile("anschrift", "Anschrift", immer=True),
        Zeile("email", "E-Mail"), Zeile("telefon", "Telefon"))),
    ("Entwurfsverfasser:in", "entwurfsverfasser", (
        Zeile("name", "Name", immer=True),
        Zeile("bauvorlageberechtigt", "Bauvorlageberechtigt", "ja", immer=True),
        Zeile("kammernummer", "Kammernummer"), Zeile("anschrift", "Anschrift"),
        Zeile("email", "E-Mail"))),
    ("Grundstück", "grundstueck", (
        Zeile("adresse", "Adresse"),
        Zeile("flurstuecke", "Flurstücke", "liste", immer=True))),
    ("Vorhaben", "vorhaben", (
        Zeile("bezeichnung", "Bezeichnung", immer=True),
        Zeile("art", "Art", "wahl", immer=True, optionen=ARTEN),
        Zeile("nutzungen", "Nutzungen", "nutzungen", immer=True),
        Zeile("gebaeudeklasse", "Gebäudeklasse (laut Antrag)", "zahl"),
        Zeile("wohneinheiten", "Wohneinheiten", "zahl"),
        Zeile("stellplaetze", "Stellplätze", "zahl"),
        Zeile("nebenanlagen_flaeche_m2", "Fläche der Nebenanlagen", "zahl", "m²"),
        Zeile("gewerbeflaeche_m2", "Gewerbefläche", "zahl", "m²"),
        Zeile("erschliessung", "Erschließung", "erschliessung", immer=True),
        Zeile("baumfaellungen", "Baumfällungen", "liste", immer=True))),
)
GEBAEUDE = (
    Zeile("wandhoehe_m", "Wandhöhe", "zahl", "m", immer=True),
    Zeile("firsthoehe_m", "Firsthöhe", "zahl", "m"),
    Zeile("dachneigung_grad", "Dachneigung", "zahl", "°"),
    Zeile("vollgeschosse", "Vollgeschosse", "zahl", immer=True),
    Zeile("geschosse_oberirdisch", "Oberirdische Geschosse", "zahl"),
    Zeile("hoehe_gk_m", "Höhe für die Gebäudeklasse", "zahl", "m"),
    Zeile("geschossflaeche_m2", "Geschossfläche", "zahl", "m²", immer=True),
    Zeile("nutzungseinheiten", "Nutzungseinheiten", "zahl"),
    Zeile("freistehend", "Freistehend", "ja"),
)
ANTRAGSTELLUNG = (
    Zeile("abweichungen", "Abweichungen", "abweichungen", immer=True),
    Zeile("befreiungen", "Befreiungen", "befreiungen", immer=True),
)
Uebersetze = Callable[..., str]


def _zahl(wert: float | int, lang: str) -> str:
    text = str(int(wert)) if isinstance(wert, float) and wert.is_integer() else str(wert)
    return text.replace(".", ",") if lang == "de" else text


def _wert(z: Zeile, wert: Any, _: Uebersetze, lang: str) -> str:
    """How the value of row `z` reads ("" for absent)."""
    if z.art == "erschliessung":
        an = [_(text) for k, text in ERSCHLIESSUNG if isinstance(wert, dict) and wert.get(k)]
        return ", ".join(an) or _("keine")
    if z.art in ("liste", "nutzungen", "abweichungen", "befreiungen"):
        if wert in (None, [], ()):
            return _("keine") if z.immer and z.art != "nutzungen" else ""
        if not isinstance(wert, list | tuple):
            return str(wert)
        if z.art == "nutzungen":
            return ", ".join(_(NUTZUNG_TEXT.get(str(n), str(n))) for n in wert)
        if z.art in ("abweichungen", "befreiungen"):
            name = "norm" if z.art == "abweichungen" else "festsetzung"
            teile = []
            for eintrag in wert:
                e = eintrag if isinstance(eintrag, dict) else {name: str(eintrag)}
                text = str(e.get(name) or "–")
                if e.get("begruendung"):
                    text += f" ({_('Begründung: {begruendung}', begruendung=e['begruendung'])})"
                teile.append(text)
            return "; ".join(teile)
        return ", ".join(str(v) for v in wert)
    if wert is None or wert == "":
        return ""
    if z.art == "ja" or isinstance(wert, bool):
        return _("Ja") if wert else _("Nein")
    if z.art == "wahl":
        return _(dict(z.optionen).get(str(wert), str(wert)))
    if z.art == "datum":
        try:
            return dt.date.fromisoformat(str(wert)).strftime("%d.%m.%Y")
        except ValueError:
            return str(wert)
    if isinstance(wert, int | float):
        text = _zahl(wert, lang)
        if z.einheit == "°":
            return f"{text}°"
        return f"{text} {z.einheit}" if z.einheit else text
    return str(wert)


def _zeilen(daten: Any, zeilen: tuple[Zeile, ...], _: Uebersetze, lang: str
            ) -> list[tuple[str, str]]:
    daten = daten if isinstance(daten, dict) else {}
    out = []
    for z in zeilen:
        text = _wert(z, daten.get(z.schluessel), _, lang)
        if text or z.immer:
            out.append((_(z.label), text or "–"))
    return out


@dataclass(frozen=True)
class Antragsdaten:
    allgemein: list[tuple[str, str]]  # rows under the Aktenzeichen
    gruppen: list[tuple[str, list[tuple[str, str]]]]  # (title, rows)


def _deutsch(text: str, **werte: Any) -> str:
    return text.format(**werte) if werte else text


def antragsdaten(antrag: dict[str, Any], _: Uebersetze = _deutsch, lang: str = "de"
                 ) -> Antragsdaten:
    """The stored antrag as the case view shows it: translated labels (via `_`), values
    with units, Ja/Nein, the uses' names, "keine" for empty lists; the footprint is left
    to the map. Unknown keys are not shown (the antrag's parser forbids them)."""
    gruppen = [(_(titel), _zeilen(antrag.get(key), zeilen, _, lang))
               for titel, key, zeilen in GRUPPEN]
    haeuser = (antrag.get("vorhaben") or {}).get("gebaeude") or []
    for i, g in enumerate(haeuser, 1):
        g = g if isinstance(g, dict) else {}
        titel = f"{_('Gebäude')}: {g['bezeichnung']}" if g.get("bezeichnung") \
            else _("Gebäude {n}", n=i) if len(haeuser) > 1 else _("Gebäude")
        gruppen.append((titel, _zeilen(g, GEBAEUDE, _, lang)))
    gruppen.append((_("Abweichungen und Befreiungen"),
                    _zeilen(antrag, ANTRAGSTELLUNG, _, lang)))
    return Antragsdaten(_zeilen(antrag, ALLGEMEIN, _, lang), gruppen)
