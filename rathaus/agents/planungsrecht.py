"""Planungsrecht agent (regeln.md, "Planungsrecht"): which law applies (§§ 30, 34, 35
BauGB), Art der Nutzung from the catalogue, Maß der Nutzung, Baugrenze, Befreiungen."""

from __future__ import annotations

import shapely
from shapely.geometry import Point

from rathaus.agents import planungsrecht_mass
from rathaus.agents.base import befund_factory, register
from rathaus.agents.gemeinsam import TOL_LAENGE_M, erstes_flurstueck, gebaeude_name, zahl
from rathaus.agents.geometrie import (
    Flaeche,
    Lage,
    flaechenhaft,
    flurstuecke,
    grundrisse,
    lage,
    projekt_grundriss,
)
from rathaus.agents.nutzungskatalog import gebiet
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Registers
from rathaus.registers.plan import Baugebiet, BPlan

_befund = befund_factory("planungsrecht")


@register
class Planungsrecht:
    id: Pruefer = "planungsrecht"
    codes: frozenset[str] = frozenset(
        {
            "ART_NUTZUNG_UNZULAESSIG",
            "ART_NUTZUNG_AUSNAHME",
            "ART_NUTZUNG_UNGEPRUEFT",
            "GRZ_UEBERSCHRITTEN",
            "GFZ_UEBERSCHRITTEN",
            "VOLLGESCHOSSE_UEBERSCHRITTEN",
            "BAUGRENZE_UEBERSCHRITTEN",
            "BEFREIUNG_BEANTRAGT",
            "INNENBEREICH_34",
            "AUSSENBEREICH_35",
        }
    )

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        antrag = vorgang.antrag
        fp = projekt_grundriss(antrag, registers.gemeinde.crs)
        if fp is None:
            # the location is unknown (ANGABE_FEHLT), but a requested Befreiung is still
            # a request a human must decide: never drop it silently
            return befreiungen(antrag)
        lg = lage(fp, registers)
        if lg.plan is None:
            return [ausserhalb_plan(antrag, lg, fp)]
        parcels = flurstuecke(antrag, registers)
        fps = grundrisse(antrag, registers.gemeinde.crs)
        return [
            *art_der_nutzung(antrag, lg),
            *planungsrecht_mass.befunde(antrag, lg, parcels, fps),
            *baugrenze(antrag, lg.plan, fps),
            *befreiungen(antrag),
        ]


def ausserhalb_plan(antrag: Antrag, lg: Lage, fp: Flaeche) -> Befund:
    """§ 34 or § 35 BauGB: a human assesses; no other planning finding is made."""
    c = fp.centroid
    belege = {
        "flurstuecke": list(antrag.flurstuecke),
        "schwerpunkt": [round(c.x, 2), round(c.y, 2)],
    }
    if lg.innenbereich:
        return _befund(
            "INNENBEREICH_34",
            "ermessen",
            erstes_flurstueck(antrag),
            "§ 34 BauGB",
            "Das Vorhaben liegt in keinem Bebauungsplan, aber im Innenbereich; ob es sich "
            "nach Art und Maß in die Eigenart der näheren Umgebung einfügt, ist zu beurteilen.",
            **belege,
        )
    return _befund(
        "AUSSENBEREICH_35",
        "ermessen",
        erstes_flurstueck(antrag),
        "§ 35 BauGB",
        "Das Vorhaben liegt weder in einem Bebauungsplan noch im Innenbereich, also im "
        "Außenbereich; ob es privilegiert ist oder öffentliche Belange beeinträchtigt, ist "
        "zu beurteilen.",
        **belege,
    )


def art_der_nutzung(antrag: Antrag, lg: Lage) -> list[Befund]:
    """Each declared use looked up in the catalogue for the zone's besondere Art."""
    nutzungen = dict.fromkeys(antrag.vorhaben.nutzungen or ())  # each use once, in order
    befunde = (_art(nutzung, lg.baugebiet) for nutzung in nutzungen)
    return [b for b in befunde if b is not None]


