"""The example applications 26–28: document understanding at intake. A document whose
content is another type than declared (UNTERLAGE_UNPASSEND, also a photo filed as the
structural analysis), and a Baubeschreibung whose figures contradict the form
(ANGABE_WIDERSPRUCH). Expected findings by intent (regeln.md, befunde.md)."""

from __future__ import annotations

from .modell import NEUBAU, Szenario, Unterlage, antrag, e, kz, unterlagen, vorhaben, wohnhaus

EFH = "Neubau eines Einfamilienhauses mit Garage"


def ersetze(liste: tuple[Unterlage, ...], *neu: Unterlage) -> tuple[Unterlage, ...]:
    """The documents with some replaced by a mis-filed or contradicting version."""
    nach_typ = {u.typ: u for u in neu}
    return tuple(nach_typ.get(u.typ, u) for u in liste)


DOKUMENTE = (
    Szenario(
        26, "lageplan-ist-baubeschreibung",
        "The file filed as the Lageplan is a second copy of the Baubeschreibung: recognised "
        "by its content, it counts as filed but must be replaced",
        antrag("vereinfachtes_verfahren", "Andreas Wessels", "Hauptstraße 41, 12345 Musterstadt",
               [kz(1, 41)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360413.5, 5650016.0, 360423.5, 5650028.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        ersetze(unterlagen(*NEUBAU), Unterlage("lageplan", inhalt="baubeschreibung")),
        (e("UNTERLAGE_UNPASSEND", "lageplan"),)),
    Szenario(
        27, "baubeschreibung-widerspricht",
        "The Baubeschreibung states 3 Vollgeschosse and a ridge height of 10.4 m, the form 2 "
        "and 9.1 m: both figures contradict the form",
        antrag("vereinfachtes_verfahren", "Tobias Lammers", "Lindenweg 12, 12345 Musterstadt",
               [kz(1, 36)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360384.0, 5650116.0, 360394.0, 5650128.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        ersetze(unterlagen(*NEUBAU), Unterlage("baubeschreibung", angaben=(
            ("vollgeschosse", 3), ("firsthoehe_m", 10.4)))),
        (e("ANGABE_WIDERSPRUCH", "vorhaben.gebaeude[0].vollgeschosse"),
         e("ANGABE_WIDERSPRUCH", "vorhaben.gebaeude[0].firsthoehe_m"))),
    Szenario(
        28, "foto-als-standsicherheitsnachweis",
        "Full permit procedure: a photo of the plot (JPEG) is filed as the structural "
        "analysis; the photo is recognised by its pixels, not its name",
        antrag("baugenehmigung", "Fatma Demir", "Lindenweg 10, 12345 Musterstadt",
               [kz(1, 35)],
               vorhaben(EFH, ["wohnen"], [wohnhaus((360384.0, 5650096.0, 360394.0, 5650108.0))],
                        gk=1, we=1, sp=2, neben=36.0)),
        (*unterlagen(*NEUBAU), Unterlage("standsicherheitsnachweis", inhalt="foto")),
        (e("UNTERLAGE_UNPASSEND", "standsicherheitsnachweis"),)),
)
