"""The pre-check (Vorprüfung): every registered agent on one case snapshot.

Before the agents run, a Baubeschreibung may get a language model's second opinion on
its figures (`rathaus/intake/zweitmeinung.py`; off unless `verstehen.zweitmeinung`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

import rathaus.agents  # noqa: F401  (registers the agents)
from rathaus.agents.base import REGISTRY, Agent
from rathaus.config import Settings, settings
from rathaus.domain.befund import Befund, Ergebnis, ergebnis, vollstaendig
from rathaus.domain.vorgang import Vorgang
from rathaus.errors import AgentError
from rathaus.intake.zweitmeinung import ergaenze
from rathaus.llm.base import LlmClient
from rathaus.procedures.bauantrag import AGENTEN
from rathaus.registers.base import Registers


class Pruefbericht(BaseModel):
    """The report of a pre-check; `ergebnis` is always derived from the findings."""

    model_config = ConfigDict(frozen=True)

    antrag: str | None
    verfahren: str | None
    vollstaendig: bool
    befunde: tuple[Befund, ...]
    ergebnis: Ergebnis


def agenten() -> list[Agent]:
    """The registered agents in the procedure's order (unknown ones last)."""
    order = {a: i for i, a in enumerate(AGENTEN)}
    return sorted(REGISTRY.all(), key=lambda a: order.get(a.id, len(order)))


def pruefe(vorgang: Vorgang, registers: Registers, *, cfg: Settings | None = None,
           llm: LlmClient | None = None) -> Pruefbericht:
    """`llm`: the model for second opinions (default: the configured one, if enabled)."""
    cfg = cfg or settings()
    if cfg.verstehen.zweitmeinung:
        vorgang = vorgang.model_copy(update={"dokumente": ergaenze(
            vorgang.dokumente, cfg, case_id=vorgang.antrag.id, llm=llm)})
    befunde = tuple(b for agent in agenten() for b in _run(agent, vorgang, registers))
    return Pruefbericht(
        antrag=vorgang.antrag.id,
        verfahren=vorgang.antrag.verfahren,
        vollstaendig=vollstaendig(befunde),
        befunde=befunde,
        ergebnis=ergebnis(befunde),
    )


def _run(agent: Agent, vorgang: Vorgang, registers: Registers) -> list[Befund]:
    try:
        return agent.pruefe(vorgang, registers)
    except Exception as exc:  # an agent bug must never pass as "no findings"
        raise AgentError(f"{vorgang.quelle}: agent {agent.id!r} failed: "
                         f"{type(exc).__name__}: {exc}") from exc
