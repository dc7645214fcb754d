"""Human decisions: only by the case's office, with a known outcome, stored once."""

from __future__ import annotations

import pytest

from rathaus.errors import InputError
from rathaus.store import Store
from rathaus.store.auditlog import hash_json
from tests.store.factories import befund, case_in


def test_a_decision_is_recorded_with_who_and_why(store: Store) -> None:
    case_id = case_in(store, "entscheidung")
    store.record_findings(case_id, "bauordnung", "r1", [befund(art="ermessen")])
    store.record_decision(case_id, "genehmigt_mit_nebenbestimmungen", "Abweichung vertretbar.",
                          by="sb.mueller", amt="bauaufsicht",
                          nebenbestimmungen=["Hecke bleibt erhalten"])
    [d] = store.decisions(case_id)
    assert (d.ergebnis, d.by, d.amt, d.nebenbestimmungen) == (
        "genehmigt_mit_nebenbestimmungen", "sb.mueller", "bauaufsicht",
        ("Hecke bleibt erhalten",))
    entry = store.audit_entries(case_id)[-1]
    assert (entry.actor, entry.action) == ("sb.mueller", "decision_recorded")
    # the input of a decision: the findings the caseworker saw
    assert entry.input_hash == hash_json([b.model_dump() for b in store.findings(case_id)])


def test_another_office_cannot_decide(store: Store) -> None:
    case_id = case_in(store, "entscheidung")
    with pytest.raises(InputError, match="gehört zum Amt"):
        store.record_decision(case_id, "genehmigt", "", by="x", amt="umweltamt")
    assert store.decisions(case_id) == []


def test_an_unknown_outcome_is_refused(store: Store) -> None:
    case_id = case_in(store, "entscheidung")
    with pytest.raises(InputError, match="Ergebnis"):
        store.record_decision(case_id, "vielleicht", "", by="x", amt="bauaufsicht")


def test_with_a_key_a_retried_decision_is_stored_once(store: Store) -> None:
    case_id = case_in(store, "entscheidung")
    for _ in range(2):
        store.record_decision(case_id, "versagt", "Abstand fehlt.", by="sb.mueller",
                              amt="bauaufsicht", key="entscheidung-1")
    store.record_decision(case_id, "genehmigt", "Nach Umplanung.", by="sb.mueller",
                          amt="bauaufsicht", key="entscheidung-2")
    assert [d.ergebnis for d in store.decisions(case_id)] == ["versagt", "genehmigt"]
