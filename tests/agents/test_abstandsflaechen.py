"""Abstandsflächen (§ 6 MBO) as regeln.md models them: per wall, on the plot or up to
the middle of public areas, with the 0.05 m tolerance in the applicant's favour."""

from __future__ import annotations

from typing import Any

import pytest

from rathaus.agents.abstandsflaechen import verfuegbare_tiefe, waende
from rathaus.agents.abstandsflaechen_pruefung import wandhoehe_h
from rathaus.agents.bauordnung import Bauordnung
from rathaus.domain.antrag import Gebaeude
from rathaus.domain.befund import Befund
from rathaus.registers.base import Registers
from tests.factories import (
    P1,
    P2,
    antrag,
    baugebiet,
    bplan,
    feature,
    flurstueck,
    gebaeude,
    polygon,
    rechteck,
    registers,
    strasse,
    vorgang,
)

CODE = "ABSTANDSFLAECHE_UNTERSCHRITTEN"


def abstand(reg: Registers | None = None, **antrag_felder: Any) -> list[Befund]:
    befunde = Bauordnung().pruefe(vorgang(antrag(**antrag_felder)), reg or registers())
    return [b for b in befunde if b.code == CODE]


def test_wall_2_96_m_from_the_boundary_meets_a_3_m_requirement() -> None:
    assert abstand(gebaeude_liste=[gebaeude(rechteck(2.96, 8, 10, 12))]) == []


def test_wall_2_90_m_from_the_boundary_fails_with_direction_and_depths() -> None:
    [befund] = abstand(gebaeude_liste=[gebaeude(rechteck(2.90, 8, 10, 12))])
    assert befund.art == "mangel"
    assert befund.objekt == "0"
    assert befund.norm == "§ 6 Abs. 5 S. 3 MBO"  # GK 1 residential: 3 m suffice
    [wand] = befund.belege["waende"]
    assert wand["richtung"] == "W"
    assert wand["soll_m"] == 3.0
    assert wand["ist_m"] == pytest.approx(2.90, abs=0.005)


def test_footprint_across_two_parcels_of_the_same_owner_needs_no_area_at_the_inner_boundary() -> (
    None
):
    reg = registers(
        flurstuecke=[
            flurstueck(P1, rechteck(0, 0, 20, 30)),
            flurstueck(P2, rechteck(20, 0, 20, 30)),
        ]
    )
    haus = gebaeude(rechteck(15, 8, 10, 12))
    assert abstand(reg, gebaeude_liste=[haus], flurstuecke=[P1, P2]) == []
    # control: with only one of the parcels listed, the other is the neighbour's ground
    assert abstand(reg, gebaeude_liste=[haus], flurstuecke=[P1]) != []


def _hoch(grundriss: Any) -> dict[str, Any]:
    """H = 15 m, no roof: T = 0.4 × 15 = 6 m (Gebäudeklasse 4, so § 6 Abs. 5 S. 1)."""
    return gebaeude(grundriss, wandhoehe_m=15.0, firsthoehe_m=None, vollgeschosse=5)


def test_strip_may_reach_onto_a_road_up_to_its_middle() -> None:
    # 1 m of own ground + half of the 10 m road = 6 m
    assert abstand(gebaeude_liste=[_hoch(rechteck(7, 1, 6, 12))], gebaeudeklasse=4) == []


def test_strip_beyond_the_middle_of_a_road_fails() -> None:
    [befund] = abstand(gebaeude_liste=[_hoch(rechteck(7, 0.5, 6, 12))], gebaeudeklasse=4)
    [wand] = befund.belege["waende"]
    assert wand["richtung"] == "S"
    assert (wand["soll_m"], wand["ist_m"]) == (6.0, pytest.approx(5.5, abs=0.005))


def test_strip_may_reach_onto_public_green_up_to_its_middle() -> None:
    haus = [gebaeude(rechteck(9, 8, 10, 12))]  # 1 m from the east boundary
    breit = registers(oeffentliche_flaechen=[feature("GR-1", rechteck(20, 0, 8, 30), typ="gruen")])
    schmal = registers(oeffentliche_flaechen=[feature("GR-1", rechteck(20, 0, 2, 30), typ="gruen")])
    assert abstand(breit, gebaeude_liste=haus) == []
    [befund] = abstand(schmal, gebaeude_liste=haus)
    assert befund.belege["ist_m"] == pytest.approx(2.0, abs=0.005)


def test_industrial_zone_uses_the_reduced_factor() -> None:
    haus = [gebaeude(rechteck(5, 8, 10, 12), wandhoehe_m=20.0, firsthoehe_m=None)]
    wa = registers(bplaene=[bplan([baugebiet(art="1200")])])
    ge = registers(bplaene=[bplan([baugebiet(art="1700")])])
    [befund] = abstand(wa, gebaeude_liste=haus, gebaeudeklasse=4)
    assert befund.belege["soll_m"] == 8.0  # 0.4 × 20
    assert abstand(ge, gebaeude_liste=haus, gebaeudeklasse=4) == []  # 0.2 × 20 = 4 ≤ 5


def test_roof_under_70_degrees_adds_one_third_of_its_height() -> None:
    geb = Gebaeude(wandhoehe_m=6.0, firsthoehe_m=12.0, dachneigung_grad=45)
    assert wandhoehe_h(geb) == pytest.approx(8.0)


