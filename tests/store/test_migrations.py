"""Store.open creates the schema by running the Alembic migrations, on both databases."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from rathaus.store import Store
from rathaus.store.engine import current_revision, downgrade, head_revision, make_engine, upgrade
from rathaus.store.models import Base

TABLES = {"alembic_version", "audit_head", "audit_log", "case_sequence", "cases",
          "deadline_events", "decisions", "document_versions", "finding_runs", "findings",
          "notifications", "status_history", "offices", "users", "user_roles",
          "web_sessions", "case_applicants", "drafts"}


def test_open_creates_every_table_at_the_newest_revision(store: Store) -> None:
    assert set(inspect(store.engine).get_table_names()) == TABLES
    assert current_revision(store.engine) == head_revision() == "0002"


def test_models_and_migrations_describe_the_same_schema(store: Store) -> None:
    # A model changed without a migration (or the reverse) shows up as a difference.
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_downgrade_and_upgrade_again(store: Store) -> None:
    downgrade(store.engine, "base")
    assert set(inspect(store.engine).get_table_names()) == {"alembic_version"}
    upgrade(store.engine)
    assert set(inspect(store.engine).get_table_names()) == TABLES
    assert store.verify_audit() == (True, None)


def test_opening_again_keeps_the_data(db_url: str, data: Path) -> None:
    with Store.open(db_url, data=data) as first:
        case_id = first.create_case({}, "bauantrag", "bauaufsicht", "portal")
    with Store.open(db_url, data=data) as second:
        view = second.get_case(case_id)
        assert view is not None and view.status == "eingegangen"


def test_processes_starting_at_once_migrate_once(db_url: str, data: Path) -> None:
    # worker and server start together on a fresh database: both must come up
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def open_store() -> None:
        barrier.wait()
        try:
            Store.open(db_url, data=data).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
