"""Cases: the per-year file numbers, and the snapshot of a case with its status and
its running deadline."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, update
from sqlalchemy.orm import Session

from rathaus.store.dao.common import insert_ignore
from rathaus.store.dao.deadlines import current_deadline
from rathaus.store.models import Case, CaseSequence, DeadlineEvent, StatusEntry
from rathaus.store.texte import BERLIN
from rathaus.store.views import CaseView

# File-number prefixes per procedure; all kinds of building application are "BA".
PREFIXES = {
    "bauantrag": "BA", "baugenehmigung": "BA", "vereinfachtes_verfahren": "BA",
    "genehmigungsfreistellung": "BA",
}  # fmt: skip


def prefix_for(verfahren: str) -> str:
    letters = re.sub(r"[^A-Za-z]", "", verfahren)
    return PREFIXES.get(verfahren) or (letters[:2].upper() or "XX")


def next_case_id(session: Session, verfahren: str, now: dt.datetime) -> str:
    """BA-2026-0001: numbered per prefix and (German) calendar year, without gaps
    unless a transaction rolls back. The UPDATE locks the counter row until commit."""
    prefix, year = prefix_for(verfahren), now.astimezone(BERLIN).year
    session.execute(insert_ignore(session, CaseSequence,
                                  {"prefix": prefix, "year": year, "last": 0}))
    number = session.execute(
        update(CaseSequence)
        .where(CaseSequence.prefix == prefix, CaseSequence.year == year)
        .values(last=CaseSequence.last + 1)
        .returning(CaseSequence.last)
        .execution_options(synchronize_session=False)).scalar_one()
    return f"{prefix}-{year}-{number:04d}"


def add_case(session: Session, case_id: str, antrag: dict[str, Any], verfahren: str,
             amt: str, actor: str, now: dt.datetime) -> Case:
    case = Case(id=case_id, verfahren=verfahren, amt=amt, antrag=antrag, created_at=now,
                created_by=actor)
    session.add(case)
    session.flush()  # the row must exist before history rows point at it
    return case


def _with_status(filters: list[ColumnElement[bool]]) -> Select[Case, str]:
    """Cases joined with their latest status row (highest id per case)."""
    latest = (select(StatusEntry.case_id, func.max(StatusEntry.id).label("last_id"))
              .join(Case, Case.id == StatusEntry.case_id).where(*filters)
              .group_by(StatusEntry.case_id).subquery())
    return (select(Case, StatusEntry.status)
            .join(latest, latest.c.case_id == Case.id)
            .join(StatusEntry, StatusEntry.id == latest.c.last_id))


def case_views(session: Session, *, case_id: str | None = None,
               amt: str | None = None) -> list[CaseView]:
    filters: list[ColumnElement[bool]] = []
    if case_id is not None:
        filters.append(Case.id == case_id)
    if amt is not None:
        filters.append(Case.amt == amt)
    events = (select(DeadlineEvent).join(Case, Case.id == DeadlineEvent.case_id)
              .where(*filters).order_by(DeadlineEvent.id))
    by_case: dict[str, list[DeadlineEvent]] = defaultdict(list)
    for event in session.execute(events).scalars():
        by_case[event.case_id].append(event)
    stmt = _with_status(filters).order_by(Case.created_at, Case.id)
    return [_view(case, status, by_case[case.id])
            for case, status in session.execute(stmt)]


def _view(case: Case, status: str, events: Sequence[DeadlineEvent]) -> CaseView:
    frist, art, markers = current_deadline(events, status)
    return CaseView(id=case.id, verfahren=case.verfahren, amt=case.amt, antrag=case.antrag,
                    status=status, created_at=case.created_at, frist=frist, frist_art=art,
                    markers=markers)
