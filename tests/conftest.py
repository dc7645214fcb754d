from __future__ import annotations

from pathlib import Path

import pytest

from rathaus.registers.base import Registers
from rathaus.registers.folder import load_registers
from tests.bundles import write_gemeinde


@pytest.fixture
def gemeinde_dir(tmp_path: Path) -> Path:
    return write_gemeinde(tmp_path / "gemeinde")


@pytest.fixture
def registers(gemeinde_dir: Path) -> Registers:
    return load_registers(gemeinde_dir)
