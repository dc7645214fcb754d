"""Pages for admins: users with their roles and office, and the offices."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from rathaus.store.konten import ROLLEN, UserView
from rathaus.web.dienste import konten
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import admin, csrf_pruefen
from rathaus.web.vorlagen import seite

router = APIRouter(include_in_schema=False, dependencies=[Depends(csrf_pruefen)])
ROLLEN_TEXT = {"antragsteller": "Antragsteller:in", "sachbearbeitung": "Sachbearbeitung",
               "admin": "Verwaltung"}


def _seite(request: Request, status: int = 200, fehler: dict[str, str] | None = None,
           eingaben: dict[str, str] | None = None) -> Response:
    k = kontext(request)
    return seite(request, "admin/index.html", status, titel="Verwaltung", nutzer=k.store.users(),
                 aemter=k.store.offices(), rollen=ROLLEN, rollen_text=ROLLEN_TEXT,
                 fehler=fehler or {}, eingaben=eingaben or {})


@router.get("/admin")
def uebersicht(request: Request, user: UserView = Depends(admin)) -> Response:
    return _seite(request)


@router.post("/admin/benutzer")
async def anlegen(request: Request, user: UserView = Depends(admin)) -> Response:
    form = await request.form()
    f = {k: str(form.get(k) or "") for k in ("name", "email", "passwort", "amt")}
    rollen = [str(r) for r in form.getlist("rollen")]
    try:
        konten.registrieren(kontext(request).store, f["email"], f["name"], f["passwort"],
                            tuple(rollen) or ("antragsteller",), f["amt"] or None,
                            actor=f"admin:{user.id}")
    except Fehler as exc:
        return _seite(request, 400, exc.fehler, {k: v for k, v in f.items() if k != "passwort"})
    return RedirectResponse("/admin", 303)


@router.post("/admin/benutzer/{user_id}")
async def aendern(user_id: int, request: Request, user: UserView = Depends(admin)) -> Response:
    form = await request.form()
    try:
        konten.aendern(kontext(request), user, user_id, office_id=str(form.get("amt") or ""),
                       roles=[str(r) for r in form.getlist("rollen")],
                       active=form.get("aktiv") == "ja")
    except Fehler as exc:
        return _seite(request, 400, {f"benutzer-{user_id}": next(iter(exc.fehler.values()))})
    return RedirectResponse("/admin", 303)


@router.post("/admin/aemter")
async def amt(request: Request, user: UserView = Depends(admin)) -> Response:
    form = await request.form()
    kennung, name = str(form.get("kennung") or ""), str(form.get("amt_name") or "")
    try:
        konten.amt_anlegen(kontext(request), user, kennung, name)
    except Fehler as exc:
        fehler = {("amt_name" if k == "name" else k): v for k, v in exc.fehler.items()}
        return _seite(request, 400, fehler, {"kennung": kennung, "amt_name": name})
    return RedirectResponse("/admin", 303)
