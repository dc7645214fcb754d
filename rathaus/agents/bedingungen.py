"""The condition keys that rules files (e.g. the required documents) may use.

A rule's `wenn` is a list of alternatives; each alternative is a table whose keys must
all hold. Adding a key here is how a Land rule gains a new kind of condition.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rathaus.domain.vorgang import Vorgang
from rathaus.errors import ConfigError
from rathaus.registers.base import Registers

Kontext = tuple[Vorgang, Registers, Mapping[str, Sequence[str]]]
Test = Callable[[Kontext, Any], bool]


def _nutzungen(k: Kontext) -> tuple[str, ...]:
    return k[0].antrag.vorhaben.nutzungen or ()


def _art(k: Kontext) -> str | None:
    return k[0].antrag.vorhaben.art


def nicht_alleineigentum(k: Kontext) -> bool:
    """The Bauherr is not the sole (1/1) owner of every parcel found in the cadastre."""
    vorgang, reg, _ = k
    bauherr = _norm_name(vorgang.antrag.bauherr.name or "")
    for kz in vorgang.antrag.flurstuecke:
        owners = reg.eigentum.owners(kz)
        if owners is None:
            continue  # unknown parcel: FLURSTUECK_UNBEKANNT says so
        if not (len(owners) == 1 and owners[0].anteil.replace(" ", "") == "1/1"
                and _norm_name(owners[0].name) == bauherr):
            return True
    return False


def _norm_name(name: str) -> str:
    return " ".join(name.casefold().split())


def faellung_geschuetzter_baum(k: Kontext) -> bool:
    vorgang, reg, _ = k
    schwelle = reg.gemeinde.baumschutz.stammumfang_min_cm
    for baum_id in vorgang.antrag.vorhaben.baumfaellungen:
        baum = reg.baeume.get(baum_id)
        if baum is not None and float(baum.get("stammumfang_cm", 0)) >= schwelle:
            return True
    return False


TESTS: dict[str, Test] = {
    "art": lambda k, v: _art(k) in v,
    "art_nicht": lambda k, v: _art(k) not in v,
    "verfahren": lambda k, v: k[0].antrag.verfahren in v,
    "gebaeudeklasse_min": lambda k, v: (k[0].antrag.vorhaben.gebaeudeklasse or 0) >= v,
    "wohneinheiten_min": lambda k, v: (k[0].antrag.vorhaben.wohneinheiten or 0) >= v,
    "nutzung": lambda k, v: any(n in v for n in _nutzungen(k)),
    "nutzung_ausser": lambda k, v: any(n not in v for n in _nutzungen(k)),
    "nutzung_praefix": lambda k, v: any(n.startswith(tuple(v)) for n in _nutzungen(k)),
    "nutzung_gruppe": lambda k, v: any(n in k[2].get(v, ()) for n in _nutzungen(k)),
    "nicht_alleineigentum": lambda k, v: nicht_alleineigentum(k) == v,
    "faellung_geschuetzter_baum": lambda k, v: faellung_geschuetzter_baum(k) == v,
    "abweichungen": lambda k, v: bool(k[0].antrag.abweichungen) == v,
    "befreiungen": lambda k, v: bool(k[0].antrag.befreiungen) == v,
}


def pruefe_schluessel(wenn: Sequence[Mapping[str, Any]], wo: str) -> None:
    """Reject unknown condition keys when a rules file is loaded, not mid-check."""
    for alt in wenn:
        for key in alt:
            if key not in TESTS:
                raise ConfigError(f"{wo}: unknown condition {key!r}; known: {sorted(TESTS)}")


def gilt(wenn: Sequence[Mapping[str, Any]] | None, k: Kontext) -> bool:
    """No `wenn`: always. Else any alternative whose keys all hold."""
    if not wenn:
        return True
    return any(all(TESTS[key](k, val) for key, val in alt.items()) for alt in wenn)
