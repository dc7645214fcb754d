"""Every example application reproduces its `erwartet.json` against Musterstadt."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rathaus.cli import main
from rathaus.pruefung import agenten
from rathaus.registers.base import Registers
from rathaus.registers.folder import load_registers

ROOT = Path(__file__).resolve().parents[1]
BEISPIELE = sorted(p for p in (ROOT / "examples/antraege").glob("*") if p.is_dir())
# codes of the catalogue that no example needs to show (none: every code is shown)
SPAETER: set[str] = set()


@pytest.fixture(scope="module")
def musterstadt() -> Registers:
    return load_registers(ROOT / "examples/musterstadt")


def _erwartet(bundle: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((bundle / "erwartet.json").read_text("utf-8"))
    return data


def _paare(befunde: list[dict[str, Any]], codes: set[str]) -> Counter[tuple[str, Any]]:
    return Counter((b["code"], b.get("objekt")) for b in befunde if b["code"] in codes)


def test_there_are_at_least_15_examples_each_with_expectations() -> None:
    assert len(BEISPIELE) >= 15
    assert all((b / "erwartet.json").is_file() for b in BEISPIELE)


@pytest.mark.parametrize("bundle", BEISPIELE, ids=[b.name for b in BEISPIELE])
def test_example_reproduces_its_expected_findings(
        bundle: Path, musterstadt: Registers, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pruefen", str(bundle), "--gemeinde", str(ROOT / "examples/musterstadt"),
                 "--json"]) == 0
    bericht = json.loads(capsys.readouterr().out)
    erwartet = _erwartet(bundle)
    codes = {c for a in agenten() for c in a.codes}
    assert _paare(bericht["befunde"], codes) == _paare(erwartet["befunde"], codes)
    if not any(b["code"] not in codes for b in erwartet["befunde"]):
        assert bericht["ergebnis"] == erwartet["ergebnis"]


def test_examples_cover_every_code_of_the_catalogue() -> None:
    catalogue = (ROOT.parent / "shared/spec/befunde.md")
    if not catalogue.exists():
        pytest.skip("../shared/spec/befunde.md is absent (the shared contract folder)")
    import re

    codes = set(re.findall(r"^\| `([A-Z_]+)` \|", catalogue.read_text("utf-8"), re.M))
    seen = {b["code"] for p in BEISPIELE for b in _erwartet(p)["befunde"]}
    assert codes - SPAETER <= seen, f"not in any example: {sorted(codes - SPAETER - seen)}"


def test_at_least_five_examples_are_clean_and_several_have_many_findings() -> None:
    results = [_erwartet(p) for p in BEISPIELE]
    assert sum(r["ergebnis"] == "genehmigungsfaehig" and not r["befunde"]
               for r in results) >= 5
    assert sum(len(r["befunde"]) > 1 for r in results) >= 3


def test_several_bundles_print_json_lines_and_a_summary(
        capsys: pytest.CaptureFixture[str]) -> None:
    some = [str(b) for b in BEISPIELE[:3]]
    assert main(["pruefen", *some, "--gemeinde", str(ROOT / "examples/musterstadt"),
                 "--json"]) == 0
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 3 and all(json.loads(li)["ergebnis"] for li in lines)
    assert "3 von 3 Anträgen geprüft" in err
