"""Status history: one row per change; the latest row is the current status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rathaus.store.models import StatusEntry
from rathaus.store.views import StatusView


def current_status(session: Session, case_id: str) -> str:
    return session.execute(
        select(StatusEntry.status).where(StatusEntry.case_id == case_id)
        .order_by(StatusEntry.id.desc()).limit(1)).scalar_one()


def append(session: Session, *, case_id: str, status: str, actor: str, note: str,
           now: dt.datetime) -> int:
    """Add the row; return how often the case has now entered this status (1, 2, …),
    which makes the notification key of this change."""
    session.add(StatusEntry(case_id=case_id, status=status, at=now, note=note, actor=actor))
    session.flush()
    return session.execute(
        select(func.count()).select_from(StatusEntry)
        .where(StatusEntry.case_id == case_id, StatusEntry.status == status)).scalar_one()


def entries(session: Session, case_id: str) -> list[StatusView]:
    rows = session.execute(select(StatusEntry).where(StatusEntry.case_id == case_id)
                           .order_by(StatusEntry.id)).scalars()
    return [StatusView(status=r.status, at=r.at, note=r.note, actor=r.actor) for r in rows]
