"""Decision rules of the case engine that are law, not engine mechanics."""

from __future__ import annotations

from rathaus.domain.befund import ergebnis_aus

# What the findings suggest, as the decisions that follow them without further reasons.
_FOLGT = {
    "genehmigungsfaehig": {"genehmigt", "genehmigt_mit_nebenbestimmungen"},
    "maengel": {"versagt", "nachforderung"},
    "nachforderung": {"nachforderung"},
    "ermessen": set(),  # Ermessen must always be exercised with reasons (§ 39 Abs. 1 VwVfG)
}


def vorschlag(befunde: list[dict[str, str]]) -> str:
    return ergebnis_aus([(b["pruefer"], b["art"]) for b in befunde])


def begruendung_noetig(befunde: list[dict[str, str]], entscheidung: str) -> bool:
    """Written reasons are required when the decision departs from what the findings
    suggest, and always where the law leaves discretion."""
    return entscheidung not in _FOLGT[vorschlag(befunde)]


def darf_automatisch(vollautomatisierbar: bool, befunde: list[dict[str, str]]) -> bool:
    """§ 35a VwVfG: only a procedure a law declares fully automatable, and only when the
    findings leave nothing to judge and nothing wrong."""
    return vollautomatisierbar and not any(b["art"] in ("ermessen", "mangel") for b in befunde)
