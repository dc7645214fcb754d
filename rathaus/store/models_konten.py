"""Tables of the web app: offices, user accounts, their roles, sign-in sessions, which
applicant filed which case, and application drafts (migration 0002).

Unlike a case's records these rows change (a user's name, a draft's data); every change
to accounts and roles is written to the audit trail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rathaus.store.models import Base, UtcDateTime


class Office(Base):
    """An office (Amt), e.g. `bauaufsicht`; a case belongs to one by `cases.amt`."""

    __tablename__ = "offices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class User(Base):
    """A local account (argon2 hash) or an OIDC account (`oidc_sub`, no password)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    oidc_sub: Mapped[str | None] = mapped_column(String(255), unique=True)
    office_id: Mapped[str | None] = mapped_column(ForeignKey("offices.id"))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class UserRole(Base):
    """One role of a user: antragsteller, sachbearbeitung or admin."""

    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)


class WebSession(Base):
    """A signed-in browser. Only the token's hash is stored; the cookie holds the token."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class CaseApplicant(Base):
    """The account that filed a case: the only applicant who may see it."""

    __tablename__ = "case_applicants"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)


class Draft(Base):
    """An application being put together in the portal; uploads are blobs by hash."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    case_id: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
