"""Denkmalschutz agent (regeln.md, "Denkmalschutz"): listed monuments on the plot, in
the footprint or within the municipality's Umgebungsschutz distance; one finding each."""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from rathaus.agents.base import befund_factory, register
from rathaus.agents.gemeinsam import TOL_LAENGE_M, zahl
from rathaus.agents.geometrie import (
    Flaeche,
    flurstuecke,
    grundstueck,
    projekt_grundriss,
    repariert,
)
from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Feature, Registers

_befund = befund_factory("denkmalschutz")
# Monument protection is Land law; the Land code of gemeinde.toml picks the statute.
_DSCHG = {
    "BW": "DSchG BW",
    "BY": "BayDSchG",
    "BE": "DSchG Bln",
    "BB": "BbgDSchG",
    "HB": "BremDSchG",
    "HH": "DSchG HH",
    "HE": "HDSchG",
    "MV": "DSchG M-V",
    "NI": "NDSchG",
    "NW": "DSchG NRW",
    "RP": "DSchG RP",
    "SL": "SDschG",
    "SN": "SächsDSchG",
    "ST": "DenkmSchG LSA",
    "SH": "DSchG SH",
    "TH": "ThürDSchG",
}
_NUMERISCH_M = 0.001  # touching survives the WGS84 round trip of the footprint


@register
class Denkmalschutz:
    id: Pruefer = "denkmalschutz"
    codes: frozenset[str] = frozenset(
        {"DENKMAL_BETROFFEN", "DENKMAL_UMGEBUNG", "BODENDENKMAL_BETROFFEN"}
    )

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        antrag = vorgang.antrag
        fp = projekt_grundriss(antrag, registers.gemeinde.crs)
        plot = grundstueck(flurstuecke(antrag, registers))
        norm = _DSCHG.get(registers.gemeinde.land.upper(), "Denkmalschutzgesetz des Landes")
        umgebung = registers.gemeinde.denkmalschutz.umgebung_m
        result = []
        for denkmal in _kandidaten(fp, plot, registers, umgebung):
            befund = _pruefe_denkmal(denkmal, fp, plot, umgebung, norm)
            if befund is not None:
                result.append(befund)
        return result


def _kandidaten(
    fp: Flaeche | None, plot: Flaeche | None, registers: Registers, umgebung: float
) -> list[Feature]:
    """Monuments near the footprint or on the plot, each once, in register order."""
    gefunden: dict[str, Feature] = {}
    if fp is not None:
        gefunden.update((d.id, d) for d in registers.denkmaeler.near(fp, umgebung))
    if plot is not None:
        gefunden.update((d.id, d) for d in registers.denkmaeler.near(plot))
    return list(gefunden.values())


def _pruefe_denkmal(
    denkmal: Feature, fp: Flaeche | None, plot: Flaeche | None, umgebung: float, norm: str
) -> Befund | None:
    art = denkmal.get("art")
    name = denkmal.get("bezeichnung") or denkmal.id
    geom = repariert(denkmal.geometrie)
    abstand = fp.distance(geom) if fp is not None else None
    belege = {"denkmalart": art, "bezeichnung": name, "abstand_m": _gerundet(abstand)}
    if art == "bodendenkmal":
        if abstand is not None and abstand <= _NUMERISCH_M:
            return _befund(
                "BODENDENKMAL_BETROFFEN",
                "ermessen",
                denkmal.id,
                norm,
                f"Der Grundriss berührt das Bodendenkmal „{name}“; Erdarbeiten dort bedürfen "
                "der denkmalrechtlichen Erlaubnis, die Denkmalbehörde ist zu beteiligen.",
                **belege,
            )
        return None
    if art not in ("baudenkmal", "ensemble"):
        return None  # unknown kind: not in the rule model
    if _betroffen(art, geom, fp, plot, abstand):
        wo = "steht auf dem Grundstück" if art == "baudenkmal" else "wird vom Grundriss berührt"
        return _befund(
            "DENKMAL_BETROFFEN",
            "ermessen",
            denkmal.id,
            norm,
            f"Das {_wort(art)} „{name}“ {wo}; das Vorhaben bedarf der denkmalrechtlichen "
            "Erlaubnis, die Denkmalbehörde ist zu beteiligen.",
            **belege,
        )
    if abstand is not None and abstand <= umgebung:
        return _befund(
            "DENKMAL_UMGEBUNG",
            "ermessen",
            denkmal.id,
            norm,
            f"Das {_wort(art)} „{name}“ liegt {zahl(abstand, 1)} m vom Grundriss entfernt "
            f"(Umgebungsschutz {zahl(umgebung, 0)} m); ob das Vorhaben sein Erscheinungsbild "
            "beeinträchtigt, beurteilt die Denkmalbehörde.",
            umgebung_m=umgebung,
            **belege,
        )
    return None


def _betroffen(
    art: str,
    geom: BaseGeometry,
    fp: Flaeche | None,
    plot: Flaeche | None,
    abstand: float | None,
) -> bool:
    """A Baudenkmal on the plot, or an Ensemble the footprint intersects or touches."""
    if art == "ensemble":
        return abstand is not None and abstand <= _NUMERISCH_M
    if plot is None:
        return False
    # shrunk by the tolerance, so a monument on the neighbour's side of a shared
    # boundary is not counted as standing on the plot
    innen = plot.buffer(-TOL_LAENGE_M)
    return bool((innen if not innen.is_empty else plot).intersects(geom))


def _wort(art: str) -> str:
    return "Baudenkmal" if art == "baudenkmal" else "Ensemble"


def _gerundet(wert: float | None) -> float | None:
    return None if wert is None else round(wert, 2)
