"""Required documents and fields of a Bauantrag, as data per Land (model rules default)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rathaus.agents.bedingungen import pruefe_schluessel
from rathaus.errors import ConfigError


@dataclass(frozen=True)
class Regel:
    """`was` is a document type (Unterlage) or a field path (Angabe)."""

    was: str
    norm: str
    wenn: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Regelwerk:
    name: str
    unterlagen: tuple[Regel, ...]
    angaben: tuple[Regel, ...]
    gruppen: dict[str, tuple[str, ...]]


def _datei(name: str) -> dict[str, Any]:
    res = resources.files(__package__).joinpath(f"{name}.toml")
    if not res.is_file():
        return {}
    try:
        return tomllib.loads(res.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rules file {name}.toml: {exc}") from exc


def _regeln(data: dict[str, Any], key: str, id_key: str, norm: str, wo: str) -> list[Regel]:
    out = []
    for i, entry in enumerate(data.get(key, [])):
        wenn = tuple(entry.get("wenn", ()))
        pruefe_schluessel(wenn, f"{wo} {key}[{i}]")
        out.append(Regel(was=entry[id_key], norm=entry.get("norm", norm), wenn=wenn))
    return out


def _merge(base: list[Regel], over: list[Regel], drop: set[str]) -> tuple[Regel, ...]:
    by = {r.was: r for r in base}
    by.update({r.was: r for r in over})
    return tuple(r for w, r in by.items() if w not in drop)


@lru_cache(maxsize=32)
def regelwerk(land: str) -> Regelwerk:
    """The Land's rules, falling back to the model rules where the Land has no file."""
    data = _datei(land) or _datei("muster")
    basis = _datei(data["basis"]) if "basis" in data else {}
    drop = set(data.get("entfallen", ()))
    gruppen = {**basis.get("gruppen", {}), **data.get("gruppen", {})}
    norm_angabe = "§ 68 Abs. 2 S. 1 MBO"
    return Regelwerk(
        name=data.get("name", land),
        unterlagen=_merge(_regeln(basis, "unterlage", "typ", "", "muster"),
                          _regeln(data, "unterlage", "typ", "", land), drop),
        angaben=_merge(_regeln(basis, "angabe", "feld", norm_angabe, "muster"),
                       _regeln(data, "angabe", "feld", norm_angabe, land), drop),
        gruppen={k: tuple(v) for k, v in gruppen.items()},
    )
