"""What people do with cases, for the CLI and the web alike: submit, follow, file more,
decide, sign. Each talks to the engine (workflow updates and queries) and the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from temporalio.client import Client, WorkflowUpdateFailedError
from temporalio.service import RPCError

from rathaus.config import settings
from rathaus.domain.antrag import UNTERLAGE_TYPEN
from rathaus.errors import InputError, RathausError
from rathaus.intake.bundle import lade_vorgang
from rathaus.intake.quelle import open_quelle
from rathaus.procedures import bauantrag
from rathaus.registers.base import Registers
from rathaus.workflow import TASK_QUEUE
from rathaus.workflow.fall import Fall
from rathaus.workflow.typen import (
    DokumentRef,
    Entscheidung,
    FallStart,
    FallZustand,
    FristEntscheidung,
    Nachreichung,
    Unterschrift,
)


class Abgelehnt(RathausError):
    """The engine refused a request (wrong state, missing reasons, unreadable file)."""


@dataclass(frozen=True)
class Frist:
    sekunden_pro_tag: float = 86_400.0  # demos and tests shorten the days


async def einreichen(client: Client, store: Any, bundle: Path, registers: Registers,
                     frist: Frist = Frist(), akteur: str = "antragsteller",
                     fachagenten: list[str] | None = None) -> str:
    """Read the bundle (input errors stop here), store it, start its workflow."""
    vorgang = lade_vorgang(bundle)
    quelle = open_quelle(bundle, settings().limits)
    data = vorgang.antrag.model_dump(mode="json", exclude_none=True)
    # the stored antrag carries the case's file number, the Aktenzeichen of its Bescheid
    case_id: str = store.create_case(data, bauantrag.ID, bauantrag.AMT, akteur, id_field="id")
    for ref in vorgang.antrag.unterlagen:
        if quelle.size(ref.datei) is not None:
            store.add_document(case_id, ref.typ, ref.datei, quelle.read(ref.datei), akteur)
    f = bauantrag.fristen(registers.gemeinde.land)
    start = FallStart(case_id, bauantrag.ID, bauantrag.AMT, bauantrag.VOLLAUTOMATISIERBAR,
                      fachagenten or list(bauantrag.FACHAGENTEN),
                      f.nachforderung_tage * frist.sekunden_pro_tag,
                      f.bearbeitung_tage * frist.sekunden_pro_tag)
    await client.start_workflow(Fall.run, start, id=case_id, task_queue=TASK_QUEUE)
    return case_id


async def zustand(client: Client, case_id: str) -> FallZustand:
    try:
        result: FallZustand = await client.get_workflow_handle(case_id).query(Fall.zustand)
        return result
    except RPCError as exc:
        raise InputError(f"{case_id}: kein solcher Vorgang ({exc.message})") from exc


async def nachreichen(client: Client, store: Any, case_id: str,
                      dateien: list[tuple[str, Path]], akteur: str = "antragsteller") -> str:
    """Store the files as new document versions, then offer them to the workflow."""
    refs = []
    bisher = {v.typ: v.datei for v in store.documents(case_id)}
    for typ, path in dateien:
        if typ not in UNTERLAGE_TYPEN:
            raise InputError(f"{path}: unbekannter Unterlagentyp {typ!r}")
        datei = bisher.get(typ, f"unterlagen/{path.name}")
        v = store.add_document(case_id, typ, datei, path.read_bytes(), akteur)
        refs.append(DokumentRef(typ, datei, v.sha256))
    return await _update(client, case_id, Fall.nachreichen, Nachreichung(refs, akteur))


async def entscheiden(client: Client, case_id: str, e: Entscheidung) -> str:
    return await _update(client, case_id, Fall.entscheiden, e)


async def frist_entscheiden(client: Client, case_id: str, fe: FristEntscheidung) -> str:
    return await _update(client, case_id, Fall.frist_entscheiden, fe)


async def unterzeichnen(client: Client, case_id: str, u: Unterschrift) -> str:
    return await _update(client, case_id, Fall.unterzeichnen, u)


async def _update(client: Client, case_id: str, update: Any, arg: Any) -> str:
    try:
        result: str = await client.get_workflow_handle(case_id).execute_update(update, arg)
        return result
    except WorkflowUpdateFailedError as exc:
        cause = exc.cause
        raise Abgelehnt(f"{case_id}: {getattr(cause, 'message', None) or cause}") from exc
    except RPCError as exc:
        raise InputError(f"{case_id}: {exc.message}") from exc


def typ_aus_datei(spec: str) -> tuple[str, Path]:
    """`TYP=FILE`, or a FILE whose name starts with a document type."""
    if "=" in spec:
        typ, _, name = spec.partition("=")
        return typ, Path(name)
    path = Path(spec)
    for typ in sorted(UNTERLAGE_TYPEN, key=len, reverse=True):
        if path.stem.lower().startswith(typ):
            return typ, path
    raise InputError(f"{spec}: Unterlagentyp unklar; schreiben Sie TYP=DATEI, "
                     f"z. B. standsicherheitsnachweis={spec}")
