"""Round 24 of the event coder (0.21.1), from two more general blind batches
(eval/dev.jsonl dw-d-1905 ... dw-d-2104, written with no phrasing asked for). "ECOWAS lifts
sanctions on Guinea" was parsed with "ECOWAS" as the verb (dw-d-1999); "Bishkek orders
Tajik consulate in Osh shut" with "orders" as a compound (dw-d-2095); "two officials of
Niger's embassy" were no envoys (dw-d-1905); a financial regulator's "sanctions" were a
state's (dw-d-1972, dw-d-2042); "Sahrawi republic" was unknown (dw-d-2030); "will blacklist
any Serbian lender that keeps ..." was an intent, not a threat (dw-d-1951); parties listed
"including" another state's firm, "governments of" three states as a by-agent hung on the
targets, states that "trade" or "swap" expulsions (dw-d-2045, dw-d-2057, dw-d-1960), and
"reports that ... were false" with "reports" read as a verb (dw-d-1939, dw-d-1944). Sentences
are written for these tests.
"""

from __future__ import annotations

from tests.conftest import all_codings, phrasing_table_tests

IMP, EAS, THR, E = "impose_sanctions", "ease_sanctions", "threaten_sanctions", "expel_diplomats"
SEV, RES, SUP = "sever_relations", "restore_relations", "express_support"
A, T = "asserted", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "lifts" read as a noun after an acronym
    "acronym_lifts_sanctions": [
        ("ECOWAS lifts sanctions on Guinea.", {(EAS, "ECOWAS", "GIN", A)}),
        ("ECOWAS lifts sanctions on Niger", {(EAS, "ECOWAS", "NER", A)}),
        ("ECOWAS lifts sanctions on Guinea after transition deal", {(EAS, "ECOWAS", "GIN", A)}),
    ],
    # an order to close another state's mission, "orders" read as a compound
    "headline_orders_mission_shut": [
        ("Bishkek orders Tajik consulate in Osh shut after deadly border shootout",
         {(E, "KGZ", "TJK", A)}),
        ("Dushanbe orders Kyrgyz consulate in Khujand shut", {(E, "TJK", "KGZ", A)}),
        ("Warsaw orders Russian consulate in Poznan shut after sabotage", {(E, "POL", "RUS", A)}),
    ],
    # staff "of" an embassy are its diplomats
    "officials_of_an_embassy": [
        ("Nigeria ordered two officials of Niger's embassy to leave within 48 hours.",
         {(E, "NGA", "NER", A)}),
        ("Two officials of the Russian embassy were expelled by Oslo.", {(E, "NOR", "RUS", A)}),
        ("Ghana expelled three employees of Togo's embassy.", {(E, "GHA", "TGO", A)}),
    ],
    # a state's sanctions stay the state's
    "state_sanctions_beside_regulators": [
        ("The US sanctioned three Iranian officials.", {(IMP, "USA", "IRN", A)}),
        ("Washington sanctioned Iranian officials with asset freezes.", {(IMP, "USA", "IRN", A)}),
        ("Mongolia sanctions Russian oligarchs.", {(IMP, "MNG", "RUS", A)}),
    ],
    # the Sahrawi republic is Western Sahara's code
    "sahrawi_republic": [
        ("Ghana suspends ties with Sahrawi republic, backs Morocco's autonomy plan",
         {(SEV, "GHA", "ESH", A), (SUP, "GHA", "MAR", A)}),
        ("Kenya recognised the Sahrawi Arab Democratic Republic in 2014.",
         {(RES, "KEN", "ESH", "reference")}),
        ("Zambia withdrew its recognition of the SADR.", {(SEV, "ZMB", "ESH", A)}),
    ],
    # a measure promised against "any" party that does something: a threat
    "any_party_that_does": [
        ("Washington will blacklist any Serbian lender that keeps processing transactions for "
         "the Russian-owned oil company, the U.S. ambassador in Belgrade said.",
         {(THR, "USA", "SRB", T)}),
        ("The EU will sanction any Chinese firm that supplies drones to Russia.",
         {(THR, "EU", "CHN", T)}),
        ("Brussels would expel any Russian diplomat who spied.", {(E, "BEL", "RUS", T)}),
        # named parties: an intent as before
        ("The EU will sanction three Chinese firms that supply drones to Russia.",
         {(IMP, "EU", "CHN", "intent")}),
    ],
    # parties listed "including" another state's firm
    "listed_including": [
        ("The EU sanctioned 21 Russian individuals and six entities, including a Chinese "
         "supplier of drone parts.", {(IMP, "EU", "RUS", A), (IMP, "EU", "CHN", A)}),
        ("The EU sanctioned 21 Russian individuals and six entities, including a Chinese "
         "supplier and a trading firm registered in the United Arab Emirates.",
         {(IMP, "EU", "RUS", A), (IMP, "EU", "CHN", A), (IMP, "EU", "ARE", A)}),
        ("The US sanctioned 12 entities, including three Indian firms.", {(IMP, "USA", "IND", A)}),
    ],
    # the by-agent of a passive hung on the last target
    "governments_as_agent_on_the_target": [
        ("Asset freezes were ordered on Thursday against a Georgian billionaire and two judges "
         "by the governments of Lithuania, Latvia and Estonia.",
         {(IMP, "LTU", "GEO", A), (IMP, "LVA", "GEO", A), (IMP, "EST", "GEO", A)}),
        ("Sanctions were imposed on a Georgian judge and two officials by the Lithuanian "
         "government.", {(IMP, "LTU", "GEO", A)}),
        ("Travel bans were imposed on a Belarusian general and two officers by the government "
         "of Poland.", {(IMP, "POL", "BLR", A)}),
    ],
    # two states trading expulsions: two directed events
    "traded_expulsions": [
        ("Minsk, Vilnius trade expulsions as border balloon row deepens",
         {(E, "BLR", "LTU", A), (E, "LTU", "BLR", A)}),
        ("Freetown and Conakry swap expulsions.", {(E, "SLE", "GIN", A), (E, "GIN", "SLE", A)}),
        ("Russia and Estonia exchanged expulsions of diplomats on Monday.",
         {(E, "RUS", "EST", A), (E, "EST", "RUS", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "acronym_lifts_sanctions": [
        "ECOWAS lifts spirits of traders in Lagos.",
        "FIFA lifts sanctions on Kenyan football federation.",
        "UEFA lifts ban on Russian youth teams.",
    ],
    "headline_orders_mission_shut": [
        "Bishkek orders shops in Osh shut after deadly border shootout",
        "Dushanbe orders its consulate in Khujand shut for renovation",
        "Warsaw orders schools shut after storm",
    ],
    "officials_of_an_embassy": [
        "Two officials of the football federation were expelled from the stadium.",
        "Two officials from the French embassy attended the ceremony.",
        "Nigeria ordered two officials of the state oil company to leave.",
    ],
    "state_sanctions_beside_regulators": [
        "Mongolia's financial regulator sanctions Canadian-listed miner.",
        "The Monetary Authority of Singapore sanctioned the local branch of a Swiss private bank "
        "with a S$2 million penalty over lapses in its anti-money-laundering controls.",
        "Kenya's media regulator sanctions British broadcaster.",
    ],
    "sahrawi_republic": [
        "The Sahrawi leader met Algeria's president.",
        "Sahrawi refugees marked the anniversary in Tindouf.",
        "A Sahrawi singer toured Spain.",
    ],
    "any_party_that_does": [
        "The bank will close any account that stays dormant.",
        "The league will fine any club that breaks the rules.",
        "The regulator will sanction any broker that breaks the rules.",
    ],
    "listed_including": [
        "The club signed six players, including a Chinese striker.",
        "The fund bought 12 firms, including three Indian start-ups.",
        "The EU fined six banks, including a Chinese lender.",
    ],
    "governments_as_agent_on_the_target": [
        "Fines were imposed on a Georgian club and two players by the league.",
        "Bans were imposed on two Belarusian athletes by the federation.",
        "Sanctions were imposed on a Georgian judge by the bar association.",
    ],
    "traded_expulsions": [
        "US and China trade barbs over Taiwan.",
        "India and Pakistan exchanged fire.",
        "Russia and Ukraine swap prisoners.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


def test_reports_read_as_a_verb_called_false_negate_the_act(nlp):
    # "reports" as a subject is the noun whatever its tag: the reports are false
    assert (E, "KGZ", "TJK", "negated") in all_codings(
        nlp, "Kyrgyzstan's foreign ministry said reports that two staff of Tajikistan's "
             "embassy had been told to leave were false and that consular work continued "
             "normally.")
    assert (SEV, "BTN", "IND", "negated") in all_codings(
        nlp, "Bhutan's foreign ministry said social media claims that the kingdom had cut "
             "diplomatic relations with New Delhi were 'false and malicious'.")
    assert (SEV, "BTN", "IND", A) in all_codings(
        nlp, "Bhutan's foreign ministry said the kingdom had cut diplomatic relations with "
             "New Delhi.")
