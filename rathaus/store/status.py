"""The statuses of a case and the one table of allowed changes between them.

Deadlines are not statuses: a warning before a deadline and an overdue deadline are
deadline events (`Store.set_deadline` with a marker kind), so a case can be overdue
*and* in fachpruefung at the same time.
"""

from __future__ import annotations

from typing import Final, Literal

from rathaus.errors import TransitionError

Status = Literal[
    "eingegangen", "vollstaendigkeitspruefung", "nachforderung", "fachpruefung",
    "entscheidung", "bescheid", "zugestellt", "zurueckgenommen",
]  # fmt: skip
STATUSES: Final[tuple[str, ...]] = Status.__args__  # type: ignore[attr-defined]
INITIAL: Final = "eingegangen"

# Withdrawal (by the applicant, or deemed by § 69 Abs. 2 MBO) ends a case at any point
# until the Bescheid is served; after that only an appeal changes it, which is a new case.
_WITHDRAWABLE = frozenset({"zurueckgenommen"})

ALLOWED_TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    "eingegangen": frozenset({"vollstaendigkeitspruefung"}) | _WITHDRAWABLE,
    "vollstaendigkeitspruefung": frozenset({"nachforderung", "fachpruefung"}) | _WITHDRAWABLE,
    # documents arrive: they are checked again
    "nachforderung": frozenset({"vollstaendigkeitspruefung"}) | _WITHDRAWABLE,
    "fachpruefung": frozenset({"entscheidung", "bescheid"}) | _WITHDRAWABLE,
    # the caseworker may ask for more instead of deciding; the engine may first run the
    # completeness check again, which then leads to nachforderung
    "entscheidung": frozenset({"bescheid", "nachforderung", "vollstaendigkeitspruefung"})
    | _WITHDRAWABLE,
    "bescheid": frozenset({"zugestellt"}) | _WITHDRAWABLE,
    "zugestellt": frozenset(),
    "zurueckgenommen": frozenset(),
}

# Deadline kinds that only mark a deadline (they do not set one).
MARKERS: Final = frozenset({"frist_warnung", "warnung", "ueberfaellig", "abgelaufen"})
WARNING_MARKERS: Final = frozenset({"frist_warnung", "warnung"})
OVERDUE_MARKERS: Final = frozenset({"ueberfaellig", "abgelaufen"})


def check_status(status: str) -> None:
    if status not in ALLOWED_TRANSITIONS:
        raise TransitionError(f"unbekannter Status {status!r}; erlaubt: {', '.join(STATUSES)}")


def check_transition(case_id: str, current: str, new: str) -> None:
    """Raise TransitionError unless `current → new` is in the table.

    fachpruefung → bescheid exists only for a procedure a law declares fully automatable
    (§ 35a VwVfG); the case engine decides whether that path may be taken, not the store.
    """
    check_status(new)
    if new not in ALLOWED_TRANSITIONS[current]:
        allowed = ", ".join(sorted(ALLOWED_TRANSITIONS[current])) or "keiner (Endstatus)"
        raise TransitionError(
            f"{case_id}: Statuswechsel {current} → {new} ist nicht erlaubt; erlaubt: {allowed}")
