"""Where the store keeps its data, and how mail leaves it.

- data directory: `--data DIR`, else `RATHAUS_DATA`, else `./var`
- database: `RATHAUS_DATABASE_URL`, else SQLite at `<data>/rathaus.db`
- mail: `RATHAUS_MAIL__SMTP_HOST` etc.; without a host, mails go to `<data>/maildir`

Values are read from the environment on every call (not cached), so a command or a
test that changes the environment sees its change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA = Path("var")
DB_FILE = "rathaus.db"


class Mail(BaseModel):
    model_config = ConfigDict(frozen=True)

    sender: str = "Stadtverwaltung Musterstadt <rathaus@musterstadt.example>"
    smtp_host: str | None = None  # None: the embedded default, a local maildir
    smtp_port: int = 587
    smtp_tls: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    timeout_s: float = 30.0
    max_attempts: int = 5  # transient SMTP failures before a mail is given up


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RATHAUS_", env_nested_delimiter="__",
                                      extra="ignore")

    database_url: str | None = None
    mail: Mail = Mail()


def store_settings() -> StoreSettings:
    return StoreSettings()


def data_dir(arg: str | Path | None = None) -> Path:
    """The data folder: the `--data` argument wins over `RATHAUS_DATA`."""
    if arg is not None and str(arg) != "":
        return Path(arg)
    env = os.environ.get("RATHAUS_DATA")
    return Path(env) if env else DEFAULT_DATA


def sqlite_url(data: Path) -> str:
    return f"sqlite:///{(data / DB_FILE).resolve()}"


def database_url(data: Path) -> str:
    """`RATHAUS_DATABASE_URL` if set, else the SQLite file in the data folder."""
    url = os.environ.get("RATHAUS_DATABASE_URL") or store_settings().database_url
    return normalise_url(url) if url else sqlite_url(data)


def normalise_url(url: str) -> str:
    """Plain `postgresql://` would pick psycopg2, which is not installed: use psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def blob_dir(data: Path) -> Path:
    return data / "blobs"


def maildir_path(data: Path) -> Path:
    return data / "maildir"
