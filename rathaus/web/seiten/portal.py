"""Pages for applicants: the guided Bauantrag, the pre-check, filing, the status of a
case, answering a Nachforderung, documents and the Bescheid."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from rathaus.store.konten import UserView
from rathaus.web.api import portal as api_portal
from rathaus.web.dienste import befunde, entwurf, faelle, karte
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.dienste.felder import SCHRITTE, UNTERLAGEN, G, lesen
from rathaus.web.dienste.formular import grundriss_aus_text, werte_aus_formular
from rathaus.web.kontext import kontext
from rathaus.web.sitzung import NichtGefunden, antragsteller, csrf_pruefen
from rathaus.web.vorlagen import seite

router = APIRouter(include_in_schema=False, dependencies=[Depends(csrf_pruefen)])
FOLGE = {"bauherr": "grundstueck", "grundstueck": "vorhaben", "vorhaben": "unterlagen"}
TITEL = {"bauherr": "Bauherr", "grundstueck": "Grundstück", "vorhaben": "Vorhaben",
         "unterlagen": "Unterlagen", "vorpruefung": "Vorprüfung"}


@router.get("/portal")
def uebersicht(request: Request, user: UserView = Depends(antragsteller)) -> Response:
    k = kontext(request)
    offen = [d for d in k.store.drafts_of(user.id) if not d.case_id]
    return seite(request, "portal/index.html", titel="Meine Anträge", entwuerfe=offen,
                 faelle=faelle.meine(k, user), status=faelle.STATUS)


@router.post("/portal/antraege")
def neu(request: Request, user: UserView = Depends(antragsteller)) -> Response:
    d = entwurf.neu(kontext(request), user)
    return RedirectResponse(f"/portal/antraege/{d.id}/bauherr", 303)


def _schritt_seite(request: Request, user: UserView, draft_id: int, schritt: str,
                   status: int = 200, fehler: dict[str, str] | None = None,
                   daten: dict[str, Any] | None = None) -> Response:
    k = kontext(request)
    d = entwurf.meiner(k, user, draft_id)
    if d.case_id:
        return RedirectResponse(f"/portal/faelle/{d.case_id}", 303)
    q = request.query_params.get("q", "")
    return seite(request, "portal/schritt.html", status, titel=TITEL[schritt], schritt=schritt,
                 schritte=TITEL, entwurf=d, daten=daten or d.data, felder=SCHRITTE[schritt],
                 fehler=fehler or {}, lesen=lesen, q=q, G=G,
                 treffer=karte.suche(k.registers, q) if q else [])


def _mit_eingaben(daten: dict[str, Any], roh: dict[str, list[str]]) -> dict[str, Any]:
    """Show what was typed again, also where it was wrong (as text)."""
    from rathaus.web.dienste.felder import setzen

    out = dict(daten)
    for pfad, werte in roh.items():
        if pfad != "csrf" and werte and not pfad.endswith("flurstuecke"):
            setzen(out, pfad, werte[0] if len(werte) == 1 else werte)
    return out


def _unterlagen_seite(request: Request, user: UserView, draft_id: int, status: int = 200,
                      fehler: dict[str, str] | None = None) -> Response:
    d = entwurf.meiner(kontext(request), user, draft_id)
    if d.case_id:
        return RedirectResponse(f"/portal/faelle/{d.case_id}", 303)
    return seite(request, "portal/unterlagen.html", status, titel="Unterlagen",
                 schritt="unterlagen", schritte=TITEL, entwurf=d, arten=UNTERLAGEN,
                 fehler=fehler or {}, typ=request.query_params.get("typ", ""))


@router.post("/portal/antraege/{draft_id}/unterlagen/hochladen")
async def hochladen(draft_id: int, request: Request,
                    user: UserView = Depends(antragsteller)) -> Response:
    form = await request.form()
    typ, datei = form.get("typ"), form.get("datei")
    try:
        if not isinstance(datei, UploadFile) or not datei.filename:
            raise Fehler({"datei": "Bitte wählen Sie eine Datei."})
        entwurf.hochladen(kontext(request), user, draft_id, str(typ or ""), datei.filename,
                          await datei.read())
    except Fehler as exc:
        return _unterlagen_seite(request, user, draft_id, 400, exc.fehler)
    return RedirectResponse(f"/portal/antraege/{draft_id}/unterlagen", 303)


@router.post("/portal/antraege/{draft_id}/unterlagen/{typ}/entfernen")
def entfernen(draft_id: int, typ: str, request: Request,
              user: UserView = Depends(antragsteller)) -> Response:
    entwurf.entfernen(kontext(request), user, draft_id, typ)
    return RedirectResponse(f"/portal/antraege/{draft_id}/unterlagen", 303)


@router.get("/portal/antraege/{draft_id}/vorpruefung")
async def vorpruefung(draft_id: int, request: Request,
                      user: UserView = Depends(antragsteller)) -> Response:
    k = kontext(request)
    d = entwurf.meiner(k, user, draft_id)
    if d.case_id:
        return RedirectResponse(f"/portal/faelle/{d.case_id}", 303)
    bericht = await entwurf.vorpruefung_async(k, user, draft_id)
    return seite(request, "portal/pruefung.html", titel="Vorprüfung", schritt="vorpruefung",
                 schritte=TITEL, entwurf=d, bericht=bericht, ergebnis=befunde.ERGEBNIS,
                 gruppen=befunde.nach_agent(bericht.befunde), art=befunde.art_label,
                 tun=befunde.tun)


@router.post("/portal/antraege/{draft_id}/einreichen")
async def einreichen(draft_id: int, request: Request,
                     user: UserView = Depends(antragsteller)) -> Response:
    case_id = await entwurf.einreichen_entwurf(kontext(request), user, draft_id)
    return RedirectResponse(f"/portal/faelle/{case_id}", 303)


def _fall_seite(request: Request, user: UserView, case_id: str, status: int = 200,
                fehler: dict[str, str] | None = None, meldung: str = "") -> Response:
    k = kontext(request)
    case = faelle.des_antragstellers(k, user, case_id)
    maengel = [b for b in befunde.aktuelle(k.store, case_id)
               if b.pruefer == "vollstaendigkeit" and b.art == "mangel"]
    return seite(request, "portal/fall.html", status, titel=f"Vorgang {case_id}", fall=case,
                 zeitleiste=faelle.zeitleiste(k, case_id), status_text=faelle.STATUS,
                 dokumente=faelle.dokumente(k, case_id, False), maengel=maengel,
                 bescheid=faelle.bescheid(k, case_id, False), arten=UNTERLAGEN, fehler=fehler or {},
                 meldung=meldung, tun=befunde.tun)


@router.get("/portal/faelle/{case_id}")
def fall(case_id: str, request: Request, user: UserView = Depends(antragsteller)) -> Response:
    return _fall_seite(request, user, case_id,
                       meldung="ok" if request.query_params.get("nachgereicht") else "")


@router.post("/portal/faelle/{case_id}/nachreichen")
async def nachreichen(case_id: str, request: Request,
                      user: UserView = Depends(antragsteller)) -> Response:
    form = await request.form()
    typen, dateien = form.getlist("typ"), form.getlist("datei")
    paare = [(str(t), f.filename or str(t), await f.read())
             for t, f in zip(typen, dateien, strict=False)
             if isinstance(f, UploadFile) and f.filename and t]
    try:
        await faelle.nachreichen_portal(kontext(request), user, case_id, paare)
    except Fehler as exc:
        return _fall_seite(request, user, case_id, 400, exc.fehler)
    return RedirectResponse(f"/portal/faelle/{case_id}?nachgereicht=1", 303)


# The pages link the same downloads as the API (one implementation, two paths).
router.add_api_route("/faelle/{case_id}/dokumente/{pfad:path}", api_portal.dokument,
                     methods=["GET"])
router.add_api_route("/faelle/{case_id}/bescheid", api_portal.bescheid, methods=["GET"])


# The generic step routes come last: the fixed paths above take precedence.
@router.get("/portal/antraege/{draft_id}/{schritt}")
def schritt_zeigen(draft_id: int, schritt: str, request: Request,
                   user: UserView = Depends(antragsteller)) -> Response:
    if schritt == "unterlagen":
        return _unterlagen_seite(request, user, draft_id)
    if schritt not in SCHRITTE:
        raise NichtGefunden()
    return _schritt_seite(request, user, draft_id, schritt)


@router.post("/portal/antraege/{draft_id}/{schritt}")
async def schritt_speichern(draft_id: int, schritt: str, request: Request,
                            user: UserView = Depends(antragsteller)) -> Response:
    if schritt not in SCHRITTE:
        raise NichtGefunden()
    form = await request.form()
    roh = {key: [v for v in form.getlist(key) if isinstance(v, str)] for key in form}
    werte, fehler = werte_aus_formular(SCHRITTE[schritt], roh)
    datei = form.get("koordinaten")
    if isinstance(datei, UploadFile) and datei.filename:
        try:
            werte[G + "grundriss"] = grundriss_aus_text((await datei.read(1_000_001))
                                                        .decode("utf-8", "replace"))
        except ValueError as exc:
            fehler[G + "grundriss"] = str(exc)
    try:
        if fehler:
            raise Fehler(fehler)
        entwurf.aendern(kontext(request), user, draft_id, werte)
    except Fehler as exc:
        daten = entwurf.meiner(kontext(request), user, draft_id).data
        return _schritt_seite(request, user, draft_id, schritt, 400, exc.fehler,
                              _mit_eingaben(daten, roh))
    return RedirectResponse(f"/portal/antraege/{draft_id}/{FOLGE[schritt]}", 303)
