"""Rendering a Prüfbericht: a readable table for people, JSON for machines."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from rathaus.pruefung import Pruefbericht

_FARBE = {"mangel": "red", "ermessen": "yellow", "hinweis": "cyan"}
_ERGEBNIS = {
    "nachforderung": "Nachforderung: Unterlagen oder Angaben fehlen",
    "maengel": "Mängel: so nicht genehmigungsfähig, ein Mensch entscheidet",
    "ermessen": "Ermessen: ein Mensch muss prüfen und entscheiden",
    "genehmigungsfaehig": "genehmigungsfähig (unterschreibt ein Mensch)",
}


def als_json(bericht: Pruefbericht) -> str:
    return json.dumps(bericht.model_dump(mode="json"), ensure_ascii=False)


def zeige(bericht: Pruefbericht, console: Console, quelle: str = "") -> None:
    titel = f"Prüfbericht {bericht.antrag or '(ohne id)'}"
    table = Table(title=titel, caption=quelle or None, show_lines=True, expand=True)
    table.add_column("Prüfer / Art", no_wrap=True)
    table.add_column("Code / Objekt", no_wrap=True)
    table.add_column("Norm", ratio=1, overflow="fold")
    table.add_column("Befund", ratio=3, overflow="fold")
    for b in bericht.befunde:
        table.add_row(f"{b.pruefer}\n[{_FARBE[b.art]}]{b.art}[/]",
                      f"[bold]{b.code}[/]\n{b.objekt or '–'}", b.norm, b.text)
    if not bericht.befunde:
        table.add_row("–", "–", "–", "Keine Befunde.")
    console.print(table)
    console.print(f"Verfahren: {bericht.verfahren or '–'} · vollständig: "
                  f"{'ja' if bericht.vollstaendig else 'nein'} · Ergebnis: "
                  f"[bold]{_ERGEBNIS[bericht.ergebnis]}[/]\n")


def zusammenfassung(zeilen: list[dict[str, Any]], console: Console) -> None:
    table = Table(title="Zusammenfassung")
    for col in zeilen[0] if zeilen else ():
        table.add_column(col, overflow="fold")
    for z in zeilen:
        table.add_row(*(str(v) for v in z.values()))
    console.print(table)
