"""The case view's map layer of Abstandsflächen (`karte.abstandsflaechen`): the strips in
front of each outer wall, as deep as the Abstandsflächen rule requires from the wall
height and the Land's rule data, and the part beyond the boundary onto a neighbour's
parcel. No server, no browser: the GeoJSON the page embeds, checked with shapely."""

from __future__ import annotations

from typing import Any

import pytest
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from rathaus.agents.bauordnung import Bauordnung
from rathaus.domain.antrag import Antrag
from rathaus.registers.base import Registers
from rathaus.registers.geo import WGS84, reproject
from rathaus.web.dienste.karte import ABSTANDSFLAECHE, UEBERSCHREITET, abstandsflaechen
from tests.factories import (
    CRS,
    HAUS,
    P1,
    P2,
    antrag,
    flurstueck,
    gebaeude,
    gemeinde,
    rechteck,
    registers,
    vorgang,
)

GENAU = 0.01  # metres: the round trip through WGS84 and the rounding of the properties


def _dict(a: Antrag) -> dict[str, Any]:
    """The antrag as the store keeps it (JSON, as `einreichen` stores it)."""
    return a.model_dump(mode="json", exclude_none=True)


def _features(a: Antrag, reg: Registers, art: str) -> list[tuple[BaseGeometry, dict[str, Any]]]:
    fc = abstandsflaechen(_dict(a), reg)
    assert fc["type"] == "FeatureCollection"
    return [(reproject(shape(f["geometry"]), WGS84, CRS), f["properties"])
            for f in fc["features"] if f["properties"]["art"] == art]


def _tiefe(streifen: BaseGeometry, grundriss: BaseGeometry) -> float:
    """How far the strip reaches from the footprint: its farthest corner."""
    return max(float(grundriss.distance(Point(c))) for c in streifen.exterior.coords)


def test_strips_in_front_of_every_wall_as_deep_as_the_rule_requires() -> None:
    # Gebäudeklasse 1, residential, 2 storeys: § 6 Abs. 5 S. 3 MBO, the Land's 3 m
    reg = registers()
    streifen = _features(antrag(), reg, ABSTANDSFLAECHE)
    t = reg.gemeinde.abstandsflaechen.gk12_wohngebaeude_m
    assert t == 3.0
    assert sorted(p["richtung"] for _, p in streifen) == ["N", "O", "S", "W"]
    for geom, p in streifen:
        assert p["tiefe_m"] == t and p["eingehalten"] is True
        assert p["norm"] == "§ 6 Abs. 5 S. 3 MBO"
        assert geom.distance(HAUS) < GENAU  # in front of the wall, touching it
        assert _tiefe(geom, HAUS) == pytest.approx(t, abs=GENAU)
        assert geom.area == pytest.approx(p["laenge_m"] * t, rel=1e-3)
        assert geom.intersection(HAUS).area < GENAU  # outside the building
    # the house stands 5 m from the sides, 8 m from the road, 10 m from the rear
    assert _features(antrag(), reg, UEBERSCHREITET) == []


def test_depth_follows_the_wall_height_and_the_lands_factor() -> None:
    # Gebäudeklasse 4 (not GK 1/2 residential): T = faktor × H; here a Land with 0.5
    reg = registers(gemeinde_config=gemeinde(abstandsflaechen={"faktor": 0.5}))
    hoch = gebaeude(rechteck(2, 2, 6, 6), wandhoehe_m=8.0, firsthoehe_m=None,
                    vollgeschosse=3)
    streifen = _features(antrag([hoch], gebaeudeklasse=4), reg, ABSTANDSFLAECHE)
    assert len(streifen) == 4
    for geom, p in streifen:
        assert p["h_m"] == 8.0 and p["tiefe_m"] == 4.0
        assert _tiefe(geom, rechteck(2, 2, 6, 6)) == pytest.approx(4.0, abs=GENAU)


def test_the_part_on_the_neighbours_parcel_is_its_own_feature() -> None:
    # neighbour P2 west of P1; the house 1.5 m from the boundary, 3 m are required
    nachbar = rechteck(-20, 0, 20, 30)
    reg = registers(flurstuecke=[flurstueck(P1, rechteck(0, 0, 20, 30)),
                                 flurstueck(P2, nachbar)],
                    eigentum={P1: [("Erika Mustermann", "1/1")], P2: [("Nachbar", "1/1")]})
    haus = rechteck(1.5, 8, 10, 12)
    a = antrag([gebaeude(haus)], flurstuecke=[P1])
    [(drueber, p)] = _features(a, reg, UEBERSCHREITET)
    assert p["richtung"] == "W" and p["eingehalten"] is False
    assert p["verfuegbar_m"] == pytest.approx(1.5, abs=GENAU)
    assert drueber.area == pytest.approx(1.5 * 12, rel=1e-3)
    assert drueber.difference(nachbar).area < GENAU  # all of it on the neighbour's parcel
    [(west, _)] = [(g, q) for g, q in _features(a, reg, ABSTANDSFLAECHE) if q["richtung"] == "W"]
    assert west.contains(drueber.buffer(-GENAU))
    # the agent's finding says the same
    [befund] = [b for b in Bauordnung().pruefe(vorgang(a), reg)
                if b.code == "ABSTANDSFLAECHE_UNTERSCHRITTEN"]
    assert [w["richtung"] for w in befund.belege["waende"]] == ["W"]
    assert befund.belege["ist_m"] == pytest.approx(p["verfuegbar_m"], abs=GENAU)


def test_reaching_onto_the_road_is_not_a_boundary_overlap() -> None:
    # 1 m to the road: the strip may reach onto it up to its middle (§ 6 Abs. 2 MBO)
    reg = registers()
    a = antrag([gebaeude(rechteck(5, 1, 10, 12))])
    assert _features(a, reg, UEBERSCHREITET) == []
    [(sued, p)] = [(g, q) for g, q in _features(a, reg, ABSTANDSFLAECHE) if q["richtung"] == "S"]
    assert p["eingehalten"] is True
    assert sued.difference(rechteck(0, 0, 20, 30)).area == pytest.approx(2 * 10, rel=1e-3)


@pytest.mark.parametrize("ohne", ["wandhoehe_m", "grundriss"])
def test_nothing_without_a_wall_height_or_a_footprint(ohne: str) -> None:
    geb = gebaeude() if ohne == "grundriss" else gebaeude(wandhoehe_m=None)
    geb.pop(ohne, None)
    fc = abstandsflaechen(_dict(antrag([geb])), registers())
    assert fc == {"type": "FeatureCollection", "features": []}


def test_an_unreadable_antrag_gives_an_empty_layer() -> None:
    assert abstandsflaechen({"vorhaben": {"gebaeude": "kaputt"}}, registers())["features"] == []
