"""The completeness agent (intake): required documents and fields, readable files of the
declared type, figures that agree with the form, known parcels and the designer's
entitlement. Rules come from the Land's rules file."""

from __future__ import annotations

from typing import Any

from rathaus.agents.base import befund_factory, register
from rathaus.agents.bedingungen import Kontext, gilt
from rathaus.agents.unterlagen import unterlagen_befunde
from rathaus.agents.widerspruch import widersprueche
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.domain.vorgang import Vorgang
from rathaus.procedures.bauantrag.vollstaendigkeit import Regelwerk, regelwerk
from rathaus.registers.base import Registers

befund = befund_factory("vollstaendigkeit")

KENNZEICHEN_LAENGE = 20


@register
class Vollstaendigkeit:
    id = "vollstaendigkeit"
    codes = frozenset({
        "UNTERLAGE_FEHLT", "UNTERLAGE_UNLESBAR", "UNTERLAGE_UNPASSEND", "ANGABE_FEHLT",
        "ANGABE_WIDERSPRUCH", "BAUVORLAGEBERECHTIGUNG_FEHLT", "FLURSTUECK_UNBEKANNT",
    })  # fmt: skip

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        regeln = regelwerk(registers.gemeinde.land)
        k: Kontext = (vorgang, registers, regeln.gruppen)
        return [
            *fehlende_angaben(vorgang.antrag, regeln, k),
            *fehlende_unterlagen(vorgang, regeln, k),
            *unterlagen_befunde(vorgang.dokumente),
            *widersprueche(vorgang.antrag, vorgang.dokumente),
            *unbekannte_flurstuecke(vorgang.antrag, registers),
            *bauvorlageberechtigung(vorgang.antrag),
        ]


def fehlende_unterlagen(vorgang: Vorgang, regeln: Regelwerk, k: Kontext) -> list[Befund]:
    return [
        befund("UNTERLAGE_FEHLT", "mangel", r.was, r.norm,
               f"Die Unterlage „{r.was}“ ist für dieses Vorhaben erforderlich, "
               f"liegt dem Antrag aber nicht bei ({regeln.name}).",
               erforderlich_weil=_anlass(r.wenn))
        for r in regeln.unterlagen
        if gilt(r.wenn, k) and not vorgang.hat_unterlage(r.was)
    ]


def _anlass(wenn: tuple[dict[str, Any], ...]) -> list[dict[str, Any]] | str:
    return list(wenn) if wenn else "immer"


def fehlende_angaben(antrag: Antrag, regeln: Regelwerk, k: Kontext) -> list[Befund]:
    data = antrag.model_dump()
    out = []
    for r in regeln.angaben:
        if not gilt(r.wenn, k):
            continue
        for pfad in _fehlend(data, r.was):
            out.append(befund("ANGABE_FEHLT", "mangel", pfad, r.norm,
                              f"Die Angabe „{pfad}“ fehlt im Antrag; sie ist für die "
                              "Prüfung erforderlich.", feld=pfad))
    return out


def _fehlend(data: Any, pfad: str) -> list[str]:
    """Missing paths for one rule; `a[*].b` expands over the list `a`."""
    if "[*]" in pfad:
        head, tail = pfad.split("[*]", 1)
        items = _get(data, head)
        if not items:
            return [head]  # no building at all: the list itself is missing
        return [p for i in range(len(items))
                for p in _fehlend(data, f"{head}[{i}]{tail}")]
    return [] if _vorhanden(_get(data, pfad)) else [pfad]


def _get(data: Any, pfad: str) -> Any:
    for part in pfad.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("["):
            idx = int(part[1:-1])
            data = data[idx] if isinstance(data, list | tuple) and idx < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
    return data


def _vorhanden(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | tuple | dict):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def unbekannte_flurstuecke(antrag: Antrag, registers: Registers) -> list[Befund]:
    out = []
    for kz in antrag.flurstuecke:
        if registers.flurstuecke.get(kz) is not None:
            continue
        formfehler = len(kz) != KENNZEICHEN_LAENGE or not kz.startswith(
            registers.gemeinde.ags[:2])
        grund = (f"das Kennzeichen hat nicht das ALKIS-Format (20 Zeichen, Land "
                 f"{registers.gemeinde.ags[:2]})" if formfehler
                 else "es ist im Liegenschaftskataster nicht verzeichnet")
        out.append(befund(
            "FLURSTUECK_UNBEKANNT", "mangel", kz, "§ 68 Abs. 2 S. 1 MBO",
            f"Das Flurstück „{kz}“ ist nicht bekannt: {grund}.",
            kennzeichen=kz, laenge=len(kz), formatfehler=formfehler,
            gemeinde=registers.gemeinde.name))
    return out


def bauvorlageberechtigung(antrag: Antrag) -> list[Befund]:
    ev = antrag.entwurfsverfasser
    if antrag.vorhaben.art == "abbruch" or ev.bauvorlageberechtigt:
        return []
    angabe = "verneint" if ev.bauvorlageberechtigt is False else "nicht angegeben"
    return [befund(
        "BAUVORLAGEBERECHTIGUNG_FEHLT", "mangel", "entwurfsverfasser", "§ 65 Abs. 1 MBO",
        f"Die Bauvorlageberechtigung des Entwurfsverfassers ist {angabe}; Bauvorlagen "
        "für Gebäude muss ein bauvorlageberechtigter Entwurfsverfasser unterschreiben.",
        entwurfsverfasser=ev.name, bauvorlageberechtigt=ev.bauvorlageberechtigt,
        kammernummer=ev.kammernummer)]
