"""Status changes: only the allowed ones, each one row of history, retries harmless."""

from __future__ import annotations

import pytest

from rathaus.errors import NotFoundError, TransitionError
from rathaus.store import ALLOWED_TRANSITIONS, STATUSES, Store
from tests.store.factories import PATH_TO_ZUGESTELLT, case_in, new_case


def _counts(store: Store, case_id: str) -> tuple[int, int, int]:
    return (len(store.history(case_id)), len(store.notifications(case_id)),
            len(store.audit_entries(case_id)))


def test_the_table_covers_every_status_and_only_known_ones() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(STATUSES)
    assert all(targets <= set(STATUSES) for targets in ALLOWED_TRANSITIONS.values())
    assert ALLOWED_TRANSITIONS["zugestellt"] == ALLOWED_TRANSITIONS["zurueckgenommen"] == set()


def test_the_usual_path_is_recorded_in_order(store: Store) -> None:
    case_id = new_case(store)
    for step in PATH_TO_ZUGESTELLT:
        store.set_status(case_id, step, actor="dirigent", note=f"nach {step}")
    history = store.history(case_id)
    assert [h.status for h in history] == ["eingegangen", *PATH_TO_ZUGESTELLT]
    assert [h.at for h in history] == sorted(h.at for h in history)
    assert history[-1].note == "nach zugestellt" and history[-1].actor == "dirigent"
    view = store.get_case(case_id)
    assert view is not None and view.status == "zugestellt"


def test_a_nachforderung_round_trip_is_allowed(store: Store) -> None:
    case_id = case_in(store, "nachforderung")
    store.set_status(case_id, "vollstaendigkeitspruefung", "vollstaendigkeit")
    store.set_status(case_id, "nachforderung", "vollstaendigkeit")
    assert [h.status for h in store.history(case_id)][-3:] == [
        "nachforderung", "vollstaendigkeitspruefung", "nachforderung"]


@pytest.mark.parametrize(("start", "target"), [
    ("eingegangen", "fachpruefung"),  # the completeness check cannot be skipped
    ("vollstaendigkeitspruefung", "entscheidung"),
    ("nachforderung", "fachpruefung"),
    ("fachpruefung", "zugestellt"),  # no notice without a Bescheid
    ("zugestellt", "fachpruefung"),  # ended is ended
])
def test_a_forbidden_change_is_refused_and_leaves_no_trace(store: Store, start: str,
                                                           target: str) -> None:
    case_id = case_in(store, start)
    before = _counts(store, case_id)
    with pytest.raises(TransitionError, match=f"{start} → {target}"):
        store.set_status(case_id, target, actor="dirigent")
    assert _counts(store, case_id) == before
    view = store.get_case(case_id)
    assert view is not None and view.status == start


def test_a_withdrawn_case_stays_withdrawn(store: Store) -> None:
    case_id = case_in(store, "fachpruefung")
    store.set_status(case_id, "zurueckgenommen", actor="antragsteller")
    with pytest.raises(TransitionError, match="Endstatus"):
        store.set_status(case_id, "vollstaendigkeitspruefung", actor="dirigent")


def test_setting_the_same_status_again_is_a_no_op(store: Store) -> None:
    # a retried activity: the first attempt committed, its reply got lost
    case_id = case_in(store, "vollstaendigkeitspruefung")
    before = _counts(store, case_id)
    store.set_status(case_id, "vollstaendigkeitspruefung", actor="dirigent", note="retry")
    assert _counts(store, case_id) == before


def test_an_unknown_status_is_refused(store: Store) -> None:
    case_id = new_case(store)
    with pytest.raises(TransitionError, match="unbekannter Status"):
        store.set_status(case_id, "genehmigt", actor="dirigent")


def test_the_status_of_an_unknown_case_cannot_be_set(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.set_status("BA-2026-9999", "vollstaendigkeitspruefung", actor="dirigent")
    with pytest.raises(NotFoundError):
        store.history("BA-2026-9999")


def test_each_change_is_audited_with_its_actor(store: Store) -> None:
    case_id = case_in(store, "vollstaendigkeitspruefung")
    entry = store.audit_entries(case_id)[-1]
    assert (entry.actor, entry.action) == ("dirigent", "status_changed")
    assert entry.details == {"von": "eingegangen", "nach": "vollstaendigkeitspruefung",
                             "note": ""}
