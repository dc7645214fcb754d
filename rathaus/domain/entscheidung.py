"""The human decision on a case: the only source of a Bescheid's outcome.

No agent and no language model creates an `Entscheidung`; a caseworker does, with
name, office and time, and the Bescheid agent only drafts the notice that follows it.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EntscheidungsErgebnis = Literal[
    "genehmigt", "genehmigt_mit_nebenbestimmungen", "versagt", "nachforderung"
]


class Entscheidung(BaseModel):
    """What a human decided, why, and who: recorded separately from the computed
    `ergebnis` of the pre-check (spec: befunde.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ergebnis: EntscheidungsErgebnis
    begruendung: str | None = None
    entschieden_von: str = Field(min_length=1)
    amt: str = Field(min_length=1)
    zeitpunkt: dt.datetime
    nebenbestimmungen: tuple[str, ...] = ()

    @field_validator("nebenbestimmungen")
    @classmethod
    def _keine_leeren(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not n.strip() for n in value):
            raise ValueError("eine Nebenbestimmung ist leer")
        return value

    @property
    def genehmigt(self) -> bool:
        return self.ergebnis in ("genehmigt", "genehmigt_mit_nebenbestimmungen")
