"""The single typed input or output of each workflow, activity, query and update.

Names and fields are part of running workflows' history: add fields with defaults,
never rename.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTSCHEIDUNGEN = ("genehmigt", "genehmigt_mit_nebenbestimmungen", "versagt", "nachforderung")


@dataclass
class FallStart:
    case_id: str
    verfahren: str
    amt: str
    vollautomatisierbar: bool
    fachagenten: list[str]
    nachforderung_s: float
    bearbeitung_s: float


@dataclass
class PruefAuftrag:
    case_id: str
    runde: int
    agent: str = "vollstaendigkeit"


@dataclass
class Pruefergebnis:
    agent: str
    befunde: list[dict[str, Any]]
    neu_gespeichert: bool


@dataclass
class StatusAuftrag:
    case_id: str
    status: str
    akteur: str
    notiz: str = ""


@dataclass
class FristVermerk:
    case_id: str
    art: str  # "nachforderung", "bearbeitung", "warnung", "ueberfaellig", "abgelaufen"
    frist: str  # ISO 8601


@dataclass
class DokumentRef:
    typ: str
    datei: str
    sha256: str


@dataclass
class Nachreichung:
    dokumente: list[DokumentRef]
    von: str = "antragsteller"


@dataclass
class NachreichungsPruefung:
    case_id: str
    dokumente: list[DokumentRef]


@dataclass
class Entscheidung:
    ergebnis: str
    begruendung: str
    von: str
    amt: str
    nebenbestimmungen: list[str] = field(default_factory=list)


@dataclass
class EntscheidungSpeichern:
    case_id: str
    entscheidung: Entscheidung
    runde: int = 0  # makes the stored decision idempotent under retries


@dataclass
class FristEntscheidung:
    """After a missed Nachforderung deadline: deemed withdrawn, or more time."""

    zuruecknehmen: bool
    von: str
    verlaengerung_s: float = 0.0
    begruendung: str = ""


@dataclass
class Unterschrift:
    name: str
    amt: str = ""


@dataclass
class BescheidAuftrag:
    case_id: str
    unterzeichner: str = ""
    automatisch: bool = False


@dataclass
class FallZustand:
    case_id: str
    status: str
    runde: int
    aufgabe: str | None  # the human task pending, if any
    frist: str | None
    frist_warnung: bool
    ueberfaellig: bool
    vorschlag: str | None  # ergebnis computed from the findings
    befunde: int
