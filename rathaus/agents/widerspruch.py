"""ANGABE_WIDERSPRUCH: a figure in the Baubeschreibung contradicts antrag.json.

The figures were read at intake (`Dokument.kennzahlen`). A field is contradicted when
no figure the document states for it matches the form (so a document that names the
form's value anywhere is never a contradiction). Building figures are compared only
when the form has exactly one building: with several, a figure cannot be assigned.

Only the deterministic figures make a finding. Where a language model gave a second
opinion (`Dokument.zweitmeinung`), its verdict on that field goes into the finding's
`belege` (`zweitmeinung`: confirmed or not, the model's value and name); a figure only
the model found, or a disagreement on a field without a finding, makes none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rathaus.agents.base import befund_factory
from rathaus.agents.unterlagen import ist_unpassend
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.domain.dokument import Dokument, Kennzahl, Zweitmeinung
from rathaus.intake.kennzahlen import gleich
from rathaus.intake.nutzungen import gedeckt

befund = befund_factory("vollstaendigkeit")

NORM = "§ 69 Abs. 2 S. 1 MBO"
NEBENNUTZUNG = "garage_stellplatz"  # a garage beside the main use is no other use
WORT = {"vollgeschosse": "Vollgeschosse", "wohneinheiten": "Wohneinheiten",
        "geschossflaeche_m2": "Geschossfläche (m²)", "wandhoehe_m": "Wandhöhe (m)",
        "firsthoehe_m": "Firsthöhe (m)", "nutzungen": "Nutzungen"}


def widersprueche(antrag: Antrag, dokumente: tuple[Dokument, ...]) -> list[Befund]:
    out: dict[str, Befund] = {}
    for d in dokumente:
        if d.typ != "baubeschreibung" or not d.lesbar or ist_unpassend(d):
            continue
        for pfad, soll, k in _vergleiche(antrag, d.kennzahlen):
            zweit = _zweitmeinung(d.zweitmeinung, k.feld, soll)
            out.setdefault(pfad, befund(
                "ANGABE_WIDERSPRUCH", "mangel", pfad, NORM,
                f"Die Baubeschreibung ({d.datei}) nennt als {WORT[k.feld]} "
                f"„{_text(k.wert)}“, der Antrag „{_text(soll)}“ ({pfad}).",
                feld=pfad, antrag=soll, dokument=k.wert, satz=k.satz, datei=d.datei,
                ocr=d.ocr, **({"zweitmeinung": zweit} if zweit else {})))
    return list(out.values())


def _zweitmeinung(z: Zweitmeinung | None, feld: str, soll: object) -> dict[str, Any] | None:
    """The model's verdict on the figure of a finding, as evidence for a person."""
    v = z.zu(feld) if z else None
    if z is None or v is None:
        return None
    out: dict[str, Any] = {"urteil": v.urteil, "modell": z.modell, "version": z.version,
                           "wert": v.wert_modell}
    if v.wert_modell is not None:
        out["zitat"] = v.zitat
        out["zitat_im_text"] = v.zitat_im_text
        out["wie_antrag"] = isinstance(soll, int | float) and gleich(feld, v.wert_modell, soll)
    return out


def _vergleiche(antrag: Antrag, kennzahlen: tuple[Kennzahl, ...]
                ) -> Iterator[tuple[str, object, Kennzahl]]:
    v = antrag.vorhaben
    felder: dict[str, tuple[str, object]] = {
        "wohneinheiten": ("vorhaben.wohneinheiten", v.wohneinheiten),
        "nutzungen": ("vorhaben.nutzungen", list(v.nutzungen or ())),
    }
    if len(v.gebaeude or ()) == 1:
        g = (v.gebaeude or ())[0]
        for feld in ("vollgeschosse", "geschossflaeche_m2", "wandhoehe_m", "firsthoehe_m"):
            felder[feld] = (f"vorhaben.gebaeude[0].{feld}", getattr(g, feld))
    for feld, (pfad, soll) in felder.items():
        genannt = [k for k in kennzahlen if k.feld == feld]
        if soll is None or soll == [] or not genannt:
            continue
        if not any(passt(feld, k.wert, soll) for k in genannt):
            yield pfad, soll, genannt[0]


def passt(feld: str, ist: object, soll: object) -> bool:
    if feld == "nutzungen":
        assert isinstance(ist, tuple) and isinstance(soll, list)
        haupt = [n for n in ist if n != NEBENNUTZUNG] or list(ist)
        return all(gedeckt(n, soll) for n in haupt)
    assert isinstance(ist, int | float) and isinstance(soll, int | float)
    return gleich(feld, ist, soll)


def _text(wert: object) -> str:
    if isinstance(wert, tuple | list):
        return ", ".join(str(w) for w in wert)
    return f"{wert:g}".replace(".", ",") if isinstance(wert, float) else str(wert)
