"""`rathaus demo`: the pre-check of every example application against Musterstadt."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from rathaus.bericht import zeige, zusammenfassung
from rathaus.errors import RathausError
from rathaus.intake.bundle import lade_vorgang
from rathaus.pruefung import Pruefbericht, agenten, pruefe
from rathaus.registers.folder import load_registers


def erwartet_passt(bericht: Pruefbericht, erwartet: dict[str, Any]) -> bool:
    """The findings of the agents that exist match the expected ones (code, objekt)."""
    codes = {c for a in agenten() for c in a.codes}
    soll = sorted((b["code"], b.get("objekt")) for b in erwartet.get("befunde", [])
                  if b["code"] in codes)
    ist = sorted((b.code, b.objekt) for b in bericht.befunde)
    return soll == ist


def run_demo(beispiele: Path, console: Console, mit_faellen: bool = True) -> int:
    try:
        registers = load_registers(beispiele / "musterstadt")
    except RathausError as exc:
        console.print(f"[red]rathaus: error: {exc}[/]")
        return 2
    console.rule(f"Musterstadt: {len(registers.flurstuecke)} Flurstücke, "
                 f"{len(registers.bplaene)} Bebauungspläne")
    zeilen = []
    for bundle in sorted(p for p in (beispiele / "antraege").iterdir() if p.is_dir()):
        start = time.perf_counter()
        bericht = pruefe(lade_vorgang(bundle), registers)
        dauer = time.perf_counter() - start
        zeige(bericht, console, quelle=str(bundle))
        erwartet_datei = bundle / "erwartet.json"
        passt = "–"
        if erwartet_datei.exists():
            ok = erwartet_passt(bericht, json.loads(erwartet_datei.read_text("utf-8")))
            passt = "ja" if ok else "NEIN"
        zeilen.append({"Antrag": bundle.name, "Ergebnis": bericht.ergebnis,
                       "Befunde": len(bericht.befunde),
                       "Codes": ", ".join(sorted({b.code for b in bericht.befunde})) or "–",
                       "wie erwartet": passt, "Sekunden": f"{dauer:.2f}"})
    zusammenfassung(zeilen, console)
    if not mit_faellen:
        return 0 if all(z["wie erwartet"] != "NEIN" for z in zeilen) else 1
    from rathaus.demo_fall import run_faelle

    bundles = sorted(p for p in (beispiele / "antraege").iterdir() if p.is_dir())
    faelle = run_faelle(bundles, beispiele / "musterstadt", registers, console)
    ok = all(z["wie erwartet"] != "NEIN" for z in zeilen) and all(
        f["Status"] in ("zugestellt", "nachforderung") for f in faelle)
    return 0 if ok else 1
