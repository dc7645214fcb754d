"""The Begründung: facts and findings with their norms (fixed wording), and the
appraisal ("Würdigung") as prose that a model may draft.

The model gets the decision as a fixed fact and the findings as quoted data; its answer
is prose paragraphs only (schema `WuerdigungEntwurf`). `pruefe_prosa` rejects prose that
contradicts the decision, invents numbers, carries links or instructions, or is not
German; then, as without a model, the deterministic appraisal is used.
"""

from __future__ import annotations

import json
import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from rathaus.bescheid import bausteine as bs
from rathaus.bescheid.modell import KiVermerk, Textabschnitt
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung
from rathaus.llm.base import LlmClient, LlmError, Nachricht
from rathaus.llm.prompt import REGELN, daten

ZWECK = "bescheid.begruendung"
PRUEFER = {"vollstaendigkeit": "Vollständigkeit", "bauordnung": "Bauordnungsrecht",
           "planungsrecht": "Bauplanungsrecht", "naturschutz": "Naturschutz",
           "denkmalschutz": "Denkmalschutz", "grundbuch": "Eigentum",
           "erschliessung": "Erschließung"}
Absatz = Annotated[str, Field(min_length=40, max_length=700)]


class WuerdigungEntwurf(BaseModel):
    """The only thing a model returns here: paragraphs of prose."""

    model_config = ConfigDict(extra="forbid")

    absaetze: list[Absatz] = Field(min_length=1, max_length=4)


def sachverhalt(antrag: Antrag) -> Textabschnitt:
    eingang = f" vom {bs.datum(antrag.eingang)}" if antrag.eingang else ""
    verfahren = bs.VERFAHREN.get(antrag.verfahren or "", "Baugenehmigungsverfahren")
    wer = antrag.bauherr.name or "Die Bauherrschaft"
    return Textabschnitt(titel="I. Sachverhalt", absaetze=(
        f"Mit Antrag{eingang} beantragte {wer} im {verfahren} die Genehmigung des Vorhabens "
        f"„{bs.vorhaben(antrag)}“ auf dem Grundstück {bs.grundstueck(antrag)}.",))


def befundliste(befunde: tuple[Befund, ...], e: Entscheidung) -> Textabschnitt:
    relevant = [b for b in befunde if b.art != "hinweis"]
    if e.ergebnis == "nachforderung":
        relevant = [b for b in relevant if b.pruefer == "vollstaendigkeit"]
    if not relevant:
        return Textabschnitt(titel="II. Ergebnis der Prüfung", absaetze=(
            "Die Prüfung hat keine Mängel und keine Ermessensfragen ergeben.",))
    return Textabschnitt(titel="II. Ergebnis der Prüfung", absaetze=tuple(
        f"{PRUEFER.get(b.pruefer, b.pruefer)}: {b.text} ({b.norm})" for b in relevant))


def wuerdigung_regel(befunde: tuple[Befund, ...], e: Entscheidung) -> tuple[str, ...]:
    """The deterministic appraisal: fixed sentences per outcome and finding kind."""
    ermessen = [b for b in befunde if b.art == "ermessen"]
    maengel = [b for b in befunde if b.art == "mangel"]
    if e.ergebnis == "nachforderung":
        saetze = ["Der Antrag kann erst beschieden werden, wenn die Bauvorlagen vollständig "
                  "sind (§ 69 Abs. 2 MBO). Die fehlenden oder unbrauchbaren Unterlagen und "
                  "Angaben sind oben unter II. aufgeführt."]
    elif e.genehmigt:
        saetze = ["Die Baugenehmigung ist zu erteilen, weil dem Vorhaben keine "
                  "öffentlich-rechtlichen Vorschriften entgegenstehen, die im "
                  "Genehmigungsverfahren zu prüfen sind (§ 72 Abs. 1 MBO)."]
        if ermessen:
            normen = ", ".join(dict.fromkeys(b.norm for b in ermessen))
            saetze.append("Soweit die Entscheidung im Ermessen der Behörde steht "
                          f"({normen}), hat sie die Belange nach pflichtgemäßem Ermessen "
                          "abgewogen und zugunsten des Vorhabens entschieden.")
        if e.ergebnis == "genehmigt_mit_nebenbestimmungen" or e.nebenbestimmungen:
            saetze.append("Die Nebenbestimmungen beruhen auf § 36 Abs. 1 VwVfG; sie stellen "
                          "sicher, dass die gesetzlichen Voraussetzungen der Genehmigung "
                          "erfüllt werden.")
    else:
        gruende = maengel or ermessen
        normen = ", ".join(dict.fromkeys(b.norm for b in gruende)) or "§ 72 Abs. 1 MBO"
        saetze = ["Die Baugenehmigung ist zu versagen, weil dem Vorhaben "
                  f"öffentlich-rechtliche Vorschriften entgegenstehen ({normen}), die im "
                  "Genehmigungsverfahren zu prüfen sind (§ 72 Abs. 1 MBO)."]
        if not maengel and ermessen:
            saetze.append("Die Behörde hat von ihrem Ermessen zulasten des Vorhabens "
                          "Gebrauch gemacht.")
    return tuple(saetze)


