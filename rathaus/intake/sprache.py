"""Which language a document is written in: German, English or Turkish, by function words.

German is the official language of the procedure (§ 23 Abs. 1 VwVfG); a document in
another language needs a translation (§ 23 Abs. 2 VwVfG). Function words decide, as
they survive OCR and technical vocabulary; too little text decides nothing.
"""

from __future__ import annotations

import re


def _menge(woerter: str) -> frozenset[str]:
    return frozenset(woerter.split())


SPRACHEN = {"de": "Deutsch", "en": "Englisch", "tr": "Türkisch"}
FUNKTIONSWOERTER: dict[str, frozenset[str]] = {
    "de": _menge("der die das und ist mit für von den des dem auf nach wird werden im "
                    "ein eine einer eines hat nicht zu bei aus als sich sind zur zum über vom am "
                 "an in es oder auch wurde kann"),
    "en": _menge("the and of is with for to on be are this that will by from at "
                    "which has have shall been its"),
    "tr": _menge("ve bir bu ile için olarak olan veya gibi daha çok her ancak şekilde "
                    "kadar sonra üzerinde tarafından yapı"),
}
_WORT = re.compile(r"[a-zäöüßçğıişé]+")
MIN_TREFFER = 6  # function words before a language is decided


def sprache(text: str) -> str | None:
    """`de`, `en` or `tr`; None when too few function words say anything."""
    words = _WORT.findall(text.lower())
    treffer = {s: sum(w in ws for w in words) for s, ws in FUNKTIONSWOERTER.items()}
    beste = max(treffer, key=lambda s: treffer[s])
    if treffer[beste] < MIN_TREFFER:
        return None
    zweite = max(v for s, v in treffer.items() if s != beste)
    if beste != "de" and treffer[beste] < 2 * zweite:
        return "de" if treffer["de"] >= MIN_TREFFER else None  # mixed: German wins
    return beste
