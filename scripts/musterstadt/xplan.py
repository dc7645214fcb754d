"""The B-Plans as XPlanGML 6.0 (XPlanAuszug, EPSG:25832)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lxml import etree
from shapely.geometry import LineString, Polygon
from shapely.geometry.polygon import orient

from .modell import CRS, ORIGIN, Fenster, Plan, Zone

XPLAN = "http://www.xplanung.de/xplangml/6/0"
GML = "http://www.opengis.net/gml/3.2"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XPLAN_SCHEMA = (
    "https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd"
)


class GmlWriter:
    """Builds one XPlanGML 6.0 document (XPlanAuszug with featureMembers)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        nsmap = {"xplan": XPLAN, "gml": GML, "xlink": XLINK, "xsi": XSI}
        self.root = etree.Element(f"{{{XPLAN}}}XPlanAuszug", nsmap=nsmap)
        self.root.set(f"{{{XSI}}}schemaLocation", f"{XPLAN} {XPLAN_SCHEMA}")
        self.root.set(f"{{{GML}}}id", plan.gml_id("auszug"))
        self.envelope(self.root, plan.geltungsbereich)

    @staticmethod
    def sub(parent: etree._Element, tag: str, text: str | None = None,
            **attrs: str) -> etree._Element:
        ns, local = tag.split(":")
        el = etree.SubElement(parent, f"{{{XPLAN if ns == 'xplan' else GML}}}{local}")
        for k, v in attrs.items():
            el.set(f"{{{XLINK}}}href" if k == "href" else f"{{{GML}}}{k}" if k == "id" else k, v)
        if text is not None:
            el.text = text
        return el

    def feature(self, tag: str, key: str) -> etree._Element:
        member = self.sub(self.root, "gml:featureMember")
        return self.sub(member, tag, id=self.plan.gml_id(key))

    def ref(self, parent: etree._Element, tag: str, key: str) -> None:
        self.sub(parent, tag, href="#" + self.plan.gml_id(key))

    @staticmethod
    def pos_list(coords: Iterable[tuple[float, float]]) -> str:
        return " ".join(f"{x + ORIGIN[0]:.3f} {y + ORIGIN[1]:.3f}" for x, y in coords)

    def envelope(self, parent: etree._Element, geom: Any) -> None:
        minx, miny, maxx, maxy = geom.bounds
        env = self.sub(self.sub(parent, "gml:boundedBy"), "gml:Envelope", srsName=CRS)
        self.sub(env, "gml:lowerCorner", f"{minx + ORIGIN[0]:.3f} {miny + ORIGIN[1]:.3f}")
        self.sub(env, "gml:upperCorner", f"{maxx + ORIGIN[0]:.3f} {maxy + ORIGIN[1]:.3f}")

    def polygon(self, parent: etree._Element, geom: Polygon, key: str) -> None:
        geom = orient(geom, sign=1.0)  # XPlanung: exterior counter-clockwise
        poly = self.sub(parent, "gml:Polygon", id=self.plan.gml_id(key, "geom"), srsName=CRS)
        ring = self.sub(self.sub(poly, "gml:exterior"), "gml:LinearRing")
        self.sub(ring, "gml:posList", self.pos_list(geom.exterior.coords))

    def line(self, parent: etree._Element, geom: LineString, key: str) -> None:
        ls = self.sub(parent, "gml:LineString", id=self.plan.gml_id(key, "geom"), srsName=CRS)
        self.sub(ls, "gml:posList", self.pos_list(geom.coords))

    def objekt(self, tag: str, key: str, geom: Any) -> etree._Element:
        """The common head of a Planinhalt: extent, Bereich and Rechtscharakter."""
        el = self.feature(tag, key)
        self.envelope(el, geom)
        self.ref(el, "xplan:gehoertZuBereich", "bereich")
        return el


def write_xplan(plan: Plan, path: Path) -> None:
    w = GmlWriter(plan)
    content = plan_content_keys(plan)
    bp_plan(w, plan)
    bp_bereich(w, plan, content)
    text = w.feature("xplan:XP_TextAbschnitt", "text")
    w.sub(text, "xplan:schluessel", plan.text[0])
    w.sub(text, "xplan:text", plan.text[1])
    w.sub(text, "xplan:rechtscharakter", "1000")
    for zone in plan.zones:
        bp_zone(w, zone)
    for key, name, geom in plan.strassen:
        el = w.objekt("xplan:SO_Strassenverkehr", key, geom)
        w.sub(el, "xplan:rechtscharakter", "1000")
        w.polygon(w.sub(el, "xplan:position"), geom, key)
        w.sub(el, "xplan:flaechenschluss", "true")
        w.sub(el, "xplan:name", name)
        w.sub(el, "xplan:nutzungsform", "2000")
        w.sub(el, "xplan:hatDarstellungMitBesondZweckbest", "false")
    for f in plan.fenster:
        bp_fenster(w, f)
    for f in plan.fenster:
        el = w.objekt("xplan:BP_BauGrenze", f.key + "/baugrenze", f.geom)
        w.sub(el, "xplan:rechtscharakter", "1000")
        w.line(w.sub(el, "xplan:position"), orient(f.geom, 1.0).exterior, f.key + "/baugrenze")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(etree.tostring(w.root, xml_declaration=True, encoding="UTF-8",
                                    pretty_print=True))


