"""Denkmalschutz: monuments on the plot or in the footprint, in its surroundings, and
archaeological areas; one finding per monument."""

from __future__ import annotations

from rathaus.agents.denkmalschutz import Denkmalschutz
from rathaus.domain.befund import Befund
from rathaus.registers.base import Feature
from tests.factories import antrag, denkmal, pt, rechteck, registers, vorgang

# plot x 0..20, y 0..30; house x 5..15, y 8..20; Umgebungsschutz 50 m


def pruefe(*denkmaeler: Feature) -> list[Befund]:
    return Denkmalschutz().pruefe(vorgang(antrag()), registers(denkmaeler=list(denkmaeler)))


def test_baudenkmal_on_the_plot_is_affected() -> None:
    [befund] = pruefe(denkmal("D-1", pt(17, 25), "baudenkmal"))
    assert (befund.code, befund.art, befund.objekt) == ("DENKMAL_BETROFFEN", "ermessen", "D-1")
    assert befund.norm == "DSchG NRW"


def test_ensemble_the_footprint_intersects_is_affected() -> None:
    [befund] = pruefe(denkmal("E-1", rechteck(12, -40, 80, 80), "ensemble"))
    assert befund.code == "DENKMAL_BETROFFEN"


def test_baudenkmal_on_the_neighbour_parcel_is_in_the_surroundings_only() -> None:
    [befund] = pruefe(denkmal("D-2", rechteck(20, 5, 10, 10), "baudenkmal"))
    assert befund.code == "DENKMAL_UMGEBUNG"
    assert befund.belege["abstand_m"] == 5.0


def test_monument_within_the_protection_distance_is_in_the_surroundings() -> None:
    [befund] = pruefe(
        denkmal("D-3", pt(15, 60), "baudenkmal"), denkmal("E-2", pt(65, 14), "ensemble")
    )[:1]
    assert (befund.code, befund.objekt) == ("DENKMAL_UMGEBUNG", "D-3")


def test_monument_beyond_the_protection_distance_gives_nothing() -> None:
    assert pruefe(denkmal("D-4", pt(15, 71), "baudenkmal")) == []


def test_bodendenkmal_the_footprint_touches_is_affected() -> None:
    [befund] = pruefe(denkmal("B-1", rechteck(14, 0, 20, 20), "bodendenkmal"))
    assert (befund.code, befund.objekt) == ("BODENDENKMAL_BETROFFEN", "B-1")


def test_bodendenkmal_beside_the_footprint_gives_nothing() -> None:
    assert pruefe(denkmal("B-2", rechteck(16, 0, 20, 20), "bodendenkmal")) == []


def test_one_finding_per_monument() -> None:
    befunde = pruefe(
        denkmal("D-1", pt(17, 25), "baudenkmal"),
        denkmal("D-3", pt(15, 60), "baudenkmal"),
        denkmal("B-1", rechteck(14, 0, 20, 20), "bodendenkmal"),
    )
    assert sorted((b.objekt, b.code) for b in befunde) == [
        ("B-1", "BODENDENKMAL_BETROFFEN"),
        ("D-1", "DENKMAL_BETROFFEN"),
        ("D-3", "DENKMAL_UMGEBUNG"),
    ]
