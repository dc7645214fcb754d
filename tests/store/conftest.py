"""Every store test runs twice: on SQLite (WAL) and on PostgreSQL (`tests/pg.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rathaus.store import Store
from rathaus.store.config import sqlite_url
from tests.pg import PgServer, pg_server

__all__ = ["pg_server"]  # a fixture: imported so that pytest finds it here


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, data: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(data)
        return
    server: PgServer = request.getfixturevalue("pg_server")
    with server.database() as url:
        yield url


@pytest.fixture
def store(db_url: str, data: Path) -> Iterator[Store]:
    with Store.open(db_url, data=data) as opened:
        yield opened
