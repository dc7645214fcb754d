"""Key figures of a Baubeschreibung, read deterministically from its text.

Vollgeschosse (digits, words, Roman numerals), Wohneinheiten, Geschossfläche,
Wandhöhe, Firsthöhe and the use. Each figure keeps the sentence it came from, so a
caseworker sees the evidence. Conservative by design: a sentence about what the
B-Plan allows ("höchstens II Vollgeschosse"), absolute heights (m ü. NHN) and
implausible values are not figures of the project.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rathaus.domain.dokument import Kennzahl, KennzahlFeld
from rathaus.intake.nutzungen import nutzungen_in
from rathaus.intake.schreibfehler import berichtige

ZAHLWORT = {"kein": 0, "keine": 0, "null": 0, "ein": 1, "eine": 1, "einem": 1, "einer": 1,
            "eines": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
            "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
ROEMISCH = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
            "IX": 9, "X": 10, "XI": 11, "XII": 12,
            "Il": 2, "lI": 2, "ll": 2, "Ill": 3, "lll": 3}  # OCR reads I as l
# Plausible ranges: a value outside is an OCR or typing slip, not a figure
BEREICH: dict[str, tuple[float, float]] = {
    "vollgeschosse": (1, 40), "wohneinheiten": (0, 999), "geschossflaeche_m2": (5, 500_000),
    "wandhoehe_m": (1, 150), "firsthoehe_m": (1, 200)}
LAENGE_TOLERANZ_M = 0.05  # regeln.md
FLAECHE_TOLERANZ = (1.0, 0.01)  # m², share: "ca. 210 m²" for 209.6 m² is the same area
# A sentence with one of these speaks of limits or the plan, not of the project
FREMDE_AUSSAGE = re.compile(
    r"Bebauungsplan|B-Plan|festgesetzt|festsetzt|Festsetzung|zulässig|höchstens|maximal|"
    r"mindestens|\bmax\.|\bmin\.|Bestand|bisher|vorhanden|weitere|zusätzlich", re.I)

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,] ?\d+)?"
_WORT = "|".join(sorted(ZAHLWORT, key=len, reverse=True))
_ROEM = "|".join(sorted(ROEMISCH, key=len, reverse=True))
_ANZAHL = rf"(?<![\d.,])(?:\d{{1,3}}(?![.,]\d)|(?:{_WORT}|{_ROEM})\b)"
# between a label and its value: words, and the citations and abbreviations a
# Baubeschreibung puts there ("nach § 20 Abs. 3 BauNVO", "gem.", "ca.")
_LUECKE = (r"(?:[^.\n\d]|ca\.|bzw\.|gem\.|lt\.|rd\.|inkl\.|§+\s*\d+[a-z]?|Abs\.\s*\d+|"
           r"Nr\.\s*\d+){0,50}?")
_GF = r"(?:Geschossfläche|\bGF\b)"  # GF: the usual abbreviation (GFZ is another figure)
_WE = r"(?:Wohneinheit(?:en)?|Wohnung(?:en)?|\bWE\b)"
_LAENGE = rf"(?P<w>{_NUM})\s*(?:m\b|Meter)(?!\s*ü\.?\s*(?:NN|NHN|DHHN))"

MUSTER: dict[KennzahlFeld, tuple[re.Pattern[str], ...]] = {
    "vollgeschosse": (
        re.compile(rf"(?P<w>{_ANZAHL})\s+(?:[a-zäöüß]+\s+)?Vollgeschoss(?:\(e\)|en?\b|\b)"),
        re.compile(rf"Vollgeschoss(?:e|en)?\b[^.\n\d]{{0,25}}?(?:[:=]|beträgt|betragen)\s*"
                   rf"(?P<w>{_ANZAHL})"),
    ),
    "wohneinheiten": (
        re.compile(rf"(?P<w>{_ANZAHL})\s+(?:[a-zäöüß]+\s+){{0,2}}"
                   r"(?:Wohneinheit|Wohnung)(?:\(en\)|en\b|\b)"),
        re.compile(rf"(?:Anzahl\s+(?:der\s+)?)?{_WE}\s*(?:\(WE\))?\s*"
                   rf"(?:[:=]|beträgt)\s*(?P<w>{_ANZAHL})"),
        re.compile(rf"(?P<w>{_ANZAHL})\s+WE\b"),
    ),
    "geschossflaeche_m2": (
        re.compile(rf"{_GF}{_LUECKE}(?P<w>{_NUM})\s*(?:m²|m2|qm|m\?|Quadratmeter)"),
        # 'Label: value' with the unit elsewhere (a table column, the next line)
        re.compile(rf"{_GF}[^.\n\d]{{0,30}}?[:=]\s*(?P<w>{_NUM})\s*$"),
        # the value first: "es entstehen rund 480 m² Geschossfläche"
        re.compile(rf"(?<![\d.,])(?P<w>{_NUM})\s*(?:m²|m2|qm)\s+(?:[A-Za-zäöüß-]+\s+)?"
                   rf"{_GF}"),
    ),
    "wandhoehe_m": (re.compile(rf"Wandhöhe\b{_LUECKE}{_LAENGE}"),),
    "firsthoehe_m": (re.compile(rf"(?:Firsthöhe|Höhe des Firstes)\b{_LUECKE}{_LAENGE}"),),
}
NUTZUNG = re.compile(
    r"(?:\b(?:Art der Nutzung|Nutzungsart|Nutzung)\s*:\s*|"
    r"\b(?:genutzt|dient)\s+(?:wird\s+)?(?:als|zu|der|dem)\s+)(?P<w>[^.;:\n]{2,80})")


def zahl(text: str) -> float:
    """`1.250,5` → 1250.5; `1,250.5` → 1250.5; `6,2` → 6.2; `6.2` → 6.2; `9. 1` (OCR) →
    9.1. With both separators the last is the decimal one; `1.250` is German thousands."""
    text = text.replace(" ", "")
    if "," in text and "." in text:
        tausender = "," if text.rfind(".") > text.rfind(",") else "."
        text = text.replace(tausender, "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def lesarten(text: str) -> list[float]:
    """The readings of a number, the usual first: `1,074` is 1.074 in German but 1074 in
    English notation; the plausible range of the field decides."""
    erste = zahl(text)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text.replace(" ", "")):
        return [erste, float(text.replace(" ", "").replace(",", ""))]
    return [erste]


def gleich(feld: str, ist: float, soll: float) -> bool:
    """Two values of a numeric figure are the same: lengths within 0.05 m (regeln.md),
    the Geschossfläche within 1 m² or 1 % of `soll`, counts exactly."""
    if feld in ("wandhoehe_m", "firsthoehe_m"):
        return abs(ist - soll) <= LAENGE_TOLERANZ_M + 1e-9
    if feld == "geschossflaeche_m2":
        return abs(ist - soll) <= max(FLAECHE_TOLERANZ[0], FLAECHE_TOLERANZ[1] * soll)
    return ist == soll


def anzahl(text: str) -> int:
    if text.isdigit():
        return int(text)
    return ZAHLWORT.get(text.lower(), ROEMISCH.get(text, -1))


# a sentence ends at . ! ? before a capital (not after ü. ca. Nr. …)
_GRENZE = re.compile(r"(?<!ü\.)(?<!ca\.)(?<!Nr\.)(?<!Abs\.)(?<!bzw\.)(?<!St\.)(?<=[.!?])\s+"
                     r"(?=[A-ZÄÖÜ])")
_LABEL = re.compile(r"\s*[^.:=\s][^.:=]{0,45}[:=]")  # a line that starts 'Label: …'



def _zeilen(text: str) -> list[str]:
    """Lines, a wrapped line joined to the next: a line break ends a sentence only after
    punctuation, or before or after a 'Label: value' line (a bare 'Label:' or 'Label ='
    waits for its value on the next line)."""
    text = re.sub(r"-\n(?=[a-zäöüß])", "", text)
    out: list[str] = []
    for zeile in text.splitlines():
        vorige = out[-1].rstrip() if out else ""
        ende = vorige[-1:] in (".", "!", "?", ";", ")") or (
            not vorige.endswith((":", "=")) and bool(_LABEL.match(vorige) or _LABEL.match(zeile)))
        if vorige and zeile.strip() and not ende:
            out[-1] = f"{vorige} {zeile}"
        else:
            out.append(zeile)
    return out


def _saetze(text: str) -> Iterator[str]:
    for zeile in _zeilen(text):
        yield from _GRENZE.split(zeile)


def _kurz(satz: str) -> str:
    satz = " ".join(satz.split())
    return satz if len(satz) <= 240 else satz[:237] + "..."


def kennzahlen(text: str, unsicher: frozenset[str] = frozenset()) -> tuple[Kennzahl, ...]:
    """Every figure the text states, in order; the same value of a field only once.
    `unsicher`: words and digit groups OCR read with low confidence; a figure made of
    one of them is left out (a misread 9.1 → 9.4 must not become a contradiction)."""
    out: list[Kennzahl] = []
    seen: set[tuple[str, object]] = set()
    for satz in _saetze(text):
        flat = " ".join(satz.split())
        gelesen = berichtige(flat)  # slips in the terms; the evidence stays as written
        if FREMDE_AUSSAGE.search(gelesen):
            continue
        for feld, wert in _in_satz(gelesen, unsicher):
            if (feld, wert) not in seen:
                seen.add((feld, wert))
                out.append(Kennzahl(feld=feld, wert=wert, satz=_kurz(flat)))
    return tuple(out)


def ergaenzt(haupt: tuple[Kennzahl, ...], weitere: list[tuple[Kennzahl, ...]]
             ) -> tuple[Kennzahl, ...]:
    """The main reading's figures, plus, for a field it has none of, the figure the
    further readings of a hard scan (rathaus/intake/ocr.py) agree on. Readings that
    state different values leave the field out: better no figure than a wrong one."""
    out = list(haupt)
    felder = {k.feld for k in haupt}
    kandidaten: dict[str, list[Kennzahl]] = {}
    for lesung in weitere:
        for k in lesung:
            if k.feld not in felder:
                kandidaten.setdefault(k.feld, []).append(k)
    for ks in kandidaten.values():
        if len({k.wert for k in ks}) == 1:
            out.append(ks[0])
    return tuple(out)


def _in_satz(satz: str, unsicher: frozenset[str]
             ) -> Iterator[tuple[KennzahlFeld, int | float | tuple[str, ...]]]:
    for feld, muster in MUSTER.items():
        for m in (m for p in muster for m in p.finditer(satz)):
            roh = m.group("w")
            if roh.replace(" ", "") in unsicher or set(roh.split()) & unsicher:
                continue
            lo, hi = BEREICH[feld]
            werte = [anzahl(roh)] if feld in ("vollgeschosse", "wohneinheiten") else lesarten(roh)
            wert = next((w for w in werte if lo <= w <= hi), None)
            if wert is not None:
                yield feld, int(wert) if isinstance(wert, int) else round(wert, 2)
    for m in NUTZUNG.finditer(satz):
        gefunden = nutzungen_in(m.group("w"))
        if gefunden:
            yield "nutzungen", gefunden
