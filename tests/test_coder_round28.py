"""Round 28 of the event coder (0.22.2), from two more blind batches (eval/dev.jsonl
dw-d-2705 ... dw-d-2904: feed items of outlets of every region, and general wire text).
"Beijing condemns Prague for expelling Chinese consul" made Beijing the expeller
(dw-d-2759); "stood 'firmly and unconditionally' with" was no backing (dw-d-2840);
"terrorist financing lists" were no sanctions list (dw-d-2897); "took four names off the
list" and "adding 30 Russian entities to the same list" after a sanctions measure were no
listing (dw-d-2862, dw-d-2836); "Two Pakistani embassy officials ordered out of Kabul by
Taliban authorities" was no expulsion (dw-d-2793); Belaruskali was no Belarusian firm
(dw-d-2740); "downgrades its mission in Tel Aviv to charge d'affaires level" was no
downgrade (dw-d-2780). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EASE = "impose_sanctions", "ease_sanctions"
E, SEV, SUP = "expel_diplomats", "sever_relations", "express_support"
A, INT = "asserted", "intent"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the object of blame did the act blamed
    "blamed_for_the_act": [
        ("Beijing condemns Prague for expelling Chinese consul, promises 'resolute "
         "countermeasures'.", {(E, "CZE", "CHN", A)}),
        ("Moscow accused Warsaw of expelling its diplomats without cause.",
         {(E, "POL", "RUS", A)}),
        ("Russia criticised Japan for sanctioning Russian banks.", {(IMP, "JPN", "RUS", A)}),
    ],
    # a quoted phrase between "stood" and "with"
    "quoted_phrase_in_stood_with": [
        ("Pakistan stood 'firmly and unconditionally' with Saudi Arabia.",
         {(SUP, "PAK", "SAU", A)}),
        ("Prime Minister Shehbaz Sharif said on Friday that Pakistan stood 'firmly and "
         "unconditionally' with Saudi Arabia after Houthi missiles struck an oil terminal.",
         {(SUP, "PAK", "SAU", A)}),
        ("Cairo said it stands 'fully and firmly' behind Riyadh.",
         {(SUP, "EGY", "SAU", A)}),
    ],
    # lists of terrorists are sanctions lists
    "terrorist_lists": [
        ("The GCC added four Iranian money exchangers to its terrorist list.",
         {(IMP, "GCC", "IRN", A)}),
        ("Washington took Cuba off its terrorism list.", {(EASE, "USA", "CUB", A)}),
        ("Bahrain added two Iranian firms to its terrorist financing list.",
         {(IMP, "BHR", "IRN", A)}),
    ],
    # "the list", "the same list" after a sanctions measure in the sentence
    "list_named_before": [
        ("The European Union extended its asset freezes on more than 2,000 Russian "
         "individuals and firms for another six months on Friday, but took four names off "
         "the list, including a businessman's widow.",
         {(IMP, "EU", "RUS", A), (EASE, "EU", "RUS", A)}),
        ("Japan froze the assets of 11 Chinese and Hong Kong companies on Friday for "
         "supplying drone parts to the Russian military, adding 30 Russian entities to the "
         "same list.", {(IMP, "JPN", "CHN", A), (IMP, "JPN", "RUS", A)}),
        ("Canada sanctioned six Iranian officials and added two Iranian banks to the same "
         "list.", {(IMP, "CAN", "IRN", A)}),
    ],
    # headline passives without "were": envoys ordered out by someone
    "envoys_ordered_out_by": [
        ("Two Pakistani embassy officials ordered out of Kabul by Taliban authorities",
         {(E, "AFG", "PAK", A)}),
        ("Russian diplomats ordered out by Prague", {(E, "CZE", "RUS", A)}),
        ("Two Pakistani diplomats ordered out of Kabul by Afghan authorities",
         {(E, "AFG", "PAK", A)}),
    ],
    # firms often sanctioned by name
    "firms_added": [
        ("Britain would take Belaruskali off its sanctions list if 150 more detainees are "
         "freed.", {(EASE, "GBR", "BLR", INT)}),
        ("The EU sanctioned Sovcomflot.", {(IMP, "EU", "RUS", A)}),
        ("Washington blacklisted IRISL and Rosatom units.",
         {(IMP, "USA", "IRN", A), (IMP, "USA", "RUS", A)}),
    ],
    # a mission lowered to charge d'affaires level
    "mission_to_charge_level": [
        ("Amman downgrades its mission in Tel Aviv to charge d'affaires level.",
         {(SEV, "JOR", "ISR", A)}),
        ("Rabat lowered its mission in Berlin to charge d'affaires level.",
         {(SEV, "MAR", "DEU", A)}),
        ("Kigali downgraded its mission in Kinshasa to chargé d'affaires level.",
         {(SEV, "RWA", "COD", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "blamed_for_the_act": [
        "Fans condemned the club for expelling the striker.",
        "The union criticised the firm for sanctioning two workers.",
        "Parents accused the school of expelling their children.",
    ],
    "quoted_phrase_in_stood_with": [
        "Fans stood 'loudly and proudly' behind the team.",
        "The coach stood 'firmly and calmly' with his players.",
        "Residents stood 'side by side' with the firefighters.",
    ],
    "terrorist_lists": [
        "Police added two suspects to the terrorist watch list.",
        "The club added three players to its transfer list.",
        "The airline took two passengers off its no-fly list.",
    ],
    "list_named_before": [
        "The club added three players to the list.",
        "The club froze wages and added three players to the list.",
        "Britain put three Iranian firms on the list of approved suppliers.",
    ],
    "envoys_ordered_out_by": [
        "Russian diplomats welcomed by Prague",
        "Two Pakistani players ordered off by the referee",
        "Tourists ordered out of the museum by guards",
    ],
    "firms_added": [
        "Belaruskali raised potash output by 5%.",
        "Sovcomflot shares rose 3% in Moscow.",
        "Rosatom signed a deal to build a plant in Hungary.",
    ],
    "mission_to_charge_level": [
        "The UN ended its mission in Mali.",
        "Canada cut its trade mission in Beijing.",
        "The company downgraded its mission statement.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
