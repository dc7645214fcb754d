"""Deadlines: set, moved, marked (warning, overdue), and which one runs now."""

from __future__ import annotations

import datetime as dt

import pytest

from rathaus.errors import InputError
from rathaus.store import Store
from tests.store.factories import case_in, new_case

T0 = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
IN_A_MONTH = T0 + dt.timedelta(days=30)
IN_3_MONTHS = T0 + dt.timedelta(days=91)


def _frist(store: Store, case_id: str) -> tuple[dt.datetime | None, str | None, bool, bool]:
    view = store.get_case(case_id)
    assert view is not None
    return view.frist, view.frist_art, view.frist_warnung, view.ueberfaellig


def test_a_deadline_shows_on_the_case(store: Store) -> None:
    case_id = case_in(store, "fachpruefung")
    store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung")
    assert _frist(store, case_id) == (IN_3_MONTHS, "bearbeitung", False, False)


def test_warning_and_overdue_are_markers_not_statuses(store: Store) -> None:
    case_id = case_in(store, "fachpruefung")
    store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung")
    store.set_deadline(case_id, IN_3_MONTHS, "frist_warnung", actor="dirigent")
    assert _frist(store, case_id) == (IN_3_MONTHS, "bearbeitung", True, False)
    store.set_deadline(case_id, IN_3_MONTHS, "ueberfaellig", actor="dirigent")
    view = store.get_case(case_id)
    assert view is not None
    assert (view.status, view.ueberfaellig, view.markers) == (
        "fachpruefung", True, ("frist_warnung", "ueberfaellig"))


def test_moving_a_deadline_clears_its_markers(store: Store) -> None:
    case_id = case_in(store, "fachpruefung")
    store.set_deadline(case_id, IN_A_MONTH, "bearbeitung")
    store.set_deadline(case_id, IN_A_MONTH, "ueberfaellig")
    store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung", actor="sb.mueller",
                       note="verlängert")
    assert _frist(store, case_id) == (IN_3_MONTHS, "bearbeitung", False, False)
    assert [(d.kind, d.note) for d in store.deadlines(case_id)][-1] == (
        "bearbeitung", "verlängert")


def test_the_nachforderung_deadline_runs_only_in_nachforderung(store: Store) -> None:
    case_id = case_in(store, "nachforderung")
    store.set_deadline(case_id, IN_A_MONTH, "nachforderung")
    store.set_deadline(case_id, IN_A_MONTH, "abgelaufen")
    assert _frist(store, case_id) == (IN_A_MONTH, "nachforderung", False, True)
    store.set_status(case_id, "vollstaendigkeitspruefung", "vollstaendigkeit")
    assert _frist(store, case_id) == (None, None, False, False)


def test_the_earliest_running_deadline_counts(store: Store) -> None:
    case_id = case_in(store, "nachforderung")
    store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung")
    store.set_deadline(case_id, IN_A_MONTH, "nachforderung")
    assert _frist(store, case_id)[:2] == (IN_A_MONTH, "nachforderung")


def test_an_ended_case_has_no_running_deadline(store: Store) -> None:
    case_id = case_in(store, "bescheid")
    store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung")
    store.set_status(case_id, "zugestellt", "dirigent")
    assert _frist(store, case_id) == (None, None, False, False)


def test_a_cleared_deadline_no_longer_runs(store: Store) -> None:
    case_id = case_in(store, "fachpruefung")
    store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung")
    store.clear_deadline(case_id, "bearbeitung", actor="sb.mueller")
    assert _frist(store, case_id)[0] is None
    assert [d.frist for d in store.deadlines(case_id)] == [IN_3_MONTHS, None]


def test_repeating_a_deadline_event_is_a_no_op(store: Store) -> None:
    # a durable timer whose activity is retried
    case_id = new_case(store)
    for _ in range(3):
        store.set_deadline(case_id, IN_3_MONTHS, "bearbeitung")
        store.set_deadline(case_id, IN_3_MONTHS, "frist_warnung")
    assert [d.kind for d in store.deadlines(case_id)] == ["bearbeitung", "frist_warnung"]
    actions = [e.action for e in store.audit_entries(case_id)]
    assert actions.count("deadline_set") == 1 and actions.count("deadline_marked") == 1


def test_deadlines_are_kept_in_utc_whatever_zone_they_come_in(store: Store) -> None:
    case_id = new_case(store)
    berlin = dt.timezone(dt.timedelta(hours=1))
    store.set_deadline(case_id, dt.datetime(2027, 2, 21, 10, 0, tzinfo=berlin), "bearbeitung")
    assert store.deadlines(case_id)[0].frist == dt.datetime(2027, 2, 21, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("kind", ["", "Bearbeitung", "frist warnung", "x" * 33])
def test_odd_kinds_are_refused(store: Store, kind: str) -> None:
    with pytest.raises(InputError):
        store.set_deadline(new_case(store), IN_3_MONTHS, kind)


def test_a_deadline_may_come_as_iso_text_from_a_workflow(store: Store) -> None:
    case_id = new_case(store)
    store.set_deadline(case_id, "2027-02-21T10:00:00+01:00", "bearbeitung")
    assert store.deadlines(case_id)[0].frist == dt.datetime(2027, 2, 21, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("frist", [dt.datetime(2027, 1, 1), "2027-01-01T00:00", "morgen"])
def test_a_deadline_without_time_zone_is_refused(store: Store, frist: dt.datetime | str) -> None:
    with pytest.raises(InputError):
        store.set_deadline(new_case(store), frist, "bearbeitung")
