"""The intake reads what a document is and what it says: a document of another type
than declared is UNTERLAGE_UNPASSEND, a figure of the Baubeschreibung that contradicts
the form is ANGABE_WIDERSPRUCH (regeln.md, befunde.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rathaus.agents.vollstaendigkeit import Vollstaendigkeit
from rathaus.domain.befund import Befund, ergebnis
from rathaus.intake.bundle import lade_vorgang
from rathaus.registers.base import Registers
from tests.bundles import COMPLETE_DOCS, antrag, foto_jpeg, text_pdf, write_bundle
from tests.unterlagen import LAGEPLAN, STATIK, baubeschreibung


def _check(tmp_path: Path, registers: Registers, data: dict[str, Any],
           **files: tuple[str, bytes]) -> list[Befund]:
    docs = {t: (f"{t}.pdf", text_pdf(f"{t} zum Bauantrag")) for t in COMPLETE_DOCS}
    docs.update(files)
    return Vollstaendigkeit().pruefe(lade_vorgang(write_bundle(tmp_path / "b", data, docs)),
                                     registers)


def _nur(befunde: list[Befund], code: str) -> list[Befund]:
    return [b for b in befunde if b.code == code]


def test_baubeschreibung_filed_as_lageplan_is_unpassend_and_counts_as_filed(
        tmp_path: Path, registers: Registers) -> None:
    befunde = _check(tmp_path, registers, antrag(),
                     lageplan=("lageplan.pdf", text_pdf(*baubeschreibung())))
    (b,) = befunde
    assert (b.code, b.art, b.objekt) == ("UNTERLAGE_UNPASSEND", "mangel", "lageplan")
    assert b.belege["erkannter_typ"] == "baubeschreibung"
    assert b.belege["konfidenz"] >= 0.9 and b.belege["datei"] == "unterlagen/lageplan.pdf"
    assert ergebnis(befunde) == "nachforderung"


def test_documents_of_the_declared_type_are_not_unpassend(
        tmp_path: Path, registers: Registers) -> None:
    befunde = _check(tmp_path, registers, antrag(verfahren="baugenehmigung"),
                     lageplan=("lp.pdf", text_pdf(*LAGEPLAN)),
                     baubeschreibung=("bb.pdf", text_pdf(*baubeschreibung())),
                     standsicherheitsnachweis=("statik.pdf", text_pdf(*STATIK)))
    assert befunde == []


def test_photo_filed_as_standsicherheitsnachweis_is_unpassend(
        tmp_path: Path, registers: Registers) -> None:
    befunde = _check(tmp_path, registers, antrag(verfahren="baugenehmigung"),
                     standsicherheitsnachweis=("statik.jpg", foto_jpeg()))
    (b,) = befunde
    assert (b.code, b.objekt) == ("UNTERLAGE_UNPASSEND", "standsicherheitsnachweis")
    assert b.belege["erkannter_typ"] == "foto" and b.belege["ocr"] is True


def test_photo_filed_as_foto_needs_no_text(tmp_path: Path, registers: Registers) -> None:
    assert _check(tmp_path, registers, antrag(), foto=("ansicht.jpg", foto_jpeg())) == []


@pytest.mark.parametrize(("figure", "pfad", "soll", "ist"), [
    ({"vollgeschosse": "III Vollgeschosse"}, "vorhaben.gebaeude[0].vollgeschosse", 2, 3),
    ({"wohneinheiten": "drei"}, "vorhaben.wohneinheiten", 1, 3),
    ({"geschossflaeche": "260,0"}, "vorhaben.gebaeude[0].geschossflaeche_m2", 210.0, 260.0),
    ({"wandhoehe": "6,90"}, "vorhaben.gebaeude[0].wandhoehe_m", 6.2, 6.9),
    ({"firsthoehe": "10,50"}, "vorhaben.gebaeude[0].firsthoehe_m", 9.1, 10.5),
    ({"nutzung": "Wohnen und Büro"}, "vorhaben.nutzungen", ["wohnen"],
     ("buero_verwaltung", "wohnen")),
], ids=["vollgeschosse", "wohneinheiten", "geschossflaeche", "wandhoehe", "firsthoehe",
        "nutzung"])
def test_figure_of_the_baubeschreibung_contradicting_the_form(
        tmp_path: Path, registers: Registers, figure: dict[str, str], pfad: str,
        soll: object, ist: object) -> None:
    befunde = _check(tmp_path, registers, antrag(),
                     baubeschreibung=("bb.pdf", text_pdf(*baubeschreibung(**figure))))
    (b,) = befunde
    assert (b.code, b.art, b.objekt) == ("ANGABE_WIDERSPRUCH", "mangel", pfad)
    assert b.belege["antrag"] == soll and b.belege["dokument"] == ist
    assert b.belege["satz"] and b.belege["datei"] == "unterlagen/bb.pdf"


@pytest.mark.parametrize("figure", [
    {"wandhoehe": "6,23"},  # within 0.05 m (regeln.md)
    {"geschossflaeche": "ca. 211"},  # within 1 m² / 1 %
    {"vollgeschosse": "zwei Vollgeschosse", "nutzung": "Wohnen mit Garage"},
], ids=["hoehe_toleranz", "flaeche_toleranz", "garage_neben_wohnen"])
def test_figures_that_agree_within_tolerance_are_no_contradiction(
        tmp_path: Path, registers: Registers, figure: dict[str, str]) -> None:
    befunde = _check(tmp_path, registers, antrag(),
                     baubeschreibung=("bb.pdf", text_pdf(*baubeschreibung(**figure))))
    assert befunde == []


def test_building_figures_are_not_compared_when_the_form_has_several_buildings(
        tmp_path: Path, registers: Registers) -> None:
    data = antrag()
    data["vorhaben"]["gebaeude"] = data["vorhaben"]["gebaeude"] * 2
    befunde = _check(tmp_path, registers, data, baubeschreibung=(
        "bb.pdf", text_pdf(*baubeschreibung(vollgeschosse="4 Vollgeschosse",
                                            wohneinheiten="3"))))
    assert [(b.code, b.objekt) for b in befunde] == [
        ("ANGABE_WIDERSPRUCH", "vorhaben.wohneinheiten")]


def test_no_contradiction_is_read_from_a_document_that_is_unpassend(
        tmp_path: Path, registers: Registers) -> None:
    befunde = _check(tmp_path, registers, antrag(),
                     baubeschreibung=("bb.pdf", text_pdf(*STATIK, "Das Gebäude hat "
                                                         "5 Vollgeschosse.")))
    assert [(b.code, b.objekt) for b in befunde] == [
        ("UNTERLAGE_UNPASSEND", "baubeschreibung")]
