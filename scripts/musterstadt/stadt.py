"""The whole town: assembled from its facts, checked, and written out."""

from __future__ import annotations

from pathlib import Path

from shapely.ops import unary_union

from .befunde import assess
from .doku import write_markdown
from .flurstuecke import altstadt_parcels, aussen_parcels, ge_parcels, wa_parcels
from .karte import render_map
from .modell import Town
from .objekte import baeume, denkmal, flaechen, leitungen, schutzgebiete, strassen
from .plaene import plans
from .pruefung import check_design
from .register import write_readme, write_registers


def build_town() -> Town:
    parcels = sorted(wa_parcels() + ge_parcels() + altstadt_parcels() + aussen_parcels(),
                     key=lambda p: p.kennzeichen)
    roads = strassen()
    altstadt = [p.geom for p in parcels if p.flur == 1 and 10 <= p.zaehler <= 20]
    innen = unary_union([*altstadt, roads[1].geom, roads[2].geom])
    return Town(
        parcels=tuple(parcels), strassen=tuple(roads), plans=tuple(plans()),
        denkmal=tuple(denkmal()), schutz=tuple(schutzgebiete()), baeume=tuple(baeume()),
        leitungen=tuple(leitungen()), flaechen=tuple(flaechen()), innenbereich=innen,
    )


def generate(out: Path, docs: Path) -> None:
    town = build_town()
    assessed = {p.kennzeichen: assess(town, p.geom) for p in town.parcels}
    check_design(town, assessed)
    write_registers(town, out)
    write_readme(out)
    write_markdown(town, assessed, docs / "musterstadt.md")
    render_map(town, assessed, docs / "musterstadt.png")
