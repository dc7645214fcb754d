"""Planungsrecht as regeln.md models it: which law applies, Art and Maß der Nutzung
from the plan, Baugrenze, Befreiungen."""

from __future__ import annotations

from typing import Any

import pytest

from rathaus.agents.planungsrecht import Planungsrecht
from rathaus.domain.befund import Befund
from rathaus.registers.base import Registers
from rathaus.registers.plan import Baugebiet, UeberbaubareFlaeche
from tests.factories import (
    P1,
    antrag,
    baugebiet,
    bplan,
    feature,
    gebaeude,
    rechteck,
    registers,
    ueberbaubar,
    vorgang,
)


def pruefe(reg: Registers, **antrag_felder: Any) -> list[Befund]:
    return Planungsrecht().pruefe(vorgang(antrag(**antrag_felder)), reg)


def im_plan(
    zonen: list[Baugebiet] | None = None, flaechen: list[UeberbaubareFlaeche] | None = None
) -> Registers:
    return registers(bplaene=[bplan(zonen, flaechen)])


def codes(befunde: list[Befund]) -> list[str]:
    return [b.code for b in befunde]


def test_project_in_a_plan_that_keeps_every_rule_gives_no_finding() -> None:
    assert pruefe(im_plan()) == []


def test_innenbereich_without_a_plan_is_left_to_a_human_and_nothing_else_is_checked() -> None:
    reg = registers(innenbereich=[feature("IB-1", rechteck(-100, -100, 300, 300))])
    [befund] = pruefe(reg, nutzungen=["gewerbe_erheblich_belaestigend"])
    assert (befund.code, befund.art, befund.objekt) == ("INNENBEREICH_34", "ermessen", P1)
    assert befund.norm == "§ 34 BauGB"


def test_outside_plan_and_innenbereich_is_aussenbereich() -> None:
    [befund] = pruefe(registers())
    assert (befund.code, befund.objekt, befund.norm) == ("AUSSENBEREICH_35", P1, "§ 35 BauGB")


def test_use_not_admissible_in_the_zone_is_a_mangel() -> None:
    [befund] = pruefe(im_plan(), nutzungen=["wohnen", "gewerbe"])
    assert (befund.code, befund.art, befund.objekt) == (
        "ART_NUTZUNG_UNZULAESSIG",
        "mangel",
        "gewerbe",
    )
    assert befund.norm == "§ 30 Abs. 1 BauGB i. V. m. § 4 BauNVO"


def test_use_admissible_only_by_exception_is_left_to_a_human() -> None:
    [befund] = pruefe(im_plan(), nutzungen=["tankstelle"])
    assert (befund.code, befund.art, befund.objekt) == (
        "ART_NUTZUNG_AUSNAHME",
        "ermessen",
        "tankstelle",
    )
    assert befund.norm == "§ 31 Abs. 1 BauGB i. V. m. § 4 Abs. 3 BauNVO"


def test_housing_in_an_industrial_zone_is_an_exception() -> None:
    befunde = pruefe(im_plan([baugebiet(art="1800", grz=None, gfz=None, z=None)]))
    assert codes(befunde) == ["ART_NUTZUNG_AUSNAHME"]


def test_zone_missing_from_the_catalogue_is_a_hinweis() -> None:
    [befund] = pruefe(im_plan([baugebiet(art="1600")]))  # MK: not in the model catalogue
    assert (befund.code, befund.art, befund.objekt) == (
        "ART_NUTZUNG_UNGEPRUEFT",
        "hinweis",
        "wohnen",
    )


def _gross(breite: float = 10, tiefe: float = 12, **felder: Any) -> dict[str, Any]:
    return gebaeude(rechteck(5, 8, breite, tiefe), **felder)


def test_grz_over_the_plan_value_is_exceeded() -> None:
    # GR 15 × 20 = 300 m² on 600 m²: GRZ 0.5 > 0.4
    zone = baugebiet(z=None, gfz=None)
    [befund] = pruefe(im_plan([zone], []), gebaeude_liste=[_gross(15, 20)])
    assert (befund.code, befund.objekt, befund.norm) == (
        "GRZ_UEBERSCHRITTEN",
        "BG-1",
        "§ 19 Abs. 2 BauNVO",
    )
    assert befund.belege["grz_ist"] == pytest.approx(0.5)


def test_grz_within_the_ratio_tolerance_passes() -> None:
    # GR 242.4 m² on 600 m²: 0.404 ≤ 0.4 + 0.005
    zone = baugebiet(z=None, gfz=None)
    assert pruefe(im_plan([zone], []), gebaeude_liste=[_gross(12, 20.2)]) == []


def test_ancillary_areas_may_exceed_grz_by_half() -> None:
    # GRZ 0.4: with Nebenanlagen up to 0.6; 0.35 + 90 / 600 = 0.5 passes, + 0.3 = 0.65 fails
    zone = baugebiet(z=None, gfz=None)
    haus = [_gross(10.5, 20)]  # 210 m² = 0.35
    assert pruefe(im_plan([zone], []), gebaeude_liste=haus, nebenanlagen_flaeche_m2=90.0) == []
    [befund] = pruefe(im_plan([zone], []), gebaeude_liste=haus, nebenanlagen_flaeche_m2=180.0)
    assert befund.norm == "§ 19 Abs. 4 BauNVO"
    assert befund.belege["grz_max_abs4"] == pytest.approx(0.6)


