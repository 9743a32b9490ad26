"""Round 43 of the event coder (0.23.16), from a blind batch of analysis, opinion and
explainers and of communiqués of international organisations and regional blocs
(eval/dev.jsonl dw-d-5704 ... dw-d-5903). The EU Council's press releases ("Nicaragua:
Council prolongs restrictive measures for another year", "Burundi: Council agrees to lift
remaining restrictive measures") were nothing: "Council" named bare was no actor, and the
state of the title label no target (dw-d-5900, dw-d-5863, dw-d-5818); the AU's "Peace and
Security Council" was read as the UN's Security Council, and the "North Atlantic Council"
as nobody (dw-d-5854, dw-d-5834); "Sanctions Lifted On Zambian Striker After Appeal To
CAF" was a state's easing (dw-d-5743); what "columnists in Guatemala City think" a
president might do was his intent (dw-d-5729). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, EXP, REC = "impose_sanctions", "ease_sanctions", "expel_diplomats", "recall_envoy"
A = "asserted"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the Council of the EU named bare in its own releases; the title's state as target
    "eu_council_release": [
        ("The Council prolonged restrictive measures on Nicaragua for another year.",
         {(IMP, "EU", "NIC", A)}),
        ("Iran: Council prolongs restrictive measures on drones and missiles until July "
         "2027.", {(IMP, "EU", "IRN", A)}),
        ("Burundi: Council agrees to lift remaining restrictive measures from 1 March.",
         {(EAS, "EU", "BDI", "intent")}),
        # (a Security Council named before is the Council meant)
        ("The Security Council renewed the arms embargo on South Sudan. The Council also "
         "extended the restrictive measures on Libya.",
         {(IMP, "UN", "SSD", A), (IMP, "UN", "LBY", A)}),
    ],
    # councils of other organisations by their full names
    "organisations_councils": [
        ("The Peace and Security Council lifted its sanctions on Guinea.",
         {(EAS, "AU", "GIN", A)}),
        ("The AU Peace and Security Council suspended its sanctions on Mali.",
         {(EAS, "AU", "MLI", A)}),
        ("The North Atlantic Council expelled eight Russian officials.",
         {(EXP, "NATO", "RUS", A)}),
    ],
    # measures on sportspeople with no state as author are a sports body's
    "sporting_penalties": [
        ("Sanctions Lifted On Russian Oligarch After Court Ruling",
         {(EAS, "UNK", "RUS", A)}),
        ("Sanctions Imposed On Iranian Generals Over Drone Sales",
         {(IMP, "UNK", "IRN", A)}),
        ("US lifts sanctions on Russian athletes.", {(EAS, "USA", "RUS", A)}),
    ],
    # what columnists think a state might do is their speculation
    "columnists_speculate": [
        ("Columnists think Brussels might sanction Tbilisi's ruling party.", set()),
        ("Columnists in Guatemala City think President Arévalo might open formal ties with "
         "Beijing if trade pressure mounts.", set()),
        ("Peru recalled its ambassador from Mexico; columnists think Lima might cut ties "
         "next.", {(REC, "PER", "MEX", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "eu_council_release": [
        "The city Council banned Russian imports.",
        "Football: Council bans fans for another year.",
        "The Council extended its meeting for another day.",
    ],
    "organisations_councils": [
        "The Peace and Security Council met in Addis Ababa.",
        "The North Atlantic Council discussed the budget.",
        "The Peace and Security Council welcomed the elections in Gabon.",
    ],
    "sporting_penalties": [
        "Sanctions Lifted On Zambian Striker After Appeal To CAF",
        "Sanctions Lifted On Moroccan Referee After Appeal To CAF",
        "Sanctions Imposed On Ghanaian Midfielder After Appeal Fails",
    ],
    "columnists_speculate": [
        "Columnists say Hungary could veto new EU sanctions on Russia.",
        "Columnists in Lima expect Peru to cut ties with Mexico.",
        "A columnist asks whether Rome will expel more Russian diplomats.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
