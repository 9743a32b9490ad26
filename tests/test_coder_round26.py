"""Round 26 of the event coder (0.22.0), from two more blind batches (eval/dev.jsonl
dw-d-2305 ... dw-d-2504: feed items told the way 2020-2021 outlets told them, and general
wire text). A measure that had "hit" a state was its imposition (dw-d-2459) or nothing;
Hong Kong was a state of its own (dw-d-2483, dw-d-2332, and four older dev records);
"penalised" was no sanction verb (dw-d-2333, dw-d-2336); foreign officials "ordered out"
were not expelled (dw-d-2317); "suspended arms exports to" a state (dw-d-2330), the second
verb of a comma-joined headline (dw-d-2352, dw-d-2445), a "freeze on Assad relatives"
(dw-d-2445) and "bars 21 New Zealand lawmakers" (dw-d-2500) were missed; "Saint Vincent and
the Grenadines" was two names (dw-d-2454); "assures Lukashenko of Russian backing"
(dw-d-2324), "the envoys of the United States, Germany, France ... must leave" (dw-d-2361),
"Taipei shuts embassy in Managua" (dw-d-2344) and "Sudan taken off U.S. terrorism
blacklist" (dw-d-2347) gave nothing or one state of three; a "pro-Russian lawmaker" was
Russia (dw-d-2383). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import all_codings, counted_events, phrasing_table_tests

IMP, EASE, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
E, R_, SEV = "expel_diplomats", "recall_envoy", "sever_relations"
RES, SUP = "restore_relations", "express_support"
A, REF, INT = "asserted", "reference", "intent"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a participle of harm with the measure as its agent: what the bearer lives under
    "harmed_by_a_measure": [
        ("Hit by Western sanctions, Moscow has rerouted its oil exports to India.",
         {(IMP, "UNK", "RUS", REF)}),
        ("Moscow, hit by US sanctions, has rerouted its oil exports to India.",
         {(IMP, "USA", "RUS", REF)}),
        ("Battered by American sanctions, Iran's currency fell to a record low.",
         {(IMP, "USA", "IRN", REF)}),
        ("Stung by EU sanctions, Belarus cut potash prices.", {(IMP, "EU", "BLR", REF)}),
    ],
    # the measure hits as agent: its owner imposes it on the one hit
    "hit_by_a_measure": [
        ("Iran hit by new US sanctions", {(IMP, "USA", "IRN", A)}),
        ("Russia was hit by new US sanctions on Friday.", {(IMP, "USA", "RUS", A)}),
        ("Shares of Indian refiner Nayara Energy, which is part-owned by Rosneft and was hit "
         "by EU sanctions last July, rose 3% in Mumbai.", {(IMP, "EU", "IND", REF)}),
    ],
    # Hong Kong and Macau are China's
    "hong_kong_is_china": [
        ("The US sanctioned three Hong Kong officials.", {(IMP, "USA", "CHN", A)}),
        ("Japan adds Hong Kong firms to its export blacklist.", {(IMP, "JPN", "CHN", A)}),
        ("Britain froze the assets of two Macau casino operators.", {(IMP, "GBR", "CHN", A)}),
    ],
    # "penalise", wire copy's synonym for sanctioning
    "penalise_as_a_sanction_verb": [
        ("The US penalised six Chinese officials over Hong Kong.", {(IMP, "USA", "CHN", A)}),
        ("Nine Britons penalised by Beijing on Friday said the bans were a badge of honour.",
         {(IMP, "CHN", "GBR", A)}),
        ("Canada penalizes four Iranian officials over protest crackdown",
         {(IMP, "CAN", "IRN", A)}),
    ],
    # a state's officials ordered out are expelled
    "officials_ordered_out": [
        ("Italy orders two Russian officials out after navy captain is caught selling "
         "secrets.", {(E, "ITA", "RUS", A)}),
        ("Kenya ordered two Chinese officials to leave the country within 48 hours.",
         {(E, "KEN", "CHN", A)}),
        ("Italy ordered out two Russian officials.", {(E, "ITA", "RUS", A)}),
    ],
    # exports suspended to a state, the state hung on the verb
    "exports_suspended_to_a_state": [
        ("Germany suspended arms exports to Turkey.", {(IMP, "DEU", "TUR", A)}),
        ("Norway suspends arms sales to Israel.", {(IMP, "NOR", "ISR", A)}),
        ("Canada stopped weapons exports to Saudi Arabia.", {(IMP, "CAN", "SAU", A)}),
    ],
    # a headline's second verb after a comma shares the first one's subject
    "comma_joined_headline_verbs": [
        ("Saudi Arabia expels Lebanese ambassador, bans all imports from Lebanon.",
         {(E, "SAU", "LBN", A), (IMP, "SAU", "LBN", A)}),
        ("Turkey recalls ambassador, suspends trade with Israel",
         {(R_, "TUR", "ISR", A), (IMP, "TUR", "ISR", A)}),
        ("Ottawa delists four Syrian banks, keeps freeze on Assad relatives",
         {(EASE, "CAN", "SYR", A), (IMP, "CAN", "SYR", A)}),
    ],
    # people a state bars by name
    "named_people_barred": [
        ("Moscow bars 21 New Zealand lawmakers in reply to Wellington's sanctions on Russian "
         "officials", {(IMP, "RUS", "NZL", A), (IMP, "NZL", "RUS", REF)}),
        ("China bars US lawmakers.", {(IMP, "CHN", "USA", A)}),
        ("Beijing bars nine British MPs.", {(IMP, "CHN", "GBR", A)}),
    ],
    # a state's name with "and" in it is one state
    "names_with_and": [
        ("Saint Vincent and the Grenadines cut ties with Taiwan.", {(SEV, "VCT", "TWN", A)}),
        ("Bosnia and Herzegovina expelled a Russian diplomat.", {(E, "BIH", "RUS", A)}),
        ("St. Kitts and Nevis backed Taiwan.", {(SUP, "KNA", "TWN", A)}),
        ("Serbia and Bosnia and Herzegovina expelled Russian diplomats.",
         {(E, "SRB", "RUS", A), (E, "BIH", "RUS", A)}),
    ],
    # assuring a state of one's backing backs it
    "assured_of_support": [
        ("Putin assures Lukashenko of Russian backing.", {(SUP, "RUS", "BLR", A)}),
        ("Biden assured Zelensky of continued US support.", {(SUP, "USA", "UKR", A)}),
        ("Xi assured Putin of his support.", {(SUP, "CHN", "RUS", A)}),
        ("Macron reassured Zelensky of France's unwavering support.",
         {(SUP, "FRA", "UKR", A)}),
    ],
    # every state whose envoys must leave
    "envoys_of_many_states_must_leave": [
        ("The Turkish president said the envoys of the United States, Germany, France and "
         "seven other countries must leave.",
         {(E, "TUR", "USA", A), (E, "TUR", "DEU", A), (E, "TUR", "FRA", A)}),
        ("Russian and Belarusian diplomats must leave Poland within 72 hours, the Polish "
         "foreign ministry said.", {(E, "POL", "RUS", A), (E, "POL", "BLR", A)}),
        ("Mali said the ambassadors of France and Denmark must leave.",
         {(E, "MLI", "FRA", A), (E, "MLI", "DNK", A)}),
    ],
    # headline verbs over a mission read as its modifier
    "mission_headline_verbs": [
        ("Taipei shuts embassy in Managua, voices regret.", {(SEV, "TWN", "NIC", A)}),
        ("Canberra shuts embassy in Kabul", {(SEV, "AUS", "AFG", A)}),
        ("Bahrain reopens embassy in Damascus", {(RES, "BHR", "SYR", A)}),
    ],
    # taken off a blacklist: eased
    "taken_off_a_blacklist": [
        ("Sudan taken off U.S. terrorism blacklist", {(EASE, "USA", "SDN", A)}),
        ("Cuba taken off US terror blacklist", {(EASE, "USA", "CUB", A)}),
        ("Sudan was taken off the U.S. terrorism blacklist.", {(EASE, "USA", "SDN", A)}),
    ],
    # a stance named after a state ("pro-Russian") is not the state
    "stances_are_not_states": [
        ("Ukraine sanctioned Russian politicians.", {(IMP, "UKR", "RUS", A)}),
        ("Moldova expels Russian diplomats", {(E, "MDA", "RUS", A)}),
        ("Kyiv sanctioned three Russian TV channels.", {(IMP, "UKR", "RUS", A)}),
    ],
    # names added to the gazetteer this round
    "gazetteer_additions": [
        ("Wisma Putra expelled the North Korean ambassador.", {(E, "MYS", "PRK", A)}),
        ("Jeanine Anez expelled Venezuelan diplomats.", {(E, "BOL", "VEN", A)}),
        ("Interim president Jeanine Áñez cut ties with Caracas.", {(SEV, "BOL", "VEN", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "harmed_by_a_measure": [
        "Hit by a heatwave, Spain rationed water.",
        "Stung by criticism, Berlin changed course.",
        "The club, hit by UEFA sanctions, sold three players.",
    ],
    "hit_by_a_measure": [
        "Chelsea hit by new FIFA sanctions",
        "Iran hit by new earthquake",
        "The striker was hit by a two-match ban.",
    ],
    "hong_kong_is_china": [
        "Hong Kong shares fell 2% on Monday.",
        "Hong Kong beat Macau 2-1.",
        "Hong Kong's leader visited Singapore.",
    ],
    "penalise_as_a_sanction_verb": [
        "FIFA penalised the Brazilian club.",
        "Turkey's banking watchdog penalises four lenders over lapses.",
        "The referee penalised the Argentine striker.",
    ],
    "officials_ordered_out": [
        "The party ordered three officials out.",
        "The minister ordered Russian officials to leave the meeting.",
        "The coach ordered the players out.",
    ],
    "exports_suspended_to_a_state": [
        "Boeing suspended aircraft exports to China.",
        "Germany suspended exports of pork to China over swine fever.",
        "The firm suspended sales to Russia.",
    ],
    "comma_joined_headline_verbs": [
        "Nike recalls shoes, halts sales in Europe",
        "Toyota halts production, recalls 10,000 cars",
        "The club sacks coach, bans fans from stadium",
    ],
    "named_people_barred": [
        "The league bars three Brazilian players.",
        "Parliament bars opposition lawmakers from the chamber.",
        "The speaker bars two MPs.",
    ],
    "names_with_and": [
        "Bosnia and Herzegovina drew 1-1 with Russia.",
        "Trinidad and Tobago hosted the summit.",
        "Antigua and Barbuda welcomed tourists.",
    ],
    "assured_of_support": [
        "The coach assured fans of his support.",
        "The bank assured clients of its support.",
        "Xi assured investors of continued support for markets.",
    ],
    "envoys_of_many_states_must_leave": [
        "The coach said the players of Brazil and Chile must leave.",
        "Diplomats of France and Germany must leave the meeting early, the chair said.",
        "Tourists from Japan and Korea must leave by Friday, the hotel said.",
    ],
    "mission_headline_verbs": [
        "Police shut embassy road",
        "Storm shuts embassy in Manila",
        "Strike shuts embassy canteen",
    ],
    "taken_off_a_blacklist": [
        "Chelsea taken off transfer blacklist",
        "The dish was taken off the menu.",
        "Players taken off the injury list",
    ],
    "stances_are_not_states": [
        "Ukraine sanctioned pro-Russian politicians.",
        "Zelensky sanctions three TV channels tied to pro-Russian lawmaker.",
        "Kyiv sanctioned anti-Western bloggers.",
    ],
    "gazetteer_additions": [
        "Wisma Putra said trade rose 3%.",
        "Jeanine Anez was sentenced to ten years.",
        "Interim president Jeanine Áñez met reporters.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


def test_a_new_measure_hitting_is_news(nlp):
    assert (IMP, "USA", "RUS", A) in all_codings(
        nlp, "Hit by fresh US sanctions on Friday, Moscow vowed to retaliate.")
    # a headline's noun phrase is its news
    assert (IMP, "USA", "IRN", A) in all_codings(nlp, "Iranian Oil Minister Hit By U.S. Sanctions")


def test_follows_and_answers(nlp):
    assert counted_events(nlp("Bahrain follows the Emirates in opening ties with Israel.")._.events
                          ) >= {(RES, "BHR", "ISR", A), (RES, "ARE", "ISR", A)}
    assert (IMP, "USA", "RUS", REF) in all_codings(
        nlp, "Russia answers U.S. sanctions by expelling 10 American diplomats.")
    assert not counted_events(nlp("Spain follows Portugal in the World Cup bid.")._.events)


def test_any_doer_reads_as_a_threat(nlp):
    assert all_codings(nlp, "The United States said it would penalise any Indian refiner still "
                            "buying Russian crude after the December deadline."
                       ) == {(THR, "USA", "IND", "threat")}
    assert (IMP, "USA", "IND", INT) in all_codings(
        nlp, "The United States will sanction Indian refiners buying Russian crude.")


def test_travel_curbs_in_a_pandemic_text(nlp):
    assert not counted_events(nlp(
        "U.S. to restrict travel from India starting Tuesday. The curbs, recommended by the "
        "CDC, bar most non-citizens who have been in India in the past 14 days as a second "
        "Covid wave overwhelms hospitals, the White House said.")._.events)
    assert not counted_events(nlp(
        "Singapore lifts curbs on visitors from Hong Kong as travel bubble opens. "
        "Quarantine-free flights between the two financial hubs will start next week.")._.events)
    assert (EASE, "USA", "CUB", A) in all_codings(
        nlp, "The US eased restrictions on Cuban remittances.")


def test_weapons_bans(nlp):
    assert (IMP, "UN", "SSD", A) in all_codings(
        nlp, "The Security Council voted to keep the weapons ban on Juba's leaders in place.")
    assert (IMP, "UN", "LBY", A) in all_codings(nlp, "The UN extended its weapons ban on Libya.")
    assert not counted_events(nlp("Canada's assault weapons ban took effect.")._.events)


def test_a_firm_in_apposition_and_the_administration(nlp):
    assert all_codings(nlp, "WASHINGTON, May 19 - Secretary of State Marco Rubio told senators "
                            "the administration would drop its penalties on Belavia, the "
                            "Belarusian flag carrier, provided Minsk let every remaining "
                            "detainee go.") == {(EASE, "USA", "BLR", INT)}
