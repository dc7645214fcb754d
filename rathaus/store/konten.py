"""Accounts for the web app: offices, users, roles, sign-in sessions, the applicant of
each case and application drafts. `Store` inherits these methods.

Changes to offices, users and roles are audited (actor: the admin or `system`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rathaus.errors import InputError, NotFoundError
from rathaus.store import auditlog
from rathaus.store.base import StoreBase, check_text
from rathaus.store.models_konten import CaseApplicant, Draft, Office, User, UserRole, WebSession

ROLLEN = ("antragsteller", "sachbearbeitung", "admin")


@dataclass(frozen=True, slots=True)
class OfficeView:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    email: str
    name: str
    office_id: str | None
    roles: tuple[str, ...]
    active: bool
    oidc: bool

    def has(self, role: str) -> bool:
        return self.active and role in self.roles


@dataclass(frozen=True, slots=True)
class DraftView:
    id: int
    user_id: int
    data: dict[str, Any]
    case_id: str | None
    updated_at: dt.datetime


def _roles(s: Session, user_id: int) -> tuple[str, ...]:
    rows = s.execute(select(UserRole.role).where(UserRole.user_id == user_id)).scalars()
    return tuple(sorted(rows, key=ROLLEN.index))


def _view(s: Session, u: User) -> UserView:
    return UserView(u.id, u.email, u.name, u.office_id, _roles(s, u.id), u.active,
                    u.oidc_sub is not None)


def _check_roles(roles: tuple[str, ...] | list[str]) -> None:
    for r in roles:
        if r not in ROLLEN:
            raise InputError(f"Rolle {r!r}: erlaubt {', '.join(ROLLEN)}")


class KontenStore(StoreBase):
    # ---- offices ------------------------------------------------------------------
    def ensure_office(self, office_id: str, name: str, actor: str = "system") -> OfficeView:
        check_text("amt", office_id, 64)
        check_text("name", name, 200)
        with self._write() as s:
            row = s.get(Office, office_id)
            if row is None:
                s.add(Office(id=office_id, name=name))
                auditlog.append(s, at=self._clock(), actor=actor, action="office_created",
                                case_id=None, details={"amt": office_id, "name": name},
                                input_hash=None)
            elif row.name != name:
                row.name = name
            return OfficeView(office_id, name)

    def offices(self) -> list[OfficeView]:
        with self._read() as s:
            return [OfficeView(o.id, o.name)
                    for o in s.execute(select(Office).order_by(Office.id)).scalars()]

    # ---- users --------------------------------------------------------------------
    def create_user(self, email: str, name: str, *, password_hash: str | None,
                    roles: tuple[str, ...] = ("antragsteller",), office_id: str | None = None,
                    oidc_sub: str | None = None, actor: str = "system") -> UserView:
        check_text("email", email, 320)
        check_text("name", name, 200)
        _check_roles(roles)
        now = self._clock()
        try:
            with self._write() as s:
                if office_id is not None and s.get(Office, office_id) is None:
                    raise InputError(f"Amt {office_id!r} gibt es nicht")
                user = User(email=email.strip().lower(), name=name, password_hash=password_hash,
                            oidc_sub=oidc_sub, office_id=office_id, active=True, created_at=now)
                s.add(user)
                s.flush()
                s.add_all(UserRole(user_id=user.id, role=r) for r in set(roles))
                s.flush()
                auditlog.append(s, at=now, actor=actor, action="user_created", case_id=None,
                                details={"user": user.id, "email": user.email,
                                         "roles": sorted(roles), "amt": office_id},
                                input_hash=None)
                return _view(s, user)
        except IntegrityError:
            raise InputError(f"{email}: diese E-Mail-Adresse ist schon registriert") from None

    def update_user(self, user_id: int, *, actor: str, name: str | None = None,
                    office_id: str | None = None, roles: tuple[str, ...] | None = None,
                    active: bool | None = None) -> UserView:
        with self._write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError(f"Benutzer {user_id} gibt es nicht")
            if office_id is not None:
                if office_id and s.get(Office, office_id) is None:
                    raise InputError(f"Amt {office_id!r} gibt es nicht")
                user.office_id = office_id or None
            if name is not None:
                user.name = check_text("name", name, 200)
            if active is not None:
                user.active = active
            if roles is not None:
                _check_roles(roles)
                s.execute(delete(UserRole).where(UserRole.user_id == user_id))
                s.add_all(UserRole(user_id=user_id, role=r) for r in set(roles))
            s.flush()
            view = _view(s, user)
            auditlog.append(s, at=self._clock(), actor=actor, action="user_changed",
                            case_id=None, input_hash=None,
                            details={"user": user_id, "roles": list(view.roles),
                                     "amt": view.office_id, "active": view.active})
            return view

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        with self._write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError(f"Benutzer {user_id} gibt es nicht")
            user.password_hash = password_hash

    def user(self, user_id: int) -> UserView | None:
        with self._read() as s:
            u = s.get(User, user_id)
            return _view(s, u) if u else None

    def user_login(self, email: str) -> tuple[UserView, str | None] | None:
        """The user and password hash for a sign-in attempt."""
        with self._read() as s:
            u = s.execute(select(User).where(User.email == email.strip().lower())
                          ).scalar_one_or_none()
            return (_view(s, u), u.password_hash) if u else None

    def user_by_oidc(self, sub: str) -> UserView | None:
        with self._read() as s:
            u = s.execute(select(User).where(User.oidc_sub == sub)).scalar_one_or_none()
            return _view(s, u) if u else None

    def users(self) -> list[UserView]:
        with self._read() as s:
            return [_view(s, u) for u in s.execute(select(User).order_by(User.id)).scalars()]

    # ---- sessions -----------------------------------------------------------------
    def create_session(self, user_id: int, token_hash: str, lifetime: dt.timedelta) -> None:
        now = self._clock()
        with self._write() as s:
            s.add(WebSession(token_hash=token_hash, user_id=user_id, created_at=now,
                             expires_at=now + lifetime))

    def session_user(self, token_hash: str) -> UserView | None:
        """The active user of an unexpired session, else None."""
        with self._read() as s:
            row = s.get(WebSession, token_hash)
            if row is None or row.expires_at <= self._clock():
                return None
            u = s.get(User, row.user_id)
            return _view(s, u) if u and u.active else None

    def delete_session(self, token_hash: str) -> None:
        with self._write() as s:
            s.execute(delete(WebSession).where(WebSession.token_hash == token_hash))

    # ---- applicants of cases --------------------------------------------------------
    def link_applicant(self, case_id: str, user_id: int) -> None:
        with self._write() as s:
            if s.get(CaseApplicant, case_id) is None:
                s.add(CaseApplicant(case_id=case_id, user_id=user_id))

    def applicant_of(self, case_id: str) -> int | None:
        with self._read() as s:
            row = s.get(CaseApplicant, case_id)
            return row.user_id if row else None

    def cases_of(self, user_id: int) -> list[str]:
        with self._read() as s:
            return list(s.execute(select(CaseApplicant.case_id)
                                  .where(CaseApplicant.user_id == user_id)
                                  .order_by(CaseApplicant.case_id)).scalars())

    # ---- drafts -------------------------------------------------------------------
    def create_draft(self, user_id: int, data: dict[str, Any]) -> DraftView:
        with self._write() as s:
            row = Draft(user_id=user_id, data=auditlog.as_json(data), updated_at=self._clock())
            s.add(row)
            s.flush()
            return _draft(row)

    def draft(self, draft_id: int) -> DraftView | None:
        with self._read() as s:
            row = s.get(Draft, draft_id)
            return _draft(row) if row else None

    def save_draft(self, draft_id: int, data: dict[str, Any],
                   case_id: str | None = None) -> DraftView:
        with self._write() as s:
            row = s.get(Draft, draft_id)
            if row is None:
                raise NotFoundError(f"Entwurf {draft_id} gibt es nicht")
            row.data = auditlog.as_json(data)
            row.case_id = case_id or row.case_id
            row.updated_at = self._clock()
            return _draft(row)

    def drafts_of(self, user_id: int) -> list[DraftView]:
        with self._read() as s:
            rows = s.execute(select(Draft).where(Draft.user_id == user_id)
                             .order_by(Draft.id)).scalars()
            return [_draft(r) for r in rows]


def _draft(row: Draft) -> DraftView:
    return DraftView(row.id, row.user_id, dict(row.data), row.case_id, row.updated_at)
