"""A language model's second opinion on the figures of a Baubeschreibung.

The deterministic reader (`rathaus/intake/kennzahlen.py`) comes first and stays the only
source of findings. When `verstehen.zweitmeinung` is on and a model backend is
configured, a model is asked for the same five numeric figures, each with the sentence
it took it from; the answer is compared field by field with the deterministic reading
(`Vergleich`: bestaetigt, abweichend, nur_modell, nur_regel) and kept in
`Dokument.zweitmeinung`. The contradiction check adds it to the evidence of its
finding; nothing the model says creates, removes or changes a finding.

The document text reaches the prompt only as quoted data (`rathaus.llm.prompt.daten`):
an upload may try to instruct the model. A model that cannot answer (endpoint down,
timeout, invalid JSON) leaves the reading as it was; the second opinion is then absent,
and why is in the log and, for the call itself, in the audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from rathaus.config import Settings, settings
from rathaus.domain.dokument import Dokument, Kennzahl, Vergleich, ZahlFeld, Zweitmeinung
from rathaus.governance.audit import AuditSink, standard_sink
from rathaus.intake.kennzahlen import BEREICH, gleich
from rathaus.llm.base import LlmClient, LlmError, Nachricht
from rathaus.llm.prompt import REGELN, daten
from rathaus.llm.registry import backend, erzeuge, standard_client

log = logging.getLogger(__name__)

ZWECK = "intake.zweitmeinung"
FELDER: tuple[ZahlFeld, ...] = ("vollgeschosse", "wohneinheiten", "geschossflaeche_m2",
                                "wandhoehe_m", "firsthoehe_m")
MAX_ZEICHEN = 4000  # of the document text in the prompt (the embedded model has 2048 tokens)
MAX_TOKENS = 500
ZITAT_ZEICHEN = 240


class Anzahl(BaseModel):
    """A count the text states, and the sentence it stands in (both null: not stated)."""

    model_config = ConfigDict(extra="forbid")

    wert: int | None
    zitat: str | None


class Mass(BaseModel):
    """A measure (m or m²) the text states, and the sentence it stands in."""

    model_config = ConfigDict(extra="forbid")

    wert: float | None
    zitat: str | None


class ModellKennzahlen(BaseModel):
    """The only thing a model returns here. Every field is required (strict JSON schema
    of OpenAI-compatible servers) and nullable (not stated in the text)."""

    model_config = ConfigDict(extra="forbid")

    vollgeschosse: Anzahl
    wohneinheiten: Anzahl
    geschossflaeche_m2: Mass
    wandhoehe_m: Mass
    firsthoehe_m: Mass


def nachrichten(text: str) -> list[Nachricht]:
    system = ("Du liest für eine Bauaufsichtsbehörde Kennzahlen aus einer Baubeschreibung "
              "ab und schreibst sie genau so ab, wie der Text sie nennt. " + REGELN)
    user = "\n\n".join([
        "Übertrage aus der Baubeschreibung unten nur Zahlen, die der Text für das geplante "
        "Vorhaben selbst angibt: die Anzahl der Vollgeschosse (vollgeschosse), die Anzahl "
        "der Wohneinheiten (wohneinheiten), die Geschossfläche in m² (geschossflaeche_m2), "
        "die Wandhöhe in m (wandhoehe_m) und die Firsthöhe in m (firsthoehe_m).",
        "Nicht übertragen: Werte, die ein Bebauungsplan festsetzt oder zulässt (Höchst- "
        "und Mindestmaße, „höchstens“, „zulässig“), Werte von Bestandsgebäuden, Höhen über "
        "Normalhöhennull (m ü. NHN). Rechne nichts aus und schätze nichts. Nennt der Text "
        "eine Zahl nicht, setze wert und zitat auf null.",
        "Gib zu jeder Zahl als zitat den Satz an, in dem sie steht, wörtlich und kurz "
        "(höchstens 25 Wörter). Zahlen mit Dezimalpunkt, z. B. 6.2 für „6,20 m“.",
        daten("Baubeschreibung", text, MAX_ZEICHEN),
    ])
    return [Nachricht(role="system", content=system), Nachricht(role="user", content=user)]


def _kurz(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= ZITAT_ZEICHEN else text[:ZITAT_ZEICHEN - 3] + "..."


def _flach(text: str) -> str:
    return " ".join(text.split()).casefold()


def _modellwert(feld: ZahlFeld, wert: int | float | None) -> int | float | None:
    """The model's value as the deterministic reader would keep it: counts whole,
    measures rounded to cm, implausible values (BEREICH) as not stated."""
    if wert is None:
        return None
    lo, hi = BEREICH[feld]
    if not lo <= wert <= hi:
        return None
    if feld in ("vollgeschosse", "wohneinheiten"):
        return int(wert) if float(wert).is_integer() else None
    return round(float(wert), 2)


def vergleiche(kennzahlen: tuple[Kennzahl, ...], antwort: ModellKennzahlen,
               text: str) -> tuple[Vergleich, ...]:
    """Pure: per field, the model's value against the values read by rule (a field
    neither names is left out)."""
    flach = _flach(text)
    out: list[Vergleich] = []
    for feld in FELDER:
        angabe: Anzahl | Mass = getattr(antwort, feld)
        modell = _modellwert(feld, angabe.wert)
        regel = tuple(k.wert for k in kennzahlen
                      if k.feld == feld and isinstance(k.wert, int | float))
        if modell is None and not regel:
            continue
        if modell is None:
            out.append(Vergleich(feld=feld, urteil="nur_regel", werte_regel=regel))
            continue
        zitat = _kurz(angabe.zitat or "")
        if not regel:
            urteil = "nur_modell"
        elif any(gleich(feld, modell, r) for r in regel):
            urteil = "bestaetigt"
        else:
            urteil = "abweichend"
        out.append(Vergleich(feld=feld, urteil=urteil, wert_modell=modell, werte_regel=regel,
                             zitat=zitat,
                             zitat_im_text=bool(zitat) and _flach(zitat) in flach))
    return tuple(out)


def gilt_fuer(doc: Dokument) -> bool:
    """Only a readable Baubeschreibung with text gets a second opinion."""
    return doc.typ == "baubeschreibung" and doc.status == "ok" and bool(doc.text.strip())


def zweitmeinung(doc: Dokument, llm: LlmClient, *, case_id: str | None) -> Zweitmeinung:
    """The model's reading of `doc`, compared. Raises LlmError when it cannot answer."""
    antwort = llm.strukturiert(nachrichten(doc.text), ModellKennzahlen, zweck=ZWECK,
                               case_id=case_id, max_tokens=MAX_TOKENS)
    return Zweitmeinung(modell=antwort.modell, version=antwort.version,
                        prompt_sha256=antwort.prompt_sha256,
                        vergleiche=vergleiche(doc.kennzahlen, antwort.wert, doc.text))


