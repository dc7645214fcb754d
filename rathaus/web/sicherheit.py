"""Passwords (argon2id), session tokens (only their hash is stored) and CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()
MIN_PASSWORT = 10
# Verifying against this hash when the account does not exist keeps the time the same.
_DUMMY = _HASHER.hash("kein-konto-" + secrets.token_hex(8))


def passwort_hash(passwort: str) -> str:
    return _HASHER.hash(passwort)


def passwort_ok(passwort: str, gespeichert: str | None) -> bool:
    try:
        return _HASHER.verify(gespeichert or _DUMMY, passwort) and gespeichert is not None
    except (VerificationError, InvalidHashError):
        return False


def passwort_problem(passwort: str) -> str | None:
    if len(passwort) < MIN_PASSWORT:
        return f"Das Passwort braucht mindestens {MIN_PASSWORT} Zeichen."
    return None


def neues_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def csrf_token(key: bytes, basis: str) -> str:
    """A form token bound to the browser (its session, or before sign-in its CSRF cookie)."""
    return hmac.new(key, b"csrf:" + basis.encode(), hashlib.sha256).hexdigest()


def csrf_ok(key: bytes, basis: str, token: str) -> bool:
    return bool(basis) and hmac.compare_digest(csrf_token(key, basis), token)
