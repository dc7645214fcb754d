"""The XPlanGML reader against every real plan in shared/data/xplanung, and against
small hand-written documents for the cases the real plans do not cover."""

from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from shapely.geometry import Polygon

from rathaus.errors import ConfigError
from rathaus.registers.gml import read_surface
from rathaus.registers.gml_curves import _arc
from rathaus.registers.plan import Baugebiet, BPlan, Mass, UeberbaubareFlaeche
from rathaus.registers.xplanung import read_plans

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
XPLANUNG = DATA / "xplanung"
needs_data = pytest.mark.skipif(
    not XPLANUNG.is_dir(), reason=f"reference data not present at {XPLANUNG}"
)
CRS = "EPSG:25832"
GML = "http://www.opengis.net/gml/3.2"

# (version, Baugebiete, überbaubare Flächen) per real file, counted in the XML by hand.
EXPECTED = {
    "BPlan_6-0_4-5-2-4-Ueberlappung_valide.gml": ("6.0", 7, 21),
    "BPlan004_6-0.zip": ("6.0", 2, 7),
    "BPlan002_5-4.gml": ("5.4", 3, 0),
    "BP2070.gml": ("5.1", 37, 31),
    "HafenCity7.gml": ("5.2", 3, 25),
    "Rotherbaum27.gml": ("5.2", 4, 23),
}


def _plan(name: str) -> BPlan:
    plans = read_plans(XPLANUNG / name, CRS)
    assert len(plans) == 1
    return plans[0]


def _in_utm32_germany(bounds: tuple[float, ...]) -> bool:
    minx, miny, maxx, maxy = bounds
    return 250_000 < minx < maxx < 950_000 and 5_200_000 < miny < maxy < 6_150_000


@needs_data
def test_every_real_plan_is_listed() -> None:
    files = {p.name for p in XPLANUNG.iterdir() if p.suffix in (".gml", ".zip")}
    assert files == set(EXPECTED)


@needs_data
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_plan_reads_with_plausible_geometry(name: str) -> None:
    version, n_bg, n_ugf = EXPECTED[name]
    plan = _plan(name)
    assert plan.version == version
    assert (len(plan.baugebiete), len(plan.ueberbaubare_flaechen)) == (n_bg, n_ugf)
    assert plan.name and plan.id and name.split(".")[0] in plan.quelle
    g = plan.geltungsbereich
    assert g.is_valid and _in_utm32_germany(g.bounds)
    assert 1_000 < g.area < 5_000_000  # m²: a block to a large industrial estate
    objects: list[Baugebiet | UeberbaubareFlaeche] = [*plan.baugebiete, *plan.ueberbaubare_flaechen]
    for obj in objects:
        geom = obj.geometrie
        assert geom.is_valid and geom.geom_type in ("Polygon", "MultiPolygon"), obj.id
        assert 10 < geom.area < g.area, obj.id
        # Objects lie in the plan (up to drawing slivers at the boundary).
        assert geom.intersection(g).area > 0.98 * geom.area, obj.id


@needs_data
def test_60_plan_has_grz_gfz_z() -> None:
    plan = _plan("BPlan_6-0_4-5-2-4-Ueberlappung_valide.gml")
    bg = {b.id: b for b in plan.baugebiete}["Gml_AB37AF69-516B-46FF-A302-8C4664B6F3D2"]
    assert bg.mass == Mass(grz=0.4, gfz=0.6, z=2)
    assert (bg.allg_art, bg.besondere_art, bg.bauweise) == ("1000", "1200", "1000")
    wr = {b.id: b for b in plan.baugebiete}["Gml_E2FA9054-EDEE-40B2-B3EC-78C40BA82D74"]
    assert wr.mass == Mass(grz=0.2, gfz=0.3, z=1) and wr.besondere_art == "1100"
    ugf = {u.id: u for u in plan.ueberbaubare_flaechen}
    assert ugf["Gml_93284040-8E0F-440C-A9CD-43B8CE37A8AE"].mass == Mass(z=1)
    assert ugf["Gml_066A9E89-B2ED-415A-8434-BEDF7E89F2F1"].mass.leer
    assert sum(1 for b in plan.baugebiete if b.mass.grz and b.mass.gfz and b.mass.z) == 6


