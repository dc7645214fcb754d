"""Benchmark of the case engine: N cases from submission until the human decision is
pending (entscheidung), with one and with two worker processes.

    .venv/bin/python benchmarks/cases.py [--cases 50] [--bundle examples/antraege/...]

Prints the median and p95 latency per case and the cases per second. A real Temporal
dev server, real worker processes, the real store (SQLite) and agents.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from temporalio.client import Client  # noqa: E402

from rathaus.registers.folder import load_registers  # noqa: E402
from rathaus.store import Store  # noqa: E402
from rathaus.store.config import database_url  # noqa: E402
from rathaus.workflow.dienste import Frist, einreichen  # noqa: E402
from rathaus.workflow.engine import EmbeddedServer, free_port  # noqa: E402

GEMEINDE = ROOT / "examples/musterstadt"


def workers(n: int, address: str, data: Path) -> list[subprocess.Popen[bytes]]:
    env = {**os.environ, "RATHAUS_TEMPORAL_ADDRESS": address, "RATHAUS_LLM__BACKEND": "none"}
    return [subprocess.Popen([sys.executable, "-m", "rathaus.cli", "worker", "--data",
                              str(data), "--gemeinde", str(GEMEINDE)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(n)]


async def run(n_cases: int, n_workers: int, bundle: Path) -> tuple[list[float], float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        server = EmbeddedServer(data / "engine", free_port()).start()
        procs = workers(n_workers, server.address, data)
        try:
            client = await Client.connect(server.address)
            store = Store.open(database_url(data), data)
            registers = load_registers(GEMEINDE)
            t0 = time.perf_counter()
            started: dict[str, float] = {}
            for _ in range(n_cases):
                case = await einreichen(client, store, bundle, registers, Frist())
                started[case] = time.perf_counter()
            done: dict[str, float] = {}
            while len(done) < n_cases:
                for case in started.keys() - done.keys():
                    view = store.get_case(case)
                    if view is not None and view.status == "entscheidung":
                        done[case] = time.perf_counter()
                await asyncio.sleep(0.05)
            total = time.perf_counter() - t0
            return [done[c] - started[c] for c in started], n_cases / total
        finally:
            for p in procs:
                p.terminate()
                p.wait()
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--bundle", type=Path,
                        default=ROOT / "examples/antraege/BA-2026-0001-efh-lindenweg-3")
    args = parser.parse_args()
    print(f"{args.cases} cases of {args.bundle.name}, until entscheidung is pending")
    for n in (1, 2):
        lat, rate = asyncio.run(run(args.cases, n, args.bundle))
        p95 = statistics.quantiles(lat, n=20)[-1]
        print(f"  {n} worker process(es): median {statistics.median(lat):.2f} s, "
              f"p95 {p95:.2f} s, {rate:.2f} cases/s")


if __name__ == "__main__":
    main()
