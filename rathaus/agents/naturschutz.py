"""Naturschutz agent (regeln.md, "Naturschutz"): protected areas the footprint touches,
and trees protected by the municipality's Baumschutzsatzung that the project affects."""

from __future__ import annotations

from rathaus.agents.base import befund_factory, register
from rathaus.agents.gemeinsam import eingereicht, zahl
from rathaus.agents.geometrie import Flaeche, flaechenhaft, projekt_grundriss
from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Feature, Registers
from rathaus.registers.gemeinde import GemeindeConfig

_befund = befund_factory("naturschutz")
_NORM_SCHUTZGEBIET = {
    "NSG": "§ 23 Abs. 2 BNatSchG",
    "LSG": "§ 26 Abs. 2 BNatSchG",
    "FFH": "§ 34 Abs. 1 BNatSchG",
    "biotop": "§ 30 Abs. 2 BNatSchG",
}
_NAME_SCHUTZGEBIET = {
    "NSG": "Naturschutzgebiet",
    "LSG": "Landschaftsschutzgebiet",
    "FFH": "FFH-Gebiet",
    "biotop": "gesetzlich geschütztes Biotop",
}
_NUMERISCH_M = 0.001  # touching survives the WGS84 round trip of the footprint
_MAX_KRONE_M = 50.0  # no tree has a wider crown: bounds the register query


@register
class Naturschutz:
    id: Pruefer = "naturschutz"
    codes: frozenset[str] = frozenset(
        {"SCHUTZGEBIET_BETROFFEN", "GESCHUETZTER_BAUM_BETROFFEN", "BAUMFAELLUNG_BEANTRAGT"}
    )

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        fp = projekt_grundriss(vorgang.antrag, registers.gemeinde.crs)
        result = schutzgebiete(fp, registers) if fp is not None else []
        return result + baeume(vorgang, fp, registers)


def schutzgebiete(fp: Flaeche, registers: Registers) -> list[Befund]:
    """SCHUTZGEBIET_BETROFFEN per protected area the footprint intersects or touches."""
    result: list[Befund] = []
    for gebiet in registers.schutzgebiete.near(fp, _NUMERISCH_M):
        typ = str(gebiet.get("typ", ""))
        name = gebiet.get("name") or gebiet.id
        art = _NAME_SCHUTZGEBIET.get(typ, "Schutzgebiet")
        flaeche = flaechenhaft(gebiet.geometrie)  # a broken polygon must not stop the check
        innen = fp.intersection(flaeche).area if flaeche is not None else 0.0
        result.append(
            _befund(
                "SCHUTZGEBIET_BETROFFEN",
                "ermessen",
                gebiet.id,
                _NORM_SCHUTZGEBIET.get(typ, "§ 20 Abs. 2 BNatSchG"),
                f"Der Grundriss liegt im oder am Schutzgebiet „{name}“ ({art}); ob das "
                "Vorhaben mit dem Schutzzweck vereinbar ist, entscheidet die Naturschutzbehörde.",
                typ=typ or None,
                name=name,
                ueberdeckung_m2=round(innen, 2),
            )
        )
    return result


def baeume(vorgang: Vorgang, fp: Flaeche | None, registers: Registers) -> list[Befund]:
    """Per protected tree that is to be felled or whose root zone the footprint touches."""
    cfg = registers.gemeinde
    faellungen = set(vorgang.antrag.vorhaben.baumfaellungen)
    kandidaten: dict[str, Feature] = {}
    for baum_id in faellungen:
        if (baum := registers.baeume.get(baum_id)) is not None:
            kandidaten[baum.id] = baum
    if fp is not None:
        reichweite = _MAX_KRONE_M / 2 + cfg.baumschutz.wurzelbereich_zuschlag_m
        kandidaten.update({b.id: b for b in registers.baeume.near(fp, reichweite)})
    faellantrag = eingereicht(vorgang, "faellantrag")
    result = []
    for baum in kandidaten.values():
        umfang = _zahl_oder_none(baum.get("stammumfang_cm"))
        if umfang is None or umfang < cfg.baumschutz.stammumfang_min_cm:
            continue  # not protected by the bylaw (or girth unknown): nothing to report
        gefaellt = baum.id in faellungen
        radius = _wurzelradius(baum, cfg)
        abstand = fp.distance(baum.geometrie) if fp is not None else None
        im_wurzelbereich = abstand is not None and abstand <= radius
        if gefaellt or im_wurzelbereich:
            result.append(_baum_befund(baum, cfg, umfang, gefaellt, radius, abstand, faellantrag))
    return result


def _baum_befund(
    baum: Feature,
    cfg: GemeindeConfig,
    umfang: float,
    gefaellt: bool,
    radius: float,
    abstand: float | None,
    faellantrag: bool,
) -> Befund:
    satzung = f"Baumschutzsatzung {cfg.name}"
    art = baum.get("art") or "Baum"
    wie = "soll gefällt werden" if gefaellt else "wird im Wurzelbereich vom Grundriss berührt"
    belege = {
        "baumart": baum.get("art"),
        "stammumfang_cm": umfang,
        "stammumfang_min_cm": cfg.baumschutz.stammumfang_min_cm,
        "faellung_beantragt": gefaellt,
        "wurzelbereich_m": round(radius, 2),
        "abstand_m": None if abstand is None else round(abstand, 2),
    }
    beschreibung = f"Der nach der {satzung} geschützte Baum {baum.id} ({art}, Stammumfang "
    beschreibung += f"{zahl(umfang, 0)} cm) {wie}"
    if faellantrag:
        return _befund(
            "BAUMFAELLUNG_BEANTRAGT",
            "ermessen",
            baum.id,
            satzung,
            f"{beschreibung}; ein Fällantrag liegt vor, über ihn wird nach Ermessen entschieden.",
            **belege,
        )
    return _befund(
        "GESCHUETZTER_BAUM_BETROFFEN",
        "mangel",
        baum.id,
        satzung,
        f"{beschreibung}; ein Fällantrag liegt nicht vor.",
        **belege,
    )


def _wurzelradius(baum: Feature, cfg: GemeindeConfig) -> float:
    """Crown radius + the bylaw's margin; an unrecorded crown counts as none, so a tree
    standing in the footprint is still caught."""
    krone = _zahl_oder_none(baum.get("kronendurchmesser_m")) or 0.0
    return krone / 2.0 + cfg.baumschutz.wurzelbereich_zuschlag_m


def _zahl_oder_none(wert: object) -> float | None:
    if isinstance(wert, bool) or not isinstance(wert, int | float | str):
        return None
    try:
        return float(wert)
    except ValueError:
        return None
