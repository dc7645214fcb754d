"""What the store hands out: frozen snapshots, never live ORM rows.

A caller (an activity, the CLI, the web app) cannot change a row by accident, and no
session leaks out of the data-access layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rathaus.store.status import OVERDUE_MARKERS, WARNING_MARKERS


@dataclass(frozen=True, slots=True)
class CaseView:
    id: str
    verfahren: str
    amt: str
    antrag: dict[str, Any]
    status: str
    created_at: dt.datetime
    frist: dt.datetime | None = None  # the earliest deadline now running
    frist_art: str | None = None  # its kind, e.g. "nachforderung", "bearbeitung"
    markers: tuple[str, ...] = ()  # markers recorded against that deadline

    @property
    def frist_warnung(self) -> bool:
        return any(m in WARNING_MARKERS for m in self.markers)

    @property
    def ueberfaellig(self) -> bool:
        return any(m in OVERDUE_MARKERS for m in self.markers)


@dataclass(frozen=True, slots=True)
class DocumentVersionView:
    case_id: str
    typ: str
    datei: str
    version: int
    sha256: str
    size: int
    created_at: dt.datetime
    actor: str


@dataclass(frozen=True, slots=True)
class FindingRunView:
    case_id: str
    pruefer: str
    run: str
    input_hash: str | None
    created_at: dt.datetime
    count: int


@dataclass(frozen=True, slots=True)
class DecisionView:
    case_id: str
    ergebnis: str
    begruendung: str
    nebenbestimmungen: tuple[str, ...]
    by: str
    amt: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class StatusView:
    status: str
    at: dt.datetime
    note: str
    actor: str


@dataclass(frozen=True, slots=True)
class DeadlineView:
    kind: str
    frist: dt.datetime | None  # None: the deadline of this kind was cleared
    at: dt.datetime
    actor: str
    note: str


@dataclass(frozen=True, slots=True)
class NotificationView:
    id: int
    case_id: str
    key: str
    recipient: str | None
    subject: str
    body: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    failed_at: dt.datetime | None
    attempts: int
    last_error: str | None


@dataclass(frozen=True, slots=True)
class AuditView:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    case_id: str | None
    input_hash: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """The result of walking the chain. `broken_seq` is the first entry that does not
    fit: changed, missing, out of order, or past the recorded end."""

    ok: bool
    count: int
    broken_seq: int | None = None
    reason: str | None = None
    entry: AuditView | None = None
