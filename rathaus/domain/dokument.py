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
ZahlFeld = Literal["vollgeschosse", "wohneinheiten", "geschossflaeche_m2", "wandhoehe_m",
                   "firsthoehe_m"]  # the numeric figures a model is asked for
Urteil = Literal["bestaetigt", "abweichend", "nur_modell", "nur_regel"]


class Kennzahl(BaseModel):
    """One figure a document states (from a Baubeschreibung), with its sentence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    feld: KennzahlFeld
    wert: int | float | tuple[str, ...]
    satz: str


class Vergleich(BaseModel):
    """One figure, the model's value beside the deterministic reading: `bestaetigt` (the
    model's value equals one read by rule, within the tolerance of the contradiction
    check), `abweichend` (both have values, none equal), `nur_modell`, `nur_regel`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    feld: ZahlFeld
    urteil: Urteil
    wert_modell: int | float | None = None
    werte_regel: tuple[int | float, ...] = ()
    zitat: str = ""  # the sentence the model says it took the value from
    zitat_im_text: bool = False  # that sentence occurs in the document (whitespace aside)


class Zweitmeinung(BaseModel):
    """A language model's reading of the figures of a Baubeschreibung, compared with the
    deterministic one. Shown to people and added to evidence; it never makes a finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    modell: str
    version: str
    prompt_sha256: str
    vergleiche: tuple[Vergleich, ...] = ()

    def zu(self, feld: str) -> Vergleich | None:
        return next((v for v in self.vergleiche if v.feld == feld), None)


class Dokument(BaseModel):
    """An uploaded document after reading: its declared type, format, status and text.

    `text` is the PDF text layer, or OCR output for scans and images (`ocr=True`).
    `erkannter_typ`/`typ_konfidenz`: the document type its content looks like (None when
    there is too little text to judge); `kennzahlen`: figures read from a Baubeschreibung;
    `sprache`: `de`, `en`, `tr` or None when undecided; `zweitmeinung`: a language
    model's reading of those figures (rathaus/intake/zweitmeinung.py), None when off.
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
    zweitmeinung: Zweitmeinung | None = None

    @property
    def lesbar(self) -> bool:
        return self.status == "ok"
