"""The building permit (Bauantrag): its agents, offices, deadlines and automation status."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

ID = "bauantrag"
AMT = "bauaufsicht"  # the office whose caseworkers decide

# The agents that check a Bauantrag, by stable id, in report order.
AGENTEN: tuple[str, ...] = (
    "vollstaendigkeit", "bauordnung", "planungsrecht", "naturschutz",
    "denkmalschutz", "grundbuch", "erschliessung",
)  # fmt: skip
FACHAGENTEN: tuple[str, ...] = AGENTEN[1:]

# No law allows a fully automated building permit (§ 35a VwVfG): a human always decides
# and signs. The case engine reads this flag; it is not a setting.
VOLLAUTOMATISIERBAR = False


@dataclass(frozen=True)
class Fristen:
    nachforderung_tage: float
    bearbeitung_tage: float


def fristen(land: str) -> Fristen:
    """The Land's periods, else the model's."""
    text = resources.files(__package__).joinpath("fristen.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    entry = data.get(land, data["muster"])
    return Fristen(float(entry["nachforderung_tage"]), float(entry["bearbeitung_tage"]))
