"""`rathaus demo`, part 2: the example applications as cases in the case engine, with a
scripted caseworker that is clearly labelled as the demo's, not a real person."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from typing import Any

from rich.console import Console
from temporalio.client import Client

from rathaus.bericht import zusammenfassung
from rathaus.config import settings
from rathaus.registers.base import Registers
from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.workflow.dienste import Frist, einreichen, entscheiden, unterzeichnen, zustand
from rathaus.workflow.engine import EmbeddedServer, free_port
from rathaus.workflow.typen import Entscheidung, FallZustand, Unterschrift
from rathaus.workflow.worker import run_worker

DEMO_SACHBEARBEITUNG = "Demo-Skript (keine echte Sachbearbeitung)"
_ENTSCHEIDUNG = {  # what the scripted caseworker decides, with the reasons it gives
    "genehmigungsfaehig": ("genehmigt", "Demo: alle Prüfungen ohne Befund."),
    "ermessen": ("genehmigt_mit_nebenbestimmungen",
                 "Demo: Ermessen zugunsten des Vorhabens ausgeübt; Auflagen siehe Bescheid."),
    "maengel": ("versagt", "Demo: Die festgestellten Mängel stehen der Genehmigung entgegen."),
}


async def _warte(client: Client, case_id: str, pred: Any, timeout: float = 300) -> FallZustand:
    loop = asyncio.get_running_loop()
    ende = loop.time() + timeout
    while True:
        z = await zustand(client, case_id)
        if pred(z) or loop.time() > ende:
            return z
        await asyncio.sleep(0.2)


async def _fall(client: Client, store: Any, bundle: Path, registers: Registers,
                console: Console) -> dict[str, Any]:
    case = await einreichen(client, store, bundle, registers, Frist())
    z = await _warte(client, case, lambda z: z.aufgabe == "entscheidung"
                     or z.status in ("nachforderung", "zurueckgenommen"))
    entscheidung = "–"
    if z.aufgabe == "entscheidung" and z.vorschlag in _ENTSCHEIDUNG:
        ergebnis, grund = _ENTSCHEIDUNG[z.vorschlag]
        await entscheiden(client, case, Entscheidung(ergebnis, grund, DEMO_SACHBEARBEITUNG,
                                                     "bauaufsicht"))
        await _warte(client, case, lambda z: z.aufgabe == "unterzeichnung")
        await unterzeichnen(client, case, Unterschrift(DEMO_SACHBEARBEITUNG))
        z = await _warte(client, case, lambda z: z.status == "zugestellt")
        entscheidung = ergebnis
    console.print(f"  {case}  {bundle.name:<42} → {z.status}")
    return {"Vorgang": case, "Antrag": bundle.name, "Vorschlag": z.vorschlag or "–",
            "Entscheidung (Demo)": entscheidung, "Status": z.status,
            "Statuswechsel": len(store.history(case))}


async def faelle(bundles: list[Path], gemeinde: Path, registers: Registers,
                 console: Console) -> list[dict[str, Any]]:
    # The packaged 270M model writes no usable prose and costs up to minutes per notice:
    # the demo drafts with the deterministic text unless a model is configured.
    os.environ.setdefault("RATHAUS_LLM__BACKEND", "none")
    settings.cache_clear()
    data = Path("var/demo").resolve()  # kept after the demo: store, maildir, Bescheide
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    server = EmbeddedServer(data / "engine", free_port()).start()
    try:
        client = await Client.connect(server.address)
        store = Store.open(database_url(data), data)
        stop = asyncio.Event()
        worker = asyncio.create_task(run_worker(client, data, gemeinde, stop))
        console.rule(f"Fallbearbeitung (Temporal {server.address}); entschieden und "
                     f"unterschrieben wird von: {DEMO_SACHBEARBEITUNG}")
        try:
            zeilen = await _alle(client, store, bundles, registers, console)
            ok, _ = store.verify_audit()
            console.print(f"Audit-Kette: {'intakt' if ok else 'GEBROCHEN'} "
                          f"({len(store.audit_entries())} Einträge)")
            _bescheide_ablegen(store, zeilen, data / "bescheide", console)
        finally:
            stop.set()
            await worker
    finally:
        server.stop()
    zusammenfassung(zeilen, console)
    return zeilen


def _bescheide_ablegen(store: Any, zeilen: list[dict[str, Any]], ziel: Path,
                       console: Console) -> None:
    """The signed notices as files, to open and read (PDF/A-3b)."""
    ziel.mkdir(exist_ok=True)
    for z in zeilen:
        v = {d.datei: d for d in store.documents(z["Vorgang"])}.get("bescheid/bescheid.pdf") \
            if z["Vorgang"] != "–" else None
        if v is not None:
            (ziel / f"{z['Vorgang']}.pdf").write_bytes(store.read_document(v.sha256))
    console.print(f"Unterzeichnete Bescheide (PDF/A): {ziel}/ · Mails: {ziel.parent}/maildir/")


async def _alle(client: Client, store: Any, bundles: list[Path], registers: Registers,
                console: Console) -> list[dict[str, Any]]:
    """All cases at once, as applications arrive; one failing case is reported, not fatal."""
    ergebnisse = await asyncio.gather(
        *(_fall(client, store, b, registers, console) for b in bundles), return_exceptions=True)
    zeilen = []
    for bundle, r in zip(bundles, ergebnisse, strict=True):
        if isinstance(r, BaseException):
            console.print(f"[red]  {bundle.name}: {type(r).__name__}: {r}[/]")
            r = {"Vorgang": "–", "Antrag": bundle.name, "Vorschlag": "–",
                 "Entscheidung (Demo)": "–", "Status": f"Fehler: {r}", "Statuswechsel": 0}
        zeilen.append(r)
    return zeilen


def run_faelle(bundles: list[Path], gemeinde: Path, registers: Registers,
               console: Console) -> list[dict[str, Any]]:
    return asyncio.run(faelle(bundles, gemeinde, registers, console))