def test_roof_of_70_degrees_or_more_adds_its_full_height() -> None:
    geb = Gebaeude(wandhoehe_m=6.0, firsthoehe_m=12.0, dachneigung_grad=70)
    assert wandhoehe_h(geb) == pytest.approx(12.0)


def test_steep_roof_makes_a_wall_that_fits_with_a_flat_roof_fail() -> None:
    def haus(neigung: float) -> list[dict[str, Any]]:
        return [
            gebaeude(
                rechteck(4, 8, 10, 12), wandhoehe_m=6.0, firsthoehe_m=12.0, dachneigung_grad=neigung
            )
        ]

    assert abstand(gebaeude_liste=haus(45), gebaeudeklasse=3) == []  # T = 3.2 m ≤ 4 m
    [befund] = abstand(gebaeude_liste=haus(75), gebaeudeklasse=3)  # T = 4.8 m
    assert befund.belege["h_m"] == 12.0


def test_minimum_depth_applies_to_low_buildings() -> None:
    flach = gebaeude(rechteck(2.9, 8, 10, 12), wandhoehe_m=5.0, firsthoehe_m=None)
    [befund] = abstand(gebaeude_liste=[flach], gebaeudeklasse=3)
    assert befund.belege["soll_m"] == 3.0  # 0.4 × 5 = 2, at least 3
    assert befund.norm == "§ 6 Abs. 5 S. 1 MBO"


def test_small_residential_building_needs_only_3_m_whatever_its_height() -> None:
    hoch = gebaeude(rechteck(3, 8, 10, 12), wandhoehe_m=9.0, firsthoehe_m=None, vollgeschosse=3)
    assert abstand(gebaeude_liste=[hoch], gebaeudeklasse=2) == []
    assert abstand(gebaeude_liste=[hoch], gebaeudeklasse=3) != []  # 0.4 × 9 = 3.6 m


def test_wall_on_the_boundary_needs_none_in_closed_building_style() -> None:
    haus = [gebaeude(rechteck(0, 8, 10, 12))]
    geschlossen = registers(bplaene=[bplan([baugebiet(bauweise="2000")])])
    offen = registers(bplaene=[bplan([baugebiet(bauweise="1000")])])
    assert abstand(geschlossen, gebaeude_liste=haus) == []
    [befund] = abstand(offen, gebaeude_liste=haus)
    assert [w["richtung"] for w in befund.belege["waende"]] == ["W"]


def test_one_finding_per_building_with_evidence_per_failing_wall() -> None:
    breit = gebaeude(rechteck(1, 22, 18, 4))
    [befund] = abstand(gebaeude_liste=[gebaeude(), breit])
    assert befund.objekt == "1"
    assert sorted(w["richtung"] for w in befund.belege["waende"]) == ["O", "W"]
    assert all(w["ist_m"] == pytest.approx(1.0, abs=0.005) for w in befund.belege["waende"])


def test_building_without_wall_height_is_not_measured() -> None:
    ohne = gebaeude(rechteck(0.5, 8, 10, 12), wandhoehe_m=None)
    assert abstand(gebaeude_liste=[ohne]) == []


def test_road_that_is_not_in_front_of_the_wall_does_not_help() -> None:
    # the road lies beyond a strip of neighbour ground: the allowed ground has a gap
    reg = registers(strassen=[strasse("STR-9", rechteck(-12, 0, 10, 30))])
    [befund] = abstand(reg, gebaeude_liste=[gebaeude(rechteck(1, 8, 10, 12))])
    assert befund.belege["ist_m"] == pytest.approx(1.0, abs=0.005)


def test_walls_face_outwards_with_compass_directions() -> None:
    richtungen = {w.richtung for w in waende(rechteck(0, 0, 10, 10))}
    assert richtungen == {"N", "O", "S", "W"}
    raute = polygon((0, 0), (10, 10), (0, 20), (-10, 10))
    assert {w.richtung for w in waende(raute)} == {"NO", "SO", "SW", "NW"}


def test_courtyard_walls_face_into_the_courtyard() -> None:
    hof = rechteck(0, 0, 20, 20).difference(rechteck(5, 5, 10, 10))
    rand = rechteck(5, 5, 10, 10).boundary.buffer(0.01)
    innen = [w for w in waende(hof) if w.linie.within(rand)]
    westwand = next(w for w in innen if max(w.start[0], w.ende[0]) < rechteck(6, 0, 1, 1).bounds[0])
    assert len(innen) == 4
    assert westwand.richtung == "O"
    plot = rechteck(-10, -10, 40, 40)
    assert all(verfuegbare_tiefe(w, 4.0, plot, []) == 4.0 for w in innen)


def test_available_depth_follows_an_oblique_boundary_to_its_closest_point() -> None:
    plot = polygon((0, 0), (20, 0), (20, 30), (5, 30))  # west boundary x = y / 6
    west = next(w for w in waende(rechteck(8, 5, 5, 10)) if w.richtung == "W")
    assert verfuegbare_tiefe(west, 10.0, plot, []) == pytest.approx(5.5, abs=0.02)


def test_invalid_footprint_is_repaired_not_fatal() -> None:
    schleife = polygon((2, 8), (12, 20), (12, 8), (2, 20))  # a bow-tie
    befunde = abstand(gebaeude_liste=[gebaeude(schleife)])
    assert isinstance(befunde, list)
