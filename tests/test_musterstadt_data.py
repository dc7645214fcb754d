"""The Musterstadt demo data (examples/musterstadt/): valid, consistent and reproducible."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import warnings
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from PIL import Image

from rathaus.domain.antrag import Antrag
from rathaus.domain.vorgang import Vorgang
from rathaus.pruefung import agenten
from rathaus.registers.folder import load_registers

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "examples" / "musterstadt"
DOC = REPO / "docs" / "musterstadt.md"
MAP = REPO / "docs" / "musterstadt.png"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
XSD = SHARED / "data" / "xplanung" / "schema-6.0" / "XPlanung-Operationen.xsd"
PLANS = sorted((DATA / "bplan").glob("*.gml"))
GML = "http://www.opengis.net/gml/3.2"
XLINK = "http://www.w3.org/1999/xlink"
XPLAN_60 = "http://www.xplanung.de/xplangml/6/0"


def _json(rel: str) -> Any:
    return json.loads((DATA / rel).read_text(encoding="utf-8"))


def _parcel_ids() -> list[str]:
    feats = _json("alkis/flurstuecke.geojson")["features"]
    return [f["properties"]["flurstueckskennzeichen"] for f in feats]


@pytest.fixture(scope="module")
def xplan_schema() -> Any:
    if not XSD.exists():
        pytest.skip(f"XPlanGML 6.0 schema not found at {XSD} (needs the shared/ checkout)")
    xmlschema = pytest.importorskip("xmlschema")
    # The schema imports the WFS 2.0 schema by URL, which no XPlanGML element here uses;
    # allow="local" skips that import (with a warning) so validation works offline.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", xmlschema.XMLSchemaImportWarning)
        return xmlschema.XMLSchema(str(XSD), allow="local")


def test_there_are_two_plans() -> None:
    assert [p.name for p in PLANS] == [
        "bplan_07_gewerbegebiet_industriestrasse.gml",
        "bplan_12_am_lindenweg.gml",
    ]


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_plan_validates_against_the_xplangml_60_schema(plan: Path, xplan_schema: Any) -> None:
    errors = [f"{e.path}: {e.reason}" for e in xplan_schema.iter_errors(str(plan))]
    assert errors == []


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_plan_is_one_bp_plan_whose_references_resolve(plan: Path) -> None:
    root = etree.parse(str(plan)).getroot()
    assert root.tag == f"{{{XPLAN_60}}}XPlanAuszug"
    assert len(root.findall(f".//{{{XPLAN_60}}}BP_Plan")) == 1
    ids = {el.get(f"{{{GML}}}id") for el in root.iter() if el.get(f"{{{GML}}}id")}
    hrefs = {el.get(f"{{{XLINK}}}href") for el in root.iter() if el.get(f"{{{XLINK}}}href")}
    assert {h.lstrip("#") for h in hrefs if h} <= ids
    srs = {el.get("srsName") for el in root.iter() if el.get("srsName")}
    assert srs == {"EPSG:25832"}


def test_at_least_40_parcels_with_unique_20_character_ids() -> None:
    ids = _parcel_ids()
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 20 and i.startswith("059999") for i in ids)


def test_every_parcel_has_owners_whose_shares_sum_to_one() -> None:
    owners = _json("grundbuch/eigentum.json")
    assert set(owners) == set(_parcel_ids())
    for kennzeichen, entries in owners.items():
        assert entries, kennzeichen
        assert sum(Fraction(e["anteil"]) for e in entries) == 1, kennzeichen
    assert sum(len(e) > 1 for e in owners.values()) >= 6


def test_doc_table_lists_every_parcel() -> None:
    doc = DOC.read_text(encoding="utf-8")
    missing = [k for k in _parcel_ids() if f"| `{k}` |" not in doc]
    assert missing == []


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_generator_is_deterministic(tmp_path: Path) -> None:
    out, docs = tmp_path / "musterstadt", tmp_path / "docs"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_musterstadt.py"),
         "--out", str(out), "--docs", str(docs)],
        check=True, capture_output=True, text=True,
    )
    assert _files(out) == _files(DATA)
    for rel in sorted(_files(DATA)):
        assert (out / rel).read_bytes() == (DATA / rel).read_bytes(), rel
    assert (docs / "musterstadt.md").read_bytes() == DOC.read_bytes()
    # The PNG is compared by pixels: its compressed bytes may differ with zlib builds.
    with Image.open(docs / "musterstadt.png") as new, Image.open(MAP) as old:
        assert new.size == old.size
        assert new.tobytes() == old.tobytes()


def test_registers_load_apart_from_the_plans(tmp_path: Path) -> None:
    # Runs without the XPlanGML reader: the same folder minus bplan/.
    folder = tmp_path / "musterstadt"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("bplan"))
    reg = load_registers(folder)
    assert reg.gemeinde.name == "Musterstadt" and reg.gemeinde.crs == "EPSG:25832"
    assert len(reg.flurstuecke) >= 40
    assert all(reg.eigentum.owners(f.id) for f in reg.flurstuecke)
    lindenweg_3 = reg.flurstuecke.get("05999900100042______")
    assert lindenweg_3 is not None
    assert abs(lindenweg_3.geometrie.area - 600.0) < 0.1  # metres after the WGS84 round trip
    gewidmet = [s for s in reg.strassen if s.get("gewidmet")]
    no_road = {f.id for f in reg.flurstuecke
               if not any(s.geometrie.distance(f.geometrie) <= 0.5 for s in gewidmet)}
    assert no_road == {"05999900100021______", "05999900100056______", "05999900200091______"}
    assert {d.get("art") for d in reg.denkmaeler} == {"baudenkmal", "ensemble", "bodendenkmal"}
    assert len(reg.baeume) >= 30
    assert {s.get("typ") for s in reg.schutzgebiete} >= {"LSG", "biotop"}
    assert {m.get("typ") for m in reg.leitungen} == {"trinkwasser", "abwasser", "strom"}
    assert len(reg.innenbereich) == 1 and len(reg.oeffentliche_flaechen) >= 2


def test_registers_load_with_the_plans() -> None:
    reg = load_registers(DATA)
    assert len(reg.bplaene) == 2
    arten = {b.besondere_art for p in reg.bplaene for b in p.baugebiete}
    assert arten == {"1200", "1700", "2100"}  # WA, GE and the SO of Industriestraße 8
    fenster_z = {u.mass.z for p in reg.bplaene for u in p.ueberbaubare_flaechen}
    assert {1, 4} <= fenster_z
    lindenweg_3 = reg.flurstuecke.get("05999900100042______")
    assert lindenweg_3 is not None
    wa = next(p for p in reg.bplaene if p.nummer == "12")
    assert wa.geltungsbereich.contains(lindenweg_3.geometrie.centroid)


def _generator() -> Any:
    """scripts/make_musterstadt.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "make_musterstadt", REPO / "scripts" / "make_musterstadt.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def _musterbau_antrag(gen: Any, kennzeichen: list[str], house: Any, bau: Any) -> Antrag:
    """The table's model building as an application (the parameters the doc states)."""
    gewerbe = bau.nutzung == "gewerbe"
    gebaeude = {"bezeichnung": bau.bezeichnung, "grundriss": gen.geojson_geometry(house),
                "wandhoehe_m": 6.0 if gewerbe else 6.2, "vollgeschosse": bau.vollgeschosse,
                "geschossflaeche_m2": bau.geschossflaeche_m2, "nutzungseinheiten": 1,
                "freistehend": True}
    if not gewerbe:
        gebaeude |= {"dachneigung_grad": 38, "firsthoehe_m": 9.1}
    data = {
        "id": "BA-MUSTER", "verfahren": "baugenehmigung",
        "bauherr": {"name": "Muster", "anschrift": "Am Markt 2, 12345 Musterstadt"},
        "entwurfsverfasser": {"name": "Dipl.-Ing. Max Beispiel", "bauvorlageberechtigt": True},
        "grundstueck": {"flurstuecke": kennzeichen},
        "vorhaben": {
            "bezeichnung": bau.bezeichnung, "art": "neubau", "nutzungen": [bau.nutzung],
            "gebaeudeklasse": 1, "wohneinheiten": 0 if gewerbe else 1,
            "stellplaetze": 3 if gewerbe else 2, "gewerbeflaeche_m2": 120.0 if gewerbe else 0,
            "nebenanlagen_flaeche_m2": bau.nebenanlagen_m2, "gebaeude": [gebaeude],
            "erschliessung": {"trinkwasser": True, "abwasser": True, "strom": True},
        },
    }
    return Antrag.model_validate_json(json.dumps(data))


def test_the_docs_expected_findings_are_what_the_agents_find() -> None:
    # The parcel table promises findings for its Musterbau; other people write example
    # applications against it, so it must agree with the agents (Grundbuch aside: it
    # depends on the Bauherr; completeness: on the documents).
    gen = _generator()
    town = gen.build_town()
    reg = load_registers(DATA)
    checked = [a for a in agenten() if a.id not in ("vollstaendigkeit", "grundbuch")]
    plots = [([p.kennzeichen], p.geom) for p in town.parcels]
    pair = [p for p in town.parcels if p.owners == (("Brinkmann Metallbau GmbH", "1/1"),)]
    plots.append(([p.kennzeichen for p in pair], gen.unary_union([p.geom for p in pair])))
    for kennzeichen, plot in plots:
        a = gen.assess(town, plot)
        bau = gen.musterbau_for(gen.regime_at(town, a.house.centroid))
        vorgang = Vorgang(antrag=_musterbau_antrag(gen, kennzeichen, a.house, bau))
        found = sorted(b.code for agent in checked for b in agent.pruefe(vorgang, reg))
        assert found == sorted(f.split(" ")[0] for f in a.findings), kennzeichen