def erwaegungen(e: Entscheidung) -> Textabschnitt | None:
    if not e.begruendung or not e.begruendung.strip():
        return None
    return Textabschnitt(titel="Erwägungen der Bauaufsichtsbehörde",
                         absaetze=(e.begruendung.strip(),), quelle="mensch")


def nachrichten(antrag: Antrag, befunde: tuple[Befund, ...],
                e: Entscheidung) -> list[Nachricht]:
    entschieden = {"genehmigt": "Die Baugenehmigung wird erteilt.",
                   "genehmigt_mit_nebenbestimmungen":
                       "Die Baugenehmigung wird mit Nebenbestimmungen erteilt.",
                   "versagt": "Die Baugenehmigung wird versagt.",
                   "nachforderung": "Der Antrag ist unvollständig; Unterlagen werden "
                                    "nachgefordert."}[e.ergebnis]
    liste = [{"code": b.code, "art": b.art, "norm": b.norm, "text": b.text,
              "belege": b.belege} for b in befunde]
    system = ("Du formulierst für eine Bauaufsichtsbehörde die rechtliche Würdigung eines "
              "Bescheids: sachlich, in ganzen deutschen Sätzen, mit den genannten Normen. "
              + REGELN)
    user = "\n\n".join([
        f"Die Entscheidung eines Menschen steht fest: {entschieden}",
        "Schreibe 1 bis 3 Absätze Würdigung, die diese Entscheidung mit den Befunden und "
        "ihren Normen begründen. Erfinde keine Zahlen, Normen oder Tatsachen.",
        daten("Vorhaben", bs.vorhaben(antrag), 300),
        daten("Befunde", json.dumps(liste, ensure_ascii=False, default=str), 6000),
        daten("Erwaegungen_Sachbearbeitung", e.begruendung or "", 2000),
    ])
    return [Nachricht(role="system", content=system), Nachricht(role="user", content=user)]


_ZAHL = re.compile(r"\d+(?:[.,]\d+)?")
_VERBOTEN = re.compile(r"https?://|www\.|@|<|>|\{|\}|ignor|instruction|anweisung|prompt|"
                       r"system:|assistant|```", re.IGNORECASE)
_JA = re.compile(r"\b(wird|werden|ist)\s+(hiermit\s+)?(genehmigt|erteilt|zugelassen)\b",
                 re.IGNORECASE)
_NEIN = re.compile(r"\b(wird|ist)\s+(hiermit\s+)?(versagt|abgelehnt|zu versagen)\b",
                   re.IGNORECASE)
_DEUTSCH = re.compile(r"\b(der|die|das|und|ist|wird|nicht|des|dem|den|zu|mit|nach)\b",
                      re.IGNORECASE)


def pruefe_prosa(absaetze: list[str], e: Entscheidung, quelltext: str) -> list[str]:
    """Why the model's prose must not be used (empty: usable)."""
    probleme: list[str] = []
    text = "\n".join(absaetze)
    if _VERBOTEN.search(text):
        probleme.append("enthält Links, Markup oder Anweisungsvokabular")
    if e.genehmigt and _NEIN.search(text):
        probleme.append("widerspricht der Entscheidung (Ablehnung statt Genehmigung)")
    if not e.genehmigt and _JA.search(text):
        probleme.append("widerspricht der Entscheidung (Genehmigung statt Ablehnung)")
    bekannt = {z.replace(",", ".") for z in _ZAHL.findall(quelltext)}
    fremd = {z for z in _ZAHL.findall(text) if z.replace(",", ".") not in bekannt}
    if fremd:
        probleme.append(f"nennt Zahlen, die in den Daten nicht vorkommen: {sorted(fremd)}")
    woerter = max(1, len(text.split()))
    if len(_DEUTSCH.findall(text)) / woerter < 0.08:
        probleme.append("kein zusammenhängender deutscher Text")
    if len(set(absaetze)) < len(absaetze):
        probleme.append("wiederholt Absätze")
    return probleme


def wuerdigung(antrag: Antrag, befunde: tuple[Befund, ...], e: Entscheidung,
               llm: LlmClient | None) -> tuple[Textabschnitt, KiVermerk | None, str | None]:
    """The appraisal section, the AI note when a model wrote it, and why a model's
    answer was not used (None when it was used or no model is configured)."""
    titel = "III. Rechtliche Würdigung"
    regel = Textabschnitt(titel=titel, absaetze=wuerdigung_regel(befunde, e))
    if llm is None:
        return regel, None, None
    msgs = nachrichten(antrag, befunde, e)
    try:
        antwort = llm.strukturiert(msgs, WuerdigungEntwurf, zweck=ZWECK, case_id=antrag.id,
                                   max_tokens=300)
    except LlmError as exc:
        return regel, None, f"Modell ohne gültige Antwort: {exc}"
    absaetze = [" ".join(a.split()) for a in antwort.wert.absaetze]
    probleme = pruefe_prosa(absaetze, e, msgs[1].content)
    if probleme:
        return regel, None, "Modelltext verworfen: " + "; ".join(probleme)
    vermerk = KiVermerk(abschnitt=titel, modell=antwort.modell, version=antwort.version,
                        prompt_sha256=antwort.prompt_sha256, zweck=ZWECK)
    return Textabschnitt(titel=titel, absaetze=tuple(absaetze), quelle="modell"), vermerk, None
