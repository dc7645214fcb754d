"""API for applicants: drafts, uploads, the pre-check, filing, own cases, answering a
Nachforderung, the Bescheid; and the map data."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from rathaus.store.konten import UserView
from rathaus.web.api.modelle import entwurf_json, fall_json
from rathaus.web.dienste import befunde, entwurf, faelle, karte
from rathaus.web.dienste.formular import flach
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import NichtGefunden, angemeldet, antragsteller, csrf_pruefen

router = APIRouter(prefix="/api", tags=["Portal"], dependencies=[Depends(csrf_pruefen)])


@router.get("/entwuerfe")
def entwuerfe(request: Request, user: UserView = Depends(antragsteller)) -> list[Any]:
    return [entwurf_json(d) for d in kontext(request).store.drafts_of(user.id)]


@router.post("/entwuerfe", status_code=201)
def entwurf_neu(request: Request, user: UserView = Depends(antragsteller)) -> dict[str, Any]:
    return entwurf_json(entwurf.neu(kontext(request), user))


@router.get("/entwuerfe/{draft_id}")
def entwurf_lesen(draft_id: int, request: Request,
                  user: UserView = Depends(antragsteller)) -> dict[str, Any]:
    return entwurf_json(entwurf.meiner(kontext(request), user, draft_id))


@router.patch("/entwuerfe/{draft_id}")
def entwurf_aendern(draft_id: int, teil: dict[str, Any], request: Request,
                    user: UserView = Depends(antragsteller)) -> dict[str, Any]:
    """Change fields: a partial `antrag.json` (objects are merged, other values replace)."""
    return entwurf_json(entwurf.aendern(kontext(request), user, draft_id, flach(teil)))


@router.post("/entwuerfe/{draft_id}/unterlagen")
async def hochladen(draft_id: int, request: Request, typ: str = Form(...),
                    datei: UploadFile = File(...),
                    user: UserView = Depends(antragsteller)) -> dict[str, Any]:
    inhalt = await datei.read()
    d = entwurf.hochladen(kontext(request), user, draft_id, typ, datei.filename or typ, inhalt)
    return entwurf_json(d)


@router.delete("/entwuerfe/{draft_id}/unterlagen/{typ}")
def entfernen(draft_id: int, typ: str, request: Request,
              user: UserView = Depends(antragsteller)) -> dict[str, Any]:
    return entwurf_json(entwurf.entfernen(kontext(request), user, draft_id, typ))


@router.get("/entwuerfe/{draft_id}/vorpruefung")
async def vorpruefung(draft_id: int, request: Request,
                      user: UserView = Depends(antragsteller)) -> dict[str, Any]:
    bericht = await entwurf.vorpruefung_async(kontext(request), user, draft_id)
    return {"vollstaendig": bericht.vollstaendig, "ergebnis": bericht.ergebnis,
            "ergebnis_text": befunde.ERGEBNIS[bericht.ergebnis],
            "befunde": [befunde.befund_json(b) for b in bericht.befunde]}


@router.post("/entwuerfe/{draft_id}/einreichen", status_code=201)
async def einreichen(draft_id: int, request: Request,
                     user: UserView = Depends(antragsteller)) -> dict[str, str]:
    return {"fall": await entwurf.einreichen_entwurf(kontext(request), user, draft_id)}


@router.get("/antraege")
def meine(request: Request, user: UserView = Depends(antragsteller)) -> list[Any]:
    return [fall_json(c) for c in faelle.meine(kontext(request), user)]


@router.get("/faelle/{case_id}")
def fall(case_id: str, request: Request, user: UserView = Depends(angemeldet)) -> Any:
    k = kontext(request)
    case, amt = faelle.sichtbar(k, user, case_id)
    out = {**fall_json(case), "zeitleiste": faelle.zeitleiste(k, case_id),
           "dokumente": [{"datei": d.datei, "typ": d.typ, "version": d.version,
                          "groesse": d.size} for d in faelle.dokumente(k, case_id, amt)],
           "bescheid": faelle.bescheid(k, case_id, amt) is not None}
    if amt:
        out |= {"antrag": case.antrag,
                "befunde": [befunde.befund_json(b) for b in befunde.aktuelle(k.store, case_id)]}
    return out


@router.get("/faelle/{case_id}/dokumente/{pfad:path}")
def dokument(case_id: str, pfad: str, request: Request,
             user: UserView = Depends(angemeldet)) -> Response:
    k = kontext(request)
    _, amt = faelle.sichtbar(k, user, case_id)
    return datei_antwort(faelle.datei(k, case_id, pfad, amt))


@router.get("/faelle/{case_id}/bescheid")
def bescheid(case_id: str, request: Request, user: UserView = Depends(angemeldet)) -> Response:
    k = kontext(request)
    _, amt = faelle.sichtbar(k, user, case_id)
    v = faelle.bescheid(k, case_id, amt)
    if v is None:
        raise NichtGefunden()
    return datei_antwort(faelle.datei(k, case_id, v.datei, amt), anhang=True)


@router.post("/faelle/{case_id}/nachreichen")
async def nachreichen(case_id: str, request: Request, typ: list[str] = Form(...),
                      datei: list[UploadFile] = File(...),
                      user: UserView = Depends(antragsteller)) -> dict[str, str]:
    dateien = [(t, f.filename or t, await f.read()) for t, f in zip(typ, datei, strict=False)]
    return {"ergebnis": await faelle.nachreichen_portal(kontext(request), user, case_id,
                                                        dateien)}


@router.get("/karte/{name}")
def karten_ebene(name: str, request: Request, user: UserView = Depends(angemeldet)) -> Response:
    k = kontext(request)
    data = karte.ebene(k.gemeinde, k.registers, name)
    if data is None:
        raise NichtGefunden()
    return Response(data, media_type="application/geo+json",
                    headers={"Cache-Control": "private, max-age=300"})


@router.get("/flurstuecke")
def flurstuecke(q: str, request: Request,
                user: UserView = Depends(angemeldet)) -> list[dict[str, Any]]:
    return karte.suche(kontext(request).registers, q)


def datei_antwort(d: faelle.Datei, anhang: bool = False) -> Response:
    art = "attachment" if anhang else "inline"
    return Response(d.inhalt, media_type=d.media_type, headers={
        "Content-Disposition": f'{art}; filename="{d.name}"',
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox"})
