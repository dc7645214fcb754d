"""The application (Antrag) as `antrag.json` describes it (spec: shared/spec/antrag.md).

Every field a procedure *requires* is optional here: a missing required field is the
finding ANGABE_FEHLT (decided by the completeness agent from its rules file), not a
parse error. Unknown keys and wrong types are parse errors (`extra="forbid"`, strict).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Verfahren = Literal["baugenehmigung", "vereinfachtes_verfahren", "genehmigungsfreistellung"]
Art = Literal["neubau", "anbau", "umbau", "nutzungsaenderung", "abbruch"]
Nutzung = Literal[
    "wohnen", "laden", "gastronomie", "beherbergung", "buero_verwaltung",
    "handwerk_nicht_stoerend", "gewerbe_nicht_stoerend", "gewerbe_nicht_wesentlich_stoerend",
    "gewerbe", "gewerbe_erheblich_belaestigend", "tankstelle", "vergnuegungsstaette",
    "anlage_gemeinbedarf", "gartenbau", "lagerhaus", "garage_stellplatz",
]  # fmt: skip
UnterlageTyp = Literal[
    "lageplan", "bauzeichnungen", "baubeschreibung", "betriebsbeschreibung",
    "standsicherheitsnachweis", "brandschutznachweis", "waermeschutznachweis",
    "entwaesserungsplan", "stellplatznachweis", "statistikbogen", "bauvorlageberechtigung",
    "eigentuemerzustimmung", "vollmacht", "baumbestandsplan", "faellantrag",
    "abweichungsantrag", "befreiungsantrag", "foto",
]  # fmt: skip
UNTERLAGE_TYPEN: tuple[str, ...] = UnterlageTyp.__args__  # type: ignore[attr-defined]
NUTZUNGEN: tuple[str, ...] = Nutzung.__args__  # type: ignore[attr-defined]


class Model(BaseModel):
    """Base: frozen, strict, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Person(Model):
    name: str | None = None
    anschrift: str | None = None
    email: str | None = None
    telefon: str | None = None


class Entwurfsverfasser(Model):
    name: str | None = None
    bauvorlageberechtigt: bool | None = None
    kammernummer: str | None = None
    anschrift: str | None = None
    email: str | None = None


class Grundstueck(Model):
    flurstuecke: tuple[str, ...] | None = None
    adresse: str | None = None


class Geometrie(Model):
    """A GeoJSON Polygon or MultiPolygon (RFC 7946, WGS84 lon/lat)."""

    type: Literal["Polygon", "MultiPolygon"]
    coordinates: tuple[Any, ...]

    def as_geojson(self) -> dict[str, Any]:
        return {"type": self.type, "coordinates": _as_lists(self.coordinates)}


def _as_lists(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_as_lists(v) for v in value]
    return value


class Gebaeude(Model):
    bezeichnung: str | None = None
    grundriss: Geometrie | None = None
    wandhoehe_m: float | None = None
    dachneigung_grad: float | None = None
    firsthoehe_m: float | None = None
    vollgeschosse: int | None = None
    geschosse_oberirdisch: int | None = None
    hoehe_gk_m: float | None = None
    geschossflaeche_m2: float | None = None
    nutzungseinheiten: int | None = None
    freistehend: bool | None = None


class Erschliessung(Model):
    trinkwasser: bool = False
    abwasser: bool = False
    strom: bool = False


class Vorhaben(Model):
    bezeichnung: str | None = None
    art: Art | None = None
    nutzungen: tuple[Nutzung, ...] | None = None
    gebaeudeklasse: int | None = Field(default=None, ge=1, le=5)
    wohneinheiten: int | None = Field(default=None, ge=0)
    stellplaetze: int | None = Field(default=None, ge=0)
    nebenanlagen_flaeche_m2: float = Field(default=0.0, ge=0)
    gewerbeflaeche_m2: float = Field(default=0.0, ge=0)
    gebaeude: tuple[Gebaeude, ...] = ()
    baumfaellungen: tuple[str, ...] = ()
    erschliessung: Erschliessung = Erschliessung()


class Abweichung(Model):
    norm: str
    begruendung: str | None = None


class Befreiung(Model):
    festsetzung: str
    begruendung: str | None = None


class UnterlageRef(Model):
    typ: UnterlageTyp
    datei: str
    bezeichnung: str | None = None


class Antrag(Model):
    id: str | None = None
    verfahren: Verfahren | None = None
    eingang: dt.date | None = Field(default=None, strict=False)
    bauherr: Person = Person()
    entwurfsverfasser: Entwurfsverfasser = Entwurfsverfasser()
    grundstueck: Grundstueck = Grundstueck()
    vorhaben: Vorhaben = Vorhaben()
    abweichungen: tuple[Abweichung, ...] = ()
    befreiungen: tuple[Befreiung, ...] = ()
    unterlagen: tuple[UnterlageRef, ...] = ()

    @property
    def flurstuecke(self) -> tuple[str, ...]:
        return self.grundstueck.flurstuecke or ()
