"""Document versions: identity = (case, datei); each new content is a new version."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rathaus.store.models import DocumentVersion
from rathaus.store.views import DocumentVersionView


def view(d: DocumentVersion) -> DocumentVersionView:
    return DocumentVersionView(case_id=d.case_id, typ=d.typ, datei=d.datei, version=d.version,
                               sha256=d.sha256, size=d.size, created_at=d.created_at,
                               actor=d.actor)


def latest(session: Session, case_id: str, datei: str) -> DocumentVersion | None:
    return session.execute(
        select(DocumentVersion)
        .where(DocumentVersion.case_id == case_id, DocumentVersion.datei == datei)
        .order_by(DocumentVersion.version.desc()).limit(1)).scalar_one_or_none()


def add(session: Session, *, case_id: str, typ: str, datei: str, sha256: str, size: int,
        actor: str, now: dt.datetime) -> tuple[DocumentVersion, bool]:
    """The new version, or the latest one if it has the same content and type (a
    retried upload): (row, created). The caller holds the case lock, so version
    numbers cannot collide; the unique constraint would refuse it anyway."""
    last = latest(session, case_id, datei)
    if last is not None and last.sha256 == sha256 and last.typ == typ:
        return last, False
    row = DocumentVersion(case_id=case_id, typ=typ, datei=datei,
                          version=(last.version if last else 0) + 1, sha256=sha256,
                          size=size, created_at=now, actor=actor)
    session.add(row)
    session.flush()
    return row, True


def current(session: Session, case_id: str) -> list[DocumentVersionView]:
    """The latest version of each document of the case, by file name."""
    newest = (select(DocumentVersion.datei, func.max(DocumentVersion.version).label("v"))
              .where(DocumentVersion.case_id == case_id)
              .group_by(DocumentVersion.datei).subquery())
    rows = session.execute(
        select(DocumentVersion)
        .join(newest, (newest.c.datei == DocumentVersion.datei)
              & (newest.c.v == DocumentVersion.version))
        .where(DocumentVersion.case_id == case_id)
        .order_by(DocumentVersion.datei)).scalars()
    return [view(d) for d in rows]


def all_versions(session: Session, case_id: str,
                 datei: str | None = None) -> list[DocumentVersionView]:
    stmt = select(DocumentVersion).where(DocumentVersion.case_id == case_id)
    if datei is not None:
        stmt = stmt.where(DocumentVersion.datei == datei)
    rows = session.execute(stmt.order_by(DocumentVersion.datei, DocumentVersion.version))
    return [view(d) for d in rows.scalars()]
