"""Helpers every data-access module needs: the locked case row, insert-or-ignore."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from rathaus.errors import NotFoundError
from rathaus.store.models import Base, Case


def lock_case(session: Session, case_id: str) -> Case:
    """The case row, locked until commit (SELECT … FOR UPDATE on PostgreSQL; SQLite's
    write transactions already hold the database's write lock, see engine.py).

    Every change to a case's status, documents, deadlines or decisions takes this lock
    first, so two workers never both read "current = X" and both write.
    """
    case = session.execute(
        select(Case).where(Case.id == case_id).with_for_update()).scalar_one_or_none()
    if case is None:
        raise NotFoundError(f"Fall {case_id!r} gibt es nicht")
    return case


def get_case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"Fall {case_id!r} gibt es nicht")
    return case


def insert_ignore(session: Session, model: type[Base], values: dict[str, Any]) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING for both databases; the caller adds RETURNING.

    Used where a retried activity may write the same row again: the unique constraint
    decides, atomically, instead of a read-then-write that two workers could both pass.
    """
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model).values(**values).on_conflict_do_nothing()
    return sqlite.insert(model).values(**values).on_conflict_do_nothing()
