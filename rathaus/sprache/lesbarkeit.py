"""German readability indices (textstat): Wiener Sachtextformel and Flesch-Amstad."""

from __future__ import annotations

from textstat.textstat import textstatistics

_de = textstatistics()
_de.set_lang("de")


def _wort(text: str) -> str:
    """Leichte Sprache splits compounds with a middle dot (Bau·antrag): one word."""
    return text.replace("·", "")


def wiener_sachtextformel(text: str) -> float:
    """1st Wiener Sachtextformel: school grade 4 (easy) to 15 (very hard)."""
    return float(_de.wiener_sachtextformel(_wort(text), 1)) if text.strip() else 0.0


def flesch_amstad(text: str) -> float:
    """Flesch reading ease with Amstad's German constants: 0 (hard) to 100 (easy)."""
    return float(_de.flesch_reading_ease(_wort(text))) if text.strip() else 0.0
