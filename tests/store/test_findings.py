"""Findings: stored once per (case, pruefer, run), however often an activity retries."""

from __future__ import annotations

import threading

import pytest

from rathaus.errors import NotFoundError
from rathaus.store import Store
from rathaus.store.auditlog import hash_json
from tests.store.factories import befund, new_case


def test_a_retried_activity_stores_its_findings_once(store: Store) -> None:
    case_id = new_case(store)
    befunde = [befund("A", flaeche_m2=12.5), befund("B", art="hinweis")]
    assert store.record_findings(case_id, "bauordnung", "runde-1", befunde) is True
    assert store.record_findings(case_id, "bauordnung", "runde-1", befunde) is False
    assert store.findings(case_id) == befunde
    runs = store.finding_runs(case_id)
    assert [(r.pruefer, r.run, r.count) for r in runs] == [("bauordnung", "runde-1", 2)]
    recorded = [e for e in store.audit_entries(case_id) if e.action == "findings_recorded"]
    assert len(recorded) == 1 and recorded[0].actor == "agent:bauordnung"


def test_two_workers_racing_on_one_run_store_it_once(store: Store) -> None:
    # a worker presumed dead and its retry finish at the same moment
    case_id = new_case(store)
    barrier = threading.Barrier(2)
    results: list[bool] = []

    def record() -> None:
        barrier.wait()
        results.append(store.record_findings(case_id, "naturschutz", "r1",
                                             [befund("BAUM", pruefer="naturschutz")]))

    threads = [threading.Thread(target=record) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, True]
    assert len(store.findings(case_id)) == 1


def test_each_run_and_each_agent_is_kept_apart(store: Store) -> None:
    case_id = new_case(store)
    store.record_findings(case_id, "bauordnung", "r1", [befund("A")])
    store.record_findings(case_id, "planungsrecht", "r1", [befund("P", pruefer="planungsrecht")])
    store.record_findings(case_id, "bauordnung", "r2", [befund("A2")])
    assert [b.code for b in store.findings(case_id)] == ["A", "P", "A2"]
    assert [b.code for b in store.findings(case_id, run="r2")] == ["A2"]
    assert store.findings(case_id, run="r3") == []


def test_a_run_without_findings_is_recorded_as_checked(store: Store) -> None:
    case_id = new_case(store)
    assert store.record_findings(case_id, "denkmalschutz", "r1", []) is True
    assert store.record_findings(case_id, "denkmalschutz", "r1", []) is False
    assert [(r.pruefer, r.count) for r in store.finding_runs(case_id)] == [("denkmalschutz", 0)]


def test_the_input_an_agent_saw_is_recorded(store: Store) -> None:
    case_id = new_case(store)
    store.record_findings(case_id, "bauordnung", "r1", [], input_hash="ab" * 32)
    store.record_findings(case_id, "grundbuch", "r1", [])
    runs = {r.pruefer: r.input_hash for r in store.finding_runs(case_id)}
    assert runs["bauordnung"] == "ab" * 32
    view = store.get_case(case_id)
    assert view is not None
    assert runs["grundbuch"] == hash_json({"antrag": view.antrag, "dokumente": {}})


def test_belege_come_back_as_stored(store: Store) -> None:
    case_id = new_case(store)
    b = befund("X", flurstueck="05999900100001______", werte=[1, 2.5, None], tief={"ä": True})
    store.record_findings(case_id, "bauordnung", "r1", [b])
    assert store.findings(case_id) == [b]


def test_findings_for_an_unknown_case_are_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.record_findings("BA-2026-9999", "bauordnung", "r1", [befund()])
