"""Selects the model backend from configuration: `none`, `embedded` or `openai`.

`auto` (the default) is `embedded` when llama-cpp-python and the packaged model are
installed, else `none`. With `none`, every caller uses its deterministic text.
"""

from __future__ import annotations

import threading

from rathaus.config import Llm, settings
from rathaus.governance.audit import AuditSink, standard_sink
from rathaus.llm.base import LlmClient
from rathaus.llm.embedded import EmbeddedClient, verfuegbar
from rathaus.llm.openai import OpenAIClient

_cache: dict[str, LlmClient | None] = {}
_lock = threading.Lock()


def backend(cfg: Llm) -> str:
    if cfg.backend == "auto":
        return "embedded" if verfuegbar() else "none"
    return cfg.backend


def erzeuge(cfg: Llm, audit: AuditSink | None) -> LlmClient | None:
    """A new client for this configuration (None for `none`)."""
    art = backend(cfg)
    if art == "none":
        return None
    if art == "openai":
        key = cfg.api_key.get_secret_value() if cfg.api_key else None
        return OpenAIClient(cfg.url, cfg.model, api_key=key, timeout_s=cfg.timeout_s,
                            retries=cfg.retries, max_tokens=cfg.max_tokens,
                            temperature=cfg.temperature, audit=audit)
    # Greedy decoding of the same prompt repeats the same answer: no retries in-process.
    return EmbeddedClient(cfg.model_path, n_threads=cfg.n_threads, n_ctx=cfg.n_ctx,
                          retries=0 if cfg.temperature == 0 else cfg.retries,
                          max_tokens=cfg.max_tokens,
                          temperature=cfg.temperature, audit=audit, timeout_s=cfg.timeout_s)


def standard_client(audit: AuditSink | None = None) -> LlmClient | None:
    """The configured client. Records go to `audit` (the case engine passes its
    database-backed log), else to the default JSON Lines trail; the embedded model is
    loaded only once per process either way."""
    cfg = settings().llm
    if audit is not None:
        return erzeuge(cfg, audit)
    key = cfg.model_dump_json()
    with _lock:
        if key not in _cache:
            _cache[key] = erzeuge(cfg, standard_sink())
        return _cache[key]
