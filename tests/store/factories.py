"""Test data for the store: an application, findings, a case in a given status."""

from __future__ import annotations

from typing import Any

from rathaus.domain.befund import Befund, BefundArt, Pruefer
from rathaus.store import Store

EMAIL = "erika.mustermann@example.org"

# The way a Bauantrag goes from filing to a served Bescheid.
PATH_TO_ZUGESTELLT = ("vollstaendigkeitspruefung", "fachpruefung", "entscheidung", "bescheid",
                      "zugestellt")


def antrag(email: str | None = EMAIL, **extra: Any) -> dict[str, Any]:
    bauherr: dict[str, Any] = {"name": "Erika Mustermann"}
    if email is not None:
        bauherr["email"] = email
    return {"verfahren": "baugenehmigung", "bauherr": bauherr,
            "grundstueck": {"flurstuecke": ["05999900100001______"]}, **extra}


def befund(code: str = "ABSTAND_UNTERSCHRITTEN", pruefer: Pruefer = "bauordnung",
           art: BefundArt = "mangel", **belege: Any) -> Befund:
    return Befund(code=code, pruefer=pruefer, art=art, objekt="Haus", norm="§ 6 MBO",
                  text="Die Abstandsfläche ist zu klein.", belege=belege)


def new_case(store: Store, amt: str = "bauaufsicht", **antrag_extra: Any) -> str:
    return store.create_case(antrag(**antrag_extra), "bauantrag", amt, actor="portal")


def case_in(store: Store, status: str, amt: str = "bauaufsicht") -> str:
    """A case moved along the usual path until it is in `status`."""
    case_id = new_case(store, amt)
    if status == "eingegangen":
        return case_id
    if status == "nachforderung":
        store.set_status(case_id, "vollstaendigkeitspruefung", actor="vollstaendigkeit")
        store.set_status(case_id, "nachforderung", actor="vollstaendigkeit")
        return case_id
    for step in PATH_TO_ZUGESTELLT:
        store.set_status(case_id, step, actor="dirigent")
        if step == status:
            return case_id
    raise ValueError(f"{status} is not on the usual path")
