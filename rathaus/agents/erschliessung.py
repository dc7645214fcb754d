"""Erschließung agent (regeln.md, "Erschließung"): a dedicated road at the plot, and a
main within reach for every medium the applicant plans to connect."""

from __future__ import annotations

from rathaus.agents.base import befund_factory, register
from rathaus.agents.gemeinsam import TOL_LAENGE_M, erstes_flurstueck, zahl
from rathaus.agents.geometrie import Flaeche, flurstuecke, grundstueck, lage, projekt_grundriss
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Registers

_befund = befund_factory("erschliessung")
_STRASSE_MAX_M = 0.5  # regeln.md: a parcel "touches" a road within 0.5 m
MEDIEN = ("trinkwasser", "abwasser", "strom")
_MEDIUM_TEXT = {
    "trinkwasser": "keine Trinkwasserleitung",
    "abwasser": "kein Abwasserkanal",
    "strom": "keine Stromleitung",
}


def _ja(wert: object) -> bool:
    """`gewidmet: true` (a GeoJSON bool, or a string where a layer was exported loosely)."""
    return wert is True or (isinstance(wert, str) and wert.strip().lower() == "true")


@register
class Erschliessung:
    id: Pruefer = "erschliessung"
    codes: frozenset[str] = frozenset(
        {"ERSCHLIESSUNG_STRASSE_FEHLT", *(f"ERSCHLIESSUNG_{m.upper()}_FEHLT" for m in MEDIEN)}
    )

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        antrag = vorgang.antrag
        plot = grundstueck(flurstuecke(antrag, registers))
        if plot is None:
            return []  # no known parcel: nothing to measure from
        return [*strasse(antrag, plot, registers), *leitungen(antrag, plot, registers)]


def strasse(antrag: Antrag, plot: Flaeche, registers: Registers) -> list[Befund]:
    """ERSCHLIESSUNG_STRASSE_FEHLT unless a parcel lies within 0.5 m of a dedicated road."""
    nahe = registers.strassen.near(plot, _STRASSE_MAX_M)
    if any(_ja(s.get("gewidmet")) for s in nahe):
        return []
    return [
        _befund(
            "ERSCHLIESSUNG_STRASSE_FEHLT",
            "mangel",
            erstes_flurstueck(antrag),
            "§ 4 Abs. 1 MBO",
            "Kein Flurstück des Vorhabens grenzt an eine gewidmete öffentliche Straße; die "
            "Erschließung ist nicht gesichert.",
            flurstuecke=list(antrag.flurstuecke),
            strassen_ungewidmet=[s.id for s in nahe],
        )
    ]


def leitungen(antrag: Antrag, plot: Flaeche, registers: Registers) -> list[Befund]:
    """ERSCHLIESSUNG_<MEDIUM>_FEHLT per planned connection without a main in reach."""
    max_m = registers.gemeinde.erschliessung.anschluss_max_m
    geplant = antrag.vorhaben.erschliessung
    # within the distance plus the length tolerance, in the applicant's favour
    vorhanden = {
        str(lt.get("typ", "")).lower()
        for lt in registers.leitungen.near(plot, max_m + TOL_LAENGE_M)
    }
    result = []
    for medium in MEDIEN:
        if not getattr(geplant, medium) or medium in vorhanden:
            continue
        result.append(
            _befund(
                f"ERSCHLIESSUNG_{medium.upper()}_FEHLT",
                "mangel",
                erstes_flurstueck(antrag),
                _norm_gesichert(antrag, registers),
                f"Im Umkreis von {zahl(max_m, 0)} m um das Grundstück liegt "
                f"{_MEDIUM_TEXT[medium]}; der geplante Anschluss ist nicht gesichert.",
                medium=medium,
                anschluss_max_m=max_m,
                flurstuecke=list(antrag.flurstuecke),
            )
        )
    return result


def _norm_gesichert(antrag: Antrag, registers: Registers) -> str:
    """The BauGB clause that demands secured Erschließung where the project lies."""
    fp = projekt_grundriss(antrag, registers.gemeinde.crs)
    if fp is None:
        return "§ 30 Abs. 1 BauGB"
    lg = lage(fp, registers)
    if lg.plan is not None:
        return "§ 30 Abs. 1 BauGB"
    return "§ 34 Abs. 1 S. 1 BauGB" if lg.innenbereich else "§ 35 Abs. 1 BauGB"
