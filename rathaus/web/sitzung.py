"""Who is asking: the session cookie, the roles a route needs, and the CSRF check.

Every request that is not allowed to see a thing gets 404, as if it did not exist;
only a signed-out visitor is sent to the sign-in page (API: 401).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi import Depends, Request, Response

from rathaus.store.konten import UserView
from rathaus.web.kontext import kontext
from rathaus.web.sicherheit import csrf_ok, csrf_token, neues_token, token_hash

SITZUNG = "rathaus_sitzung"
CSRF = "rathaus_csrf"
UNSICHER = {"POST", "PUT", "PATCH", "DELETE"}


class NichtAngemeldet(Exception):
    """Signed out: pages redirect to the sign-in page, the API answers 401."""


class NichtGefunden(Exception):
    """Not there, or not yours: 404 either way."""


class CsrfFehler(Exception):
    """A form or API call without the right CSRF token: 403."""


def benutzer_optional(request: Request) -> UserView | None:
    if hasattr(request.state, "benutzer"):
        cached: UserView | None = request.state.benutzer
        return cached
    token = request.cookies.get(SITZUNG)
    user = kontext(request).store.session_user(token_hash(token)) if token else None
    request.state.benutzer = user
    return user


def angemeldet(request: Request) -> UserView:
    user = benutzer_optional(request)
    if user is None:
        raise NichtAngemeldet()
    return user


def _rolle(role: str, amt: bool = False) -> Callable[..., UserView]:
    def check(user: UserView = Depends(angemeldet)) -> UserView:
        if not user.has(role) or (amt and not user.office_id):
            raise NichtGefunden()
        return user

    return check


antragsteller = _rolle("antragsteller")
sachbearbeitung = _rolle("sachbearbeitung", amt=True)
admin = _rolle("admin")


def csrf_basis(request: Request) -> str:
    return request.cookies.get(SITZUNG) or getattr(request.state, "csrf_basis", "") \
        or request.cookies.get(CSRF, "")


def csrf_fuer(request: Request) -> str:
    return csrf_token(kontext(request).key, csrf_basis(request))


async def csrf_pruefen(request: Request) -> None:
    """Unsafe methods need the token: header `X-CSRF-Token` or form field `csrf`."""
    if request.method not in UNSICHER:
        return
    token = request.headers.get("x-csrf-token")
    if token is None and request.headers.get("content-type", "").startswith(
            ("multipart/form-data", "application/x-www-form-urlencoded")):
        value = (await request.form()).get("csrf")
        token = value if isinstance(value, str) else None
    if not token or not csrf_ok(kontext(request).key, csrf_basis(request), token):
        raise CsrfFehler()


def anmelden(request: Request, response: Response, user: UserView) -> str:
    """A new session for `user` (the old one of this browser ends); returns its token."""
    k = kontext(request)
    alt = request.cookies.get(SITZUNG)
    if alt:
        k.store.delete_session(token_hash(alt))
    token = neues_token()
    lifetime = dt.timedelta(hours=k.cfg.session_hours)
    k.store.create_session(user.id, token_hash(token), lifetime)
    response.set_cookie(SITZUNG, token, max_age=int(lifetime.total_seconds()), httponly=True,
                        secure=k.cfg.cookie_secure, samesite="lax", path="/")
    request.state.benutzer = user
    return token


def abmelden(request: Request, response: Response) -> None:
    token = request.cookies.get(SITZUNG)
    if token:
        kontext(request).store.delete_session(token_hash(token))
    response.delete_cookie(SITZUNG, path="/", secure=kontext(request).cfg.cookie_secure,
                           httponly=True, samesite="lax")
