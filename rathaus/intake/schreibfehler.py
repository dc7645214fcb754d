"""Slips in the words the figure reader looks for: a typed "Vollgechosse", a swapped
"Wandhöeh", an OCR'd "Firsthéhe". Each is set right to the word it is one edit away
from (two for long words), so a slip costs neither a figure nor a limit: a misspelt
"höchstens" must still mark a sentence as speaking of the plan, not of the project.

Only the listed terms are corrected, only from five letters up, and only where the
word is no other listed term: the reader's vocabulary, not a spell checker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

BEGRIFFE: tuple[str, ...] = (
    # the figures and their labels
    "Vollgeschoss", "Vollgeschosse", "Vollgeschossen", "Vollgeschosses", "Wohneinheit",
    "Wohneinheiten", "Wohnung", "Wohnungen", "Geschossfläche", "Wandhöhe", "Firsthöhe",
    "Firstes", "Nutzung", "Nutzungsart", "Quadratmeter", "beträgt", "betragen",
    "genutzt",
    # words that make a sentence speak of limits, the plan or the existing building
    "Bebauungsplan", "festgesetzt", "festsetzt", "Festsetzung", "zulässig", "höchstens",
    "maximal", "mindestens", "Bestand", "vorhanden", "zusätzlich",
    # uses (rathaus/intake/nutzungen.py)
    "wohnen", "Wohnhaus", "Wohngebäude", "Einfamilienhaus", "Mehrfamilienhaus",
    "Doppelhaus", "Reihenhaus", "Gaststätte", "Restaurant", "Einzelhandel",
    "Ladengeschäft", "Verwaltung", "Kindertagesstätte", "Kindergarten", "Handwerk",
    "Werkstatt", "Tischlerei", "Schreinerei", "Bäckerei", "Gewerbebetrieb", "gewerblich",
    "Garage", "Garagen", "Carport", "Stellplätze", "Lagerhalle", "Beherbergung",
    "Ferienwohnung", "Tankstelle", "Spielhalle", "Gärtnerei", "Arztpraxis", "Kanzlei",
)
_KLEIN = tuple(b.lower() for b in BEGRIFFE)
_BEKANNT = frozenset(_KLEIN)
# common words one edit from a term that must stay what they are ("Abstand" is not
# "Bestand", "benutzt" may stay)
_GESCHUETZT = frozenset({"abstand", "benutzt", "gewebe", "zustand", "anstand", "wohnte"})
_WORT = re.compile(r"[A-Za-zÄÖÜäöüßéèáàóò]{5,}")


def erlaubt(begriff: str) -> int:
    """Edits a slip of `begriff` may have: one, two from twelve letters up."""
    return 2 if len(begriff) >= 12 else 1


@lru_cache(maxsize=4096)
def _berichtigt(wort: str) -> str:
    klein = wort.lower()
    if klein in _BEKANNT or klein in _GESCHUETZT:
        return wort
    treffer = process.extractOne(klein, _KLEIN, scorer=OSA.distance, score_cutoff=2)
    if treffer is None:
        return wort
    _, abstand, i = treffer
    return BEGRIFFE[i] if abstand <= erlaubt(BEGRIFFE[i]) else wort


def berichtige(text: str) -> str:
    """The text with each slip of a listed term replaced by the term."""
    return _WORT.sub(lambda m: _berichtigt(m.group()), text)
