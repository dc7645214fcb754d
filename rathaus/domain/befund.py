"""Findings (Befunde) and the outcome derived from them (spec: shared/spec/befunde.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Pruefer = Literal[
    "vollstaendigkeit", "bauordnung", "planungsrecht", "naturschutz",
    "denkmalschutz", "grundbuch", "erschliessung",
]  # fmt: skip
BefundArt = Literal["mangel", "ermessen", "hinweis"]
Ergebnis = Literal["nachforderung", "maengel", "ermessen", "genehmigungsfaehig"]


class Befund(BaseModel):
    """One finding: what an agent found, on which legal basis, with which evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    pruefer: Pruefer
    art: BefundArt
    objekt: str | None
    norm: str
    text: str
    belege: dict[str, Any] = Field(default_factory=dict)


def ergebnis(befunde: list[Befund] | tuple[Befund, ...]) -> Ergebnis:
    """The outcome, computed from the findings in the order befunde.md gives.

    No agent and no language model sets the outcome; it is always derived here.
    """
    return ergebnis_aus([(b.pruefer, b.art) for b in befunde])


def ergebnis_aus(paare: list[tuple[str, str]]) -> Ergebnis:
    """The same rule over (pruefer, art) pairs, e.g. findings serialised in a workflow."""
    if any(p == "vollstaendigkeit" and a == "mangel" for p, a in paare):
        return "nachforderung"
    if any(a == "mangel" for _, a in paare):
        return "maengel"
    if any(a == "ermessen" for _, a in paare):
        return "ermessen"
    return "genehmigungsfaehig"


def vollstaendig(befunde: list[Befund] | tuple[Befund, ...]) -> bool:
    """Complete when the intake found nothing missing or unusable."""
    return not any(b.pruefer == "vollstaendigkeit" and b.art == "mangel" for b in befunde)
