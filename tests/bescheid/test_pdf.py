"""The notice as PDF/A-3b, parsed back: text, marks, metadata, embedded data."""

from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader

from rathaus.bescheid import entwurf, entwurf_pdf, unterzeichne
from rathaus.bescheid.modell import BescheidEntwurf
from tests.bescheid.daten import BAUM, DENKMAL, entscheidung, gemeinde
from tests.bescheid.test_entwurf import GUT
from tests.factories import antrag
from tests.llm.fake import FakeLlm

SIGNIERT = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)


def _entwurf(ki: bool) -> BescheidEntwurf:
    return entwurf(antrag(), [BAUM, DENKMAL], entscheidung("genehmigt_mit_nebenbestimmungen"),
                   gemeinde(), FakeLlm(GUT) if ki else None)


def _lies(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return reader, " ".join(text.split())


def test_draft_is_watermarked_and_marks_ai_passages() -> None:
    reader, text = _lies(entwurf_pdf(_entwurf(ki=True)))
    assert "ENTWURF" in text and "noch nicht unterzeichnet" in text
    assert "KI-Entwurf (fake-modell)" in text
    assert "Das Vorhaben fügt sich in die Festsetzungen ein" in text
    meta = reader.metadata
    assert meta is not None and meta.author == "Entwurf (rathaus)"
    assert "status=entwurf" in str(meta.get("/Keywords"))


def test_signed_pdf_records_signer_and_ai_assistance() -> None:
    b = _entwurf(ki=True)
    pdf = unterzeichne(b, "Anna Schmidt", SIGNIERT)
    assert pdf.startswith(b"%PDF-")
    reader, text = _lies(pdf)
    assert "ENTWURF" not in text and "KI-Entwurf" not in text
    assert "gez. Anna Schmidt" in text
    assert "Stadt Musterstadt – Der Bürgermeister" in text
    assert "Ersatzpflanzung" in text and "Unteren Denkmalbehörde" in text
    assert "Klage bei dem Verwaltungsgericht Musterstadt" in text
    assert "630,00 €" in text
    assert "Transparenzhinweis (Art. 50 KI-Verordnung)" in text
    assert "von Anna Schmidt geprüft und verantwortet" in text
    meta = reader.metadata
    assert meta is not None and meta.author == "Anna Schmidt"
    keywords = str(meta.get("/Keywords"))
    assert "unterzeichnet-von=Anna Schmidt" in keywords
    assert "unterzeichnet-am=2026-11-21T09:30:00+00:00" in keywords
    assert "ki-unterstuetzt=ja" in keywords and "ki-modell=fake-modell" in keywords
    assert meta.subject is not None and "KI-unterstützt" in meta.subject
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert "pdfaid:part" in raw and "Anna Schmidt" in raw
    daten = json.loads(reader.attachments["bescheid.json"][0])
    assert daten["unterschrift"]["name"] == "Anna Schmidt"
    assert daten["bescheid"]["ki"][0]["modell"] == "fake-modell"


def test_signed_without_ai_says_so() -> None:
    reader, text = _lies(unterzeichne(_entwurf(ki=False), "Anna Schmidt", SIGNIERT))
    assert "ohne KI-Formulierung" in text
    assert "ki-unterstuetzt=nein" in str(reader.metadata and reader.metadata.get("/Keywords"))


def test_case_text_cannot_inject_markup_or_fetch_files() -> None:
    a = antrag(bezeichnung='<img src="file:///etc/passwd"><b>fett</b>')
    b = entwurf(a, [], entscheidung("genehmigt"), gemeinde())
    _, text = _lies(entwurf_pdf(b))
    assert '<img src="file:///etc/passwd"><b>fett</b>' in text
