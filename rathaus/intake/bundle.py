"""Reading an application bundle (spec: shared/spec/antrag.md) into a case snapshot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rathaus.config import Settings, settings
from rathaus.domain.antrag import Antrag
from rathaus.domain.vorgang import Vorgang
from rathaus.errors import InputError
from rathaus.intake.lesen import lese_dokument
from rathaus.intake.quelle import Quelle, open_quelle, safe_relpath


def lade_vorgang(path: Path, cfg: Settings | None = None) -> Vorgang:
    """Read a bundle folder or .zip and all its documents. Raises InputError when the
    bundle cannot be read at all; problems with single documents become findings."""
    cfg = cfg or settings()
    quelle = open_quelle(path, cfg.limits)
    antrag = lese_antrag(quelle, cfg)
    dokumente = tuple(lese_dokument(ref, quelle, cfg) for ref in antrag.unterlagen)
    return Vorgang(antrag=antrag, dokumente=dokumente, quelle=str(path))


def lese_antrag(quelle: Quelle, cfg: Settings) -> Antrag:
    size = quelle.size("antrag.json")
    if size is None:
        raise InputError(f"{quelle.name}: no antrag.json at the bundle's root")
    if size > cfg.limits.max_antrag_bytes:
        raise InputError(f"{quelle.name}: antrag.json is {size} bytes, over the limit of "
                         f"{cfg.limits.max_antrag_bytes}")
    raw = quelle.read("antrag.json")
    try:
        text = raw.decode("utf-8-sig")
        json.loads(text)
    except UnicodeDecodeError as exc:
        raise InputError(f"{quelle.name}/antrag.json: not UTF-8 text ({exc.reason} at "
                         f"byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{quelle.name}/antrag.json: not valid JSON: {exc.msg} at line "
                         f"{exc.lineno}, column {exc.colno}") from exc
    try:
        antrag = Antrag.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(f"{quelle.name}/antrag.json: {describe(exc)}") from exc
    _check_paths(antrag, quelle.name)
    return antrag


def _check_paths(antrag: Antrag, name: str) -> None:
    for i, ref in enumerate(antrag.unterlagen):
        if safe_relpath(ref.datei) is None:
            raise InputError(f"{name}/antrag.json: unterlagen[{i}].datei: {ref.datei!r} "
                             "is absolute or leaves the bundle")


def key_path(loc: tuple[int | str, ...]) -> str:
    """`('vorhaben', 'gebaeude', 0, 'wandhoehe_m')` → `vorhaben.gebaeude[0].wandhoehe_m`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def describe(exc: ValidationError) -> str:
    """One line naming each wrong key path and what was expected."""
    parts = []
    for err in exc.errors():
        path = key_path(tuple(err["loc"]))
        if err["type"] == "extra_forbidden":
            parts.append(f"{path}: unknown key")
        else:
            parts.append(f"{path}: {err['msg']} (got {_short(err.get('input'))})")
    more = f" (+{len(parts) - 3} more)" if len(parts) > 3 else ""
    return "; ".join(parts[:3]) + more


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."
