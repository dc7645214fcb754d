"""Access control for every route of the app: another applicant, a caseworker of
another office and a signed-out visitor get 404 (signed out: 401 from the API, a
redirect to the sign-in page from the pages), as if the case did not exist."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from rathaus.web.app import ROUTER
from tests.web.conftest import BEISPIEL, PASSWORT, Konto, Umgebung

OEFFENTLICH = {"/", "/anmelden", "/registrieren", "/abmelden", "/api/konto/registrieren",
               "/api/konto/anmelden", "/api/konto/abmelden", "/api/konto/csrf", "/docs",
               "/openapi.json"}
# Anyone signed in: the map data of the municipality and one's own account.
ANGEMELDET = {"/api/konto", "/api/karte/{name}", "/api/flurstuecke"}
# Listings of one's own (another applicant sees their own drafts; another office its inbox).
EIGENE_LISTE = {"/portal", "/portal/antraege", "/api/entwuerfe", "/api/antraege"}
EIGENER_POSTEINGANG = {"/werkbank", "/api/posteingang"}


class Browser:
    """An httpx client that keeps the (Secure) cookies over plain http to 127.0.0.1, as
    browsers do for loopback, and sends the CSRF token with every request."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, follow_redirects=False, timeout=60)
        self.cookies: dict[str, str] = {}
        self.csrf = self._json("GET", "/api/konto/csrf")["csrf"]

    def request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        headers = {"X-CSRF-Token": getattr(self, "csrf", ""), "Cookie": "; ".join(
            f"{k}={v}" for k, v in self.cookies.items())}
        r = self.http.request(method, path, headers=headers, **kw)
        self.cookies.update({k: v for k, v in r.cookies.items()})
        return r

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        r = self.request(method, path, **kw)
        assert r.status_code < 300, (path, r.status_code, r.text)
        return r.json() if r.content else None

    def anmelden(self, konto: Konto) -> Browser:
        self.csrf = self._json("POST", "/api/konto/anmelden",
                               json={"email": konto.email, "passwort": konto.passwort})["csrf"]
        return self


def _antragsteller(url: str, email: str) -> Browser:
    b = Browser(url)
    b._json("POST", "/api/konto/registrieren",
            json={"email": email, "name": email.split("@")[0], "passwort": PASSWORT})
    return b.anmelden(Konto(email, ""))


@pytest.fixture(scope="module")
def welt(umgebung: Umgebung) -> Iterator[dict[str, Any]]:
    """Applicant A with a filed case (via the API) and a draft; the intruders."""
    a = _antragsteller(umgebung.url, "a@example.org")
    d = a._json("POST", "/api/entwuerfe")["id"]
    antrag = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    teil = {k: antrag[k] for k in ("verfahren", "bauherr", "entwurfsverfasser",
                                   "grundstueck", "vorhaben")}
    a._json("PATCH", f"/api/entwuerfe/{d}", json=teil)
    for ref in antrag["unterlagen"]:
        a._json("POST", f"/api/entwuerfe/{d}/unterlagen", data={"typ": ref["typ"]},
                files={"datei": ("x.pdf", (BEISPIEL / ref["datei"]).read_bytes())})
    case_id = a._json("POST", f"/api/entwuerfe/{d}/einreichen")["fall"]
    offen = a._json("POST", "/api/entwuerfe")["id"]
    yield {"a": a, "case": case_id, "draft": offen,
           "b": _antragsteller(umgebung.url, "b@example.org"),
           "amt": Browser(umgebung.url).anmelden(umgebung.sachbearbeitung),
           "fremdes_amt": Browser(umgebung.url).anmelden(umgebung.fremdes_amt),
           "admin": Browser(umgebung.url).anmelden(umgebung.admin)}


def _routen() -> list[tuple[str, str]]:
    """Every route of the app's routers, as (method, path)."""
    out = []
    for router in ROUTER:
        for r in router.routes:
            if isinstance(r, APIRoute) and r.path not in OEFFENTLICH:
                out += [(m, r.path) for m in sorted(r.methods or ())]
    assert len(out) > 40
    return out


ROUTEN = _routen()


