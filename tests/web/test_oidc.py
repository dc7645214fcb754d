"""Sign-in with OpenID Connect against a real, certified OpenID Provider: panva's
`oidc-provider` (npm devDependency) started by tests/web/oidc_idp.mjs on a free
127.0.0.1 port, with one confidential client, one test user and PKCE required. rathaus
runs as a real uvicorn server configured for it; an httpx client plays the browser: it
follows the redirects and fills in the provider's login and consent forms, and it can
tamper with the callback on the way back.

No engine: the sign-in and the portal's overview do not need one."""

from __future__ import annotations

import asyncio
import json
import os
import re
import select
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pytest
from pydantic import SecretStr

from rathaus.store import Store
from rathaus.store.config import database_url
from rathaus.web.config import Oidc, WebSettings
from rathaus.web.server import _warte_auf_port, web_und_worker
from rathaus.workflow.dienste import Frist
from rathaus.workflow.engine import free_port
from tests.web.conftest import GEMEINDE, ROOT

IDP = Path(__file__).with_name("oidc_idp.mjs")
OIDC_PROVIDER = ROOT / "node_modules" / "oidc-provider" / "package.json"
CLIENT_ID = "rathaus-musterstadt"
CLIENT_SECRET = "ein-geheimnis-nur-fuer-den-test-0123456789"
LOGIN, PASSWORT = "erika", "erikas-passwort"
SUB = "c0ffee00-1111-4222-8333-444455556666"
EMAIL, NAME = "erika.mustermann@servicekonto.example", "Erika Mustermann"
RUECKRUF = "/anmelden/oidc/rueckruf"


@dataclass
class Idp:
    issuer: str
    rathaus_port: int  # the port of the rathaus whose redirect URI the client has


@dataclass
class Rathaus:
    url: str
    store: Store


def _voraussetzungen() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (scripts/setup.sh --dev installs npm and node)")
    if not OIDC_PROVIDER.exists():
        pytest.skip("npm package oidc-provider is missing: run `npm ci` (scripts/setup.sh --dev)")
    return node


