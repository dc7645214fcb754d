"""Each uploaded file is read by its content; one that cannot be used says why."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from rathaus.config import Limits, Settings
from rathaus.domain.dokument import Dokument
from rathaus.intake.bundle import lade_vorgang
from tests.bundles import antrag, png, scan_pdf, text_pdf, write_bundle

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (scripts/setup.sh installs tesseract-ocr-deu)")


def _read_one(tmp_path: Path, typ: str, name: str, content: bytes,
              cfg: Settings | None = None) -> Dokument:
    bundle = write_bundle(tmp_path / "b", antrag(), {typ: (name, content)})
    return lade_vorgang(bundle, cfg).dokumente[0]


def _encrypted(content: bytes, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
    writer.encrypt(user_password=password, owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_text_pdf_is_read_from_its_text_layer(tmp_path: Path) -> None:
    doc = _read_one(tmp_path, "baubeschreibung", "bb.pdf",
                    text_pdf("Baubeschreibung", "Zwei Vollgeschosse, Satteldach 38 Grad"))
    assert doc.status == "ok" and not doc.ocr
    assert "Vollgeschosse" in doc.text and doc.format == "pdf"


def test_password_protected_pdf_is_encrypted(tmp_path: Path) -> None:
    doc = _read_one(tmp_path, "lageplan", "lp.pdf", _encrypted(text_pdf("Lageplan"), "geheim"))
    assert doc.status == "verschluesselt"


def test_pdf_encrypted_without_user_password_is_still_readable(tmp_path: Path) -> None:
    content = _encrypted(text_pdf("Lageplan im Maßstab 1:500, Flurstück 42"), "")
    doc = _read_one(tmp_path, "lageplan", "lp.pdf", content)
    assert doc.status == "ok" and "Maßstab" in doc.text


def test_truncated_pdf_is_damaged(tmp_path: Path) -> None:
    content = text_pdf("Lageplan im Maßstab 1:500")
    doc = _read_one(tmp_path, "lageplan", "lp.pdf", content[: len(content) // 2])
    assert doc.status == "defekt" and "unvollständig" in doc.detail


def test_garbage_with_pdf_name_is_an_unknown_format(tmp_path: Path) -> None:
    doc = _read_one(tmp_path, "lageplan", "lp.pdf", b"PK\x03\x04 not a pdf at all")
    assert doc.status == "unbekanntes_format"


def test_empty_file_is_empty(tmp_path: Path) -> None:
    assert _read_one(tmp_path, "lageplan", "lp.pdf", b"").status == "leer"


def test_listed_file_that_is_absent_is_missing(tmp_path: Path) -> None:
    data = antrag(unterlagen=[{"typ": "lageplan", "datei": "unterlagen/fehlt.pdf"}])
    doc = lade_vorgang(write_bundle(tmp_path / "b", data, {})).dokumente[0]
    assert doc.status == "fehlt"


def test_file_name_with_odd_characters_is_read(tmp_path: Path) -> None:
    name = "Lageplan (Entwurf) – Straße #2 ü & 'final' 100%.pdf"
    doc = _read_one(tmp_path, "lageplan", name, text_pdf("Lageplan im Maßstab 1:500"))
    assert doc.status == "ok" and doc.datei == f"unterlagen/{name}"


def test_document_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "b", antrag(), {"lageplan": ("lp.pdf", b"%PDF-1.4")})
    with (bundle / "unterlagen/lp.pdf").open("wb") as fh:
        fh.truncate(500 * 1024 * 1024)  # sparse 500 MB
    doc = lade_vorgang(bundle).dokumente[0]
    assert doc.status == "zu_gross" and "500 MiB" in doc.detail


def test_image_over_the_pixel_limit_is_too_large(tmp_path: Path) -> None:
    cfg = Settings(limits=Limits(max_image_pixels=1000))
    doc = _read_one(tmp_path, "foto", "foto.png", png(64, 48), cfg)
    assert doc.status == "zu_gross" and "64 × 48" in doc.detail


def test_photo_needs_no_text(tmp_path: Path) -> None:
    doc = _read_one(tmp_path, "foto", "ansicht.png", png())
    assert doc.status == "ok" and doc.format == "png"


@needs_tesseract
def test_scanned_pdf_is_read_by_german_ocr(tmp_path: Path) -> None:
    doc = _read_one(tmp_path, "baubeschreibung", "scan.pdf",
                    scan_pdf("Baubeschreibung zum Bauantrag", "Wohnhaus mit zwei Vollgeschossen",
                             "Grundstück Lindenweg 3, Musterstadt"))
    assert doc.status == "ok" and doc.ocr
    assert "Vollgeschossen" in doc.text and "Grundstück" in doc.text
    assert doc.ocr_konfidenz is not None and doc.ocr_konfidenz > 70


@needs_tesseract
def test_blank_scan_has_no_text_even_after_ocr(tmp_path: Path) -> None:
    doc = _read_one(tmp_path, "lageplan", "scan.pdf", scan_pdf(blank=True))
    assert doc.status == "kein_text" and doc.ocr
