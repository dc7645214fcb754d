"""The data of an XBau 2.6 message `baugenehmigung.bescheid.0205` (typed, not yet XML).

Field names follow the schema's element names (camelCase aliases: `istGenehmigung`,
`rechtshelfsbelehrung` with XBau's spelling); serialise with `by_alias=True`. Building
and validating the XML against xbau-nachrichten-baugenehmigung.xsd comes later.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from rathaus.bescheid.modell import BescheidEntwurf, Nebenbestimmung
from rathaus.errors import RathausError

NACHRICHTENTYP = "baugenehmigung.bescheid.0205"
# Codeliste urn:xoev-de:xbau:codeliste:nebenbestimmungart, version 3.0
NEBENBESTIMMUNG_ART = {"bedingung": "1", "auflage": "2", "vorbehalt": "3", "hinweis": "4"}


class _X(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", alias_generator=to_camel,
                              populate_by_name=True)


class Code(_X):
    code: str
    list_uri: str = Field(alias="listURI")
    list_version_id: str = Field(alias="listVersionID")


class XNebenbestimmung(_X):
    art: Code
    rechtsbereich: Code | None = None
    nebenbestimmung: str


class AbweichungBearbeitet(_X):
    id: uuid.UUID | None = None
    ist_zugelassen: bool
    vorschrift: str
    begruendung: str | None = None


class Tenor(_X):
    ist_genehmigung: bool
    kommentare_fachrecht: tuple[str, ...] = ()


class Bescheid(_X):
    tenor: Tenor
    abweichung: tuple[AbweichungBearbeitet, ...] = ()
    nebenbestimmung: tuple[XNebenbestimmung, ...] = ()
    begruendung: str | None = None
    rechtshelfsbelehrung: str | None = None
    hinweise: str | None = None


class Bezug(_X):
    vorgang: str | None = None  # the authority's Aktenzeichen
    referenz: uuid.UUID | None = None


class Nachrichtenkopf(_X):
    nachrichten_uuid: uuid.UUID = Field(default_factory=uuid.uuid4)
    nachrichtentyp: Literal["baugenehmigung.bescheid.0205"] = "baugenehmigung.bescheid.0205"
    erstellungszeitpunkt: dt.datetime
    autor: str  # the authority
    leser: str | None = None


class Bescheid0205(_X):
    """`baugenehmigung.bescheid.0205`: Tenor, Abweichungen, Nebenbestimmungen,
    Begründung, Rechtsbehelfsbelehrung, Hinweise."""

    nachrichtenkopf: Nachrichtenkopf
    bezug: Bezug
    bescheid: Bescheid


def _nb(nb: Nebenbestimmung) -> XNebenbestimmung:
    bereich = (Code(code=nb.rechtsbereich, list_uri="urn:rathaus:rechtsbereich",
                    list_version_id="1") if nb.rechtsbereich else None)
    text = nb.text + (f" [{nb.rechtsgrundlage}]" if nb.rechtsgrundlage else "")
    return XNebenbestimmung(
        art=Code(code=NEBENBESTIMMUNG_ART[nb.art],
                 list_uri="urn:xoev-de:xbau:codeliste:nebenbestimmungart",
                 list_version_id="3.0"),
        rechtsbereich=bereich, nebenbestimmung=text)


def xbau_bescheid(b: BescheidEntwurf, *, erstellt: dt.datetime | None = None) -> Bescheid0205:
    """The 0205 message data of a notice (approval or refusal; not for a Nachforderung,
    which is the formal-check message of XBau)."""
    if b.art == "nachforderung":
        raise RathausError("Eine Nachforderung ist kein baugenehmigung.bescheid.0205")
    genehmigt = b.entscheidung.genehmigt
    abw = tuple(
        AbweichungBearbeitet(ist_zugelassen=genehmigt, vorschrift=bf.objekt or bf.norm,
                             begruendung=bf.text)
        for bf in b.befunde if bf.code in ("ABWEICHUNG_BEANTRAGT", "BEFREIUNG_BEANTRAGT"))
    begruendung = "\n\n".join(
        (f"{a.titel}\n" if a.titel else "") + "\n".join(a.absaetze) for a in b.begruendung)
    return Bescheid0205(
        nachrichtenkopf=Nachrichtenkopf(
            erstellungszeitpunkt=erstellt or b.entscheidung.zeitpunkt,
            autor=f"{b.absender.behoerde}, {b.absender.amt}", leser=b.empfaenger[0]),
        bezug=Bezug(vorgang=b.aktenzeichen),
        bescheid=Bescheid(
            tenor=Tenor(ist_genehmigung=genehmigt, kommentare_fachrecht=tuple(
                f"{bf.text} ({bf.norm})" for bf in b.befunde
                if bf.pruefer in ("naturschutz", "denkmalschutz") and bf.art != "hinweis")),
            abweichung=abw,
            nebenbestimmung=tuple(_nb(nb) for nb in b.nebenbestimmungen),
            begruendung=begruendung,
            rechtshelfsbelehrung=b.rechtsbehelfsbelehrung,
            hinweise="\n".join(b.hinweise) or None))
