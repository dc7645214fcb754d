"""Documents: a stable identity with immutable versions, contents stored by hash."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from rathaus.errors import NotFoundError, StoreError
from rathaus.store import Store
from tests.store.factories import new_case

PLAN_V1 = b"%PDF-1.7 Lageplan, erste Fassung"
PLAN_V2 = b"%PDF-1.7 Lageplan, korrigiert"


def _blob_files(store: Store) -> list[str]:
    return sorted(p.name for p in store.blobs.root.rglob("*") if p.is_file())


def test_equal_content_is_stored_once(store: Store) -> None:
    a, b = new_case(store), new_case(store)
    first = store.add_document(a, "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    second = store.add_document(b, "lageplan", "plan.pdf", PLAN_V1, "portal")
    assert first.sha256 == second.sha256 == hashlib.sha256(PLAN_V1).hexdigest()
    assert _blob_files(store) == [first.sha256]
    path = store.blobs.path(first.sha256)
    assert path.parent.name == first.sha256[:2]  # <data>/blobs/<aa>/<sha256>


def test_a_changed_document_is_a_new_version_and_the_old_one_stays(store: Store) -> None:
    case_id = new_case(store)
    v1 = store.add_document(case_id, "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    v2 = store.add_document(case_id, "lageplan", "lageplan.pdf", PLAN_V2, "antragsteller")
    assert (v1.version, v2.version) == (1, 2)
    assert store.read_document(v1.sha256) == PLAN_V1  # never overwritten
    assert store.read_document(v2.sha256) == PLAN_V2
    assert [d.version for d in store.documents(case_id)] == [2]
    assert [(d.version, d.actor) for d in store.document_versions(case_id, "lageplan.pdf")] == [
        (1, "portal"), (2, "antragsteller")]


def test_blobs_are_read_only_files(store: Store) -> None:
    view = store.add_document(new_case(store), "foto", "foto.jpg", b"\xff\xd8jpeg", "portal")
    mode = os.stat(store.blobs.path(view.sha256)).st_mode
    assert not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_the_same_upload_again_adds_no_version(store: Store) -> None:
    case_id = new_case(store)
    first = store.add_document(case_id, "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    again = store.add_document(case_id, "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    assert again == first
    assert len(store.document_versions(case_id)) == 1
    actions = [e.action for e in store.audit_entries(case_id)]
    assert actions.count("document_added") == 1


def test_documents_lists_the_latest_version_of_each_file(store: Store) -> None:
    case_id = new_case(store)
    store.add_document(case_id, "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    store.add_document(case_id, "baubeschreibung", "beschreibung.pdf", b"text", "portal")
    store.add_document(case_id, "lageplan", "lageplan.pdf", PLAN_V2, "portal")
    assert [(d.datei, d.version, d.size) for d in store.documents(case_id)] == [
        ("beschreibung.pdf", 1, 4), ("lageplan.pdf", 2, len(PLAN_V2))]


def test_a_damaged_blob_is_reported_not_served(store: Store) -> None:
    view = store.add_document(new_case(store), "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    path = store.blobs.path(view.sha256)
    os.chmod(path, 0o644)
    path.write_bytes(b"manipuliert")
    with pytest.raises(StoreError, match="beschädigt"):
        store.read_document(view.sha256)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "0" * 63, "g" * 64])
def test_only_well_formed_hashes_are_read(store: Store, bad: str) -> None:
    with pytest.raises(NotFoundError):
        store.read_document(bad)


def test_a_document_for_an_unknown_case_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.add_document("BA-2026-9999", "lageplan", "lageplan.pdf", PLAN_V1, "portal")
    assert store.list_cases() == []
