"""The scenarios of docs/musterstadt.md: which parcel to use for which case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .modell import Parcel


@dataclass(frozen=True)
class Scenario:
    titel: str
    parcels: tuple[str, ...]  # "flur-label"
    text: str
    befunde: frozenset[str] | None = None  # finding codes of the Musterbau, checked


SCENARIOS = (
    Scenario("Clean house in the WA", ("1-42", "1-33", "1-36", "1-41"),
             "Lindenweg 3 belongs to Erika Mustermann, as in the example of antrag.md. The "
             "Musterbau in the safe window gives no finding.", frozenset()),
    Scenario("Commercial building in the GE", ("2-83", "2-84", "2-85/1"),
             "GE with GRZ 0.8, GFZ 1.6, Z III; Baugrenze 3 m behind road and side boundaries. "
             "A Gewerbehalle gives no finding; `wohnen` is only an exception "
             "(ART_NUTZUNG_AUSNAHME) here.", frozenset()),
    Scenario("Zone outside the catalogue of uses", ("2-86",),
             "Industriestraße 8 lies in the Sondergebiet „großflächiger Einzelhandel“ of "
             "B-Plan Nr. 7 (SO 2100, § 11 Abs. 3 BauNVO; GRZ 0.8, GFZ 1.2, Z II). The catalogue "
             "of uses (regeln.md) covers only WR, WA, MI, MU, GE and GI, so every use there "
             "gives ART_NUTZUNG_UNGEPRUEFT (hinweis) and a human checks it.",
             frozenset({"ART_NUTZUNG_UNGEPRUEFT"})),
    Scenario("One building across two parcels of one owner", ("2-81", "2-82"),
             "Brinkmann Metallbau GmbH holds both; one Baufenster with its own Z IV (taking "
             "precedence over the GE's Z III) spans both parcels.", frozenset()),
    Scenario("Maß of the Baufenster takes precedence", ("1-37",),
             "The Baufenster of Lindenweg 14 fixes Z I (edge of the settlement): a two-storey "
             "house exceeds it although the WA allows Z II.",
             frozenset({"VOLLGESCHOSSE_UEBERSCHRITTEN"})),
    Scenario("§ 34 Innenbereich (old town)", ("1-13", "1-14", "1-16", "1-17"),
             "INNENBEREICH_34 is the only planning finding; in the old town some monument "
             "(church, ensemble) is always within 50 m, so expect DENKMAL_UMGEBUNG too.", None),
    Scenario("§ 35 Außenbereich", ("1-50", "1-51", "1-54", "1-38", "2-90"),
             "Road and all mains present, no monument within 50 m: only AUSSENBEREICH_35.",
             frozenset({"AUSSENBEREICH_35"})),
    Scenario("Co-ownership / Erbengemeinschaft", ("1-12", "1-13", "1-17", "1-32", "1-45",
                                                   "1-50", "2-4", "2-85/2"),
             "Without an `eigentuemerzustimmung` each gives EIGENTUEMERZUSTIMMUNG_FEHLT, even "
             "when one co-owner is the Bauherr. 1-13 belongs to an Erbengemeinschaft (3 × 1/3).",
             None),
    Scenario("Protected tree", ("1-34", "1-32"),
             "1-34: walnut BAUM-0016 (130 cm) stands in the middle of the Baufenster — a house "
             "needs a felling request (BAUMFAELLUNG_BEANTRAGT with `faellantrag`, else "
             "GESCHUETZTER_BAUM_BETROFFEN). 1-32: the root zone of beech BAUM-0017 reaches "
             "x = 360383.5 inside the Baufenster; building up to the Baugrenze (x = 360382) "
             "touches it.", None),
    Scenario("Unprotected tree", ("1-46", "2-80"),
             "Apple BAUM-0018 (45 cm) and birch BAUM-0022 (60 cm) in the Baufenster: felling "
             "or building over them gives no finding.", None),
    Scenario("Monument on the plot / ensemble", ("1-15", "1-19", "2-3", "1-10", "1-11", "1-12",
                                                  "1-18", "1-20"),
             "Church D-001 (1-15), Fachwerkhaus D-002 (1-19), wayside cross D-006 (2-3): "
             "DENKMAL_BETROFFEN for any project. The market parcels lie in ensemble D-003.",
             None),
    Scenario("Monument nearby only", ("1-14", "1-16", "2-80", "2-4", "1-21"),
             "DENKMAL_UMGEBUNG for the Musterbau (distances in the table).", None),
    Scenario("Bodendenkmal", ("1-43", "1-44", "1-10", "1-11"),
             "D-005 (Iron Age settlement) covers the rear part of the Baufenster of Lindenweg 5 "
             "and 7 (from x ≈ 360423); D-004 (town wall) crosses the back of Am Markt 1 and 2 "
             "(x 360083–360088). The safe windows avoid both; a WA house reaching x > 360423 "
             "gives BODENDENKMAL_BETROFFEN alone.", None),
    Scenario("Protected area", ("1-57", "2-91"),
             "Biotope GB-4807-0047 covers the east of 1-57 (from x ≈ 360625); LSG-4807-0012 "
             "the south of 2-91 (south of y ≈ 5649733).", None),
    Scenario("Missing sewer / power", ("1-52", "1-53", "1-55", "1-56", "1-57", "2-91"),
             "The Feldweg has no sewer; its power cable ends at y = 5650160. 1-52, 1-53, 1-55: "
             "only abwasser missing; 1-57: abwasser and strom; 2-91: all three.", None),
    Scenario("No road", ("1-21", "1-56", "2-91"),
             "Stadtwald (behind the church), Mühlenhof (reached only by the undedicated "
             "Privatweg) and Südflur: ERSCHLIESSUNG_STRASSE_FEHLT.", None),
    Scenario("Public green / water next door", ("1-31", "1-16", "1-12"),
             "The Mühlenbach (west of Lindenweg 2–14), the Stadtpark and the Wallanlagen adjoin "
             "these parcels: an Abstandsfläche may reach onto them up to their middle.", None),
)


def finding_codes(findings: Iterable[str]) -> frozenset[str]:
    return frozenset(f.split(" ")[0] for f in findings)


def scenario_lines(by_label: dict[str, Parcel]) -> list[str]:
    lines = []
    for s in SCENARIOS:
        names = ", ".join(f"{lbl} {by_label[lbl].adresse}" for lbl in s.parcels)
        lines.append(f"- **{s.titel}:** {names}. {s.text}")
    return lines
