"""Bauordnung besides the Abstandsflächen: Gebäudeklasse, Stellplätze, Verfahrensart,
Abweichungen."""

from __future__ import annotations

from typing import Any

import pytest

from rathaus.agents.bauordnung import Bauordnung
from rathaus.agents.gebaeudeklasse import einstufen
from rathaus.domain.antrag import Gebaeude
from rathaus.domain.befund import Befund
from rathaus.registers.base import Registers
from tests.factories import antrag, bplan, registers, vorgang


def befunde(code: str, reg: Registers | None = None, **antrag_felder: Any) -> list[Befund]:
    alle = Bauordnung().pruefe(vorgang(antrag(**antrag_felder)), reg or registers())
    return [b for b in alle if b.code == code]


@pytest.mark.parametrize(
    ("felder", "klasse"),
    [
        (
            {
                "vollgeschosse": 2,
                "nutzungseinheiten": 1,
                "geschossflaeche_m2": 210,
                "freistehend": True,
            },
            1,
        ),
        (
            {
                "vollgeschosse": 2,
                "nutzungseinheiten": 2,
                "geschossflaeche_m2": 400,
                "freistehend": False,
            },
            2,
        ),
        (
            {
                "vollgeschosse": 3,
                "nutzungseinheiten": 3,
                "geschossflaeche_m2": 300,
                "freistehend": True,
            },
            3,
        ),
        (
            {
                "vollgeschosse": 3,
                "nutzungseinheiten": 1,
                "geschossflaeche_m2": 401,
                "freistehend": True,
            },
            3,
        ),
        ({"vollgeschosse": 4, "nutzungseinheiten": 4, "geschossflaeche_m2": 1200}, 4),
        ({"vollgeschosse": 4, "nutzungseinheiten": 1, "geschossflaeche_m2": 500}, 5),
        ({"vollgeschosse": 6, "nutzungseinheiten": 10}, 5),  # 14 m: GK 5 whatever the units
        (
            {
                "hoehe_gk_m": 7.04,
                "nutzungseinheiten": 1,
                "geschossflaeche_m2": 150,
                "freistehend": True,
            },
            1,
        ),
        (
            {
                "hoehe_gk_m": 7.1,
                "nutzungseinheiten": 1,
                "geschossflaeche_m2": 150,
                "freistehend": True,
            },
            4,
        ),
    ],
)
def test_gebaeudeklasse_is_computed_from_height_units_area_and_free_standing(
    felder: dict[str, Any], klasse: int
) -> None:
    einstufung = einstufen(Gebaeude(**felder))
    assert einstufung is not None
    assert einstufung.klasse == klasse


def test_gebaeudeklasse_height_defaults_to_storeys_above_ground() -> None:
    einstufung = einstufen(
        Gebaeude(
            vollgeschosse=2, geschosse_oberirdisch=4, nutzungseinheiten=1, geschossflaeche_m2=100
        )
    )
    assert einstufung is not None
    assert einstufung.hoehe_m == pytest.approx(8.4)


def test_gebaeudeklasse_needs_the_figures_that_decide_it() -> None:
    assert einstufen(Gebaeude(nutzungseinheiten=1)) is None  # no height at all
    assert einstufen(Gebaeude(vollgeschosse=2, nutzungseinheiten=1, geschossflaeche_m2=100)) is None


def test_declared_gebaeudeklasse_that_differs_is_a_hinweis() -> None:
    [befund] = befunde("GEBAEUDEKLASSE_ABWEICHEND", gebaeudeklasse=3)
    assert (befund.art, befund.objekt, befund.norm) == ("hinweis", "0", "§ 2 Abs. 3 MBO")
    assert befund.belege["gebaeudeklasse_berechnet"] == 1
    assert befund.belege["gebaeudeklasse_erklaert"] == 3


def test_declared_gebaeudeklasse_that_matches_gives_nothing() -> None:
    assert befunde("GEBAEUDEKLASSE_ABWEICHEND", gebaeudeklasse=1) == []


def test_stellplaetze_required_are_rounded_up() -> None:
    # 3 × 1.0 + 2.5 × 120 / 100 = 6
    assert (
        befunde(
            "STELLPLAETZE_UNZUREICHEND", wohneinheiten=3, gewerbeflaeche_m2=120.0, stellplaetze=6
        )
        == []
    )
    [befund] = befunde(
        "STELLPLAETZE_UNZUREICHEND", wohneinheiten=1, gewerbeflaeche_m2=50.0, stellplaetze=2
    )
    assert (befund.belege["soll"], befund.belege["ist"]) == (3, 2)  # ceil(2.25)
    assert befund.norm == "Stellplatzsatzung Musterstadt"
    assert befund.objekt == "vorhaben.stellplaetze"


def test_stellplaetze_missing_count_as_none_provided() -> None:
    [befund] = befunde("STELLPLAETZE_UNZUREICHEND", stellplaetze=None)
    assert befund.belege["ist"] == 0


def test_freistellung_in_a_bplan_without_deviations_is_allowed() -> None:
    reg = registers(bplaene=[bplan()])
    assert befunde("VERFAHRENSART_UNZULAESSIG", reg, top_verfahren="genehmigungsfreistellung") == []


def test_freistellung_outside_a_bplan_is_not_allowed() -> None:
    [befund] = befunde("VERFAHRENSART_UNZULAESSIG", top_verfahren="genehmigungsfreistellung")
    assert (befund.art, befund.objekt, befund.norm) == ("mangel", "verfahren", "§ 62 Abs. 2 MBO")
    assert befund.belege["im_bebauungsplan"] is False


def test_freistellung_with_a_befreiung_is_not_allowed_even_in_a_bplan() -> None:
    reg = registers(bplaene=[bplan()])
    befreiung = [{"festsetzung": "GRZ", "begruendung": "Hanglage"}]
    [befund] = befunde(
        "VERFAHRENSART_UNZULAESSIG",
        reg,
        top_verfahren="genehmigungsfreistellung",
        top_befreiungen=befreiung,
    )
    assert befund.belege["befreiungen"] == 1


def test_other_procedures_are_always_open() -> None:
    assert befunde("VERFAHRENSART_UNZULAESSIG", top_verfahren="vereinfachtes_verfahren") == []


def test_each_abweichung_is_left_to_a_human() -> None:
    abw = [{"norm": "§ 6 MBO", "begruendung": "Bestand"}, {"norm": "§ 33 MBO"}]
    gefunden = befunde("ABWEICHUNG_BEANTRAGT", top_abweichungen=abw)
    assert [(b.objekt, b.art) for b in gefunden] == [
        ("§ 6 MBO", "ermessen"),
        ("§ 33 MBO", "ermessen"),
    ]


def test_demolition_without_buildings_gives_no_building_findings() -> None:
    alle = Bauordnung().pruefe(
        vorgang(antrag(gebaeude_liste=[], art="abbruch", wohneinheiten=None, stellplaetze=None)),
        registers(),
    )
    assert alle == []
