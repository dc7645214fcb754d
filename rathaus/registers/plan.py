"""Land-use plans (B-Pläne) as the planning-law agent needs them, read from XPlanGML.

Geometries are shapely objects in the municipality's metric CRS. A Maß of `None` means
the plan fixes none (then no finding for that measure is possible).
"""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True)
class Mass:
    """Maß der baulichen Nutzung: the values as given and the maxima that apply.

    `grz`, `gfz`, `z` are the limits to check against: the single value where the
    plan gives one (`GRZ`, `GFZ`, `Z`), else its maximum (`GRZmax`, `GFZmax`, `Zmax`).
    """

    grz: float | None = None
    gfz: float | None = None
    z: int | None = None

    @property
    def leer(self) -> bool:
        return self.grz is None and self.gfz is None and self.z is None


@dataclass(frozen=True)
class Baugebiet:
    """A BP_BaugebietsTeilFlaeche."""

    id: str  # gml:id
    geometrie: BaseGeometry
    allg_art: str | None  # allgArtDerBaulNutzung code
    besondere_art: str | None  # besondereArtDerBaulNutzung code, e.g. "1200" (WA)
    mass: Mass
    bauweise: str | None = None  # XPlanung code, e.g. "1000" offen, "2000" geschlossen


@dataclass(frozen=True)
class UeberbaubareFlaeche:
    """A BP_UeberbaubareGrundstuecksFlaeche (inside the Baugrenzen); its Maß, where
    given, takes precedence over the Baugebiet's."""

    id: str
    geometrie: BaseGeometry
    mass: Mass


@dataclass(frozen=True)
class BPlan:
    """One BP_Plan with what the agents read from it."""

    id: str  # gml:id of the BP_Plan
    name: str
    nummer: str | None
    version: str  # XPlanGML version, e.g. "6.0", "5.4"
    geltungsbereich: BaseGeometry
    baugebiete: tuple[Baugebiet, ...]
    ueberbaubare_flaechen: tuple[UeberbaubareFlaeche, ...]
    quelle: str = ""  # file it was read from
