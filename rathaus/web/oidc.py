"""Sign-in with OpenID Connect (Keycloak, a Land's citizen account) via Authlib, when
configured (`RATHAUS_WEB_OIDC__ISSUER` or `…__SERVER_METADATA_URL`, `…__CLIENT_ID`,
`…__CLIENT_SECRET`; docs/oidc.md). Authorization code flow with PKCE (S256) and nonce;
the provider must name the configured issuer in its metadata, in the authorization
response (`iss`, RFC 9207, where sent) and in the ID token. A first sign-in creates an
applicant account bound to the provider's `sub`; later sign-ins find it by `sub`."""

from __future__ import annotations

import logging
from typing import Any

import httpx
from authlib.integrations.starlette_client import OAuth, OAuthError
from authlib.integrations.starlette_client.apps import StarletteOAuth2App
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from joserfc.errors import JoseError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from rathaus.store.konten import UserView
from rathaus.web.config import Oidc
from rathaus.web.kontext import Kontext, kontext
from rathaus.web.sitzung import anmelden
from rathaus.web.vorlagen import seite

log = logging.getLogger(__name__)


class _Aussteller(Exception):
    """The provider names another issuer than the configured one."""


def einrichten(app: FastAPI, k: Kontext) -> None:
    cfg = k.cfg.oidc
    oauth = OAuth()
    oauth.register(name="oidc", server_metadata_url=cfg.metadata_url,
                   client_id=cfg.client_id,
                   client_secret=cfg.client_secret.get_secret_value()
                   if cfg.client_secret else None,
                   client_kwargs={"scope": cfg.scope, "code_challenge_method": "S256"})
    # Authlib keeps state, nonce and PKCE verifier of the redirect in a signed cookie of
    # its own.
    app.add_middleware(SessionMiddleware, secret_key=k.key.decode(), session_cookie="rathaus_oidc",
                       same_site="lax", https_only=k.cfg.cookie_secure, max_age=600)

    def _client() -> StarletteOAuth2App:
        client = oauth.create_client("oidc")
        assert isinstance(client, StarletteOAuth2App)
        return client

    @app.get("/anmelden/oidc", include_in_schema=False)
    async def start(request: Request) -> Response:
        client = _client()
        try:
            await _metadaten(client, cfg)
            redirect_uri = cfg.redirect_uri or str(request.url_for("oidc_rueckruf"))
            response: Response = await client.authorize_redirect(request, redirect_uri)
            return response
        except _Aussteller:
            return _aussteller_falsch(request)
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("OIDC: Anmeldedienst nicht erreichbar: %s", exc)
            return _nicht_erreichbar(request)

    @app.get("/anmelden/oidc/rueckruf", name="oidc_rueckruf", include_in_schema=False)
    async def rueckruf(request: Request) -> Response:
        client = _client()
        try:
            metadaten = await _metadaten(client, cfg)
            iss = request.query_params.get("iss")
            pflicht = metadaten.get("authorization_response_iss_parameter_supported")
            if (iss is not None or pflicht) and iss != metadaten.get("issuer"):
                raise _Aussteller(iss)  # RFC 9207: a mix-up of providers
            token = await client.authorize_access_token(request)
            info = dict(token.get("userinfo") or {})
            if info.get("sub") and not (info.get("email") and info.get("name")) \
                    and metadaten.get("userinfo_endpoint"):
                # code flow: many providers put the profile only at the UserInfo endpoint
                extra = dict(await client.userinfo(token=token))
                if extra.get("sub") == info["sub"]:  # OIDC Core 5.3.2
                    info = {**extra, **info}
        except _Aussteller:
            return _aussteller_falsch(request)
        except OAuthError as exc:
            log.info("OIDC: Anmeldung abgelehnt: %s %s", exc.error, exc.description)
            if exc.error == "access_denied":
                return seite(request, "fehler.html", 400, titel="Anmeldung abgebrochen",
                             text="Die Anmeldung beim Anmeldedienst wurde abgebrochen. "
                                  "Sie sind nicht angemeldet.")
            if exc.error == "mismatching_state":
                return seite(request, "fehler.html", 400, titel="Anmeldung fehlgeschlagen",
                             text="Diese Anmeldung ist abgelaufen oder wurde in einem anderen "
                                  "Browser begonnen. Sie sind nicht angemeldet. Bitte melden "
                                  "Sie sich erneut an.")
            return seite(request, "fehler.html", 400, titel="Anmeldung fehlgeschlagen",
                         text="Der Anmeldedienst hat die Anmeldung nicht bestätigt. Sie sind "
                              "nicht angemeldet. Bitte melden Sie sich erneut an.")
        except JoseError as exc:
            log.warning("OIDC: ungültiges ID-Token: %s", exc)
            return seite(request, "fehler.html", 400, titel="Anmeldung fehlgeschlagen",
                         text="Die Antwort des Anmeldedienstes ist ungültig. Sie sind nicht "
                              "angemeldet.")
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("OIDC: Anmeldedienst nicht erreichbar: %s", exc)
            return _nicht_erreichbar(request)
        user = await run_in_threadpool(_konto, kontext(request), info)
        if user is None:
            return seite(request, "fehler.html", 400, titel="Anmeldung fehlgeschlagen",
                         text="Der Anmeldedienst hat keine Kennung geliefert. Sie sind nicht "
                              "angemeldet.")
        if not user.active:
            return seite(request, "fehler.html", 403, titel="Konto gesperrt",
                         text="Dieses Konto ist gesperrt. Bitte wenden Sie sich an die "
                              "Gemeinde.")
        response = RedirectResponse("/", 303)
        await run_in_threadpool(anmelden, request, response, user)
        return response

    @app.get("/abmelden/oidc", name="oidc_abmelden", include_in_schema=False)
    async def abmelden(request: Request) -> Response:
        """After the local sign-out (POST /abmelden): end the session at the provider
        too, where it offers RP-initiated logout; it sends the browser to /anmelden."""
        client = _client()
        try:
            metadaten = await _metadaten(client, cfg)
        except (_Aussteller, httpx.HTTPError, ValueError):
            return RedirectResponse("/anmelden", 303)
        if not metadaten.get("end_session_endpoint"):
            return RedirectResponse("/anmelden", 303)
        zurueck = str(request.url_for("anmelden_seite"))
        if cfg.redirect_uri:  # the public address, as for the sign-in
            zurueck = cfg.redirect_uri.removesuffix("/oidc/rueckruf")
        result = await client.create_logout_url(post_logout_redirect_uri=zurueck,
                                                client_id=cfg.client_id)
        return RedirectResponse(result["url"], 303)


