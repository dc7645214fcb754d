"""Serving: the pages with uvicorn, and with `rathaus serve` the engine's worker in the
same process and event loop. `LiveServer` runs the whole stack in a thread for the
browser tests and the screenshots."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from temporalio.client import Client

from rathaus.web.app import create_app
from rathaus.web.config import WebSettings
from rathaus.web.kontext import neuer_kontext
from rathaus.workflow.dienste import Frist
from rathaus.workflow.worker import run_worker


def uvicorn_server(app: Any, host: str, port: int) -> uvicorn.Server:
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            lifespan="off", proxy_headers=False)
    return uvicorn.Server(config)


async def web_und_worker(client: Client | None, data: Path, gemeinde: Path, host: str,
                         port: int, stop: asyncio.Event, cfg: WebSettings | None = None,
                         frist: Frist | None = None) -> None:
    """Serve the pages (and, given a client, run the worker) until `stop` is set."""
    k = neuer_kontext(data, gemeinde, cfg, frist, client)
    server = uvicorn_server(create_app(k), host, port)
    web = asyncio.create_task(server.serve())
    tasks = [web]
    if client is not None:
        tasks.append(asyncio.create_task(run_worker(client, data, gemeinde, stop)))
    # uvicorn handles Ctrl-C itself in the main thread: its end stops the worker too
    warten = asyncio.create_task(stop.wait())
    await asyncio.wait([warten, web], return_when=asyncio.FIRST_COMPLETED)
    stop.set()
    server.should_exit = True
    for t in tasks:
        with suppress(asyncio.CancelledError):
            await t
    k.store.close()


@dataclass
class LiveServer:
    url: str
    data: Path


@contextmanager
def live_server(data: Path, gemeinde: Path, frist: Frist, cfg: WebSettings | None = None
                ) -> Iterator[LiveServer]:
    """Engine (embedded dev server), worker and web app on free 127.0.0.1 ports."""
    from rathaus.workflow.engine import EmbeddedServer, free_port

    data.mkdir(parents=True, exist_ok=True)
    engine = EmbeddedServer(data / "engine", free_port()).start()
    port = free_port()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    bereit = threading.Event()
    fehler: list[BaseException] = []

    async def main() -> None:
        client = await Client.connect(engine.address)
        bereit.set()
        await web_und_worker(client, data, gemeinde, "127.0.0.1", port, stop, cfg, frist)

    def run() -> None:
        try:
            loop.run_until_complete(main())
        except BaseException as exc:  # surfaced to the test below
            fehler.append(exc)
            bereit.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        bereit.wait(60)
        _warte_auf_port(port, fehler)
        yield LiveServer(f"http://127.0.0.1:{port}", data)
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(30)
        engine.stop()


def _warte_auf_port(port: int, fehler: list[BaseException], timeout: float = 30.0) -> None:
    import socket
    import time

    ende = time.monotonic() + timeout
    while time.monotonic() < ende:
        if fehler:
            raise RuntimeError("web server did not start") from fehler[0]
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"web server not up on port {port}")
