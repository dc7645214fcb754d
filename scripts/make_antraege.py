"""Generate the example applications (Bauanträge) against Musterstadt.

    python scripts/make_antraege.py [--out examples/antraege]

Clears the output folder and writes one bundle per scenario of scripts/antraege/
(`BA-2026-00NN-<kurzname>/` with `antrag.json`, `unterlagen/` and `erwartet.json`) and a
README.md with the table of bundles. Deterministic: the same input gives byte-identical
files. The expected findings are stated by hand in the scenarios (from regeln.md and the
parcel table of docs/musterstadt.md), never taken from the agents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
from antraege import dokumente, inhalte
from antraege.modell import KATALOG, Rechteck, Szenario, Unterlage
from antraege.szenarien import SZENARIEN
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
from pyproj import Transformer
from shapely.geometry import box, shape

REPO = Path(__file__).resolve().parents[1]
MUSTERSTADT = REPO / "examples" / "musterstadt"
CRS = "EPSG:25832"  # Musterstadt's metric CRS (gemeinde.toml)
ZU_WGS84 = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
ZU_METER = Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
RAND_M = 15.0  # how far around the plot a Lageplan shows neighbours and roads
KENNWORT = "Bauamt2026"  # the user password of the encrypted example document
SPAETER: set[str] = set()  # codes no example needs to show (all are shown)

Ring = list[tuple[float, float]]
Zeichnung = dict[str, Sequence[dokumente.Ring]]  # rings (metres) per kind, see dokumente


# --------------------------------------------------------------------------- Musterstadt


@dataclass(frozen=True)
class Flurstueck:
    kennzeichen: str
    lage: str
    geom: Any  # shapely Polygon in EPSG:25832


@dataclass(frozen=True)
class Kataster:
    flurstuecke: dict[str, Flurstueck]
    strassen: list[Any]  # shapely Polygons in EPSG:25832


def _features(rel: str) -> list[dict[str, Any]]:
    data = json.loads((MUSTERSTADT / rel).read_text(encoding="utf-8"))
    features: list[dict[str, Any]] = data["features"]
    return features


def _metrisch(geometry: dict[str, Any]) -> Any:
    return shapely.transform(shape(geometry), ZU_METER.transform, interleaved=False)


def lade_kataster() -> Kataster:
    flst = {}
    for f in _features("alkis/flurstuecke.geojson"):
        p = f["properties"]
        kz = p["flurstueckskennzeichen"]
        flst[kz] = Flurstueck(kz, p.get("lagebezeichnung", ""), _metrisch(f["geometry"]))
    strassen = [_metrisch(f["geometry"]) for f in _features("erschliessung/strassen.geojson")]
    return Kataster(flst, strassen)


def grundriss(r: Rechteck) -> dict[str, Any]:
    """A rectangle (EPSG:25832) as a GeoJSON Polygon in WGS84, counter-clockwise, 8 places."""
    minx, miny, maxx, maxy = r
    ring = [(maxx, miny), (maxx, maxy), (minx, maxy), (minx, miny), (maxx, miny)]
    lonlat = [ZU_WGS84.transform(x, y) for x, y in ring]
    return {"type": "Polygon",
            "coordinates": [[[round(lon, 8), round(lat, 8)] for lon, lat in lonlat]]}


def flurstueck_text(kz: str) -> str:
    """`05999900100042______` → "Flur 1, Flurstück 42"; a malformed id as it was given."""
    if len(kz) != 20 or not kz[:14].isdigit():
        return kz
    nenner = kz[14:18]
    bruch = f"/{int(nenner)}" if nenner.isdigit() else ""
    return f"Flur {int(kz[6:9])}, Flurstück {int(kz[9:14])}{bruch}"


# --------------------------------------------------------------------------- drawings


def _ringe(geoms: Iterable[Any], fenster: Any = None) -> list[Ring]:
    out: list[Ring] = []
    for g in geoms:
        teil = g.intersection(fenster) if fenster is not None else g
        for poly in shapely.get_parts(teil):
            if poly.geom_type == "Polygon" and not poly.is_empty:
                out.append([(float(x), float(y)) for x, y in poly.exterior.coords])
    return out


def rechtecke(antrag: dict[str, Any]) -> list[Rechteck]:
    return [g["grundriss"] for g in antrag["vorhaben"].get("gebaeude", []) if "grundriss" in g]


def lageplan(kat: Kataster, antrag: dict[str, Any]) -> Zeichnung:
    """The plot, its neighbours and roads within RAND_M, and the planned buildings."""
    kzs = antrag["grundstueck"]["flurstuecke"]
    eigene = [kat.flurstuecke[k].geom for k in kzs if k in kat.flurstuecke]
    haeuser = [box(*r) for r in rechtecke(antrag)]
    minx, miny, maxx, maxy = shapely.union_all(eigene + haeuser).bounds
    fenster = box(minx - RAND_M, miny - RAND_M, maxx + RAND_M, maxy + RAND_M)
    nachbarn = [f.geom for k, f in kat.flurstuecke.items()
                if k not in kzs and f.geom.intersects(fenster)]
    strassen = [s for s in kat.strassen if s.intersects(fenster)]
    return {"strasse": _ringe(strassen, fenster), "nachbar": _ringe(nachbarn, fenster),
            "flurstueck": _ringe(eigene), "gebaeude": _ringe(haeuser)}


def zeichnung(typ: str, kat: Kataster, antrag: dict[str, Any]) -> Zeichnung | None:
    if typ in ("lageplan", "baumbestandsplan", "entwaesserungsplan"):
        return lageplan(kat, antrag)
    if typ == "bauzeichnungen" and rechtecke(antrag):
        return {"gebaeude": _ringe(box(*r) for r in rechtecke(antrag))}
    return None


# --------------------------------------------------------------------------- documents


class _FesteId(PdfWriter):
    """pypdf draws random file identifiers; fixed ones keep the output reproducible."""

    def generate_file_identifiers(self) -> None:
        fest = ByteStringObject(b"rathaus-beispiel")
        self._ID = ArrayObject((fest, fest))


def verschluesselt(pdf: bytes) -> bytes:
    """The PDF encrypted with a user password: it cannot be opened without it."""
    writer = _FesteId(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password=KENNWORT, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def abgeschnitten(pdf: bytes) -> bytes:
    """The first two thirds of the PDF, as an interrupted upload leaves it (no %%EOF)."""
    teil = pdf[: len(pdf) * 2 // 3]
    assert b"%%EOF" not in teil
    return teil


def kontext(s: Szenario, kat: Kataster) -> dokumente.Kontext:
    a = s.antrag
    kzs = a["grundstueck"]["flurstuecke"]
    lage = next((kat.flurstuecke[k].lage for k in kzs if k in kat.flurstuecke), "")
    return dokumente.Kontext(
        antrag_id=s.id, bauherr=a["bauherr"]["name"], vorhaben=a["vorhaben"]["bezeichnung"],
        adresse=f"{lage}, 12345 Musterstadt", flurstuecke=tuple(map(flurstueck_text, kzs)),
        verfasser=a["entwurfsverfasser"]["name"])


def datei(u: Unterlage) -> str:
    if u.typ == "foto":
        return "unterlagen/foto.jpg"
    return f"unterlagen/{u.typ}.{'jpg' if u.inhalt == 'foto' else 'pdf'}"


def mit_angaben(antrag: dict[str, Any], angaben: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    """The application as a document states it: the form with some figures changed."""
    a: dict[str, Any] = json.loads(json.dumps(antrag))
    for feld, wert in angaben:
        gebaeude = a["vorhaben"].get("gebaeude") or [{}]
        (gebaeude[0] if feld in gebaeude[0] else a["vorhaben"])[feld] = wert
    return a


def inhalt(u: Unterlage, s: Szenario, kat: Kataster, seed: int) -> bytes | None:
    """The file's bytes as the scenario wants it; `None` for a file that is not there."""
    typ = u.inhalt or u.typ  # a mis-filed document holds another type's content
    if typ == "foto":
        return dokumente.foto_jpeg(seed)
    if u.form == "fehlt":
        return None
    if u.form == "leer":
        return b""
    if u.form == "leerscan":
        return dokumente.leere_seite_scan(seed)
    pdf = dokumente.text_pdf(typ, kontext(s, kat),
                             inhalte.inhalt(typ, mit_angaben(s.antrag, u.angaben)),
                             zeichnung=zeichnung(typ, kat, s.antrag))
    if u.form == "scan":
        return dokumente.scan(pdf, seed)
    if u.form == "verschluesselt":
        return verschluesselt(pdf)
    if u.form == "abgeschnitten":
        return abgeschnitten(pdf)
    return pdf


