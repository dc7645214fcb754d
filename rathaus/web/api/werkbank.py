"""API for caseworkers: the office's inbox, deciding, Nachforderung, the Bescheid draft,
signing, and the decision after a missed deadline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from rathaus.store.konten import UserView
from rathaus.web.api.modelle import EntscheidungIn, EntwurfIn, FristIn, TextIn, fall_json
from rathaus.web.dienste import bescheid, faelle, werkbank
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import NichtGefunden, csrf_pruefen, sachbearbeitung

router = APIRouter(prefix="/api", tags=["Werkbank"], dependencies=[Depends(csrf_pruefen)])


@router.get("/posteingang")
async def posteingang(request: Request,
                      user: UserView = Depends(sachbearbeitung)) -> list[dict[str, Any]]:
    rows = await werkbank.posteingang(kontext(request), user)
    return [{**fall_json(r["fall"]), "aufgabe": r["aufgabe"], "vorschlag": r["vorschlag"]}
            for r in rows]


@router.post("/faelle/{case_id}/entscheidung")
async def entscheidung(case_id: str, body: EntscheidungIn, request: Request,
                       user: UserView = Depends(sachbearbeitung)) -> dict[str, str]:
    r = await werkbank.entscheiden_als(kontext(request), user, case_id, body.ergebnis,
                                       body.begruendung, body.nebenbestimmungen)
    return {"ergebnis": r}


@router.post("/faelle/{case_id}/nachforderung")
async def nachforderung(case_id: str, body: TextIn, request: Request,
                        user: UserView = Depends(sachbearbeitung)) -> dict[str, str]:
    return {"ergebnis": await werkbank.nachfordern(kontext(request), user, case_id, body.text)}


@router.get("/faelle/{case_id}/bescheid-entwurf")
def entwurf(case_id: str, request: Request,
            user: UserView = Depends(sachbearbeitung)) -> dict[str, Any]:
    """The draft: `art` "json" (the Bescheid agent's, with its PDF) or "text"."""
    k = kontext(request)
    faelle.des_amts(k, user, case_id)
    ansicht = bescheid.ansicht(k, case_id)
    if ansicht is None:
        raise NichtGefunden()
    return ansicht


@router.put("/faelle/{case_id}/bescheid-entwurf", status_code=204)
async def entwurf_speichern(case_id: str, body: EntwurfIn, request: Request,
                            user: UserView = Depends(sachbearbeitung)) -> None:
    await werkbank.entwurf_speichern(kontext(request), user, case_id, body.text,
                                     body.zusammenfassung, body.hinweise)


@router.post("/faelle/{case_id}/unterschrift")
async def unterschrift(case_id: str, request: Request,
                       user: UserView = Depends(sachbearbeitung)) -> dict[str, str]:
    return {"ergebnis": await werkbank.unterzeichnen_als(kontext(request), user, case_id)}


@router.post("/faelle/{case_id}/frist")
async def frist(case_id: str, body: FristIn, request: Request,
                user: UserView = Depends(sachbearbeitung)) -> dict[str, str]:
    r = await werkbank.frist_als(kontext(request), user, case_id, body.zuruecknehmen, body.tage)
    return {"ergebnis": r}
