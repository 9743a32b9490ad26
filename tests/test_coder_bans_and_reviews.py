"""The event coder 0.23.32: bans named by what they keep out, and measures still under
review. A ban on a state's firms or people named by their nationality ("Baghdad bans
Turkish defence firm", "an amendment barring Chinese companies from bidding for public
contracts") is a sanction on that state, as a ban on its goods already was, and more goods
are named by their origin ("bar Russian primary metal from their markets", "barred
Tanzanian flour, rice and ginger", "its ban on seafood from Japan's Fukushima region"); an
eased measure's target is found where the parse hangs it apart ("lifted its ban on lethal
arms sales to Cambodia", "the visa restrictions it imposed in 2023 on two Guatemalan
congressmen"); a state "reviewing" restrictions on another's officials weighs them (a
threat), not when it reviews its own measures in place ("is reviewing its sanctions on
Syria"), and weighing a measure's effect ("is studying the effect of sanctions on Iran") is
no threat of it; and a headline's verb read as a compound after coordinated subjects
("Norway and New Zealand weigh entry bans on ...") is still the verb. Found among the dev
misses where the coder built no candidate at all. And (0.23.34) goods a ban names by their
passage ("its ban on Belarusian potash transit") or by a state's mark before a hyphen
("Lithuanian-registered lorries", "Russian-made drones", "Israeli-owned ships"). Sentences
are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
A, INT, T, REF = "asserted", "intent", "threat", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a ban on a state's firms or people, named by their nationality
    "banned_firms_and_people": [
        ("Baghdad Bans Turkish Defence Firm After Drone Strike In Sinjar",
         {(IMP, "IRQ", "TUR", A)}),
        ("Vilnius has banned three Belarusian trucking companies from its roads.",
         {(IMP, "LTU", "BLR", A)}),
        ("Taiwan's legislature passed an amendment barring Chinese companies from bidding for "
         "public contracts.", {(IMP, "TWN", "CHN", A)}),
        ("Manila will bar Chinese nationals from buying land near military bases.",
         {(IMP, "PHL", "CHN", INT)}),
        ("Moscow banned two Estonian banks and an Estonian shipping firm on Tuesday.",
         {(IMP, "RUS", "EST", A)}),
    ],
    # goods a state bars by their origin
    "goods_by_origin": [
        ("Canada, Japan and Australia barred Russian primary metal from their markets.",
         {(IMP, "CAN", "RUS", A), (IMP, "JPN", "RUS", A), (IMP, "AUS", "RUS", A)}),
        ("Lilongwe barred Tanzanian flour, rice and ginger on Monday.",
         {(IMP, "MWI", "TZA", A)}),
        ("Kyiv banned Belarusian fuel and cement on Monday.", {(IMP, "UKR", "BLR", A)}),
        ("Yerevan says Moscow has banned Armenian brandy again.", {(IMP, "RUS", "ARM", A)}),
    ],
    # goods from a place a state owns: "from Japan's Fukushima region"
    "goods_from_a_states_region": [
        ("Seoul plans to lift its ban on seafood from Japan's Fukushima region next spring, "
         "the trade ministry said.", {(EAS, "KOR", "JPN", INT)}),
        ("Moscow banned wine from Georgia's Kakheti region on Friday.",
         {(IMP, "RUS", "GEO", A)}),
        ("Beijing will lift its ban on fruit from Taiwan's southern counties next month.",
         {(EAS, "CHN", "TWN", INT)}),
        ("Seoul has ended its ban on fish from Japan's northern prefectures, the ministry "
         "said.", {(EAS, "KOR", "JPN", A)}),
    ],
    # (0.23.34) the passage of a state's goods: "potash transit", "grain shipments"
    "goods_in_passage": [
        ("Lithuania extended its ban on Belarusian potash transit.", {(IMP, "LTU", "BLR", A)}),
        ("Warsaw will push for a ban on Belarusian fertiliser transit if the provocations "
         "continue.", {(THR, "POL", "BLR", T)}),
        ("Riga imposed a ban on Russian coal transit through its ports.",
         {(IMP, "LVA", "RUS", A)}),
        ("Latvia lifted its ban on Kazakh grain shipments.", {(EAS, "LVA", "KAZ", A)}),
    ],
    # (0.23.34) goods marked as a state's before a hyphen
    "goods_marked_by_origin": [
        ("Belarus said it would bar Lithuanian-registered lorries from its roads.",
         {(IMP, "BLR", "LTU", INT)}),
        ("Kyiv banned Russian-made drones.", {(IMP, "UKR", "RUS", A)}),
        ("Malaysia bars all Israeli-owned ships", {(IMP, "MYS", "ISR", A)}),
        ("Vilnius banned Belarusian-grown potatoes.", {(IMP, "LTU", "BLR", A)}),
    ],
    # a measure whose target the parse hangs apart: on the verb, in a relative clause
    "eased_measure_named_apart": [
        ("Washington lifted its ban on lethal arms sales to Cambodia.",
         {(EAS, "USA", "KHM", A)}),
        ("The United States is prepared to lift its ban on lethal arms sales to Cambodia if "
         "Phnom Penh closes the base.", {(EAS, "USA", "KHM", INT)}),
        ("Washington has lifted the visa restrictions it imposed in 2023 on two Guatemalan "
         "congressmen, the embassy said.", {(EAS, "USA", "GTM", A), (IMP, "USA", "GTM", REF)}),
    ],
    # reviewing restrictions not yet imposed weighs them
    "reviewing_new_measures": [
        ("The United States is reviewing visa restrictions on Cameroonian officials over the "
         "crackdown.", {(THR, "USA", "CMR", T)}),
        ("Washington is 'actively reviewing' visa restrictions on South African officials, a "
         "spokesperson said.", {(THR, "USA", "ZAF", T)}),
        ("Norway is reviewing sanctions on Israeli ministers, the foreign ministry said.",
         {(THR, "NOR", "ISR", T)}),
    ],
    # a headline's verb read as a compound after coordinated subjects
    "headline_verb_after_joint_subjects": [
        ("Norway and New Zealand weigh entry bans on Israeli ministers",
         {(THR, "NOR", "ISR", T), (THR, "NZL", "ISR", T)}),
        ("Norway and New Zealand eye entry bans on Israeli ministers",
         {(THR, "NOR", "ISR", T), (THR, "NZL", "ISR", T)}),
        ("Latvia and Estonia debate travel bans on Georgian judges",
         {(THR, "LVA", "GEO", T), (THR, "EST", "GEO", T)}),
        ("Canada and Australia draft entry bans on Georgian officials",
         {(THR, "CAN", "GEO", T), (THR, "AUS", "GEO", T)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "banned_firms_and_people": [
        "India's markets regulator SEBI barred a U.S. trading firm from the country's "
        "securities market.",
        "The club banned two Russian fans for life.",
        "UEFA banned two Turkish officials from the final.",
        "A Paris court barred the Turkish company from bidding.",
        "The school barred Chinese students from the lab.",
        "Kuwait bans Filipino workers after maid's death",
    ],
    "goods_by_origin": [
        "The city banned diesel vehicles from the centre.",
        "Kyiv banned Belarusian fuel imports over bird flu fears.",
        "The regulator banned Chinese chips in cars over safety.",
        "Russian metal prices rose after the exchange barred late trades.",
    ],
    "goods_from_a_states_region": [
        "Kyiv lifted its ban on fruit from the occupied region.",
        "Seoul lifted its ban on seafood from the region.",
        "The ministry lifted its ban on wine from the Kakheti region.",
    ],
    "goods_in_passage": [
        "Lithuania lifted its ban on potash transit.",
        "Belarusian potash transit through Klaipeda fell 20% in May.",
        "The port authority banned Belarusian potash transit through berth 4 for repairs.",
    ],
    "goods_marked_by_origin": [
        "The port banned Belarusian-registered cars from the ferry.",
        "Russian-made cars were banned from the rally by the organisers.",
        "Kyiv banned drones over the stadium.",
    ],
    "eased_measure_named_apart": [
        "Washington lifted its ban on arms sales to the rebels.",
        "The airline lifted the luggage restrictions it imposed on Guatemalan passengers.",
        "The league lifted the ban it imposed in 2023 on two Guatemalan players.",
    ],
    "reviewing_new_measures": [
        "The Treasury is reviewing its sanctions on Syria.",
        "The EU is reviewing existing measures against Belarus.",
        "The court reviewed the sanctions on the Russian bank.",
        "Analysts reviewed the impact of sanctions on Iran's oil exports.",
        # weighing what a measure does is no threat of it
        "Norway is studying the effect of sanctions on Iran.",
    ],
    "headline_verb_after_joint_subjects": [
        "Norway and New Zealand weigh the impact of bans on Israeli goods",
        "Latvia and Estonia debate club's ban on Georgian players",
        "Apple and Google weigh app bans on Chinese developers",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