PDF = (BEISPIEL / "unterlagen" / "lageplan.pdf").read_bytes()
# Well-formed bodies, so that only who asks decides the answer.
KOERPER: dict[str, dict[str, Any]] = {
    "/api/entwuerfe/{draft_id}": {"json": {"bauherr": {"name": "X"}}},
    "/api/entwuerfe/{draft_id}/unterlagen": {"data": {"typ": "lageplan"},
                                             "files": {"datei": ("l.pdf", PDF)}},
    "/api/faelle/{case_id}/nachreichen": {"data": {"typ": "lageplan"},
                                          "files": {"datei": ("l.pdf", PDF)}},
    "/api/faelle/{case_id}/entscheidung": {"json": {"ergebnis": "genehmigt",
                                                    "begruendung": "Alles in Ordnung."}},
    "/api/faelle/{case_id}/nachforderung": {"json": {"text": "Bitte Lageplan nachreichen."}},
    "/api/faelle/{case_id}/bescheid-entwurf": {"json": {"text": "Bescheid"}},
    "/api/faelle/{case_id}/frist": {"json": {"zuruecknehmen": True}},
    "/api/admin/benutzer": {"json": {"email": "x@example.org", "name": "X",
                                     "passwort": PASSWORT}},
    "/api/admin/benutzer/{user_id}": {"json": {"aktiv": False}},
    "/api/admin/aemter": {"json": {"kennung": "neu", "name": "Neu"}},
}


def _url(pfad: str, w: dict[str, Any]) -> str:
    werte = {"case_id": w["case"], "draft_id": str(w["draft"]), "pfad": "unterlagen/lageplan.pdf",
             "typ": "lageplan", "schritt": "bauherr", "name": "flurstuecke", "user_id": "1"}
    url = re.sub(r"\{(\w+)(:path)?\}", lambda m: werte[m.group(1)], pfad)
    return url + ("?q=Lindenweg" if pfad == "/api/flurstuecke" else "")


@pytest.mark.parametrize(("methode", "pfad"), ROUTEN, ids=[f"{m} {p}" for m, p in ROUTEN])
def test_fremde_sehen_nichts(methode: str, pfad: str, welt: dict[str, Any],
                             umgebung: Umgebung) -> None:
    url = _url(pfad, welt)
    body = KOERPER.get(pfad, {}) if methode not in ("GET", "DELETE") else {}
    abgemeldet = Browser(umgebung.url).request(methode, url, **body)
    if pfad.startswith("/api/"):
        assert abgemeldet.status_code == 401, abgemeldet.text
    else:
        assert abgemeldet.status_code == 303
        assert abgemeldet.headers["location"].startswith("/anmelden?weiter=")
    if pfad in ANGEMELDET:
        return
    for wer in ("b", "fremdes_amt", "admin"):
        if (wer == "b" and pfad in EIGENE_LISTE) or (
                wer == "fremdes_amt" and pfad in EIGENER_POSTEINGANG) or (
                wer == "admin" and pfad.startswith(("/admin", "/api/admin"))):
            continue
        r = welt[wer].request(methode, url, **body)
        assert r.status_code == 404, (wer, r.status_code, r.text[:200])


@pytest.mark.parametrize("pfad", ["/api/faelle/{case_id}", "/faelle/{case_id}/dokumente/{pfad}"])
def test_die_berechtigten_sehen_den_fall(pfad: str, welt: dict[str, Any]) -> None:
    url = _url(pfad, welt)
    assert welt["a"].request("GET", url).status_code == 200
    assert welt["amt"].request("GET", url).status_code == 200


def test_ohne_csrf_token_nichts(welt: dict[str, Any], umgebung: Umgebung) -> None:
    a = welt["a"]
    r = a.http.post("/api/entwuerfe", headers={"Cookie": "; ".join(
        f"{k}={v}" for k, v in a.cookies.items())})
    assert r.status_code == 403


def test_zu_grosse_und_falsche_dateien(welt: dict[str, Any]) -> None:
    a, d = welt["a"], welt["draft"]
    r = a.request("POST", f"/api/entwuerfe/{d}/unterlagen", data={"typ": "lageplan"},
                  files={"datei": ("lageplan.pdf", b"GIF89a" + b"\0" * 100)})
    assert r.status_code == 422 and "kein PDF" in r.json()["fehler"]["datei"]
    r = a.request("POST", f"/api/entwuerfe/{d}/unterlagen", data={"typ": "lageplan"},
                  files={"datei": ("gross.pdf", b"%PDF-1.7" + b"\0" * (61 * 2**20))})
    assert r.status_code == 413
