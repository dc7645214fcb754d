"""Runtime configuration: limits for uploads and OCR, the language model, the audit
trail; from the environment.

Every value can be set as `RATHAUS_<SECTION>__<KEY>`, e.g.
`RATHAUS_LIMITS__MAX_BUNDLE_BYTES=1073741824`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

MiB = 1024 * 1024


class Limits(BaseModel):
    """What one application may bring; over a limit is a clear error, never a crash."""

    model_config = ConfigDict(frozen=True)

    max_bundle_bytes: int = 200 * MiB  # a .zip as uploaded
    max_unpacked_bytes: int = 500 * MiB  # all members of a .zip, uncompressed
    max_file_bytes: int = 100 * MiB  # one document
    max_files: int = 500  # members of a .zip
    max_compression_ratio: float = 200.0  # zip bomb guard, per member
    max_antrag_bytes: int = 2 * MiB  # antrag.json
    max_pdf_pages: int = 300  # pages whose text layer is read
    max_image_pixels: int = 100_000_000  # a decoded image (10,000 × 10,000)


class Ocr(BaseModel):
    model_config = ConfigDict(frozen=True)

    lang: str = "deu"
    dpi: int = 300  # reads typical A4 scans
    max_pages: int = 20  # scanned pages OCR'd per document
    min_chars: int = 10  # fewer letters than this after OCR: no extractable content
    timeout_s: int = 120
    max_pixels: int = 40_000_000  # a page or photo is scaled down to this before OCR
    # mean word confidence (0–100) below which a scan or photo is unleserlich
    min_konfidenz: float = 55.0
    # figures (Kennzahlen) are read from OCR text only at this confidence or better,
    # and only from number words read at `min_konfidenz_zahl` or better
    min_konfidenz_kennzahlen: float = 70.0
    min_konfidenz_zahl: float = 85.0
    # a page read below this confidence (or with unsure numbers) is read again, prepared
    # in these ways (rathaus/intake/ocr.py VARIANTEN): grey paper to white, median filters
    entrauschen_unter: float = 90.0
    varianten: tuple[Literal["hell", "median5", "median3_hell"], ...] = (
        "hell", "median5", "median3_hell")
    # an unsure number also counts when this many other readings read it alike
    einig_lesungen: int = 2
    # OpenMP threads per tesseract process (0: tesseract's default, all cores); one
    # is faster on shared machines, where its threads spin (rathaus/intake/ocr.py)
    threads: int = 1


class Verstehen(BaseModel):
    """Document understanding at intake: type by content, figures of the Baubeschreibung."""

    model_config = ConfigDict(frozen=True)

    typ_erkennen: bool = True
    kennzahlen: bool = True
    # a language model's second opinion on the figures (needs a model backend, see Llm);
    # off by default: it never makes a finding, and the embedded model is too weak for it
    zweitmeinung: bool = False


class Llm(BaseModel):
    """The language model: `none`, the `embedded` llama.cpp model, or an `openai`-compatible
    endpoint (vLLM, Ollama, llama.cpp server, ...). `auto`: embedded if installed, else none.
    E.g. `RATHAUS_LLM__BACKEND=openai RATHAUS_LLM__URL=http://127.0.0.1:8000/v1`."""

    model_config = ConfigDict(frozen=True)

    backend: Literal["auto", "none", "embedded", "openai"] = "auto"
    url: str = "http://127.0.0.1:8080/v1"  # base URL; /chat/completions is appended
    model: str = ""  # model name at the endpoint; embedded: informational
    api_key: SecretStr | None = None
    timeout_s: float = 60.0
    retries: int = 2  # further tries after a failed or invalid answer
    max_tokens: int = 400
    temperature: float = 0.0
    model_path: Path | None = None  # embedded: a GGUF file; default the packaged Gemma 3
    n_threads: int | None = None  # embedded: CPU threads; default all cores
    n_ctx: int = 2048


class Audit(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path = Path("var/audit.jsonl")  # the default JSON Lines audit trail


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RATHAUS_", env_nested_delimiter="__")

    limits: Limits = Limits()
    ocr: Ocr = Ocr()
    verstehen: Verstehen = Verstehen()
    llm: Llm = Llm()
    audit: Audit = Audit()


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings()
