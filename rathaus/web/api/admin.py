"""API for admins: users, their roles and offices, and the offices."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from rathaus.store.konten import UserView
from rathaus.web.api.modelle import AmtIn, BenutzerAenderung, BenutzerIn, benutzer_json
from rathaus.web.dienste import konten
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import admin, csrf_pruefen

router = APIRouter(prefix="/api/admin", tags=["Verwaltung"],
                   dependencies=[Depends(csrf_pruefen)])


@router.get("/benutzer")
def benutzer(request: Request, user: UserView = Depends(admin)) -> list[dict[str, Any]]:
    return [benutzer_json(u) for u in kontext(request).store.users()]


@router.post("/benutzer", status_code=201)
def benutzer_neu(body: BenutzerIn, request: Request,
                 user: UserView = Depends(admin)) -> dict[str, Any]:
    u = konten.registrieren(kontext(request).store, body.email, body.name, body.passwort,
                            tuple(body.rollen), body.amt, actor=f"admin:{user.id}")
    return benutzer_json(u)


@router.patch("/benutzer/{user_id}")
def benutzer_aendern(user_id: int, body: BenutzerAenderung, request: Request,
                     user: UserView = Depends(admin)) -> dict[str, Any]:
    u = konten.aendern(kontext(request), user, user_id, name=body.name, office_id=body.amt,
                       roles=body.rollen, active=body.aktiv)
    return benutzer_json(u)


@router.get("/aemter")
def aemter(request: Request, user: UserView = Depends(admin)) -> list[dict[str, str]]:
    return [{"kennung": o.id, "name": o.name} for o in kontext(request).store.offices()]


@router.post("/aemter", status_code=201)
def amt_neu(body: AmtIn, request: Request, user: UserView = Depends(admin)) -> dict[str, str]:
    konten.amt_anlegen(kontext(request), user, body.kennung, body.name)
    return {"kennung": body.kennung, "name": body.name}
