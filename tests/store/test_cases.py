"""Filing a case: file numbers per year, the application kept as filed, the inbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rathaus.errors import InputError
from rathaus.store import Store
from rathaus.store.texte import BERLIN
from tests.store.factories import antrag, new_case


def test_file_numbers_count_up_per_year(store: Store) -> None:
    year = dt.datetime.now(BERLIN).year
    ids = [new_case(store) for _ in range(3)]
    assert ids == [f"BA-{year}-{n:04d}" for n in (1, 2, 3)]
    assert [c.id for c in store.list_cases()] == ids


def test_a_new_german_year_starts_at_one(db_url: str, data: Path) -> None:
    # 31.12. 23:30 UTC is already 1 January in Berlin
    times = iter([dt.datetime(2026, 12, 31, 22, 0, tzinfo=dt.UTC),
                  dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)])
    with Store.open(db_url, data=data, clock=lambda: next(times)) as store:
        assert new_case(store) == "BA-2026-0001"
        assert new_case(store) == "BA-2027-0001"


def test_other_procedures_have_their_own_numbers(store: Store) -> None:
    store.create_case(antrag(), "bauantrag", "bauaufsicht", "portal")
    other = store.create_case(antrag(), "gewerbeanmeldung", "ordnungsamt", "portal")
    assert other.startswith("GE-") and other.endswith("-0001")


def test_the_case_is_kept_as_filed_and_starts_eingegangen(store: Store) -> None:
    filed = antrag(eingang="2026-11-20", vorhaben={"bezeichnung": "Einfamilienhaus ÄÖÜß"})
    case_id = store.create_case(filed, "bauantrag", "bauaufsicht", actor="portal")
    view = store.get_case(case_id)
    assert view is not None
    assert (view.verfahren, view.amt, view.status) == ("bauantrag", "bauaufsicht", "eingegangen")
    assert view.antrag == filed
    assert view.created_at.tzinfo is not None
    assert view.frist is None and not view.ueberfaellig
    assert [h.status for h in store.history(case_id)] == ["eingegangen"]


def test_the_antrag_can_carry_the_file_number_and_keeps_its_reference(store: Store) -> None:
    """`id_field`: the stored antrag names the case's file number (the Bescheid's
    Aktenzeichen); the reference it was filed with (the portal's `P-…`) is audited."""
    filed = antrag(id="P-7", eingang="2026-11-20")
    case_id = store.create_case(filed, "bauantrag", "bauaufsicht", "portal", id_field="id")
    view = store.get_case(case_id)
    assert view is not None
    assert view.antrag == {**filed, "id": case_id}
    [created] = [e for e in store.audit_entries(case_id) if e.action == "case_created"]
    assert created.details["referenz"] == "P-7"
    assert store.verify_audit()[0]  # the input hash is the stored antrag's


def test_an_unknown_case_is_none(store: Store) -> None:
    assert store.get_case("BA-2026-9999") is None


def test_list_cases_filters_by_office(store: Store) -> None:
    bau = new_case(store, amt="bauaufsicht")
    umwelt = new_case(store, amt="umweltamt")
    assert [c.id for c in store.list_cases()] == [bau, umwelt]
    assert [c.id for c in store.list_cases(amt="umweltamt")] == [umwelt]
    assert store.list_cases(amt="kaemmerei") == []


def test_list_cases_shows_each_current_status(store: Store) -> None:
    first, second = new_case(store), new_case(store)
    store.set_status(second, "vollstaendigkeitspruefung", "dirigent")
    assert {c.id: c.status for c in store.list_cases()} == {
        first: "eingegangen", second: "vollstaendigkeitspruefung"}


def test_blank_office_or_actor_is_refused(store: Store) -> None:
    with pytest.raises(InputError):
        store.create_case(antrag(), "bauantrag", " ", actor="portal")
    with pytest.raises(InputError):
        store.create_case(antrag(), "bauantrag", "bauaufsicht", actor="x" * 129)
    assert store.list_cases() == []
