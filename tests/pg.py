"""A throwaway PostgreSQL server for the tests, from Debian's packages.

`pg_server` (session scope) runs initdb in a temporary folder, starts the server on a
free port on 127.0.0.1 and stops it after the session; each test gets its own database
from `PgServer.database()`. As root, the server runs as the `postgres` user (PostgreSQL
refuses to run as root). Without the binaries the PostgreSQL variants are skipped with
the reason; `scripts/setup.sh --dev` installs them, so CI runs them.
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

INITDB_GLOB = "/usr/lib/postgresql/*/bin/initdb"


def find_bindir() -> Path | None:
    found = sorted(glob.glob(INITDB_GLOB),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class PgServer:
    def __init__(self, bindir: Path, base: Path) -> None:
        self.bindir, self.base = bindir, base
        self.datadir = base / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *cmd: str) -> None:
        argv = list(cmd)
        if self.as_postgres:  # initdb and postgres refuse to run as root
            argv = ["su", "postgres", "-c", shlex.join(argv)]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> None:
        if self.as_postgres:
            shutil.chown(self.base, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", "postgres",
                  "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")
        # fsync off: a test server that loses data on a power cut is fine, and much faster
        options = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-o", options,
                  "-l", str(self.base / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w",
                  "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    @contextmanager
    def database(self) -> Iterator[str]:
        """A fresh, empty database for one test; dropped afterwards."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            yield self.url(name)
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()


def _postgres_user_exists() -> bool:
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(f"PostgreSQL binaries missing ({INITDB_GLOB}); "
                    "`scripts/setup.sh --dev` installs Debian's postgresql")
    if os.geteuid() == 0 and not _postgres_user_exists():
        pytest.skip("running as root, but there is no `postgres` user to run the server")
    # Not under pytest's tmp folder: as root that is private (0700) to root, and the
    # server, running as postgres, could not enter it. Short, too: socket paths are limited.
    base = Path(tempfile.mkdtemp(prefix="rathaus-pg-"))
    server = PgServer(bindir, base)
    try:
        server.start()
        yield server
        server.stop()
    finally:
        shutil.rmtree(base, ignore_errors=True)
