"""`gemeinde.toml`: the municipality's settings and bylaws (spec: shared/spec/gemeinde.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

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


class Briefkopf(_Section):
    """The letterhead of notices; empty fields are left out, `behoerde` defaults to
    "Stadt <name>"."""

    behoerde: str | None = None
    amt: str = "Bauaufsichtsbehörde"
    anschrift: str | None = None
    telefon: str | None = None
    email: str | None = None
    web: str | None = None


class Gebuehren(_Section):
    """The fee for a building permit: a per-mille rate of the Rohbauwert (gross floor
    area × a standard value per m²), at least a minimum; refusals pay a share."""

    tarifstelle: str = "Gebührenordnung der Bauaufsicht"
    rohbauwert_je_m2_eur: float = 500.0
    satz_promille: float = 6.0
    mindestgebuehr_eur: float = 100.0
    versagung_anteil: float = 0.5
    faellig_tage: int = 30
    iban: str | None = None
    kassenzeichen_praefix: str = ""


class Rechtsbehelf(_Section):
    """Widerspruch or Klage; `art` unset follows the Land (where the Land abolished the
    Widerspruchsverfahren for building law: Klage)."""

    art: Literal["widerspruch", "klage"] | None = None
    gericht: str | None = None
    gericht_anschrift: str | None = None
    widerspruch_bei: str | None = None  # authority and address; default the Briefkopf
    frist: str = "eines Monats"


class Bescheidregeln(_Section):
    geltungsdauer_jahre: int = 3  # § 73 Abs. 1 MBO
    nachforderung_frist_tage: int = 30  # § 69 Abs. 2 MBO: an appropriate deadline


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
    briefkopf: Briefkopf = Briefkopf()
    gebuehren: Gebuehren = Gebuehren()
    rechtsbehelf: Rechtsbehelf = Rechtsbehelf()
    bescheid: Bescheidregeln = Bescheidregeln()


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
