"""Rendering pages: Jinja2 templates in German, with an English catalogue
(`texte_en.json`, German text → English) picked by `?sprache=en` (kept in a cookie)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from rathaus.store.texte import BERLIN
from rathaus.web.sitzung import benutzer_optional, csrf_fuer

HIER = Path(__file__).parent
SPRACHEN = ("de", "en")
SPRACH_COOKIE = "rathaus_sprache"
templates = Jinja2Templates(directory=str(HIER / "templates"))  # autoescapes


@cache
def katalog() -> dict[str, str]:
    data: dict[str, str] = json.loads((HIER / "texte_en.json").read_text(encoding="utf-8"))
    return data


def sprache(request: Request) -> str:
    s = getattr(request.state, "sprache", None) or request.cookies.get(SPRACH_COOKIE, "de")
    return s if s in SPRACHEN else "de"


def uebersetze(text: str, lang: str, **werte: Any) -> str:
    out = katalog().get(text, text) if lang == "en" else text
    return out.format(**werte) if werte else out


def zeit(value: dt.datetime | str | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


templates.env.filters["zeit"] = zeit
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


def seite(request: Request, vorlage: str, status_code: int = 200, /, **ctx: Any
          ) -> HTMLResponse:
    lang = sprache(request)

    def _(text: str, **werte: Any) -> str:
        return uebersetze(text, lang, **werte)

    ctx.update(request=request, benutzer=benutzer_optional(request), csrf=csrf_fuer(request),
               lang=lang, _=_, pfad=request.url.path)
    return templates.TemplateResponse(request, vorlage, ctx, status_code=status_code)
