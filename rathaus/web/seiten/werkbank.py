"""Pages for caseworkers: the office's inbox and the case view with its forms (decide,
Nachforderung, Bescheid draft and signature, missed deadline)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from rathaus.store.konten import UserView
from rathaus.web.dienste import befunde, bescheid, faelle, karte, werkbank
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.dienste.felder import UNTERLAGEN, antragsdaten
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import csrf_pruefen, sachbearbeitung
from rathaus.web.vorlagen import seite, sprache, uebersetze
from rathaus.workflow.regeln import begruendung_noetig

router = APIRouter(include_in_schema=False, dependencies=[Depends(csrf_pruefen)])


@router.get("/werkbank")
async def posteingang(request: Request, user: UserView = Depends(sachbearbeitung)) -> Response:
    rows = await werkbank.posteingang(kontext(request), user)
    return seite(request, "werkbank/index.html", titel="Posteingang", zeilen=rows,
                 status=faelle.STATUS, aufgaben=werkbank.AUFGABEN)


async def _fall_seite(request: Request, user: UserView, case_id: str, status: int = 200,
                      fehler: dict[str, str] | None = None, eingaben: dict[str, Any] | None
                      = None) -> Response:
    k = kontext(request)
    case = faelle.des_amts(k, user, case_id)
    z = await werkbank.aufgabe(k, case_id)
    bs = befunde.aktuelle(k.store, case_id)
    roh = [b.model_dump() for b in bs]
    noetig = {e: begruendung_noetig(roh, e) for e in werkbank.ERGEBNISSE}
    kartendaten = {"grundriss": [g.get("grundriss") for g in
                                 (case.antrag.get("vorhaben") or {}).get("gebaeude", [])
                                 if g.get("grundriss")],
                   "flurstuecke": (case.antrag.get("grundstueck") or {}).get("flurstuecke")
                   or [],
                   "abstandsflaechen": karte.abstandsflaechen(case.antrag, k.registers)}
    lang = sprache(request)

    def _(text: str, **werte: Any) -> str:
        return uebersetze(text, lang, **werte)

    return seite(request, "werkbank/fall.html", status, titel=f"Vorgang {case_id}", fall=case,
                 zustand=z, gruppen=befunde.nach_agent(bs), art=befunde.art_label,
                 tun=befunde.tun, zeitleiste=faelle.zeitleiste(k, case_id),
                 dokumente=faelle.dokumente(k, case_id, True), arten=dict(UNTERLAGEN),
                 status_text=faelle.STATUS, ergebnisse=werkbank.ERGEBNISSE, noetig=noetig,
                 vorschlag=befunde.VORSCHLAG.get(z.vorschlag, z.vorschlag)
                 if z and z.vorschlag else None, fehler=fehler or {},
                 eingaben=eingaben or {}, entwurf=bescheid.ansicht(k, case_id),
                 nachforderung=befunde.nachforderung_text(bs), karte=json.dumps(kartendaten),
                 bescheid=faelle.bescheid(k, case_id),
                 geprueft=befunde.geprueft(k.store, case_id),
                 antragsdaten=antragsdaten(case.antrag, _, lang))


@router.get("/werkbank/faelle/{case_id}")
async def fall(case_id: str, request: Request,
               user: UserView = Depends(sachbearbeitung)) -> Response:
    return await _fall_seite(request, user, case_id)


def _zurueck(case_id: str, anker: str = "") -> Response:
    return RedirectResponse(f"/werkbank/faelle/{case_id}{anker}", 303)


@router.post("/werkbank/faelle/{case_id}/entscheidung")
async def entscheiden(case_id: str, request: Request, ergebnis: str = Form(""),
                      begruendung: str = Form(""), nebenbestimmungen: str = Form(""),
                      user: UserView = Depends(sachbearbeitung)) -> Response:
    try:
        await werkbank.entscheiden_als(kontext(request), user, case_id, ergebnis, begruendung,
                                       nebenbestimmungen.splitlines())
    except Fehler as exc:
        return await _fall_seite(request, user, case_id, 400, exc.fehler, {
            "ergebnis": ergebnis, "begruendung": begruendung,
            "nebenbestimmungen": nebenbestimmungen})
    return _zurueck(case_id)


@router.post("/werkbank/faelle/{case_id}/nachforderung")
async def nachfordern(case_id: str, request: Request, text: str = Form(""),
                      user: UserView = Depends(sachbearbeitung)) -> Response:
    try:
        await werkbank.nachfordern(kontext(request), user, case_id, text)
    except Fehler as exc:
        return await _fall_seite(request, user, case_id, 400, exc.fehler,
                                 {"nachforderung": text})
    return _zurueck(case_id)


@router.post("/werkbank/faelle/{case_id}/entwurf")
async def entwurf(case_id: str, request: Request, text: str | None = Form(None),
                  zusammenfassung: str | None = Form(None), hinweise: str | None = Form(None),
                  user: UserView = Depends(sachbearbeitung)) -> Response:
    try:
        await werkbank.entwurf_speichern(kontext(request), user, case_id, text, zusammenfassung,
                                         hinweise.splitlines() if hinweise is not None else None)
    except Fehler as exc:
        return await _fall_seite(request, user, case_id, 400, exc.fehler, {
            "entwurf": text, "zusammenfassung": zusammenfassung, "hinweise": hinweise})
    return _zurueck(case_id, "#bescheid")


@router.post("/werkbank/faelle/{case_id}/unterschrift")
async def unterschrift(case_id: str, request: Request,
                       user: UserView = Depends(sachbearbeitung)) -> Response:
    try:
        await werkbank.unterzeichnen_als(kontext(request), user, case_id)
    except Fehler as exc:
        return await _fall_seite(request, user, case_id, 400, exc.fehler)
    return _zurueck(case_id)


@router.post("/werkbank/faelle/{case_id}/frist")
async def frist(case_id: str, request: Request, aktion: str = Form(""),
                tage: str = Form("0"), user: UserView = Depends(sachbearbeitung)) -> Response:
    try:
        try:
            n = float(tage.replace(",", "."))
        except ValueError:
            raise Fehler({"frist": "Bitte eine Zahl von Tagen eingeben."}) from None
        await werkbank.frist_als(kontext(request), user, case_id, aktion == "zuruecknehmen", n)
    except Fehler as exc:
        return await _fall_seite(request, user, case_id, 400, exc.fehler)
    return _zurueck(case_id)
