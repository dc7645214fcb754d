"""`gemeinde.toml`: the municipality's settings and bylaws (spec: shared/spec/gemeinde.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from rathaus.errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Abstandsflaechen(_Section):
    faktor: float = 0.4
    faktor_gewerbe: float = 0.2
    minimum_m: float = 3.0
    gk12_wohngebaeude_m: float = 3.0


class Denkmalschutz(_Section):
    umgebung_m: float = 50.0


class Baumschutz(_Section):
    stammumfang_min_cm: float = 80.0
    wurzelbereich_zuschlag_m: float = 1.5


class ErschliessungRegeln(_Section):
    anschluss_max_m: float = 50.0


class Stellplaetze(_Section):
    je_wohneinheit: float = 1.0
    je_100m2_gewerbe: float = 2.5


class GemeindeConfig(_Section):
    name: str
    ags: str
    land: str
    crs: str
    abstandsflaechen: Abstandsflaechen = Abstandsflaechen()
    denkmalschutz: Denkmalschutz = Denkmalschutz()
    baumschutz: Baumschutz = Baumschutz()
    erschliessung: ErschliessungRegeln = ErschliessungRegeln()
    stellplaetze: Stellplaetze = Stellplaetze()


def read_gemeinde_toml(path: Path) -> GemeindeConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return GemeindeConfig.model_validate(data)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found (is this a municipality data folder?)") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: {loc}: {err['msg']}") from exc
