"""Benchmark of document understanding on the HELD-OUT corpus (scripts/korpus).

    .venv/bin/python benchmarks/dokumente.py [--korpus DIR]

Generates the held-out corpus (other phrasings, layouts, typos, scans at several
qualities, photos) into a temporary folder, unless --korpus names one already made by
scripts/make_korpus.py, reads every document through the intake, and prints:
- accuracy and macro-F1 of the type classification: keyword baseline, embedding,
  combined (the one the intake uses), for text PDFs and scans;
- how often a correctly filed document would be reported UNTERLAGE_UNPASSEND (false
  alarms) and how often a mis-filed one is (detection);
- extraction accuracy per field of the Baubeschreibung figures;
- documents per second through the intake, for text PDFs and for scans.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from korpus.korpus import HELDOUT, Probe, erzeuge, lade  # noqa: E402

from rathaus.agents.unterlagen import ist_unpassend  # noqa: E402
from rathaus.config import Settings  # noqa: E402
from rathaus.domain.antrag import UnterlageRef  # noqa: E402
from rathaus.domain.dokument import Dokument  # noqa: E402
from rathaus.intake.dokumenttyp import MIN_WOERTER, TYPEN, klassifikator, woerter  # noqa: E402
from rathaus.intake.lesen import lese_dokument  # noqa: E402
from rathaus.intake.quelle import open_quelle  # noqa: E402

FELDER = ("vollgeschosse", "wohneinheiten", "geschossflaeche_m2", "wandhoehe_m",
          "firsthoehe_m", "nutzungen")


@dataclass
class Gelesen:
    probe: Probe
    doc: Dokument
    sekunden: float

    @property
    def scan(self) -> bool:
        return self.probe.art != "text"


def lies(ordner: Path, proben: Sequence[Probe], cfg: Settings) -> list[Gelesen]:
    """Every document through the intake, filed as its true type (a photo of the
    plot as `lageplan`, so that it is OCR'd and judged by the layout cue)."""
    quelle = open_quelle(ordner, cfg.limits)
    out = []
    for p in proben:
        typ = "lageplan" if p.art == "foto" else p.typ
        t = time.perf_counter()
        doc = lese_dokument(UnterlageRef.model_validate({"typ": typ, "datei": p.datei}),
                            quelle, cfg)
        out.append(Gelesen(p, doc, time.perf_counter() - t))
    return out


def macro_f1(wahr: Sequence[str], vorher: Sequence[str]) -> float:
    f1s = []
    for t in set(wahr):
        tp = sum(w == t and v == t for w, v in zip(wahr, vorher, strict=True))
        fp = sum(w != t and v == t for w, v in zip(wahr, vorher, strict=True))
        fn = sum(w == t and v != t for w, v in zip(wahr, vorher, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def typen(gelesen: list[Gelesen]) -> None:
    urteilbar = [g for g in gelesen if g.doc.lesbar and woerter(g.doc.text) >= MIN_WOERTER]
    print(f"\n## Dokumenttyp ({len(urteilbar)} lesbare Dokumente mit ≥ {MIN_WOERTER} Wörtern; "
          f"{len(gelesen) - len(urteilbar)} unlesbar, zu kurz oder Fotos, siehe unten)")
    print(f"{'Modell':<12} {'Teil':<6} {'n':>4} {'Accuracy':>9} {'Macro-F1':>9}")
    sekunden = {}
    for modell in ("stichworte", "einbettung", "kombiniert"):
        t = time.perf_counter()
        p = klassifikator(modell).wahrscheinlichkeiten([g.doc.text for g in urteilbar])
        sekunden[modell] = time.perf_counter() - t
        vorher = [TYPEN[int(i)] for i in p.argmax(axis=1)]
        for teil, wahl in (("alle", lambda g: True), ("text", lambda g: not g.scan),
                           ("scans", lambda g: g.scan)):
            idx = [i for i, g in enumerate(urteilbar) if wahl(g)]
            w, v = [urteilbar[i].probe.typ for i in idx], [vorher[i] for i in idx]
            acc = sum(a == b for a, b in zip(w, v, strict=True)) / max(1, len(idx))
            print(f"{modell:<12} {teil:<6} {len(idx):>4} {acc:>9.3f} {macro_f1(w, v):>9.3f}")
    print("Klassifizieren allein (Stapel, ohne Lesen): " + ", ".join(
        f"{m} {len(urteilbar) / max(s, 1e-9):.1f} Dokumente/s" for m, s in sekunden.items()))
    fehler = Counter((g.probe.typ, g.doc.erkannter_typ) for g in urteilbar
                     if g.doc.erkannter_typ != g.probe.typ)
    print("Verwechslungen im Intake (Kaskade, wahr → erkannt):",
          ", ".join(f"{a}→{b} ×{n}" for (a, b), n in fehler.most_common(8)) or "keine")
    fotos = [g for g in gelesen if g.probe.art == "foto"]
    erkannt = sum(g.doc.erkannter_typ == "foto" for g in fotos)
    print(f"Fotos (JPEG, als lageplan eingereicht): {erkannt}/{len(fotos)} per "
          "Layout-Merkmal als foto erkannt")


def unpassend(gelesen: list[Gelesen]) -> None:
    rnd = random.Random(7)
    richtig = [g for g in gelesen if g.probe.art != "foto"]
    fehlalarm = [g for g in richtig if ist_unpassend(g.doc)]
    vertauscht = []
    for g in gelesen:
        falsch = rnd.choice([t for t in TYPEN if t != g.probe.typ])
        vertauscht.append(ist_unpassend(g.doc.model_copy(update={"typ": falsch})))
    print("\n## UNTERLAGE_UNPASSEND (Schwelle der Sicherheit 0,90)")
    print(f"Fehlalarme bei richtig eingereichten Unterlagen: {len(fehlalarm)}/{len(richtig)}"
          + "".join(f"\n  {g.probe.datei}: erkannt {g.doc.erkannter_typ} "
                    f"({g.doc.typ_konfidenz})" for g in fehlalarm))
    print(f"Erkannt bei vertauschtem Typ: {sum(vertauscht)}/{len(vertauscht)} "
          f"({sum(vertauscht) / len(vertauscht):.3f}; der Rest bleibt ohne Befund)")


def _gleich(feld: str, a: object, b: object) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int) and feld.endswith(("_m", "_m2")):
        return abs(a - b) < 0.006
    return bool(a == b)


def kennzahlen(gelesen: list[Gelesen]) -> None:
    """Per field: accuracy over the documents that state the figure or where one was
    read; `falsch` counts values read that differ from the truth (those could become a
    false ANGABE_WIDERSPRUCH), `fehlt` figures not read. Scans are counted twice: all,
    and those the intake accepts as readable (an unreadable one is answered with
    UNTERLAGE_UNLESBAR and a request for a better copy, not with figures)."""
    bb = [g for g in gelesen if g.probe.typ == "baubeschreibung"]
    scans = [g for g in bb if g.scan]
    lesbar = [g for g in scans if g.doc.status == "ok"]
    print(f"\n## Kennzahlen der Baubeschreibung ({len(bb)} Dokumente, davon {len(scans)} "
          f"Scans, {len(lesbar)} davon lesbar)")
    print(f"{'Feld':<20} {'Teil':<13} {'n':>4} {'Accuracy':>9} {'falsch':>7} {'fehlt':>6}")
    teile = (("text", [g for g in bb if not g.scan]), ("scans", scans),
             ("scans lesbar", lesbar))
    summe: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for feld in FELDER:
        for teil, auswahl in teile:
            richtig = falsch = fehlt = 0
            for g in auswahl:
                wahr = g.probe.wahr.get(feld)
                wahr = tuple(wahr) if isinstance(wahr, list) else wahr
                werte = [k.wert for k in g.doc.kennzahlen if k.feld == feld]
                if wahr is None and not werte:
                    continue
                if len(werte) == 1 and _gleich(feld, wahr, werte[0]):
                    richtig += 1
                elif werte:
                    falsch += 1
                else:
                    fehlt += 1
            n = richtig + falsch + fehlt
            summe[teil][0] += richtig
            summe[teil][1] += n
            print(f"{feld:<20} {teil:<13} {n:>4} {richtig / max(1, n):>9.3f} {falsch:>7} "
                  f"{fehlt:>6}")
    print("Alle Felder: " + ", ".join(f"{t} {r / max(1, n):.3f} ({r}/{n})"
                                      for t, (r, n) in summe.items()))


def lesen(gelesen: list[Gelesen], cfg: Settings) -> None:
    print("\n## Lesen (Intake: Text, OCR, Sprache, Typ, Kennzahlen)")
    for teil, auswahl in (("Text-PDFs", [g for g in gelesen if not g.scan]),
                          ("Scans/Fotos", [g for g in gelesen if g.scan])):
        sek = sum(g.sekunden for g in auswahl)
        print(f"{teil:<12} {len(auswahl):>4} Dokumente in {sek:6.1f} s: "
              f"{len(auswahl) / sek:6.2f} Dokumente/s")
    nach: dict[str, list[Gelesen]] = defaultdict(list)
    for g in gelesen:
        if g.scan:
            nach[g.probe.art.split("-")[-1]].append(g)
    print(f"OCR-Qualität (Schwelle ocr.min_konfidenz = {cfg.ocr.min_konfidenz:.0f}):")
    for q, gs in sorted(nach.items()):
        konf = sorted(g.doc.ocr_konfidenz or 0 for g in gs)
        status = Counter(g.doc.status for g in gs)
        print(f"  {q:<12} n={len(gs):>3}  Konfidenz Median {konf[len(konf) // 2]:5.1f}  "
              f"Status {dict(status)}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korpus", type=Path, help="a held-out corpus made by make_korpus.py")
    args = ap.parse_args(argv)
    cfg = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        ordner = args.korpus or Path(tmp)
        t = time.perf_counter()
        proben = lade(ordner) if args.korpus else erzeuge(ordner, "heldout", **HELDOUT)
        print(f"# Held-out-Korpus: {len(proben)} Dokumente ({ordner}, "
              f"{time.perf_counter() - t:.0f} s)")
        gelesen = lies(ordner, proben, cfg)
    typen(gelesen)
    unpassend(gelesen)
    kennzahlen(gelesen)
    lesen(gelesen, cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
