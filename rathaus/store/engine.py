"""Engines for SQLite and PostgreSQL, and the programmatic `alembic upgrade head`.

SQLite needs care to be safe with several threads and processes:
- WAL lets readers go on while one writer writes; `busy_timeout` makes a second writer
  wait instead of failing at once; foreign keys are off unless switched on per connection.
- A write transaction starts with `BEGIN IMMEDIATE`, taking the write lock up front.
  With a plain (deferred) BEGIN, a transaction that reads and then writes can fail with
  "database is locked" regardless of busy_timeout when another writer committed in
  between (SQLITE_BUSY_SNAPSHOT). Taking the lock first is SQLite's SELECT … FOR UPDATE.
"""

from __future__ import annotations

import sqlite3
import time
import zlib
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.pool import ConnectionPoolEntry

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "rathaus_write"  # execution option: this transaction will write
# Any fixed number: the key of the PostgreSQL advisory lock held while migrating.
_MIGRATION_LOCK = zlib.crc32(b"rathaus.store.migrations")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    if ":memory:" in url or url.rstrip("/") == "sqlite:":
        raise ValueError("the store needs a SQLite file: WAL and several connections")
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # The driver's own transaction handling (BEGIN only before DML) is switched off;
    # _sqlite_on_begin emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _wal(cursor)
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _wal(cursor: Any) -> None:
    """Switch to WAL. The switch needs the database to itself and SQLite does not wait
    for it through busy_timeout: processes opening a fresh file together would get
    "database is locked". Retry for as long as busy_timeout would have waited."""
    frist = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > frist:
                raise
            time.sleep(0.02)


def _sqlite_on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`, safely when several processes start at once.

    The whole upgrade runs in one transaction (both databases have transactional DDL)
    under a lock: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL. The second
    process waits, then finds the schema current and does nothing.
    """
    if revision == "head" and current_revision(engine) == head_revision():
        return  # the common case: no lock, no writes
    _run_alembic(engine, lambda cfg: command.upgrade(cfg, revision))


def downgrade(engine: Engine, revision: str) -> None:
    _run_alembic(engine, lambda cfg: command.downgrade(cfg, revision))


def _run_alembic(engine: Engine, action: Any) -> None:
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            action(cfg)


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg
