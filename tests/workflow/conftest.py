"""A real Temporal dev server for the case-engine tests (one per session) and an
in-process worker per test."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from temporalio.client import Client

from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.workflow.engine import EmbeddedServer, free_port
from rathaus.workflow.worker import run_worker
from tests.bundles import write_gemeinde

# Bescheid prose from the deterministic template: the engine's tests are about the engine.
os.environ["RATHAUS_LLM__BACKEND"] = "none"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[EmbeddedServer]:
    """A fresh dev server per test (~0.5 s): case ids restart with each fresh store."""
    server = EmbeddedServer(tmp_path / "engine", free_port()).start()
    yield server
    server.stop()


@dataclass
class Umgebung:
    client: Client
    store: Any
    data: Path
    gemeinde: Path


@asynccontextmanager
async def umgebung(engine: EmbeddedServer, tmp: Path,
                   neu: bool = True) -> AsyncIterator[Umgebung]:
    """A client, a store and a running worker for one test (`neu=False`: reuse the data)."""
    data, gemeinde = tmp / "data", tmp / "gemeinde"
    if neu:
        write_gemeinde(gemeinde)
        data.mkdir()
    client = await Client.connect(engine.address)
    stop = asyncio.Event()
    task = asyncio.create_task(run_worker(client, data, gemeinde, stop))
    try:
        yield Umgebung(client, Store.open(database_url(data), data), data, gemeinde)
    finally:
        stop.set()
        await task


async def warte_auf(client: Client, case_id: str, pred: Any, timeout: float = 60.0) -> Any:
    """Poll the workflow's state until `pred(zustand)` holds."""
    from rathaus.workflow.dienste import zustand

    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        z = await zustand(client, case_id)
        if pred(z):
            return z
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{case_id}: timed out in state {z}")
        await asyncio.sleep(0.2)
