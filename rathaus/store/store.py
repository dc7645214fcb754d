"""The store's public API. Each method is one transaction; the queries are in `dao/`.

Every change follows one pattern (after Signalen): lock the case row, check, write the
change and its history, put the applicant's notification into the outbox, append the
audit entry last, commit. Mail leaves only after commit (`rathaus.store.notify`).
Methods that a retried activity may repeat are idempotent; each says how.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from rathaus.domain.befund import Befund
from rathaus.errors import InputError
from rathaus.store import auditlog
from rathaus.store.base import check_text
from rathaus.store.dao import cases as cases_q
from rathaus.store.dao import common
from rathaus.store.dao import deadlines as deadlines_q
from rathaus.store.dao import decisions as decisions_q
from rathaus.store.dao import documents as documents_q
from rathaus.store.dao import findings as findings_q
from rathaus.store.dao import history as history_q
from rathaus.store.dao import notifications as outbox_q
from rathaus.store.konten import KontenStore
from rathaus.store.models import Case, DocumentVersion
from rathaus.store.status import INITIAL, MARKERS, check_status, check_transition
from rathaus.store.texte import status_mail
from rathaus.store.views import (
    CaseView,
    DeadlineView,
    DecisionView,
    DocumentVersionView,
    FindingRunView,
    StatusView,
)


def _aware(frist: dt.datetime | str) -> dt.datetime:
    if isinstance(frist, str):
        try:
            frist = dt.datetime.fromisoformat(frist)
        except ValueError:
            raise InputError(f"frist: kein ISO-8601-Zeitpunkt: {frist!r}") from None
    if frist.tzinfo is None:
        raise InputError("frist: Zeitpunkt mit Zeitzone erwartet")
    return frist


class Store(KontenStore):
    """Cases and everything recorded on them. See `StoreBase` for opening, the outbox
    and the audit trail, `KontenStore` for the web app's accounts."""

    # ---- cases --------------------------------------------------------------------
    def create_case(self, antrag: dict[str, Any], verfahren: str, amt: str, actor: str, *,
                    id_field: str | None = None) -> str:
        """A new case in status eingegangen; returns its file number (BA-2026-0001).

        With `id_field`, the stored antrag carries the file number under that key (numbered
        in the same transaction), so the case, its antrag and its Bescheid name the same
        Aktenzeichen; the reference the antrag came with (the portal's draft `P-…`, a
        bundle's own number) is kept in the audit entry as `referenz`. Without it the
        antrag is kept exactly as filed."""
        check_text("verfahren", verfahren, 64)
        check_text("amt", amt, 64)
        check_text("actor", actor, 128)
        antrag = auditlog.as_json(antrag)
        now = self._clock()
        with self._write() as s:
            case_id = cases_q.next_case_id(s, verfahren, now)
            details: dict[str, Any] = {"verfahren": verfahren, "amt": amt, "status": INITIAL}
            if id_field is not None:
                details["referenz"] = antrag.get(id_field)
                antrag = {**antrag, id_field: case_id}
            case = cases_q.add_case(s, case_id, antrag, verfahren, amt, actor, now)
            self._enter_status(s, case, INITIAL, actor, "", now)
            auditlog.append(s, at=now, actor=actor, action="case_created", case_id=case_id,
                            details=details, input_hash=auditlog.hash_json(antrag))
        return case_id

    def get_case(self, case_id: str) -> CaseView | None:
        with self._read() as s:
            found = cases_q.case_views(s, case_id=case_id)
        return found[0] if found else None

    def list_cases(self, amt: str | None = None) -> list[CaseView]:
        with self._read() as s:
            return cases_q.case_views(s, amt=amt)

    # ---- status -------------------------------------------------------------------
    def set_status(self, case_id: str, status: str, actor: str, note: str = "") -> None:
        """Change the status if ALLOWED_TRANSITIONS permits (else TransitionError).
        The current status again is a no-op: no row, no mail, no audit entry."""
        check_status(status)
        check_text("actor", actor, 128)
        now = self._clock()
        with self._write() as s:
            case = common.lock_case(s, case_id)
            current = history_q.current_status(s, case_id)
            if current == status:
                return
            check_transition(case_id, current, status)
            self._enter_status(s, case, status, actor, note, now)
            auditlog.append(s, at=now, actor=actor, action="status_changed", case_id=case_id,
                            details={"von": current, "nach": status, "note": note},
                            input_hash=None)

    def _enter_status(self, s: Session, case: Case, status: str, actor: str, note: str,
                      now: dt.datetime) -> None:
        n = history_q.append(s, case_id=case.id, status=status, actor=actor, note=note, now=now)
        mail = status_mail(case.id, status, case.antrag, case.amt, note)
        outbox_q.enqueue(s, case_id=case.id, key=f"{case.id}:{status}:{n}", mail=mail, now=now)

    def history(self, case_id: str) -> list[StatusView]:
        with self._read() as s:
            common.get_case(s, case_id)
            return history_q.entries(s, case_id)

    # ---- documents ----------------------------------------------------------------
    def add_document(self, case_id: str, typ: str, datei: str, content: bytes,
                     actor: str) -> DocumentVersionView:
        """A new version of `datei`; the same content again returns the latest version."""
        check_text("typ", typ, 64)
        check_text("datei", datei, 255)
        check_text("actor", actor, 128)
        sha = self.blobs.put(content)  # before the row: a row never points at nothing
        now = self._clock()
        with self._write() as s:
            common.lock_case(s, case_id)
            row, created = documents_q.add(s, case_id=case_id, typ=typ, datei=datei, sha256=sha,
                                         size=len(content), actor=actor, now=now)
            if created:
                self._audit_document(s, row, actor, now)
            return documents_q.view(row)

    def _audit_document(self, s: Session, row: DocumentVersion, actor: str,
                        now: dt.datetime) -> None:
        auditlog.append(s, at=now, actor=actor, action="document_added", case_id=row.case_id,
                        details={"typ": row.typ, "datei": row.datei, "version": row.version,
                                 "size": row.size}, input_hash=row.sha256)

    def documents(self, case_id: str) -> list[DocumentVersionView]:
        """The latest version of each document, by file name."""
        with self._read() as s:
            return documents_q.current(s, case_id)

    def document_versions(self, case_id: str, datei: str | None = None
                          ) -> list[DocumentVersionView]:
        with self._read() as s:
            return documents_q.all_versions(s, case_id, datei)

    def read_document(self, sha256: str) -> bytes:
        return self.blobs.get(sha256)

    # ---- findings and decisions -----------------------------------------------------
    def record_findings(self, case_id: str, pruefer: str, run: str, befunde: list[Befund],
                        *, input_hash: str | None = None) -> bool:
        """Store an agent's findings once per (case, pruefer, run); False if stored
        before. `input_hash` defaults to the hash of the antrag and current documents."""
        check_text("pruefer", pruefer, 64)
        check_text("run", run, 128)
        now = self._clock()
        with self._write() as s:
            case = common.get_case(s, case_id)
            seen = input_hash or self._input_hash(s, case)
            if not findings_q.record(s, case_id=case_id, pruefer=pruefer, run=run,
                                   befunde=befunde, input_hash=seen, now=now):
                return False
            auditlog.append(s, at=now, actor=f"agent:{pruefer}", action="findings_recorded",
                            case_id=case_id, input_hash=seen,
                            details={"pruefer": pruefer, "run": run, "anzahl": len(befunde),
                                     "codes": [b.code for b in befunde]})
        return True

    def _input_hash(self, s: Session, case: Case) -> str:
        docs = {d.datei: d.sha256 for d in documents_q.current(s, case.id)}
        return auditlog.hash_json({"antrag": case.antrag, "dokumente": docs})

    def findings(self, case_id: str, run: str | None = None) -> list[Befund]:
        with self._read() as s:
            return findings_q.load(s, case_id, run)

    def finding_runs(self, case_id: str) -> list[FindingRunView]:
        with self._read() as s:
            return findings_q.runs(s, case_id)

    def record_decision(self, case_id: str, ergebnis: str, begruendung: str, by: str, amt: str,
                        *, nebenbestimmungen: list[str] | None = None,
                        key: str | None = None) -> None:
        """A caseworker's decision. Only the case's own office decides. With `key`, a
        repeated call (a retried activity) is a no-op."""
        if ergebnis not in decisions_q.ERGEBNISSE:
            raise InputError(f"Ergebnis {ergebnis!r}: erlaubt {', '.join(decisions_q.ERGEBNISSE)}")
        check_text("by", by, 128)
        check_text("amt", amt, 64)
        now = self._clock()
        with self._write() as s:
            case = common.lock_case(s, case_id)
            if case.amt != amt:
                raise InputError(f"{case_id} gehört zum Amt {case.amt!r}, nicht zu {amt!r}")
            if key is not None and decisions_q.exists(s, case_id, key):
                return
            decisions_q.add(s, case_id=case_id, key=key, ergebnis=ergebnis, begruendung=begruendung,
                          nebenbestimmungen=list(nebenbestimmungen or []), by=by, amt=amt, now=now)
            seen = auditlog.hash_json([b.model_dump() for b in findings_q.load(s, case_id)])
            auditlog.append(s, at=now, actor=by, action="decision_recorded", case_id=case_id,
                            input_hash=seen, details={"ergebnis": ergebnis, "amt": amt,
                                                      "begruendung": begruendung})

    def decisions(self, case_id: str) -> list[DecisionView]:
        with self._read() as s:
            return decisions_q.all_of(s, case_id)

    # ---- deadlines ----------------------------------------------------------------
    def set_deadline(self, case_id: str, frist: dt.datetime | str, kind: str, *,
                     actor: str = "system", note: str = "") -> None:
        """Set or move the deadline `kind`, or, for a marker kind (frist_warnung,
        ueberfaellig, …), mark the deadline `frist`. Repeating the current state is a
        no-op. See dao/deadlines.py for which deadline counts as running.

        `frist` may be an ISO 8601 string with offset, as workflow inputs carry it."""
        deadlines_q.check_kind(kind)
        self._deadline_event(case_id, kind, _aware(frist), actor, note)

    def clear_deadline(self, case_id: str, kind: str, *, actor: str = "system",
                       note: str = "") -> None:
        deadlines_q.check_kind(kind)
        self._deadline_event(case_id, kind, None, actor, note)

    def _deadline_event(self, case_id: str, kind: str, frist: dt.datetime | None, actor: str,
                        note: str) -> None:
        now = self._clock()
        with self._write() as s:
            common.lock_case(s, case_id)
            if not deadlines_q.add(s, case_id=case_id, kind=kind, frist=frist, actor=actor,
                                 note=note, now=now):
                return
            action = "deadline_marked" if kind in MARKERS else "deadline_set"
            auditlog.append(s, at=now, actor=actor, action=action, case_id=case_id,
                            input_hash=None, details={
                                "kind": kind, "frist": frist.isoformat() if frist else None,
                                "note": note})

    def deadlines(self, case_id: str) -> list[DeadlineView]:
        with self._read() as s:
            return deadlines_q.events(s, case_id)