def _art(nutzung: str, zone: Baugebiet | None) -> Befund | None:
    eintrag = gebiet(zone.besondere_art if zone else None)
    belege = {
        "nutzung": nutzung,
        "baugebiet": zone.id if zone else None,
        "besondere_art": zone.besondere_art if zone else None,
    }
    if eintrag is None or nutzung not in eintrag.nutzungen:
        wo = f"einem Baugebiet mit dem Code {zone.besondere_art}" if zone else "keinem Baugebiet"
        text = (
            f"Die Nutzung „{nutzung}“ liegt in {wo}, das der Katalog der Nutzungen nicht "
            "kennt; ihre Zulässigkeit ist von Hand zu prüfen."
        )
        return _befund(
            "ART_NUTZUNG_UNGEPRUEFT", "hinweis", nutzung, "§ 30 Abs. 1 BauGB", text, **belege
        )
    im_gebiet = f"im Baugebiet {eintrag.kuerzel} ({eintrag.name}, {eintrag.paragraph} BauNVO)"
    if eintrag.nutzungen[nutzung] == "unzulaessig":
        norm = f"§ 30 Abs. 1 BauGB i. V. m. {eintrag.paragraph} BauNVO"
        text = f"Die Nutzung „{nutzung}“ ist {im_gebiet} unzulässig."
        return _befund("ART_NUTZUNG_UNZULAESSIG", "mangel", nutzung, norm, text, **belege)
    if eintrag.nutzungen[nutzung] == "ausnahme":
        norm = f"§ 31 Abs. 1 BauGB i. V. m. {eintrag.paragraph} Abs. 3 BauNVO"
        text = (
            f"Die Nutzung „{nutzung}“ ist {im_gebiet} nur ausnahmsweise zulässig; über die "
            "Ausnahme wird nach Ermessen entschieden."
        )
        return _befund("ART_NUTZUNG_AUSNAHME", "ermessen", nutzung, norm, text, **belege)
    return None


def baugrenze(antrag: Antrag, plan: BPlan, fps: list[tuple[int, Flaeche]]) -> list[Befund]:
    """BAUGRENZE_UEBERSCHRITTEN per footprint not within the überbaubare Flächen."""
    flaechen = [
        g for u in plan.ueberbaubare_flaechen if (g := flaechenhaft(u.geometrie)) is not None
    ]
    if not flaechen:
        return []  # the plan fixes no überbaubare Fläche: nothing to leave
    erlaubt = shapely.union_all(flaechen)
    mit_toleranz = erlaubt.buffer(TOL_LAENGE_M)
    result = []
    for index, fp in fps:
        if fp.within(mit_toleranz):
            continue
        ausserhalb = fp.difference(erlaubt).area
        ueberstand = max(erlaubt.distance(Point(xy)) for xy in shapely.get_coordinates(fp))
        result.append(
            _befund(
                "BAUGRENZE_UEBERSCHRITTEN",
                "mangel",
                str(index),
                "§ 23 Abs. 3 S. 1 BauNVO",
                f"{gebaeude_name(antrag, index)} überschreitet die Baugrenze des Bebauungsplans "
                f"„{plan.name}“ um bis zu {zahl(ueberstand)} m ({zahl(ausserhalb, 1)} m² außerhalb "
                "der überbaubaren Grundstücksfläche).",
                plan=plan.id,
                ueberstand_m=round(ueberstand, 2),
                flaeche_ausserhalb_m2=round(ausserhalb, 2),
                ueberbaubare_flaechen=[u.id for u in plan.ueberbaubare_flaechen],
            )
        )
    return result


def befreiungen(antrag: Antrag) -> list[Befund]:
    """BEFREIUNG_BEANTRAGT per requested Befreiung: § 31 Abs. 2 BauGB needs a human."""
    return [
        _befund(
            "BEFREIUNG_BEANTRAGT",
            "ermessen",
            b.festsetzung,
            "§ 31 Abs. 2 BauGB",
            f"Beantragt ist eine Befreiung von der Festsetzung „{b.festsetzung}“; ob die "
            "Grundzüge der Planung berührt sind, ist nach Ermessen zu entscheiden.",
            begruendung=b.begruendung,
        )
        for b in antrag.befreiungen
    ]
