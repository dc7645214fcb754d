"""The model-layer contract: one structured call, validated, audited, measured.

A client turns chat messages plus a pydantic schema into a validated instance of that
schema. Every call, successful or not, is recorded in the audit trail with model,
version, the sha256 of the prompt and the purpose; never the prompt itself (it may
hold personal data from the case).
"""

from __future__ import annotations

import hashlib
import json
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from rathaus.errors import RathausError
from rathaus.governance.audit import AuditSink

T = TypeVar("T", bound=BaseModel)
Rolle = Literal["system", "user", "assistant"]


class LlmError(RathausError):
    """The model could not answer (endpoint down, timeout, no valid output after retries).

    Callers fall back to deterministic text; this never decides anything.
    `dauerhaft`: retrying cannot help (bad request, wrong key, unknown model)."""

    def __init__(self, message: str, *, dauerhaft: bool = False,
                 prompt_tokens: int = 0, completion_tokens: int = 0) -> None:
        super().__init__(message)
        self.dauerhaft = dauerhaft
        self.prompt_tokens = prompt_tokens  # spent before it failed (e.g. a deadline)
        self.completion_tokens = completion_tokens


class Nachricht(BaseModel):
    model_config = ConfigDict(frozen=True)

    role: Rolle
    content: str


class Metrik(BaseModel):
    """Per-call measurements."""

    model_config = ConfigDict(frozen=True)

    latenz_s: float
    prompt_tokens: int
    completion_tokens: int
    versuche: int

    @property
    def tokens_pro_s(self) -> float:
        return self.completion_tokens / self.latenz_s if self.latenz_s > 0 else 0.0


@dataclass(frozen=True)
class Antwort(Generic[T]):
    """A validated answer with the model's identity and the call's metrics."""

    wert: T
    modell: str
    version: str
    prompt_sha256: str
    metrik: Metrik


@dataclass(frozen=True)
class Rohantwort:
    text: str
    prompt_tokens: int
    completion_tokens: int


class LlmClient(Protocol):
    """What the agents use. `modell` and `version` identify the model for the audit."""

    @property
    def modell(self) -> str: ...

    @property
    def version(self) -> str: ...

    def strukturiert(self, nachrichten: list[Nachricht], schema: type[T], *, zweck: str,
                     case_id: str | None = None, max_tokens: int | None = None) -> Antwort[T]:
        ...


def prompt_hash(nachrichten: list[Nachricht], schema: dict[str, Any]) -> str:
    """sha256 over the exact messages and the schema, canonical JSON."""
    data = {"messages": [n.model_dump() for n in nachrichten], "schema": schema}
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class AuditedClient(ABC):
    """Validation, retries on invalid output, metrics and the audit record for every
    backend. Subclasses implement only `_complete` (one raw, schema-constrained call)."""

    actor = "llm"

    def __init__(self, *, audit: AuditSink | None, retries: int, max_tokens: int,
                 backoff_s: float = 0.0) -> None:
        self._audit = audit
        self._retries = max(0, retries)
        self._max_tokens = max_tokens
        self._backoff_s = backoff_s

    @property
    @abstractmethod
    def modell(self) -> str: ...

    @property
    @abstractmethod
    def version(self) -> str: ...

    @abstractmethod
    def _complete(self, nachrichten: list[Nachricht], schema_name: str,
                  json_schema: dict[str, Any], max_tokens: int) -> Rohantwort: ...

    def strukturiert(self, nachrichten: list[Nachricht], schema: type[T], *, zweck: str,
                     case_id: str | None = None, max_tokens: int | None = None) -> Antwort[T]:
        json_schema = schema.model_json_schema()
        digest = prompt_hash(nachrichten, json_schema)
        start = time.perf_counter()
        p_tok = c_tok = 0
        fehler = ""
        for versuch in range(1, self._retries + 2):
            try:
                roh = self._complete(nachrichten, schema.__name__, json_schema,
                                     max_tokens or self._max_tokens)
            except LlmError as exc:
                fehler = str(exc)
                p_tok += exc.prompt_tokens
                c_tok += exc.completion_tokens
                if exc.dauerhaft:
                    break
                if versuch <= self._retries and self._backoff_s > 0:
                    time.sleep(self._backoff_s * 2 ** (versuch - 1))
                continue
            p_tok += roh.prompt_tokens
            c_tok += roh.completion_tokens
            try:
                wert = schema.model_validate_json(roh.text)
            except ValidationError as exc:
                fehler = f"ungültige Ausgabe: {exc.error_count()} Fehler"
                continue
            metrik = Metrik(latenz_s=time.perf_counter() - start, prompt_tokens=p_tok,
                            completion_tokens=c_tok, versuche=versuch)
            self._record(zweck, case_id, digest, schema.__name__, metrik, None)
            return Antwort(wert=wert, modell=self.modell, version=self.version,
                           prompt_sha256=digest, metrik=metrik)
        metrik = Metrik(latenz_s=time.perf_counter() - start, prompt_tokens=p_tok,
                        completion_tokens=c_tok, versuche=versuch)
        self._record(zweck, case_id, digest, schema.__name__, metrik, fehler)
        raise LlmError(f"{self.modell}: keine gültige Antwort für {zweck!r}: {fehler}")

    def _record(self, zweck: str, case_id: str | None, digest: str, schema: str,
                metrik: Metrik, fehler: str | None) -> None:
        if self._audit is None:
            return
        details: dict[str, Any] = {
            "modell": self.modell, "version": self.version, "prompt_sha256": digest,
            "zweck": zweck, "schema": schema, "ok": fehler is None,
            "latenz_s": round(metrik.latenz_s, 3), "prompt_tokens": metrik.prompt_tokens,
            "completion_tokens": metrik.completion_tokens, "versuche": metrik.versuche,
        }
        if fehler is not None:
            details["fehler"] = fehler
        self._audit.record(self.actor, "llm.aufruf", case_id, details)
