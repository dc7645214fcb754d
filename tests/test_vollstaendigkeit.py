"""The completeness agent: required documents and fields as the Land's rules say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rathaus.agents.bedingungen import pruefe_schluessel
from rathaus.agents.vollstaendigkeit import Vollstaendigkeit
from rathaus.domain.befund import Befund, ergebnis
from rathaus.domain.vorgang import Vorgang
from rathaus.errors import ConfigError
from rathaus.intake.bundle import lade_vorgang
from rathaus.procedures.bauantrag.vollstaendigkeit import regelwerk
from rathaus.registers.base import Registers
from tests.bundles import COMPLETE_DOCS, KZ_A, KZ_B, antrag, text_pdf, write_bundle


def _check(tmp_path: Path, registers: Registers, data: dict[str, Any],
           docs: tuple[str, ...] = COMPLETE_DOCS) -> list[Befund]:
    files = {t: (f"{t}.pdf", text_pdf(f"{t} zum Bauantrag Lindenweg 3")) for t in docs}
    vorgang: Vorgang = lade_vorgang(write_bundle(tmp_path / "b", data, files))
    return Vollstaendigkeit().pruefe(vorgang, registers)


def _codes(befunde: list[Befund]) -> set[tuple[str, str | None]]:
    return {(b.code, b.objekt) for b in befunde}


def test_complete_single_family_house_has_no_findings(tmp_path: Path,
                                                      registers: Registers) -> None:
    assert _check(tmp_path, registers, antrag()) == []


def test_every_finding_carries_all_fields_of_the_catalogue(tmp_path: Path,
                                                          registers: Registers) -> None:
    befunde = _check(tmp_path, registers, antrag(), docs=("lageplan",))
    assert befunde
    for b in befunde:
        assert b.pruefer == "vollstaendigkeit" and b.art == "mangel"
        assert b.norm and b.text and b.objekt
    assert ergebnis(befunde) == "nachforderung"


@pytest.mark.parametrize(("changes", "missing"), [
    ({"verfahren": "baugenehmigung"}, {"standsicherheitsnachweis"}),
    ({"vorhaben__gebaeudeklasse": 4}, {"standsicherheitsnachweis", "brandschutznachweis"}),
    ({"vorhaben__nutzungen": ["gewerbe_nicht_stoerend"], "vorhaben__wohneinheiten": 0},
     {"betriebsbeschreibung"}),
    ({"vorhaben__nutzungen": ["gastronomie"]}, {"betriebsbeschreibung"}),
    ({"grundstueck": {"flurstuecke": [KZ_B]}}, {"eigentuemerzustimmung"}),
    ({"vorhaben__baumfaellungen": ["BAUM-0001"]}, {"baumbestandsplan", "faellantrag"}),
    ({"vorhaben__baumfaellungen": ["BAUM-0002"]}, set()),  # girth under the bylaw's 80 cm
    ({"abweichungen": [{"norm": "§ 6 MBO"}]}, {"abweichungsantrag"}),
    ({"befreiungen": [{"festsetzung": "GRZ"}]}, {"befreiungsantrag"}),
], ids=["baugenehmigung", "gk4", "gewerbe", "gastronomie", "miteigentum", "baum_geschuetzt",
        "baum_klein", "abweichung", "befreiung"])
def test_documents_required_by_the_project(tmp_path: Path, registers: Registers,
                                           changes: dict[str, Any], missing: set[str]) -> None:
    befunde = _check(tmp_path, registers, antrag(**changes))
    assert _codes(befunde) == {("UNTERLAGE_FEHLT", t) for t in missing}


def test_demolition_needs_only_the_site_plan(tmp_path: Path, registers: Registers) -> None:
    data = antrag(vorhaben__art="abbruch", vorhaben__gebaeude=[], vorhaben__wohneinheiten=0,
                  vorhaben__nutzungen=["garage_stellplatz"])
    assert _check(tmp_path, registers, data, docs=("lageplan",)) == []
    befunde = _check(tmp_path, registers, data, docs=())
    assert _codes(befunde) == {("UNTERLAGE_FEHLT", "lageplan")}


def test_unreadable_document_counts_as_filed(tmp_path: Path, registers: Registers) -> None:
    files = {t: (f"{t}.pdf", text_pdf(f"{t} zum Bauantrag Lindenweg 3"))
             for t in COMPLETE_DOCS}
    files["lageplan"] = ("lageplan.pdf", b"")
    vorgang = lade_vorgang(write_bundle(tmp_path / "b", antrag(), files))
    befunde = Vollstaendigkeit().pruefe(vorgang, registers)
    assert _codes(befunde) == {("UNTERLAGE_UNLESBAR", "lageplan")}
    assert befunde[0].belege["grund"] == "leer"


def test_missing_required_fields_are_findings_with_their_path(tmp_path: Path,
                                                               registers: Registers) -> None:
    data = antrag()
    del data["bauherr"]["anschrift"]
    data["vorhaben"]["gebaeude"][0].pop("wandhoehe_m")
    data["vorhaben"]["nutzungen"] = []
    assert _codes(_check(tmp_path, registers, data)) == {
        ("ANGABE_FEHLT", "bauherr.anschrift"),
        ("ANGABE_FEHLT", "vorhaben.gebaeude[0].wandhoehe_m"),
        ("ANGABE_FEHLT", "vorhaben.nutzungen"),
    }


def test_new_building_without_any_building_misses_the_list(tmp_path: Path,
                                                            registers: Registers) -> None:
    assert _codes(_check(tmp_path, registers, antrag(vorhaben__gebaeude=[]))) == {
        ("ANGABE_FEHLT", "vorhaben.gebaeude")}


@pytest.mark.parametrize("kz", ["05999900100099______", "0599990010001", "DEBY123"])
def test_parcel_not_in_the_cadastre_is_unknown(tmp_path: Path, registers: Registers,
                                               kz: str) -> None:
    befunde = _check(tmp_path, registers, antrag(grundstueck={"flurstuecke": [KZ_A, kz]}))
    assert _codes(befunde) == {("FLURSTUECK_UNBEKANNT", kz)}
    assert befunde[0].belege["formatfehler"] is (len(kz) != 20)


@pytest.mark.parametrize("flag", [False, None])
def test_designer_without_entitlement(tmp_path: Path, registers: Registers,
                                      flag: bool | None) -> None:
    data = antrag()
    data["entwurfsverfasser"]["bauvorlageberechtigt"] = flag
    assert _codes(_check(tmp_path, registers, data)) == {
        ("BAUVORLAGEBERECHTIGUNG_FEHLT", "entwurfsverfasser")}


def test_land_rules_extend_the_model_rules_with_their_own_citations() -> None:
    nw, muster = regelwerk("NW"), regelwerk("muster")
    assert {r.was for r in nw.unterlagen} == {r.was for r in muster.unterlagen}
    assert next(r for r in nw.unterlagen if r.was == "lageplan").norm.endswith("BauPrüfVO")
    assert regelwerk("BY").name == "Musterbauordnung"  # no Land file: the model rules


def test_unknown_condition_in_a_rules_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown condition 'geschosse'"):
        pruefe_schluessel([{"geschosse": 3}], "test.toml unterlage[0]")
