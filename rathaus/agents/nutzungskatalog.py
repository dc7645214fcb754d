"""The catalogue of uses per zone (regeln.md), loaded from package data.

The catalogue is data, not code, so that a Land or a municipality can ship its own
table without touching the agent.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from rathaus.errors import ConfigError

Zulaessigkeit = Literal["zulaessig", "ausnahme", "unzulaessig"]
_WERTE: tuple[str, ...] = ("zulaessig", "ausnahme", "unzulaessig")
_DATEI = "art_der_nutzung.toml"


@dataclass(frozen=True)
class Gebiet:
    """One zone type of the catalogue, e.g. WA (1200) under § 4 BauNVO."""

    code: str  # besondereArtDerBaulNutzung
    kuerzel: str
    name: str
    paragraph: str  # "§ 4": the BauNVO paragraph, Abs. 3 holds the exceptions
    nutzungen: dict[str, Zulaessigkeit]


@lru_cache(maxsize=1)
def katalog() -> dict[str, Gebiet]:
    """Zone code → Gebiet, read once from `rathaus/agents/data/art_der_nutzung.toml`."""
    text = resources.files("rathaus.agents.data").joinpath(_DATEI).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
        return {code: _gebiet(code, eintrag) for code, eintrag in data["gebiete"].items()}
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{_DATEI}: malformed catalogue of uses: {exc}") from exc


def _gebiet(code: str, eintrag: dict[str, object]) -> Gebiet:
    nutzungen = eintrag["nutzungen"]
    if not isinstance(nutzungen, dict):
        raise TypeError(f"gebiete.{code}.nutzungen must be a table")
    for nutzung, wert in nutzungen.items():
        if wert not in _WERTE:
            raise ValueError(f"gebiete.{code}.nutzungen.{nutzung}: {wert!r} not in {_WERTE}")
    return Gebiet(
        code=code,
        kuerzel=str(eintrag["kuerzel"]),
        name=str(eintrag["name"]),
        paragraph=str(eintrag["paragraph"]),
        nutzungen=dict(nutzungen),
    )


def gebiet(besondere_art: str | None) -> Gebiet | None:
    """The catalogue entry for a zone's besondereArtDerBaulNutzung, if there is one."""
    return katalog().get(besondere_art) if besondere_art else None
