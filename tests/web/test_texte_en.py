"""The English catalogue (`rathaus/web/texte_en.json`, German → English) covers every text
the pages translate: the `_("…")` literals of the templates and of rathaus/web's Python,
the literal labels and hints handed to the form macros, and the German labels, statuses
and messages that rathaus/web passes to `_()` at run time. Placeholders such as `{n}`,
which `uebersetze` fills with `.format(**werte)`, must be the same in both languages.

Reads files and imports modules only: no server, no browser."""

from __future__ import annotations

import ast
import json
import string
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from jinja2 import Environment, nodes

from rathaus.web.vorlagen import uebersetze

WEB = Path(__file__).resolve().parents[2] / "rathaus" / "web"
TEMPLATES = WEB / "templates"
KATALOG = WEB / "texte_en.json"
# Form macros of `_felder.html` that pass a literal argument on to `_()`:
# macro → positions of those arguments (label, hint); the same names as keywords count too.
MAKROS = {"text": (1, 6), "meldungen": (1,)}
MAKRO_KW = {"label", "hinweis"}
# Functions in rathaus/web whose returned string literals end up as field errors.
MELDUNGEN_AUS = {"_klartext", "speichern"}


def katalog() -> dict[str, str]:
    data = json.loads(KATALOG.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return {str(k): str(v) for k, v in data.items()}


def _templates() -> list[Path]:
    return sorted(TEMPLATES.rglob("*.html"))


def _python() -> list[Path]:
    return sorted(WEB.rglob("*.py"))


def _str(node: nodes.Node) -> str | None:
    return node.value if isinstance(node, nodes.Const) and isinstance(node.value, str) \
        else None


def template_texte(path: Path) -> Iterator[str]:
    """`_("…")` literals and literal labels/hints of the form macros (`m.text(…)`)."""
    tree = Environment().parse(path.read_text(encoding="utf-8"), path.name, str(path))
    for call in tree.find_all(nodes.Call):
        f = call.node
        if isinstance(f, nodes.Name) and f.name == "_":
            if call.args and (text := _str(call.args[0])) is not None:
                yield text
        elif isinstance(f, nodes.Getattr) and f.attr in MAKROS:
            args = [call.args[i] for i in MAKROS[f.attr] if i < len(call.args)]
            args += [kw.value for kw in call.kwargs if kw.key in MAKRO_KW]
            yield from (t for a in args if (t := _str(a)))


def _const(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def python_literale(path: Path) -> Iterator[str]:
    """`_("…")` and `uebersetze("…", …)` literals in Python."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and node.args:
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if name in ("_", "uebersetze") and (text := _const(node.args[0])) is not None:
                yield text


def python_meldungen(path: Path) -> Iterator[str]:
    """Literal messages that reach the pages' `_()`: field errors (`Fehler({…: "…"})`,
    `fehler[…] = "…"`, `ValueError("…")` of the form parsing, returned messages) and the
    title and text of the error page."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "Fehler" and node.args and isinstance(node.args[0], ast.Dict):
                yield from (t for v in node.args[0].values if (t := _const(v)))
            elif node.func.id == "ValueError" and node.args:
                yield from (t for t in [_const(node.args[0])] if t)
            elif node.func.id == "seite" and any(_const(a) == "fehler.html" for a in node.args):
                yield from (t for kw in node.keywords if kw.arg in ("titel", "text")
                            if (t := _const(kw.value)))
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                and t.value.id == "fehler" for t in node.targets):
            yield from (t for t in [_const(node.value)] if t)
        elif isinstance(node, ast.FunctionDef) and node.name in MELDUNGEN_AUS:
            yield from (t for r in ast.walk(node) if isinstance(r, ast.Return)
                        if (t := _const(r.value)))


