"""A case's documents as the intake reads them: the latest stored version per file,
a Baubeschreibung with a model's second opinion on its figures when that is enabled."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from rathaus.config import Settings
from rathaus.domain.antrag import Antrag, UnterlageRef
from rathaus.domain.dokument import Dokument
from rathaus.domain.vorgang import Vorgang
from rathaus.intake.lesen import lese_dokument
from rathaus.intake.zweitmeinung import ergaenze


@dataclass(frozen=True)
class StoreQuelle:
    """Implements rathaus.intake.quelle.Quelle over content-addressed versions."""

    store: Any
    case_id: str
    versions: dict[str, Any]  # datei → latest DocumentVersionView

    @property
    def name(self) -> str:
        return self.case_id

    def size(self, rel: str) -> int | None:
        v = self.versions.get(rel)
        return int(v.size) if v is not None else None

    def read(self, rel: str) -> bytes:
        v = self.versions.get(rel)
        if v is None:
            raise FileNotFoundError(rel)
        data: bytes = self.store.read_document(v.sha256)
        return data


def vorgang_aus_store(store: Any, case_id: str, cfg: Settings) -> Vorgang:
    """The frozen case snapshot: the filed antrag plus every document filed later."""
    case = store.get_case(case_id)
    versions = {v.datei: v for v in store.documents(case_id)}
    antrag = Antrag.model_validate_json(_json(case.antrag))
    listed = {r.datei for r in antrag.unterlagen}
    spaeter = tuple(UnterlageRef(typ=v.typ, datei=d) for d, v in sorted(versions.items())
                    if d not in listed and not d.startswith("bescheid/"))
    antrag = antrag.model_copy(update={"unterlagen": (*antrag.unterlagen, *spaeter)})
    quelle = StoreQuelle(store, case_id, versions)
    dokumente = tuple(_gelesen(ref, quelle, cfg) for ref in antrag.unterlagen)
    return Vorgang(antrag=antrag, dokumente=dokumente, quelle=case_id)


# Reading a document (OCR above all) depends only on its bytes, its type and the
# settings: every agent's activity of a round would otherwise OCR the same scans again.
_CACHE: OrderedDict[tuple[str, str, str, int], Dokument] = OrderedDict()
_CACHE_MAX = 512
_LOCK = threading.Lock()


def _gelesen(ref: UnterlageRef, quelle: StoreQuelle, cfg: Settings) -> Dokument:
    v = quelle.versions.get(ref.datei)
    if v is None:
        return lese_dokument(ref, quelle, cfg)
    key = (v.sha256, ref.typ, ref.datei, hash(cfg.model_dump_json()))
    with _LOCK:  # activities run in several threads
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    dok = lese_dokument(ref, quelle, cfg)
    # one model call per document version, recorded in the case's audit log
    (dok,) = ergaenze((dok,), cfg, case_id=quelle.case_id, audit=quelle.store)
    with _LOCK:
        _CACHE[key] = dok
        if len(_CACHE) > _CACHE_MAX:
            _CACHE.popitem(last=False)
    return dok


def _json(antrag: Any) -> str:
    import json

    return antrag if isinstance(antrag, str) else json.dumps(antrag, ensure_ascii=False)