async def _metadaten(client: StarletteOAuth2App, cfg: Oidc) -> dict[str, Any]:
    """The provider's metadata (loaded once); its issuer must be the configured one."""
    metadaten: dict[str, Any] = await client.load_server_metadata()
    erwartet = cfg.erwarteter_issuer
    issuer = str(metadaten.get("issuer") or "")
    if erwartet is not None and issuer.rstrip("/") != erwartet.rstrip("/"):
        metadaten.pop("_loaded_at", None)  # load again next time: it may get fixed
        log.error("OIDC: der Anmeldedienst nennt den Aussteller %r, konfiguriert ist %r",
                  issuer, erwartet)
        raise _Aussteller(issuer)
    return metadaten


def _aussteller_falsch(request: Request) -> Response:
    return seite(request, "fehler.html", 502, titel="Anmeldedienst unbekannt",
                 text="Der Anmeldedienst hat sich mit einer unbekannten Adresse (Issuer) "
                      "gemeldet. Sie sind nicht angemeldet. Bitte versuchen Sie es später "
                      "erneut oder melden Sie sich mit E-Mail und Passwort an.")


def _nicht_erreichbar(request: Request) -> Response:
    return seite(request, "fehler.html", 502, titel="Anmeldedienst nicht erreichbar",
                 text="Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es "
                      "später erneut oder melden Sie sich mit E-Mail und Passwort an.")


def _konto(k: Kontext, info: dict[str, Any]) -> UserView | None:
    sub = str(info.get("sub") or "")
    if not sub:
        return None
    user = k.store.user_by_oidc(sub)
    if user is None:
        # An e-mail address the provider says it has not verified is not taken over.
        email = str(info.get("email") or "") if info.get("email_verified") is not False \
            else ""
        email = email or f"{sub}@oidc.invalid"
        user = k.store.create_user(email, str(info.get("name") or email), password_hash=None,
                                   oidc_sub=sub, actor="oidc")
    return user
