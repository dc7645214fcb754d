"""The audit trail: who (person or component) did what on which case, with details.

`AuditSink` is the one protocol every part records through. The default writes JSON
Lines to a file; the case engine plugs its database-backed log into the same protocol.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class AuditSink(Protocol):
    """Receives one audit record. Implementations must not raise on valid input."""

    def record(self, actor: str, action: str, case_id: str | None,
               details: dict[str, Any]) -> None: ...


class JsonlAuditSink:
    """Appends one JSON object per record to a file (created with its folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, actor: str, action: str, case_id: str | None,
               details: dict[str, Any]) -> None:
        entry = {"zeit": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
                 "actor": actor, "action": action, "case_id": case_id, "details": details}
        line = json.dumps(entry, ensure_ascii=False, default=str, sort_keys=True)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")


class MemoryAuditSink:
    """Keeps records in a list: for tests and for callers that forward them later."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def record(self, actor: str, action: str, case_id: str | None,
               details: dict[str, Any]) -> None:
        self.records.append({"actor": actor, "action": action, "case_id": case_id,
                             "details": details})


def standard_sink() -> AuditSink:
    """The configured default: JSON Lines at `RATHAUS_AUDIT__PATH`."""
    from rathaus.config import settings

    return JsonlAuditSink(settings().audit.path)
