"""Plain language (Leichte / einfache Sprache) for status messages and Bescheid summaries.

A model may write the simple version; it is used only if it passes `pruefe_einfach`
(short sentences, no numbers the original lacks, not harder to read). Otherwise, and
without a model, a fixed hand-written version is used. Status messages have both
versions in `STATUS`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from rathaus.llm.base import LlmClient, LlmError, Nachricht
from rathaus.llm.prompt import REGELN, daten
from rathaus.sprache.lesbarkeit import wiener_sachtextformel

ZWECK = "sprache.einfach"
Satz = Annotated[str, Field(min_length=3, max_length=140)]


class EinfacheFassung(BaseModel):
    """What a model returns: short sentences, nothing else."""

    model_config = ConfigDict(extra="forbid")

    saetze: list[Satz] = Field(min_length=1, max_length=8)


class EinfacherText(BaseModel):
    model_config = ConfigDict(frozen=True)

    original: str
    text: str
    quelle: Literal["regel", "modell"]
    modell: str | None = None
    version: str | None = None
    prompt_sha256: str | None = None
    verworfen: str | None = None  # why a model's answer was not used


# Status messages of a case: (official wording, Leichte Sprache).
STATUS: dict[str, tuple[str, str]] = {
    "eingegangen": (
        "Ihr Bauantrag ist bei der Bauaufsichtsbehörde eingegangen und wird registriert.",
        "Ihr Antrag ist da. Wir schauen ihn jetzt an."),
    "vollstaendigkeitspruefung": (
        "Die Bauaufsichtsbehörde prüft, ob die Bauvorlagen vollständig sind.",
        "Wir schauen: Haben Sie alle Unterlagen geschickt?"),
    "nachforderung": (
        "Der Bauantrag ist unvollständig; fehlende Unterlagen werden nach § 69 Abs. 2 MBO "
        "nachgefordert.",
        "Es fehlen Unterlagen. Bitte schicken Sie uns die Unterlagen. Wir schreiben Ihnen, "
        "welche Unterlagen fehlen."),
    "fachpruefung": (
        "Die Bauaufsichtsbehörde prüft das Vorhaben auf seine Vereinbarkeit mit den "
        "öffentlich-rechtlichen Vorschriften.",
        "Wir prüfen jetzt: Dürfen Sie so bauen?"),
    "beteiligung": (
        "Die Bauaufsichtsbehörde beteiligt andere Behörden und Stellen, deren Belange "
        "berührt sind.",
        "Wir fragen auch andere Ämter. Zum Beispiel das Amt für Natur·schutz."),
    "entscheidung": (
        "Die Prüfung ist abgeschlossen; über den Antrag wird entschieden.",
        "Wir sind fertig mit der Prüfung. Bald entscheiden wir über Ihren Antrag."),
    "bescheid_entwurf": (
        "Der Bescheid wird entworfen und von einer Sachbearbeiterin oder einem "
        "Sachbearbeiter geprüft.",
        "Wir schreiben jetzt den Brief mit der Entscheidung. Ein Mensch prüft den Brief."),
    "bescheid_erteilt": (
        "Der Bescheid ist unterzeichnet und wird Ihnen zugestellt.",
        "Die Entscheidung ist fertig. Sie bekommen einen Brief."),
    "abgeschlossen": (
        "Das Verfahren ist abgeschlossen.",
        "Ihr Antrag ist fertig bearbeitet."),
}


def status(schluessel: str, llm: LlmClient | None = None,
           case_id: str | None = None) -> EinfacherText:
    """The plain-language version of a status message (KeyError for unknown keys)."""
    amtlich, leicht = STATUS[schluessel]
    return vereinfache(amtlich, leicht, llm, case_id=case_id)


_ZAHL = re.compile(r"\d+")


def pruefe_einfach(saetze: list[str], original: str) -> list[str]:
    probleme: list[str] = []
    text = " ".join(saetze)
    if any(len(s.split()) > 15 for s in saetze):
        probleme.append("Sätze mit mehr als 15 Wörtern")
    fremd = set(_ZAHL.findall(text)) - set(_ZAHL.findall(original))
    if fremd:
        probleme.append(f"Zahlen, die im Original fehlen: {sorted(fremd)}")
    if re.search(r"https?://|<|>|\{|ignor|prompt|anweisung", text, re.IGNORECASE):
        probleme.append("Links, Markup oder Anweisungsvokabular")
    if wiener_sachtextformel(text) > max(4.0, wiener_sachtextformel(original)):
        probleme.append("nicht leichter lesbar als das Original")
    if len({s.strip().lower() for s in saetze}) < len(saetze):
        probleme.append("wiederholte Sätze")
    return probleme


def vereinfache(original: str, rueckfall: str, llm: LlmClient | None,
                *, case_id: str | None = None) -> EinfacherText:
    """The model's plain version of `original` if it passes the checks, else `rueckfall`."""
    if llm is None:
        return EinfacherText(original=original, text=rueckfall, quelle="regel")
    msgs = [Nachricht(role="system", content=(
                "Du übersetzt Texte einer Behörde in Leichte Sprache: kurze Sätze, ein "
                "Gedanke pro Satz, einfache Wörter, direkte Anrede mit Sie. " + REGELN)),
            Nachricht(role="user", content=(
                "Schreibe den folgenden Text in Leichter Sprache, in höchstens 6 Sätzen.\n"
                + daten("Text", original, 3000)))]
    try:
        antwort = llm.strukturiert(msgs, EinfacheFassung, zweck=ZWECK, case_id=case_id,
                                   max_tokens=160)
    except LlmError as exc:
        return EinfacherText(original=original, text=rueckfall, quelle="regel",
                             verworfen=str(exc))
    saetze = [" ".join(s.split()) for s in antwort.wert.saetze]
    probleme = pruefe_einfach(saetze, original)
    if probleme:
        return EinfacherText(original=original, text=rueckfall, quelle="regel",
                             modell=antwort.modell, version=antwort.version,
                             prompt_sha256=antwort.prompt_sha256,
                             verworfen="Modelltext verworfen: " + "; ".join(probleme))
    return EinfacherText(original=original, text=" ".join(saetze), quelle="modell",
                         modell=antwort.modell, version=antwort.version,
                         prompt_sha256=antwort.prompt_sha256)
