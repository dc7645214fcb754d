"""The applicant's e-mail for each status, in plain German.

Plain: short sentences, no abbreviations without explanation, the file number in the
subject, and what happens next. The `note` of a status change is part of the mail (for
nachforderung it must say exactly what is missing and by when; `datum` formats the
deadline), so notes are written for the applicant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

_TITEL = {
    "eingegangen": "Ihr Antrag ist eingegangen",
    "vollstaendigkeitspruefung": "Wir prüfen, ob Ihr Antrag vollständig ist",
    "nachforderung": "Es fehlen noch Unterlagen",
    "fachpruefung": "Ihr Antrag wird fachlich geprüft",
    "entscheidung": "Über Ihren Antrag wird entschieden",
    "bescheid": "Ihr Bescheid wird erstellt",
    "zugestellt": "Ihr Bescheid ist zugestellt",
    "zurueckgenommen": "Ihr Antrag gilt als zurückgenommen",
}

_ERKLAERUNG = {
    "eingegangen": "Wir haben Ihren Antrag erhalten. Als Nächstes prüfen wir, ob alle "
                   "Angaben und Unterlagen vorliegen.",
    "vollstaendigkeitspruefung": "Wir sehen nach, ob alle nötigen Angaben und Unterlagen "
                                 "vorliegen. Sie müssen jetzt nichts tun.",
    "nachforderung": "Ihr Antrag ist noch nicht vollständig. Bitte reichen Sie die "
                     "fehlenden Unterlagen nach. Wenn sie nicht rechtzeitig kommen, gilt "
                     "der Antrag als zurückgenommen.",
    "fachpruefung": "Ihr Antrag ist vollständig. Jetzt prüfen die zuständigen Stellen, ob "
                    "Ihr Vorhaben den Vorschriften entspricht. Sie müssen jetzt nichts tun.",
    "entscheidung": "Die fachliche Prüfung ist abgeschlossen. Eine Sachbearbeiterin oder "
                    "ein Sachbearbeiter entscheidet jetzt über Ihren Antrag.",
    "bescheid": "Die Entscheidung ist gefallen. Wir schreiben jetzt den Bescheid. Sie "
                "bekommen ihn bald.",
    "zugestellt": "Der Bescheid zu Ihrem Antrag ist Ihnen zugestellt worden. Darin steht die "
                  "Entscheidung und was Sie dagegen tun können.",
    "zurueckgenommen": "Das Verfahren zu Ihrem Antrag ist beendet. Wenn Sie das Vorhaben "
                       "weiter planen, können Sie einen neuen Antrag stellen.",
}


@dataclass(frozen=True, slots=True)
class Mail:
    recipient: str | None
    subject: str
    body: str


def recipient(antrag: dict[str, Any]) -> str | None:
    """The applicant's address from antrag.json (bauherr.email), if there is one."""
    bauherr = antrag.get("bauherr")
    email = bauherr.get("email") if isinstance(bauherr, dict) else None
    return email.strip() if isinstance(email, str) and "@" in email else None


def _anrede(antrag: dict[str, Any]) -> str:
    bauherr = antrag.get("bauherr")
    name = bauherr.get("name") if isinstance(bauherr, dict) else None
    return f"Guten Tag {name.strip()}," if isinstance(name, str) and name.strip() else \
        "Guten Tag,"


def datum(value: dt.datetime) -> str:
    """A deadline as people read it here: German local time."""
    return value.astimezone(BERLIN).strftime("%d.%m.%Y, %H:%M Uhr")


def status_mail(case_id: str, status: str, antrag: dict[str, Any], amt: str,
                note: str) -> Mail:
    titel = _TITEL.get(status, f"Neuer Stand: {status}")
    teile = [_anrede(antrag), "",
             f"{titel}. Aktenzeichen: {case_id}.", "",
             _ERKLAERUNG.get(status, "Der Stand Ihres Antrags hat sich geändert.")]
    if note.strip():
        teile += ["", note.strip()]
    teile += ["", "Bitte geben Sie bei Fragen immer das Aktenzeichen an.", "",
              "Mit freundlichen Grüßen",
              f"{amt.replace('_', ' ').title()} der Stadtverwaltung", "",
              "Diese Nachricht wurde automatisch erstellt."]
    return Mail(recipient(antrag), f"{titel} – Aktenzeichen {case_id}", "\n".join(teile))
