"""A case filed in the portal has one Aktenzeichen: the case's file number, which its
stored antrag, the case view and the Bescheid name (the Bescheid's own check is in
tests/workflow/test_fall_ablauf.py); the portal's draft reference P-<draft> is kept in
the audit trail. The case view also embeds the house's Abstandsflächen for its map."""

from __future__ import annotations

import html
import json
import re

from tests.web.conftest import BEISPIEL, PASSWORT, Konto, Umgebung
from tests.web.test_zugriff import Browser


def test_a_portal_case_names_its_file_number_in_its_antrag(umgebung: Umgebung) -> None:
    """The portal's draft reference (P-<draft>) is not the case's: the stored antrag
    carries the file number the case view and the Bescheid use; P-… stays in the audit."""
    a = Browser(umgebung.url)
    a._json("POST", "/api/konto/registrieren",
            json={"email": "az@example.org", "name": "az", "passwort": PASSWORT})
    a.anmelden(Konto("az@example.org"))
    d = a._json("POST", "/api/entwuerfe")["id"]
    antrag = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    a._json("PATCH", f"/api/entwuerfe/{d}", json={k: antrag[k] for k in (
        "verfahren", "bauherr", "entwurfsverfasser", "grundstueck", "vorhaben")})
    for ref in antrag["unterlagen"]:
        a._json("POST", f"/api/entwuerfe/{d}/unterlagen", data={"typ": ref["typ"]},
                files={"datei": ("x.pdf", (BEISPIEL / ref["datei"]).read_bytes())})
    case_id = a._json("POST", f"/api/entwuerfe/{d}/einreichen")["fall"]
    assert re.fullmatch(r"BA-\d{4}-\d{4}", case_id)
    case = umgebung.store.get_case(case_id)
    assert case is not None and case.antrag["id"] == case_id
    [angelegt] = [e for e in umgebung.store.audit_entries(case_id)
                  if e.action == "case_created"]
    assert angelegt.details["referenz"] == f"P-{d}"
    amt = Browser(umgebung.url).anmelden(umgebung.sachbearbeitung)
    seite = amt.request("GET", f"/werkbank/faelle/{case_id}").text
    assert f'<dd id="aktenzeichen">{case_id}</dd>' in seite
    assert f"P-{d}" not in seite
    # the case view's map carries the Abstandsflächen of the house (a strip per wall)
    daten = re.search(r"data-fall='([^']*)'", seite)
    assert daten is not None
    karte = json.loads(html.unescape(daten.group(1)))
    arten = [f["properties"]["art"] for f in karte["abstandsflaechen"]["features"]]
    assert arten.count("abstandsflaeche") == 4
    assert 'class="l-abstand"' in seite and 'class="l-grenze"' in seite