# --------------------------------------------------------------------------- bundles


def antrag_json(s: Szenario) -> dict[str, Any]:
    """antrag.json: the scenario's application with id, date, GeoJSON and document list."""
    a = json.loads(json.dumps(s.antrag))  # a deep copy; rectangles become lists
    for g in a["vorhaben"].get("gebaeude", []):
        if "grundriss" in g:
            g["grundriss"] = grundriss(tuple(g["grundriss"]))
    eingang = dt.date(2026, 11, 2) + dt.timedelta(days=s.nr - 1)
    return {"id": s.id, "verfahren": a.pop("verfahren"), "eingang": eingang.isoformat(), **a,
            "unterlagen": [{"typ": u.typ, "datei": datei(u)} for u in s.unterlagen]}


def dumps(obj: Any) -> str:
    """Indented JSON with each coordinate pair on one line."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return re.sub(r"\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]", r"[\1, \2]", text) + "\n"


def erwartet_json(s: Szenario) -> dict[str, Any]:
    return {"ergebnis": s.ergebnis,
            "befunde": [{"code": b.code, "objekt": b.objekt} for b in s.erwartet]}


def schreibe_buendel(s: Szenario, kat: Kataster, out: Path) -> None:
    ordner = out / s.ordner
    (ordner / "unterlagen").mkdir(parents=True)
    (ordner / "antrag.json").write_text(dumps(antrag_json(s)), encoding="utf-8")
    (ordner / "erwartet.json").write_text(dumps(erwartet_json(s)), encoding="utf-8")
    for i, u in enumerate(s.unterlagen):
        data = inhalt(u, s, kat, seed=100 * s.nr + i)
        if data is not None:
            (ordner / datei(u)).write_bytes(data)


def pruefe_szenarien(szenarien: Sequence[Szenario]) -> None:
    """The set's promises: unique ids, every code covered, enough clean and rich cases."""
    ordner = [s.ordner for s in szenarien]
    assert len(set(ordner)) == len(ordner), "duplicate bundle names"
    gesehen = {b.code for s in szenarien for b in s.erwartet}
    fehlt = set(KATALOG) - SPAETER - gesehen
    assert not fehlt, f"codes in no example: {sorted(fehlt)}"
    assert sum(not s.erwartet for s in szenarien) >= 5, "fewer than five clean examples"
    assert sum(any(u.form == "scan" for u in s.unterlagen) for s in szenarien) >= 4


