"""The web app: offices, users and their roles, sign-in sessions, which applicant filed
which case, and application drafts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = False) -> sa.Column[dt.datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=f"fk_{table}_user_id_users")


def upgrade() -> None:
    op.create_table("offices",
                    sa.Column("id", sa.String(64), primary_key=True),
                    sa.Column("name", sa.String(200), nullable=False))
    op.create_table("users",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("email", sa.String(320), nullable=False),
                    sa.Column("name", sa.String(200), nullable=False),
                    sa.Column("password_hash", sa.String(255), nullable=True),
                    sa.Column("oidc_sub", sa.String(255), nullable=True),
                    sa.Column("office_id", sa.String(64), nullable=True),
                    sa.Column("active", sa.Boolean(), nullable=False),
                    _ts("created_at"),
                    sa.ForeignKeyConstraint(["office_id"], ["offices.id"],
                                            name="fk_users_office_id_offices"),
                    sa.UniqueConstraint("email", name="uq_users_email"),
                    sa.UniqueConstraint("oidc_sub", name="uq_users_oidc_sub"))
    op.create_table("user_roles",
                    sa.Column("user_id", sa.Integer(), primary_key=True),
                    sa.Column("role", sa.String(32), primary_key=True),
                    _user_fk("user_roles"))
    op.create_table("web_sessions",
                    sa.Column("token_hash", sa.String(64), primary_key=True),
                    sa.Column("user_id", sa.Integer(), nullable=False),
                    _ts("created_at"), _ts("expires_at"), _user_fk("web_sessions"))
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_table("case_applicants",
                    sa.Column("case_id", sa.String(32), primary_key=True),
                    sa.Column("user_id", sa.Integer(), nullable=False),
                    sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                            name="fk_case_applicants_case_id_cases"),
                    _user_fk("case_applicants"))
    op.create_index("ix_case_applicants_user_id", "case_applicants", ["user_id"])
    op.create_table("drafts",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("user_id", sa.Integer(), nullable=False),
                    sa.Column("data", sa.JSON(), nullable=False),
                    sa.Column("case_id", sa.String(32), nullable=True),
                    _ts("updated_at"), _user_fk("drafts"))
    op.create_index("ix_drafts_user_id", "drafts", ["user_id"])


def downgrade() -> None:
    for table in ("drafts", "case_applicants", "web_sessions", "user_roles", "users",
                  "offices"):
        op.drop_table(table)
