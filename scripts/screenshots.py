"""Render the key pages of the portal and the workbench to PNG (`make screenshots`).

Starts the real stack (embedded engine, worker, web app) on free loopback ports with
Musterstadt, files the example application BA-2026-0001 as a demo applicant and takes
it through decision and signature to the downloaded, signed Bescheid, photographing
each step with Debian's Chromium.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
GEMEINDE = ROOT / "examples" / "musterstadt"
BEISPIEL = ROOT / "examples" / "antraege" / "BA-2026-0001-efh-lindenweg-3"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PW = "demo-passwort-123"


def _anmelden(page: Page, url: str, email: str) -> str:
    page.goto(f"{url}/anmelden")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(PW)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    page.wait_for_load_state()
    token: str = page.request.get(f"{url}/api/konto").json()["csrf"]
    return token


def _bild(page: Page, ziel: Path, name: str, pfad: str | None = None) -> None:
    if pfad:
        page.goto(pfad)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(ziel / f"{name}.png"), full_page=True)
    print(f"screenshots: {name}.png", file=sys.stderr)


def _warte(page: Page, url: str, selector: str) -> None:
    for _ in range(60):
        page.goto(url)
        if page.locator(selector).count():
            return
        time.sleep(0.5)
    raise SystemExit(f"screenshots: {selector} did not appear on {url}")


def _absenden(page: Page, knopf: Locator) -> None:
    """Submit the button's form and insist on the server's redirect (a refusal is 400).

    The button is pressed with the keyboard, not clicked. A click goes by screen
    position: Playwright scrolls the button into view and clicks at once, and while the
    Bescheid draft's PDF viewer above it (an out-of-process frame) is still starting,
    Chromium routes that click by the viewer's position before the scroll, into the
    viewer; the form was never sent and the case never signed."""
    ziel = knopf.evaluate("b => b.form.action")
    with page.expect_response(lambda r: r.url == ziel and r.request.method == "POST") as a:
        knopf.press("Enter")
    page.wait_for_load_state()
    if a.value.status != 303:
        fehler = page.locator(".fehlerliste")
        raise SystemExit(f"screenshots: {ziel}: {a.value.status} "
                         + (fehler.inner_text() if fehler.count() else ""))


def _bescheid(page: Page, ziel: Path, url: str) -> None:
    """The applicant downloads the Bescheid (it must bear the caseworker's signature),
    then its signature page as Chromium's PDF viewer shows it."""
    from pypdf import PdfReader

    with page.expect_download() as dl:
        page.get_by_role("link", name="Bescheid herunterladen").click()
    text = " ".join(p.extract_text() or "" for p in PdfReader(dl.value.path()).pages)
    if "Sabine Sachbearbeiterin" not in text or "nicht unterzeichnet" in text:
        raise SystemExit("screenshots: the downloaded Bescheid is not the signed one")
    pfad = page.locator("a[href*='/dokumente/bescheid/']").first.get_attribute("href")
    page.goto(f"{url}{pfad}#page=2")  # the page with the signature
    page.wait_for_timeout(3000)  # the PDF viewer draws after the load event
    _bild(page, ziel, "10-bescheid")


def _antrag(page: Page, url: str, csrf: str) -> int:
    h = {"X-CSRF-Token": csrf}
    d: int = page.request.post(f"{url}/api/entwuerfe", headers=h).json()["id"]
    antrag = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    teil = {k: antrag[k] for k in ("verfahren", "bauherr", "entwurfsverfasser", "grundstueck",
                                   "vorhaben")}
    page.request.patch(f"{url}/api/entwuerfe/{d}", headers=h, data=teil)
    for ref in antrag["unterlagen"]:
        if ref["typ"] != "stellplatznachweis":
            _hochladen(page, url, csrf, d, ref["typ"], BEISPIEL / ref["datei"])
    return d


def _hochladen(page: Page, url: str, csrf: str, d: int, typ: str, datei: Path) -> None:
    page.request.post(f"{url}/api/entwuerfe/{d}/unterlagen", headers={"X-CSRF-Token": csrf},
                      multipart={"typ": typ, "datei": {"name": datei.name,
                                                        "mimeType": "application/pdf",
                                                        "buffer": datei.read_bytes()}})


def main(ziel: Path) -> None:
    os.environ.setdefault("RATHAUS_LLM__BACKEND", "none")  # the deterministic draft
    from rathaus.store import Store
    from rathaus.store.config import database_url
    from rathaus.web.dienste.konten import registrieren
    from rathaus.web.server import live_server
    from rathaus.workflow.dienste import Frist

    ziel.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="rathaus-screenshots-")) / "data"
    with live_server(data, GEMEINDE, Frist(60.0)) as server, sync_playwright() as pw:
        url = server.url
        with Store.open(database_url(data), data) as store:
            registrieren(store, "erika@example.org", "Erika Mustermann", PW)
            registrieren(store, "sb@musterstadt.example", "Sabine Sachbearbeiterin", PW,
                         ("sachbearbeitung",), "bauaufsicht")
            registrieren(store, "admin@musterstadt.example", "Ada Admin", PW, ("admin",))
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        ctx: Any = browser.new_context(viewport={"width": 1280, "height": 900})
        page = ctx.new_page()
        _bild(page, ziel, "01-anmelden", f"{url}/anmelden")
        csrf = _anmelden(page, url, "erika@example.org")
        d = _antrag(page, url, csrf)
        a = f"{url}/portal/antraege/{d}"
        _bild(page, ziel, "02-grundstueck", f"{a}/grundstueck?q=Lindenweg 3")
        _bild(page, ziel, "03-vorhaben", f"{a}/vorhaben")
        _bild(page, ziel, "04-unterlagen", f"{a}/unterlagen")
        _bild(page, ziel, "05-vorpruefung", f"{a}/vorpruefung")
        _hochladen(page, url, csrf, d, "stellplatznachweis",
                   BEISPIEL / "unterlagen" / "stellplatznachweis.pdf")
        case = page.request.post(f"{a.replace('/portal/antraege', '/api/entwuerfe')}/einreichen",
                                 headers={"X-CSRF-Token": csrf}).json()["fall"]
        sb = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        _anmelden(sb, url, "sb@musterstadt.example")
        _warte(sb, f"{url}/werkbank/faelle/{case}", "#entscheidung-titel")
        _bild(sb, ziel, "06-posteingang", f"{url}/werkbank")
        _bild(sb, ziel, "07-fall", f"{url}/werkbank/faelle/{case}")
        sb.get_by_label("Genehmigen", exact=True).check()
        _absenden(sb, sb.get_by_role("button", name="Entscheidung speichern"))
        _warte(sb, f"{url}/werkbank/faelle/{case}", "#unterschrift")
        sb.locator("#bescheid").scroll_into_view_if_needed()
        _bild(sb, ziel, "08-bescheid-entwurf")
        _absenden(sb, sb.get_by_role("button", name="Bescheid unterzeichnen"))
        # the engine signs in the background; the applicant's page then offers the download
        _warte(page, f"{url}/portal/faelle/{case}", "text=Bescheid herunterladen")
        _bild(page, ziel, "09-status")
        _bescheid(page, ziel, url)
        _anmelden(sb, url, "admin@musterstadt.example")
        _bild(sb, ziel, "11-verwaltung", f"{url}/admin")
        _bild(sb, ziel, "12-api", f"{url}/docs")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
