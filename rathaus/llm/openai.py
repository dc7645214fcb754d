"""A client for OpenAI-compatible chat endpoints (vLLM, Ollama, llama.cpp server, ...).

Structured output uses `response_format: {"type": "json_schema", ...}`, which these
servers turn into constrained decoding; the answer is validated again here anyway.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from rathaus.governance.audit import AuditSink
from rathaus.llm.base import AuditedClient, LlmError, Nachricht, Rohantwort

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class OpenAIClient(AuditedClient):
    actor = "llm.openai"

    def __init__(self, url: str, model: str, *, api_key: str | None = None,
                 timeout_s: float = 60.0, retries: int = 2, max_tokens: int = 400,
                 temperature: float = 0.0, audit: AuditSink | None = None,
                 transport: httpx.BaseTransport | None = None,
                 backoff_s: float = 0.5) -> None:
        super().__init__(audit=audit, retries=retries, max_tokens=max_tokens,
                         backoff_s=backoff_s)
        if not model:
            raise LlmError("OpenAI-kompatibler Endpunkt ohne Modellname "
                           "(RATHAUS_LLM__MODEL)")
        self._model = model
        self._temperature = temperature
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(base_url=url.rstrip("/") + "/", headers=headers,
                                  timeout=httpx.Timeout(timeout_s), transport=transport)
        self._served_version: str | None = None

    @property
    def modell(self) -> str:
        return self._model

    @property
    def version(self) -> str:
        """What the server reported as the model it used (else the configured name)."""
        return self._served_version or self._model

    def close(self) -> None:
        self._http.close()

    def _complete(self, nachrichten: list[Nachricht], schema_name: str,
                  json_schema: dict[str, Any], max_tokens: int) -> Rohantwort:
        body = {
            "model": self._model,
            "messages": [n.model_dump() for n in nachrichten],
            "max_tokens": max_tokens,
            "temperature": self._temperature,
            "response_format": {"type": "json_schema", "json_schema": {
                "name": schema_name, "schema": json_schema, "strict": True}},
        }
        try:
            resp = self._http.post("chat/completions", json=body)
        except httpx.TimeoutException as exc:
            raise LlmError(f"Zeitüberschreitung: {exc}") from exc
        except httpx.HTTPError as exc:
            raise LlmError(f"Endpunkt nicht erreichbar: {exc}") from exc
        if resp.status_code >= 400:
            raise LlmError(f"HTTP {resp.status_code}: {resp.text[:200]}",
                           dauerhaft=resp.status_code not in RETRY_STATUS)
        try:
            data = resp.json()
            text = data["choices"][0]["message"]["content"] or ""
        except (json.JSONDecodeError, KeyError, IndexError, TypeError) as exc:
            raise LlmError(f"unerwartete Antwort des Endpunkts: {exc}") from exc
        usage = data.get("usage") or {}
        if isinstance(data.get("model"), str):
            self._served_version = data["model"]
        return Rohantwort(text=text, prompt_tokens=int(usage.get("prompt_tokens", 0)),
                          completion_tokens=int(usage.get("completion_tokens", 0)))
