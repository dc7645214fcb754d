"""Writing a corpus: documents of all 18 types with their true type and figures.

Command line: scripts/make_korpus.py.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from korpus.fakten import Fakten, ziehe
from korpus.layout import Entwurf, foto, pdf, rauschen, scan, tippfehler
from rathaus.domain.antrag import UNTERLAGE_TYPEN

Art = Literal["training", "heldout"]
HIER = Path(__file__).resolve().parent
_FELD = {"vg": "vollgeschosse", "vg_wort": "vollgeschosse", "vg_roem": "vollgeschosse",
         "we": "wohneinheiten", "we_wort": "wohneinheiten", "gf": "geschossflaeche_m2",
         "wh": "wandhoehe_m", "fh": "firsthoehe_m", "nutzung": "nutzungen"}
# corpus sizes: per type text documents and scans, plus photos
TRAINING: dict[str, Any] = {"n_pro_typ": 40}
# held-out: seed 0 was the first measurement (its findings fixed the figure reader);
# seed 1 measured session 1's reader once. Session 2 improved scans and slips on a
# development set of the TRAINING phrase bank only; seed 2 measured it once (aggregate
# figures only: GF on text 0.936, readable scans 0.917), the GF and WE abbreviations and
# citations came from domain knowledge, not from its misses; seed 3 measured that once
# (readable scans 0.867). Seed 2, now spent, then served as a development set for OCR
# only (no phrase-bank fixes: "Label =" waits for its value, unsure numbers confirmed by
# two other readings); seed 4 measures the result
HELDOUT: dict[str, Any] = {"n_pro_typ": 12, "scans_pro_typ": 4, "fotos": 8, "seed": 4,
                           "mehr": {"baubeschreibung": (36, 12)}}
SCAN_QUALITAETEN = ("gut", "mittel", "schlecht", "gut", "mittel", "schlecht", "gut",
                    "unbrauchbar")


@dataclass
class Probe:
    """One document of a corpus: file, true type, how it was made, true figures."""

    datei: str
    typ: str
    art: str  # text, scan-<qualität>, kamera-<qualität>, foto
    layout: str = ""
    wahr: dict[str, Any] = field(default_factory=dict)


def bank(art: Art) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((HIER / f"{art}.toml").read_text("utf-8"))
    return data


def _felder(satz: str) -> set[str]:
    return {_FELD[p] for p in re.findall(r"\{(\w+)\}", satz) if p in _FELD}


def entwurf(typ: str, b: dict[str, Any], f: Fakten, rnd: random.Random,
            heldout: bool) -> tuple[Entwurf, dict[str, Any]]:
    """The words of one document of type `typ`, and the figures it states."""
    t = b["typen"][typ]
    titel = rnd.choice(b["generische_titel"] if rnd.random() < 0.15 else t["titel"])
    kopf = rnd.sample(b["kopf"], rnd.randint(2, len(b["kopf"])))
    saetze = rnd.sample(t["saetze"], rnd.randint(2, min(5, len(t["saetze"]))))
    wahr: dict[str, Any] = {}
    if "kennzahlen" in t:
        for satz in rnd.sample(t["kennzahlen"], len(t["kennzahlen"])):
            felder = _felder(satz)
            if not felder & wahr.keys() and rnd.random() < (0.85 if heldout else 0.7):
                saetze.append(satz)
                wahr.update({k: f.wahr[k] for k in felder})
        rnd.shuffle(saetze)
    if rnd.random() < 0.4:
        saetze.append(rnd.choice(b["allgemein"]))
    e = Entwurf(titel=f.fuelle(titel), kopf=tuple(f.fuelle(k) for k in kopf),
                absaetze=tuple(f.fuelle(s) for s in saetze), fuss=f.fuelle(rnd.choice(b["fuss"])))
    return e, wahr


def _verzerrt(e: Entwurf, rnd: random.Random, heldout: bool) -> Entwurf:
    fehler = tippfehler if heldout else rauschen
    return Entwurf(titel=e.titel, kopf=e.kopf, fuss=e.fuss,
                   absaetze=tuple(fehler(a, rnd) for a in e.absaetze))


def erzeuge(ziel: Path, art: Art, n_pro_typ: int, scans_pro_typ: int = 0, fotos: int = 0,
            seed: int = 0, mehr: dict[str, tuple[int, int]] | None = None) -> list[Probe]:
    """Write the corpus into `ziel` (files plus korpus.json) and return its manifest.
    `mehr`: extra (text documents, scans) for some types, e.g. the Baubeschreibung."""
    heldout = art == "heldout"
    rnd = random.Random(f"{art}-{seed}")
    b = bank(art)
    layouts = ("formular", "brief", "zweispaltig") if heldout else ("absatz", "liste")
    ziel.mkdir(parents=True, exist_ok=True)
    proben: list[Probe] = []
    n_scans = 0
    for typ in UNTERLAGE_TYPEN:
        n_text, n_scan = (n + m for n, m in zip((n_pro_typ, scans_pro_typ),
                                                 (mehr or {}).get(typ, (0, 0)), strict=True))
        for i in range(n_text + n_scan):
            e, wahr = entwurf(typ, b, ziehe(rnd, heldout), rnd, heldout)
            if rnd.random() < (0.5 if heldout else 0.3):
                e = _verzerrt(e, rnd, heldout)
            layout = layouts[i % len(layouts)]
            inhalt = pdf(e, layout)
            name, probe_art = f"{typ}-{i:03d}.pdf", "text"
            if i >= n_text:
                q = SCAN_QUALITAETEN[n_scans % len(SCAN_QUALITAETEN)]
                n_scans += 1
                kamera = rnd.random() < 0.25
                inhalt = scan(inhalt, q, seed=rnd.randrange(10**9),
                              als="jpeg" if kamera else "pdf")
                probe_art = f"{'kamera' if kamera else 'scan'}-{q}"
                name = f"{typ}-{i:03d}.{'jpg' if kamera else 'pdf'}"
            (ziel / name).write_bytes(inhalt)
            proben.append(Probe(datei=name, typ=typ, art=probe_art, layout=layout, wahr=wahr))
    for i in range(fotos):
        name = f"foto-bild-{i:03d}.jpg"
        (ziel / name).write_bytes(foto(rnd.randrange(10**9)))
        proben.append(Probe(datei=name, typ="foto", art="foto"))
    (ziel / "korpus.json").write_text(
        json.dumps([asdict(p) for p in proben], ensure_ascii=False, indent=1), "utf-8")
    return proben


def lade(ziel: Path) -> list[Probe]:
    return [Probe(**p) for p in json.loads((ziel / "korpus.json").read_text("utf-8"))]

