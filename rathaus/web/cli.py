"""CLI: `rathaus web` (pages only, the engine runs elsewhere), `rathaus konto` (accounts
and offices, e.g. the first admin), and the web part of `rathaus serve`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import signal
import sys
from pathlib import Path
from typing import Any

from rathaus.errors import InputError


def _stop_event() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def serve_alles(client: Any, data: Path, gemeinde: Path, host: str, port: int) -> None:
    """`rathaus serve`: worker and pages in one process and event loop."""
    from rathaus.web.server import web_und_worker

    print(f"rathaus: web app on http://{host}:{port}/ (API: /docs)", file=sys.stderr)
    await web_und_worker(client, data, gemeinde, host, port, _stop_event())


def cmd_web(args: argparse.Namespace) -> int:
    from rathaus.cli_fall import data_dir
    from rathaus.web.server import web_und_worker

    async def main() -> None:
        print(f"rathaus: web app on http://{args.host}:{args.port}/", file=sys.stderr)
        await web_und_worker(None, data_dir(args), Path(args.gemeinde), args.host, args.port,
                             _stop_event())

    asyncio.run(main())
    return 0


def cmd_konto(args: argparse.Namespace) -> int:
    from rathaus.cli_fall import data_dir
    from rathaus.store import Store
    from rathaus.store.config import database_url
    from rathaus.web.dienste import konten
    from rathaus.web.dienste.entwurf import Fehler

    data = data_dir(args)
    with Store.open(database_url(data), data) as store:
        if args.amt:
            store.ensure_office(args.amt, args.amt_name or args.amt, actor="cli")
        passwort = os.environ.get(args.passwort_env) if args.passwort_env else None
        passwort = passwort or getpass.getpass("Passwort: ")
        try:
            user = konten.registrieren(store, args.email, args.name, passwort, tuple(args.rolle),
                                       args.amt, actor="cli")
        except Fehler as exc:
            raise InputError("; ".join(exc.fehler.values())) from exc
    print(f"{user.id}\t{user.email}\t{','.join(user.roles)}\t{user.office_id or '-'}")
    return 0


def add_commands(sub: Any, gemeinde_default: str) -> None:
    w = sub.add_parser("web", help="serve the portal and workbench only (engine elsewhere)")
    w.add_argument("--data", metavar="DIR", help="data folder (env RATHAUS_DATA)")
    w.add_argument("--gemeinde", default=gemeinde_default, metavar="DIR")
    w.add_argument("--host", default="127.0.0.1")
    w.add_argument("--port", type=int, default=8000)
    w.set_defaults(func=cmd_web)
    k = sub.add_parser("konto", help="create an account (e.g. the first admin)")
    k.add_argument("--data", metavar="DIR", help="data folder (env RATHAUS_DATA)")
    k.add_argument("--email", required=True)
    k.add_argument("--name", required=True)
    k.add_argument("--rolle", action="append", required=True,
                   choices=["antragsteller", "sachbearbeitung", "admin"])
    k.add_argument("--amt", default=None, help="office id; created if missing")
    k.add_argument("--amt-name", default=None)
    k.add_argument("--passwort-env", metavar="VAR", help="read the password from $VAR")
    k.set_defaults(func=cmd_konto)
