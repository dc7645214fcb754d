"""A real server for the browser tests: the embedded engine, a worker and uvicorn on
free 127.0.0.1 ports (one per test session), and Debian's Chromium via Playwright."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.web.dienste.konten import registrieren
from rathaus.web.server import LiveServer, live_server
from rathaus.workflow.dienste import Frist

ROOT = Path(__file__).resolve().parents[2]
GEMEINDE = ROOT / "examples" / "musterstadt"
BEISPIEL = ROOT / "examples" / "antraege" / "BA-2026-0001-efh-lindenweg-3"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORT = "ein-sicheres-passwort"


@dataclass
class Konto:
    email: str
    name: str = ""
    passwort: str = PASSWORT


@dataclass
class Umgebung:
    server: LiveServer
    store: Store
    sachbearbeitung: Konto
    fremdes_amt: Konto
    admin: Konto

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture(scope="session")
def ohne_modell() -> Iterator[None]:
    """The Bescheid agent without a language model: its deterministic draft is what the
    web tests need, in seconds (the model's own tests are in tests/llm)."""
    from rathaus.config import settings

    alt = os.environ.get("RATHAUS_LLM__BACKEND")
    os.environ["RATHAUS_LLM__BACKEND"] = "none"
    settings.cache_clear()
    yield
    if alt is None:
        os.environ.pop("RATHAUS_LLM__BACKEND", None)
    else:
        os.environ["RATHAUS_LLM__BACKEND"] = alt
    settings.cache_clear()


@pytest.fixture(scope="session")
def umgebung(tmp_path_factory: pytest.TempPathFactory, ohne_modell: None
             ) -> Iterator[Umgebung]:
    data = tmp_path_factory.mktemp("web") / "data"
    # A day of the procedure is a minute: no deadline runs out during a test.
    with live_server(data, GEMEINDE, Frist(sekunden_pro_tag=60.0)) as server:
        store = Store.open(database_url(data), data)
        store.ensure_office("umweltamt", "Umweltamt")
        sb = Konto("sachbearbeitung@musterstadt.example", "Sabine Sachbearbeiterin")
        fremd = Konto("umwelt@musterstadt.example", "Udo Umweltamt")
        adm = Konto("admin@musterstadt.example", "Ada Admin")
        registrieren(store, sb.email, sb.name, PASSWORT, ("sachbearbeitung",), "bauaufsicht")
        registrieren(store, fremd.email, fremd.name, PASSWORT, ("sachbearbeitung",), "umweltamt")
        registrieren(store, adm.email, adm.name, PASSWORT, ("admin",))
        yield Umgebung(server, store, sb, fremd, adm)
        store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Per module: sync Playwright keeps an event loop running in this thread, which
    later tests' `asyncio.run` must not find."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (scripts/setup.sh --dev)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def anmelden(page: Any, url: str, konto: Konto) -> None:
    page.goto(f"{url}/anmelden")
    page.get_by_label("E-Mail").fill(konto.email)
    page.get_by_label("Passwort").fill(konto.passwort)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_load_state()
