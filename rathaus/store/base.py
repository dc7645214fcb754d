"""The store's lifecycle, transactions, the outbox and the audit trail; `Store` adds
the case records on top. Each public method is one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from rathaus.errors import InputError
from rathaus.store import auditlog, config, engine
from rathaus.store.blobs import BlobStore
from rathaus.store.dao import notifications as outbox_q
from rathaus.store.models import AuditEntry
from rathaus.store.views import AuditCheck, AuditView, NotificationView

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_text(name: str, value: str, max_len: int) -> str:
    """PostgreSQL enforces column lengths and SQLite does not: check here for both."""
    if not value.strip() or len(value) > max_len:
        raise InputError(f"{name}: 1 bis {max_len} Zeichen erwartet, erhalten {value!r:.80}")
    return value


class StoreBase:
    def __init__(self, db: Engine, data: Path, clock: Clock = utc_now) -> None:
        self.engine = db
        self.data = data
        self.blobs = BlobStore(config.blob_dir(data))
        self._clock = clock
        self._sessions = sessionmaker(db, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, data: str | Path | None = None, *,
             clock: Clock = utc_now) -> Self:
        """Connect and bring the schema to the newest migration. `url` defaults to
        `RATHAUS_DATABASE_URL`, else SQLite in the data folder (`--data`/`RATHAUS_DATA`)."""
        folder = config.data_dir(data)
        folder.mkdir(parents=True, exist_ok=True)
        db = engine.make_engine(config.normalise_url(url or config.database_url(folder)))
        try:
            engine.upgrade(db)
        except BaseException:
            db.dispose()
            raise
        return cls(db, folder, clock)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            # Marks the transaction as writing before it begins: BEGIN IMMEDIATE on SQLite.
            session.connection(execution_options={engine.WRITE_OPTION: True})
            yield session

    # ---- notifications (delivered by rathaus.store.notify) ------------------------
    def notifications(self, case_id: str | None = None) -> list[NotificationView]:
        with self._read() as s:
            return outbox_q.listing(s, case_id)

    def claim_notifications(self, limit: int = 100) -> list[NotificationView]:
        with self._write() as s:
            return outbox_q.claim(s, limit, self._clock())

    def mark_notification_sent(self, notification_id: int) -> None:
        with self._write() as s:
            outbox_q.mark_sent(s, notification_id, self._clock())

    def release_notification(self, notification_id: int, error: str,
                             permanent: bool = False) -> None:
        with self._write() as s:
            outbox_q.release(s, notification_id, error, self._clock(), permanent)

    # ---- audit trail --------------------------------------------------------------
    def audit(self, actor: str, action: str, case_id: str | None, details: dict[str, Any],
              input_hash: str | None = None) -> None:
        """Append an entry: who (a person, or `agent:<id>`) did what, on what input."""
        check_text("actor", actor, 128)
        check_text("action", action, 64)
        now = self._clock()
        with self._write() as s:
            auditlog.append(s, at=now, actor=actor, action=action, case_id=case_id,
                            details=details, input_hash=input_hash)

    def record(self, actor: str, action: str, case_id: str | None,
               details: dict[str, Any]) -> None:
        """`rathaus.governance.audit.AuditSink`: the store as the audit trail."""
        self.audit(actor, action, case_id, details)

    def audit_entries(self, case_id: str | None = None) -> list[AuditView]:
        with self._read() as s:
            stmt = select(AuditEntry).order_by(AuditEntry.seq)
            if case_id is not None:
                stmt = stmt.where(AuditEntry.case_id == case_id)
            return [auditlog.view(e) for e in s.execute(stmt).scalars()]

    def check_audit(self) -> AuditCheck:
        with self._read() as s:
            return auditlog.verify(s)

    def verify_audit(self) -> tuple[bool, int | None]:
        """(True, None) if the chain is intact, else (False, first broken seq)."""
        result = self.check_audit()
        return result.ok, result.broken_seq
