"""The language of a document is decided by function words; too little text decides nothing."""

from __future__ import annotations

import pytest

from rathaus.intake.sprache import sprache
from tests.unterlagen import ENGLISCH, TUERKISCH, baubeschreibung


@pytest.mark.parametrize(("zeilen", "erwartet"), [
    (baubeschreibung(), "de"), (ENGLISCH, "en"), (TUERKISCH, "tr")])
def test_language_of_a_document(zeilen: tuple[str, ...], erwartet: str) -> None:
    assert sprache("\n".join(zeilen)) == erwartet


def test_too_few_words_decide_nothing() -> None:
    assert sprache("Lageplan M 1:500") is None
