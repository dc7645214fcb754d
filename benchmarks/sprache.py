"""Plain language: readability of official vs simplified texts, and the model's speed.

    .venv/bin/python benchmarks/sprache.py [--ohne-modell] [--laeufe N]

Readability (German): 1st Wiener Sachtextformel (grade 4 easy … 15 hard) and
Flesch-Amstad (0 hard … 100 easy), for every status message and for the Bescheid
summaries of the four decisions: the official text, the fixed plain version, and
(with the embedded model) the model's version and whether it passed the checks.
Speed: tokens per second and latency of the embedded model on this CPU.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rathaus.bescheid import entwurf
from rathaus.domain.entscheidung import EntscheidungsErgebnis
from rathaus.governance.audit import MemoryAuditSink
from rathaus.llm.base import LlmClient
from rathaus.sprache import STATUS, vereinfache
from rathaus.sprache.lesbarkeit import flesch_amstad, wiener_sachtextformel
from tests.bescheid.daten import BAUM, FEHLT, GRZ, entscheidung, gemeinde
from tests.factories import antrag


def texte() -> list[tuple[str, str, str]]:
    """(name, official, fixed plain) for status messages and Bescheid summaries."""
    rows = [(f"status:{k}", a, leicht) for k, (a, leicht) in STATUS.items()]
    faelle: list[tuple[EntscheidungsErgebnis, list]] = [  # type: ignore[type-arg]
        ("genehmigt", []), ("genehmigt_mit_nebenbestimmungen", [BAUM]),
        ("versagt", [GRZ]), ("nachforderung", [FEHLT])]
    for ergebnis, befunde in faelle:
        b = entwurf(antrag(), befunde, entscheidung(ergebnis), gemeinde())
        rows.append((f"bescheid:{ergebnis}", b.zusammenfassung,
                     b.zusammenfassung_einfach.absaetze[0]))
    return rows


def geschwindigkeit(llm: Any) -> None:
    """Raw decoding speed of the loaded llama.cpp model: free text vs JSON grammar."""
    schema = {"type": "object", "properties": {"text": {"type": "string"}},
              "required": ["text"]}
    msgs = [{"role": "user", "content": "Beschreibe ein Einfamilienhaus in drei Sätzen."}]
    for name, fmt in (("frei", None), ("JSON-Grammatik", {"type": "json_object",
                                                          "schema": schema})):
        start = time.perf_counter()
        out = llm._llama.create_chat_completion(messages=msgs, max_tokens=48,
                                                temperature=0, response_format=fmt)
        dauer = time.perf_counter() - start
        n = out["usage"]["completion_tokens"]
        print(f"Dekodieren {name}: {n} Tokens in {dauer:.1f} s = {n / dauer:.1f} Tokens/s")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ohne-modell", action="store_true")
    p.add_argument("--laeufe", type=int, default=1, help="model passes over all texts")
    args = p.parse_args()
    llm: LlmClient | None = None
    audit = MemoryAuditSink()  # every call's latency and tokens, valid or not
    if not args.ohne_modell:
        from rathaus.llm.embedded import EmbeddedClient

        start = time.perf_counter()
        llm = EmbeddedClient(retries=0, timeout_s=60, audit=audit)
        print(f"Modell: {llm.modell} ({llm.version}), geladen in "
              f"{time.perf_counter() - start:.1f} s")
    print(f"{'Text':38} {'WSTF amtl.':>10} {'WSTF einf.':>10} {'FA amtl.':>9} "
          f"{'FA einf.':>9} {'Modell':>14}")
    wa, we, fa, fe, ok, n = [], [], [], [], 0, 0
    for name, amtlich, einfach in texte():
        wa.append(wiener_sachtextformel(amtlich))
        we.append(wiener_sachtextformel(einfach))
        fa.append(flesch_amstad(amtlich))
        fe.append(flesch_amstad(einfach))
        status = "–"
        for _ in range(args.laeufe if llm else 0):
            n += 1
            v = vereinfache(amtlich, einfach, llm)
            ok += v.quelle == "modell"
            status = "angenommen" if v.quelle == "modell" else "verworfen"
        print(f"{name:38} {wa[-1]:10.1f} {we[-1]:10.1f} {fa[-1]:9.1f} {fe[-1]:9.1f} "
              f"{status:>14}")
    print(f"{'Mittel':38} {statistics.mean(wa):10.1f} {statistics.mean(we):10.1f} "
          f"{statistics.mean(fa):9.1f} {statistics.mean(fe):9.1f}")
    if llm is not None:
        geschwindigkeit(llm)
    m = [r["details"] for r in audit.records]
    if m:
        lat = sorted(d["latenz_s"] for d in m)
        tps = sum(d["completion_tokens"] for d in m) / sum(d["latenz_s"] for d in m)
        gueltig = sum(d["ok"] for d in m)
        print(f"\nModell: {n} Aufrufe, {gueltig} schemagültig, {ok} bestanden die Prüfung "
              f"(sonst fester Text); {tps:.1f} Tokens/s mit JSON-Grammatik; Latenz Median "
              f"{statistics.median(lat):.2f} s, max {lat[-1]:.2f} s; Ausgabe Median "
              f"{statistics.median(d['completion_tokens'] for d in m):.0f} Tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
