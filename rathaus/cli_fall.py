"""CLI commands of the case engine: serve, worker, einreichen, status, nachreichen,
aufgaben, entscheiden, frist, unterzeichnen."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rathaus.workflow.typen import Entscheidung, FristEntscheidung, Unterschrift


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data or os.environ.get("RATHAUS_DATA") or "var").resolve()


def _store(args: argparse.Namespace) -> Any:
    from rathaus.store import Store
    from rathaus.store.config import database_url

    data = data_dir(args)
    return Store.open(database_url(data), data)


def _print(args: argparse.Namespace, obj: dict[str, Any], text: str) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str) if args.json else text)


async def _client(args: argparse.Namespace) -> Any:
    from rathaus.workflow.engine import connect

    return await connect(data_dir(args))


def cmd_serve(args: argparse.Namespace) -> int:
    from rathaus.workflow.engine import (
        EmbeddedServer,
        EngineSettings,
        connect,
        free_port,
        write_engine_file,
    )  # fmt: skip
    from rathaus.workflow.worker import run_worker

    data = data_dir(args)
    data.mkdir(parents=True, exist_ok=True)
    server = None
    if EngineSettings().address is None:
        server = EmbeddedServer(data, args.engine_port or free_port()).start()
        write_engine_file(data, server.address)
        print(f"rathaus: case engine (Temporal dev server) on {server.address}, "
              f"data in {data}", file=sys.stderr)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        client = await connect(data)
        print("rathaus: worker running; stop with Ctrl-C", file=sys.stderr)
        if args.ohne_web:
            await run_worker(client, data, Path(args.gemeinde), stop)
        else:  # the web app in the same process and event loop
            from rathaus.web.cli import serve_alles

            await serve_alles(client, data, Path(args.gemeinde), args.host, args.port)

    try:
        asyncio.run(main())
    finally:
        if server:
            server.stop()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from rathaus.workflow.worker import run_worker

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run_worker(await _client(args), data_dir(args), Path(args.gemeinde), stop)

    asyncio.run(main())
    return 0


def cmd_einreichen(args: argparse.Namespace) -> int:
    from rathaus.registers.folder import load_registers
    from rathaus.workflow.dienste import einreichen

    async def main() -> str:
        return await einreichen(await _client(args), _store(args), Path(args.bundle),
                                load_registers(Path(args.gemeinde)))

    case_id = asyncio.run(main())
    _print(args, {"id": case_id, "status": "eingegangen"}, case_id)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    store = _store(args)
    case = store.get_case(args.id)
    if case is None:
        print(f"rathaus: error: {args.id}: kein solcher Vorgang", file=sys.stderr)
        return 2
    historie = [{"status": h.status, "zeit": h.at, "notiz": h.note, "akteur": h.actor}
                for h in store.history(args.id)]
    text = "\n".join(f"{h['zeit']:%d.%m.%Y %H:%M:%S}  {h['status']:<26} {h['notiz']}"
                     for h in historie)
    _print(args, {"id": args.id, "status": case.status, "historie": historie},
           f"{args.id}: {case.status}\n{text}")
    return 0


def cmd_nachreichen(args: argparse.Namespace) -> int:
    from rathaus.workflow.dienste import nachreichen, typ_aus_datei

    dateien = [typ_aus_datei(f) for f in args.dateien]

    async def main() -> str:
        return await nachreichen(await _client(args), _store(args), args.id, dateien)

    _print(args, {"id": args.id, "ergebnis": (r := asyncio.run(main()))}, r)
    return 0


def cmd_aufgaben(args: argparse.Namespace) -> int:
    from rathaus.workflow.dienste import zustand

    store = _store(args)

    async def main() -> list[dict[str, Any]]:
        client = await _client(args)
        rows = []
        for case in store.list_cases(args.amt):
            z = await zustand(client, case.id)
            if z.aufgabe:
                rows.append(asdict(z))
        return sorted(rows, key=lambda r: r["frist"] or "9999")

    rows = asyncio.run(main())
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            mark = "ÜBERFÄLLIG " if r["ueberfaellig"] else ("Frist bald " if r["frist_warnung"]
                                                            else "")
            print(f"{r['case_id']:<14} {r['aufgabe']:<16} Frist {r['frist'] or '–':<33} "
                  f"{mark}Vorschlag: {r['vorschlag'] or '–'}")
    return 0


def cmd_entscheiden(args: argparse.Namespace) -> int:
    from rathaus.workflow.dienste import entscheiden

    e = Entscheidung(args.ergebnis, args.begruendung or "", args.von, args.amt)

    async def main() -> str:
        return await entscheiden(await _client(args), args.id, e)

    _print(args, {"id": args.id, "ergebnis": asyncio.run(main())},
           f"{args.id}: entschieden ({args.ergebnis})")
    return 0


def cmd_frist(args: argparse.Namespace) -> int:
    from rathaus.workflow.dienste import frist_entscheiden

    fe = FristEntscheidung(args.zuruecknehmen, args.von, (args.verlaengern or 0) * 86_400.0)

    async def main() -> str:
        return await frist_entscheiden(await _client(args), args.id, fe)

    _print(args, {"id": args.id, "ergebnis": (r := asyncio.run(main()))}, f"{args.id}: {r}")
    return 0


def cmd_unterzeichnen(args: argparse.Namespace) -> int:
    from rathaus.workflow.dienste import unterzeichnen

    async def main() -> str:
        return await unterzeichnen(await _client(args), args.id, Unterschrift(args.name))

    _print(args, {"id": args.id, "ergebnis": asyncio.run(main())},
           f"{args.id}: unterzeichnet von {args.name}")
    return 0


def cmd_bescheid(args: argparse.Namespace) -> int:
    """Write a case's signed Bescheid (or with --entwurf its draft) as PDF."""
    from rathaus.workflow.bescheid import BESCHEID_PDF, ENTWURF_PDF

    store = _store(args)
    if store.get_case(args.id) is None:
        print(f"rathaus: error: {args.id}: kein solcher Vorgang", file=sys.stderr)
        return 2
    datei = ENTWURF_PDF if args.entwurf else BESCHEID_PDF
    version = {v.datei: v for v in store.documents(args.id)}.get(datei)
    if version is None:
        print(f"rathaus: error: {args.id}: kein {'Entwurf' if args.entwurf else 'unterzeichneter'}"
              " Bescheid vorhanden", file=sys.stderr)
        return 2
    out = Path(args.out or f"{args.id}-{'entwurf' if args.entwurf else 'bescheid'}.pdf")
    out.write_bytes(store.read_document(version.sha256))
    _print(args, {"id": args.id, "datei": str(out), "sha256": version.sha256}, str(out))
    return 0


