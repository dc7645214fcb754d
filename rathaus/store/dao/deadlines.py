"""Deadlines as events: set, moved, cleared, and marked (warning, overdue).

Which deadline runs now is derived, never stored:
- the latest event per kind is that kind's state (a later date moves it, NULL clears it);
- a deadline whose kind is a status (e.g. "nachforderung") runs only while the case is
  in that status, so an answered Nachforderung stops counting without extra bookkeeping;
- nothing runs once the case has ended (zugestellt, zurueckgenommen);
- markers count for the deadline they name (same frist) and were set after it, so
  moving a deadline clears its "warning" and "overdue".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from rathaus.errors import InputError
from rathaus.store.models import DeadlineEvent
from rathaus.store.status import ALLOWED_TRANSITIONS, MARKERS
from rathaus.store.views import DeadlineView

_KIND = re.compile(r"[a-z][a-z0-9_]{0,31}")


def check_kind(kind: str) -> None:
    if not _KIND.fullmatch(kind):
        raise InputError(f"Fristart {kind!r}: erwartet a-z, 0-9, _ (höchstens 32 Zeichen)")


def latest(session: Session, case_id: str, kind: str) -> DeadlineEvent | None:
    return session.execute(
        select(DeadlineEvent).where(DeadlineEvent.case_id == case_id, DeadlineEvent.kind == kind)
        .order_by(DeadlineEvent.id.desc()).limit(1)).scalar_one_or_none()


def add(session: Session, *, case_id: str, kind: str, frist: dt.datetime | None,
        actor: str, note: str, now: dt.datetime) -> bool:
    """Append an event unless it would repeat the kind's current state (a retried
    activity or a timer firing twice); True if one was added."""
    last = latest(session, case_id, kind)
    if (last.frist if last else None) == frist:
        return False
    session.add(DeadlineEvent(case_id=case_id, kind=kind, frist=frist, at=now, actor=actor,
                              note=note))
    return True


def events(session: Session, case_id: str) -> list[DeadlineView]:
    rows = session.execute(select(DeadlineEvent).where(DeadlineEvent.case_id == case_id)
                           .order_by(DeadlineEvent.id)).scalars()
    return [DeadlineView(kind=e.kind, frist=e.frist, at=e.at, actor=e.actor, note=e.note)
            for e in rows]


def current_deadline(events: Sequence[DeadlineEvent], status: str
                     ) -> tuple[dt.datetime | None, str | None, tuple[str, ...]]:
    """(frist, kind, markers) of the earliest deadline running now; see module doc."""
    if not ALLOWED_TRANSITIONS.get(status):
        return None, None, ()  # the case has ended
    ordered = sorted(events, key=lambda e: e.id)
    state = {e.kind: e for e in ordered}  # the latest event per kind
    running = [(e.frist, e.id, e) for kind, e in state.items()
               if kind not in MARKERS and e.frist is not None
               and (kind not in ALLOWED_TRANSITIONS or kind == status)]
    if not running:
        return None, None, ()
    frist, first_id, first = min(running)
    markers = sorted({e.kind for e in ordered
                      if e.kind in MARKERS and e.frist == frist and e.id > first_id})
    return frist, first.kind, tuple(markers)
