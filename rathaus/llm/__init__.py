"""The model layer: OpenAI-compatible endpoints or an embedded llama.cpp model, with
schema-constrained output, retries, metrics and an audit record for every call."""

from rathaus.llm.base import Antwort, LlmClient, LlmError, Metrik, Nachricht, prompt_hash
from rathaus.llm.registry import backend, erzeuge, standard_client

__all__ = ["Antwort", "LlmClient", "LlmError", "Metrik", "Nachricht", "backend", "erzeuge",
           "prompt_hash", "standard_client"]
