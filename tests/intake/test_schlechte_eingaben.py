"""Bad input within the configured limits gets a clear result, never a crash: an empty
PDF, a PDF of 300 pages, an image of 20,000 × 20,000 pixels, a huge page, a poor scan,
documents in English or Turkish."""

from __future__ import annotations

import io
import shutil
import time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from rathaus.agents.vollstaendigkeit import Vollstaendigkeit
from rathaus.config import Limits, Ocr, Settings
from rathaus.domain.befund import Befund
from rathaus.domain.dokument import Dokument
from rathaus.intake.bundle import lade_vorgang
from rathaus.registers.base import Registers
from tests.bundles import antrag, scan_pdf, text_pdf, white_png, write_bundle
from tests.unterlagen import ENGLISCH, TUERKISCH, baubeschreibung

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="Tesseract is not installed")


def _read(tmp_path: Path, typ: str, name: str, content: bytes,
          cfg: Settings | None = None) -> Dokument:
    bundle = write_bundle(tmp_path / "b", antrag(), {typ: (name, content)})
    return lade_vorgang(bundle, cfg).dokumente[0]


def _befunde(tmp_path: Path, registers: Registers, typ: str, name: str, content: bytes,
             cfg: Settings | None = None) -> list[Befund]:
    bundle = write_bundle(tmp_path / "b", antrag(), {typ: (name, content)})
    befunde = Vollstaendigkeit().pruefe(lade_vorgang(bundle, cfg), registers)
    return [b for b in befunde if b.objekt == typ]


def test_pdf_without_pages_is_empty(tmp_path: Path, registers: Registers) -> None:
    buf = io.BytesIO()
    PdfWriter().write(buf)
    (b,) = _befunde(tmp_path, registers, "baubeschreibung", "bb.pdf", buf.getvalue())
    assert b.code == "UNTERLAGE_UNLESBAR" and b.belege["grund"] == "leer"


@needs_tesseract
def test_pdf_with_only_a_blank_page_has_no_text(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(buf)
    doc = _read(tmp_path, "baubeschreibung", "bb.pdf", buf.getvalue())
    assert doc.status == "kein_text" and doc.ocr and doc.erkannter_typ is None


def test_pdf_of_300_pages_is_read_classified_and_measured(tmp_path: Path) -> None:
    start = time.perf_counter()
    doc = _read(tmp_path, "baubeschreibung", "bb.pdf",
                text_pdf(*baubeschreibung(), pages=300))
    assert doc.status == "ok" and doc.seiten == 300
    assert doc.erkannter_typ == "baubeschreibung"
    assert {k.feld for k in doc.kennzahlen} >= {"vollgeschosse", "wandhoehe_m"}
    assert time.perf_counter() - start < 60


def test_pages_over_the_limit_are_not_read_and_the_document_says_so(tmp_path: Path) -> None:
    cfg = Settings(limits=Limits(max_pdf_pages=5))
    doc = _read(tmp_path, "baubeschreibung", "bb.pdf", text_pdf(*baubeschreibung(), pages=8),
                cfg)
    assert doc.status == "ok" and "ersten 5 von 8 Seiten" in doc.detail


def test_image_of_20000_by_20000_pixels_is_too_large_without_decoding_it(
        tmp_path: Path, registers: Registers) -> None:
    start = time.perf_counter()
    (b,) = _befunde(tmp_path, registers, "lageplan", "lp.png", white_png(20_000, 20_000))
    assert b.code == "UNTERLAGE_UNLESBAR" and b.belege["grund"] == "zu_gross"
    assert "100,000,000 Pixel" in b.belege["detail"]
    assert time.perf_counter() - start < 10


@needs_tesseract
def test_huge_scanned_page_is_rendered_within_the_pixel_limit(tmp_path: Path) -> None:
    """A 200-inch page would be 60,000 × 60,000 pixels at 300 dpi."""
    img = Image.new("L", (1000, 1000), 255)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=5.0)
    cfg = Settings(ocr=Ocr(max_pixels=1_000_000))
    doc = _read(tmp_path, "lageplan", "lp.pdf", buf.getvalue(), cfg)
    assert doc.status == "kein_text" and doc.ocr


@needs_tesseract
def test_scan_under_the_confidence_threshold_is_unreadable_with_its_confidence(
        tmp_path: Path, registers: Registers) -> None:
    scan = scan_pdf("Baubeschreibung zum Bauantrag", "Wohnhaus mit zwei Vollgeschossen")
    streng = Settings(ocr=Ocr(min_konfidenz=99.5))
    (b,) = _befunde(tmp_path, registers, "baubeschreibung", "bb.pdf", scan, streng)
    assert b.code == "UNTERLAGE_UNLESBAR" and b.belege["grund"] == "unleserlich"
    assert b.belege["ocr"] is True and 0 < b.belege["ocr_konfidenz"] < 99.5
    assert "Wortkonfidenz" in b.belege["detail"]
    assert _befunde(tmp_path / "2", registers, "baubeschreibung", "bb.pdf", scan) == []


@pytest.mark.parametrize(("zeilen", "sprache"), [(ENGLISCH, "en"), (TUERKISCH, "tr")],
                         ids=["englisch", "tuerkisch"])
def test_document_in_another_language_needs_a_translation(
        tmp_path: Path, registers: Registers, zeilen: tuple[str, ...], sprache: str) -> None:
    (b,) = _befunde(tmp_path, registers, "baubeschreibung", "bb.pdf", text_pdf(*zeilen))
    assert b.code == "UNTERLAGE_UNLESBAR" and b.belege["grund"] == "fremdsprachig"
    assert b.belege["sprache"] == sprache and b.norm == "§ 23 Abs. 2 VwVfG"


def test_german_document_with_english_terms_is_german(tmp_path: Path) -> None:
    doc = _read(tmp_path, "baubeschreibung", "bb.pdf", text_pdf(
        *baubeschreibung(), "Smart-Home-System mit Cloud-Anbindung, Wallbox für das E-Car.",
        "Die Photovoltaik (PV) wird über ein Energy-Management-System gesteuert."))
    assert doc.status == "ok" and doc.sprache == "de"
