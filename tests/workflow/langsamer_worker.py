"""A real worker process with one extra, deliberately slow agent (a test double of a
long specialist check), so a test can kill the worker in the middle of fachprüfung."""

from __future__ import annotations

import sys
import time

from rathaus.agents.base import REGISTRY
from rathaus.domain.befund import Befund
from rathaus.domain.vorgang import Vorgang
from rathaus.registers.base import Registers


class Langsam:
    id = "langsam"
    codes: frozenset[str] = frozenset()

    def pruefe(self, vorgang: Vorgang, registers: Registers) -> list[Befund]:
        time.sleep(4.0)
        return []


if __name__ == "__main__":
    REGISTRY.register(Langsam())  # type: ignore[arg-type]
    from rathaus.cli import main

    sys.exit(main(sys.argv[1:]))
