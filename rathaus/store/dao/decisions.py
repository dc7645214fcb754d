"""Human decisions on a case."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rathaus.store.models import Decision
from rathaus.store.views import DecisionView

ERGEBNISSE = ("genehmigt", "genehmigt_mit_nebenbestimmungen", "versagt", "nachforderung")


def exists(session: Session, case_id: str, key: str) -> bool:
    return session.execute(select(Decision.id).where(
        Decision.case_id == case_id, Decision.key == key)).first() is not None


def add(session: Session, *, case_id: str, key: str | None, ergebnis: str, begruendung: str,
        nebenbestimmungen: list[str], by: str, amt: str, now: dt.datetime) -> None:
    session.add(Decision(case_id=case_id, key=key, ergebnis=ergebnis, begruendung=begruendung,
                         nebenbestimmungen=nebenbestimmungen, by=by, amt=amt, at=now))


def all_of(session: Session, case_id: str) -> list[DecisionView]:
    rows = session.execute(select(Decision).where(Decision.case_id == case_id)
                           .order_by(Decision.id)).scalars()
    return [DecisionView(case_id=d.case_id, ergebnis=d.ergebnis, begruendung=d.begruendung,
                         nebenbestimmungen=tuple(d.nebenbestimmungen), by=d.by, amt=d.amt,
                         at=d.at) for d in rows]
