"""The worker: runs the case workflows and their activities against an engine."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from temporalio.client import Client
from temporalio.worker import Worker

from rathaus.config import settings
from rathaus.registers.folder import load_registers
from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.store.notify import MaildirSender, deliver_pending
from rathaus.workflow import TASK_QUEUE
from rathaus.workflow.aktivitaeten import Aktivitaeten
from rathaus.workflow.fall import Fall


def build_worker(client: Client, data: Path, gemeinde: Path,
                 executor: ThreadPoolExecutor) -> Worker:
    store = Store.open(database_url(data), data)
    sender = MaildirSender(data / "maildir")
    akt = Aktivitaeten(store=store, registers=load_registers(gemeinde), cfg=settings(),
                       zustellen=lambda s: deliver_pending(s, sender))
    return Worker(client, task_queue=TASK_QUEUE, workflows=[Fall], activities=akt.alle(),
                  activity_executor=executor, max_concurrent_activities=8)


async def run_worker(client: Client, data: Path, gemeinde: Path,
                     stop: asyncio.Event | None = None) -> None:
    """Run until `stop` is set (or forever)."""
    with ThreadPoolExecutor(max_workers=8) as executor:
        worker = build_worker(client, data, gemeinde, executor)
        async with worker:
            await (stop.wait() if stop else asyncio.Event().wait())
