"""The Bescheid agent: from case, findings and the human decision to a draft notice.

The skeleton is deterministic (Tenor, Nebenbestimmungen, fee, Rechtsbehelfsbelehrung,
letterhead); a model drafts at most the appraisal prose and the plain-language summary,
each validated and with a deterministic fallback. The outcome is always the human's
`Entscheidung`; neither the findings nor the decision pass through a model.
"""

from __future__ import annotations

import datetime as dt

from rathaus.bescheid import bausteine as bs
from rathaus.bescheid import begruendung as bg
from rathaus.bescheid.modell import BescheidEntwurf, KiVermerk, Textabschnitt
from rathaus.bescheid.nebenbestimmungen import ableiten, nahegelegt
from rathaus.domain.antrag import Antrag
from rathaus.domain.befund import Befund
from rathaus.domain.entscheidung import Entscheidung
from rathaus.governance.audit import AuditSink
from rathaus.llm.base import LlmClient
from rathaus.registers.gemeinde import GemeindeConfig
from rathaus.sprache import vereinfache

_ZUSAMMENFASSUNG = "Zusammenfassung in Leichter Sprache"


def entwurf(antrag: Antrag, befunde: list[Befund] | tuple[Befund, ...],
            entscheidung: Entscheidung, gemeinde: GemeindeConfig,
            llm: LlmClient | None = None, *, datum: dt.date | None = None,
            audit: AuditSink | None = None) -> BescheidEntwurf:
    """Draft the notice for a decided case. `llm=None`: deterministic text throughout
    (pass `rathaus.llm.standard_client()` for the configured model)."""
    befunde = tuple(befunde)
    heute = datum or entscheidung.zeitpunkt.date()
    art = bs.bescheid_art(entscheidung)
    wuerdigung, ki_w, verworfen_w = bg.wuerdigung(antrag, befunde, entscheidung, llm)
    gebuehr = bs.gebuehr(antrag, entscheidung, gemeinde, heute)
    belehrung = bs.rechtsbehelfsbelehrung(entscheidung, gemeinde)
    nbs = ableiten(befunde, entscheidung, gemeinde)
    zusammenfassung = _zusammenfassung(antrag, entscheidung, len(nbs), gebuehr_eur=(
        gebuehr.betrag_eur if gebuehr else None), klage=bs.rechtsbehelf_art(gemeinde))
    einfach = vereinfache(zusammenfassung, _leicht(entscheidung, len(nbs), gebuehr is not None,
                                                   bs.rechtsbehelf_art(gemeinde)),
                          llm, case_id=antrag.id)
    ki: list[KiVermerk] = [ki_w] if ki_w else []
    if einfach.quelle == "modell" and einfach.modell and einfach.prompt_sha256:
        ki.append(KiVermerk(abschnitt=_ZUSAMMENFASSUNG, modell=einfach.modell,
                            version=einfach.version or einfach.modell,
                            prompt_sha256=einfach.prompt_sha256,
                            zweck="sprache.einfach"))
    abschnitte = [bg.sachverhalt(antrag), bg.befundliste(befunde, entscheidung), wuerdigung]
    menschlich = bg.erwaegungen(entscheidung)
    if menschlich:
        abschnitte.append(menschlich)
    pruef = _pruefhinweise(befunde, entscheidung, verworfen_w, einfach.verworfen)
    result = BescheidEntwurf(
        art=art, aktenzeichen=antrag.id, datum=heute, ort=gemeinde.name, land=gemeinde.land,
        absender=bs.absender(gemeinde), empfaenger=bs.empfaenger(antrag),
        betreff=bs.betreff(antrag, art),
        tenor=bs.tenor(antrag, entscheidung, befunde, gemeinde, heute),
        nebenbestimmungen=nbs, zulassungen=bs.zulassungen(entscheidung, befunde),
        begruendung=tuple(abschnitte), hinweise=bs.hinweise(entscheidung, befunde, gemeinde),
        gebuehr=gebuehr, rechtsbehelfsbelehrung=belehrung, zusammenfassung=zusammenfassung,
        zusammenfassung_einfach=Textabschnitt(titel=_ZUSAMMENFASSUNG, absaetze=(einfach.text,),
                                              quelle=einfach.quelle),
        entscheidung=entscheidung, befunde=befunde, ki=tuple(ki), pruefhinweise=pruef)
    if audit is not None:
        audit.record("agent.bescheid", "bescheid.entwurf", antrag.id, {
            "art": art, "entscheidung": entscheidung.ergebnis,
            "ki_abschnitte": list(result.ki_abschnitte),
            "nebenbestimmungen": len(nbs), "pruefhinweise": list(pruef)})
    return result