@needs_data
def test_zipped_60_plan() -> None:
    plan = _plan("BPlan004_6-0.zip")
    assert plan.quelle.endswith("BPlan004_6-0.zip!xplan.gml")
    bg = {b.id: b for b in plan.baugebiete}
    wa = bg["GML_e4f35aaa-4bfd-4e09-af7c-4e5490c2c1ab"]
    assert wa.mass == Mass(grz=0.9) and wa.besondere_art == "1200" and wa.bauweise == "2000"
    assert bg["GML_321bdb15-2400-4c44-a553-35f402f8743e"].mass == Mass(grz=0.6)
    zs = sorted(u.mass.z for u in plan.ueberbaubare_flaechen if u.mass.z is not None)
    assert zs == [1, 4, 5, 5, 6, 6, 7]


@needs_data
def test_51_plan_in_gauss_krueger_is_transformed() -> None:
    plan = _plan("BP2070.gml")  # srsName EPSG:31467: eastings 3 478 519 …
    assert _in_utm32_germany(plan.geltungsbereich.bounds)
    gi = {b.id: b for b in plan.baugebiete}["GML_09eb4b5a-c653-4cb3-986d-cb0f2ae1f087"]
    assert gi.mass == Mass(grz=0.8, gfz=2.4) and gi.besondere_art == "1800"
    assert gi.bauweise == "3000"
    kinds = {b.besondere_art for b in plan.baugebiete}
    assert kinds == {"1700", "1800"}  # GE and GI
    assert sum(b.mass.leer for b in plan.baugebiete) == 2  # two areas fix no Maß


@needs_data
def test_54_plan_without_mass() -> None:
    plan = _plan("BPlan002_5-4.gml")
    assert [b.besondere_art for b in plan.baugebiete] == ["1200", "1500", "1700"]
    assert all(b.mass.leer for b in plan.baugebiete)


@needs_data
def test_52_hamburg_plans_arcs_holes_and_storeys() -> None:
    hc = _plan("HafenCity7.gml")
    ugf = {u.id: u for u in hc.ueberbaubare_flaechen}
    assert ugf["GML_ee89b16f-c94d-4f6b-9ebb-29a5cc18e56c"].mass == Mass(z=16)  # Zmin 14, Zmax 16
    holed = ugf["GML_bb35d750-2755-468c-92f2-6294b8d75f53"].geometrie
    assert isinstance(holed, Polygon) and len(holed.interiors) == 1
    # A building area bounded by gml:Ring / gml:Curve with circular ArcStrings.
    mi = {b.id: b for b in hc.baugebiete}["GML_21f1e4ac-6237-479a-815d-b9d94bf441e0"]
    assert mi.besondere_art == "1500" and mi.mass == Mass(grz=1.0)
    control = _control_points(XPLANUNG / "HafenCity7.gml", mi.id)
    vertices = set(mi.geometrie.exterior.coords)
    assert control <= vertices and len(vertices) > len(control)  # arcs were densified

    rb = _plan("Rotherbaum27.gml")
    bg = {b.id: b for b in rb.baugebiete}
    assert bg["GML_A7A871FF-23B7-44EA-BA8D-C4A2BDA8FB41"].mass == Mass(grz=1.0, z=5)  # Zzwingend
    assert bg["GML_CDBD0068-C1B5-4DE9-9EB3-1699EDCD4CC9"].mass == Mass(grz=1.0, z=4)
    mk = bg["GML_F338CCF1-CDA2-4F51-9A0F-F7882FA0E7B5"]
    assert (mk.allg_art, mk.besondere_art, mk.mass) == ("2000", "1600", Mass(grz=0.6, z=6))


def _control_points(path: Path, gml_id: str) -> set[tuple[float, float]]:
    """The coordinates written in the file for one object's position."""
    root = etree.parse(str(path)).getroot()
    obj = next(el for el in root.iter() if el.get(f"{{{GML}}}id") == gml_id)
    vals = [float(v) for pl in obj.iter(f"{{{GML}}}posList") for v in (pl.text or "").split()]
    return set(zip(vals[::2], vals[1::2], strict=True))


