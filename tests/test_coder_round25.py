"""Round 25 of the event coder (0.21.2), from two more blind batches (eval/dev.jsonl
dw-d-2105 ... dw-d-2304: feed items on expulsions and sanctions, and general text).
"Latin American States" was the United States (dw-d-2297); "It is time for Ottawa to cut
diplomatic ties" was an act (dw-d-2298); a ban on "work visas" was a sanction (dw-d-2189);
"would keep recognising Taiwan" restored relations (dw-d-2194); a diplomat declared
"unwelcome" (dw-d-2185), one given "48 hours to go" (dw-d-2105), "Bamako orders Algeria to
close consulates" (dw-d-2109), "exchange ambassadors again" (dw-d-2168) and "each expelled 12
of the other's officials" (dw-d-2145) were missed; the venue of a meeting was a target
(dw-d-2111); a measure despite which a firm "returns to profit" had no target (dw-d-2237);
states aligning with "the EU's 19th sanctions package" gave no reference for it (dw-d-2250,
dw-d-2289); assets kept "immobilised" were no measure (dw-d-2302); a state regretting "the
expulsion of its ambassador" was the expeller (dw-d-2182). Sentences are written for these
tests.
"""

from __future__ import annotations

from tests.conftest import all_codings, phrasing_table_tests