def _zusammenfassung(antrag: Antrag, e: Entscheidung, n_nb: int, *,
                     gebuehr_eur: float | None, klage: str) -> str:
    v = f"„{bs.vorhaben(antrag)}“"
    if e.ergebnis == "nachforderung":
        return (f"Der Bauantrag für {v} ist unvollständig. Die fehlenden Unterlagen und "
                "Angaben sind innerhalb der gesetzten Frist nachzureichen, sonst gilt der "
                "Antrag als zurückgenommen.")
    if e.genehmigt:
        satz = f"Die Baugenehmigung für {v} wird erteilt"
        satz += f" mit {n_nb} Nebenbestimmungen." if n_nb else "."
    else:
        satz = f"Die Baugenehmigung für {v} wird versagt."
    if gebuehr_eur is not None:
        satz += f" Die Gebühr beträgt {bs.eur(gebuehr_eur)}."
    rb = "Klage beim Verwaltungsgericht" if klage == "klage" else "Widerspruch"
    return satz + f" Gegen den Bescheid ist innerhalb eines Monats {rb} möglich."


def _leicht(e: Entscheidung, n_nb: int, gebuehr: bool, klage: str) -> str:
    """The fixed Leichte-Sprache summary (the fallback)."""
    if e.ergebnis == "nachforderung":
        return ("Es fehlen Unterlagen für Ihren Bau·antrag. Bitte schicken Sie uns die "
                "Unterlagen. Im Brief steht, bis wann. Sonst können wir Ihren Antrag nicht "
                "bearbeiten.")
    if e.genehmigt:
        saetze = ["Sie dürfen bauen."]
        if n_nb:
            saetze.append("Sie müssen sich dabei an Regeln halten. Die Regeln stehen im Brief.")
    else:
        saetze = ["Sie dürfen so nicht bauen.", "Im Brief steht, warum."]
    if gebuehr:
        saetze.append("Sie müssen für den Bescheid Geld bezahlen. Wie viel, steht im Brief.")
    if klage == "klage":
        saetze.append("Sind Sie nicht einverstanden? Dann können Sie beim Gericht klagen. "
                      "Dafür haben Sie einen Monat Zeit.")
    else:
        saetze.append("Sind Sie nicht einverstanden? Dann können Sie uns schreiben: "
                      "Das heißt Wider·spruch. Dafür haben Sie einen Monat Zeit.")
    return " ".join(saetze)


def _pruefhinweise(befunde: tuple[Befund, ...], e: Entscheidung, *verworfen: str | None
                   ) -> tuple[str, ...]:
    """What the caseworker should look at before signing (never printed)."""
    hinweise = [v for v in verworfen if v]
    maengel = sorted({b.code for b in befunde if b.art == "mangel"})
    if e.genehmigt and maengel:
        hinweise.append("Genehmigung trotz Mängelbefunden: " + ", ".join(maengel))
    if e.ergebnis == "genehmigt" and nahegelegt(befunde):
        hinweise.append("Befunde legen Nebenbestimmungen nahe (Entscheidung ohne "
                        "Nebenbestimmungen): " + ", ".join(nahegelegt(befunde)))
    if e.ergebnis == "versagt" and not (maengel or e.begruendung):
        hinweise.append("Ablehnung ohne Mängelbefund und ohne eigene Begründung")
    if e.ergebnis == "nachforderung" and not any(
            b.pruefer == "vollstaendigkeit" and b.art == "mangel" for b in befunde):
        hinweise.append("Nachforderung ohne Vollständigkeitsmangel")
    return tuple(hinweise)
