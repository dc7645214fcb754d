"""What every request handler needs: the store, the registers, the case engine client,
the settings. One `Kontext` per app, at `app.state.kontext`."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request
from temporalio.client import Client

from rathaus.procedures import bauantrag
from rathaus.registers.base import Registers
from rathaus.registers.folder import load_registers
from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.web.config import WebSettings, secret_key
from rathaus.workflow.dienste import Frist


@dataclass
class Kontext:
    store: Store
    registers: Registers
    data: Path
    gemeinde: Path
    cfg: WebSettings
    key: bytes
    frist: Frist
    client_fest: Client | None = None  # given by `rathaus serve`; else connected lazily
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def client(self) -> Client:
        """The engine client (`rathaus web` connects on first use: the engine may start
        after the pages)."""
        if self.client_fest is None:
            from rathaus.workflow.engine import connect

            async with self._lock:
                if self.client_fest is None:
                    self.client_fest = await connect(self.data)
        return self.client_fest


def neuer_kontext(data: Path, gemeinde: Path, cfg: WebSettings | None = None,
                  frist: Frist | None = None, client: Client | None = None) -> Kontext:
    cfg = cfg or WebSettings()
    store = Store.open(database_url(data), data)
    store.ensure_office(bauantrag.AMT, "Bauaufsicht")
    return Kontext(store=store, registers=load_registers(gemeinde), data=data,
                   gemeinde=gemeinde, cfg=cfg, key=secret_key(cfg, data),
                   frist=frist or Frist(cfg.sekunden_pro_tag), client_fest=client)


def kontext(request: Request) -> Kontext:
    k: Any = request.app.state.kontext
    assert isinstance(k, Kontext)
    return k
