"""Figures of a Baubeschreibung are read whatever the wording; limits of the B-Plan,
absolute heights and other sentences are not taken for the project's figures."""

from __future__ import annotations

import pytest

from rathaus.intake.kennzahlen import ergaenzt, kennzahlen, zahl


def _werte(text: str, feld: str) -> list[object]:
    return [k.wert for k in kennzahlen(text) if k.feld == feld]


@pytest.mark.parametrize(("text", "wert"), [
    ("Das Gebäude hat 2 Vollgeschosse.", 2),
    ("Es entsteht ein Wohnhaus mit II Vollgeschossen.", 2),
    ("Geplant sind zwei Vollgeschosse und ein Dachgeschoss.", 2),
    ("Anzahl Vollgeschosse: 3", 3),
    ("Anzahl der Vollgeschosse: IV", 4),
    ("Vollgeschosse (Anzahl) = 5", 5),
    ("Die Zahl der Vollgeschosse beträgt drei.", 3),
    ("Ein Bungalow mit einem Vollgeschoss.", 1),
    ("umfasst ein Gebäude mit 2 Vollgeschossen und 1 Wohneinheit(en).", 2),
    ("Das Haus hat Il Vollgeschosse.", 2),  # OCR reads I as l
])
def test_vollgeschosse_in_digits_words_and_roman_numerals(text: str, wert: int) -> None:
    assert _werte(text, "vollgeschosse") == [wert]


@pytest.mark.parametrize(("text", "feld", "wert"), [
    ("Es werden 6 Wohneinheiten errichtet.", "wohneinheiten", 6),
    ("Im Haus entstehen vier barrierefreie Wohnungen.", "wohneinheiten", 4),
    ("Anzahl der Wohnungen: 12", "wohneinheiten", 12),
    ("mit 1 Wohneinheit(en). Nutzung: wohnen.", "wohneinheiten", 1),
    ("Geschossfläche: 210,5 m².", "geschossflaeche_m2", 210.5),
    ("Geschossfläche gesamt ca. 1.250 m2", "geschossflaeche_m2", 1250.0),
    ("GF nach § 20 BauNVO (Geschossfläche) = 2.571,3 qm", "geschossflaeche_m2", 2571.3),
    ("Geschossfläche: 210.0 m²", "geschossflaeche_m2", 210.0),
    ("Die Wandhöhe beträgt 6,20 m.", "wandhoehe_m", 6.2),
    ("Wandhöhe H = 6.2 m, Firsthöhe 9.1 m.", "wandhoehe_m", 6.2),
    ("Die Wandhöhe (Schnittpunkt Außenwand/Dachhaut) misst 7,35 Meter.", "wandhoehe_m", 7.35),
    ("Höhe des Firstes über Gelände: 9,11 m", "firsthoehe_m", 9.11),
    ("Wandhöhe 6.2 m, Firsthöhe 9. 1m.", "firsthoehe_m", 9.1),  # OCR spacing
])
def test_units_heights_and_areas_in_several_phrasings(text: str, feld: str, wert: float) -> None:
    assert _werte(text, feld) == [wert]


@pytest.mark.parametrize(("text", "nutzungen"), [
    ("Nutzung: Wohnen.", ("wohnen",)),
    ("Nutzung:\nwohnen, garage_stellplatz.", ("garage_stellplatz", "wohnen")),
    ("Art der Nutzung: Einzelhandel im EG, darüber Wohnungen", ("laden", "wohnen")),
    ("Das Gebäude wird genutzt als Restaurant.", ("gastronomie",)),
    ("Nutzungsart: Kindertagesstätte", ("anlage_gemeinbedarf",)),
])
def test_the_use_is_mapped_to_the_uses_of_the_form(text: str,
                                                    nutzungen: tuple[str, ...]) -> None:
    assert _werte(text, "nutzungen") == [nutzungen]


@pytest.mark.parametrize("text", [
    "Der Bebauungsplan setzt höchstens III Vollgeschosse fest.",
    "Zulässig sind maximal 2 Vollgeschosse.",
    "Das Erdgeschoss liegt auf 190,02 m ü. NHN; Firsthöhe 112,40 m ü. NN.",
    "Nachzuweisen sind 1,5 Stellplätze je Wohnung.",
    "Die Geschossflächenzahl beträgt 0,8.",
    "Firsthöhe = 1027 m",  # an OCR slip (10,27 m): implausible, not a figure
    "Das Bestandsgebäude hat ein Vollgeschoss.",
])
def test_limits_absolute_heights_and_slips_are_not_figures(text: str) -> None:
    assert kennzahlen(text) == ()