@needs_data
def test_every_surface_in_the_real_plans_parses() -> None:
    """Not only what the reader keeps: every surface of every object (Arcs in
    Rotherbaum27, interior gml:Rings in the zip) must read as a valid area."""
    count = 0
    for path in sorted(XPLANUNG.iterdir()):
        if path.suffix == ".zip":
            data = zipfile.ZipFile(path).read("xplan.gml")
        elif path.suffix == ".gml":
            data = path.read_bytes()
        else:
            continue
        for el in etree.fromstring(data).iter("{*}Polygon", "{*}MultiSurface"):
            parent = el.getparent()
            if parent is not None and etree.QName(parent).namespace.startswith("http://www.xp"):
                geom = read_surface(el, CRS)
                assert geom.is_valid and geom.area > 0, (path.name, el.sourceline)
                count += 1
    assert count > 250


# --- hand-written documents ----------------------------------------------------------

NS60 = "http://www.xplanung.de/xplangml/6/0"
SQUARE = "0 0 100 0 100 100 0 100 0 0"


def _poly(exterior: str, *holes: str, srs: str | None = "EPSG:25832", dim: str = "2") -> str:
    attr = f' srsName="{srs}"' if srs else ""
    inner = "".join(
        f"<gml:interior><gml:LinearRing><gml:posList>{h}</gml:posList></gml:LinearRing>"
        "</gml:interior>"
        for h in holes
    )
    return (
        f'<gml:Polygon{attr} srsDimension="{dim}"><gml:exterior><gml:LinearRing>'
        f"<gml:posList>{exterior}</gml:posList></gml:LinearRing></gml:exterior>{inner}"
        "</gml:Polygon>"
    )


def _offset(coords: str, dx: float) -> str:
    vals = [float(v) for v in coords.split()]
    return " ".join(str(v + dx if i % 2 == 0 else v + 5_900_000) for i, v in enumerate(vals))


def _plan_xml(pid: str, position: str, extra: str = "", ns: str = NS60) -> str:
    """One BP_Plan with one Bereich and one BaugebietsTeilFlaeche, linked both ways."""
    return f"""
  <gml:featureMember><xplan:BP_Plan gml:id="{pid}">
    <xplan:name>Plan {pid}</xplan:name><xplan:nummer>{pid[-1]}</xplan:nummer>
    <xplan:raeumlicherGeltungsbereich>{position}</xplan:raeumlicherGeltungsbereich>
    <xplan:bereich xlink:href="#{pid}-B"/>
  </xplan:BP_Plan></gml:featureMember>
  <gml:featureMember><xplan:BP_Bereich gml:id="{pid}-B">
    <xplan:nummer>0</xplan:nummer><xplan:planinhalt xlink:href="#{pid}-BG"/>
    <xplan:gehoertZuPlan xlink:href="#{pid}"/>
  </xplan:BP_Bereich></gml:featureMember>
  <gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id="{pid}-BG">
    <xplan:gehoertZuBereich xlink:href="#{pid}-B"/>
    <xplan:position>{position}</xplan:position>
    {extra}<xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
  </xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>"""


def _auszug(body: str, ns: str = NS60, root_srs: str = "") -> bytes:
    bounded = (
        f'<gml:boundedBy><gml:Envelope srsName="{root_srs}"><gml:lowerCorner>0 0'
        "</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope>"
        "</gml:boundedBy>"
        if root_srs
        else ""
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xplan:XPlanAuszug xmlns:xplan="{ns}" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'gml:id="A">{bounded}{body}</xplan:XPlanAuszug>'
    ).encode()


