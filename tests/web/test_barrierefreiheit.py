"""axe-core (from npm, installed by scripts/setup.sh --dev) on the main pages: no
serious or critical WCAG 2.1 A/AA violations, in German and in English."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import BEISPIEL, ROOT, Konto, Umgebung, anmelden
from tests.web.test_zugriff import Browser, _antragsteller

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REGELN = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _pruefe(page: Any, url: str) -> list[str]:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("o => axe.run(document, o)", {"runOnly": REGELN})
    return [f"{url}: {v['id']} ({v['impact']}): {v['help']} – "
            f"{[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.fixture(scope="module")
def faelle(umgebung: Umgebung) -> dict[str, Any]:
    a: Browser = _antragsteller(umgebung.url, "barrierefrei@example.org")
    d = a._json("POST", "/api/entwuerfe")["id"]
    antrag = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    a._json("PATCH", f"/api/entwuerfe/{d}", json={k: antrag[k] for k in (
        "verfahren", "bauherr", "entwurfsverfasser", "grundstueck", "vorhaben")})
    for ref in antrag["unterlagen"][:4]:
        a._json("POST", f"/api/entwuerfe/{d}/unterlagen", data={"typ": ref["typ"]},
                files={"datei": ("x.pdf", (BEISPIEL / ref["datei"]).read_bytes())})
    offen = a._json("POST", "/api/entwuerfe")["id"]
    case_id = a._json("POST", f"/api/entwuerfe/{d}/einreichen")["fall"]
    return {"draft": d, "offen": offen, "case": case_id}


def test_hauptseiten_ohne_schwere_verstoesse(umgebung: Umgebung, browser: Any,
                                            faelle: dict[str, Any]) -> None:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci; scripts/setup.sh --dev)")
    u, offen, case = umgebung.url, faelle["offen"], faelle["case"]
    ctx = browser.new_context(bypass_csp=True)  # axe is evaluated in the page
    page = ctx.new_page()
    fehler = _pruefe(page, f"{u}/anmelden") + _pruefe(page, f"{u}/registrieren")
    anmelden(page, u, Konto("barrierefrei@example.org", ""))
    for pfad in ("/portal", f"/portal/antraege/{offen}/bauherr",
                 f"/portal/antraege/{offen}/grundstueck?q=Lindenweg",
                 f"/portal/antraege/{offen}/vorhaben", f"/portal/antraege/{offen}/unterlagen",
                 f"/portal/antraege/{offen}/vorpruefung", f"/portal/faelle/{case}",
                 "/portal?sprache=en", "/portal?sprache=de"):
        fehler += _pruefe(page, u + pfad)
    page.goto(f"{u}/portal/antraege/{offen}/vorhaben")
    page.get_by_label("Wandhöhe (m)").fill("hoch")
    page.get_by_role("button", name="Speichern und weiter").click()
    page.evaluate(AXE.read_text(encoding="utf-8"))
    r = page.evaluate("o => axe.run(document, o)", {"runOnly": REGELN})
    fehler += [v["id"] for v in r["violations"] if v["impact"] in ("serious", "critical")]
    ctx.close()
    ctx = browser.new_context(bypass_csp=True)
    page = ctx.new_page()
    anmelden(page, u, umgebung.sachbearbeitung)
    fehler += _pruefe(page, f"{u}/werkbank") + _pruefe(page, f"{u}/werkbank/faelle/{case}")
    anmelden(page, u, umgebung.admin)
    fehler += _pruefe(page, f"{u}/admin")
    ctx.close()
    assert fehler == []


def test_axe_ist_da() -> None:
    """setup.sh --dev installs it; without it the check above would silently skip."""
    assert AXE.exists() or not Path("/usr/bin/chromium").exists()
