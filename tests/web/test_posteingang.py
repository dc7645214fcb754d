"""The caseworker's inbox: sorted by deadline, overdue cases marked in words (not by
colour alone) on the page and as `ueberfaellig` in the JSON API.

The inbox reads the deadline state from the store: the running deadline and the markers
the engine's timers record against it (`frist_vermerken` → `Store.set_deadline`, see
tests/workflow/test_fall_ablauf.py::test_processing_period_warns_at_two_thirds_and_marks_
overdue). A deadline of three months cannot run out during a test, so these cases get
the same store rows the engine writes: a "bearbeitung" deadline and, for the overdue
case, the "ueberfaellig" marker on it. They belong to an office of their own, so that the
cases other tests file do not mix into the inbox checked here."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

import pytest

from rathaus.procedures import bauantrag
from rathaus.web.dienste.konten import registrieren
from tests.web.conftest import BEISPIEL, PASSWORT, Konto, Umgebung
from tests.web.test_zugriff import Browser

AMT = "fristamt"
SB = Konto("fristen@musterstadt.example", "Fritz Fristen")


def _antrag(bezeichnung: str) -> dict[str, Any]:
    a: dict[str, Any] = json.loads((BEISPIEL / "antrag.json").read_text(encoding="utf-8"))
    a["vorhaben"]["bezeichnung"] = bezeichnung
    return a


@pytest.fixture(scope="module")
def faelle(umgebung: Umgebung) -> dict[str, str]:
    """Four cases, filed in an order that is not the deadlines' order."""
    store = umgebung.store
    store.ensure_office(AMT, "Fristamt")
    registrieren(store, SB.email, SB.name, PASSWORT, ("sachbearbeitung",), AMT)
    jetzt = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fristen = {"rechtzeitig": jetzt + dt.timedelta(days=20), "ohne_frist": None,
               "ueberfaellig": jetzt - dt.timedelta(days=2),
               "bald": jetzt + dt.timedelta(days=3)}
    ids = {}
    for name, frist in fristen.items():
        case_id = store.create_case(_antrag(f"Vorhaben {name}"), bauantrag.ID, AMT, "test")
        ids[name] = case_id
        if frist is None:
            continue
        # as the engine's timers record them (ISO strings, as workflow inputs carry them)
        store.set_deadline(case_id, frist.isoformat(), "bearbeitung")
        if name == "ueberfaellig":
            store.set_deadline(case_id, frist.isoformat(), "ueberfaellig")
        if name == "bald":
            store.set_deadline(case_id, frist.isoformat(), "warnung")
    return ids


REIHENFOLGE = ["ueberfaellig", "bald", "rechtzeitig", "ohne_frist"]


def _zeilen(seite: str) -> dict[str, tuple[str, str]]:
    """Case id → (the row's class, the row's text as read aloud, tags removed)."""
    tbody = seite.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    out = {}
    for attrs, inhalt in re.findall(r"<tr([^>]*)>(.*?)</tr>", tbody, re.S):
        case_id = re.search(r'href="/werkbank/faelle/([^"]+)"', inhalt)
        assert case_id is not None
        klasse = re.search(r'class="([^"]*)"', attrs)
        text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inhalt))).strip()
        out[case_id.group(1)] = (klasse.group(1) if klasse else "", text)
    return out


def test_json_api_sorts_by_deadline_and_marks_the_overdue_case(
        umgebung: Umgebung, faelle: dict[str, str]) -> None:
    sb = Browser(umgebung.url).anmelden(SB)
    zeilen = sb._json("GET", "/api/posteingang")
    assert [z["id"] for z in zeilen] == [faelle[n] for n in REIHENFOLGE]
    fristen = [z["frist"] for z in zeilen if z["frist"] is not None]
    assert fristen == sorted(fristen) and len(fristen) == 3
    assert zeilen[-1]["frist"] is None  # no deadline running: last
    nach_id = {z["id"]: z for z in zeilen}
    assert nach_id[faelle["ueberfaellig"]]["ueberfaellig"] is True
    assert [n for n in REIHENFOLGE if nach_id[faelle[n]]["ueberfaellig"]] == ["ueberfaellig"]
    assert nach_id[faelle["bald"]]["frist_warnung"] is True
    assert nach_id[faelle["rechtzeitig"]]["frist_warnung"] is False


def test_page_sorts_by_deadline_and_says_overdue_in_words(
        umgebung: Umgebung, faelle: dict[str, str]) -> None:
    sb = Browser(umgebung.url).anmelden(SB)
    r = sb.request("GET", "/werkbank")
    assert r.status_code == 200
    zeilen = _zeilen(r.text)
    assert list(zeilen) == [faelle[n] for n in REIHENFOLGE]
    klasse, text = zeilen[faelle["ueberfaellig"]]
    # the word, in the Frist cell of that row, not only the row's red background
    assert "ueberfaellig" in klasse.split()
    assert text.endswith("überfällig")
    assert '<strong class="marke-ueberfaellig">überfällig</strong>' in r.text
    for name in ("bald", "rechtzeitig", "ohne_frist"):
        klasse, text = zeilen[faelle[name]]
        assert "überfällig" not in text and "ueberfaellig" not in klasse, name
    assert zeilen[faelle["bald"]][1].endswith("Frist bald")
    assert r.text.count("marke-ueberfaellig") == 1
    # and in English
    en = _zeilen(sb.request("GET", "/werkbank?sprache=en").text)
    assert en[faelle["ueberfaellig"]][1].endswith("overdue")
    assert "overdue" not in en[faelle["rechtzeitig"]][1]
