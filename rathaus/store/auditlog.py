"""The audit trail as a hash chain: each entry's hash covers its content and the hash
of the entry before it, so changing, removing or reordering any past entry breaks every
hash from there on, which `verify` finds.

hash = sha256(canonical JSON of {seq, at, actor, action, case_id, input_hash, details,
prev_hash}); canonical = sorted keys, no whitespace, UTF-8, `at` as ISO 8601 UTC with
microseconds. The first entry's prev_hash is 64 zeros.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rathaus.store.models import AuditEntry, AuditHead
from rathaus.store.views import AuditCheck, AuditView

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    """One byte-exact JSON form; anything not JSON (dates, paths) becomes its str()."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=str)


def hash_json(value: Any) -> str:
    return hashlib.sha256(canonical(value).encode()).hexdigest()


def as_json(value: dict[str, Any]) -> dict[str, Any]:
    """`value` as it will read back from the database (str keys, lists, no dates), so
    the hash computed now equals the one recomputed from the stored row."""
    # Not canonical(): sorting would fail on mixed key types (1 and "a") before they
    # become strings.
    result: dict[str, Any] = json.loads(json.dumps(value, ensure_ascii=False,
                                                   allow_nan=False, default=str))
    return result


def entry_hash(*, seq: int, at: dt.datetime, actor: str, action: str, case_id: str | None,
               input_hash: str | None, details: dict[str, Any], prev_hash: str) -> str:
    return hash_json({
        "seq": seq, "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor, "action": action, "case_id": case_id, "input_hash": input_hash,
        "details": details, "prev_hash": prev_hash,
    })


def append(session: Session, *, at: dt.datetime, actor: str, action: str,
           case_id: str | None, details: dict[str, Any], input_hash: str | None) -> int:
    """Add the next entry. Callers do this last in their transaction: the head row stays
    locked until commit, and every appender in the system waits for it."""
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    details = as_json(details)
    seq = head.seq + 1
    digest = entry_hash(seq=seq, at=at, actor=actor, action=action, case_id=case_id,
                        input_hash=input_hash, details=details, prev_hash=head.hash)
    session.add(AuditEntry(seq=seq, at=at, actor=actor, action=action, case_id=case_id,
                           input_hash=input_hash, details=details, prev_hash=head.hash,
                           hash=digest))
    head.seq, head.hash = seq, digest
    return seq


def view(e: AuditEntry) -> AuditView:
    return AuditView(seq=e.seq, at=e.at, actor=e.actor, action=e.action, case_id=e.case_id,
                     input_hash=e.input_hash, details=e.details, prev_hash=e.prev_hash,
                     hash=e.hash)


def _recomputed(e: AuditEntry) -> str:
    return entry_hash(seq=e.seq, at=e.at, actor=e.actor, action=e.action, case_id=e.case_id,
                      input_hash=e.input_hash, details=e.details, prev_hash=e.prev_hash)


def verify(session: Session) -> AuditCheck:
    """Walk the chain in seq order and report the first entry that does not fit."""
    prev, expected = GENESIS, 1
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)
                           .execution_options(yield_per=1000)).scalars()
    for e in rows:
        reason = _problem(e, expected, prev)
        if reason:
            return AuditCheck(ok=False, count=expected - 1, broken_seq=expected,
                              reason=reason, entry=view(e))
        prev, expected = e.hash, expected + 1
    head = session.get(AuditHead, 1)
    if head is None or head.seq != expected - 1 or head.hash != prev:
        return AuditCheck(ok=False, count=expected - 1, broken_seq=expected,
                          reason="Einträge am Ende fehlen (die Kette endet vor dem "
                                 "vermerkten letzten Eintrag)")
    return AuditCheck(ok=True, count=expected - 1)


def _problem(e: AuditEntry, expected: int, prev: str) -> str | None:
    if e.seq != expected:
        return f"Eintrag {expected} fehlt (nächster vorhandener: {e.seq})"
    if e.prev_hash != prev:
        return "Verweis auf den vorigen Eintrag passt nicht (prev_hash)"
    if _recomputed(e) != e.hash:
        return "Inhalt wurde nachträglich verändert (Hash passt nicht)"
    return None
