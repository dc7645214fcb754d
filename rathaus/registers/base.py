"""Register interfaces and their feature types.

Each register is a small interface (`Layer`), so that a WFS or a database can serve the
same data later; `rathaus.registers.folder` is the embedded default. Geometries are
shapely objects in the municipality's metric CRS.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from shapely import STRtree
from shapely.geometry.base import BaseGeometry

from rathaus.registers.gemeinde import GemeindeConfig
from rathaus.registers.plan import BPlan


@dataclass(frozen=True)
class Feature:
    """A register object: a stable id, its geometry (metric CRS) and its properties."""

    id: str
    geometrie: BaseGeometry
    eigenschaften: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.eigenschaften.get(key, default)


@dataclass(frozen=True)
class Eigentumsanteil:
    name: str
    anteil: str


F = TypeVar("F", bound=Feature)


class Layer(Protocol[F]):
    """Read access to one register layer."""

    def __iter__(self) -> Iterator[F]: ...
    def __len__(self) -> int: ...
    def get(self, feature_id: str) -> F | None: ...
    def near(self, geom: BaseGeometry, distance: float = 0.0) -> list[F]: ...


class IndexedLayer(Generic[F]):
    """An in-memory layer behind an STRtree, so lookups stay fast for 100,000 parcels."""

    def __init__(self, features: Sequence[F]) -> None:
        self._features = list(features)
        self._by_id = {f.id: f for f in self._features}
        self._tree = STRtree([f.geometrie for f in self._features])

    def __iter__(self) -> Iterator[F]:
        return iter(self._features)

    def __len__(self) -> int:
        return len(self._features)

    def get(self, feature_id: str) -> F | None:
        return self._by_id.get(feature_id)

    def near(self, geom: BaseGeometry, distance: float = 0.0) -> list[F]:
        """Features whose geometry lies within `distance` (metres) of `geom`."""
        if not self._features:
            return []
        if distance > 0:
            idx = self._tree.query(geom, predicate="dwithin", distance=distance)
        else:
            idx = self._tree.query(geom, predicate="intersects")
        return [self._features[i] for i in sorted(idx)]


class OwnerRegister(Protocol):
    def owners(self, kennzeichen: str) -> tuple[Eigentumsanteil, ...] | None: ...


@dataclass(frozen=True)
class DictOwnerRegister:
    data: Mapping[str, tuple[Eigentumsanteil, ...]]

    def owners(self, kennzeichen: str) -> tuple[Eigentumsanteil, ...] | None:
        return self.data.get(kennzeichen)


@dataclass(frozen=True)
class Registers:
    """Everything the agents may consult about one municipality."""

    gemeinde: GemeindeConfig
    flurstuecke: Layer[Feature]
    eigentum: OwnerRegister
    denkmaeler: Layer[Feature]
    schutzgebiete: Layer[Feature]
    baeume: Layer[Feature]
    strassen: Layer[Feature]
    leitungen: Layer[Feature]
    oeffentliche_flaechen: Layer[Feature]
    innenbereich: Layer[Feature]
    bplaene: tuple[BPlan, ...] = ()
