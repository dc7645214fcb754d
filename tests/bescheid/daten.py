"""Findings, decisions and a municipality for the Bescheid tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung, EntscheidungsErgebnis
from rathaus.registers.gemeinde import GemeindeConfig

ZEIT = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def befund(code: str, pruefer: Any, art: Any, objekt: str | None, norm: str, text: str,
           **belege: Any) -> Befund:
    return Befund(code=code, pruefer=pruefer, art=art, objekt=objekt, norm=norm, text=text,
                  belege=belege)


BAUM = befund("BAUMFAELLUNG_BEANTRAGT", "naturschutz", "ermessen", "BAUM-0001",
              "Baumschutzsatzung Musterstadt",
              "Der geschützte Baum BAUM-0001 (Stieleiche, Stammumfang 120 cm) soll gefällt "
              "werden; ein Fällantrag liegt vor.", baumart="Stieleiche", stammumfang_cm=120)
DENKMAL = befund("DENKMAL_BETROFFEN", "denkmalschutz", "ermessen", "D-0003",
                 "§ 9 DSchG NRW", "Auf dem Grundstück steht das Baudenkmal D-0003 (Wohnhaus).")
BEFREIUNG = befund("BEFREIUNG_BEANTRAGT", "planungsrecht", "ermessen", "Baugrenze Nord",
                   "§ 31 Abs. 2 BauGB", "Befreiung von der Baugrenze Nord beantragt.")
GRZ = befund("GRZ_UEBERSCHRITTEN", "planungsrecht", "mangel", "BP-07-WA1", "§ 19 BauNVO",
             "Die GRZ von 0,52 überschreitet die zulässige GRZ von 0,4.", soll=0.4, ist=0.52)
FEHLT = befund("UNTERLAGE_FEHLT", "vollstaendigkeit", "mangel", "standsicherheitsnachweis",
               "§ 68 MBO", "Der Standsicherheitsnachweis fehlt.")


def entscheidung(ergebnis: EntscheidungsErgebnis, **kw: Any) -> Entscheidung:
    return Entscheidung(ergebnis=ergebnis, entschieden_von="Anna Schmidt",
                        amt="Bauordnungsamt Musterstadt", zeitpunkt=ZEIT, **kw)


def gemeinde(land: str = "NW", **sections: Any) -> GemeindeConfig:
    return GemeindeConfig.model_validate({
        "name": "Musterstadt", "ags": "05999999", "land": land, "crs": "EPSG:25832",
        "briefkopf": {"behoerde": "Stadt Musterstadt – Der Bürgermeister",
                      "amt": "Bauordnungsamt", "anschrift": "Rathausplatz 1, 12345 Musterstadt"},
        "gebuehren": {"rohbauwert_je_m2_eur": 500.0, "satz_promille": 6.0,
                      "mindestgebuehr_eur": 100.0, "tarifstelle": "Tarifstelle 2.4.1.1",
                      "iban": "DE02 1234"},
        "rechtsbehelf": {"gericht": "Verwaltungsgericht Musterstadt",
                         "gericht_anschrift": "Gerichtsstraße 5, 12345 Musterstadt"},
        **sections})
