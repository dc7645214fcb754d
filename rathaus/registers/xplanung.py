"""Reader of real XPlanGML (5.x and 6.0) B-Plans: what the planning-law agent needs.

Elements are matched by local name within the XPlanung namespace family
(`http://www.xplanung.de/xplangml/<major>/<minor>`), so one reader serves every version.
Objects belong to a plan through its Bereich: the Bereich lists them (`planinhalt`,
4.x `inhaltBPlan`) and they point back (`gehoertZuBereich`); either link suffices.
Spec: shared/spec/gemeinde.md, "XPlanGML: what the planning-law agent reads".
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from rathaus.errors import ConfigError
from rathaus.registers.gml import GmlError, read_surface
from rathaus.registers.gml_curves import gml_id, local
from rathaus.registers.plan import Baugebiet, BPlan, Mass, UeberbaubareFlaeche

XPLAN_NS_PREFIX = "http://www.xplanung.de/xplangml/"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # a zip member larger than this is refused (zip bomb)
MAX_MEMBERS = 1000

_BAUGEBIET = "BP_BaugebietsTeilFlaeche"
_UEBERBAUBAR = "BP_UeberbaubareGrundstuecksFlaeche"
_BEREICH_INHALT = ("planinhalt", "inhaltBPlan")


def read_plans(path: Path, target_crs: str) -> list[BPlan]:
    """Every BP_Plan in an XPlanGML file (.gml/.xml) or in the .gml members of a .zip,
    with geometry in `target_crs`. Raises ConfigError naming file and element."""
    documents = _zip_members(path) if path.suffix.lower() == ".zip" else [_file(path)]
    plans: list[BPlan] = []
    for source, data in documents:
        plans.extend(_read_document(data, source, target_crs))
    return plans


def _file(path: Path) -> tuple[str, bytes]:
    try:
        return str(path), path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc


def _zip_members(path: Path) -> list[tuple[str, bytes]]:
    """The .gml/.xml members, read in memory (never extracted: no path traversal) and
    with a size cap checked on the bytes actually inflated, not the header's claim."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise ConfigError(f"{path}: {len(infos)} zip members (limit {MAX_MEMBERS})")
            out = []
            for info in infos:
                if Path(info.filename).suffix.lower() in (".gml", ".xml"):
                    with zf.open(info) as fh:
                        data = fh.read(MAX_MEMBER_BYTES + 1)
                    if len(data) > MAX_MEMBER_BYTES:
                        raise ConfigError(f"{path}!{info.filename}: member too large")
                    out.append((f"{path}!{info.filename}", data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise ConfigError(f"{path}: not a readable zip archive: {exc}") from exc
    if not out:
        raise ConfigError(f"{path}: the archive holds no .gml or .xml file")
    return out


def _parse(data: bytes, source: str) -> etree._Element:
    if not data.strip():
        raise ConfigError(f"{source}: the file is empty (expected an XPlanGML document)")
    # No entity expansion and no network: the file comes from outside.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ConfigError(f"{source}: not well-formed XML: {exc}") from exc


def _is_xplan(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and (etree.QName(el).namespace or "").startswith(XPLAN_NS_PREFIX)


def _version(el: etree._Element) -> str:
    """ "6.0" from http://www.xplanung.de/xplangml/6/0."""
    ns = etree.QName(el).namespace or ""
    return ns[len(XPLAN_NS_PREFIX) :].strip("/").replace("/", ".")


@dataclass
class _Doc:
    """One parsed document: its elements by gml:id, and the XPlanung objects by type."""

    source: str
    target_crs: str
    by_id: dict[str, etree._Element]
    by_type: dict[str, list[etree._Element]]

    def of_type(self, name: str) -> list[etree._Element]:
        return self.by_type.get(name, [])

    def where(self, el: etree._Element, msg: str) -> ConfigError:
        return ConfigError(f"{self.source}: {local(el)} (gml:id={gml_id(el)}): {msg}")


def _read_document(data: bytes, source: str, target_crs: str) -> list[BPlan]:
    root = _parse(data, source)
    by_id: dict[str, etree._Element] = {}
    by_type: dict[str, list[etree._Element]] = {}
    for el in root.iter():
        gid = gml_id(el) if isinstance(el.tag, str) else None
        if gid:
            by_id[gid] = el
        if _is_xplan(el):
            by_type.setdefault(local(el), []).append(el)
    if not by_type:
        raise ConfigError(
            f"{source}: not an XPlanGML document (no element in the {XPLAN_NS_PREFIX}… "
            f"namespace; root is {etree.QName(root).localname})"
        )
    doc = _Doc(source, target_crs, by_id, by_type)
    plans = doc.of_type("BP_Plan")
    if not plans:
        other = ", ".join(sorted(t for t in by_type if t.endswith("_Plan"))) or "no plan at all"
        raise ConfigError(f"{source}: no BP_Plan in the file ({other})")
    return [_plan(doc, el, single=len(plans) == 1) for el in plans]


def _children(el: etree._Element, name: str) -> Iterator[etree._Element]:
    for c in el:
        if _is_xplan(c) and local(c) == name:
            yield c


def _text(el: etree._Element, name: str) -> str | None:
    child = next(_children(el, name), None)
    text = (child.text or "").strip() if child is not None else ""
    return text or None


def _href_target(doc: _Doc, ref: etree._Element) -> etree._Element | None:
    """What a property refers to: an inline object or an xlink:href "#id"."""
    href = ref.get(XLINK_HREF)
    if href:
        return doc.by_id.get(href.rsplit("#", 1)[-1])
    return next((c for c in ref if isinstance(c.tag, str)), None)


def _ref_ids(el: etree._Element, names: Iterable[str]) -> set[str]:
    return {
        (c.get(XLINK_HREF) or "").rsplit("#", 1)[-1]
        for name in names
        for c in _children(el, name)
        if c.get(XLINK_HREF)
    }


def _plan(doc: _Doc, el: etree._Element, single: bool) -> BPlan:
    pid = gml_id(el) or ""
    bereiche = _bereiche(doc, el, pid)
    members = _members(doc, bereiche, single)
    geltung = _geltungsbereich(doc, el, bereiche)
    return BPlan(
        id=pid,
        name=_text(el, "name") or pid,
        nummer=_text(el, "nummer"),
        version=_version(el),
        geltungsbereich=geltung,
        baugebiete=tuple(_baugebiet(doc, b) for b in doc.of_type(_BAUGEBIET) if _in(b, members)),
        ueberbaubare_flaechen=tuple(
            UeberbaubareFlaeche(id=gml_id(u) or "", geometrie=_position(doc, u), mass=_mass(doc, u))
            for u in doc.of_type(_UEBERBAUBAR)
            if _in(u, members)
        ),
        quelle=doc.source,
    )


def _bereiche(doc: _Doc, plan: etree._Element, pid: str) -> list[etree._Element]:
    """The plan's BP_Bereich: linked from the plan (`bereich`), or pointing back to it."""
    found = [t for r in _children(plan, "bereich") if (t := _href_target(doc, r)) is not None]
    found += [b for b in doc.of_type("BP_Bereich") if pid in _ref_ids(b, ["gehoertZuPlan"])]
    return list({id(b): b for b in found}.values())


def _members(doc: _Doc, bereiche: list[etree._Element], single: bool) -> set[str]:
    """gml:ids of the objects of these Bereiche. In a file with one plan, objects that
    name no Bereich at all also belong to it (hand-made files often omit the link)."""
    ids = {gid for b in bereiche for gid in _ref_ids(b, _BEREICH_INHALT)}
    bereich_ids = {gml_id(b) for b in bereiche}
    for obj in doc.of_type(_BAUGEBIET) + doc.of_type(_UEBERBAUBAR):
        links = _ref_ids(obj, ["gehoertZuBereich"])
        if links & bereich_ids or (single and not links and not _listed_anywhere(doc, obj)):
            ids.add(gml_id(obj) or "")
    return ids


def _listed_anywhere(doc: _Doc, obj: etree._Element) -> bool:
    gid = gml_id(obj)
    return any(gid in _ref_ids(b, _BEREICH_INHALT) for b in doc.of_type("BP_Bereich"))


def _in(el: etree._Element, members: set[str]) -> bool:
    return gml_id(el) in members


def _geltungsbereich(
    doc: _Doc, plan: etree._Element, bereiche: list[etree._Element]
) -> BaseGeometry:
    """`raeumlicherGeltungsbereich`; if a plan lacks it, the union of its Bereiche's."""
    if _has(plan, "raeumlicherGeltungsbereich"):
        return _geometry(doc, plan, "raeumlicherGeltungsbereich")
    parts = [_geometry(doc, b, "geltungsbereich") for b in bereiche if _has(b, "geltungsbereich")]
    if not parts:
        raise doc.where(plan, "no raeumlicherGeltungsbereich (nor a Bereich geltungsbereich)")
    return unary_union(parts)


def _has(el: etree._Element, prop: str) -> bool:
    return next(_children(el, prop), None) is not None


def _position(doc: _Doc, obj: etree._Element) -> BaseGeometry:
    return _geometry(doc, obj, "position")


def _geometry(doc: _Doc, owner: etree._Element, prop: str) -> BaseGeometry:
    ref = next(_children(owner, prop), None)
    if ref is None:
        raise doc.where(owner, f"no {prop}")
    geom_el = _href_target(doc, ref)
    if geom_el is None:
        raise doc.where(owner, f"{prop} holds no geometry")
    try:
        return read_surface(geom_el, doc.target_crs)
    except GmlError as exc:
        raise doc.where(owner, f"{prop}: {exc}") from exc


def _baugebiet(doc: _Doc, el: etree._Element) -> Baugebiet:
    return Baugebiet(
        id=gml_id(el) or "",
        geometrie=_position(doc, el),
        allg_art=_text(el, "allgArtDerBaulNutzung"),
        besondere_art=_text(el, "besondereArtDerBaulNutzung"),
        mass=_mass(doc, el),
        bauweise=_text(el, "bauweise"),
    )


def _mass(doc: _Doc, el: etree._Element) -> Mass:
    """The limits: the single value, else the maximum. For Z a mandatory count
    (`Zzwingend`, used by Hamburg) is also the most storeys allowed."""
    grz = _number(doc, el, ("GRZ", "GRZmax"))
    gfz = _number(doc, el, ("GFZ", "GFZmax"))
    z = _number(doc, el, ("Z", "Zmax", "Zzwingend"))
    if z is not None and not z.is_integer():
        raise doc.where(el, f"Z must be a whole number of storeys, got {z}")
    return Mass(grz=grz, gfz=gfz, z=None if z is None else int(z))


def _number(doc: _Doc, el: etree._Element, names: tuple[str, ...]) -> float | None:
    """The first of `names` that is set: a direct child, or else nested in a data-type
    wrapper (a BP object holds no other feature, so any XPlanung descendant is its own)."""
    for name in names:
        hits = list(_children(el, name)) or [d for d in el.iter(f"{{*}}{name}") if _is_xplan(d)]
        if hits:
            text = (hits[0].text or "").strip().replace(",", ".")
            try:
                return float(text)
            except ValueError:
                raise doc.where(el, f"{name} is not a number: {text!r}") from None
    return None