IMP, E, R_ = "impose_sanctions", "expel_diplomats", "recall_envoy"
RES, SUP = "restore_relations", "express_support"
A, REF = "asserted", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "American" alone is still the United States
    "american_of_the_united_states": [
        ("Canada expelled American diplomats.", {(E, "CAN", "USA", A)}),
        ("China sanctioned American defence firms.", {(IMP, "CHN", "USA", A)}),
        ("Venezuela expelled the American ambassador.", {(E, "VEN", "USA", A)}),
    ],
    # a diplomat declared "unwelcome"
    "declared_unwelcome": [
        ("Suriname declares Venezuelan diplomat unwelcome over gold-smuggling probe.",
         {(E, "SUR", "VEN", A)}),
        ("Lithuania declared the Belarusian consul unwelcome.", {(E, "LTU", "BLR", A)}),
        ("Hungary declares Ukrainian diplomat unwelcome", {(E, "HUN", "UKR", A)}),
    ],
    # deadlines, orders and exchanges in headlines
    "expulsion_headlines": [
        ("Estonia gives Russian diplomat 48 hours to go over arson plot.",
         {(E, "EST", "RUS", A)}),
        ("Bamako orders Algeria to close consulates in Gao and Kidal.", {(E, "MLI", "DZA", A)}),
        ("France and Algeria each expelled 12 of the other's officials on Tuesday.",
         {(E, "FRA", "DZA", A), (E, "DZA", "FRA", A)}),
        ("Cotonou and Niamey exchange ambassadors again.",
         {(RES, "BEN", "NER", A), (RES, "NER", "BEN", A)}),
    ],
    # the subject of the clause a measure is endured in, above an infinitive
    "despite_measures_subject_above": [
        ("Aeroflot returns to profit despite EU and U.S. sanctions.",
         {(IMP, "EU", "RUS", REF), (IMP, "USA", "RUS", REF)}),
        ("Iran managed to raise oil exports despite US sanctions.", {(IMP, "USA", "IRN", REF)}),
        ("Venezuela began to pump more oil despite US sanctions.", {(IMP, "USA", "VEN", REF)}),
    ],
    # joining another body's package: the joiner's act and the body's measure
    "joined_package": [
        ("Norway has aligned itself with the European Union's 19th sanctions package, adding "
         "117 tankers of Russia's shadow fleet to its own list.",
         {(IMP, "NOR", "RUS", A), (IMP, "EU", "RUS", REF)}),
        ("Swiss adopt EU's latest Russia sanctions package",
         {(IMP, "CHE", "RUS", A), (IMP, "EU", "RUS", REF)}),
        ("Iceland aligned with the EU's new sanctions package on Belarus.",
         {(IMP, "ISL", "BLR", A), (IMP, "EU", "BLR", REF)}),
    ],
    # assets frozen by another word
    "assets_immobilised": [
        ("The EU immobilised Russian central bank assets.", {(IMP, "EU", "RUS", A)}),
        ("The G7 will keep Russian assets immobilised until Moscow pays.",
         {(IMP, "G7", "RUS", A)}),
        ("Japan has immobilised the assets of the Russian central bank.", {(IMP, "JPN", "RUS", A)}),
    ],
    # the expeller of one's own envoy is told by another phrase
    "own_envoy_expelled": [
        ("Pretoria said on Saturday it regretted the expulsion of its ambassador Ebrahim "
         "Rasool, declared persona non grata by Secretary of State Marco Rubio a week "
         "earlier.", {(E, "USA", "ZAF", A)}),
        ("Moscow announced the expulsion of two Polish diplomats.", {(E, "RUS", "POL", A)}),
        ("Russia condemned Estonia's expulsion of its diplomats.", {(E, "EST", "RUS", A)}),
    ],
    # visa bans aimed at officials stay sanctions
    "visa_bans_on_officials": [
        ("The US lifted its visa ban on Nicaraguan officials.", {("ease_sanctions", "USA", "NIC",
                                                                  A)}),
        ("Britain imposed visa bans on Georgian judges.", {(IMP, "GBR", "GEO", A)}),
        ("Canada extended its travel ban on Iranian officials.", {(IMP, "CAN", "IRN", A)}),
    ],
    # recognition given, not kept
    "recognition_given": [
        ("Honduras decided to recognise Beijing.", {(RES, "HND", "CHN", A)}),
        ("Paraguay recognised Taiwan in 1957.", {(RES, "PRY", "TWN", REF)}),
        ("Nauru will recognise Beijing.", {(RES, "NRU", "CHN", "intent")}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "american_of_the_united_states": [
        "South American leaders backed Venezuela.",
        "Washington sanctioned North American firms.",
        "Central American states cut ties with the club.",
        "Pan-American leaders backed Venezuela.",
    ],
    "declared_unwelcome": [
        "The club declared the fans unwelcome.",
        "The minister said the proposal was unwelcome.",
        "Residents declared the tourists unwelcome.",
    ],
    "expulsion_headlines": [
        "The coach gives players two days to go home.",
        "Bamako orders shops to close in Gao and Kidal.",
        "The two clubs expelled each other's fans.",
        "Russia and Ukraine swap prisoners.",
    ],
    "despite_measures_subject_above": [
        "The team managed to win despite the referee's sanctions.",
        "Aeroflot returns to profit despite high fuel costs.",
        "The club began to rebuild despite UEFA sanctions.",
    ],
    "joined_package": [
        "Fico signals Slovak veto on EU's 19th sanctions package.",
        "Swiss adopt new banking rules.",
        "Norway aligned its tax rules with the EU's.",
    ],
    "assets_immobilised": [
        "The injured player was immobilised.",
        "The storm immobilised traffic in Oslo.",
        "Police immobilised the stolen car.",
    ],
    "own_envoy_expelled": [
        "Pretoria condemned the expulsion of its ambassador.",
        "Ottawa regretted the expulsion of its diplomats.",
        "Kyiv protested against the expulsion of its consul.",
    ],
    "visa_bans_on_officials": [
        "Oman lifts ban on Pakistani work visas.",
        "Kuwait suspended work visas for Filipino workers.",
        "Saudi Arabia lifted its ban on Indian labour visas.",
    ],
    "recognition_given": [
        "Paraguay would keep recognising Taiwan as long as I am in office, the president "
        "said.",
        "Paraguay will continue to recognise Taiwan.",
        "Eswatini will keep recognising Taipei.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


def test_time_for_a_state_to_act_is_a_call_not_the_act(nlp):
    assert (("sever_relations", "CAN", "CHN", "hypothetical")
            in all_codings(nlp, "Opinion: It is time for Ottawa to cut diplomatic ties with "
                                "Beijing"))
    assert (("sever_relations", "CAN", "CHN", A)
            in all_codings(nlp, "Ottawa cut diplomatic ties with Beijing at the time."))


def test_venue_of_a_meeting_is_no_target(nlp):
    unnamed = all_codings(nlp, "Foreign ministers meeting in Luxembourg added the officials "
                               "to the bloc's blacklist for their role in jailing opposition "
                               "figures.")
    assert not {c for c in unnamed if "LUX" in c[1:3]}
    assert (IMP, "EU", "BLR", A) in all_codings(
        nlp, "Foreign ministers meeting in Luxembourg added 11 Belarusian judges to the "
             "bloc's blacklist.")
