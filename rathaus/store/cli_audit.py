"""`rathaus audit verify`: walk the audit trail's hash chain.

Exit 0: intact. Exit 1: broken, with the first entry that does not fit. Exit 2: there
is no store at that place (a verify never creates one).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rathaus.errors import RathausError
from rathaus.store.config import DB_FILE, data_dir, database_url
from rathaus.store.store import Store
from rathaus.store.views import AuditCheck

EXIT_BROKEN = 1
EXIT_NO_STORE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the command, for the `rathaus` CLI to register."""
    parser.add_argument("--data", default=None,
                        help="Datenordner (sonst RATHAUS_DATA, sonst ./var)")
    parser.add_argument("--json", action="store_true", help="Ergebnis als JSON")


def cmd_audit_verify(args: argparse.Namespace) -> int:
    data = data_dir(getattr(args, "data", None))
    url = database_url(data)
    if url.startswith("sqlite") and not (data / DB_FILE).exists():
        print(f"rathaus: error: kein Datenbestand unter {data}", file=sys.stderr)
        return EXIT_NO_STORE
    try:
        with Store.open(url, data=data) as store:
            result = store.check_audit()
    except RathausError as exc:
        print(f"rathaus: error: {exc}", file=sys.stderr)
        return EXIT_NO_STORE
    if getattr(args, "json", False):
        print(json.dumps(_as_json(result), ensure_ascii=False))
    else:
        print(_as_text(result))
    return 0 if result.ok else EXIT_BROKEN


def _as_text(result: AuditCheck) -> str:
    if result.ok:
        return f"Audit-Kette intakt: {result.count} Einträge"
    line = f"Audit-Kette gebrochen bei Eintrag {result.broken_seq}: {result.reason}"
    if result.entry is not None:
        e = result.entry
        line += (f"\n  Eintrag {e.seq}: {e.at.isoformat()} {e.actor} {e.action}"
                 f" Fall {e.case_id or '-'}")
    return line + f"\n  {result.count} Einträge davor sind intakt"


def _as_json(result: AuditCheck) -> dict[str, Any]:
    out: dict[str, Any] = {"intakt": result.ok, "eintraege": result.count}
    if not result.ok:
        out["gebrochen_bei"] = result.broken_seq
        out["grund"] = result.reason
        if result.entry is not None:
            e = result.entry
            out["eintrag"] = {"seq": e.seq, "zeit": e.at.isoformat(), "actor": e.actor,
                              "action": e.action, "case_id": e.case_id}
    return out
