"""The tables of the store (SQLAlchemy 2, typed). Migrations: `migrations/versions/`.

Everything a case accumulates is appended, never updated: status history, document
versions, findings, decisions, deadline events and the audit trail. The only rows that
change are counters (case ids, the audit head) and a notification's delivery state.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so later migrations can refer to them on both databases.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on both databases.

    SQLite has no time zones: without this it would hand back naive datetimes, and the
    audit hash, computed over the ISO form, would differ between write and verify.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store keeps aware UTC times only")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _case_fk() -> Mapped[str]:
    return mapped_column(String(32), ForeignKey("cases.id"), index=True)


class CaseSequence(Base):
    """The last number handed out per prefix and year: BA-2026-0001, BA-2026-0002, …"""

    __tablename__ = "case_sequence"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Case(Base):
    """A case's identity. Its current status is the latest row of `status_history`."""

    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    verfahren: Mapped[str] = mapped_column(String(64))
    amt: Mapped[str] = mapped_column(String(64), index=True)
    antrag: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(128))


class DocumentVersion(Base):
    """One immutable version of a document; the content lives in the blob store."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("case_id", "datei", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    typ: Mapped[str] = mapped_column(String(64))
    datei: Mapped[str] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(128))


class FindingRun(Base):
    """One agent's run on a case. Unique, so a retried activity stores its findings once;
    a run with no findings is kept too: "checked, nothing found" is not "not checked"."""

    __tablename__ = "finding_runs"
    __table_args__ = (UniqueConstraint("case_id", "pruefer", "run"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    pruefer: Mapped[str] = mapped_column(String(64))
    run: Mapped[str] = mapped_column(String(128))
    input_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Finding(Base):
    """One Befund of a run, in the order the agent reported it."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("run_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("finding_runs.id"), index=True)
    case_id: Mapped[str] = _case_fk()
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(128))
    pruefer: Mapped[str] = mapped_column(String(64))
    art: Mapped[str] = mapped_column(String(16))
    objekt: Mapped[str | None] = mapped_column(Text)
    norm: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    belege: Mapped[dict[str, Any]] = mapped_column(JSON)


class Decision(Base):
    """A human decision. `key` (optional) makes a retried write a no-op."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    key: Mapped[str | None] = mapped_column(String(128))
    ergebnis: Mapped[str] = mapped_column(String(64))
    begruendung: Mapped[str] = mapped_column(Text)
    nebenbestimmungen: Mapped[list[str]] = mapped_column(JSON)
    by: Mapped[str] = mapped_column("decided_by", String(128))
    amt: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class StatusEntry(Base):
    """One row per status change; the latest (highest id) is the current status."""

    __tablename__ = "status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    status: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(128))


class DeadlineEvent(Base):
    """A deadline set, moved or cleared (frist NULL), or a marker on one (warning,
    overdue). The latest event per kind is that kind's current state."""

    __tablename__ = "deadline_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    kind: Mapped[str] = mapped_column(String(32))
    frist: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(128))
    note: Mapped[str] = mapped_column(Text)


class Notification(Base):
    """The outbox: written in the transaction of the change it reports, delivered after
    commit. The unique key is what keeps a retried change from mailing twice."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    key: Mapped[str] = mapped_column(String(160), unique=True)
    recipient: Mapped[str | None] = mapped_column(String(320))  # None: no e-mail address
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    failed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


Index("ix_notifications_pending", Notification.sent_at, Notification.claimed_at)


class AuditEntry(Base):
    """One link of the hash chain. Not tied to `cases` by a foreign key: the trail must
    accept every record, also about things that are not (yet) a case."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(32), index=True)
    input_hash: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's end (one row, id 1). Appenders lock it, so seq has no gaps or
    duplicates under concurrency, and a truncated log no longer matches it."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


# The web app's tables live beside these, on the same metadata (migration 0002).
from rathaus.store import models_konten  # noqa: E402, F401
