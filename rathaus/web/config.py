"""Settings of the web app: `RATHAUS_WEB_…` (nested: `RATHAUS_WEB_OIDC__CLIENT_ID`)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import BaseModel, ConfigDict, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

WELL_KNOWN = "/.well-known/openid-configuration"


class Oidc(BaseModel):
    """Sign-in with an OpenID Connect provider (Keycloak, a Land's citizen account).
    Off unless `client_id` and `issuer` or `server_metadata_url` are set (docs/oidc.md)."""

    model_config = ConfigDict(frozen=True)

    issuer: str | None = None  # e.g. https://id.example.de/realms/buerger
    server_metadata_url: str | None = None  # default: <issuer>/.well-known/openid-configuration
    client_id: str | None = None
    client_secret: SecretStr | None = None
    scope: str = "openid email profile"
    label: str = "Mit Servicekonto anmelden"
    # Where the provider sends the browser back; default: this request's own
    # …/anmelden/oidc/rueckruf (set it behind a TLS-terminating proxy).
    redirect_uri: str | None = None
    # Signing out of rathaus also ends the session at the provider (RP-initiated logout,
    # back to /anmelden): on a shared computer the next person is not signed in silently.
    abmelden_beim_dienst: bool = True

    @property
    def aktiv(self) -> bool:
        return bool(self.client_id and (self.server_metadata_url or self.issuer))

    @property
    def metadata_url(self) -> str | None:
        if self.server_metadata_url:
            return self.server_metadata_url
        return self.issuer.rstrip("/") + WELL_KNOWN if self.issuer else None

    @property
    def erwarteter_issuer(self) -> str | None:
        """The issuer the provider must name (OpenID Connect Discovery 1.0, 4.3): as
        configured, else the discovery URL without its well-known suffix."""
        if self.issuer:
            return self.issuer
        url = self.server_metadata_url or ""
        return url.removesuffix(WELL_KNOWN) if url.endswith(WELL_KNOWN) else None


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RATHAUS_WEB_", env_nested_delimiter="__",
                                      extra="ignore")

    secret_key: SecretStr | None = None  # default: generated once into <data>/web-secret
    cookie_secure: bool = True  # browsers keep Secure cookies for http://127.0.0.1 too
    session_hours: float = 12.0
    max_file_bytes: int = 25 * 1024 * 1024
    max_request_bytes: int = 60 * 1024 * 1024
    registrierung: bool = True  # applicants may register themselves
    sekunden_pro_tag: float = 86_400.0  # demos shorten the procedure's deadlines
    oidc: Oidc = Oidc()


def secret_key(cfg: WebSettings, data: Path) -> bytes:
    """The key for CSRF tokens: configured, else created once (mode 0600) in the data
    folder, so that restarts and several processes agree."""
    if cfg.secret_key is not None:
        return cfg.secret_key.get_secret_value().encode()
    path = data / "web-secret"
    if not path.exists():
        data.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip().encode()
