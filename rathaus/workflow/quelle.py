"""A case's documents as the intake reads them: the latest stored version per file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rathaus.config import Settings
from rathaus.domain.antrag import Antrag, UnterlageRef
from rathaus.domain.vorgang import Vorgang
from rathaus.intake.lesen import lese_dokument


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
    dokumente = tuple(lese_dokument(ref, quelle, cfg) for ref in antrag.unterlagen)
    return Vorgang(antrag=antrag, dokumente=dokumente, quelle=case_id)


def _json(antrag: Any) -> str:
    import json

    return antrag if isinstance(antrag, str) else json.dumps(antrag, ensure_ascii=False)
