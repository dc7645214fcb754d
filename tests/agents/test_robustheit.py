"""Every specialist agent on partial or broken data: it returns what it can evaluate
and never raises. Plus the registry and the finding fields every agent must fill."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import rathaus.agents
from rathaus.agents.base import REGISTRY, Agent
from rathaus.domain.antrag import Antrag
from rathaus.registers.base import Registers
from tests.factories import (
    P1,
    antrag,
    baum,
    bplan,
    denkmal,
    feature,
    flurstueck,
    gebaeude,
    polygon,
    pt,
    rechteck,
    registers,
    strasse,
    vorgang,
)

FACH = ("bauordnung", "planungsrecht", "naturschutz", "denkmalschutz", "grundbuch", "erschliessung")
AGENTEN = [REGISTRY.agents[i] for i in FACH]


def _roh(grundriss: dict[str, Any]) -> dict[str, Any]:
    return gebaeude(grundriss)


TEILWEISE: dict[str, Antrag] = {
    "abbruch_ohne_gebaeude": antrag(
        gebaeude_liste=[], art="abbruch", wohneinheiten=None, stellplaetze=None
    ),
    "flurstueck_unbekannt": antrag(flurstuecke=["05999900100999______"]),
    "keine_flurstuecke": antrag(flurstuecke=[]),
    "schleife": antrag(gebaeude_liste=[gebaeude(polygon((2, 8), (12, 20), (12, 8), (2, 20)))]),
    "flaeche_null": antrag(gebaeude_liste=[gebaeude(polygon((2, 8), (12, 8), (2, 8)))]),
    "zu_wenig_punkte": antrag(
        gebaeude_liste=[_roh({"type": "Polygon", "coordinates": [[[7.0, 51.0], [7.1, 51.0]]]})]
    ),
    "ausserhalb_der_welt": antrag(
        gebaeude_liste=[
            _roh({"type": "Polygon", "coordinates": [[[500, 99], [501, 99], [501, 98], [500, 99]]]})
        ]
    ),
    "ohne_hoehen": antrag(
        gebaeude_liste=[gebaeude(wandhoehe_m=None, vollgeschosse=None, firsthoehe_m=None)]
    ),
    "ohne_grundriss": antrag(gebaeude_liste=[gebaeude(None)]),
    "multipolygon": antrag(
        gebaeude_liste=[gebaeude(rechteck(1, 1, 3, 3).union(rechteck(10, 10, 3, 3)))]
    ),
}


def _register_varianten() -> dict[str, Registers]:
    kaputt = flurstueck(P1, polygon((0, 0), (20, 30), (20, 0), (0, 30)))
    return {
        "standard": registers(),
        "leer": registers(flurstuecke=[], strassen=[], leitungen=[]),
        "kaputte_flurstuecke": registers(flurstuecke=[kaputt]),
        "mit_allem": registers(
            bplaene=[bplan()],
            baeume=[baum("BAUM-1", pt(10, 14), krone_m=float("nan"))],
            denkmaeler=[
                denkmal("D-1", pt(17, 25), "baudenkmal"),
                denkmal("X", pt(1, 1), "unbekannt"),
                denkmal("E-9", polygon((0, 0), (30, 30), (30, 0), (0, 30)), "ensemble"),
            ],
            schutzgebiete=[
                feature("S-1", rechteck(0, 0, 5, 5), typ="quatsch"),
                feature("S-2", polygon((0, 0), (30, 30), (30, 0), (0, 30)), typ="LSG"),
            ],
            strassen=[strasse("S-3", polygon((-5, -10), (25, 0), (25, -10), (-5, 0)))],
            innenbereich=[feature("I-1", polygon((0, 0), (30, 30), (30, 0), (0, 30)))],
        ),
    }


@pytest.mark.parametrize("agent", AGENTEN, ids=FACH)
@pytest.mark.parametrize("fall", sorted(TEILWEISE))
@pytest.mark.parametrize("reg_name", sorted(_register_varianten()))
def test_agent_never_raises_on_partial_data(agent: Agent, fall: str, reg_name: str) -> None:
    befunde = agent.pruefe(vorgang(TEILWEISE[fall]), _register_varianten()[reg_name])
    assert all(b.code in agent.codes and b.pruefer == agent.id for b in befunde)


def test_unreadable_footprint_gives_no_geometric_finding() -> None:
    for fall in (
        "ohne_grundriss",
        "zu_wenig_punkte",
        "ausserhalb_der_welt",
        "abbruch_ohne_gebaeude",
    ):
        befunde = [b for a in AGENTEN for b in a.pruefe(vorgang(TEILWEISE[fall]), registers())]
        assert not {b.code for b in befunde} & {
            "ABSTANDSFLAECHE_UNTERSCHRITTEN",
            "AUSSENBEREICH_35",
        }


def test_importing_the_package_registers_every_specialist_agent() -> None:
    assert rathaus.agents is not None
    assert set(FACH) <= set(REGISTRY.agents)
    assert all(REGISTRY.agents[i].id == i for i in FACH)


def _alles_falsch() -> tuple[Antrag, Registers]:
    """One application that trips a finding in every specialist agent."""
    a = antrag(
        gebaeude_liste=[gebaeude(rechteck(0.5, 8, 10, 12), vollgeschosse=4)],
        nutzungen=["wohnen", "gewerbe", "tankstelle"],
        stellplaetze=0,
        baumfaellungen=["BAUM-1"],
        top_verfahren="genehmigungsfreistellung",
        top_abweichungen=[{"norm": "§ 6 MBO"}],
        top_befreiungen=[{"festsetzung": "Baugrenze"}],
    )
    reg = registers(
        eigentum={P1: [("Hans Mustermann", "1/1")]},
        strassen=[],
        leitungen=[],
        bplaene=[bplan()],
        baeume=[baum("BAUM-1", pt(30, 30))],
        schutzgebiete=[feature("LSG-1", rechteck(0, 0, 3, 30), typ="LSG")],
        denkmaeler=[
            denkmal("D-1", pt(17, 25), "baudenkmal"),
            denkmal("B-1", rechteck(0, 0, 5, 5), "bodendenkmal"),
        ],
    )
    return a, reg


def test_every_finding_has_a_norm_a_short_german_text_and_json_evidence() -> None:
    a, reg = _alles_falsch()
    befunde = [b for agent in AGENTEN for b in agent.pruefe(vorgang(a), reg)]
    assert {b.pruefer for b in befunde} == set(FACH)
    for b in befunde:
        assert b.norm and b.text.endswith(".")
        ohne_abkuerzungen = re.sub(r"\b(Abs|S|Nr|i|V|m|bzw)\. ", "", b.text)
        assert len(re.findall(r"[.!?](\s|$)", ohne_abkuerzungen)) <= 2, b.text
        json.dumps(b.belege)
