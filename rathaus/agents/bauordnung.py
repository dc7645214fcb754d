"""Bauordnung agent (regeln.md, "Bauordnung"): Abstandsflächen, Gebäudeklasse,
Stellplätze, Verfahrensart and requested Abweichungen under the MBO."""

from __future__ import annotations

import math

from rathaus.agents import abstandsflaechen_pruefung
from rathaus.agents.base import befund_factory, register
from rathaus.agents.gebaeudeklasse import einstufen
from rathaus.agents.gemeinsam import gebaeude_name, zahl
from rathaus.agents.geometrie import lage, projekt_grundriss
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Registers
from rathaus.registers.gemeinde import GemeindeConfig

_befund = befund_factory("bauordnung")
_EPS = 1e-9  # float noise must not round 6.0000000001 required spaces up to 7


@register
class Bauordnung:
    id: Pruefer = "bauordnung"
    codes: frozenset[str] = frozenset(
        {
            "ABSTANDSFLAECHE_UNTERSCHRITTEN",
            "GEBAEUDEKLASSE_ABWEICHEND",
            "STELLPLAETZE_UNZUREICHEND",
            "VERFAHRENSART_UNZULAESSIG",
            "ABWEICHUNG_BEANTRAGT",
        }
    )

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        antrag = vorgang.antrag
        return [
            *abstandsflaechen_pruefung.befunde(antrag, registers),
            *gebaeudeklasse(antrag),
            *stellplaetze(antrag, registers.gemeinde),
            *verfahrensart(antrag, registers),
            *abweichungen(antrag),
        ]


def gebaeudeklasse(antrag: Antrag) -> list[Befund]:
    """GEBAEUDEKLASSE_ABWEICHEND per building whose computed class differs from the declared."""
    erklaert = antrag.vorhaben.gebaeudeklasse
    if erklaert is None:
        return []
    result = []
    for index, geb in enumerate(antrag.vorhaben.gebaeude):
        e = einstufen(geb)
        if e is None or e.klasse == erklaert:
            continue
        result.append(
            _befund(
                "GEBAEUDEKLASSE_ABWEICHEND",
                "hinweis",
                str(index),
                "§ 2 Abs. 3 MBO",
                f"Für {gebaeude_name(antrag, index)} ergibt sich Gebäudeklasse {e.klasse} "
                f"(Höhe {zahl(e.hoehe_m)} m), erklärt ist Gebäudeklasse {erklaert}. "
                "Vereinfachung: Höhe ohne Angabe (Geschosse − 1) × 2,8 m, Fläche der "
                "Nutzungseinheiten = Geschossfläche.",
                gebaeudeklasse_erklaert=erklaert,
                gebaeudeklasse_berechnet=e.klasse,
                hoehe_m=round(e.hoehe_m, 2),
                nutzungseinheiten=e.nutzungseinheiten,
                flaeche_m2=None if e.flaeche_m2 is None else round(e.flaeche_m2, 2),
                freistehend=geb.freistehend,
            )
        )
    return result


def stellplaetze(antrag: Antrag, gemeinde: GemeindeConfig) -> list[Befund]:
    """STELLPLAETZE_UNZUREICHEND when fewer spaces are declared than the bylaw requires."""
    v, satzung = antrag.vorhaben, gemeinde.stellplaetze
    wohneinheiten = v.wohneinheiten or 0
    bedarf = satzung.je_wohneinheit * wohneinheiten + satzung.je_100m2_gewerbe * (
        v.gewerbeflaeche_m2 / 100.0
    )
    soll = math.ceil(bedarf - _EPS)
    ist = v.stellplaetze or 0  # none declared: none provided
    if ist >= soll:
        return []
    return [
        _befund(
            "STELLPLAETZE_UNZUREICHEND",
            "mangel",
            "vorhaben.stellplaetze",
            f"Stellplatzsatzung {gemeinde.name}",
            f"Nach der Stellplatzsatzung {gemeinde.name} sind {soll} Stellplätze nötig "
            f"(Wohneinheiten: {wohneinheiten}, Gewerbefläche: {zahl(v.gewerbeflaeche_m2, 0)} m²), "
            f"angegeben sind {ist}.",
            soll=soll,
            ist=ist,
            wohneinheiten=wohneinheiten,
            gewerbeflaeche_m2=round(v.gewerbeflaeche_m2, 2),
            je_wohneinheit=satzung.je_wohneinheit,
            je_100m2_gewerbe=satzung.je_100m2_gewerbe,
        )
    ]


def verfahrensart(antrag: Antrag, registers: Registers) -> list[Befund]:
    """Genehmigungsfreistellung only in a B-Plan and without Abweichung or Befreiung."""
    if antrag.verfahren != "genehmigungsfreistellung":
        return []
    fp = projekt_grundriss(antrag, registers.gemeinde.crs)
    im_plan = None if fp is None else lage(fp, registers).plan is not None
    gruende = []
    if im_plan is False:
        gruende.append("das Vorhaben liegt nicht im Geltungsbereich eines Bebauungsplans")
    if antrag.abweichungen or antrag.befreiungen:
        gruende.append("es werden Abweichungen oder Befreiungen beantragt")
    if not gruende:
        return []  # in a plan, or the location is unknown (no footprint): nothing to say
    return [
        _befund(
            "VERFAHRENSART_UNZULAESSIG",
            "mangel",
            "verfahren",
            "§ 62 Abs. 2 MBO",
            f"Die Genehmigungsfreistellung ist nicht eröffnet: {' und '.join(gruende)}. "
            "Das Vorhaben bedarf eines Genehmigungsverfahrens (§§ 63, 64 MBO).",
            verfahren=antrag.verfahren,
            im_bebauungsplan=im_plan,
            abweichungen=len(antrag.abweichungen),
            befreiungen=len(antrag.befreiungen),
        )
    ]


def abweichungen(antrag: Antrag) -> list[Befund]:
    """ABWEICHUNG_BEANTRAGT per requested Abweichung: § 67 MBO leaves it to a human."""
    return [
        _befund(
            "ABWEICHUNG_BEANTRAGT",
            "ermessen",
            a.norm,
            "§ 67 Abs. 1 MBO",
            f"Beantragt ist eine Abweichung von {a.norm}; über die Zulassung entscheidet "
            "die Bauaufsichtsbehörde nach Ermessen.",
            begruendung=a.begruendung,
        )
        for a in antrag.abweichungen
    ]
