"""The initial schema: cases, documents, findings, decisions, status, deadlines,
notifications and the hash-chained audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64  # prev_hash of the first audit entry


def _ts(name: str, nullable: bool = False) -> sa.Column[dt.datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _case_id(table: str) -> list[SchemaItem]:
    return [sa.Column("case_id", sa.String(32), nullable=False),
            sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                    name=f"fk_{table}_case_id_cases")]


def _table(name: str, *items: SchemaItem, index_case: bool = True) -> None:
    op.create_table(name, *items)
    if index_case:
        op.create_index(f"ix_{name}_case_id", name, ["case_id"])


def upgrade() -> None:
    _core()
    _work()
    _audit()


def _core() -> None:
    _table("case_sequence",
           sa.Column("prefix", sa.String(8), primary_key=True),
           sa.Column("year", sa.Integer(), primary_key=True),
           sa.Column("last", sa.Integer(), nullable=False), index_case=False)
    _table("cases",
           sa.Column("id", sa.String(32), primary_key=True),
           sa.Column("verfahren", sa.String(64), nullable=False),
           sa.Column("amt", sa.String(64), nullable=False),
           sa.Column("antrag", sa.JSON(), nullable=False),
           _ts("created_at"),
           sa.Column("created_by", sa.String(128), nullable=False), index_case=False)
    op.create_index("ix_cases_amt", "cases", ["amt"])
    _table("status_history", _id(), *_case_id("status_history"),
           sa.Column("status", sa.String(32), nullable=False), _ts("at"),
           sa.Column("note", sa.Text(), nullable=False),
           sa.Column("actor", sa.String(128), nullable=False))
    _table("document_versions", _id(), *_case_id("document_versions"),
           sa.Column("typ", sa.String(64), nullable=False),
           sa.Column("datei", sa.String(255), nullable=False),
           sa.Column("version", sa.Integer(), nullable=False),
           sa.Column("sha256", sa.String(64), nullable=False),
           sa.Column("size", sa.BigInteger(), nullable=False),
           _ts("created_at"),
           sa.Column("actor", sa.String(128), nullable=False),
           sa.UniqueConstraint("case_id", "datei", "version",
                               name="uq_document_versions_case_id_datei_version"))
    op.create_index("ix_document_versions_sha256", "document_versions", ["sha256"])


def _work() -> None:
    _table("finding_runs", _id(), *_case_id("finding_runs"),
           sa.Column("pruefer", sa.String(64), nullable=False),
           sa.Column("run", sa.String(128), nullable=False),
           sa.Column("input_hash", sa.String(64), nullable=True),
           _ts("created_at"),
           sa.UniqueConstraint("case_id", "pruefer", "run",
                               name="uq_finding_runs_case_id_pruefer_run"))
    _table("findings", _id(), *_case_id("findings"),
           sa.Column("run_id", sa.Integer(), nullable=False),
           sa.Column("position", sa.Integer(), nullable=False),
           sa.Column("code", sa.String(128), nullable=False),
           sa.Column("pruefer", sa.String(64), nullable=False),
           sa.Column("art", sa.String(16), nullable=False),
           sa.Column("objekt", sa.Text(), nullable=True),
           sa.Column("norm", sa.Text(), nullable=False),
           sa.Column("text", sa.Text(), nullable=False),
           sa.Column("belege", sa.JSON(), nullable=False),
           sa.ForeignKeyConstraint(["run_id"], ["finding_runs.id"],
                                   name="fk_findings_run_id_finding_runs"),
           sa.UniqueConstraint("run_id", "position", name="uq_findings_run_id_position"))
    op.create_index("ix_findings_run_id", "findings", ["run_id"])
    _table("decisions", _id(), *_case_id("decisions"),
           sa.Column("key", sa.String(128), nullable=True),
           sa.Column("ergebnis", sa.String(64), nullable=False),
           sa.Column("begruendung", sa.Text(), nullable=False),
           sa.Column("nebenbestimmungen", sa.JSON(), nullable=False),
           sa.Column("decided_by", sa.String(128), nullable=False),
           sa.Column("amt", sa.String(64), nullable=False),
           _ts("at"),
           sa.UniqueConstraint("case_id", "key", name="uq_decisions_case_id_key"))
    _table("deadline_events", _id(), *_case_id("deadline_events"),
           sa.Column("kind", sa.String(32), nullable=False),
           _ts("frist", nullable=True), _ts("at"),
           sa.Column("actor", sa.String(128), nullable=False),
           sa.Column("note", sa.Text(), nullable=False))
    _table("notifications", _id(), *_case_id("notifications"),
           sa.Column("key", sa.String(160), nullable=False),
           sa.Column("recipient", sa.String(320), nullable=True),
           sa.Column("subject", sa.Text(), nullable=False),
           sa.Column("body", sa.Text(), nullable=False),
           _ts("created_at"), _ts("claimed_at", True), _ts("sent_at", True),
           _ts("failed_at", True),
           sa.Column("attempts", sa.Integer(), nullable=False),
           sa.Column("last_error", sa.Text(), nullable=True),
           sa.UniqueConstraint("key", name="uq_notifications_key"))
    op.create_index("ix_notifications_pending", "notifications", ["sent_at", "claimed_at"])


def _audit() -> None:
    _table("audit_log",
           sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
           _ts("at"),
           sa.Column("actor", sa.String(128), nullable=False),
           sa.Column("action", sa.String(64), nullable=False),
           sa.Column("case_id", sa.String(32), nullable=True),
           sa.Column("input_hash", sa.String(64), nullable=True),
           sa.Column("details", sa.JSON(), nullable=False),
           sa.Column("prev_hash", sa.String(64), nullable=False),
           sa.Column("hash", sa.String(64), nullable=False))
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False))
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS}])
    for statement in _APPEND_ONLY[op.get_bind().dialect.name]:
        op.execute(statement)


# The database itself refuses to change or delete audit entries. Someone with the rights
# to drop these triggers can still tamper; the hash chain is what detects that.
_APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
        "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
    ],
}


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    else:
        op.drop_table("audit_log")
    for table in ("audit_head", "notifications", "deadline_events", "decisions", "findings",
                  "finding_runs", "document_versions", "status_history", "cases",
                  "case_sequence"):
        op.drop_table(table)
