"""The Bescheid agent: drafts the notice that follows a human decision, renders it as
PDF/A, signs it, and gives the data of the XBau message `baugenehmigung.bescheid.0205`.

    entwurf(antrag, befunde, entscheidung, gemeinde, llm=None) -> BescheidEntwurf
    entwurf_pdf(entwurf) -> bytes                       # watermarked draft
    unterzeichne(entwurf, name, zeitpunkt) -> bytes     # signed PDF/A-3b
    xbau_bescheid(entwurf) -> Bescheid0205
"""

from rathaus.bescheid.agent import entwurf
from rathaus.bescheid.modell import BescheidEntwurf, KiVermerk, Nebenbestimmung, Textabschnitt
from rathaus.bescheid.pdf import entwurf_pdf, unterzeichne
from rathaus.bescheid.xbau import Bescheid0205, xbau_bescheid

unterzeichnen = unterzeichne

__all__ = ["Bescheid0205", "BescheidEntwurf", "KiVermerk", "Nebenbestimmung",
           "Textabschnitt", "entwurf", "entwurf_pdf", "unterzeichne", "unterzeichnen",
           "xbau_bescheid"]
