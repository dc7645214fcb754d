"""The whole journey in a real browser: an applicant files with uploads, sees the
pre-check, fixes a missing document and submits; the caseworker asks for more, the
applicant answers by upload; the caseworker decides (the engine's refusal shows at its
field), edits and signs the Bescheid; the applicant downloads it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.web.conftest import BEISPIEL, PASSWORT, Umgebung, anmelden

UNTERLAGEN = BEISPIEL / "unterlagen"
ZEIT = 20_000  # ms: the longest a page may take (the pre-check reads every document)


def _antrag() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    return data


def _warte_bis(page: Any, selector: str, timeout_s: float = 90.0) -> None:
    """Reload until `selector` appears (the engine works in the background)."""
    for _ in range(int(timeout_s / 0.5)):
        if page.locator(selector).count():
            return
        page.wait_for_timeout(500)
        page.reload()
    raise AssertionError(f"{page.url}: {selector} did not appear")


def _bauherr(page: Any) -> None:
    page.get_by_label("Verfahren").select_option("vereinfachtes_verfahren")
    page.get_by_label("Name der Bauherrin / des Bauherrn").fill("Erika Mustermann")
    page.get_by_label("Anschrift").fill("Lindenweg 3, 12345 Musterstadt")
    page.get_by_label("Entwurfsverfasser:in (Architekt:in)").fill("Dipl.-Ing. Max Beispiel")
    page.get_by_label("Ist bauvorlageberechtigt").check()
    page.get_by_label("Kammernummer").fill("A-12345")
    page.get_by_label("E-Mail der Entwurfsverfasser:in").fill("beispiel@architekten.example")
    page.get_by_role("button", name="Speichern und weiter").click()


def _grundstueck(page: Any) -> None:
    page.get_by_label("Adresse oder Flurstückskennzeichen").fill("Lindenweg 3")
    page.get_by_role("button", name="Suchen").click()
    page.get_by_label(re.compile(r"^Lindenweg 3 – ")).check()
    page.get_by_label("Adresse des Grundstücks").fill("Lindenweg 3")
    page.get_by_role("button", name="Speichern und weiter").click()


def _vorhaben(page: Any, tmp: Path) -> None:
    v = _antrag()["vorhaben"]
    g = v["gebaeude"][0]
    page.get_by_label("Bezeichnung des Vorhabens").fill(v["bezeichnung"])
    page.get_by_label("Art", exact=True).select_option("neubau")
    page.get_by_label("Wohnen").check()
    for label, wert in [("Gebäudeklasse (1–5)", 1), ("Wohneinheiten", 1), ("Stellplätze", 2),
                        ("Fläche der Nebenanlagen (m²)", "36"), ("Wandhöhe (m)", "6,2"),
                        ("Dachneigung (Grad)", 38), ("Firsthöhe (m)", "9,1"),
                        ("Vollgeschosse", 2), ("Oberirdische Geschosse", 2),
                        ("Höhe für die Gebäudeklasse (m)", "3,4"),
                        ("Geschossfläche (m²)", 240), ("Nutzungseinheiten", 1)]:
        page.get_by_label(label, exact=True).fill(str(wert))
    page.get_by_label("Gebäude", exact=True).fill("Wohnhaus")
    page.get_by_label("Freistehend").check()
    for n in ("Trinkwasser", "Abwasser", "Strom"):
        page.get_by_label(f"Anschluss an {n}").check()
    datei = tmp / "grundriss.geojson"
    datei.write_text(json.dumps(g["grundriss"]), encoding="utf-8")
    page.get_by_label(re.compile("Koordinaten hochladen")).set_input_files(str(datei))
    page.get_by_role("button", name="Speichern und weiter").click()


def _text(path: Path) -> str:
    """The Bescheid's text: the signed PDF/A, or the plain text notice."""
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        from pypdf import PdfReader

        return " ".join((p.extract_text() or "") for p in PdfReader(path).pages)
    return data.decode("utf-8")


def _hochladen(page: Any, typ: str, datei: Path) -> None:
    page.get_by_label("Art der Unterlage").select_option(typ)
    page.get_by_label("Datei (PDF, PNG oder JPEG)").set_input_files(str(datei))
    with page.expect_navigation():
        page.get_by_role("button", name="Hochladen", exact=True).click()


