"""Erschließung: a dedicated road at the plot, and the mains the applicant wants to
connect to within the municipality's distance."""

from __future__ import annotations

from typing import Any

from rathaus.agents.erschliessung import Erschliessung
from rathaus.domain.befund import Befund
from rathaus.registers.base import Feature, Registers
from tests.factories import P1, antrag, leitung, linie, rechteck, registers, strasse, vorgang

# plot x 0..20, y 0..30; anschluss_max_m = 50


def pruefe(reg: Registers, **antrag_felder: Any) -> list[Befund]:
    return Erschliessung().pruefe(vorgang(antrag(**antrag_felder)), reg)


def nur_strasse(s: Feature) -> Registers:
    return registers(strassen=[s])


def test_plot_on_a_dedicated_road_with_all_mains_is_developed() -> None:
    assert pruefe(registers()) == []


def test_road_within_half_a_metre_counts_as_adjoining() -> None:
    assert pruefe(nur_strasse(strasse("S-1", rechteck(0, -10.4, 20, 10)))) == []


def test_road_further_away_does_not_develop_the_plot() -> None:
    [befund] = pruefe(nur_strasse(strasse("S-1", rechteck(0, -11, 20, 10))))
    assert (befund.code, befund.art, befund.objekt) == ("ERSCHLIESSUNG_STRASSE_FEHLT", "mangel", P1)
    assert befund.norm == "§ 4 Abs. 1 MBO"


def test_road_that_is_not_dedicated_does_not_develop_the_plot() -> None:
    [befund] = pruefe(nur_strasse(strasse("S-1", rechteck(0, -10, 20, 10), gewidmet=False)))
    assert befund.belege["strassen_ungewidmet"] == ["S-1"]


def test_missing_main_for_a_planned_connection_is_a_mangel() -> None:
    nur_wasser = [leitung("L-1", linie((-20, -5), (60, -5)), "trinkwasser")]
    befunde = pruefe(registers(leitungen=nur_wasser))
    assert sorted(b.code for b in befunde) == [
        "ERSCHLIESSUNG_ABWASSER_FEHLT",
        "ERSCHLIESSUNG_STROM_FEHLT",
    ]
    assert all(b.objekt == P1 and b.norm == "§ 35 Abs. 1 BauGB" for b in befunde)


def test_connection_not_planned_is_not_checked() -> None:
    keine = {"trinkwasser": False, "abwasser": False, "strom": False}
    assert pruefe(registers(leitungen=[]), erschliessung=keine) == []


def test_main_at_the_connection_distance_is_within_reach() -> None:
    strom = [leitung("L-1", linie((70.03, 0), (70.03, 30)), "strom")]  # 50.03 m east
    assert pruefe(registers(leitungen=strom), erschliessung={"strom": True}) == []


def test_main_beyond_the_connection_distance_is_out_of_reach() -> None:
    strom = [leitung("L-1", linie((71, 0), (71, 30)), "strom")]
    [befund] = pruefe(registers(leitungen=strom), erschliessung={"strom": True})
    assert befund.code == "ERSCHLIESSUNG_STROM_FEHLT"


def test_no_known_parcel_gives_nothing_to_measure() -> None:
    assert pruefe(registers(), flurstuecke=["05999900100999______"]) == []
