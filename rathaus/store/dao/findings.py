"""Findings, stored once per (case, pruefer, run); and what a run looked at."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rathaus.domain.befund import Befund
from rathaus.store.auditlog import as_json
from rathaus.store.dao.common import insert_ignore
from rathaus.store.models import Finding, FindingRun
from rathaus.store.views import FindingRunView


def record(session: Session, *, case_id: str, pruefer: str, run: str, befunde: list[Befund],
           input_hash: str | None, now: dt.datetime) -> bool:
    """Store the run and its findings; False if this run was stored before.

    The run row is inserted with ON CONFLICT DO NOTHING: of two concurrent attempts
    (a worker thought dead, and its retry) exactly one gets the row and writes the
    findings, the other waits for it and then writes nothing.
    """
    run_id = session.execute(
        insert_ignore(session, FindingRun, {"case_id": case_id, "pruefer": pruefer,
                                            "run": run, "input_hash": input_hash,
                                            "created_at": now})
        .returning(FindingRun.id)).scalar_one_or_none()
    if run_id is None:
        return False
    session.add_all(_row(case_id, run_id, i, b) for i, b in enumerate(befunde))
    return True


def _row(case_id: str, run_id: int, position: int, b: Befund) -> Finding:
    belege: dict[str, Any] = as_json(b.belege)
    return Finding(run_id=run_id, case_id=case_id, position=position, code=b.code,
                   pruefer=b.pruefer, art=b.art, objekt=b.objekt, norm=b.norm, text=b.text,
                   belege=belege)


def load(session: Session, case_id: str, run: str | None = None) -> list[Befund]:
    """Findings in the order they were recorded: run by run, then as reported."""
    stmt = (select(Finding).join(FindingRun, FindingRun.id == Finding.run_id)
            .where(Finding.case_id == case_id))
    if run is not None:
        stmt = stmt.where(FindingRun.run == run)
    rows = session.execute(stmt.order_by(FindingRun.id, Finding.position)).scalars()
    return [Befund.model_validate({"code": f.code, "pruefer": f.pruefer, "art": f.art,
                                   "objekt": f.objekt, "norm": f.norm, "text": f.text,
                                   "belege": f.belege}) for f in rows]


def runs(session: Session, case_id: str) -> list[FindingRunView]:
    counts = (select(Finding.run_id, func.count().label("n"))
              .where(Finding.case_id == case_id).group_by(Finding.run_id).subquery())
    rows = session.execute(
        select(FindingRun, counts.c.n).outerjoin(counts, counts.c.run_id == FindingRun.id)
        .where(FindingRun.case_id == case_id).order_by(FindingRun.id))
    return [FindingRunView(case_id=r.case_id, pruefer=r.pruefer, run=r.run,
                           input_hash=r.input_hash, created_at=r.created_at, count=n or 0)
            for r, n in rows]