def python_tabellen() -> set[str]:
    """German labels, statuses and hints that rathaus/web hands to `_()` at run time."""
    from rathaus.web.config import Oidc, WebSettings
    from rathaus.web.dienste import befunde, faelle, felder, werkbank
    from rathaus.web.seiten import admin, portal
    from rathaus.web.sicherheit import passwort_problem

    texte = {Oidc().label, *portal.TITEL.values(), *admin.ROLLEN_TEXT.values(),
             *faelle.STATUS.values(), *werkbank.AUFGABEN.values(),
             *werkbank.ERGEBNISSE.values(), *befunde.ERGEBNIS.values(),
             *befunde.ART.values(), *befunde.PRUEFER.values(), *befunde.TUN.values(),
             *befunde.VORSCHLAG.values()}
    texte |= {text for _, text in felder.UNTERLAGEN}
    for f in chain.from_iterable(felder.SCHRITTE.values()):
        texte |= {f.label, f.hinweis, *(text for _, text in f.optionen)}
    # the case view's Antragsdaten: group titles, row labels, choices, uses, networks
    texte |= {titel for titel, _, _ in felder.GRUPPEN}
    for z in chain(felder.ALLGEMEIN, felder.GEBAEUDE, felder.ANTRAGSTELLUNG,
                   *(zeilen for _, _, zeilen in felder.GRUPPEN)):
        texte |= {z.label, *(text for _, text in z.optionen)}
    texte |= {*felder.NUTZUNG_TEXT.values(), *(text for _, text in felder.ERSCHLIESSUNG)}
    # messages built with f-strings, as they read with the default settings
    texte |= {passwort_problem("") or "",
              f"Die Datei ist größer als {WebSettings().max_file_bytes // 2**20} MB."}
    return {t for t in texte if t}


def platzhalter(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


def _fehlend(texte: set[str]) -> list[str]:
    kat = katalog()
    return sorted(t for t in texte if not kat.get(t, "").strip())


def test_scanners_find_the_texts() -> None:
    """Guards the scanners themselves: an empty scan would pass everything below."""
    vorlagen = {t for p in _templates() for t in template_texte(p)}
    assert {"Bauantrag", "{n} Treffer", "Karte: Klicks setzen die Ecken des Grundrisses",
            "Passwort", "Mindestens 10 Zeichen.", "z. B. bauaufsicht"} <= vorlagen
    assert len(vorlagen) > 100
    meldungen = {t for p in _python() for t in python_meldungen(p)}
    assert {"Die Datei ist leer.", "Bitte Ihren Namen eingeben.", "Seite nicht gefunden",
            "Dieses Feld gibt es nicht.", "Der Entwurf darf nicht leer sein.",
            "Das GeoJSON enthält kein Polygon."} <= meldungen


def test_every_template_literal_has_english() -> None:
    texte = {t for p in _templates() for t in template_texte(p)}
    fehlend = _fehlend(texte)
    assert not fehlend, f"{len(fehlend)} template texts without English: {fehlend}"


def test_every_python_literal_has_english() -> None:
    texte = {t for p in _python() for t in python_literale(p)}
    fehlend = _fehlend(texte)
    assert not fehlend, f"{len(fehlend)} texts in rathaus/web without English: {fehlend}"


def test_labels_statuses_and_messages_have_english() -> None:
    texte = python_tabellen() | {t for p in _python() for t in python_meldungen(p)}
    fehlend = _fehlend(texte)
    assert not fehlend, f"{len(fehlend)} labels or messages without English: {fehlend}"


def test_placeholders_match() -> None:
    falsch = {de: en for de, en in katalog().items() if platzhalter(de) != platzhalter(en)}
    assert not falsch, f"placeholders differ: {falsch}"


def test_catalogue_is_canonical() -> None:
    """Sorted keys, UTF-8 as is, two spaces: diffs stay small and reviewable."""
    kat = katalog()
    assert all(en.strip() for en in kat.values())
    text = KATALOG.read_text(encoding="utf-8")
    assert text == json.dumps(kat, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_uebersetze_uses_the_catalogue() -> None:
    assert uebersetze("Anmelden", "en") == "Sign in"
    assert uebersetze("Anmelden", "de") == "Anmelden"
    assert uebersetze("{n} Treffer", "en", n=3) == "Results: 3"
    assert uebersetze("{n} Treffer", "de", n=3) == "3 Treffer"
