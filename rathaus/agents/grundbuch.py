"""Grundbuch agent (regeln.md, "Grundbuch"): is the Bauherr the sole owner of every
parcel, or has the owners' consent been filed?"""

from __future__ import annotations

from rathaus.agents.base import befund_factory, register
from rathaus.agents.gemeinsam import eingereicht
from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Eigentumsanteil, Registers

_befund = befund_factory("grundbuch")


def _normiert(text: str | None) -> str:
    """Names and shares compared case- and whitespace-insensitively."""
    return "".join((text or "").split()).casefold()


def alleineigentum(eigentuemer: tuple[Eigentumsanteil, ...] | None, bauherr: str | None) -> bool:
    """The owners are exactly the Bauherr, with share 1/1."""
    if not eigentuemer or len(eigentuemer) != 1 or not _normiert(bauherr):
        return False
    einzig = eigentuemer[0]
    return _normiert(einzig.name) == _normiert(bauherr) and _normiert(einzig.anteil) == "1/1"


@register
class Grundbuch:
    id: Pruefer = "grundbuch"
    codes: frozenset[str] = frozenset({"EIGENTUEMERZUSTIMMUNG_FEHLT"})

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        if eingereicht(vorgang, "eigentuemerzustimmung"):
            return []  # the consent is filed: whether it is sufficient, a human reads
        antrag = vorgang.antrag
        bauherr = antrag.bauherr.name
        result = []
        for kennzeichen in dict.fromkeys(antrag.flurstuecke):
            if registers.flurstuecke.get(kennzeichen) is None:
                continue  # FLURSTUECK_UNBEKANNT is the completeness agent's finding
            eigentuemer = registers.eigentum.owners(kennzeichen)
            if alleineigentum(eigentuemer, bauherr):
                continue
            namen = [f"{e.name} ({e.anteil})" for e in eigentuemer or ()]
            wer = ", ".join(namen) if namen else "niemand verzeichnet"
            result.append(
                _befund(
                    "EIGENTUEMERZUSTIMMUNG_FEHLT",
                    "mangel",
                    kennzeichen,
                    "§ 68 Abs. 4 MBO",
                    f"Der Bauherr ist nicht Alleineigentümer des Flurstücks {kennzeichen} "
                    f"(Grundbuch: {wer}), und eine Zustimmung der Eigentümer liegt nicht vor.",
                    bauherr=bauherr,
                    eigentuemer=[{"name": e.name, "anteil": e.anteil} for e in eigentuemer or ()],
                )
            )
        return result