def mit_zweitmeinung(doc: Dokument, llm: LlmClient, *, case_id: str | None) -> Dokument:
    """`doc` with the model's second opinion; `doc` unchanged when it gets none or the
    model fails (a second opinion never fails the reading)."""
    if not gilt_fuer(doc):
        return doc
    try:
        z = zweitmeinung(doc, llm, case_id=case_id)
    except LlmError as exc:
        log.warning("%s %s: keine Zweitmeinung: %s", case_id, doc.datei, exc)
        return doc
    except Exception as exc:  # the second opinion is optional; reading must go on
        log.warning("%s %s: keine Zweitmeinung: %s: %s", case_id, doc.datei,
                    type(exc).__name__, exc, exc_info=True)
        return doc
    return doc.model_copy(update={"zweitmeinung": z})


def modell_fuer(cfg: Settings, audit: AuditSink | None = None) -> LlmClient | None:
    """The model for second opinions: None when they are off or no backend is set.
    `audit`: where the calls are recorded (default: the JSON Lines trail)."""
    if not cfg.verstehen.zweitmeinung or backend(cfg.llm) == "none":
        return None
    try:
        if audit is None and cfg.llm == settings().llm:
            return standard_client()  # one client (and loaded model) per process
        return erzeuge(cfg.llm, audit or standard_sink())
    except LlmError as exc:
        log.warning("keine Zweitmeinung: Modell nicht verfügbar: %s", exc)
        return None


def ergaenze(dokumente: Iterable[Dokument], cfg: Settings, *, case_id: str | None,
             llm: LlmClient | None = None, audit: AuditSink | None = None
             ) -> tuple[Dokument, ...]:
    """The documents, each Baubeschreibung with a second opinion when the configuration
    enables it. The client is `llm`, else the configured one (recording to `audit`),
    made only when a document needs it; disabled, no model is ever called."""
    docs = tuple(dokumente)
    if not cfg.verstehen.zweitmeinung or not any(gilt_fuer(d) for d in docs):
        return docs
    client = llm or modell_fuer(cfg, audit)
    if client is None:
        return docs
    return tuple(mit_zweitmeinung(d, client, case_id=case_id) for d in docs)
