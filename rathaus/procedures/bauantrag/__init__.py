"""The building permit (Bauantrag) under the Musterbauordnung and the Länder's variants."""

from __future__ import annotations

# The agents that check a Bauantrag, by stable id, in report order.
AGENTEN: tuple[str, ...] = (
    "vollstaendigkeit", "bauordnung", "planungsrecht", "naturschutz",
    "denkmalschutz", "grundbuch", "erschliessung",
)  # fmt: skip

# No law allows a fully automated building permit (§ 35a VwVfG): a human always signs.
VOLLAUTOMATISIERBAR = False
