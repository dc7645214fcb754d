"""The frozen snapshot of a case that every agent receives."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from rathaus.domain.antrag import Antrag
from rathaus.domain.dokument import Dokument


class Vorgang(BaseModel):
    """An application with its documents as read at intake. Agents get only this
    and the municipality's registers: no I/O, no hidden state."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    antrag: Antrag
    dokumente: tuple[Dokument, ...] = ()
    quelle: str = ""

    def hat_unterlage(self, typ: str) -> bool:
        """A document of this type was filed; listed but unreadable counts too (regeln.md)."""
        return any(d.typ == typ for d in self.dokumente)
