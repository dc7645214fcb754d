"""A test double of the model client: canned raw answers, the real validation,
retry and audit path (it subclasses the production base class)."""

from __future__ import annotations

import json
from typing import Any

from rathaus.governance.audit import AuditSink
from rathaus.llm.base import AuditedClient, LlmError, Nachricht, Rohantwort


class FakeLlm(AuditedClient):
    actor = "llm.fake"

    def __init__(self, *antworten: str | dict[str, Any] | Exception,
                 audit: AuditSink | None = None, retries: int = 0) -> None:
        super().__init__(audit=audit, retries=retries, max_tokens=100)
        self._antworten = list(antworten)
        self.aufrufe: list[list[Nachricht]] = []

    @property
    def modell(self) -> str:
        return "fake-modell"

    @property
    def version(self) -> str:
        return "fake-1"

    def _complete(self, nachrichten: list[Nachricht], schema_name: str,
                  json_schema: dict[str, Any], max_tokens: int) -> Rohantwort:
        self.aufrufe.append(nachrichten)
        if not self._antworten:
            raise LlmError("keine Antwort mehr vorbereitet")
        antwort = self._antworten.pop(0) if len(self._antworten) > 1 else self._antworten[0]
        if isinstance(antwort, Exception):
            raise antwort
        text = antwort if isinstance(antwort, str) else json.dumps(antwort, ensure_ascii=False)
        return Rohantwort(text=text, prompt_tokens=50, completion_tokens=len(text) // 4)
