"""Findings about single documents: unreadable (UNTERLAGE_UNLESBAR) or, by content,
of another type than declared (UNTERLAGE_UNPASSEND). One finding per document at most:
a file that cannot be opened is unreadable; one whose content is another type is
unpassend even when its scan is poor; otherwise a poor scan is unreadable."""

from __future__ import annotations

from rathaus.agents.base import befund_factory
from rathaus.domain.befund import Befund
from rathaus.domain.dokument import Dokument

befund = befund_factory("vollstaendigkeit")

NORM = "§ 68 Abs. 2 S. 1 MBO"
# The classifier's probability from which a mismatch is reported. Conservative: a real
# document of the declared type must never be called unpassend (ADR 0003).
UNPASSEND_AB = 0.9
# Types that are often one document together; a mismatch between them is not reported.
VERWANDT = frozenset(frozenset(p) for p in (
    ("lageplan", "baumbestandsplan"), ("baumbestandsplan", "faellantrag"),
    ("abweichungsantrag", "befreiungsantrag"), ("eigentuemerzustimmung", "vollmacht"),
))  # fmt: skip
GRUND = {
    "fehlt": "ist im Antrag aufgeführt, die Datei liegt aber nicht bei",
    "leer": "ist leer",
    "zu_gross": "überschreitet die zulässige Dateigröße",
    "defekt": "ist beschädigt und lässt sich nicht öffnen",
    "verschluesselt": "ist mit einem Kennwort verschlüsselt",
    "kein_text": "enthält keinen lesbaren Inhalt, auch nicht nach Texterkennung (OCR)",
    "unbekanntes_format": "ist kein PDF, PNG oder JPEG",
    "unleserlich": "ist so schlecht gescannt oder fotografiert, dass die Texterkennung (OCR) "
                   "unsicher bleibt",
    "fremdsprachig": "ist nicht in deutscher Sprache verfasst; eine Übersetzung ist "
                     "nachzureichen",
}
NICHT_ZU_OEFFNEN = frozenset({"fehlt", "leer", "zu_gross", "defekt", "verschluesselt",
                              "unbekanntes_format"})


def unterlagen_befunde(dokumente: tuple[Dokument, ...]) -> list[Befund]:
    out = []
    for d in dokumente:
        if d.status in NICHT_ZU_OEFFNEN:
            out.append(unlesbar(d))
        elif ist_unpassend(d):
            out.append(unpassend(d))
        elif not d.lesbar:
            out.append(unlesbar(d))
    return out


def ist_unpassend(d: Dokument) -> bool:
    """The content clearly is another type than declared (and not a related one)."""
    return (d.erkannter_typ is not None and d.erkannter_typ != d.typ
            and (d.typ_konfidenz or 0.0) >= UNPASSEND_AB
            and frozenset((d.typ, d.erkannter_typ)) not in VERWANDT)


def unlesbar(d: Dokument) -> Befund:
    norm = "§ 23 Abs. 2 VwVfG" if d.status == "fremdsprachig" else NORM
    return befund(
        "UNTERLAGE_UNLESBAR", "mangel", d.typ, norm,
        f"Die Unterlage „{d.typ}“ ({d.datei}) {GRUND.get(d.status, d.status)}; "
        "sie muss erneut eingereicht werden.",
        datei=d.datei, grund=d.status, detail=d.detail, format=d.format,
        groesse_bytes=d.groesse_bytes, ocr=d.ocr, ocr_konfidenz=d.ocr_konfidenz,
        sprache=d.sprache)


def unpassend(d: Dokument) -> Befund:
    konf = f"{d.typ_konfidenz:.2f}".replace(".", ",")
    return befund(
        "UNTERLAGE_UNPASSEND", "mangel", d.typ, NORM,
        f"Die als „{d.typ}“ eingereichte Unterlage ({d.datei}) ist ihrem Inhalt nach "
        f"offenbar „{d.erkannter_typ}“ (Sicherheit {konf}); die Unterlage „{d.typ}“ ist "
        "nachzureichen.",
        datei=d.datei, erklaerter_typ=d.typ, erkannter_typ=d.erkannter_typ,
        konfidenz=d.typ_konfidenz, ocr=d.ocr, ocr_konfidenz=d.ocr_konfidenz)
