"""The catalogue of uses is data (package TOML) and says what regeln.md's table says."""

from __future__ import annotations

from rathaus.agents.nutzungskatalog import gebiet, katalog
from rathaus.domain.antrag import NUTZUNGEN

# regeln.md, "Catalogue of uses per zone", copied verbatim
TABELLE = """
| wohnen | Z | Z | Z | Z | A | A |
| laden | A | Z | Z | Z | Z | – |
| gastronomie | – | Z | Z | Z | Z | – |
| beherbergung | A | A | Z | Z | Z | – |
| buero_verwaltung | – | A | Z | Z | Z | Z |
| handwerk_nicht_stoerend | A | Z | Z | Z | Z | Z |
| gewerbe_nicht_stoerend | – | A | Z | Z | Z | Z |
| gewerbe_nicht_wesentlich_stoerend | – | – | Z | Z | Z | Z |
| gewerbe | – | – | – | – | Z | Z |
| gewerbe_erheblich_belaestigend | – | – | – | – | – | Z |
| tankstelle | – | A | Z | A | Z | Z |
| vergnuegungsstaette | – | – | A | A | A | – |
| anlage_gemeinbedarf | A | Z | Z | Z | A | A |
| gartenbau | – | A | Z | – | Z | – |
| lagerhaus | – | – | – | – | Z | Z |
| garage_stellplatz | Z | Z | Z | Z | Z | Z |
"""
SPALTEN = ("1100", "1200", "1500", "1550", "1700", "1800")
WERT = {"Z": "zulaessig", "A": "ausnahme", "–": "unzulaessig"}


def test_catalogue_matches_the_table_of_the_rule_model() -> None:
    for zeile in TABELLE.strip().splitlines():
        nutzung, *werte = (z.strip() for z in zeile.strip("|").split("|"))
        for code, wert in zip(SPALTEN, werte, strict=True):
            assert katalog()[code].nutzungen[nutzung] == WERT[wert], (nutzung, code)


def test_every_zone_lists_every_use_of_the_application_form() -> None:
    assert set(katalog()) == set(SPALTEN)
    for eintrag in katalog().values():
        assert set(eintrag.nutzungen) == set(NUTZUNGEN)


def test_zone_outside_the_catalogue_has_no_entry() -> None:
    assert gebiet("1600") is None
    assert gebiet(None) is None
    eintrag = gebiet("1200")
    assert eintrag is not None and eintrag.paragraph == "§ 4"
