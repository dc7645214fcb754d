"""Runtime configuration: limits for uploads and OCR, from the environment.

Every value can be set as `RATHAUS_<SECTION>__<KEY>`, e.g.
`RATHAUS_LIMITS__MAX_BUNDLE_BYTES=1073741824`.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict
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


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RATHAUS_", env_nested_delimiter="__")

    limits: Limits = Limits()
    ocr: Ocr = Ocr()


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings()
