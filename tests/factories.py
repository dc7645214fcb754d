"""In-memory test data for the specialist agents: registers, plans and applications.

Coordinates are metres in EPSG:25832 relative to ORIGIN; the application's footprints
are converted to WGS84 GeoJSON, as the portal sends them, and back by the agents.
The default scene: parcel P1 (20 × 30 m, Erika Mustermann alone) with a dedicated
road (10 m wide) along its south side and all three mains in the road; a house of
10 × 12 m standing 5 m from the side boundaries, 8 m from the road.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from shapely.geometry import LineString, Point, Polygon, mapping
from shapely.geometry.base import BaseGeometry

from rathaus.domain.antrag import Antrag
from rathaus.domain.dokument import Dokument
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import (
    DictOwnerRegister,
    Eigentumsanteil,
    Feature,
    IndexedLayer,
    Registers,
)
from rathaus.registers.gemeinde import GemeindeConfig
from rathaus.registers.geo import WGS84, reproject
from rathaus.registers.plan import Baugebiet, BPlan, Mass, UeberbaubareFlaeche

CRS = "EPSG:25832"
ORIGIN = (370_000.0, 5_650_000.0)
P1 = "05999900100001______"
P2 = "05999900100002______"
P3 = "05999900100003______"
BAUHERR = "Erika Mustermann"


def pt(x: float, y: float) -> Point:
    return Point(ORIGIN[0] + x, ORIGIN[1] + y)


def rechteck(x: float, y: float, breite: float, tiefe: float) -> Polygon:
    """An axis-parallel rectangle, lower-left corner (x, y) relative to ORIGIN."""
    x0, y0 = ORIGIN[0] + x, ORIGIN[1] + y
    return Polygon([(x0, y0), (x0 + breite, y0), (x0 + breite, y0 + tiefe), (x0, y0 + tiefe)])


def polygon(*punkte: tuple[float, float]) -> Polygon:
    return Polygon([(ORIGIN[0] + x, ORIGIN[1] + y) for x, y in punkte])


def linie(*punkte: tuple[float, float]) -> LineString:
    return LineString([(ORIGIN[0] + x, ORIGIN[1] + y) for x, y in punkte])


def geojson(geom: BaseGeometry) -> dict[str, Any]:
    """The metric geometry as RFC 7946 GeoJSON (WGS84 lon/lat)."""
    return dict(mapping(reproject(geom, CRS, WGS84)))


HAUS = rechteck(5, 8, 10, 12)


def gebaeude(
    grundriss: BaseGeometry | dict[str, Any] | None = HAUS, **felder: Any
) -> dict[str, Any]:
    """A building as antrag.json holds it; defaults: 2 storeys, H = 6.2 + 2.9 / 3."""
    data: dict[str, Any] = {
        "bezeichnung": "Wohnhaus",
        "wandhoehe_m": 6.2,
        "dachneigung_grad": 38,
        "firsthoehe_m": 9.1,
        "vollgeschosse": 2,
        "geschossflaeche_m2": 210.0,
        "nutzungseinheiten": 1,
        "freistehend": True,
    }
    if isinstance(grundriss, BaseGeometry):
        data["grundriss"] = geojson(grundriss)
    elif grundriss is not None:
        data["grundriss"] = grundriss
    data.update(felder)
    return {k: v for k, v in data.items() if v is not None}


def antrag(
    gebaeude_liste: Sequence[dict[str, Any]] | None = None,
    flurstuecke: Sequence[str] = (P1,),
    **vorhaben: Any,
) -> Antrag:
    """An application; `vorhaben` fields override the defaults, top-level keys are
    passed as `top_<key>` (e.g. `top_verfahren="genehmigungsfreistellung"`)."""
    top = {k[4:]: v for k, v in vorhaben.items() if k.startswith("top_")}
    v: dict[str, Any] = {
        "bezeichnung": "Neubau eines Einfamilienhauses",
        "art": "neubau",
        "nutzungen": ["wohnen"],
        "gebaeudeklasse": 1,
        "wohneinheiten": 1,
        "stellplaetze": 2,
        "gebaeude": list(gebaeude_liste) if gebaeude_liste is not None else [gebaeude()],
        "erschliessung": {"trinkwasser": True, "abwasser": True, "strom": True},
    }
    v.update({k: w for k, w in vorhaben.items() if not k.startswith("top_")})
    data: dict[str, Any] = {
        "id": "BA-TEST-0001",
        "verfahren": "baugenehmigung",
        "bauherr": {"name": BAUHERR, "anschrift": "Lindenweg 3, 12345 Musterstadt"},
        "entwurfsverfasser": {"name": "Dipl.-Ing. Max Beispiel", "bauvorlageberechtigt": True},
        "grundstueck": {"flurstuecke": list(flurstuecke)},
        "vorhaben": {k: w for k, w in v.items() if w is not None},
        **top,
    }
    # through JSON, as the bundle reader parses it (strict mode accepts arrays there)
    return Antrag.model_validate_json(json.dumps(data))


def vorgang(a: Antrag | None = None, unterlagen: Iterable[str] = ()) -> Vorgang:
    """A case with readable documents of the given types."""
    docs = tuple(
        Dokument(typ=t, datei=f"unterlagen/{t}.pdf", format="pdf", status="ok", text=t)
        for t in unterlagen
    )
    return Vorgang(antrag=a if a is not None else antrag(), dokumente=docs)


def feature(fid: str, geom: BaseGeometry, **eigenschaften: Any) -> Feature:
    return Feature(id=fid, geometrie=geom, eigenschaften={"id": fid, **eigenschaften})


def flurstueck(kz: str, geom: Polygon, flaeche_m2: float | None = None) -> Feature:
    props: dict[str, Any] = {"flurstueckskennzeichen": kz}
    props["flaeche_m2"] = flaeche_m2 if flaeche_m2 is not None else round(geom.area, 2)
    return Feature(id=kz, geometrie=geom, eigenschaften=props)


def strasse(fid: str, geom: Polygon, gewidmet: bool = True) -> Feature:
    return feature(fid, geom, name="Lindenweg", gewidmet=gewidmet)


def leitung(fid: str, geom: LineString, typ: str) -> Feature:
    return feature(fid, geom, typ=typ)


def baum(fid: str, ort: Point, umfang_cm: float = 120, krone_m: float = 6) -> Feature:
    return feature(
        fid, ort, art="Stieleiche", stammumfang_cm=umfang_cm, kronendurchmesser_m=krone_m
    )


def denkmal(fid: str, geom: BaseGeometry, art: str) -> Feature:
    return feature(fid, geom, bezeichnung=f"Denkmal {fid}", art=art)


def gemeinde(**abschnitte: Any) -> GemeindeConfig:
    return GemeindeConfig.model_validate(
        {"name": "Musterstadt", "ags": "05999999", "land": "NW", "crs": CRS, **abschnitte}
    )


STANDARD_FLURSTUECKE = (flurstueck(P1, rechteck(0, 0, 20, 30)),)
STANDARD_STRASSEN = (strasse("STR-1", rechteck(-20, -10, 80, 10)),)
STANDARD_LEITUNGEN = tuple(
    leitung(f"L-{typ}", linie((-20, -5), (60, -5)), typ)
    for typ in ("trinkwasser", "abwasser", "strom")
)


def registers(
    flurstuecke: Sequence[Feature] = STANDARD_FLURSTUECKE,
    eigentum: dict[str, list[tuple[str, str]]] | None = None,
    strassen: Sequence[Feature] = STANDARD_STRASSEN,
    leitungen: Sequence[Feature] = STANDARD_LEITUNGEN,
    oeffentliche_flaechen: Sequence[Feature] = (),
    baeume: Sequence[Feature] = (),
    schutzgebiete: Sequence[Feature] = (),
    denkmaeler: Sequence[Feature] = (),
    innenbereich: Sequence[Feature] = (),
    bplaene: Sequence[BPlan] = (),
    gemeinde_config: GemeindeConfig | None = None,
) -> Registers:
    """Registers from in-memory layers; by default every parcel belongs to the Bauherr."""
    owners = eigentum if eigentum is not None else {f.id: [(BAUHERR, "1/1")] for f in flurstuecke}
    return Registers(
        gemeinde=gemeinde_config or gemeinde(),
        flurstuecke=IndexedLayer(list(flurstuecke)),
        eigentum=DictOwnerRegister(
            {k: tuple(Eigentumsanteil(name=n, anteil=a) for n, a in v) for k, v in owners.items()}
        ),
        denkmaeler=IndexedLayer(list(denkmaeler)),
        schutzgebiete=IndexedLayer(list(schutzgebiete)),
        baeume=IndexedLayer(list(baeume)),
        strassen=IndexedLayer(list(strassen)),
        leitungen=IndexedLayer(list(leitungen)),
        oeffentliche_flaechen=IndexedLayer(list(oeffentliche_flaechen)),
        innenbereich=IndexedLayer(list(innenbereich)),
        bplaene=tuple(bplaene),
    )


def baugebiet(
    geom: BaseGeometry | None = None,
    art: str | None = "1200",
    grz: float | None = 0.4,
    gfz: float | None = 0.8,
    z: int | None = 2,
    bauweise: str | None = None,
    gid: str = "BG-1",
) -> Baugebiet:
    return Baugebiet(
        id=gid,
        geometrie=geom if geom is not None else rechteck(-50, -50, 200, 200),
        allg_art=None,
        besondere_art=art,
        mass=Mass(grz=grz, gfz=gfz, z=z),
        bauweise=bauweise,
    )


def ueberbaubar(
    geom: BaseGeometry | None = None, gid: str = "UF-1", **mass: Any
) -> UeberbaubareFlaeche:
    return UeberbaubareFlaeche(
        id=gid, geometrie=geom if geom is not None else rechteck(3, 5, 14, 20), mass=Mass(**mass)
    )


def bplan(
    baugebiete: Sequence[Baugebiet] | None = None,
    ueberbaubare: Sequence[UeberbaubareFlaeche] | None = None,
    geltungsbereich: BaseGeometry | None = None,
) -> BPlan:
    """A B-Plan over the whole scene: one WA zone, one überbaubare Fläche around the house."""
    return BPlan(
        id="BP-1",
        name="Am Lindenweg",
        nummer="12",
        version="6.0",
        geltungsbereich=geltungsbereich
        if geltungsbereich is not None
        else rechteck(-50, -50, 200, 200),
        baugebiete=tuple(baugebiete) if baugebiete is not None else (baugebiet(),),
        ueberbaubare_flaechen=tuple(ueberbaubare) if ueberbaubare is not None else (ueberbaubar(),),
    )
