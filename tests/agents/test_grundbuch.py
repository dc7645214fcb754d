"""Grundbuch: the Bauherr must be the sole owner of every parcel, or the owners'
consent must be in the bundle."""

from __future__ import annotations

from rathaus.agents.grundbuch import Grundbuch
from rathaus.domain.befund import Befund
from tests.factories import P1, P2, P3, antrag, flurstueck, rechteck, registers, vorgang

ZWEI = [flurstueck(P1, rechteck(0, 0, 20, 30)), flurstueck(P2, rechteck(20, 0, 20, 30))]


def pruefe(
    eigentum: dict[str, list[tuple[str, str]]], unterlagen: tuple[str, ...] = ()
) -> list[Befund]:
    reg = registers(flurstuecke=ZWEI, eigentum=eigentum)
    return Grundbuch().pruefe(vorgang(antrag(flurstuecke=[P1, P2, P3]), unterlagen), reg)


def test_sole_owner_of_every_parcel_needs_no_consent() -> None:
    assert pruefe({P1: [("Erika Mustermann", "1/1")], P2: [("erika  MUSTERMANN ", " 1/1")]}) == []


def test_co_owned_parcel_needs_the_owners_consent() -> None:
    befunde = pruefe(
        {
            P1: [("Erika Mustermann", "1/1")],
            P2: [("Erika Mustermann", "1/2"), ("Hans Mustermann", "1/2")],
        }
    )
    [befund] = befunde
    assert (befund.code, befund.art, befund.objekt) == ("EIGENTUEMERZUSTIMMUNG_FEHLT", "mangel", P2)
    assert befund.norm == "§ 68 Abs. 4 MBO"
    assert len(befund.belege["eigentuemer"]) == 2


def test_parcel_of_someone_else_needs_consent() -> None:
    [befund] = pruefe({P1: [("Erika Mustermann", "1/1")], P2: [("Stadt Musterstadt", "1/1")]})
    assert befund.objekt == P2


def test_half_share_alone_is_not_sole_ownership() -> None:
    [befund] = pruefe({P1: [("Erika Mustermann", "1/2")], P2: [("Erika Mustermann", "1/1")]})
    assert befund.objekt == P1


def test_filed_consent_settles_every_parcel() -> None:
    eigentum = {P1: [("Hans Mustermann", "1/1")], P2: [("Stadt Musterstadt", "1/1")]}
    assert pruefe(eigentum, unterlagen=("eigentuemerzustimmung",)) == []


def test_parcel_not_in_the_cadastre_is_skipped() -> None:
    befunde = pruefe({P1: [("Erika Mustermann", "1/1")], P2: [("Erika Mustermann", "1/1")]})
    assert all(b.objekt != P3 for b in befunde)
