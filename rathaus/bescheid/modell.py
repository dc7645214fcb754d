"""The data of a Bescheid draft: everything the PDF and the XBau message are made of."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung

Quelle = Literal["regel", "modell", "mensch"]
NebenbestimmungArt = Literal["bedingung", "auflage", "vorbehalt", "hinweis"]
BescheidArt = Literal["baugenehmigung", "ablehnung", "nachforderung"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Textabschnitt(_Frozen):
    """Paragraphs of prose; `quelle="modell"` marks AI-drafted text until a human signs."""

    titel: str | None = None
    absaetze: tuple[str, ...]
    quelle: Quelle = "regel"


class Nebenbestimmung(_Frozen):
    """A condition (§ 36 VwVfG), derived from a finding or set by the caseworker."""

    art: NebenbestimmungArt
    text: str
    rechtsgrundlage: str | None = None
    befund: str | None = None  # the finding code it rests on
    objekt: str | None = None
    rechtsbereich: str | None = None  # e.g. Naturschutz, Denkmalschutz


class Gebuehr(_Frozen):
    betrag_eur: float
    berechnung: str
    tarifstelle: str
    faellig_bis: dt.date
    kassenzeichen: str | None = None
    iban: str | None = None


class Absender(_Frozen):
    behoerde: str
    amt: str
    anschrift: str | None = None
    telefon: str | None = None
    email: str | None = None
    web: str | None = None


class KiVermerk(_Frozen):
    """Which passage a model drafted, with what, from which prompt (AI Act Art. 50)."""

    abschnitt: str
    modell: str
    version: str
    prompt_sha256: str
    zweck: str


class Unterschrift(_Frozen):
    name: str
    zeitpunkt: dt.datetime


class BescheidEntwurf(_Frozen):
    """A draft notice. Its outcome is the human `entscheidung`; models wrote at most the
    passages whose `quelle` is "modell" (listed in `ki`)."""

    art: BescheidArt
    aktenzeichen: str | None
    datum: dt.date
    ort: str
    land: str
    absender: Absender
    empfaenger: tuple[str, ...]
    betreff: str
    tenor: tuple[str, ...]
    nebenbestimmungen: tuple[Nebenbestimmung, ...] = ()
    zulassungen: tuple[str, ...] = ()  # Abweichungen, Befreiungen, Ausnahmen granted
    begruendung: tuple[Textabschnitt, ...]
    hinweise: tuple[str, ...] = ()
    gebuehr: Gebuehr | None = None
    rechtsbehelfsbelehrung: str | None = None
    zusammenfassung: str
    zusammenfassung_einfach: Textabschnitt
    entscheidung: Entscheidung
    befunde: tuple[Befund, ...]
    ki: tuple[KiVermerk, ...] = ()
    pruefhinweise: tuple[str, ...] = ()  # for the caseworker only, never printed

    @property
    def ki_unterstuetzt(self) -> bool:
        return bool(self.ki)

    @property
    def ki_abschnitte(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(k.abschnitt for k in self.ki))
