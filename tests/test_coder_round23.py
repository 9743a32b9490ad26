"""Round 23 of the event coder (0.21.0), from two more general blind batches
(eval/dev.jsonl dw-d-1705 ... dw-d-1904, written with no phrasing asked for). A named
owner's measure with no target in its phrase found none although the sentence named one
other state ("Venezuela's oil output recovers despite US sanctions", misparsed: dw-d-0999,
dw-d-1198). Corrections ("An earlier version of this story said Chile had expelled ...":
dw-d-1708, dw-d-1801) and "stops short of expelling" (dw-d-1789) were asserted acts. An
order to close another state's mission was missed (dw-d-1732, dw-d-1787); so were
sanctions "rolled over" (dw-d-1711), an embargo "held since 1989" (dw-d-1778), a ban on a
state's ships (dw-d-1859), officials "warned of visa bans" (dw-d-1887), a second listed
party "registered in" a state or added "along with" (dw-d-1873, dw-d-1850), states that
"did the same" (dw-d-1854), "did not reopen embassies until 2015" (dw-d-1841), a pronoun
halting imports (dw-d-1799) and headlines whose plural verb follows a list of names ("US,
Britain and Canada sanction ...": dw-d-1788, dw-d-1792, dw-d-1855). Sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import all_codings, phrasing_table_tests

IMP, THR, E, R_ = "impose_sanctions", "threaten_sanctions", "expel_diplomats", "recall_envoy"
RES, SUP = "restore_relations", "express_support"
A, T, REF = "asserted", "threat", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a named owner's measure, no target in its phrase: the one other state named
    "bare_measure_and_one_other_state": [
        ("Five years of EU sanctions have failed to break Belarus's economy, a think tank "
         "says.", {(IMP, "EU", "BLR", REF)}),
        ("Analysts say Washington's sanctions are a gift to Nicaragua's ruling party.",
         {(IMP, "USA", "NIC", REF)}),
        ("Two decades of UN sanctions have not stopped North Korea's missile programme, the "
         "report concludes.", {(IMP, "UN", "PRK", REF)}),
        ("Critics say Washington's embargo is the Cuban government's best excuse.",
         {(IMP, "USA", "CUB", REF)}),
    ],
    # an order to close another state's mission expels it
    "mission_ordered_closed": [
        ("Kyiv orders Russia's consulate in Odesa closed.", {(E, "UKR", "RUS", A)}),
        ("Managua ordered the Costa Rican mission closed on Friday.", {(E, "NIC", "CRI", A)}),
        ("Caracas ordered the Dominican mission closed.", {(E, "VEN", "DOM", A)}),
        ("Moscow ordered the Estonian consulate in St Petersburg closed.",
         {(E, "RUS", "EST", A)}),
    ],
    # measures rolled over, held, kept on a state's ships
    "measures_rolled_over_or_held": [
        ("EU ministers roll over Iran sanctions for another year.", {(IMP, "EU", "IRN", A)}),
        ("The EU rolled over its sanctions on Russia.", {(IMP, "EU", "RUS", A)}),
        ("The US has held an embargo on Cuba since 1962.", {(IMP, "USA", "CUB", REF)}),
        ("Japan decided on Tuesday to keep its ban on North Korean ships entering its ports.",
         {(IMP, "JPN", "PRK", A)}),
        ("The EU extended its ban on Russian vessels.", {(IMP, "EU", "RUS", A)}),
    ],
    # officials warned of visa bans: a threat to them
    "warned_of_visa_bans": [
        ("State Department warns Nigerian officials of visa bans over election violence",
         {(THR, "USA", "NGA", T)}),
        ("Washington warned Nigerian officials of visa bans.", {(THR, "USA", "NGA", T)}),
        ("London warned Georgian judges of entry bans.", {(THR, "GBR", "GEO", T)}),
    ],
    # a second listed party: "registered in" a state, or added "along with"
    "second_listed_party": [
        ("Canada sanctioned four Sudanese commanders and two gold traders registered in the "
         "United Arab Emirates.", {(IMP, "CAN", "SDN", A), (IMP, "CAN", "ARE", A)}),
        ("Britain sanctioned 20 Russian tankers, along with a Chinese refinery.",
         {(IMP, "GBR", "RUS", A), (IMP, "GBR", "CHN", A)}),
        ("Japan sanctioned three Russian banks along with a Turkish trading house.",
         {(IMP, "JPN", "RUS", A), (IMP, "JPN", "TUR", A)}),
    ],
    # "did the same", "did likewise": the same act by another state, at the same target
    "did_the_same": [
        ("Spain recognised Palestine on Tuesday, hours after Ireland and Norway did the same.",
         {(RES, "ESP", "PSE", A), (RES, "IRL", "PSE", A), (RES, "NOR", "PSE", A)}),
        ("Estonia expelled a Russian diplomat, and Latvia did the same.",
         {(E, "EST", "RUS", A), (E, "LVA", "RUS", A)}),
        ("Latvia recalled its ambassador from Minsk and Lithuania did likewise.",
         {(R_, "LVA", "BLR", A), (R_, "LTU", "BLR", A)}),
    ],
    # "did not ... until" a year gone by: done then, background
    "not_until_a_past_year": [
        ("Oman did not restore ties with Qatar until 2021.", {(RES, "OMN", "QAT", REF)}),
        ("Cuba and the United States broke off diplomatic relations in January 1961 and did "
         "not reopen embassies until 2015.",
         {("sever_relations", "CUB", "USA", REF), ("sever_relations", "USA", "CUB", REF),
          (RES, "CUB", "USA", REF), (RES, "USA", "CUB", REF)}),
        ("Egypt did not send an ambassador back to Ankara until last year.",
         {(RES, "EGY", "TUR", REF)}),
    ],
    # a state halting imports, named by a pronoun
    "pronoun_halts_imports": [
        ("Beijing says it will suspend imports of Lithuanian beef and dairy if Vilnius lets "
         "Taiwan open more offices.", {(THR, "CHN", "LTU", T)}),
        ("Moscow said it had halted imports of Moldovan fruit.", {(IMP, "RUS", "MDA", A)}),
        ("Ankara announced that it would stop imports of Israeli goods.",
         {(IMP, "TUR", "ISR", "intent")}),
    ],
    # a list of names before a plural headline verb the parser misreads
    "list_headline_verbs": [
        ("US, Britain and Canada sanction Sudan's army chief",
         {(IMP, "USA", "SDN", A), (IMP, "GBR", "SDN", A), (IMP, "CAN", "SDN", A)}),
        ("Mali and Burkina Faso back Niger in row with Benin",
         {(SUP, "MLI", "NER", A), (SUP, "BFA", "NER", A)}),
        ("UK, Canada back Ukraine", {(SUP, "GBR", "UKR", A), (SUP, "CAN", "UKR", A)}),
        ("US, Britain blacklist Iranian drone makers",
         {(IMP, "USA", "IRN", A), (IMP, "GBR", "IRN", A)}),
        ("Syria and Jordan name ambassadors after decade-long rupture",
         {(RES, "SYR", "JOR", A), (RES, "JOR", "SYR", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "bare_measure_and_one_other_state": [
        "Germany's foreign minister said EU sanctions were working.",
        "Chinese banks have quietly complied with US sanctions.",
        "US sanctions threaten access to chip software that Huawei needs in the UK.",
        "US, EU sanction talks stall",
        "Ukraine's foreign minister said EU sanctions were starting to bite.",
    ],
    "mission_ordered_closed": [
        "Russia ordered its consulate in Narva closed.",
        "The ministry ordered the embassy closed for the holiday.",
        "The governor ordered the Russian trade mission closed for repairs.",
        "Kyiv ordered the Polish embassy closed for two days during the protests.",
    ],
    "measures_rolled_over_or_held": [
        "The ball rolled over the line.",
        "The ministers held talks on sanctions against Iran.",
        "The EU held off on new sanctions against Turkey.",
        "The EU has held back new sanctions against Turkey.",
    ],
    "warned_of_visa_bans": [
        "Airlines warned passengers of visa delays.",
        "The embassy warned travellers of entry bans during the epidemic.",
        "Officials warned Nigerian students of visa fraud.",
    ],
    "second_listed_party": [
        "Canada signed four Sudanese players and two coaches registered in the United Arab "
        "Emirates.",
        "Britain bought 20 Norwegian tankers, along with a Chinese refinery.",
        "The club sanctioned three players along with a Turkish coach.",
    ],
    "did_the_same": [
        "The club fined the player and the league did the same.",
        "Spain won the match, and Portugal did the same.",
        "Ireland cut interest rates, and Norway did likewise.",
    ],
    "not_until_a_past_year": [
        "Oman will not restore ties with Qatar until 2027.",
        "Oman did not restore ties with Qatar until Doha changed course.",
        "Egypt will not send an ambassador back to Ankara until the talks end.",
    ],
    "pronoun_halts_imports": [
        "Boeing said it would halt shipments of aircraft to Russian airlines.",
        "The company said it had suspended imports of Chinese steel.",
        "The retailer said it would stop imports of Brazilian beef.",
    ],
    "list_headline_verbs": [
        "US and UK back Iranian protesters",
        "Germany and France back sanctions on Russia",
        "Boeing and Airbus back new rules",
        "Paris and London name new coaches",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


# The act a correction, "stops short of" or "held off" says did not happen is found,
# and negated.
NEGATED = [
    ("Correction: An earlier version of this story said Peru had expelled Bolivia's "
     "ambassador.", (E, "PER", "BOL")),
    ("A report on Monday wrongly said Ghana had recalled its envoy from Lome.",
     (R_, "GHA", "TGO")),
    ("Correction: A story on Friday incorrectly said Laos had reopened its embassy in Seoul.",
     (RES, "LAO", "KOR")),
    ("Accra pulls its envoy from Lome but stops short of expelling Togo's ambassador.",
     (E, "GHA", "TGO")),
    ("Oslo stopped short of sanctioning Israeli ministers.", (IMP, "NOR", "ISR")),
    ("The EU held off on new sanctions against Turkey.", (IMP, "EU", "TUR")),
]


@pytest.mark.parametrize("text,event", NEGATED)
def test_corrected_or_withheld_act_is_negated(nlp, text, event):
    assert (*event, "negated") in all_codings(nlp, text)
    assert not {c for c in all_codings(nlp, text) if c[:3] == event and c[3] != "negated"}


def test_a_report_not_corrected_stays_asserted(nlp):
    assert (E, "PER", "BOL", A) in all_codings(
        nlp, "A report on Monday said Peru had expelled Bolivia's ambassador.")
    assert (R_, "GHA", "TGO", A) in all_codings(
        nlp, "Accra pulls its envoy from Lome.")