def _write(tmp_path: Path, data: bytes, name: str = "plan.gml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_interior_rings_are_kept(tmp_path: Path) -> None:
    outer, hole = _offset(SQUARE, 500_000), _offset("40 40 60 40 60 60 40 60 40 40", 500_000)
    (plan,) = read_plans(_write(tmp_path, _auszug(_plan_xml("P1", _poly(outer, hole)))), CRS)
    geom = plan.baugebiete[0].geometrie
    assert isinstance(geom, Polygon) and len(geom.interiors) == 1
    assert math.isclose(geom.area, 100 * 100 - 20 * 20)
    assert plan.nummer == "1" and plan.name == "Plan P1"


def test_54_namespace_and_maxima(tmp_path: Path) -> None:
    extra = (
        "<xplan:GRZmax>0.4</xplan:GRZmax><xplan:GFZmax>1.2</xplan:GFZmax><xplan:Zmax>3</xplan:Zmax>"
    )
    pos = _poly(_offset(SQUARE, 500_000))
    ns = "http://www.xplanung.de/xplangml/5/4"
    (plan,) = read_plans(_write(tmp_path, _auszug(_plan_xml("P1", pos, extra), ns=ns)), CRS)
    assert plan.version == "5.4"
    assert plan.baugebiete[0].mass == Mass(grz=0.4, gfz=1.2, z=3)


def test_single_value_wins_over_maximum(tmp_path: Path) -> None:
    extra = "<xplan:GRZmax>0.6</xplan:GRZmax><xplan:GRZ>0.4</xplan:GRZ>"
    pos = _poly(_offset(SQUARE, 500_000))
    (plan,) = read_plans(_write(tmp_path, _auszug(_plan_xml("P1", pos, extra))), CRS)
    assert plan.baugebiete[0].mass.grz == 0.4


def test_several_plans_in_one_auszug_keep_their_own_objects(tmp_path: Path) -> None:
    a = _plan_xml("P1", _poly(_offset(SQUARE, 500_000)), "<xplan:GRZ>0.3</xplan:GRZ>")
    b = _plan_xml("P2", _poly(_offset(SQUARE, 501_000)), "<xplan:GRZ>0.5</xplan:GRZ>")
    plans = read_plans(_write(tmp_path, _auszug(a + b)), CRS)
    assert [(p.id, [bg.id for bg in p.baugebiete]) for p in plans] == [
        ("P1", ["P1-BG"]),
        ("P2", ["P2-BG"]),
    ]
    assert [p.baugebiete[0].mass.grz for p in plans] == [0.3, 0.5]


def test_srs_inherited_from_root_envelope_and_3d_poslist(tmp_path: Path) -> None:
    xyz = " ".join(
        f"{x} {y} 12.5" for x, y in zip(*[iter(_offset(SQUARE, 500_000).split())] * 2, strict=True)
    )
    pos = _poly(xyz, srs=None, dim="3")
    data = _auszug(_plan_xml("P1", pos), root_srs="urn:ogc:def:crs:EPSG::25832")
    (plan,) = read_plans(_write(tmp_path, data), CRS)
    assert math.isclose(plan.geltungsbereich.area, 10_000)


def test_pos_and_coordinates_variants_and_wgs84_urn_axis_order(tmp_path: Path) -> None:
    # urn:…:4326 is latitude first; the same ring as gml:pos and as gml:coordinates.
    ring = [(51.0, 7.0), (51.0, 7.001), (51.001, 7.001), (51.001, 7.0), (51.0, 7.0)]
    pos = "".join(f"<gml:pos>{la} {lo}</gml:pos>" for la, lo in ring)
    coords = " ".join(f"{la},{lo}" for la, lo in ring)
    geoms = []
    for content in (pos, f"<gml:coordinates>{coords}</gml:coordinates>"):
        poly = (
            '<gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing>'
            f"{content}</gml:LinearRing></gml:exterior></gml:Polygon>"
        )
        (plan,) = read_plans(_write(tmp_path, _auszug(_plan_xml("P1", poly))), CRS)
        geoms.append(plan.geltungsbereich)
    assert geoms[0].equals(geoms[1])
    assert _in_utm32_germany(geoms[0].bounds)  # lon 7°, lat 51° lies in zone 32
    assert 7_000 < geoms[0].area < 8_000  # 0.001° × 0.001° at 51° N ≈ 70 m × 111 m


def test_multisurface_with_two_members(tmp_path: Path) -> None:
    members = "".join(
        f"<gml:surfaceMember>{_poly(_offset(SQUARE, x), srs=None)}</gml:surfaceMember>"
        for x in (500_000, 500_200)
    )
    ms = f'<gml:MultiSurface srsName="EPSG:25832">{members}</gml:MultiSurface>'
    (plan,) = read_plans(_write(tmp_path, _auszug(_plan_xml("P1", ms))), CRS)
    assert plan.geltungsbereich.geom_type == "MultiPolygon"
    assert math.isclose(plan.geltungsbereich.area, 20_000)


@pytest.mark.parametrize(
    ("p1", "expected_y"),
    [((0.0, 1.0), 1.0), ((0.0, -1.0), -1.0)],  # counter-clockwise / clockwise through p1
)
def test_arc_through_three_points(p1: tuple[float, float], expected_y: float) -> None:
    pts = _arc((1.0, 0.0), p1, (-1.0, 0.0))
    assert pts[0] == (1.0, 0.0) and pts[-1] == (-1.0, 0.0)
    assert all(math.isclose(math.hypot(x, y), 1.0) for x, y in pts)
    assert math.isclose(max(pts, key=lambda p: abs(p[1]))[1], expected_y, abs_tol=1e-3)


def test_malformed_xml_is_a_config_error(tmp_path: Path) -> None:
    path = _write(tmp_path, b"<xplan:XPlanAuszug><gml:featureMember>")
    with pytest.raises(ConfigError, match=r"plan\.gml: not well-formed XML"):
        read_plans(path, CRS)


def test_unknown_geometry_names_file_and_element(tmp_path: Path) -> None:
    point = '<gml:Point srsName="EPSG:25832"><gml:pos>500000 5900000</gml:pos></gml:Point>'
    body = _plan_xml("P1", _poly(_offset(SQUARE, 500_000))).replace(
        "<xplan:position>" + _poly(_offset(SQUARE, 500_000)), "<xplan:position>" + point
    )
    with pytest.raises(ConfigError, match=r"plan\.gml: BP_BaugebietsTeilFlaeche \(gml:id=P1-BG\)"):
        read_plans(_write(tmp_path, _auszug(body)), CRS)


def test_unknown_srs_and_missing_srs(tmp_path: Path) -> None:
    bad = _plan_xml("P1", _poly(_offset(SQUARE, 500_000), srs="EPSG:999999"))
    with pytest.raises(ConfigError, match="unknown srsName"):
        read_plans(_write(tmp_path, _auszug(bad)), CRS)
    none = _plan_xml("P1", _poly(_offset(SQUARE, 500_000), srs=None))
    with pytest.raises(ConfigError, match="no srsName"):
        read_plans(_write(tmp_path, _auszug(none)), CRS)


def test_bad_number_is_a_config_error(tmp_path: Path) -> None:
    body = _plan_xml("P1", _poly(_offset(SQUARE, 500_000)), "<xplan:GRZ>viel</xplan:GRZ>")
    with pytest.raises(ConfigError, match=r"P1-BG.*GRZ is not a number"):
        read_plans(_write(tmp_path, _auszug(body)), CRS)


def test_files_without_a_plan_say_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"plan\.gml: the file is empty"):
        read_plans(_write(tmp_path, b" \n"), CRS)
    with pytest.raises(ConfigError, match="no BP_Plan in the file"):
        read_plans(_write(tmp_path, _auszug("")), CRS)
    with pytest.raises(ConfigError, match="not an XPlanGML document"):
        read_plans(_write(tmp_path, b"<root xmlns='urn:x'><a/></root>"), CRS)
    fplan = '<gml:featureMember><xplan:FP_Plan gml:id="F"/></gml:featureMember>'
    with pytest.raises(ConfigError, match=r"no BP_Plan in the file \(FP_Plan\)"):
        read_plans(_write(tmp_path, _auszug(fplan)), CRS)


def test_zip_without_gml_and_broken_zip(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("plan.pdf", b"%PDF-1.4")
    with pytest.raises(ConfigError, match=r"holds no \.gml"):
        read_plans(_write(tmp_path, buf.getvalue(), "p.zip"), CRS)
    with pytest.raises(ConfigError, match="not a readable zip"):
        read_plans(_write(tmp_path, b"PK\x03\x04 broken", "q.zip"), CRS)
