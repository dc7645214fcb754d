"""Understanding a document once it is read: its language, the type its content looks
like, and the figures of a Baubeschreibung. The agents get the result in the frozen
`Dokument`; they never look at text themselves."""

from __future__ import annotations

from rathaus.config import Settings
from rathaus.domain.dokument import Dokument
from rathaus.intake.dokumenttyp import MIN_WOERTER, erkenne, woerter
from rathaus.intake.kennzahlen import ergaenzt, kennzahlen
from rathaus.intake.ocr import OcrErgebnis
from rathaus.intake.sprache import SPRACHEN, sprache

OHNE_TEXT = frozenset({"foto"})  # types that carry no text of their own
MIT_KENNZAHLEN = frozenset({"baubeschreibung"})  # types whose figures are read
FOTO_AB = 0.5  # share of mid-tone pixels from which an image with little text is a photo
FOTO_KONFIDENZ = 0.95  # how sure that layout cue is
SPRACHPROBE = 20_000  # characters the language is judged on


def verstehe(doc: Dokument, cfg: Settings, ocr: OcrErgebnis | None = None) -> Dokument:
    """`ocr`: what OCR said beyond the text (photo cue, unsure figures), for scans."""
    fotoanteil = ocr.fotoanteil if ocr else 0.0
    if doc.typ not in OHNE_TEXT and fotoanteil >= FOTO_AB and woerter(doc.text) < MIN_WOERTER:
        return doc.model_copy(update={"erkannter_typ": "foto",
                                      "typ_konfidenz": FOTO_KONFIDENZ})
    if doc.status != "ok" or not doc.text.strip():
        return doc
    lang = sprache(doc.text[:SPRACHPROBE])
    if lang not in (None, "de") and doc.typ not in OHNE_TEXT:
        return doc.model_copy(update={
            "status": "fremdsprachig", "sprache": lang,
            "detail": f"in {SPRACHEN[lang]} verfasst; Amtssprache ist Deutsch, eine "
                      "Übersetzung ist nachzureichen (§ 23 VwVfG)"})
    update: dict[str, object] = {"sprache": lang}
    if cfg.verstehen.typ_erkennen:
        erkennung = erkenne([doc.text], erklaert=[doc.typ])[0]
        if erkennung is not None:
            update.update(erkannter_typ=erkennung.typ, typ_konfidenz=erkennung.konfidenz)
    lesbar_genug = not doc.ocr or (doc.ocr_konfidenz or 0) >= cfg.ocr.min_konfidenz_kennzahlen
    if cfg.verstehen.kennzahlen and doc.typ in MIT_KENNZAHLEN and lesbar_genug:
        haupt = kennzahlen(doc.text, ocr.unsicher if ocr else frozenset())
        weitere = [kennzahlen(text, unsicher) for text, unsicher in (ocr.weitere if ocr else ())]
        update["kennzahlen"] = ergaenzt(haupt, weitere)
    return doc.model_copy(update=update)
