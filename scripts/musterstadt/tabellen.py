"""The tables and lists of docs/musterstadt.md: parcels, Baufenster, registers, trees."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shapely.geometry import Polygon

from .bauplatz import protected, regime_at, root_zone
from .befunde import Assessment, main_distance, missing_mains, musterbau_for
from .geo import bounds_text, dumps, geojson_geometry, ws
from .modell import NEAR_M, STRASSE_TOL_M, WURZEL_ZUSCHLAG_M, Obj, Owners, Town

BAUWEISE = {"1000": "offen", "2000": "geschlossen", "3000": "abweichend"}


def short_art(tree: Obj) -> str:
    return str(tree["art"]).split(" (")[0]


def fmt_m(d: float) -> str:
    return f"{d:.1f} m"


def owners_text(owners: Owners) -> str:
    return "; ".join(f"{n} {a}" for n, a in owners)


def road_access(town: Town, plot: Polygon) -> str:
    near = [r for r in town.strassen if r.geom.distance(plot) <= STRASSE_TOL_M]
    public = [str(r["name"]) for r in near if r["gewidmet"]]
    private = [str(r["name"]) for r in near if not r["gewidmet"]]
    if public:
        return "road: " + ", ".join(public)
    return "**no dedicated road**" + (f" (only {', '.join(private)})" if private else "")


def mains_text(town: Town, plot: Polygon) -> str:
    missing = missing_mains(town, plot)
    if not missing:
        return "mains: all within 50 m"
    return "; ".join(f"**no {t}** main (nearest {fmt_m(main_distance(town, plot, t))})"
                     for t in missing)


def tree_text(tree: Obj, plot: Polygon) -> str:
    where = "on the parcel" if tree.geom.within(plot) else "root zone reaches in"
    status = "**protected**" if protected(tree) else "not protected"
    radius = tree["kronendurchmesser_m"] / 2 + WURZEL_ZUSCHLAG_M
    return (f"{tree.id} {short_art(tree)} {tree['stammumfang_cm']} cm, crown "
            f"{tree['kronendurchmesser_m']} m (root zone r {radius:g} m), {status}, {where}")


def relation(geom: Any, plot: Polygon) -> str:
    """Where an object lies relative to a plot, as the table says it."""
    if geom.intersection(plot).area > 0.01 or (geom.geom_type == "Point" and geom.within(plot)):
        return "on the parcel"
    d = float(geom.distance(plot))
    return "adjoins" if d < 0.01 else fmt_m(d)


def surroundings(town: Town, plot: Polygon) -> list[str]:
    """The special objects the table lists for a plot."""
    out = [road_access(town, plot), mains_text(town, plot)]
    out += [tree_text(t, plot) for t in town.baeume if root_zone(t).intersects(plot)]
    out += [f"{m.id} {m['art']} „{m['bezeichnung']}“ ({relation(m.geom, plot)})"
            for m in town.denkmal if m.geom.distance(plot) <= NEAR_M]
    out += [f"{s.id} {s['typ']} „{s['name']}“ ({relation(s.geom, plot)})"
            for s in town.schutz if s.geom.distance(plot) <= NEAR_M]
    out += [f"adjoins {f['name']} ({f['typ']})" for f in town.flaechen
            if f.geom.distance(plot) <= STRASSE_TOL_M]
    return out


def window_text(town: Town, a: Assessment) -> str:
    if a.window is None:
        return "—"
    minx, miny, maxx, maxy = a.window.bounds
    text = f"{bounds_text(a.window)}, {maxx - minx:g} × {maxy - miny:g} m"
    if a.felled:
        text = f"**none without felling {', '.join(a.felled)}**; with felling: " + text
    near = [f"{m.id} " + ("inside" if m.geom.intersects(a.window)
                          else f"≥ {fmt_m(float(m.geom.distance(a.window)))}")
            for m in town.denkmal
            if m["art"] != "bodendenkmal" and m.geom.distance(a.window) <= NEAR_M]
    if near:
        text += "; monuments: " + ", ".join(near)
    return text


def house_text(town: Town, a: Assessment) -> str:
    if a.house is None:
        return "—"
    bau = musterbau_for(regime_at(town, a.house.centroid))
    befunde = ", ".join(a.findings) if a.findings else "none"
    return f"{bau.bezeichnung} {bounds_text(a.house)}: {befunde}"


def md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def parcel_table(town: Town, assessed: dict[str, Assessment]) -> list[str]:
    head = ["Parcel", "Kennzeichen", "Address", "Planning law", "Owners (share)", "Area m²",
            "Surroundings", "Safe building window (EPSG:25832: minx, miny, maxx, maxy)",
            "Musterbau (EPSG:25832) and expected findings"]
    lines = [md_row(head), md_row(["---"] * len(head))]
    for p in town.parcels:
        a = assessed[p.kennzeichen]
        lines.append(md_row([
            f"{p.flur}-{p.label}", f"`{p.kennzeichen}`",
            f"{p.adresse} ({p.note})" if p.note else p.adresse, a.regime.label(),
            owners_text(p.owners), f"{p.geom.area:.1f}", "<br>".join(surroundings(town, p.geom)),
            window_text(town, a), house_text(town, a)]))
    return lines


def fenster_table(town: Town) -> list[str]:
    head = ["B-Plan", "Baufenster (gml:id)", "Parcels", "Baugrenze (EPSG:25832)", "own Maß"]
    lines = [md_row(head), md_row(["---"] * len(head))]
    for plan in town.plans:
        for f in plan.fenster:
            flst = ", ".join(f"{p.flur}-{p.label}" for p in town.parcels
                             if p.geom.intersection(f.geom).area > 1)
            lines.append(md_row([plan.nummer, f"`{plan.gml_id(f.key)}`", flst,
                                 bounds_text(f.geom), f"Z {f.z}" if f.z else "—"]))
    return lines


def house_geojson_lines(town: Town, assessed: dict[str, Assessment]) -> list[str]:
    lines = []
    for p in town.parcels:
        a = assessed[p.kennzeichen]
        if a.house is not None:
            lines.append(f"{p.kennzeichen}  {dumps(geojson_geometry(a.house))}")
    return lines


def registers_summary(town: Town) -> list[str]:
    out = []
    for plan in town.plans:
        zones = "; ".join(
            f"{z.aufschrift} `{plan.gml_id(z.key)}` ({z.kuerzel} {z.besondere}, GRZ {z.grz}, "
            f"GFZ {z.gfz}, Z {z.z}, Bauweise {z.bauweise} {BAUWEISE[z.bauweise]})"
            for z in plan.zones)
        out.append(f"- `bplan/{plan.datei}`: {plan.name}, BP_Plan `{plan.gml_id('plan')}`, "
                   f"Geltungsbereich {bounds_text(plan.geltungsbereich)}. Zones: {zones}.")
    roads = ", ".join(f"{r.id} {r['name']}" + ("" if r["gewidmet"] else " (not dedicated)")
                      for r in town.strassen)
    out.append(f"- Roads (`erschliessung/strassen.geojson`, areas): {roads}.")
    out.append("- Mains (`erschliessung/leitungen.geojson`, from – to): " + "; ".join(
        f"{m.id} {m['typ']} ({ws(*m.geom.coords[0])} – {ws(*m.geom.coords[-1])})"
        for m in town.leitungen) + ".")
    out.append("- Monuments (`denkmal/denkmalliste.geojson`): " + "; ".join(
        f"{m.id} {m['art']} „{m['bezeichnung']}“ ({m.geom.geom_type})" for m in town.denkmal)
        + ".")
    out.append("- Protected areas (`natur/schutzgebiete.geojson`): " + "; ".join(
        f"{s.id} {s['typ']} „{s['name']}“" for s in town.schutz) + ".")
    out.append("- Public areas (`flaechen/oeffentlich.geojson`): " + "; ".join(
        f"{f.id} {f['typ']} {f['name']}" for f in town.flaechen) + ".")
    out.append("- § 34 area (`innenbereich.geojson`): the old town (parcels 1-10 … 1-20, Am "
               f"Markt, Kirchgasse), {bounds_text(town.innenbereich)}.")
    out += ["", "Trees (`natur/baeume.geojson`; protected from 80 cm girth):", "",
            md_row(["id", "Art", "Stammumfang cm", "Krone m", "root zone r m",
                    "protected", "position (EPSG:25832)"]),
            md_row(["---"] * 7)]
    for t in town.baeume:
        out.append(md_row([t.id, str(t["art"]), str(t["stammumfang_cm"]),
                           str(t["kronendurchmesser_m"]),
                           f"{t['kronendurchmesser_m'] / 2 + WURZEL_ZUSCHLAG_M:g}",
                           "yes" if protected(t) else "no", ws(t.geom.x, t.geom.y)]))
    return out
