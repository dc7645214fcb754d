"""The OpenAI-compatible client against a mock transport; registry; audit trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from rathaus.config import Llm
from rathaus.governance.audit import AuditSink, JsonlAuditSink, MemoryAuditSink
from rathaus.llm import LlmError, Nachricht, backend, erzeuge, prompt_hash
from rathaus.llm.openai import OpenAIClient
from tests.llm.fake import FakeLlm


class Antwort(BaseModel):
    satz: str


MSGS = [Nachricht(role="system", content="Regeln"), Nachricht(role="user", content="Hallo")]


def _ok(content: str, model: str = "served-model-7b") -> httpx.Response:
    return httpx.Response(200, json={
        "model": model, "choices": [{"message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 5}})


def _client(handler: Any, audit: AuditSink | None = None, retries: int = 2) -> OpenAIClient:
    return OpenAIClient("http://llm.local/v1", "mistral-small", api_key="geheim",
                        retries=retries, audit=audit, backoff_s=0,
                        transport=httpx.MockTransport(handler))


def test_structured_output_request_validation_metrics_and_audit() -> None:
    seen: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        return _ok('{"satz": "Guten Tag."}')

    audit = MemoryAuditSink()
    antwort = _client(handler, audit).strukturiert(MSGS, Antwort, zweck="test.gruss",
                                                   case_id="BA-1")
    assert antwort.wert == Antwort(satz="Guten Tag.")
    assert antwort.version == "served-model-7b"
    assert antwort.metrik.prompt_tokens == 12 and antwort.metrik.completion_tokens == 5
    assert antwort.metrik.latenz_s > 0 and antwort.metrik.versuche == 1
    req = seen[0]
    assert req.url == "http://llm.local/v1/chat/completions"
    assert req.headers["authorization"] == "Bearer geheim"
    body = json.loads(req.content)
    assert body["model"] == "mistral-small"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == Antwort.model_json_schema()
    [rec] = audit.records
    assert rec["action"] == "llm.aufruf" and rec["case_id"] == "BA-1"
    d = rec["details"]
    assert d["zweck"] == "test.gruss" and d["modell"] == "mistral-small" and d["ok"]
    assert d["prompt_sha256"] == prompt_hash(MSGS, Antwort.model_json_schema())
    assert "Hallo" not in json.dumps(rec)  # the prompt itself is never logged


def test_retries_transient_errors_and_invalid_output() -> None:
    answers = iter([httpx.Response(503, text="busy"), _ok("kein json"),
                    _ok('{"satz": "Jetzt."}')])
    audit = MemoryAuditSink()
    antwort = _client(lambda req: next(answers), audit).strukturiert(MSGS, Antwort, zweck="t")
    assert antwort.wert.satz == "Jetzt." and antwort.metrik.versuche == 3
    assert len(audit.records) == 1


def test_permanent_error_is_not_retried_and_is_audited() -> None:
    calls: list[int] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(401, text="bad key")

    audit = MemoryAuditSink()
    with pytest.raises(LlmError, match="401"):
        _client(handler, audit).strukturiert(MSGS, Antwort, zweck="t")
    assert len(calls) == 1
    assert audit.records[0]["details"]["ok"] is False


def test_timeout_becomes_llm_error() -> None:
    def handler(req: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=req)

    with pytest.raises(LlmError, match="Zeitüberschreitung"):
        _client(handler, retries=1).strukturiert(MSGS, Antwort, zweck="t")


def test_schema_violation_after_retries_raises() -> None:
    fake = FakeLlm('{"satz": 3}', retries=2)
    with pytest.raises(LlmError, match="ungültige Ausgabe"):
        fake.strukturiert(MSGS, Antwort, zweck="t")
    assert len(fake.aufrufe) == 3


def test_registry_selects_backend() -> None:
    assert erzeuge(Llm(backend="none"), None) is None
    client = erzeuge(Llm(backend="openai", model="m", url="http://127.0.0.1:9/v1"), None)
    assert isinstance(client, OpenAIClient) and client.modell == "m"
    assert backend(Llm(backend="auto")) in ("embedded", "none")
    with pytest.raises(LlmError, match="Modellname"):
        erzeuge(Llm(backend="openai", model=""), None)


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from rathaus.config import Settings

    monkeypatch.setenv("RATHAUS_LLM__BACKEND", "openai")
    monkeypatch.setenv("RATHAUS_LLM__URL", "http://10.0.0.5:8000/v1")
    monkeypatch.setenv("RATHAUS_LLM__API_KEY", "k")
    cfg = Settings().llm
    assert cfg.backend == "openai" and cfg.url.endswith("/v1")
    assert cfg.api_key is not None and cfg.api_key.get_secret_value() == "k"


def test_jsonl_sink_appends_lines(tmp_path: Path) -> None:
    sink = JsonlAuditSink(tmp_path / "var" / "audit.jsonl")
    assert isinstance(sink, AuditSink)
    FakeLlm('{"satz": "a"}', audit=sink).strukturiert(MSGS, Antwort, zweck="x", case_id="C")
    sink.record("mensch:Anna", "bescheid.unterzeichnet", "C", {"k": 1})
    zeilen = [json.loads(z) for z in (tmp_path / "var/audit.jsonl").read_text().splitlines()]
    assert [z["action"] for z in zeilen] == ["llm.aufruf", "bescheid.unterzeichnet"]
    assert zeilen[0]["details"]["modell"] == "fake-modell" and zeilen[0]["zeit"]
