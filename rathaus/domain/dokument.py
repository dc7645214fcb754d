"""What the intake read from one uploaded document: a frozen snapshot for the agents."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Lesbarkeit = Literal[
    "ok", "fehlt", "leer", "zu_gross", "defekt", "verschluesselt", "kein_text",
    "unbekanntes_format", "unleserlich", "fremdsprachig",
]  # fmt: skip
Format = Literal["pdf", "png", "jpeg", "unbekannt"]
KennzahlFeld = Literal["vollgeschosse", "wohneinheiten", "geschossflaeche_m2", "wandhoehe_m",
                       "firsthoehe_m", "nutzungen"]


class Kennzahl(BaseModel):
    """One figure a document states (from a Baubeschreibung), with its sentence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    feld: KennzahlFeld
    wert: int | float | tuple[str, ...]
    satz: str


class Dokument(BaseModel):
    """An uploaded document after reading: its declared type, format, status and text.

    `text` is the PDF text layer, or OCR output for scans and images (`ocr=True`).
    `erkannter_typ`/`typ_konfidenz`: the document type its content looks like (None when
    there is too little text to judge); `kennzahlen`: figures read from a Baubeschreibung;
    `sprache`: `de`, `en`, `tr` or None when undecided.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    typ: str
    datei: str
    format: Format
    status: Lesbarkeit
    groesse_bytes: int = 0
    seiten: int = 0
    text: str = ""
    ocr: bool = False
    ocr_konfidenz: float | None = None
    detail: str = ""
    erkannter_typ: str | None = None
    typ_konfidenz: float | None = None
    kennzahlen: tuple[Kennzahl, ...] = ()
    sprache: str | None = None

    @property
    def lesbar(self) -> bool:
        return self.status == "ok"