@pytest.fixture(scope="module")
def idp() -> Iterator[Idp]:
    node = _voraussetzungen()
    port = free_port()
    env = {**os.environ, "OIDC_CLIENT_ID": CLIENT_ID, "OIDC_CLIENT_SECRET": CLIENT_SECRET,
           "OIDC_REDIRECT_URI": f"http://127.0.0.1:{port}{RUECKRUF}",
           "OIDC_POST_LOGOUT_URI": f"http://127.0.0.1:{port}/anmelden",
           "OIDC_USER_LOGIN": LOGIN, "OIDC_USER_PASSWORD": PASSWORT, "OIDC_USER_SUB": SUB,
           "OIDC_USER_EMAIL": EMAIL, "OIDC_USER_NAME": NAME}
    proc = subprocess.Popen([node, str(IDP)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        bereit, _, _ = select.select([proc.stdout], [], [], 60)
        zeile = proc.stdout.readline() if bereit else ""
        if not zeile:
            proc.kill()
            _, err = proc.communicate(timeout=10)
            raise RuntimeError(f"the OpenID Provider did not start: {err}")
        yield Idp(json.loads(zeile)["issuer"], port)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def _rathaus(data: Path, port: int, oidc: Oidc) -> Iterator[Rathaus]:
    """The web app alone (no engine, no worker) on `port`. Cookies without the Secure
    flag: httpx, unlike browsers, keeps no Secure cookies for http://127.0.0.1."""
    cfg = WebSettings(oidc=oidc, cookie_secure=False, secret_key=SecretStr("k" * 64))
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    fehler: list[BaseException] = []

    def run() -> None:
        try:
            loop.run_until_complete(web_und_worker(None, data, GEMEINDE, "127.0.0.1", port,
                                                   stop, cfg, Frist()))
        except BaseException as exc:  # surfaced by _warte_auf_port
            fehler.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        _warte_auf_port(port, fehler)
        store = Store.open(database_url(data), data)
        try:
            yield Rathaus(f"http://127.0.0.1:{port}", store)
        finally:
            store.close()
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(30)


def _oidc(idp: Idp, **kw: object) -> Oidc:
    werte: dict[str, object] = {"issuer": idp.issuer, "client_id": CLIENT_ID,
                                "client_secret": SecretStr(CLIENT_SECRET)}
    return Oidc.model_validate({**werte, **kw})


@pytest.fixture(scope="module")
def rathaus(idp: Idp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rathaus]:
    with _rathaus(tmp_path_factory.mktemp("oidc") / "data", idp.rathaus_port,
                  _oidc(idp)) as r:
        yield r


# ---- the browser ------------------------------------------------------------------------

@dataclass
class Formular:
    action: str
    felder: dict[str, str]
    knoepfe: list[str]


class _Formulare(HTMLParser):
    """The forms of a page: action, hidden/text inputs, the labels of their buttons
    (also buttons outside the form that name it with `form=`, as oidc-provider's
    sign-out page has)."""

    def __init__(self) -> None:
        super().__init__()
        self.formulare: list[Formular] = []
        self._ids: dict[str, Formular] = {}
        self._offen: Formular | None = None
        self._knopf: tuple[Formular, dict[str, str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._offen = Formular(a.get("action", ""), {}, [])
            self.formulare.append(self._offen)
            if a.get("id"):
                self._ids[a["id"]] = self._offen
        elif tag == "input" and self._offen is not None and a.get("name"):
            self._offen.felder[a["name"]] = a.get("value", "")
        elif tag == "button":
            ziel = self._ids.get(a.get("form", "")) or self._offen
            if ziel is not None:
                self._knopf = (ziel, a)

    def handle_data(self, data: str) -> None:
        if self._knopf is not None and data.strip():
            form, a = self._knopf
            form.knoepfe.append(data.strip())
            if a.get("name"):
                form.felder.setdefault(f"__{data.strip()}", f"{a['name']}={a.get('value', '')}")
            self._knopf = None

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._offen = None


def _formular(r: httpx.Response, knopf: str) -> Formular:
    p = _Formulare()
    p.feed(r.text)
    for f in p.formulare:
        if knopf in f.knoepfe:
            return f
    raise AssertionError(f"{r.url}: no form with a button {knopf!r} in {r.text[:2000]}")


def _absenden(b: httpx.Client, r: httpx.Response, knopf: str, **werte: str) -> httpx.Response:
    f = _formular(r, knopf)
    felder = {k: v for k, v in f.felder.items() if not k.startswith("__")}
    if (benannt := f.felder.get(f"__{knopf}")) is not None:  # the button's own name=value
        name, _, wert = benannt.partition("=")
        felder[name] = wert
    return b.post(urljoin(str(r.url), f.action), data={**felder, **werte})


def _folgen(b: httpx.Client, r: httpx.Response, bis: str | None = None) -> httpx.Response:
    """Follow redirects; stop before one to a URL that starts with `bis`."""
    for _ in range(20):
        if not r.is_redirect:
            return r
        ziel = urljoin(str(r.url), r.headers["location"])
        if bis is not None and ziel.startswith(bis):
            return r
        r = b.get(ziel)
    raise AssertionError("too many redirects")


def _beim_dienst(b: httpx.Client, r: httpx.Response, rueckruf: str) -> httpx.Response:
    """At the provider: sign in and agree, as far as it asks; returns the redirect back
    to rathaus' callback `rueckruf` (not followed)."""
    for _ in range(4):
        if r.is_redirect:
            return r
        assert r.status_code == 200, (r.url, r.status_code, r.text[:500])
        if "Zustimmen" in r.text:
            r = _folgen(b, _absenden(b, r, "Zustimmen"), bis=rueckruf)
        else:
            r = _folgen(b, _absenden(b, r, "Anmelden", login=LOGIN, password=PASSWORT),
                        bis=rueckruf)
    raise AssertionError(f"the provider did not send the browser back: {r.url}")


def _zum_rueckruf(b: httpx.Client, url: str) -> str:
    """From rathaus' sign-in button through the provider: the callback URL with code,
    state and iss, not yet visited."""
    ende = f"{url}{RUECKRUF}"
    r = b.get(f"{url}/anmelden/oidc")
    assert r.status_code == 302, r.text[:500]
    ziel = urlsplit(r.headers["location"])
    query = dict(parse_qsl(ziel.query))
    # what our client sends: code flow, PKCE S256, nonce, state
    assert query["response_type"] == "code" and query["client_id"] == CLIENT_ID
    assert query["code_challenge_method"] == "S256" and query["code_challenge"]
    assert query["nonce"] and query["state"]
    assert query["redirect_uri"] == ende
    r = _beim_dienst(b, _folgen(b, r, bis=ende), ende)
    rueckruf = urljoin(str(r.url), r.headers["location"])
    assert rueckruf.startswith(ende), rueckruf
    return rueckruf


def _anmelden(b: httpx.Client, url: str) -> httpx.Response:
    return _folgen(b, b.get(_zum_rueckruf(b, url)))


def _browser() -> httpx.Client:
    return httpx.Client(timeout=60, follow_redirects=False)


def _ich(b: httpx.Client, url: str) -> httpx.Response:
    return b.get(f"{url}/api/konto")


def _ersetzt(url: str, **werte: str) -> str:
    teile = urlsplit(url)
    query = dict(parse_qsl(teile.query))
    query.update(werte)
    return urlunsplit(teile._replace(query=urlencode(query)))


def _nicht_angemeldet(b: httpx.Client, url: str, r: httpx.Response) -> None:
    assert "rathaus_sitzung" not in r.cookies
    assert "rathaus_sitzung" not in b.cookies
    assert _ich(b, url).status_code == 401


# ---- the tests -------------------------------------------------------------------------

def test_the_sign_in_page_offers_the_provider(rathaus: Rathaus) -> None:
    r = httpx.get(f"{rathaus.url}/anmelden")
    assert r.status_code == 200
    assert 'href="/anmelden/oidc"' in r.text and Oidc().label in r.text


def test_first_sign_in_creates_an_applicant_bound_to_sub(rathaus: Rathaus) -> None:
    with _browser() as b:
        r = _anmelden(b, rathaus.url)
        assert r.status_code == 200 and r.url.path == "/portal", (r.url, r.text[:500])
        assert "Meine Anträge" in r.text
        ich = _ich(b, rathaus.url).json()
    assert ich["email"] == EMAIL and ich["name"] == NAME  # from the UserInfo endpoint
    assert ich["rollen"] == ["antragsteller"] and ich["oidc"] is True and ich["aktiv"]
    user = rathaus.store.user_by_oidc(SUB)
    assert user is not None and user.id == ich["id"] and user.roles == ("antragsteller",)
    assert user.office_id is None


def test_second_sign_in_maps_to_the_same_account(rathaus: Rathaus) -> None:
    vorher = rathaus.store.users()
    with _browser() as b:  # another browser: the provider asks again
        r = _anmelden(b, rathaus.url)
        assert r.url.path == "/portal"
        ich = _ich(b, rathaus.url).json()
    user = rathaus.store.user_by_oidc(SUB)
    assert user is not None and ich["id"] == user.id
    assert rathaus.store.users() == vorher  # no second account
    assert [u.email for u in vorher].count(EMAIL) == 1


def test_wrong_state_is_rejected_without_a_session(rathaus: Rathaus) -> None:
    with _browser() as b:
        rueckruf = _zum_rueckruf(b, rathaus.url)
        r = b.get(_ersetzt(rueckruf, state="ein-fremder-state"))
        assert r.status_code == 400
        assert "Anmeldung fehlgeschlagen" in r.text and "nicht angemeldet" in r.text
        _nicht_angemeldet(b, rathaus.url, r)


def test_callback_in_another_browser_is_rejected(rathaus: Rathaus) -> None:
    """Login CSRF / a stolen callback URL: the state belongs to the first browser."""
    with _browser() as b:
        rueckruf = _zum_rueckruf(b, rathaus.url)
    with _browser() as fremd:
        r = fremd.get(rueckruf)
        assert r.status_code == 400 and "anderen Browser" in r.text
        _nicht_angemeldet(fremd, rathaus.url, r)


def test_tampered_code_is_rejected_without_a_session(rathaus: Rathaus) -> None:
    with _browser() as b:
        rueckruf = _zum_rueckruf(b, rathaus.url)
        r = b.get(_ersetzt(rueckruf, code="gefaelschter-code"))
        assert r.status_code == 400
        assert "hat die Anmeldung nicht bestätigt" in r.text
        _nicht_angemeldet(b, rathaus.url, r)


def test_callback_naming_another_issuer_is_rejected(idp: Idp, rathaus: Rathaus) -> None:
    """RFC 9207: `iss` of the authorization response is the provider's, or a mix-up."""
    with _browser() as b:
        rueckruf = _zum_rueckruf(b, rathaus.url)
        assert dict(parse_qsl(urlsplit(rueckruf).query))["iss"] == idp.issuer
        r = b.get(_ersetzt(rueckruf, iss="https://boese.example"))
        assert r.status_code == 502 and "Anmeldedienst unbekannt" in r.text
        _nicht_angemeldet(b, rathaus.url, r)
        # the provider announces `iss`: a response without it is not the provider's
        ohne = urlsplit(rueckruf)
        ohne = ohne._replace(query=urlencode([(k, v) for k, v in parse_qsl(ohne.query)
                                              if k != "iss"]))
        r = b.get(urlunsplit(ohne))
        assert r.status_code == 502
        _nicht_angemeldet(b, rathaus.url, r)
        # the untouched callback still works: nothing was spent
        r = _folgen(b, b.get(rueckruf))
        assert r.url.path == "/portal"


def test_aborting_at_the_provider_gives_a_clear_error(rathaus: Rathaus) -> None:
    with _browser() as b:
        r = _folgen(b, b.get(f"{rathaus.url}/anmelden/oidc"), bis=f"{rathaus.url}{RUECKRUF}")
        r = _folgen(b, _absenden(b, r, "Abbrechen"), bis=f"{rathaus.url}{RUECKRUF}")
        rueckruf = urljoin(str(r.url), r.headers["location"])
        assert "error=access_denied" in rueckruf
        r = b.get(rueckruf)
        assert r.status_code == 400 and "Anmeldung abgebrochen" in r.text
        _nicht_angemeldet(b, rathaus.url, r)


def test_wrong_password_at_the_provider_stays_there(rathaus: Rathaus) -> None:
    with _browser() as b:
        r = _folgen(b, b.get(f"{rathaus.url}/anmelden/oidc"))
        r = _absenden(b, r, "Anmelden", login=LOGIN, password="falsch")
        assert r.status_code == 401 and "Passwort ist falsch" in r.text
        assert _ich(b, rathaus.url).status_code == 401


def test_sign_out_ends_the_session_at_the_provider_too(rathaus: Rathaus) -> None:
    with _browser() as b:
        _anmelden(b, rathaus.url)
        csrf = _ich(b, rathaus.url).json()["csrf"]
        r = b.post(f"{rathaus.url}/abmelden", data={"csrf": csrf})
        assert r.status_code == 303 and r.headers["location"] == "/abmelden/oidc"
        assert _ich(b, rathaus.url).status_code == 401  # rathaus' session is gone at once
        r = _folgen(b, r)
        assert urlsplit(str(r.url)).path == "/session/end"  # the provider asks to confirm
        r = _folgen(b, _absenden(b, r, "Yes, sign me out"))
        assert r.status_code == 200 and str(r.url).startswith(f"{rathaus.url}/anmelden")
        # the next sign-in with the provider needs the password again
        r = _folgen(b, b.get(f"{rathaus.url}/anmelden/oidc"), bis=f"{rathaus.url}{RUECKRUF}")
        assert r.status_code == 200 and 'name="password"' in r.text
        assert _ich(b, rathaus.url).status_code == 401


def test_a_deactivated_account_cannot_sign_in(rathaus: Rathaus) -> None:
    user = rathaus.store.user_by_oidc(SUB)
    assert user is not None
    rathaus.store.update_user(user.id, actor="test", active=False)
    try:
        with _browser() as b:
            r = b.get(_zum_rueckruf(b, rathaus.url))
            assert r.status_code == 403 and "Konto gesperrt" in r.text
            _nicht_angemeldet(b, rathaus.url, r)
    finally:
        rathaus.store.update_user(user.id, actor="test", active=True)


def test_unknown_issuer_gives_a_clear_error(idp: Idp, tmp_path: Path) -> None:
    """The discovery document names another issuer than configured (OpenID Connect
    Discovery 4.3): rathaus does not send anyone there."""
    oidc = _oidc(idp, issuer=f"{idp.issuer}/realms/andere",
                 server_metadata_url=f"{idp.issuer}/.well-known/openid-configuration")
    with _rathaus(tmp_path / "data", free_port(), oidc) as r2, _browser() as b:
        r = b.get(f"{r2.url}/anmelden/oidc")
        assert r.status_code == 502 and "Anmeldedienst unbekannt" in r.text
        assert "location" not in r.headers
        r = b.get(f"{r2.url}{RUECKRUF}?code=x&state=y")
        assert r.status_code == 502
        _nicht_angemeldet(b, r2.url, r)


def test_unreachable_provider_gives_a_clear_error(idp: Idp, tmp_path: Path) -> None:
    oidc = _oidc(idp, issuer=f"http://127.0.0.1:{free_port()}")
    with _rathaus(tmp_path / "data", free_port(), oidc) as r2, _browser() as b:
        r = b.get(f"{r2.url}/anmelden/oidc")
        assert r.status_code == 502 and "nicht erreichbar" in r.text
        assert re.search(r"E-Mail und Passwort", r.text)
        _nicht_angemeldet(b, r2.url, r)
