"""OCR of scans: a hard page is read several ways; an unsure number needs a second
reading that read it surely."""

from __future__ import annotations

import random
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFilter

from rathaus.config import Ocr
from rathaus.intake.kennzahlen import ergaenzt, kennzahlen
from rathaus.intake.ocr import ocr_bild, zahlen
from tests.bundles import _font

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (scripts/setup.sh installs tesseract-ocr-deu)")
ZEILEN = ("Baubeschreibung zum Bauantrag", "Das Gebäude hat 3 Vollgeschosse.",
          "Die Wandhöhe beträgt 6,2 m.", "Die Geschossfläche beträgt 480 m².",
          "Die Außenwände erhalten ein Wärmedämmverbundsystem.")


def _seite(speckles: int = 0, blur: float = 0.0) -> Image.Image:
    """An A4 page at 150 dpi, scaled to 300 dpi as the intake renders a scanned PDF."""
    img = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(ZEILEN):
        draw.text((110, 150 + i * 50), line, fill=20, font=_font(24))
    rnd = random.Random(3)
    px = img.load()
    assert px is not None
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
        px = img.load()
        assert px is not None
    for _ in range(speckles):
        px[rnd.randrange(1240), rnd.randrange(1754)] = rnd.choice((0, 80, 160))
    return img.resize((2480, 3508))


def _figuren(r: object) -> set[tuple[str, object]]:
    from rathaus.intake.ocr import OcrErgebnis
    assert isinstance(r, OcrErgebnis)
    haupt = kennzahlen(r.text, r.unsicher)
    found = ergaenzt(haupt, [kennzahlen(t, u) for t, u in r.weitere])
    return {(k.feld, k.wert) for k in found}


@needs_tesseract
def test_a_clean_page_with_sure_numbers_is_read_once() -> None:
    r = ocr_bild(_seite(), Ocr())
    assert r.weitere == () and not r.unsicher
    assert _figuren(r) == {("vollgeschosse", 3), ("wandhoehe_m", 6.2),
                           ("geschossflaeche_m2", 480.0)}


@needs_tesseract
def test_a_speckled_blurred_page_is_read_again_and_keeps_its_figures() -> None:
    cfg = Ocr()
    r = ocr_bild(_seite(speckles=6000, blur=1.1), cfg)
    assert len(r.weitere) == len(cfg.varianten)  # every other reading is kept
    assert r.konfidenz is not None and r.konfidenz >= cfg.min_konfidenz
    assert _figuren(r) <= {("vollgeschosse", 3), ("wandhoehe_m", 6.2),
                           ("geschossflaeche_m2", 480.0)}  # nothing wrong
    assert len(_figuren(r)) >= 2


@needs_tesseract
def test_without_further_readings_a_hard_page_is_read_once() -> None:
    r = ocr_bild(_seite(speckles=6000, blur=1.1), Ocr(varianten=()))
    assert r.weitere == ()


def test_numbers_are_split_by_confidence_and_a_unit_is_no_number() -> None:
    words = [("12,7", 76.0), ("m2.", 40.0), ("II", 60.0), ("Vollgeschosse", 30.0),
             ("(9.4)", 96.0), ("1m", 50.0)]
    assert zahlen(words, lambda c: c < 85) == {"12,7", "II", "1"}
    assert zahlen(words, lambda c: c >= 85) == {"9.4"}


def test_an_unsure_number_counts_where_two_other_readings_read_it_alike(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Four readings of a hard page: "11,73" unsure in all but read alike by three, "9,4"
    unsure and read so by one other only (a misreading stays unsure)."""
    import rathaus.intake.ocr as ocr

    def lesung(gewicht: int, unsicher: set[str]) -> ocr.OcrErgebnis:
        return ocr.OcrErgebnis(text=f"t{gewicht}", konfidenz=70.0, gewicht=gewicht,
                               unsicher=frozenset(unsicher))
    folge = iter([lesung(5, {"11,73", "9,4"}), lesung(9, {"11,73", "9,4"}),
                  lesung(7, {"11,73"}), lesung(6, {"9,1"})])
    monkeypatch.setattr(ocr, "_erkenne", lambda *a: next(folge))
    r = ocr.ocr_bild(Image.new("L", (50, 50), 255), Ocr())
    assert r.text == "t9"  # the reading with most surely read letters
    assert r.unsicher == {"9,4"}


@pytest.mark.parametrize(("konfidenz", "unsicher", "zaehlen", "laeufe"), [
    (95.0, {"12,7"}, True, 4),  # a Baubeschreibung: an unsure number is worth a re-read
    (95.0, {"12,7"}, False, 1),  # another document: its numbers are not read as figures
    (95.0, set(), True, 1),  # clean and sure
    (70.0, set(), False, 4),  # hard page: re-read for its text
    (None, set(), True, 1),  # no word at all: nothing to read better
])
def test_which_pages_are_read_again(monkeypatch: pytest.MonkeyPatch, konfidenz: float | None,
                                    unsicher: set[str], zaehlen: bool, laeufe: int) -> None:
    import rathaus.intake.ocr as ocr
    aufrufe = []

    def erkenne(*a: object) -> ocr.OcrErgebnis:
        aufrufe.append(a)
        return ocr.OcrErgebnis(text="t", konfidenz=konfidenz, unsicher=frozenset(unsicher))
    monkeypatch.setattr(ocr, "_erkenne", erkenne)
    ocr.ocr_bild(Image.new("L", (50, 50), 255), Ocr(), zahlen_zaehlen=zaehlen)
    assert len(aufrufe) == laeufe


def test_tesseract_runs_with_the_configured_openmp_threads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import pytesseract

    from rathaus.intake.ocr import tesseract_threads
    monkeypatch.setattr(pytesseract.pytesseract, "environ", os.environ)
    monkeypatch.setenv("OMP_THREAD_LIMIT", "8")
    tesseract_threads(1)
    umgebung = pytesseract.pytesseract.environ
    assert umgebung["OMP_THREAD_LIMIT"] == "1" and dict(umgebung)["OMP_THREAD_LIMIT"] == "1"
    assert umgebung["PATH"] == os.environ["PATH"]
    assert os.environ["OMP_THREAD_LIMIT"] == "8"  # this process keeps its own
    tesseract_threads(0)
    assert pytesseract.pytesseract.environ is os.environ
