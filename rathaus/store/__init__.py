"""The store: cases, document versions, findings, decisions, status history, deadlines,
the notification outbox and the hash-chained audit trail (SQLite or PostgreSQL).

    with Store.open(data="var") as store:
        case_id = store.create_case(antrag, "bauantrag", "bauaufsicht", actor="portal")

Decisions and the why: docs/adr/0005-store.md.
"""

from rathaus.store.status import ALLOWED_TRANSITIONS, STATUSES
from rathaus.store.store import Store
from rathaus.store.views import (
    AuditCheck,
    AuditView,
    CaseView,
    DeadlineView,
    DecisionView,
    DocumentVersionView,
    FindingRunView,
    NotificationView,
    StatusView,
)

__all__ = [
    "ALLOWED_TRANSITIONS",
    "STATUSES",
    "AuditCheck",
    "AuditView",
    "CaseView",
    "DeadlineView",
    "DecisionView",
    "DocumentVersionView",
    "FindingRunView",
    "NotificationView",
    "StatusView",
    "Store",
]
