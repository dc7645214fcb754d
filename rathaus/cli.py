"""The `rathaus` command line."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from rathaus import __version__
from rathaus.bericht import als_json, zeige
from rathaus.errors import AgentError, RathausError
from rathaus.intake.bundle import lade_vorgang
from rathaus.intake.ocr import OcrUnavailable
from rathaus.pruefung import Pruefbericht, pruefe
from rathaus.registers.base import Registers
from rathaus.registers.folder import load_registers

EXIT_INPUT = 2
EXIT_INTERNAL = 1


def _fail(msg: str) -> None:
    print(f"rathaus: error: {' '.join(msg.split())}", file=sys.stderr)


def _pruefe_pfad(path: Path, registers: Registers) -> Pruefbericht:
    return pruefe(lade_vorgang(path), registers)


def cmd_pruefen(args: argparse.Namespace) -> int:
    try:
        registers = load_registers(Path(args.gemeinde))
    except RathausError as exc:
        _fail(str(exc))
        return EXIT_INPUT
    out = Console(soft_wrap=False)
    ergebnisse: Counter[str] = Counter()
    failed = crashed = 0
    for bundle in args.bundles:
        try:
            bericht = _pruefe_pfad(Path(bundle), registers)
        except AgentError as exc:
            _fail(str(exc))
            crashed += 1
            continue
        except (RathausError, OcrUnavailable) as exc:
            _fail(str(exc))
            failed += 1
            continue
        ergebnisse[bericht.ergebnis] += 1
        if args.json:
            print(als_json(bericht), flush=True)
        else:
            zeige(bericht, out, quelle=bundle)
    if len(args.bundles) > 1:
        teile = ", ".join(f"{n} {e}" for e, n in sorted(ergebnisse.items()))
        print(f"{sum(ergebnisse.values())} von {len(args.bundles)} Anträgen geprüft"
              f"{': ' + teile if teile else ''}; {failed} nicht lesbar"
              f"{f', {crashed} mit internem Fehler' if crashed else ''}", file=sys.stderr)
    if crashed:
        return EXIT_INTERNAL
    return EXIT_INPUT if failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from rathaus.demo import run_demo

    return run_demo(Path(args.beispiele), Console(), mit_faellen=not args.nur_vorpruefung)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rathaus", description="Municipal procedures with accountable AI agents.")
    parser.add_argument("--version", action="version", version=f"rathaus {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("pruefen", help="pre-check building application bundles")
    p.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle folder or .zip")
    p.add_argument("--gemeinde", required=True, metavar="DIR",
                   help="the municipality's data folder (shared/spec/gemeinde.md)")
    p.add_argument("--json", action="store_true",
                   help="JSON (one object per line for several bundles)")
    p.set_defaults(func=cmd_pruefen)

    d = sub.add_parser("demo", help="pre-check the example applications against Musterstadt")
    d.add_argument("--beispiele", default=str(_examples_dir()), metavar="DIR",
                   help="folder with musterstadt/ and antraege/ (default: %(default)s)")
    d.add_argument("--nur-vorpruefung", action="store_true",
                   help="only the pre-check, without the case engine")
    d.set_defaults(func=cmd_demo)

    from rathaus.cli_fall import add_commands

    add_commands(sub, str(_examples_dir() / "musterstadt"))
    from rathaus.web.cli import add_commands as web_commands

    web_commands(sub, str(_examples_dir() / "musterstadt"))
    a = sub.add_parser("audit", help="the audit trail")
    a_sub = a.add_subparsers(dest="audit_command", required=True)
    v = a_sub.add_parser("verify", help="check the hash chain of the audit trail")
    v.add_argument("--data", metavar="DIR", help="data folder (env RATHAUS_DATA)")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_audit_verify)
    return parser


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from rathaus.cli_fall import data_dir
    from rathaus.store.cli_audit import cmd_audit_verify as verify

    args.data = str(data_dir(args))
    return verify(args)


def _examples_dir() -> Path:
    """`examples/` of the working directory, else of the source checkout."""
    here = Path("examples")
    if (here / "musterstadt").is_dir():
        return here
    return Path(__file__).resolve().parents[1] / "examples"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except RathausError as exc:
        _fail(str(exc))
        return EXIT_INTERNAL if type(exc).__name__ == "Abgelehnt" else EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    return code




if __name__ == "__main__":
    sys.exit(main())
