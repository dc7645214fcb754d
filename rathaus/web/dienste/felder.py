"""The fields of the portal's steps, by key path in `antrag.json`: one description
serves the form (label, type, hint), the parsing of what was sent, and error messages
tied to their field."""

from __future__ import annotations

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
         optionen=tuple((n, _label(n)) for n in NUTZUNGEN)),
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
