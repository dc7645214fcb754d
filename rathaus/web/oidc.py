"""Sign-in with OpenID Connect (Keycloak, a Land's citizen account) via Authlib, when
configured (`RATHAUS_WEB_OIDC__SERVER_METADATA_URL`, `…__CLIENT_ID`, `…__CLIENT_SECRET`).
A first sign-in creates an applicant account bound to the provider's `sub`."""

from __future__ import annotations

from typing import Any

from authlib.integrations.starlette_client import OAuth, OAuthError
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.middleware.sessions import SessionMiddleware

from rathaus.errors import InputError
from rathaus.web.kontext import Kontext, kontext
from rathaus.web.sitzung import anmelden


def einrichten(app: FastAPI, k: Kontext) -> None:
    cfg = k.cfg.oidc
    oauth = OAuth()
    oauth.register(name="oidc", server_metadata_url=cfg.server_metadata_url,
                   client_id=cfg.client_id,
                   client_secret=cfg.client_secret.get_secret_value()
                   if cfg.client_secret else None,
                   client_kwargs={"scope": cfg.scope, "code_challenge_method": "S256"})
    # Authlib keeps state and nonce of the redirect in a signed cookie of its own.
    app.add_middleware(SessionMiddleware, secret_key=k.key.decode(), session_cookie="rathaus_oidc",
                       same_site="lax", https_only=k.cfg.cookie_secure, max_age=600)

    @app.get("/anmelden/oidc", include_in_schema=False)
    async def start(request: Request) -> Any:
        client: Any = oauth.create_client("oidc")
        return await client.authorize_redirect(request, str(request.url_for("oidc_rueckruf")))

    @app.get("/anmelden/oidc/rueckruf", name="oidc_rueckruf", include_in_schema=False)
    async def rueckruf(request: Request) -> Response:
        client: Any = oauth.create_client("oidc")
        try:
            token = await client.authorize_access_token(request)
        except OAuthError:
            return RedirectResponse("/anmelden", 303)
        info = token.get("userinfo") or {}
        user = _konto(kontext(request), info)
        response = RedirectResponse("/", 303)
        anmelden(request, response, user)
        return response


def _konto(k: Kontext, info: dict[str, Any]) -> Any:
    sub = str(info.get("sub") or "")
    if not sub:
        raise InputError("Der Anmeldedienst hat keine Kennung (sub) geliefert")
    user = k.store.user_by_oidc(sub)
    if user is None:
        email = str(info.get("email") or f"{sub}@oidc.invalid")
        user = k.store.create_user(email, str(info.get("name") or email), password_hash=None,
                                   oidc_sub=sub, actor="oidc")
    return user
