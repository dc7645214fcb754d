"""Building blocks of the example applications: documents, buildings, expected findings.

A scenario states its application and, next to it, every finding it should give, derived
by hand from `shared/spec/regeln.md` and the parcel table of `docs/musterstadt.md` (never
copied from the agents' output). The outcome is computed from the expected findings in
the order of `shared/spec/befunde.md`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from rathaus.domain.befund import ergebnis_aus

# How a document lies in the bundle: a text PDF, an image-only scan (OCR reads it), or
# broken on purpose (encrypted, cut off, 0 bytes, a scanned empty sheet, listed but absent).
Form = Literal["text", "scan", "verschluesselt", "abgeschnitten", "leer", "leerscan", "fehlt"]
Rechteck = tuple[float, float, float, float]  # EPSG:25832: minx, miny, maxx, maxy

# befunde.md: code → (pruefer, art)
KATALOG: dict[str, tuple[str, str]] = {
    "UNTERLAGE_FEHLT": ("vollstaendigkeit", "mangel"),
    "UNTERLAGE_UNLESBAR": ("vollstaendigkeit", "mangel"),
    "UNTERLAGE_UNPASSEND": ("vollstaendigkeit", "mangel"),
    "ANGABE_FEHLT": ("vollstaendigkeit", "mangel"),
    "ANGABE_WIDERSPRUCH": ("vollstaendigkeit", "mangel"),
    "FLURSTUECK_UNBEKANNT": ("vollstaendigkeit", "mangel"),
    "BAUVORLAGEBERECHTIGUNG_FEHLT": ("vollstaendigkeit", "mangel"),
    "ABSTANDSFLAECHE_UNTERSCHRITTEN": ("bauordnung", "mangel"),
    "GEBAEUDEKLASSE_ABWEICHEND": ("bauordnung", "hinweis"),
    "STELLPLAETZE_UNZUREICHEND": ("bauordnung", "mangel"),
    "VERFAHRENSART_UNZULAESSIG": ("bauordnung", "mangel"),
    "ABWEICHUNG_BEANTRAGT": ("bauordnung", "ermessen"),
    "ART_NUTZUNG_UNZULAESSIG": ("planungsrecht", "mangel"),
    "ART_NUTZUNG_AUSNAHME": ("planungsrecht", "ermessen"),
    "ART_NUTZUNG_UNGEPRUEFT": ("planungsrecht", "hinweis"),
    "GRZ_UEBERSCHRITTEN": ("planungsrecht", "mangel"),
    "GFZ_UEBERSCHRITTEN": ("planungsrecht", "mangel"),
    "VOLLGESCHOSSE_UEBERSCHRITTEN": ("planungsrecht", "mangel"),
    "BAUGRENZE_UEBERSCHRITTEN": ("planungsrecht", "mangel"),
    "BEFREIUNG_BEANTRAGT": ("planungsrecht", "ermessen"),
    "INNENBEREICH_34": ("planungsrecht", "ermessen"),
    "AUSSENBEREICH_35": ("planungsrecht", "ermessen"),
    "SCHUTZGEBIET_BETROFFEN": ("naturschutz", "ermessen"),
    "GESCHUETZTER_BAUM_BETROFFEN": ("naturschutz", "mangel"),
    "BAUMFAELLUNG_BEANTRAGT": ("naturschutz", "ermessen"),
    "DENKMAL_BETROFFEN": ("denkmalschutz", "ermessen"),
    "DENKMAL_UMGEBUNG": ("denkmalschutz", "ermessen"),
    "BODENDENKMAL_BETROFFEN": ("denkmalschutz", "ermessen"),
    "EIGENTUEMERZUSTIMMUNG_FEHLT": ("grundbuch", "mangel"),
    "ERSCHLIESSUNG_STRASSE_FEHLT": ("erschliessung", "mangel"),
    "ERSCHLIESSUNG_TRINKWASSER_FEHLT": ("erschliessung", "mangel"),
    "ERSCHLIESSUNG_ABWASSER_FEHLT": ("erschliessung", "mangel"),
    "ERSCHLIESSUNG_STROM_FEHLT": ("erschliessung", "mangel"),
}


@dataclass(frozen=True)
class Unterlage:
    typ: str
    form: Form = "text"
    # what the file really holds when mis-filed (e.g. the Baubeschreibung as `lageplan`)
    inhalt: str | None = None
    # figures the document states other than the form: (field of the building or of
    # `vorhaben`, value), e.g. (("vollgeschosse", 3),) for a contradicting Baubeschreibung
    angaben: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Erwartet:
    """One expected finding: its code and `objekt` (befunde.md)."""

    code: str
    objekt: str | None


@dataclass(frozen=True)
class Szenario:
    nr: int
    kurz: str  # folder name after the id
    zeigt: str  # one line for the README: what the bundle demonstrates
    antrag: dict[str, Any]  # antrag.json without id and unterlagen; footprints as Rechteck
    unterlagen: tuple[Unterlage, ...]
    erwartet: tuple[Erwartet, ...]

    @property
    def id(self) -> str:
        return f"BA-2026-{self.nr:04d}"

    @property
    def ordner(self) -> str:
        return f"{self.id}-{self.kurz}"

    @property
    def ergebnis(self) -> str:
        """befunde.md, "Outcome of a check", by the same rule the pre-check applies."""
        return ergebnis_aus([KATALOG[e.code] for e in self.erwartet])


def e(code: str, objekt: str | None = None) -> Erwartet:
    if code not in KATALOG:
        raise ValueError(f"unknown finding code {code!r}")
    return Erwartet(code, objekt)


# --------------------------------------------------------------------------- Musterstadt

def kz(flur: int, zaehler: int, nenner: int | None = None) -> str:
    """The ALKIS Flurstückskennzeichen of a Musterstadt parcel (Gemarkung 9999, NW)."""
    n = f"{nenner:04d}" if nenner is not None else "____"
    return f"059999{flur:03d}{zaehler:05d}{n}__"


WA1 = "Gml_8378FFA4-9A1D-58A7-A698-F1075380F99F"  # B-Plan Nr. 12, WA 1 (west of Lindenweg)
ALLE_MEDIEN = {"trinkwasser": True, "abwasser": True, "strom": True}
KEINE_MEDIEN = {"trinkwasser": False, "abwasser": False, "strom": False}

MAX = {"name": "Dipl.-Ing. Max Beispiel", "bauvorlageberechtigt": True,
       "kammernummer": "A-12345", "email": "beispiel@architekten.example"}
ROTH = {"name": "Dipl.-Ing. (FH) Sabine Roth, Architektin", "bauvorlageberechtigt": True,
        "kammernummer": "A-23817"}
INGENIEUR = {"name": "Dr.-Ing. Jörg Hellweg, Beratender Ingenieur",
             "bauvorlageberechtigt": True, "kammernummer": "IK-40211"}
KRAEMER = {"name": "Heinz Krämer, staatl. gepr. Bautechniker", "bauvorlageberechtigt": False}

# The documents muster.toml / NW.toml require for a new building in the simplified
# procedure with at least one dwelling or a commercial use (antrag.md, required documents).
NEUBAU = ("lageplan", "bauzeichnungen", "baubeschreibung", "bauvorlageberechtigung",
          "statistikbogen", "waermeschutznachweis", "entwaesserungsplan", "stellplatznachweis")


def unterlagen(*typen: str, scan: tuple[str, ...] = (), **form: Form) -> tuple[Unterlage, ...]:
    """Documents in this order; `scan` names the scanned ones, keywords set other forms."""
    unbekannt = (set(scan) | set(form)) - set(typen)
    if unbekannt:
        raise ValueError(f"form given for a document not filed: {sorted(unbekannt)}")
    return tuple(Unterlage(t, form.get(t, "scan" if t in scan else "text")) for t in typen)


def wohnhaus(rechteck: Rechteck, **abw: Any) -> dict[str, Any]:
    """The Musterbau of docs/musterstadt.md: two storeys, GK 1, 240 m², pitched roof."""
    return {"bezeichnung": "Wohnhaus", "grundriss": rechteck, "wandhoehe_m": 6.2,
            "dachneigung_grad": 38, "firsthoehe_m": 9.1, "vollgeschosse": 2,
            "geschosse_oberirdisch": 2, "hoehe_gk_m": 3.4, "geschossflaeche_m2": 240.0,
            "nutzungseinheiten": 1, "freistehend": True} | abw


def halle(rechteck: Rechteck, **abw: Any) -> dict[str, Any]:
    """A one-storey hall with a shallow roof; Geschossfläche = its footprint."""
    minx, miny, maxx, maxy = rechteck
    return {"bezeichnung": "Halle", "grundriss": rechteck, "wandhoehe_m": 7.5,
            "dachneigung_grad": 8, "firsthoehe_m": 8.5, "vollgeschosse": 1,
            "geschosse_oberirdisch": 1, "hoehe_gk_m": 0.0,
            "geschossflaeche_m2": round((maxx - minx) * (maxy - miny), 1),
            "nutzungseinheiten": 1, "freistehend": True} | abw


def vorhaben(bezeichnung: str, nutzungen: list[str], gebaeude: list[dict[str, Any]], *,
             gk: int, we: int, sp: int, neben: float, gewerbe: float = 0.0,
             art: str = "neubau", **mehr: Any) -> dict[str, Any]:
    return {"bezeichnung": bezeichnung, "art": art, "nutzungen": nutzungen,
            "gebaeudeklasse": gk, "wohneinheiten": we, "stellplaetze": sp,
            "nebenanlagen_flaeche_m2": neben, "gewerbeflaeche_m2": gewerbe,
            "gebaeude": gebaeude, "erschliessung": ALLE_MEDIEN} | mehr


def antrag(verfahren: str, bauherr: str, anschrift: str | None, flurstuecke: list[str],
           vorhaben_: dict[str, Any], verfasser: dict[str, Any] = MAX,
           **mehr: Any) -> dict[str, Any]:
    person = {"name": bauherr} | ({"anschrift": anschrift} if anschrift else {})
    return {"verfahren": verfahren, "bauherr": person, "entwurfsverfasser": verfasser,
            "grundstueck": {"flurstuecke": flurstuecke}, "vorhaben": vorhaben_} | mehr