def add_commands(sub: Any, gemeinde_default: str) -> None:
    def p(name: str, func: Any, help_: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, help=help_)
        parser.add_argument("--data", metavar="DIR", help="data folder (env RATHAUS_DATA; "
                            "default ./var)")
        parser.add_argument("--json", action="store_true", help="machine-readable output")
        parser.set_defaults(func=func)
        return parser

    s = p("serve", cmd_serve, "run the embedded case engine, the workers and the web app")
    s.add_argument("--gemeinde", default=gemeinde_default, metavar="DIR")
    s.add_argument("--host", default="127.0.0.1", help="web app address")
    s.add_argument("--port", type=int, default=8000, help="web app port (default 8000)")
    s.add_argument("--engine-port", type=int, default=0,
                   help="engine port (default: a free one)")
    s.add_argument("--ohne-web", action="store_true", help="engine and workers only")
    w = p("worker", cmd_worker, "run workers only, against a running engine or cluster")
    w.add_argument("--gemeinde", default=gemeinde_default, metavar="DIR")
    e = p("einreichen", cmd_einreichen, "submit an application bundle")
    e.add_argument("bundle", metavar="BUNDLE")
    e.add_argument("--gemeinde", default=gemeinde_default, metavar="DIR")
    p("status", cmd_status, "a case's status and history").add_argument("id", metavar="ID")
    n = p("nachreichen", cmd_nachreichen, "file missing documents (TYP=DATEI or DATEI)")
    n.add_argument("id", metavar="ID")
    n.add_argument("dateien", nargs="+", metavar="FILE")
    a = p("aufgaben", cmd_aufgaben, "the caseworker's inbox, sorted by deadline")
    a.add_argument("--amt", default=None)
    d = p("entscheiden", cmd_entscheiden, "record a caseworker's decision")
    d.add_argument("id", metavar="ID")
    d.add_argument("--ergebnis", required=True, choices=[
        "genehmigt", "genehmigt_mit_nebenbestimmungen", "versagt", "nachforderung"])
    d.add_argument("--begruendung", default="")
    d.add_argument("--von", default=os.environ.get("USER", "sachbearbeitung"))
    d.add_argument("--amt", default="bauaufsicht")
    f = p("frist", cmd_frist, "after a missed Nachforderung: withdraw or extend")
    f.add_argument("id", metavar="ID")
    g = f.add_mutually_exclusive_group(required=True)
    g.add_argument("--zuruecknehmen", action="store_true")
    g.add_argument("--verlaengern", type=float, metavar="TAGE")
    f.add_argument("--von", default=os.environ.get("USER", "sachbearbeitung"))
    b = p("bescheid", cmd_bescheid, "write a case's Bescheid as PDF/A")
    b.add_argument("id", metavar="ID")
    b.add_argument("--out", metavar="FILE.pdf")
    b.add_argument("--entwurf", action="store_true", help="the draft instead of the signed one")
    u = p("unterzeichnen", cmd_unterzeichnen, "sign the drafted Bescheid")
    u.add_argument("id", metavar="ID")
    u.add_argument("--name", required=True)
