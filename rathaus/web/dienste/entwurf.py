"""Application drafts in the portal: steps, uploads, the pre-check and filing.

A draft is `antrag.json` in the making plus its uploads (blobs by hash). The pre-check
writes it as a bundle into a temporary folder and runs exactly what the intake runs.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rathaus.domain.antrag import UNTERLAGE_TYPEN, Antrag
from rathaus.intake.bundle import key_path, lade_vorgang
from rathaus.intake.lesen import erkenne_format
from rathaus.pruefung import Pruefbericht, pruefe
from rathaus.store.konten import DraftView, UserView
from rathaus.store.texte import BERLIN
from rathaus.web.dienste.felder import setzen
from rathaus.web.kontext import Kontext
from rathaus.web.sitzung import NichtGefunden
from rathaus.workflow.dienste import einreichen

ENDUNG = {"pdf": "pdf", "png": "png", "jpeg": "jpg"}


class Fehler(Exception):
    """Field errors: key path (or form field) → message in plain language."""

    def __init__(self, fehler: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fehler.items()))
        self.fehler = fehler


def leer() -> dict[str, Any]:
    return {"verfahren": "vereinfachtes_verfahren", "bauherr": {}, "entwurfsverfasser": {},
            "grundstueck": {}, "vorhaben": {"gebaeude": [{}]}, "unterlagen": []}


def neu(k: Kontext, user: UserView) -> DraftView:
    return k.store.create_draft(user.id, leer())


def meiner(k: Kontext, user: UserView, draft_id: int) -> DraftView:
    d = k.store.draft(draft_id)
    if d is None or d.user_id != user.id:
        raise NichtGefunden()
    return d


def antrag_json(data: dict[str, Any]) -> dict[str, Any]:
    """The draft as `antrag.json`: uploads reduced to type and file name."""
    out = copy.deepcopy(data)
    out["unterlagen"] = [{"typ": u["typ"], "datei": u["datei"]}
                         for u in data.get("unterlagen", [])]
    return out


def aendern(k: Kontext, user: UserView, draft_id: int, werte: dict[str, Any]) -> DraftView:
    """Set fields by key path; the result must still be a well-formed Antrag."""
    d = meiner(k, user, draft_id)
    _offen(d)
    data = copy.deepcopy(d.data)
    for pfad, wert in werte.items():
        if pfad.split(".")[0] == "unterlagen":
            raise Fehler({pfad: "Unterlagen werden hochgeladen, nicht gesetzt."})
        setzen(data, pfad, wert)
    fehler = _unbekannte_flurstuecke(k, data)
    try:
        Antrag.model_validate_json(json.dumps(antrag_json(data)))  # JSON mode: lists
    except ValidationError as exc:
        for e in exc.errors():
            fehler.setdefault(key_path(tuple(e["loc"])), _klartext(e["type"], e["msg"]))
    if fehler:
        raise Fehler(fehler)
    return k.store.save_draft(d.id, data)


def _klartext(typ: str, msg: str) -> str:
    if typ == "extra_forbidden":
        return "Dieses Feld gibt es nicht."
    if typ.endswith("_type") or typ.endswith("_parsing"):
        return "Der Wert hat nicht die erwartete Form."
    return msg


def _unbekannte_flurstuecke(k: Kontext, data: dict[str, Any]) -> dict[str, str]:
    kz = (data.get("grundstueck") or {}).get("flurstuecke") or []
    fremd = [x for x in kz if not isinstance(x, str) or k.registers.flurstuecke.get(x) is None]
    if fremd:
        return {"grundstueck.flurstuecke": "Im Liegenschaftskataster nicht gefunden: "
                + ", ".join(map(str, fremd))}
    return {}


def _offen(d: DraftView) -> None:
    if d.case_id:
        raise Fehler({"entwurf": f"Der Antrag ist schon eingereicht ({d.case_id})."})


def hochladen(k: Kontext, user: UserView, draft_id: int, typ: str, name: str,
              inhalt: bytes) -> DraftView:
    """Add or replace the document of type `typ`; the type is checked by content."""
    d = meiner(k, user, draft_id)
    _offen(d)
    pruefe_datei(k, typ, inhalt, feld="datei")
    fmt = erkenne_format(inhalt[:2048])
    sha = k.store.blobs.put(inhalt)
    eintrag = {"typ": typ, "datei": f"unterlagen/{typ}.{ENDUNG[fmt]}", "sha256": sha,
               "groesse": len(inhalt), "name": Path(name).name[:200] or typ}
    data = copy.deepcopy(d.data)
    data["unterlagen"] = [u for u in data.get("unterlagen", []) if u["typ"] != typ] + [eintrag]
    return k.store.save_draft(d.id, data)


def pruefe_datei(k: Kontext, typ: str, inhalt: bytes, feld: str) -> None:
    if typ not in UNTERLAGE_TYPEN:
        raise Fehler({"typ": "Bitte eine Art der Unterlage aus der Liste wählen."})
    if not inhalt:
        raise Fehler({feld: "Die Datei ist leer."})
    if len(inhalt) > k.cfg.max_file_bytes:
        raise Fehler({feld: f"Die Datei ist größer als {k.cfg.max_file_bytes // 2**20} MB."})
    if erkenne_format(inhalt[:2048]) not in ENDUNG:
        raise Fehler({feld: "Die Datei ist kein PDF, PNG oder JPEG (geprüft wird der "
                            "Inhalt, nicht der Name)."})


def entfernen(k: Kontext, user: UserView, draft_id: int, typ: str) -> DraftView:
    d = meiner(k, user, draft_id)
    _offen(d)
    data = copy.deepcopy(d.data)
    data["unterlagen"] = [u for u in data.get("unterlagen", []) if u["typ"] != typ]
    return k.store.save_draft(d.id, data)


def _bundle(k: Kontext, d: DraftView, ordner: Path) -> Path:
    """The draft as a bundle; the portal's reference (P-<draft>) and today's date fill
    `id` and `eingang`. When it is filed, the case's stored antrag gets the case's file
    number as `id` instead; P-<draft> stays in the audit entry (`Store.create_case`)."""
    data = d.data
    antrag = {**antrag_json(data), "id": f"P-{d.id}",
              "eingang": dt.datetime.now(BERLIN).date().isoformat()}
    (ordner / "unterlagen").mkdir(parents=True)
    (ordner / "antrag.json").write_text(json.dumps(antrag, ensure_ascii=False),
                                        encoding="utf-8")
    for u in data.get("unterlagen", []):
        (ordner / u["datei"]).write_bytes(k.store.read_document(u["sha256"]))
    return ordner


def vorpruefung(k: Kontext, d: DraftView) -> Pruefbericht:
    """The pre-check of the draft as it stands (blocking: OCR may run)."""
    with tempfile.TemporaryDirectory(prefix="rathaus-vorpruefung-") as tmp:
        return pruefe(lade_vorgang(_bundle(k, d, Path(tmp) / "antrag")), k.registers)


async def vorpruefung_async(k: Kontext, user: UserView, draft_id: int) -> Pruefbericht:
    return await asyncio.to_thread(vorpruefung, k, meiner(k, user, draft_id))


async def einreichen_entwurf(k: Kontext, user: UserView, draft_id: int) -> str:
    """File the draft: a case in the store, its workflow started, the applicant linked."""
    d = meiner(k, user, draft_id)
    if d.case_id:
        return d.case_id
    client = await k.client()
    with tempfile.TemporaryDirectory(prefix="rathaus-einreichen-") as tmp:
        bundle = await asyncio.to_thread(_bundle, k, d, Path(tmp) / "antrag")
        case_id = await einreichen(client, k.store, bundle, k.registers, k.frist,
                                   akteur=f"portal:{user.id}")
    k.store.link_applicant(case_id, user.id)
    k.store.save_draft(d.id, d.data, case_id)
    return case_id
