"""Words for a building's use, mapped to the uses of antrag.md (`vorhaben.nutzungen`)."""

from __future__ import annotations

import re

from rathaus.domain.antrag import NUTZUNGEN

# Checked in this order; a use named by its antrag.md key counts as well.
WOERTER: tuple[tuple[str, str], ...] = (
    ("vergnuegungsstaette", r"spielhalle|vergnügung|diskothek|wettbüro"),
    ("tankstelle", r"tankstelle"),
    ("beherbergung", r"hotel|pension\b|beherberg|gästezimmer|ferienwohnung"),
    ("gastronomie", r"gaststätte|restaurant|café|\bcafe\b|gastronom|imbiss|kneipe|schank"),
    ("laden", r"\bladen|läden|ladengeschäft|einzelhandel|verkaufsfläche|\bshop\b"),
    ("buero_verwaltung", r"(?<!wett)büro|verwaltung|praxis|kanzlei"),
    ("anlage_gemeinbedarf", r"kindertages|\bkita\b|kindergarten|schule|kirche|sporthalle|"
                            r"gemeinbedarf|soziale zwecke|gemeindehaus"),
    ("gartenbau", r"gärtnerei|gartenbau"),
    ("lagerhaus", r"\blager"),
    ("handwerk_nicht_stoerend", r"handwerk|tischlerei|schreinerei|bäckerei|werkstatt"),
    ("gewerbe", r"gewerb|produktion|fabrik"),
    ("garage_stellplatz", r"garage|carport|stellplätze"),
    ("wohnen", r"(?<!ferien)wohn|einfamilienhaus|mehrfamilienhaus|doppelhaus|reihenhaus"),
)
_SCHLUESSEL = re.compile(r"\b(" + "|".join(sorted(NUTZUNGEN, key=len, reverse=True)) + r")\b")
_WOERTER = tuple((n, re.compile(m)) for n, m in WOERTER)
GEWERBLICH = frozenset(n for n in NUTZUNGEN if n.startswith("gewerbe")) | {
    "handwerk_nicht_stoerend"}


def nutzungen_in(text: str) -> tuple[str, ...]:
    """The uses a phrase names, sorted: 'Laden im EG, darüber Wohnungen' → laden, wohnen."""
    low = text.lower()
    found = set(_SCHLUESSEL.findall(low))
    rest = _SCHLUESSEL.sub(" ", low)
    found |= {n for n, muster in _WOERTER if muster.search(rest)}
    return tuple(sorted(found))


def gedeckt(nutzung: str, antrag: tuple[str, ...] | list[str]) -> bool:
    """Whether a use named in a document is covered by the form's uses: the same use,
    or any commercial use for a commercial one (the form's finer category wins)."""
    if nutzung in antrag:
        return True
    return nutzung in GEWERBLICH and any(a in GEWERBLICH for a in antrag)
