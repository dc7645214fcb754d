"""The notification outbox: enqueue in the change's transaction, claim, mark sent.

Delivery is at most once per key: a mail is claimed (committed) before it is handed to
the sender, so a second deliverer, or the same one after a crash, never sends it again.
A sender error releases the claim for a later try; a crash between claim and send leaves
it claimed and unsent, visible in `Store.notifications()` for a person to check.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rathaus.store.dao.common import insert_ignore
from rathaus.store.models import Notification
from rathaus.store.texte import Mail
from rathaus.store.views import NotificationView


def enqueue(session: Session, *, case_id: str, key: str, mail: Mail, now: dt.datetime) -> bool:
    """False if a notification with this key exists (the change was already reported)."""
    result = session.execute(insert_ignore(session, Notification, {
        "case_id": case_id, "key": key, "recipient": mail.recipient, "subject": mail.subject,
        "body": mail.body, "created_at": now, "attempts": 0,
    }).returning(Notification.id)).scalar_one_or_none()
    return result is not None


def view(n: Notification) -> NotificationView:
    return NotificationView(id=n.id, case_id=n.case_id, key=n.key, recipient=n.recipient,
                            subject=n.subject, body=n.body, created_at=n.created_at,
                            sent_at=n.sent_at, failed_at=n.failed_at, attempts=n.attempts,
                            last_error=n.last_error)


def claim(session: Session, limit: int, now: dt.datetime) -> list[NotificationView]:
    """Pending mails, oldest first, marked as claimed. SKIP LOCKED lets two deliverers on
    PostgreSQL take disjoint batches instead of waiting for each other."""
    rows = list(session.execute(
        select(Notification)
        .where(Notification.sent_at.is_(None), Notification.claimed_at.is_(None),
               Notification.failed_at.is_(None))
        .order_by(Notification.id).limit(limit)
        .with_for_update(skip_locked=True)).scalars())
    for n in rows:
        n.claimed_at = now
        n.attempts += 1
    return [view(n) for n in rows]


def mark_sent(session: Session, notification_id: int, now: dt.datetime) -> None:
    session.execute(update(Notification).where(Notification.id == notification_id)
                    .values(sent_at=now, last_error=None)
                    .execution_options(synchronize_session=False))


def release(session: Session, notification_id: int, error: str, now: dt.datetime,
            permanent: bool) -> None:
    """After a failed send: free the claim for a later try, or give up on the mail."""
    values: dict[str, object] = {"last_error": error[:2000]}
    if permanent:
        values["failed_at"] = now
    else:
        values["claimed_at"] = None
    session.execute(update(Notification).where(Notification.id == notification_id)
                    .values(**values).execution_options(synchronize_session=False))


def listing(session: Session, case_id: str | None) -> list[NotificationView]:
    stmt = select(Notification).order_by(Notification.id)
    if case_id is not None:
        stmt = stmt.where(Notification.case_id == case_id)
    return [view(n) for n in session.execute(stmt).scalars()]
