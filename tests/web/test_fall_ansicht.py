"""The caseworker's case view reads as a caseworker expects: the Antragsdaten with German
labels, units, Ja/Nein and the uses' names (the JSON API keeps the raw antrag), the
findings' two empty states (checks not run yet / run without findings), and a
Nachforderung composer pre-filled only with what the completeness check found."""

from __future__ import annotations

import copy
import html
import json
import re
import time
from typing import Any

import pytest

from rathaus.domain.befund import Befund
from rathaus.procedures import bauantrag
from rathaus.web.dienste import befunde
from rathaus.web.dienste.felder import antragsdaten
from rathaus.web.dienste.konten import registrieren
from rathaus.web.vorlagen import uebersetze
from tests.web.conftest import BEISPIEL, PASSWORT, Konto, Umgebung
from tests.web.test_zugriff import Browser

AMT = "ansichtamt"
SB = Konto("ansicht@musterstadt.example", "Anna Ansicht")
INTRO = "Bitte reichen Sie die folgenden Unterlagen bzw. Angaben nach:"


def _beispiel() -> dict[str, Any]:
    a: dict[str, Any] = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    return a


def _flach(antrag: dict[str, Any], lang: str = "de") -> dict[str, dict[str, str]]:
    """Group title → {label: value}; the rows under the Aktenzeichen as group ""."""
    d = antragsdaten(antrag, lambda t, **w: uebersetze(t, lang, **w), lang)
    return {"": dict(d.allgemein), **{t: dict(z) for t, z in d.gruppen}}


def test_antragsdaten_of_the_example_read_in_german() -> None:
    d = _flach(_beispiel())
    assert d[""] == {"Verfahren": "Vereinfachtes Baugenehmigungsverfahren",
                     "Eingang": "02.11.2026"}
    assert d["Bauherr"] == {"Name": "Erika Mustermann",
                            "Anschrift": "Lindenweg 3, 12345 Musterstadt"}
    assert d["Entwurfsverfasser:in"] == {
        "Name": "Dipl.-Ing. Max Beispiel", "Bauvorlageberechtigt": "Ja",
        "Kammernummer": "A-12345", "E-Mail": "beispiel@architekten.example"}
    assert d["Grundstück"] == {"Flurstücke": "05999900100042______"}
    assert d["Vorhaben"] == {
        "Bezeichnung": "Neubau eines Einfamilienhauses mit Garage", "Art": "Neubau",
        "Nutzungen": "Wohnen", "Gebäudeklasse (laut Antrag)": "1",
        "Wohneinheiten": "1", "Stellplätze": "2", "Fläche der Nebenanlagen": "36 m²",
        "Gewerbefläche": "0 m²", "Erschließung": "Trinkwasser, Abwasser, Strom",
        "Baumfällungen": "keine"}
    assert d["Gebäude: Wohnhaus"] == {
        "Wandhöhe": "6,2 m", "Firsthöhe": "9,1 m", "Dachneigung": "38°",
        "Vollgeschosse": "2", "Oberirdische Geschosse": "2",
        "Höhe für die Gebäudeklasse": "3,4 m", "Geschossfläche": "240 m²",
        "Nutzungseinheiten": "1", "Freistehend": "Ja"}
    assert d["Abweichungen und Befreiungen"] == {"Abweichungen": "keine",
                                                 "Befreiungen": "keine"}