def test_antrag_bis_bescheid(umgebung: Umgebung, browser: Any, tmp_path: Path) -> None:
    url = umgebung.url
    bauherr = browser.new_context(accept_downloads=True)
    page = bauherr.new_page()
    page.set_default_timeout(ZEIT)
    page.goto(f"{url}/registrieren")
    page.get_by_label("Name").fill("Erika Mustermann")
    page.get_by_label("E-Mail").fill("erika@example.org")
    page.get_by_label("Passwort").fill(PASSWORT)
    page.get_by_role("button", name="Konto anlegen").click()
    page.get_by_role("button", name="Neuen Bauantrag stellen").click()
    _bauherr(page)
    _grundstueck(page)
    _vorhaben(page, tmp_path)
    assert page.url.endswith("/unterlagen")

    # every document but the Stellplatznachweis, one of them as a fake PDF first
    fake = tmp_path / "lageplan.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf at all")
    _hochladen(page, "lageplan", fake)
    fehler = page.locator("#datei-fehler")
    assert "kein PDF" in fehler.inner_text()
    assert page.get_by_label("Datei (PDF, PNG oder JPEG)").get_attribute("aria-invalid") == "true"
    for ref in _antrag()["unterlagen"]:
        if ref["typ"] != "stellplatznachweis":
            _hochladen(page, ref["typ"], BEISPIEL / ref["datei"])
    page.get_by_role("link", name="Weiter zur Vorprüfung").click()
    assert "Es fehlt noch etwas" in page.locator(".ergebnis").inner_text()
    assert "stellplatznachweis" in page.locator("#agent-vollstaendigkeit + ul").inner_text()

    # fix it: upload the missing document, check again, file
    page.get_by_role("link", name="Unterlagen ändern").click()
    _hochladen(page, "stellplatznachweis", UNTERLAGEN / "stellplatznachweis.pdf")
    page.get_by_role("link", name="Weiter zur Vorprüfung").click()
    assert "nichts gefunden" in page.locator(".ergebnis").inner_text()
    page.get_by_role("button", name="Antrag verbindlich einreichen").click()
    case_id = page.locator("h1").inner_text().split()[-1]
    assert re.fullmatch(r"BA-\d{4}-\d{4}", case_id)
    assert "Eingegangen" in page.locator(".zeitleiste").inner_text()

    # the caseworker asks for a better Lageplan; the completeness check found nothing
    # missing, so the composer starts empty and says so
    amt = browser.new_context()
    sb = amt.new_page()
    sb.set_default_timeout(ZEIT)
    anmelden(sb, url, umgebung.sachbearbeitung)
    assert case_id in sb.locator("table").inner_text()
    sb.goto(f"{url}/werkbank/faelle/{case_id}")
    _warte_bis(sb, "#entscheidung-titel")
    assert sb.locator("#karte").count() == 1
    text = sb.get_by_label("Text an die Antragstellerin / den Antragsteller")
    assert text.input_value() == ""
    assert "nichts Fehlendes gefunden" in sb.locator(
        "section[aria-labelledby=nachforderung-titel]").inner_text()
    text.fill("Bitte reichen Sie einen Lageplan im Maßstab 1:500 nach.")
    sb.get_by_role("button", name="Unterlagen nachfordern").click()

    page.reload()
    _warte_bis(page, "#nach-titel")
    assert "Lageplan im Maßstab 1:500" in page.locator(".hervor").inner_text()
    page.get_by_label("Art der Unterlage").first.select_option("lageplan")
    page.locator("#datei").set_input_files(str(UNTERLAGEN / "lageplan.pdf"))
    page.get_by_role("button", name="Unterlagen nachreichen").click()
    assert "eingegangen" in page.locator(".erfolg").inner_text()

    # the decision: the engine refuses "versagt" without reasons, tied to the field
    sb.reload()
    _warte_bis(sb, "#entscheidung-titel")
    sb.get_by_label("Versagen").check()
    sb.get_by_role("button", name="Entscheidung speichern").click()
    begruendung = sb.get_by_label("Begründung", exact=True)
    assert begruendung.get_attribute("aria-invalid") == "true"
    assert "Begründung erforderlich" in sb.locator("#begruendung-fehler").inner_text()
    sb.get_by_label("Genehmigen", exact=True).check()
    sb.get_by_role("button", name="Entscheidung speichern").click()

    # review, edit and sign the draft
    _warte_bis(sb, "#unterschrift")
    entwurf = sb.locator("#entwurf")  # the agent's hints, or the whole text draft
    entwurf.fill(entwurf.input_value() + "\nBaubeginn bitte anzeigen.")
    # by keyboard: a click right after scrolling can land in the draft's PDF viewer
    # while Chromium is still starting it (scripts/screenshots.py found this)
    with sb.expect_navigation():
        sb.get_by_role("button", name="Änderungen speichern").press("Enter")
    with sb.expect_navigation():
        sb.get_by_role("button", name="Bescheid unterzeichnen").press("Enter")

    page.reload()
    _warte_bis(page, "text=Bescheid herunterladen")
    assert "Bescheid zugestellt" in page.locator("#stand").inner_text()
    with page.expect_download() as dl:
        page.get_by_role("link", name="Bescheid herunterladen").click()
    inhalt = _text(Path(dl.value.path()))
    assert "Sabine Sachbearbeiterin" in inhalt
    assert "Baubeginn bitte anzeigen" in inhalt
    amt.close()
    bauherr.close()
