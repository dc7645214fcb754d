"""Naturschutz: protected areas the footprint touches, trees protected by the
Baumschutzsatzung that are felled or whose root zone the footprint touches."""

from __future__ import annotations

from typing import Any

from rathaus.agents.naturschutz import Naturschutz
from rathaus.domain.befund import Befund
from rathaus.registers.base import Feature, Registers
from tests.factories import antrag, baum, feature, pt, rechteck, registers, vorgang

# the house covers x 5..15, y 8..20


def pruefe(reg: Registers, unterlagen: tuple[str, ...] = (), **antrag_felder: Any) -> list[Befund]:
    return Naturschutz().pruefe(vorgang(antrag(**antrag_felder), unterlagen), reg)


def mit_baum(b: Feature) -> Registers:
    return registers(baeume=[b])


def test_protected_area_overlapping_the_footprint_is_left_to_the_authority() -> None:
    lsg = feature("LSG-1", rechteck(10, 0, 50, 50), name="Auenlandschaft", typ="LSG")
    [befund] = pruefe(registers(schutzgebiete=[lsg]))
    assert (befund.code, befund.art, befund.objekt) == (
        "SCHUTZGEBIET_BETROFFEN",
        "ermessen",
        "LSG-1",
    )
    assert befund.norm == "§ 26 Abs. 2 BNatSchG"


def test_protected_area_touching_the_footprint_counts() -> None:
    biotop = feature("BT-1", rechteck(15, 8, 5, 5), name="Feuchtwiese", typ="biotop")
    [befund] = pruefe(registers(schutzgebiete=[biotop]))
    assert befund.norm == "§ 30 Abs. 2 BNatSchG"


def test_protected_area_apart_from_the_footprint_gives_nothing() -> None:
    nsg = feature("NSG-1", rechteck(16, 8, 5, 5), typ="NSG")
    assert pruefe(registers(schutzgebiete=[nsg])) == []


def test_protected_tree_in_root_zone_without_felling_application_is_a_mangel() -> None:
    # crown 6 m → root zone 3 + 1.5 = 4.5 m; the tree stands 4.4 m east of the house
    [befund] = pruefe(mit_baum(baum("BAUM-1", pt(19.4, 14))))
    assert (befund.code, befund.art, befund.objekt) == (
        "GESCHUETZTER_BAUM_BETROFFEN",
        "mangel",
        "BAUM-1",
    )
    assert befund.norm == "Baumschutzsatzung Musterstadt"
    assert befund.belege["wurzelbereich_m"] == 4.5


def test_protected_tree_with_felling_application_is_left_to_a_human() -> None:
    [befund] = pruefe(mit_baum(baum("BAUM-1", pt(19.4, 14))), unterlagen=("faellantrag",))
    assert (befund.code, befund.art) == ("BAUMFAELLUNG_BEANTRAGT", "ermessen")


def test_tree_outside_its_root_zone_distance_is_not_affected() -> None:
    assert pruefe(mit_baum(baum("BAUM-1", pt(19.6, 14)))) == []


def test_tree_listed_for_felling_is_affected_wherever_it_stands() -> None:
    [befund] = pruefe(mit_baum(baum("BAUM-1", pt(60, 60))), baumfaellungen=["BAUM-1"])
    assert befund.code == "GESCHUETZTER_BAUM_BETROFFEN"
    assert befund.belege["faellung_beantragt"] is True


def test_tree_below_the_girth_threshold_is_not_protected() -> None:
    duenn = baum("BAUM-2", pt(10, 14), umfang_cm=79)
    assert pruefe(mit_baum(duenn), baumfaellungen=["BAUM-2"]) == []


def test_tree_exactly_at_the_girth_threshold_is_protected() -> None:
    assert len(pruefe(mit_baum(baum("BAUM-3", pt(10, 14), umfang_cm=80)))) == 1


def test_felling_an_unknown_tree_id_gives_nothing() -> None:
    assert pruefe(registers(), baumfaellungen=["BAUM-404"]) == []
