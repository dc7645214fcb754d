"""Registering, signing in (local accounts) and the admin's changes to accounts."""

from __future__ import annotations

import re

from rathaus.errors import InputError, NotFoundError
from rathaus.store import Store
from rathaus.store.konten import ROLLEN, UserView
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.kontext import Kontext
from rathaus.web.sicherheit import passwort_hash, passwort_ok, passwort_problem
from rathaus.web.sitzung import NichtGefunden

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def registrieren(store: Store, email: str, name: str, passwort: str,
                 roles: tuple[str, ...] = ("antragsteller",), office_id: str | None = None,
                 actor: str = "portal") -> UserView:
    fehler = {}
    if not EMAIL.match(email.strip()):
        fehler["email"] = "Bitte eine gültige E-Mail-Adresse eingeben."
    if not name.strip():
        fehler["name"] = "Bitte Ihren Namen eingeben."
    if problem := passwort_problem(passwort):
        fehler["passwort"] = problem
    if fehler:
        raise Fehler(fehler)
    try:
        return store.create_user(email, name.strip(), password_hash=passwort_hash(passwort),
                                   roles=roles, office_id=office_id or None, actor=actor)
    except InputError as exc:
        msg = str(exc)
        feld = "email" if "E-Mail" in msg else ("amt" if "Amt" in msg else "rollen")
        raise Fehler({feld: msg}) from exc


def anmelden(k: Kontext, email: str, passwort: str) -> UserView:
    found = k.store.user_login(email)
    user, gespeichert = found if found else (None, None)
    if not passwort_ok(passwort, gespeichert) or user is None or not user.active:
        raise Fehler({"email": "E-Mail-Adresse oder Passwort ist falsch."})
    return user


def aendern(k: Kontext, admin: UserView, user_id: int, *, name: str | None = None,
            office_id: str | None = None, roles: list[str] | None = None,
            active: bool | None = None) -> UserView:
    if roles is not None and any(r not in ROLLEN for r in roles):
        raise Fehler({"rollen": "Unbekannte Rolle."})
    if user_id == admin.id and (active is False or (roles is not None and "admin" not in roles)):
        raise Fehler({"rollen": "Sie können sich nicht selbst die Verwaltung entziehen."})
    try:
        return k.store.update_user(user_id, actor=f"admin:{admin.id}", name=name,
                                   office_id=office_id, active=active,
                                   roles=tuple(roles) if roles is not None else None)
    except NotFoundError as exc:
        raise NichtGefunden() from exc
    except InputError as exc:
        raise Fehler({"amt": str(exc)}) from exc


def amt_anlegen(k: Kontext, admin: UserView, office_id: str, name: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_-]{1,63}", office_id):
        raise Fehler({"kennung": "Kennung: Kleinbuchstaben, Ziffern, - und _, "
                                 "z. B. bauaufsicht."})
    if not name.strip():
        raise Fehler({"name": "Bitte einen Namen eingeben."})
    k.store.ensure_office(office_id, name.strip(), actor=f"admin:{admin.id}")