def test_ancillary_allowance_is_capped_at_0_8() -> None:
    # GRZ 0.6: 1.5 × 0.6 = 0.9, but § 19 Abs. 4 caps at 0.8; 0.5 + 0.35 = 0.85 fails
    zone = baugebiet(grz=0.6, z=None, gfz=None)
    [befund] = pruefe(
        im_plan([zone], []), gebaeude_liste=[_gross(15, 20)], nebenanlagen_flaeche_m2=210.0
    )
    assert befund.belege["grz_max_abs4"] == pytest.approx(0.8)


def test_grz_gives_at_most_one_finding_with_both_ratios() -> None:
    zone = baugebiet(z=None, gfz=None)
    befunde = pruefe(
        im_plan([zone], []), gebaeude_liste=[_gross(15, 20)], nebenanlagen_flaeche_m2=200.0
    )
    [befund] = befunde
    assert befund.norm == "§ 19 Abs. 2 und 4 BauNVO"
    assert {"grz_ist", "grz_mit_nebenanlagen"} <= befund.belege.keys()


def test_gfz_over_the_plan_value_is_exceeded() -> None:
    zone = baugebiet(gfz=0.3, z=None)
    [befund] = pruefe(im_plan([zone]), gebaeude_liste=[_gross(geschossflaeche_m2=240.0)])
    assert (befund.code, befund.norm) == ("GFZ_UEBERSCHRITTEN", "§ 20 Abs. 2 BauNVO")
    assert befund.belege["gfz_ist"] == pytest.approx(0.4)


def test_more_full_storeys_than_z_are_exceeded() -> None:
    [befund] = pruefe(
        im_plan(), gebaeude_liste=[gebaeude(), _gross(vollgeschosse=3, bezeichnung="B")]
    )
    assert (befund.code, befund.objekt) == ("VOLLGESCHOSSE_UEBERSCHRITTEN", "BG-1")
    assert befund.belege["gebaeude"] == [{"gebaeude": 1, "vollgeschosse": 3}]


def test_measure_on_the_buildable_area_takes_precedence_over_the_zone() -> None:
    haus = [_gross(15, 20)]  # GRZ 0.5
    streng = im_plan(
        [baugebiet(grz=0.6, z=None, gfz=None)], [ueberbaubar(rechteck(0, 0, 20, 30), grz=0.4)]
    )
    grosszuegig = im_plan(
        [baugebiet(grz=0.4, z=None, gfz=None)], [ueberbaubar(rechteck(0, 0, 20, 30), grz=0.6)]
    )
    [befund] = pruefe(streng, gebaeude_liste=haus)
    assert befund.belege["festgesetzt_in"] == "UF-1"
    assert befund.belege["grz_soll"] == 0.4
    assert pruefe(grosszuegig, gebaeude_liste=haus) == []


def test_plan_without_a_measure_gives_no_finding_for_it() -> None:
    zone = baugebiet(grz=None, gfz=None, z=None)
    assert pruefe(im_plan([zone], []), gebaeude_liste=[_gross(15, 20, vollgeschosse=9)]) == []


def test_footprint_beyond_the_baugrenze_is_exceeded() -> None:
    haus = gebaeude(rechteck(2, 8, 10, 12))  # 1 m west of the überbaubare Fläche (x ≥ 3)
    [befund] = pruefe(im_plan(), gebaeude_liste=[haus])
    assert (befund.code, befund.objekt) == ("BAUGRENZE_UEBERSCHRITTEN", "0")
    assert befund.belege["ueberstand_m"] == pytest.approx(1.0, abs=0.01)


def test_footprint_within_the_length_tolerance_of_the_baugrenze_passes() -> None:
    assert pruefe(im_plan(), gebaeude_liste=[gebaeude(rechteck(2.96, 8, 10, 12))]) == []


def test_plan_without_buildable_areas_gives_no_baugrenze_finding() -> None:
    befunde = pruefe(im_plan(flaechen=[]), gebaeude_liste=[gebaeude(rechteck(0, 0, 20, 30))])
    assert "BAUGRENZE_UEBERSCHRITTEN" not in codes(befunde)


def test_each_befreiung_is_left_to_a_human() -> None:
    [befund] = pruefe(im_plan(), top_befreiungen=[{"festsetzung": "Dachform"}])
    assert (befund.code, befund.art, befund.objekt) == (
        "BEFREIUNG_BEANTRAGT",
        "ermessen",
        "Dachform",
    )
    assert befund.norm == "§ 31 Abs. 2 BauGB"


def test_no_befreiung_finding_in_the_innenbereich() -> None:
    reg = registers(innenbereich=[feature("IB-1", rechteck(-100, -100, 300, 300))])
    befunde = pruefe(reg, top_befreiungen=[{"festsetzung": "Dachform"}])
    assert codes(befunde) == ["INNENBEREICH_34"]


def test_without_a_footprint_only_requested_befreiungen_are_reported() -> None:
    befunde = pruefe(im_plan(), gebaeude_liste=[], top_befreiungen=[{"festsetzung": "GRZ"}])
    assert codes(befunde) == ["BEFREIUNG_BEANTRAGT"]
