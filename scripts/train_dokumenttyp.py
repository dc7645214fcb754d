"""Train the document-type classifier on the generated TRAINING corpus.

    .venv/bin/python scripts/train_dokumenttyp.py [--pruefen]

Writes rathaus/intake/data/dokumenttyp.json (deterministic: seeded corpus, full-batch
gradient descent from zero, rounded weights). `--pruefen` also reports accuracy on a
validation corpus drawn from the training phrase bank with another seed; the held-out
corpus (benchmarks/dokumente.py) is never used here.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from korpus.korpus import TRAINING, erzeuge
from numpy.typing import NDArray
from pypdf import PdfReader

from rathaus.intake.dokumenttyp import TYPEN, Matrix, merkmale, stichworte, vektoren

ZIEL = Path(__file__).resolve().parents[1] / "rathaus/intake/data/dokumenttyp.json"
N_PRO_TYP = TRAINING["n_pro_typ"]
STRAFE = 1e-2  # L2 penalty: keeps probabilities modest on unfamiliar wording
SCHRITTE = 1500


def korpus_texte(seed: int, n_pro_typ: int) -> tuple[list[str], NDArray[np.int64]]:
    with tempfile.TemporaryDirectory() as tmp:
        proben = erzeuge(Path(tmp), "training", n_pro_typ, seed=seed)
        texte = [_text((Path(tmp) / p.datei).read_bytes()) for p in proben]
    return texte, np.array([TYPEN.index(p.typ) for p in proben])


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def trainiere(X: Matrix, y: NDArray[np.int64]) -> dict[str, Any]:
    """Multinomial logistic regression, standardised inputs, plain gradient descent."""
    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-6
    Z = ((X - mu) / sd).astype(np.float64)
    n, d = Z.shape
    Y = np.eye(len(TYPEN))[y]
    W, b = np.zeros((d, len(TYPEN))), np.zeros(len(TYPEN))
    for _ in range(SCHRITTE):
        logits = Z @ W + b
        P = np.exp(logits - logits.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        W -= 0.5 * (Z.T @ G + STRAFE * W)
        b -= 0.5 * G.sum(axis=0)
    W_eff = W / sd[:, None]  # fold the standardisation into the weights
    b_eff = b - (mu / sd) @ W
    return {"W": np.round(W_eff, 5).tolist(), "b": np.round(b_eff, 5).tolist()}


def _genau(g: dict[str, Any], X: Matrix, y: NDArray[np.int64]) -> float:
    pred = (X @ np.asarray(g["W"]) + np.asarray(g["b"])).argmax(axis=1)
    return float((pred == y).mean())


def main(argv: list[str]) -> int:
    t0 = time.time()
    texte, y = korpus_texte(seed=0, n_pro_typ=N_PRO_TYP)
    v = vektoren(texte)
    print(f"{len(texte)} training documents embedded in {time.time() - t0:.0f} s")
    modelle = {"einbettung": trainiere(merkmale(v, texte, None), y),
               "kombiniert": trainiere(merkmale(v, texte, stichworte()), y)}
    ZIEL.write_text(json.dumps({
        "typen": list(TYPEN), "korpus": f"scripts/korpus training, {N_PRO_TYP} je Typ, seed 0",
        "strafe": STRAFE, "schritte": SCHRITTE, **modelle}, separators=(",", ":")) + "\n",
        encoding="utf-8")
    print(f"wrote {ZIEL}")
    if "--pruefen" in argv:
        vt, vy = korpus_texte(seed=1, n_pro_typ=10)
        vv = vektoren(vt)
        for name, g in modelle.items():
            st = stichworte() if name == "kombiniert" else None
            print(f"validation {name}: {_genau(g, merkmale(vv, vt, st), vy):.3f}")
        kw = stichworte().wahrscheinlichkeiten(vt).argmax(axis=1)
        print(f"validation stichworte: {float((kw == vy).mean()):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