def test_antragsdaten_lists_no_and_missing_values() -> None:
    a = _beispiel()
    v = a["vorhaben"]
    v["nutzungen"] = ["laden", "wohnen", "buero_verwaltung"]
    v["erschliessung"] = {"trinkwasser": True, "abwasser": False, "strom": True}
    v["baumfaellungen"] = ["BAUM-0815", "BAUM-0816"]
    v["gebaeude"][0]["freistehend"] = False
    v["gebaeude"].append({"wandhoehe_m": 3})
    del v["gebaeude"][0]["bezeichnung"]
    a["entwurfsverfasser"] = {}
    a["abweichungen"] = [{"norm": "§ 6 MBO", "begruendung": "Grenzbebauung"}]
    d = _flach(a)
    assert d["Vorhaben"]["Nutzungen"] == "Laden, Wohnen, Büro und Verwaltung"
    assert d["Vorhaben"]["Erschließung"] == "Trinkwasser, Strom"
    assert d["Vorhaben"]["Baumfällungen"] == "BAUM-0815, BAUM-0816"
    assert d["Gebäude 1"]["Freistehend"] == "Nein"
    assert d["Gebäude 2"] == {"Wandhöhe": "3 m", "Vollgeschosse": "–",
                              "Geschossfläche": "–"}
    assert d["Entwurfsverfasser:in"] == {"Name": "–", "Bauvorlageberechtigt": "–"}
    assert d["Abweichungen und Befreiungen"] == {
        "Abweichungen": "§ 6 MBO (Begründung: Grenzbebauung)", "Befreiungen": "keine"}
    v["erschliessung"] = {"trinkwasser": False, "abwasser": False, "strom": False}
    assert _flach(a)["Vorhaben"]["Erschließung"] == "keine"


def test_antragsdaten_in_english() -> None:
    d = _flach(_beispiel(), "en")
    assert d["Building: Wohnhaus"]["Wall height"] == "6.2 m"
    assert d["Building: Wohnhaus"]["Detached"] == "Yes"
    assert d["Project"]["Uses"] == "Residential"
    assert d["Project"]["Trees to be felled"] == "none"
    assert d["Project"]["Utilities and access (Erschließung)"] == \
        "Drinking water, Sewer, Electricity"


def _befund(pruefer: str, art: str, text: str, norm: str = "§ 68 MBO") -> Befund:
    return Befund.model_validate({"code": "UNTERLAGE_FEHLT", "pruefer": pruefer, "art": art,
                                  "objekt": None, "norm": norm, "text": text})


def test_nachforderung_lists_only_real_items() -> None:
    assert befunde.nachforderung_text([]) == ""
    nur_andere = [_befund("vollstaendigkeit", "hinweis", "Foto fehlt"),
                  _befund("bauordnung", "mangel", "Abstandsfläche zu klein")]
    assert befunde.nachforderung_text(nur_andere) == ""
    text = befunde.nachforderung_text(
        [*nur_andere, _befund("vollstaendigkeit", "mangel", "Lageplan fehlt"),
         _befund("vollstaendigkeit", "mangel", "Kammernummer fehlt", norm="")])
    assert text == f"{INTRO}\n- Lageplan fehlt (§ 68 MBO)\n- Kammernummer fehlt"


def _text(seite: str, start: str, ende: str) -> str:
    """The page between two markers, tags removed, as read aloud."""
    teil = seite.split(start, 1)[1].split(ende, 1)[0]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", teil))).strip()


@pytest.fixture(scope="module")
def amt(umgebung: Umgebung) -> Browser:
    """A caseworker of an office of its own (other tests' cases stay out of its inbox)."""
    umgebung.store.ensure_office(AMT, "Ansichtamt")
    registrieren(umgebung.store, SB.email, SB.name, PASSWORT, ("sachbearbeitung",), AMT)
    return Browser(umgebung.url).anmelden(SB)


