"""The FastAPI app: pages, JSON API (OpenAPI at /docs), static assets, error pages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from rathaus.errors import RathausError
from rathaus.web import middleware
from rathaus.web.api import admin as api_admin
from rathaus.web.api import konto as api_konto
from rathaus.web.api import portal as api_portal
from rathaus.web.api import werkbank as api_werkbank
from rathaus.web.dienste.entwurf import Fehler
from rathaus.web.kontext import Kontext
from rathaus.web.seiten import admin, konto, portal, werkbank
from rathaus.web.sitzung import CsrfFehler, NichtAngemeldet, NichtGefunden
from rathaus.web.vorlagen import seite

STATIC = Path(__file__).with_name("static")
ROUTER = (api_konto.router, api_portal.router, api_werkbank.router, api_admin.router,
          konto.router, portal.router, werkbank.router, admin.router)


def create_app(k: Kontext) -> FastAPI:
    app = FastAPI(title="rathaus", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Portal, Werkbank und Verwaltung als JSON-API. Anmeldung per "
                              "Sitzungscookie; schreibende Aufrufe brauchen den Header "
                              "`X-CSRF-Token` (GET /api/konto/csrf).")
    app.state.kontext = k
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for r in ROUTER:
        app.include_router(r)
    if k.cfg.oidc.aktiv:
        from rathaus.web.oidc import einrichten

        einrichten(app, k)
    _fehlerseiten(app)
    app.middleware("http")(middleware.browser)
    app.add_middleware(middleware.BodyLimit, limit=k.cfg.max_request_bytes)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="rathaus – API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    return app


def _api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _fehlerseiten(app: FastAPI) -> None:
    @app.exception_handler(NichtGefunden)
    def nicht_gefunden(request: Request, exc: NichtGefunden) -> Response:
        if _api(request):
            return JSONResponse({"detail": "Nicht gefunden"}, status_code=404)
        return seite(request, "fehler.html", 404, titel="Seite nicht gefunden",
                     text="Diese Seite gibt es nicht, oder Sie dürfen sie nicht sehen.")

    @app.exception_handler(NichtAngemeldet)
    def nicht_angemeldet(request: Request, exc: NichtAngemeldet) -> Response:
        if _api(request):
            return JSONResponse({"detail": "Nicht angemeldet"}, status_code=401)
        return RedirectResponse(f"/anmelden?weiter={quote(request.url.path)}", 303)

    @app.exception_handler(CsrfFehler)
    def csrf(request: Request, exc: CsrfFehler) -> Response:
        if _api(request):
            return JSONResponse({"detail": "CSRF-Token fehlt oder ist falsch"}, 403)
        return seite(request, "fehler.html", 403, titel="Formular abgelaufen",
                     text="Bitte laden Sie die Seite neu und senden Sie das Formular erneut.")

    @app.exception_handler(Fehler)
    def fehler(request: Request, exc: Fehler) -> Response:
        return JSONResponse({"fehler": exc.fehler}, status_code=422)

    @app.exception_handler(RathausError)
    def rathaus(request: Request, exc: RathausError) -> Response:
        if _api(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return seite(request, "fehler.html", 400, titel="Das hat nicht geklappt",
                     text=str(exc))

    @app.exception_handler(404)
    def not_found(request: Request, exc: Exception) -> Response:
        return nicht_gefunden(request, NichtGefunden())

    @app.exception_handler(RequestValidationError)
    def ungueltig(request: Request, exc: RequestValidationError) -> Response:
        if _api(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return seite(request, "fehler.html", 400, titel="Ungültige Eingabe",
                     text="Die Anfrage war unvollständig. Bitte versuchen Sie es erneut.")