# --------------------------------------------------------------------------- README

README_KOPF = """\
# Example applications for Musterstadt

Generated by `python scripts/make_antraege.py` — do not edit by hand; change the scenarios
in `scripts/antraege/` and regenerate (deterministic, the folder is cleared first).

Each folder is one application bundle in the format of `shared/spec/antrag.md`:
`antrag.json`, the documents under `unterlagen/` and `erwartet.json`, the findings every
agent should report (`code`, `objekt`) and the outcome that follows from them in the order
of `shared/spec/befunde.md`. The expectations were written by hand from
`shared/spec/regeln.md` and the parcel table of `docs/musterstadt.md` (footprints are
rectangles in EPSG:25832, converted to WGS84 GeoJSON); `tests/test_beispiele.py` checks
that the agents reproduce them. Scanned documents are image-only PDFs (150 dpi) that the
intake reads by OCR; broken files are broken on purpose (bundle {unlesbar}).

    .venv/bin/rathaus pruefen examples/antraege/* --gemeinde examples/musterstadt --json

"""


README_FUSS = """\
Judgement calls in the expectations (regeln.md read by intent):

- A Maß finding (GRZ, GFZ, Vollgeschosse) names the zone's gml:id as `objekt`, also where
  the value comes from a Baufenster (bundle 15: Z I of Lindenweg 14); regeln.md says so
  for the GRZ, and the other measures follow it.
- An unreadable document counts as filed: `UNTERLAGE_UNLESBAR`, no `UNTERLAGE_FEHLT`
  (bundle 8). A designer who is not entitled files no proof of entitlement, so bundle 9
  also lacks the `bauvorlageberechtigung` document.
- The Abstandsfläche of § 6 Abs. 5 S. 3 MBO follows the declared Gebäudeklasse: bundle 14
  declares GK 2 (the agent computes GK 3, a hint) and keeps 3 m, so no Abstandsfläche
  finding.
- A demolition has no footprint (antrag.md requires none), so there is no centroid that
  decides the planning law: no § 34/§ 35 finding; no main is requested (bundle 24).
- `ART_NUTZUNG_UNGEPRUEFT` is a hint: bundle 25 is genehmigungsfähig with one finding.
"""


