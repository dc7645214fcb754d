"""Nebenbestimmungen derived from the findings and the decision (§ 36 VwVfG).

Each rule turns one finding into conditions; they apply when the human approved with
conditions. The caseworker's own conditions (`Entscheidung.nebenbestimmungen`) always
come first. Texts are fixed wording; no model writes a condition.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from rathaus.bescheid.modell import Nebenbestimmung
from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung
from rathaus.registers.gemeinde import GemeindeConfig

DSCHG = {"NW": "DSchG NRW", "BY": "BayDSchG", "BW": "DSchG BW", "NI": "NDSchG",
         "HE": "HDSchG", "SN": "SächsDSchG", "BE": "DSchG Bln", "HH": "DSchG HH"}
Regel = Callable[[Befund, GemeindeConfig], list[Nebenbestimmung]]


def _dschg(g: GemeindeConfig) -> str:
    return DSCHG.get(g.land.upper(), "Denkmalschutzgesetz des Landes")


def _ersatzbaeume(b: Befund) -> int:
    """One replacement tree per begun metre of trunk girth, at least one."""
    umfang = b.belege.get("stammumfang_cm")
    return max(1, math.ceil(float(umfang) / 100)) if isinstance(umfang, int | float) else 1


def _baumfaellung(b: Befund, g: GemeindeConfig) -> list[Nebenbestimmung]:
    n = _ersatzbaeume(b)
    art = b.belege.get("baumart") or "Baum"
    satzung = b.norm or f"Baumschutzsatzung {g.name}"
    baeume = "ein standortgerechter, heimischer Laubbaum" if n == 1 else (
        f"{n} standortgerechte, heimische Laubbäume")
    return [
        Nebenbestimmung(
            art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Naturschutz",
            rechtsgrundlage=satzung,
            text=f"Für die Fällung des geschützten Baumes {b.objekt} ({art}) "
                 f"{'ist' if n == 1 else 'sind'} als Ersatzpflanzung {baeume} "
                 "(Stammumfang mindestens 18–20 cm, gemessen in 1 m Höhe) auf dem "
                 "Baugrundstück bis zum Ende der auf die Fertigstellung "
                 "folgenden Pflanzperiode zu pflanzen und dauerhaft zu erhalten; "
                 "ausgefallene Bäume sind gleichwertig zu ersetzen."),
        Nebenbestimmung(
            art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Naturschutz",
            rechtsgrundlage="§ 39 Abs. 5 Satz 1 Nr. 2 BNatSchG",
            text=f"Die Fällung des Baumes {b.objekt} ist nur in der Zeit vom 1. Oktober bis "
                 "28./29. Februar zulässig; vorher ist er auf Brutstätten und Quartiere "
                 "geschützter Arten zu untersuchen."),
    ]


def _baum_erhalten(b: Befund, g: GemeindeConfig) -> list[Nebenbestimmung]:
    return [Nebenbestimmung(
        art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Naturschutz",
        rechtsgrundlage=b.norm or f"Baumschutzsatzung {g.name}",
        text=f"Der geschützte Baum {b.objekt} ist zu erhalten. Sein Wurzelbereich ist während "
             "der gesamten Bauzeit nach DIN 18920 durch einen ortsfesten Bauzaun zu schützen; "
             "Bodenauftrag, Abgrabungen und Lagerungen sind dort unzulässig.")]


def _denkmal(b: Befund, g: GemeindeConfig) -> list[Nebenbestimmung]:
    return [Nebenbestimmung(
        art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Denkmalschutz",
        rechtsgrundlage=_dschg(g),
        text=f"Die Arbeiten am bzw. im Bereich des Denkmals {b.objekt} sind vor Beginn mit "
             "der Unteren Denkmalbehörde abzustimmen. Materialien, Farbgebung und Details "
             "von Fassade, Dach und Fenstern sind ihr vor der Ausführung anhand von Mustern "
             "zur Zustimmung vorzulegen.")]


def _denkmal_umgebung(b: Befund, g: GemeindeConfig) -> list[Nebenbestimmung]:
    return [Nebenbestimmung(
        art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Denkmalschutz",
        rechtsgrundlage=_dschg(g),
        text=f"Zum Schutz der Umgebung des Denkmals {b.objekt} sind Dacheindeckung, "
             "Fassadenmaterial und Farbgebung vor der Ausführung mit der Unteren "
             "Denkmalbehörde abzustimmen.")]


def _bodendenkmal(b: Befund, g: GemeindeConfig) -> list[Nebenbestimmung]:
    return [Nebenbestimmung(
        art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Denkmalschutz",
        rechtsgrundlage=_dschg(g),
        text=f"Erdarbeiten im Bereich des Bodendenkmals {b.objekt} sind der Unteren "
             "Denkmalbehörde mindestens zwei Wochen vor Beginn anzuzeigen und "
             "archäologisch zu begleiten. Bei Bodenfunden sind die Arbeiten einzustellen "
             "und die Fundstelle ist unverändert zu erhalten.")]


def _schutzgebiet(b: Befund, g: GemeindeConfig) -> list[Nebenbestimmung]:
    return [Nebenbestimmung(
        art="auflage", befund=b.code, objekt=b.objekt, rechtsbereich="Naturschutz",
        rechtsgrundlage=b.norm or "§§ 23 ff. BNatSchG",
        text=f"Baustelleneinrichtung, Lagerflächen und Zufahrten dürfen das Schutzgebiet "
             f"{b.objekt} nicht in Anspruch nehmen. Die Grenze ist während der Bauzeit "
             "sichtbar abzusperren.")]


REGELN: dict[str, Regel] = {
    "BAUMFAELLUNG_BEANTRAGT": _baumfaellung,
    "GESCHUETZTER_BAUM_BETROFFEN": _baum_erhalten,
    "DENKMAL_BETROFFEN": _denkmal,
    "DENKMAL_UMGEBUNG": _denkmal_umgebung,
    "BODENDENKMAL_BETROFFEN": _bodendenkmal,
    "SCHUTZGEBIET_BETROFFEN": _schutzgebiet,
}


def ableiten(befunde: tuple[Befund, ...], e: Entscheidung,
             g: GemeindeConfig) -> tuple[Nebenbestimmung, ...]:
    """The conditions of an approval: the caseworker's, then those from the findings
    (only for "genehmigt_mit_nebenbestimmungen"); none for refusals and requests."""
    if not e.genehmigt:
        return ()
    eigene = [Nebenbestimmung(art="auflage", text=t.strip()) for t in e.nebenbestimmungen]
    if e.ergebnis != "genehmigt_mit_nebenbestimmungen":
        return tuple(eigene)
    abgeleitet = [nb for b in befunde if b.code in REGELN for nb in REGELN[b.code](b, g)]
    return tuple(dict.fromkeys([*eigene, *abgeleitet]))


def nahegelegt(befunde: tuple[Befund, ...]) -> tuple[str, ...]:
    """Codes of findings that would carry conditions (for the caseworker's checks)."""
    return tuple(dict.fromkeys(b.code for b in befunde if b.code in REGELN))
