"""Where the data lives: --data over RATHAUS_DATA over ./var; the database URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from rathaus.store import Store
from rathaus.store.config import data_dir, database_url, normalise_url


def test_the_data_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RATHAUS_DATA", "/srv/rathaus")
    assert data_dir("/tmp/x") == Path("/tmp/x")
    assert data_dir(None) == Path("/srv/rathaus")
    monkeypatch.delenv("RATHAUS_DATA")
    assert data_dir(None) == Path("var")


def test_sqlite_in_the_data_folder_unless_a_url_is_set(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.delenv("RATHAUS_DATABASE_URL", raising=False)
    assert database_url(tmp_path) == f"sqlite:///{tmp_path.resolve()}/rathaus.db"
    monkeypatch.setenv("RATHAUS_DATABASE_URL", "postgresql://rathaus@db/rathaus")
    assert database_url(tmp_path) == "postgresql+psycopg://rathaus@db/rathaus"


def test_plain_postgres_urls_use_psycopg_3() -> None:
    assert normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("sqlite:////x/y.db") == "sqlite:////x/y.db"


def test_the_default_store_is_sqlite_with_wal_and_foreign_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RATHAUS_DATABASE_URL", raising=False)
    monkeypatch.setenv("RATHAUS_DATA", str(tmp_path / "var"))
    with Store.open() as store, store.engine.connect() as conn:
        assert (tmp_path / "var" / "rathaus.db").exists()
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() == 30_000


def test_sqlite_in_memory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="SQLite file"):
        Store.open("sqlite:///:memory:", data=tmp_path)
