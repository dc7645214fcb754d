"""The agent contract and the registry of agents with stable ids.

An agent is small and boring: input is the frozen case snapshot plus the registers,
output is a list of findings. No hidden state, no I/O beyond what it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from rathaus.domain.befund import Befund, Pruefer
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Registers


class Agent(Protocol):
    """A checking agent. `id` is stable: renaming it breaks stored cases and workflows."""

    id: Pruefer
    codes: frozenset[str]

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]: ...


@dataclass
class AgentRegistry:
    """Agents by stable id; registering an id twice is an error at import time."""

    agents: dict[str, Agent]

    def register(self, agent: Agent) -> Agent:
        if agent.id in self.agents:
            raise ValueError(f"agent id {agent.id!r} registered twice")
        self.agents[agent.id] = agent
        return agent

    def all(self) -> list[Agent]:
        return list(self.agents.values())

    def codes(self) -> frozenset[str]:
        return frozenset(c for a in self.agents.values() for c in a.codes)


REGISTRY = AgentRegistry(agents={})


def register(cls: Callable[[], Any]) -> Any:
    """Class decorator: instantiate the agent and add it to the global registry."""
    REGISTRY.register(cls())
    return cls


def befund_factory(pruefer: Pruefer) -> Callable[..., Befund]:
    """A helper that fills `pruefer` for one agent's findings."""

    def make(
        code: str, art: str, objekt: str | None, norm: str, text: str, **belege: Any
    ) -> Befund:
        return Befund(
            code=code, pruefer=pruefer, art=art,
            objekt=objekt, norm=norm, text=text, belege=belege,
        )

    return make
