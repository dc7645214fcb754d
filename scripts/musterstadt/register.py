"""The register folder: gemeinde.toml, the GeoJSON layers, the Grundbuch and README.md."""

from __future__ import annotations

import json
from pathlib import Path

from .geo import write_collection, write_text
from .modell import GEMARKUNG, Obj, Town
from .xplan import write_xplan

GEMEINDE_TOML = """\
name = "Musterstadt"
ags = "05999999"              # Amtlicher Gemeindeschlüssel
land = "NW"                    # Bundesland code; selects Land rule variants
crs = "EPSG:25832"

[abstandsflaechen]
faktor = 0.4                   # depth = faktor × H
faktor_gewerbe = 0.2           # in GE/GI zones
minimum_m = 3.0
gk12_wohngebaeude_m = 3.0      # § 6 Abs. 5 S. 3 MBO: GK 1/2 residential, ≤ 3 storeys

[denkmalschutz]
umgebung_m = 50.0              # Umgebungsschutz distance from the footprint

[baumschutz]                   # Baumschutzsatzung
stammumfang_min_cm = 80        # girth measured 1 m above ground
wurzelbereich_zuschlag_m = 1.5 # root zone = crown radius + this margin

[erschliessung]
anschluss_max_m = 50.0         # a main within this distance of a parcel counts as reachable

[stellplaetze]                 # Stellplatzsatzung
je_wohneinheit = 1.0
je_100m2_gewerbe = 2.5

[briefkopf]                    # letterhead of notices (Bescheide)
behoerde = "Stadt Musterstadt – Der Bürgermeister"
amt = "Bauordnungsamt"
anschrift = "Rathausplatz 1, 12345 Musterstadt"
telefon = "0123 4567-0"
email = "bauordnung@musterstadt.example"
web = "https://www.musterstadt.example"

[gebuehren]                    # fee of a building permit
tarifstelle = "Tarifstelle 2.4.1.1 AVerwGebO NRW"
rohbauwert_je_m2_eur = 500.0   # Rohbauwert = Geschossfläche × this
satz_promille = 6.0            # of the Rohbauwert
mindestgebuehr_eur = 100.0
versagung_anteil = 0.5         # a refusal costs this share
faellig_tage = 30
iban = "DE02 1234 5678 0000 1234 56"
kassenzeichen_praefix = "BA-"

[rechtsbehelf]                 # NRW: no Widerspruchsverfahren (§ 110 JustG NRW): Klage
art = "klage"
gericht = "Verwaltungsgericht Musterstadt"
gericht_anschrift = "Gerichtsstraße 5, 12345 Musterstadt"

[bescheid]
geltungsdauer_jahre = 3        # § 73 Abs. 1 MBO
nachforderung_frist_tage = 30  # § 69 Abs. 2 MBO
"""


def write_registers(town: Town, out: Path) -> None:
    write_text(out / "gemeinde.toml", GEMEINDE_TOML)
    write_collection(out / "alkis/flurstuecke.geojson", (
        ({"flurstueckskennzeichen": p.kennzeichen, "gemarkung": GEMARKUNG, "flur": p.flur,
          "flaeche_m2": round(float(p.geom.area), 1), "lagebezeichnung": p.adresse}, p.geom)
        for p in town.parcels))
    owners = {p.kennzeichen: [{"name": n, "anteil": a} for n, a in p.owners]
              for p in town.parcels}
    write_text(out / "grundbuch/eigentum.json",
               json.dumps(owners, ensure_ascii=False, indent=2) + "\n")
    layers: list[tuple[str, tuple[Obj, ...]]] = [
        ("denkmal/denkmalliste.geojson", town.denkmal),
        ("natur/schutzgebiete.geojson", town.schutz),
        ("natur/baeume.geojson", town.baeume),
        ("erschliessung/strassen.geojson", town.strassen),
        ("erschliessung/leitungen.geojson", town.leitungen),
        ("flaechen/oeffentlich.geojson", town.flaechen),
    ]
    for rel, objs in layers:
        write_collection(out / rel, (({"id": o.id, **o.props}, o.geom) for o in objs))
    write_collection(out / "innenbereich.geojson", [(
        {"id": "IB-01", "bezeichnung": "Im Zusammenhang bebauter Ortsteil Altstadt (§ 34 BauGB)"},
        town.innenbereich)])
    for plan in town.plans:
        write_xplan(plan, out / "bplan" / plan.datei)


def write_readme(out: Path) -> None:
    write_text(out / "README.md", """\
# Musterstadt — demo municipality data

The registers of Musterstadt, an invented town in NRW (AGS 05999999), in the folder layout
of `shared/spec/gemeinde.md`: parcels (ALKIS), owners (Grundbuch), two B-Plans as XPlanGML
6.0, the § 34 built-up area, monuments, protected areas, trees, roads, mains and public
green and water areas. Point rathaus at it with `--gemeinde examples/musterstadt`.

Generated — do not edit by hand. Regenerate (deterministic, byte-identical) with

    python scripts/make_musterstadt.py

`docs/musterstadt.md` describes the town, with a map and a table of every parcel (zone,
owners, nearby objects, a safe building window and the findings to expect there).
""")
