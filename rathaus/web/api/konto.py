"""API: register, sign in and out, who am I."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, Response

from rathaus.store.konten import UserView
from rathaus.web.api.modelle import Anmeldung, Registrierung, benutzer_json
from rathaus.web.dienste import konten
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.kontext import kontext
from rathaus.web.sicherheit import csrf_token
from rathaus.web.sitzung import abmelden, angemeldet, anmelden, csrf_fuer, csrf_pruefen

router = APIRouter(prefix="/api/konto", tags=["Konto"], dependencies=[Depends(csrf_pruefen)])


@router.post("/registrieren", status_code=201)
def registrieren(body: Registrierung, request: Request) -> dict[str, Any]:
    k = kontext(request)
    if not k.cfg.registrierung:
        raise Fehler({"email": "Die Registrierung ist abgeschaltet."})
    return benutzer_json(konten.registrieren(k.store, body.email, body.name, body.passwort))


@router.post("/anmelden")
def anmelden_api(body: Anmeldung, request: Request, response: Response) -> dict[str, Any]:
    user = konten.anmelden(kontext(request), body.email, body.passwort)
    token = anmelden(request, response, user)
    return {**benutzer_json(user), "csrf": csrf_token(kontext(request).key, token)}


@router.post("/abmelden", status_code=204)
def abmelden_api(request: Request, response: Response) -> None:
    abmelden(request, response)


@router.get("")
def ich(request: Request, user: UserView = Depends(angemeldet)) -> dict[str, Any]:
    return {**benutzer_json(user), "csrf": csrf_fuer(request)}


@router.get("/csrf")
def csrf(request: Request) -> dict[str, str]:
    """The token for the next unsafe request (header `X-CSRF-Token`), also before sign-in."""
    return {"csrf": csrf_fuer(request)}
