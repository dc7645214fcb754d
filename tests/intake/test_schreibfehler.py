"""Slips in the words the figure reader looks for cost neither a figure nor a limit."""

from __future__ import annotations

import pytest

from rathaus.intake.kennzahlen import kennzahlen
from rathaus.intake.schreibfehler import berichtige


@pytest.mark.parametrize(("slip", "term"), [
    ("Vollgechosse", "Vollgeschosse"),  # a dropped letter
    ("Wandhöeh", "Wandhöhe"),  # swapped neighbours
    ("Firsthéhe", "Firsthöhe"),  # OCR reads ö as é
    ("Geschossfläcje", "Geschossfläche"),  # a keyboard slip
    ("Gescossfläce", "Geschossfläche"),  # two slips in a long word
    ("Woheinheiten", "Wohneinheiten"),
    ("höchtsens", "höchstens"),
])
def test_a_slip_is_set_right_to_its_term(slip: str, term: str) -> None:
    assert berichtige(f"Die {slip} beträgt") == f"Die {term} beträgt"


@pytest.mark.parametrize("wort", [
    "Abstand",  # one edit from "Bestand", a word that marks existing buildings
    "benutzt", "Wohnungen", "Gebäude", "Dachneigung", "Stellplatz",
    "Vollgeschoßanzahl",  # longer compound: no term within reach
])
def test_other_words_stay_as_written(wort: str) -> None:
    assert berichtige(wort) == wort


def test_a_misspelt_limit_still_marks_the_plan_not_the_project() -> None:
    assert kennzahlen("Der Bebauungsplan erlaubt höchtsens III Vollgeschosse.") == ()
    assert kennzahlen("Es werden hcöhstens 2 Vollgeschosse errichtet.") == ()


def test_figures_are_read_through_slips_and_keep_the_sentence_as_written() -> None:
    found = kennzahlen("Das Gebäude hat 2 Vollgechosse. Die Waandhöhe beträgt 8.7 m.")
    assert [(k.feld, k.wert) for k in found] == [("vollgeschosse", 2), ("wandhoehe_m", 8.7)]
    assert found[1].satz == "Die Waandhöhe beträgt 8.7 m."