def _befunde_text(s: Szenario) -> str:
    return "<br>".join(f"`{b.code}`" + (f" ({b.objekt})" if b.objekt is not None else "")
                       for b in s.erwartet) or "—"


def readme(szenarien: Sequence[Szenario]) -> str:
    unlesbar = next(s.ordner for s in szenarien
                    if any(u.form in ("leer", "fehlt") for u in s.unterlagen))
    zeilen = ["| Bundle | Parcel(s) | Verfahren | What it shows | Ergebnis | Expected findings |",
              "| --- | --- | --- | --- | --- | --- |"]
    for s in szenarien:
        kzs = ", ".join(f"`{k}`" for k in s.antrag["grundstueck"]["flurstuecke"])
        zeilen.append(f"| `{s.ordner}` | {kzs} | {s.antrag['verfahren']} | {s.zeigt} | "
                      f"**{s.ergebnis}** | {_befunde_text(s)} |")
    sauber = sum(not s.erwartet for s in szenarien)
    scans = [s.id for s in szenarien if any(u.form == "scan" for u in s.unterlagen)]
    codes = sorted({b.code for s in szenarien for b in s.erwartet})
    fuss = [
        "", f"{len(szenarien)} bundles; {sauber} are clean (genehmigungsfähig without any "
        f"finding); bundles with scanned documents: {', '.join(scans)}.", "",
        f"Codes covered ({len(codes)} of the {len(KATALOG)} in befunde.md): "
        + ", ".join(f"`{c}`" for c in codes) + ".", "", README_FUSS]
    return README_KOPF.replace("{unlesbar}", f"`{unlesbar}`") + "\n".join(zeilen + fuss)


# --------------------------------------------------------------------------- main


def leere_ausgabe(out: Path) -> None:
    """Remove a previous run's output, refusing a folder that holds anything else."""
    if out.exists():
        fremd = [p.name for p in out.iterdir()
                 if not (p.name == "README.md" or (p.is_dir() and p.name.startswith("BA-")))]
        if fremd:
            raise SystemExit(f"make_antraege: {out} holds other files {fremd}; not clearing it")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "examples" / "antraege",
                        help="folder to (re)write (default: examples/antraege)")
    args = parser.parse_args(argv)
    pruefe_szenarien(SZENARIEN)
    kat = lade_kataster()
    leere_ausgabe(args.out)
    for s in SZENARIEN:
        schreibe_buendel(s, kat, args.out)
    (args.out / "README.md").write_text(readme(SZENARIEN), encoding="utf-8")
    groesse = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"{len(SZENARIEN)} Anträge in {args.out} ({groesse / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
