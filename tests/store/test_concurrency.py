"""Two workers changing cases at the same time: nothing lost, nothing doubled, no
"database is locked" on SQLite (WAL, busy_timeout, BEGIN IMMEDIATE)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

from sqlalchemy import text

from rathaus.errors import TransitionError
from rathaus.store import Store
from tests.store.factories import PATH_TO_ZUGESTELLT, befund, new_case


def _in_threads(n: int, work: Callable[[int], None]) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(n)

    def run(worker: int) -> None:
        barrier.wait()
        try:
            work(worker)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_two_threads_setting_the_same_status_write_it_once(store: Store) -> None:
    cases = [new_case(store) for _ in range(10)]

    def work(_: int) -> None:
        for case_id in cases:
            store.set_status(case_id, "vollstaendigkeitspruefung", "dirigent")

    assert _in_threads(2, work) == []
    for case_id in cases:
        assert [h.status for h in store.history(case_id)] == [
            "eingegangen", "vollstaendigkeitspruefung"]
    keys = Counter(n.key for n in store.notifications())
    assert len(keys) == 20 and set(keys.values()) == {1}
    assert store.verify_audit() == (True, None)


def test_two_threads_racing_to_different_statuses_leave_a_legal_history(store: Store) -> None:
    cases = [new_case(store) for _ in range(6)]
    for case_id in cases:
        store.set_status(case_id, "vollstaendigkeitspruefung", "dirigent")
    targets = ["fachpruefung", "nachforderung"]
    refused: list[str] = []

    def work(worker: int) -> None:
        for case_id in cases:
            try:
                store.set_status(case_id, targets[worker], f"worker-{worker}")
            except TransitionError:
                refused.append(case_id)  # the other one was first: expected

    assert _in_threads(2, work) == []
    assert len(refused) == len(cases)  # exactly one winner per case
    for case_id in cases:
        assert len(store.history(case_id)) == 3


def test_two_workers_running_whole_cases_in_parallel(store: Store) -> None:
    per_worker = {w: [new_case(store) for _ in range(4)] for w in range(2)}

    def work(worker: int) -> None:
        for case_id in per_worker[worker]:
            for step in PATH_TO_ZUGESTELLT:
                store.set_status(case_id, step, f"worker-{worker}")
                store.record_findings(case_id, "bauordnung", step, [befund(step)])
            store.add_document(case_id, "bescheid", "bescheid.pdf", case_id.encode(), "dirigent")

    assert _in_threads(2, work) == []
    for cases in per_worker.values():
        for case_id in cases:
            assert [h.status for h in store.history(case_id)][-1] == "zugestellt"
            assert len(store.findings(case_id)) == len(PATH_TO_ZUGESTELLT)
    assert store.verify_audit() == (True, None)
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
