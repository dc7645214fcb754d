"""What the intake read from one uploaded document: a frozen snapshot for the agents."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Lesbarkeit = Literal[
    "ok", "fehlt", "leer", "zu_gross", "defekt", "verschluesselt", "kein_text", "unbekanntes_format"
]
Format = Literal["pdf", "png", "jpeg", "unbekannt"]


class Dokument(BaseModel):
    """An uploaded document after reading: its declared type, format, status and text.

    `text` is the PDF text layer, or OCR output for scans and images (`ocr=True`).
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

    @property
    def lesbar(self) -> bool:
        return self.status == "ok"