def plan_content_keys(plan: Plan) -> list[str]:
    return ([z.key for z in plan.zones] + [k for k, _, _ in plan.strassen]
            + [f.key for f in plan.fenster] + [f.key + "/baugrenze" for f in plan.fenster])


def bp_plan(w: GmlWriter, plan: Plan) -> None:
    el = w.feature("xplan:BP_Plan", "plan")
    w.envelope(el, plan.geltungsbereich)
    w.sub(el, "xplan:name", plan.name)
    w.sub(el, "xplan:nummer", plan.nummer)
    w.sub(el, "xplan:beschreibung", plan.beschreibung)
    w.sub(el, "xplan:technHerstellDatum", "2026-01-15")
    w.sub(el, "xplan:erstellungsMassstab", "1000")
    w.sub(el, "xplan:technischerPlanersteller", "Stadt Musterstadt, Fachbereich Planen und Bauen")
    w.polygon(w.sub(el, "xplan:raeumlicherGeltungsbereich"), plan.geltungsbereich, "plan")
    w.ref(el, "xplan:texte", "text")
    gemeinde = w.sub(w.sub(el, "xplan:gemeinde"), "xplan:XP_Gemeinde")
    w.sub(gemeinde, "xplan:ags", "05999999")
    w.sub(gemeinde, "xplan:gemeindeName", "Musterstadt")
    w.sub(el, "xplan:planArt", "10001")  # qualifizierter B-Plan (§ 30 Abs. 1 BauGB)
    w.sub(el, "xplan:rechtsstand", "4000")  # in Kraft getreten
    w.sub(el, "xplan:aufstellungsbeschlussDatum", plan.daten[0])
    w.sub(el, "xplan:satzungsbeschlussDatum", plan.daten[1])
    w.sub(el, "xplan:inkrafttretensDatum", plan.daten[2])
    for tag, name, datum in (("versionBauNVO", "BauNVO", "2017-11-21"),
                             ("versionBauGB", "BauGB", "2017-11-03")):
        grundlage = w.sub(w.sub(el, f"xplan:{tag}"), "xplan:XP_GesetzlicheGrundlage")
        w.sub(grundlage, "xplan:name", name)
        w.sub(grundlage, "xplan:datum", datum)
    w.ref(el, "xplan:bereich", "bereich")


def bp_bereich(w: GmlWriter, plan: Plan, content: list[str]) -> None:
    el = w.feature("xplan:BP_Bereich", "bereich")
    w.envelope(el, plan.geltungsbereich)
    w.sub(el, "xplan:nummer", "0")
    w.sub(el, "xplan:name", "Geltungsbereich")
    w.polygon(w.sub(el, "xplan:geltungsbereich"), plan.geltungsbereich, "bereich")
    for key in content:
        w.ref(el, "xplan:planinhalt", key)
    w.sub(el, "xplan:verfahren", "1000")
    w.ref(el, "xplan:gehoertZuPlan", "plan")


def bp_zone(w: GmlWriter, zone: Zone) -> None:
    el = w.objekt("xplan:BP_BaugebietsTeilFlaeche", zone.key, zone.geom)
    w.sub(el, "xplan:aufschrift", zone.aufschrift)
    w.sub(el, "xplan:rechtscharakter", "1000")
    w.polygon(w.sub(el, "xplan:position"), zone.geom, zone.key)
    w.sub(el, "xplan:flaechenschluss", "true")
    w.sub(el, "xplan:GFZ", f"{zone.gfz}")
    w.sub(el, "xplan:GRZ", f"{zone.grz}")
    w.sub(el, "xplan:Z", str(zone.z))
    w.sub(el, "xplan:allgArtDerBaulNutzung", zone.allg)
    w.sub(el, "xplan:besondereArtDerBaulNutzung", zone.besondere)
    if zone.sondernutzung is not None:
        komplex = w.sub(w.sub(el, "xplan:sondernutzung"), "xplan:BP_KomplexeSondernutzung")
        w.sub(komplex, "xplan:allgemein", zone.sondernutzung[0])
        w.sub(komplex, "xplan:nutzungText", zone.sondernutzung[1])
    w.sub(el, "xplan:bauweise", zone.bauweise)
    if zone.bauweise == "3000":
        w.sub(el, "xplan:bauweiseText", "Wie offene Bauweise, Gebäudelängen über 50 m zulässig")
    if zone.bebauungsart is not None:
        w.sub(el, "xplan:bebauungsArt", zone.bebauungsart)


def bp_fenster(w: GmlWriter, f: Fenster) -> None:
    el = w.objekt("xplan:BP_UeberbaubareGrundstuecksFlaeche", f.key, f.geom)
    w.sub(el, "xplan:rechtscharakter", "1000")
    w.polygon(w.sub(el, "xplan:position"), f.geom, f.key)
    w.sub(el, "xplan:flaechenschluss", "false")
    if f.z is not None:
        w.sub(el, "xplan:Z", str(f.z))
    w.ref(el, "xplan:baugrenze", f.key + "/baugrenze")
