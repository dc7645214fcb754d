"""Findings in plain language: labels, what to do, the latest run of each agent, and
the text of a Nachforderung."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rathaus.domain.befund import Befund
from rathaus.procedures.bauantrag import AGENTEN

PRUEFER = {
    "vollstaendigkeit": "Vollständigkeit", "bauordnung": "Bauordnung",
    "planungsrecht": "Planungsrecht", "naturschutz": "Naturschutz",
    "denkmalschutz": "Denkmalschutz", "grundbuch": "Grundbuch",
    "erschliessung": "Erschließung",
}  # fmt: skip
ART = {"mangel": "Muss behoben werden", "ermessen": "Die Behörde muss abwägen",
       "hinweis": "Hinweis"}
ERGEBNIS = {
    "nachforderung": "Es fehlt noch etwas. Ohne die fehlenden Angaben oder Unterlagen "
                     "kann der Antrag nicht bearbeitet werden.",
    "maengel": "Der Antrag ist vollständig, aber das Vorhaben verstößt in dieser Form "
               "gegen Vorschriften.",
    "ermessen": "Der Antrag ist vollständig. Die Behörde muss über einzelne Punkte nach "
                "Ermessen entscheiden.",
    "genehmigungsfaehig": "Die Vorprüfung hat nichts gefunden, was einer Genehmigung "
                          "entgegensteht.",
}
# the pre-check's outcome in a word, for the case view's header
VORSCHLAG = {"nachforderung": "Nachforderung", "maengel": "Mängel",
             "ermessen": "Ermessensentscheidung", "genehmigungsfaehig": "genehmigungsfähig"}
TUN = {
    "UNTERLAGE_FEHLT": "Laden Sie diese Unterlage im Schritt „Unterlagen“ hoch.",
    "UNTERLAGE_UNLESBAR": "Laden Sie eine lesbare Fassung hoch (PDF mit Text oder ein "
                          "deutlicher Scan).",
    "UNTERLAGE_UNPASSEND": "Prüfen Sie, ob Sie die richtige Datei als diese Art von "
                           "Unterlage hochgeladen haben.",
    "ANGABE_FEHLT": "Ergänzen Sie die Angabe im Formular.",
    "ANGABE_WIDERSPRUCH": "Gleichen Sie Formular und Unterlagen an.",
    "FLURSTUECK_UNBEKANNT": "Wählen Sie das Flurstück im Schritt „Grundstück“ neu aus.",
    "BAUVORLAGEBERECHTIGUNG_FEHLT": "Die Bauvorlagen muss eine bauvorlageberechtigte "
                                    "Person unterschreiben.",
    "EIGENTUEMERZUSTIMMUNG_FEHLT": "Laden Sie die Zustimmung der Miteigentümer:innen hoch.",
}


def art_label(b: Befund) -> str:
    return ART.get(b.art, b.art)


def tun(b: Befund) -> str:
    return TUN.get(b.code, "")


def nach_agent(befunde: Iterable[Befund]) -> list[tuple[str, str, list[Befund]]]:
    """(agent id, label, findings) in the procedure's order."""
    gruppen: dict[str, list[Befund]] = {}
    for b in befunde:
        gruppen.setdefault(b.pruefer, []).append(b)
    order = {a: i for i, a in enumerate(AGENTEN)}
    return [(a, PRUEFER.get(a, a), gruppen[a])
            for a in sorted(gruppen, key=lambda a: order.get(a, 99))]


def aktuelle(store: Any, case_id: str) -> list[Befund]:
    """The findings of each agent's latest run (earlier rounds are history)."""
    letzter: dict[str, str] = {}
    for r in store.finding_runs(case_id):
        letzter[r.pruefer] = r.run
    out: list[Befund] = []
    for run in dict.fromkeys(letzter.values()):
        out += [b for b in store.findings(case_id, run) if letzter.get(b.pruefer) == run]
    return out


def geprueft(store: Any, case_id: str) -> list[str]:
    """The agents that have run on the case (labels, in the procedure's order): with
    none, the checks have not run yet; with findings from none, they found nothing."""
    order = {a: i for i, a in enumerate(AGENTEN)}
    gelaufen = {r.pruefer for r in store.finding_runs(case_id)}
    return [PRUEFER.get(a, a) for a in sorted(gelaufen, key=lambda a: order.get(a, 99))]


def nachforderung_text(befunde: Iterable[Befund]) -> str:
    """A Nachforderung pre-filled from the completeness findings; empty when the
    completeness check found nothing missing (no list without items)."""
    zeilen = [f"- {b.text}" + (f" ({b.norm})" if b.norm else "") for b in befunde
              if b.pruefer == "vollstaendigkeit" and b.art != "hinweis"]
    if not zeilen:
        return ""
    return "Bitte reichen Sie die folgenden Unterlagen bzw. Angaben nach:\n" + "\n".join(zeilen)


def befund_json(b: Befund) -> dict[str, Any]:
    return {**b.model_dump(mode="json"), "art_text": art_label(b), "tun": tun(b),
            "pruefer_text": PRUEFER.get(b.pruefer, b.pruefer)}
