"""Reliability against a real dev server: a killed worker, a restarted server."""

from __future__ import annotations

import asyncio
import mailbox
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from temporalio.client import Client

from rathaus.procedures.bauantrag import FACHAGENTEN
from rathaus.registers.folder import load_registers
from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.workflow.dienste import Frist, einreichen, entscheiden, unterzeichnen, zustand
from rathaus.workflow.engine import EmbeddedServer, free_port
from rathaus.workflow.typen import Entscheidung, Unterschrift
from tests.bundles import antrag, write_bundle, write_gemeinde
from tests.workflow.conftest import umgebung, warte_auf

BEGRUENDUNG = "Erschließung durch städtebaulichen Vertrag gesichert."


def _worker(engine: EmbeddedServer, data: Path, gemeinde: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "RATHAUS_TEMPORAL_ADDRESS": engine.address}
    return subprocess.Popen([sys.executable, "-m", "tests.workflow.langsamer_worker", "worker",
                             "--data", str(data), "--gemeinde", str(gemeinde)], env=env,
                            cwd=Path(__file__).resolve().parents[2],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killed_worker_case_completes_without_duplicates(engine: EmbeddedServer,
                                                         tmp_path: Path) -> None:
    data, gemeinde = tmp_path / "data", write_gemeinde(tmp_path / "gemeinde")
    data.mkdir()
    store = Store.open(database_url(data), data)

    async def szenario() -> str:
        client = await Client.connect(engine.address)
        first = _worker(engine, data, gemeinde)
        case = await einreichen(client, store, write_bundle(tmp_path / "b", antrag()),
                                load_registers(gemeinde), Frist(sekunden_pro_tag=60.0),
                                fachagenten=[*FACHAGENTEN, "langsam"])
        for _ in range(1200):  # at most 60 s
            if "fachpruefung" in [h.status for h in store.history(case)]:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.5)  # the quick agents are done, "langsam" is running
        assert "langsam" not in {r.pruefer for r in store.finding_runs(case)}
        first.send_signal(signal.SIGKILL)  # mid-fachprüfung
        first.wait()
        second = _worker(engine, data, gemeinde)
        try:
            await warte_auf(client, case, lambda z: z.aufgabe == "entscheidung", timeout=120)
        finally:
            second.terminate()
            second.wait()
        return case

    case = asyncio.run(szenario())
    runs = Counter((r.pruefer, r.run) for r in store.finding_runs(case))
    assert runs and all(n == 1 for n in runs.values())
    assert {p for p, _ in runs} == {"vollstaendigkeit", *FACHAGENTEN, "langsam"}
    keys = [n.key for n in store.notifications(case)]
    assert len(keys) == len(set(keys))
    mails = list(mailbox.Maildir(data / "maildir", create=False))
    assert len(mails) == len(store.history(case))  # one mail per status, none twice


def test_restarted_server_continues_running_cases(tmp_path: Path) -> None:
    port = free_port()
    server = EmbeddedServer(tmp_path / "engine", port).start()

    async def bis_entscheidung() -> str:
        async with umgebung(server, tmp_path) as u:
            bundle = write_bundle(tmp_path / "b", antrag())
            case = await einreichen(u.client, u.store, bundle, load_registers(u.gemeinde),
                                    Frist(sekunden_pro_tag=60.0))
            await warte_auf(u.client, case, lambda z: z.aufgabe == "entscheidung")
            return case

    case = asyncio.run(bis_entscheidung())
    server.stop()
    server = EmbeddedServer(tmp_path / "engine", port).start()  # same SQLite file

    async def weiter() -> str:
        async with umgebung(server, tmp_path, neu=False) as u:
            assert (await zustand(u.client, case)).aufgabe == "entscheidung"
            await entscheiden(u.client, case, Entscheidung("genehmigt", BEGRUENDUNG, "Frau Kaya",
                                                           "bauaufsicht"))
            await warte_auf(u.client, case, lambda z: z.aufgabe == "unterzeichnung")
            await unterzeichnen(u.client, case, Unterschrift("Frau Kaya"))
            z = await warte_auf(u.client, case, lambda z: z.status == "zugestellt")
            return str(z.status)

    try:
        assert asyncio.run(weiter()) == "zugestellt"
    finally:
        server.stop()