def test_each_figure_keeps_its_sentence() -> None:
    text = ("Konstruktion: Mauerwerk.\nDas Haus wird mit III Vollgeschossen errichtet. "
            "Dach: Ziegel.")
    (k,) = kennzahlen(text)
    assert k.feld == "vollgeschosse" and k.wert == 3
    assert k.satz == "Das Haus wird mit III Vollgeschossen errichtet."


@pytest.mark.parametrize(("text", "wert"), [
    ("6,2", 6.2), ("6.2", 6.2), ("1.250,5", 1250.5), ("1,250.5", 1250.5), ("1250", 1250.0),
    ("9. 1", 9.1)])
def test_numbers_in_german_and_english_notation(text: str, wert: float) -> None:
    assert zahl(text) == wert


def test_a_wrapped_line_is_one_sentence() -> None:
    text = ("Das Vorhaben umfasst ein Gebäude mit 2\nVollgeschossen und 1 Wohneinheit(en). "
            "Nutzung:\nwohnen.\nGeschossfläche: 240.0 m?.")
    assert {(k.feld, k.wert) for k in kennzahlen(text)} == {
        ("vollgeschosse", 2), ("wohneinheiten", 1), ("nutzungen", ("wohnen",)),
        ("geschossflaeche_m2", 240.0)}


def test_a_figure_ocr_read_with_low_confidence_is_left_out() -> None:
    text = "Geschossfläche: 240.0 m². Wandhöhe 6.2 m, Firsthöhe 9.4 m."
    felder = {k.feld for k in kennzahlen(text, unsicher=frozenset({"9.4", "9", "4"}))}
    assert felder == {"geschossflaeche_m2", "wandhoehe_m"}


@pytest.mark.parametrize(("text", "wert"), [
    ("Geschossfläche gesamt ca. 1,280.6 m2", 1280.6),  # English notation
    ("Geschossfläche gesamt ca. 1,074 m2", 1074.0),  # 1.074 m² is no floor area
    ("GF nach § 20 BauNVO (Geschossfläche) = 1571\nVollgeschosse: 3", 1571.0),  # unit apart
])
def test_ambiguous_notation_is_settled_by_the_plausible_range(text: str, wert: float) -> None:
    assert _werte(text, "geschossflaeche_m2") == [wert]


def test_a_singular_label_gives_the_figure() -> None:
    assert _werte("Wohneinheit: 1", "wohneinheiten") == [1]


def test_further_readings_fill_a_gap_only_where_they_agree() -> None:
    haupt = kennzahlen("Das Gebäude hat 2 Vollgeschosse.")
    einig = [kennzahlen("Wandhöhe 6.2 m"), kennzahlen("Die Wandhöhe beträgt 6.2 m.")]
    uneinig = [kennzahlen("Wandhöhe 6.2 m"), kennzahlen("Wandhöhe 8.2 m")]
    anders = [kennzahlen("Das Gebäude hat 3 Vollgeschosse.")]
    assert {(k.feld, k.wert) for k in ergaenzt(haupt, einig)} == {
        ("vollgeschosse", 2), ("wandhoehe_m", 6.2)}
    assert ergaenzt(haupt, uneinig) == haupt  # disagreeing readings: no figure
    assert ergaenzt(haupt, anders) == haupt  # the main reading's figure stands


@pytest.mark.parametrize(("text", "feld", "wert"), [
    ("Die Geschossfläche nach § 20 Abs. 3 BauNVO beträgt 480,00 m².", "geschossflaeche_m2", 480.0),
    ("Geschossfläche (GF) gem. § 20 BauNVO: 1.250,5 m²", "geschossflaeche_m2", 1250.5),
    ("GF: 312 m²", "geschossflaeche_m2", 312.0),
    ("Es entstehen rund 480 m² Geschossfläche.", "geschossflaeche_m2", 480.0),
    ("Anzahl WE: 4", "wohneinheiten", 4),
    ("Das Haus erhält 6 WE mit Balkon.", "wohneinheiten", 6),
])
def test_usual_abbreviations_and_citations_between_label_and_value(
        text: str, feld: str, wert: float) -> None:
    assert _werte(text, feld) == [wert]


@pytest.mark.parametrize("text", [
    "Die GFZ beträgt 0,8 bei 480 m² Grundstück.",  # GFZ is no floor area
    "Wohnfläche 120 m², Nutzfläche 40 m².",
])
def test_other_areas_are_no_geschossflaeche(text: str) -> None:
    assert _werte(text, "geschossflaeche_m2") == []


def test_a_bare_label_with_equals_sign_waits_for_its_value_on_the_next_line() -> None:
    text = "Geschossfläche (GF) =\n1.046,5 qm\nWandhöhe = 6,2 m"
    assert _werte(text, "geschossflaeche_m2") == [1046.5]
    assert _werte(text, "wandhoehe_m") == [6.2]
