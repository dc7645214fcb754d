"""The notice as PDF/A-3b (WeasyPrint): a watermarked draft, or the signed notice.

The draft marks every AI-drafted passage. The signed PDF records in its metadata
(Author, Subject, Keywords, mirrored into XMP) who signed, when, and whether and which
model assisted; the notice's data travels inside as an embedded `bescheid.json`.
No resource is fetched while rendering: case text cannot pull in files or URLs.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from rathaus import __version__
from rathaus.bescheid import bausteine as bs
from rathaus.bescheid.modell import BescheidEntwurf, Unterschrift
from rathaus.errors import RathausError

VORLAGEN = files("rathaus.bescheid").joinpath("templates")
_env = Environment(loader=FileSystemLoader(str(VORLAGEN)),
                   autoescape=select_autoescape(["html", "j2"]),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _kein_abruf(url: str, *args: Any, **kwargs: Any) -> Any:
    raise RathausError(f"Bescheid-PDF lädt keine Ressourcen: {url[:60]}")


def metadaten(b: BescheidEntwurf, u: Unterschrift | None) -> dict[str, str]:
    """Title, Author, Subject and Keywords of the PDF (also in its XMP metadata)."""
    modelle = sorted({f"{k.modell}" for k in b.ki})
    stichworte = ["Bescheid", b.art, f"entscheidung={b.entscheidung.ergebnis}",
                  f"entschieden-von={b.entscheidung.entschieden_von}",
                  f"ki-unterstuetzt={'ja' if b.ki else 'nein'}"]
    stichworte += [f"ki-modell={m}" for m in modelle]
    if u is not None:
        stichworte += [f"unterzeichnet-von={u.name}",
                       f"unterzeichnet-am={u.zeitpunkt.isoformat(timespec='seconds')}"]
    else:
        stichworte.append("status=entwurf")
    ki = (f"KI-unterstützt ({', '.join(modelle)}: {', '.join(b.ki_abschnitte)})"
          if b.ki else "ohne KI-Formulierung")
    wer = (f"unterzeichnet von {u.name} am {u.zeitpunkt.isoformat(timespec='seconds')}"
           if u is not None else "Entwurf, nicht unterzeichnet")
    return {"titel": b.betreff, "autor": u.name if u is not None else "Entwurf (rathaus)",
            "beschreibung": f"{wer}; {ki}", "stichworte": ", ".join(stichworte)}


def html(b: BescheidEntwurf, u: Unterschrift | None = None) -> str:
    css = VORLAGEN.joinpath("bescheid.css").read_text(encoding="utf-8")
    modelle = ", ".join(sorted({f"{k.modell} ({k.version})" for k in b.ki}))

    def ki_modell(titel: str | None) -> str:
        return next((k.modell for k in b.ki if k.abschnitt == titel), "Modell")

    erstellt = (u.zeitpunkt if u else b.entscheidung.zeitpunkt).isoformat(timespec="seconds")
    return _env.get_template("bescheid.html.j2").render(
        b=b, unterschrift=u, css=css, version=__version__, erstellt=erstellt,
        datum=bs.datum(b.datum), eur=bs.eur, modelle=modelle, ki_modell=ki_modell,
        faellig=bs.datum(b.gebuehr.faellig_bis) if b.gebuehr else "",
        unterzeichnet_am=u.zeitpunkt.strftime("%d.%m.%Y, %H:%M Uhr") if u else "",
        **metadaten(b, u))


def daten(b: BescheidEntwurf, u: Unterschrift | None) -> bytes:
    """The embedded `bescheid.json`: the draft's data plus the signature record."""
    inhalt = {"bescheid": b.model_dump(mode="json"),
              "unterschrift": u.model_dump(mode="json") if u else None}
    return json.dumps(inhalt, ensure_ascii=False, indent=1).encode("utf-8")


def pdf(b: BescheidEntwurf, u: Unterschrift | None = None) -> bytes:
    from weasyprint import HTML, Attachment

    anhang = Attachment(string=daten(b, u), name="bescheid.json",
                        description="Daten des Bescheids (rathaus)", relationship="Data")
    dokument = HTML(string=html(b, u), url_fetcher=_kein_abruf)
    out = dokument.write_pdf(pdf_variant="pdf/a-3b", attachments=[anhang])
    assert isinstance(out, bytes)
    return out


def entwurf_pdf(b: BescheidEntwurf) -> bytes:
    """The draft as PDF: watermarked, AI-drafted passages marked."""
    return pdf(b, None)


def unterzeichne(b: BescheidEntwurf, name: str, zeitpunkt: dt.datetime) -> bytes:
    """The signed notice as PDF/A-3b: signer and AI assistance in text and metadata."""
    if not name.strip():
        raise RathausError("Unterschrift ohne Namen")
    return pdf(b, Unterschrift(name=name.strip(), zeitpunkt=zeitpunkt))
