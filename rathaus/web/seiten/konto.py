"""Pages: start, sign in, register, sign out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from rathaus.web.dienste import konten
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import abmelden, anmelden, benutzer_optional, csrf_pruefen
from rathaus.web.vorlagen import seite

router = APIRouter(include_in_schema=False, dependencies=[Depends(csrf_pruefen)])


def _start(request: Request) -> str:
    user = benutzer_optional(request)
    if user is None:
        return "/anmelden"
    for rolle, ziel in (("sachbearbeitung", "/werkbank"), ("antragsteller", "/portal"),
                        ("admin", "/admin")):
        if user.has(rolle):
            return ziel
    return "/anmelden"


def _sicher(weiter: str) -> str:
    """Only paths of this site (no `//host`, no scheme): no open redirect."""
    return weiter if weiter.startswith("/") and not weiter.startswith("//") else ""


@router.get("/")
def start(request: Request) -> Response:
    return RedirectResponse(_start(request), 303)


def _anmeldeseite(request: Request, status: int = 200, **ctx: object) -> Response:
    k = kontext(request)
    ctx.setdefault("fehler", {})
    ctx.setdefault("email", "")
    ctx.setdefault("weiter", _sicher(request.query_params.get("weiter", "")))
    return seite(request, "konto/anmelden.html", status, titel="Anmelden",
                 oidc=k.cfg.oidc.label if k.cfg.oidc.aktiv else None,
                 registrierung=k.cfg.registrierung, **ctx)


@router.get("/anmelden")
def anmelden_seite(request: Request) -> Response:
    return _anmeldeseite(request)


@router.post("/anmelden")
def anmelden_senden(request: Request, email: str = Form(""), passwort: str = Form(""),
                    weiter: str = Form("")) -> Response:
    try:
        user = konten.anmelden(kontext(request), email, passwort)
    except Fehler as exc:
        return _anmeldeseite(request, 400, fehler=exc.fehler, email=email, weiter=weiter)
    response = RedirectResponse(_sicher(weiter) or "/", 303)
    anmelden(request, response, user)
    return response


@router.get("/registrieren")
def registrieren_seite(request: Request) -> Response:
    if not kontext(request).cfg.registrierung:
        return RedirectResponse("/anmelden", 303)
    return seite(request, "konto/registrieren.html", titel="Registrieren", fehler={},
                 name="", email="")


@router.post("/registrieren")
def registrieren_senden(request: Request, name: str = Form(""), email: str = Form(""),
                        passwort: str = Form("")) -> Response:
    k = kontext(request)
    if not k.cfg.registrierung:
        return RedirectResponse("/anmelden", 303)
    try:
        user = konten.registrieren(k.store, email, name, passwort)
    except Fehler as exc:
        return seite(request, "konto/registrieren.html", 400, titel="Registrieren",
                     fehler=exc.fehler, name=name, email=email)
    response = RedirectResponse("/portal", 303)
    anmelden(request, response, user)
    return response


@router.post("/abmelden")
def abmelden_senden(request: Request) -> Response:
    user, oidc = benutzer_optional(request), kontext(request).cfg.oidc
    # signed in with the provider: end its session too (rathaus.web.oidc)
    ziel = "/abmelden/oidc" if user is not None and user.oidc and oidc.aktiv \
        and oidc.abmelden_beim_dienst else "/anmelden"
    response = RedirectResponse(ziel, 303)
    abmelden(request, response)
    return response
