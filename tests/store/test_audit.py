"""The audit trail: a hash chain that `rathaus audit verify` checks."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from rathaus.governance.audit import AuditSink
from rathaus.store import Store
from rathaus.store.auditlog import GENESIS, entry_hash
from rathaus.store.cli_audit import cmd_audit_verify
from tests.store.factories import case_in, new_case

DROP_GUARDS = {  # what someone with owner rights on the database could do
    "sqlite": ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"],
    "postgresql": ["DROP TRIGGER audit_log_no_change ON audit_log"],
}


def _raw(store: Store, *statements: str) -> None:
    with store.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _drop_guards(store: Store) -> None:
    _raw(store, *DROP_GUARDS[store.engine.dialect.name])


def _verify(data: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, *flags: str) -> int:
    monkeypatch.setenv("RATHAUS_DATABASE_URL", db_url)
    return cmd_audit_verify(argparse.Namespace(data=str(data), json="--json" in flags))


def test_the_chain_links_every_entry_to_the_one_before(store: Store) -> None:
    case_in(store, "fachpruefung")
    store.audit("agent:bauordnung", "agent_run", "BA-2026-0001", {"modell": "regeln"},
                input_hash="cd" * 32)
    entries = store.audit_entries()
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    assert entries[-1].input_hash == "cd" * 32
    assert store.verify_audit() == (True, None)


def test_an_intact_chain_verifies(store: Store, data: Path, db_url: str,
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    case_in(store, "entscheidung")
    assert _verify(data, db_url, monkeypatch) == 0
    assert capsys.readouterr().out.strip() == "Audit-Kette intakt: 4 Einträge"
    assert _verify(data, db_url, monkeypatch, "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"intakt": True, "eintraege": 4}


def test_a_changed_past_entry_is_found(store: Store, data: Path, db_url: str,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    case_in(store, "fachpruefung")
    _drop_guards(store)
    _raw(store, """UPDATE audit_log SET details = '{"von": "eingegangen", "nach": "x"}'
                   WHERE seq = 2""")
    assert store.verify_audit() == (False, 2)
    assert _verify(data, db_url, monkeypatch) == 1
    out = capsys.readouterr().out
    assert "Audit-Kette gebrochen bei Eintrag 2" in out and "verändert" in out
    assert _verify(data, db_url, monkeypatch, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["intakt"], report["gebrochen_bei"], report["eintraege"]) == (False, 2, 1)


def test_a_forged_entry_with_a_fresh_hash_breaks_the_next_link(store: Store) -> None:
    case_in(store, "fachpruefung")
    _drop_guards(store)
    second = store.audit_entries()[1]
    forged = entry_hash(seq=2, at=second.at, actor="jemand", action=second.action,
                        case_id=second.case_id, input_hash=None, details=second.details,
                        prev_hash=second.prev_hash)
    _raw(store, f"UPDATE audit_log SET actor = 'jemand', hash = '{forged}' WHERE seq = 2")
    assert store.verify_audit() == (False, 3)


def test_removed_entries_are_found(store: Store) -> None:
    case_in(store, "fachpruefung")
    _drop_guards(store)
    _raw(store, "DELETE FROM audit_log WHERE seq = 3")  # the last one
    assert store.verify_audit() == (False, 3)
    _raw(store, "DELETE FROM audit_log WHERE seq = 1")
    assert store.verify_audit() == (False, 1)


def test_the_database_refuses_to_change_or_delete_entries(store: Store) -> None:
    new_case(store)
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(store, statement)
    assert store.verify_audit() == (True, None)


def test_verify_never_creates_a_store(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RATHAUS_DATABASE_URL", raising=False)
    assert cmd_audit_verify(argparse.Namespace(data=str(tmp_path / "leer"), json=False)) == 2
    assert "kein Datenbestand" in capsys.readouterr().err
    assert not (tmp_path / "leer").exists()


def test_the_store_is_an_audit_sink(store: Store) -> None:
    assert isinstance(store, AuditSink)
    store.record("agent:llm", "zusammenfassung", None,
                 {"zeit": dt.date(2026, 11, 21), "pfad": Path("a/b")})
    [entry] = store.audit_entries()
    assert entry.details == {"zeit": "2026-11-21", "pfad": "a/b"}
    assert store.verify_audit() == (True, None)


def test_concurrent_appends_keep_one_unbroken_chain(store: Store) -> None:
    def append(worker: int) -> None:
        for i in range(15):
            store.audit(f"agent:{worker}", "schritt", None, {"i": i})

    threads = [threading.Thread(target=append, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [e.seq for e in store.audit_entries()] == list(range(1, 61))
    assert store.check_audit().count == 60 and store.verify_audit() == (True, None)
