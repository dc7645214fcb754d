"""XPlanGML 6.0 B-Plans for the synthetic city: minimal, but with the element structure
and order of real 6.0 files (XPlanAuszug → BP_Plan → BP_Bereich → planinhalt), so that
they validate against the XPlanGML 6.0 schema and exercise the real reader."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS = "http://www.xplanung.de/xplangml/6/0"
SRS = "EPSG:25832"
Rect = tuple[float, float, float, float]  # min x, min y, max x, max y (metres)


@dataclass(frozen=True)
class Nutzung:
    """Art and Maß of one building area. `maxima` writes GRZmax/GFZmax/Zmax instead of
    the single values — both forms occur in real plans."""

    allg: str  # allgArtDerBaulNutzung: 1000 W, 2000 M, 3000 G
    besondere: str  # besondereArtDerBaulNutzung: 1100 WR, 1200 WA, 1500 MI, 1700 GE
    grz: float
    gfz: float
    z: int | None
    bauweise: str  # 1000 offen, 2000 geschlossen
    maxima: bool = False


@dataclass(frozen=True)
class Planentwurf:
    """One plan: its area, its building areas and, per area, the überbaubare Flächen
    (each optionally with its own Z, which then takes precedence)."""

    nummer: str
    name: str
    geltungsbereich: Rect
    baugebiete: list[tuple[Rect, Nutzung]]
    ueberbaubar: list[tuple[Rect, int | None]] = field(default_factory=list)


def _gid(*parts: str) -> str:
    # Deterministic UUIDs: the same city seed gives byte-identical plans.
    return "GML_" + str(uuid.uuid5(uuid.NAMESPACE_URL, "rathaus-stadt/" + "/".join(parts)))


def _num(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".")


def _envelope(r: Rect, indent: str) -> str:
    return (
        f'{indent}<gml:boundedBy>\n{indent}  <gml:Envelope srsName="{SRS}">\n'
        f"{indent}    <gml:lowerCorner>{_num(r[0])} {_num(r[1])}</gml:lowerCorner>\n"
        f"{indent}    <gml:upperCorner>{_num(r[2])} {_num(r[3])}</gml:upperCorner>\n"
        f"{indent}  </gml:Envelope>\n{indent}</gml:boundedBy>\n"
    )


def _polygon(r: Rect, gid: str, indent: str) -> str:
    x0, y0, x1, y1 = r
    ring = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]  # counter-clockwise
    pos = " ".join(f"{_num(x)} {_num(y)}" for x, y in ring)
    return (
        f'{indent}<gml:Polygon gml:id="{gid}" srsName="{SRS}">\n'
        f"{indent}  <gml:exterior><gml:LinearRing>"
        f'<gml:posList srsDimension="2" count="5">{pos}</gml:posList>'
        f"</gml:LinearRing></gml:exterior>\n{indent}</gml:Polygon>\n"
    )


def _member(body: str) -> str:
    return f"  <gml:featureMember>\n{body}  </gml:featureMember>\n"


def _mass(n: Nutzung) -> str:
    suffix = "max" if n.maxima else ""
    out = f"      <xplan:GFZ{suffix}>{_num(n.gfz)}</xplan:GFZ{suffix}>\n"
    out += f"      <xplan:GRZ{suffix}>{_num(n.grz)}</xplan:GRZ{suffix}>\n"
    if n.z is not None:
        out += f"      <xplan:Z{suffix}>{n.z}</xplan:Z{suffix}>\n"
    return out


def _el(name: str, value: str) -> str:
    return f"      <xplan:{name}>{value}</xplan:{name}>\n"


def _baugebiet(gid: str, bereich: str, r: Rect, n: Nutzung) -> str:
    # Element order as in the 6.0 schema (XP_Objekt, BP_Objekt, Flächenobjekt, class).
    return _member(
        f'    <xplan:BP_BaugebietsTeilFlaeche gml:id="{gid}">\n{_envelope(r, "      ")}'
        f'      <xplan:gehoertZuBereich xlink:href="#{bereich}"/>\n'
        "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>\n"
        f"      <xplan:position>\n{_polygon(r, gid + '-g', '        ')}      </xplan:position>\n"
        "      <xplan:flaechenschluss>true</xplan:flaechenschluss>\n"
        f"{_mass(n)}"
        f"{_el('allgArtDerBaulNutzung', n.allg)}{_el('besondereArtDerBaulNutzung', n.besondere)}"
        f"{_el('bauweise', n.bauweise)}"
        "    </xplan:BP_BaugebietsTeilFlaeche>\n"
    )


def _ueberbaubar(gid: str, bereich: str, r: Rect, z: int | None) -> str:
    z_el = f"      <xplan:Z>{z}</xplan:Z>\n" if z is not None else ""
    return _member(
        f'    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="{gid}">\n{_envelope(r, "      ")}'
        f'      <xplan:gehoertZuBereich xlink:href="#{bereich}"/>\n'
        "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>\n"
        f"      <xplan:position>\n{_polygon(r, gid + '-g', '        ')}      </xplan:position>\n"
        "      <xplan:flaechenschluss>false</xplan:flaechenschluss>\n"
        f"{z_el}    </xplan:BP_UeberbaubareGrundstuecksFlaeche>\n"
    )


def bplan_xml(plan: Planentwurf, ags: str, gemeinde: str) -> str:
    """The plan as an XPlanGML 6.0 document (one BP_Plan, one BP_Bereich)."""
    key = plan.nummer
    pid, bid = _gid(key, "plan"), _gid(key, "bereich")
    bg_ids = [_gid(key, "bg", str(i)) for i in range(len(plan.baugebiete))]
    ub_ids = [_gid(key, "ub", str(i)) for i in range(len(plan.ueberbaubar))]
    g = plan.geltungsbereich
    inhalt = "".join(f'      <xplan:planinhalt xlink:href="#{i}"/>\n' for i in bg_ids + ub_ids)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xplan:XPlanAuszug xmlns:xplan="{NS}" xmlns:gml="http://www.opengis.net/gml/3.2" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'gml:id="{_gid(key, "auszug")}">\n{_envelope(g, "  ")}',
        _member(
            f'    <xplan:BP_Plan gml:id="{pid}">\n{_envelope(g, "      ")}'
            f"      <xplan:name>{escape(plan.name)}</xplan:name>\n"
            f"      <xplan:nummer>{escape(plan.nummer)}</xplan:nummer>\n"
            "      <xplan:technHerstellDatum>2026-01-15</xplan:technHerstellDatum>\n"
            "      <xplan:raeumlicherGeltungsbereich>\n"
            f"{_polygon(g, pid + '-g', '        ')}      </xplan:raeumlicherGeltungsbereich>\n"
            "      <xplan:gemeinde><xplan:XP_Gemeinde>"
            f"<xplan:ags>{ags}</xplan:ags><xplan:gemeindeName>{escape(gemeinde)}"
            "</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>\n"
            "      <xplan:planArt>1000</xplan:planArt>\n"
            "      <xplan:rechtsstand>4000</xplan:rechtsstand>\n"
            f'      <xplan:bereich xlink:href="#{bid}"/>\n'
            "    </xplan:BP_Plan>\n"
        ),
        _member(
            f'    <xplan:BP_Bereich gml:id="{bid}">\n{_envelope(g, "      ")}'
            f"      <xplan:nummer>0</xplan:nummer>\n{inhalt}"
            f'      <xplan:gehoertZuPlan xlink:href="#{pid}"/>\n'
            "    </xplan:BP_Bereich>\n"
        ),
    ]
    parts += [_baugebiet(i, bid, r, n) for i, (r, n) in zip(bg_ids, plan.baugebiete, strict=True)]
    parts += [
        _ueberbaubar(i, bid, r, z) for i, (r, z) in zip(ub_ids, plan.ueberbaubar, strict=True)
    ]
    parts.append("</xplan:XPlanAuszug>\n")
    return "".join(parts)
