"""The benchmark's synthetic city: a small one (200 parcels) loads with the real
registers and has the layers, counts and cross-layer relations the generator promises."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest
from shapely import unary_union

from rathaus.domain.antrag import Antrag
from rathaus.intake.bundle import lade_vorgang
from rathaus.registers.base import Registers
from rathaus.registers.folder import load_registers
from rathaus.registers.geo import from_geojson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))  # as benchmarks/pruefen.py imports it

from stadt import make_stadt  # noqa: E402

SCHEMA = ROOT.parent / "shared" / "data" / "xplanung" / "schema-6.0" / "XPlanung-Operationen.xsd"
N = 200  # 10 blocks of 2 × 10 parcels, laid out 2 blocks wide and 5 rows high


@pytest.fixture(scope="module")
def stadt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("stadt")
    make_stadt(out, N, seed=1)
    return out


@pytest.fixture(scope="module")
def reg(stadt: Path) -> Registers:
    return load_registers(stadt)


def test_counts(reg: Registers) -> None:
    assert len(reg.flurstuecke) == N
    assert len(reg.baeume) == N // 5
    assert len(reg.strassen) == 6 + 3 * 5  # 6 east-west streets, 3 × 5 north-south pieces
    assert len(reg.leitungen) == 3 * 6  # water, sewer, power along each east-west street
    assert len(reg.denkmaeler) == 3 + 1  # at least three monuments, and one ensemble
    assert len(reg.schutzgebiete) == 3 + 3  # NSG, FFH, LSG and three biotopes
    assert len(reg.oeffentliche_flaechen) == 2
    assert len(reg.innenbereich) == 1
    assert len(reg.bplaene) == 5  # half of the 10 blocks, one block per plan


def test_parcels_and_owners(reg: Registers) -> None:
    ids = [f.id for f in reg.flurstuecke]
    assert len(set(ids)) == N and all(len(k) == 20 and k.startswith("059999") for k in ids)
    areas = []
    for f in reg.flurstuecke:
        assert f.geometrie.is_valid
        assert f.geometrie.area == pytest.approx(f.get("flaeche_m2"), rel=0.01)
        assert reg.eigentum.owners(f.id)
        areas.append(f.geometrie.area)
    assert min(areas) >= 12 * 35 and max(areas) <= 28 * 35  # 20 m ± jitter × 35 m
    # Parcels tile their blocks without overlapping (up to the ~1 cm of the WGS84
    # coordinates' 7 decimals where a corner meets the middle of a neighbour's edge).
    union = unary_union([f.geometrie for f in reg.flurstuecke])
    assert union.area == pytest.approx(sum(areas), rel=1e-4)


def test_bplans_cover_whole_blocks_outside_the_innenbereich(reg: Registers) -> None:
    innen = next(iter(reg.innenbereich)).geometrie
    kinds = set()
    for plan in reg.bplaene:
        assert plan.version == "6.0" and plan.nummer and plan.nummer.startswith("BP-")
        (bg,) = plan.baugebiete
        assert bg.mass.grz and bg.mass.gfz and bg.besondere_art
        kinds.add(bg.besondere_art)
        assert len(plan.ueberbaubare_flaechen) == 2  # one per block row
        area = bg.geometrie.buffer(0.05)  # the plan is in metres, parcels come from WGS84
        inside = [f for f in reg.flurstuecke.near(bg.geometrie) if area.contains(f.geometrie)]
        assert len(inside) == 20
        assert plan.geltungsbereich.intersection(innen).area < 1.0  # m²: § 30, not § 34
    assert kinds == {"1100", "1200", "1500", "1700"}  # WR, WA, MI, GE
    z_on_ugf = [u.mass.z for p in reg.bplaene for u in p.ueberbaubare_flaechen if u.mass.z]
    assert z_on_ugf == [3]  # the fifth plan fixes Z on an überbaubare Fläche


def test_layers_lie_in_the_city(reg: Registers) -> None:
    city = unary_union([f.geometrie for f in reg.flurstuecke]).envelope.buffer(50)
    assert sum(city.contains(t.geometrie) for t in reg.baeume) == len(reg.baeume)
    for main in reg.leitungen:
        assert main.get("typ") in ("trinkwasser", "abwasser", "strom")
        assert main.geometrie.intersects(city)
    assert all(isinstance(s.get("gewidmet"), bool) for s in reg.strassen)


def test_bundles_are_valid_and_on_parcels(stadt: Path, reg: Registers) -> None:
    bundles = sorted((stadt / "antraege").iterdir())
    assert [b.name for b in bundles] == [f"BA-2026-000{i}" for i in range(1, 6)]
    for bundle in bundles:
        antrag = Antrag.model_validate_json((bundle / "antrag.json").read_text(encoding="utf-8"))
        parcels = [reg.flurstuecke.get(k) for k in antrag.flurstuecke]
        assert all(p is not None for p in parcels), bundle.name
        plot = unary_union([p.geometrie for p in parcels if p is not None])
        for geb in antrag.vorhaben.gebaeude:
            assert geb.grundriss is not None
            footprint = from_geojson(geb.grundriss.as_geojson(), reg.gemeinde.crs)
            assert plot.buffer(0.01).contains(footprint), bundle.name
        vorgang = lade_vorgang(bundle)
        assert [d.status for d in vorgang.dokumente] == ["ok"] * len(antrag.unterlagen)


def test_cases_fix_their_owners(stadt: Path, reg: Registers) -> None:
    zwei = json.loads((stadt / "antraege/BA-2026-0002/antrag.json").read_text(encoding="utf-8"))
    owners = reg.eigentum.owners(zwei["grundstueck"]["flurstuecke"][0])
    assert owners is not None and [o.anteil for o in owners] == ["1/2", "1/2"]
    drei = json.loads((stadt / "antraege/BA-2026-0003/antrag.json").read_text(encoding="utf-8"))
    baum = reg.baeume.get(drei["vorhaben"]["baumfaellungen"][0])
    assert baum is not None and baum.get("stammumfang_cm") >= 80  # protected by the bylaw


def test_same_seed_same_city(stadt: Path, tmp_path: Path) -> None:
    make_stadt(tmp_path, N, seed=1)
    files = ("alkis/flurstuecke.geojson", "grundbuch/eigentum.json", "bplan/BP-01.gml")
    for rel in (*files, "antraege/BA-2026-0001/unterlagen/lageplan.pdf"):
        assert (tmp_path / rel).read_bytes() == (stadt / rel).read_bytes(), rel


def test_too_small_a_city_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 40 parcels"):
        make_stadt(tmp_path, 30)


@pytest.mark.skipif(not SCHEMA.is_file(), reason=f"XPlanGML 6.0 schema not present at {SCHEMA}")
def test_bplans_validate_against_the_xplangml_60_schema(stadt: Path) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the schema's wfs import needs the network
        schema = xmlschema.XMLSchema(str(SCHEMA))
    for gml in sorted((stadt / "bplan").iterdir()):
        schema.validate(str(gml))