def test_case_view_shows_labels_and_the_two_empty_states(umgebung: Umgebung,
                                                         amt: Browser) -> None:
    store = umgebung.store
    case_id = store.create_case(_beispiel(), bauantrag.ID, AMT, "test")
    seite = amt.request("GET", f"/werkbank/faelle/{case_id}").text
    daten = _text(seite, "<h2>Antragsdaten</h2>", "<h2>Unterlagen</h2>")
    for teil in ("Verfahren Vereinfachtes Baugenehmigungsverfahren",
                 "Bauherr Name Erika Mustermann", "Bauvorlageberechtigt Ja",
                 "Art Neubau", "Nutzungen Wohnen", "Fläche der Nebenanlagen 36 m²",
                 "Erschließung Trinkwasser, Abwasser, Strom", "Baumfällungen keine",
                 "Gebäude: Wohnhaus Wandhöhe 6,2 m", "Dachneigung 38°",
                 "Höhe für die Gebäudeklasse 3,4 m", "Geschossfläche 240 m²",
                 "Freistehend Ja"):
        assert teil in daten, (teil, daten)
    for roh in ("neubau", "[", "{", "True", "_m2", "hoehe_gk_m", "nutzungen"):
        assert roh not in daten, (roh, daten)
    assert f'<dd id="aktenzeichen">{case_id}' in seite
    # the JSON API keeps the raw antrag
    api = amt._json("GET", f"/api/faelle/{case_id}")
    assert api["antrag"]["vorhaben"]["art"] == "neubau"

    befund_teil = _text(seite, "<h2>Befunde</h2>", "<h2>Antragsdaten</h2>")
    assert befund_teil == "Noch keine Befunde. Die Prüfung ist noch nicht abgeschlossen."

    for pruefer in bauantrag.AGENTEN:
        store.record_findings(case_id, pruefer, "lauf-1", [])
    seite = amt.request("GET", f"/werkbank/faelle/{case_id}").text
    befund_teil = _text(seite, "<h2>Befunde</h2>", "<h2>Antragsdaten</h2>")
    assert befund_teil.startswith("Die Prüfung hat keine Befunde ergeben. Geprüft: "
                                  "Vollständigkeit, Bauordnung, Planungsrecht"), befund_teil
    assert "Noch keine Befunde" not in seite

    seite = amt.request("GET", f"/werkbank/faelle/{case_id}?sprache=en").text
    daten = _text(seite, "<h2>Application details</h2>", "<h2>Documents</h2>")
    assert "Wall height 6.2 m" in daten and "Detached Yes" in daten, daten
    assert "The checks found nothing." in seite
    amt.request("GET", f"/werkbank/faelle/{case_id}?sprache=de")


def test_composer_without_completeness_findings_is_empty(umgebung: Umgebung) -> None:
    """The example application reaches the decision without findings: the composer holds
    no empty bullet, and its hint says that nothing is missing."""
    a = Browser(umgebung.url)
    a._json("POST", "/api/konto/registrieren",
            json={"email": "komponist@example.org", "name": "k", "passwort": PASSWORT})
    a.anmelden(Konto("komponist@example.org"))
    antrag = _beispiel()
    d = a._json("POST", "/api/entwuerfe")["id"]
    a._json("PATCH", f"/api/entwuerfe/{d}", json={k: copy.deepcopy(antrag[k]) for k in (
        "verfahren", "bauherr", "entwurfsverfasser", "grundstueck", "vorhaben")})
    for ref in antrag["unterlagen"]:
        a._json("POST", f"/api/entwuerfe/{d}/unterlagen", data={"typ": ref["typ"]},
                files={"datei": ("x.pdf", (BEISPIEL / ref["datei"]).read_bytes())})
    case_id = a._json("POST", f"/api/entwuerfe/{d}/einreichen")["fall"]
    sb = Browser(umgebung.url).anmelden(umgebung.sachbearbeitung)
    ende = time.monotonic() + 120
    while True:
        seite = sb.request("GET", f"/werkbank/faelle/{case_id}").text
        if 'id="entscheidung-titel"' in seite or time.monotonic() > ende:
            break
        time.sleep(1)
    assert 'id="entscheidung-titel"' in seite
    feld = re.search(r'<textarea id="nachforderung"[^>]*>(.*?)</textarea>', seite, re.S)
    assert feld is not None and feld.group(1) == ""
    assert "Die Vollständigkeitsprüfung hat nichts Fehlendes gefunden." in seite
    assert INTRO not in seite
    assert "Die Prüfung hat keine Befunde ergeben." in seite
    assert "Vorschlag aus den Befunden:</strong> genehmigungsfähig" in seite
    assert "genehmigungsfaehig" not in seite  # the outcome's key is not shown
