"""Request limits and browser settings: the body size limit (before any parsing), the
CSRF cookie of signed-out visitors, the language choice and the security headers."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rathaus.web.sitzung import CSRF
from rathaus.web.vorlagen import SPRACH_COOKIE, SPRACHEN

CSP = ("default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
       "script-src 'self'; frame-src 'self'; object-src 'self'; frame-ancestors 'self'; "
       "form-action 'self'; base-uri 'none'")
# /docs runs Swagger UI (vendored), which needs inline styles and one inline script.
CSP_DOCS = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")


class ZuGross(Exception):
    pass


class BodyLimit:
    """413 for a request body over `limit` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _zu_gross(send)
            return
        seen, started = 0, False

        async def counted() -> Message:
            nonlocal seen
            msg = await receive()
            seen += len(msg.get("body", b""))
            if seen > self.limit:
                raise ZuGross()
            return msg

        async def tracked(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counted, tracked)
        except ZuGross:
            if not started:
                await _zu_gross(send)


async def _zu_gross(send: Send) -> None:
    body = "Die Anfrage ist zu groß. / The request is too large.".encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def browser(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                  ) -> Response:
    neu = None
    if not request.cookies.get(CSRF):
        neu = secrets.token_urlsafe(32)
        request.state.csrf_basis = neu
    wahl = request.query_params.get("sprache")
    if wahl in SPRACHEN:
        request.state.sprache = wahl
    response = await call_next(request)
    secure: Any = request.app.state.kontext.cfg.cookie_secure
    if neu:
        response.set_cookie(CSRF, neu, httponly=True, secure=secure, samesite="lax", path="/")
    if wahl in SPRACHEN:
        response.set_cookie(SPRACH_COOKIE, wahl, max_age=365 * 86400, secure=secure,
                            samesite="lax", path="/")
    docs = request.url.path in ("/docs", "/docs/oauth2-redirect")
    response.headers.setdefault("Content-Security-Policy", CSP_DOCS if docs else CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
    return response
