"""Round 55 of the event coder (0.23.22), from a blind batch of the English-language press
of Latin America, the Caribbean and the Pacific islands (eval/dev.jsonl dw-d-8104 ...
dw-d-8203), tuned on after its score was taken. Missed before: a leader who throws his
state's weight behind another ("Rabuka has thrown Fiji's weight behind the Solomon Islands
government", dw-d-8107); "rose to the defence of Havana's leadership" (dw-d-8124); "Kenya
'remains fully behind' Haiti's Transitional Presidential Council" (dw-d-8193); an envoy
"given seven days to leave Australia" (dw-d-8176); a judge "designated under the Global
Magnitsky Act" (dw-d-8165); "established diplomatic relations with Tuvalu and Nauru", the
second state hung on the relations (dw-d-8158); and, from the opinion half (dw-d-8204 ...
8303), "placed under travel bans by Costa Rica" (dw-d-8276), "lifted the last of its
financial restrictions on Mali" (dw-d-8261), "its ban on Tanzanian maize" (dw-d-8289).
Also (0.23.23), from the posts of rounds 51 and 52: a hacked account's post or a doctored screenshot
that the text disowns read as the act it shows (dw-d-7306, 7313, 7355, 7397, 7508).
Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests, uncounted_table_test

IMP, EAS, EXP, SUP = "impose_sanctions", "ease_sanctions", "expel_diplomats", "express_support"
RES, THR = "restore_relations", "threaten_sanctions"
A, INT, T, H = "asserted", "intent", "threat", "hypothetical"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the state whose weight is thrown backs, whoever throws it
    "state_weight_behind": [
        ("Prime Minister Sitiveni Rabuka has thrown Fiji's weight behind the Solomon Islands "
         "government.", {(SUP, "FJI", "SLB", A)}),
        ("Ardern threw New Zealand's full weight behind Fiji's government.",
         {(SUP, "NZL", "FJI", A)}),
        ("The foreign minister threw Ghana's weight behind Togo in its row with Lomé's "
         "critics.", {(SUP, "GHA", "TGO", A)}),
    ],
    "rose_to_the_defence": [
        ("Claudia Sheinbaum rose to the defence of Havana's leadership on Thursday.",
         {(SUP, "MEX", "CUB", A)}),
        ("Lula rose to the defence of Venezuela's government.", {(SUP, "BRA", "VEN", A)}),
        ("Turkey rose to Qatar's defence.", {(SUP, "TUR", "QAT", A)}),
    ],
    # "remains fully behind": a state still firmly behind another
    "remains_firmly_behind": [
        ("Kenya 'remains fully behind' Haiti's Transitional Presidential Council, Mudavadi "
         "said on Monday.", {(SUP, "KEN", "HTI", A)}),
        ("Beijing remains squarely behind Islamabad.", {(SUP, "CHN", "PAK", A)}),
        ("Egypt remained firmly behind the government in Khartoum, Sisi said.",
         {(SUP, "EGY", "SDN", A)}),
    ],
    # envoys given a deadline to leave a country are expelled by it
    "given_days_to_leave": [
        ("Penny Wong said that Ahmad Sadeghi, Tehran's envoy, and three of his staff had "
         "been given seven days to leave Australia.", {(EXP, "AUS", "IRN", A)}),
        ("Two Chinese diplomats were given 48 hours to leave Lithuania.",
         {(EXP, "LTU", "CHN", A)}),
        ("Russia's ambassador has been given five days to leave Estonia.",
         {(EXP, "EST", "RUS", A)}),
    ],
    # a designation under a sanctions law lists the person, a sanction on their state
    "designated_under_a_sanctions_law": [
        ("Alexandre de Moraes, the Brazilian Supreme Court justice, was designated under "
         "the Global Magnitsky Act by the Treasury on Wednesday.", {(IMP, "USA", "BRA", A)}),
        ("The US Treasury on Wednesday designated Alexandre de Moraes, a Brazilian Supreme "
         "Court justice, under the Global Magnitsky Act.", {(IMP, "USA", "BRA", A)}),
        ("Canada will designate Venezuela's vice-president Delcy Rodríguez under its "
         "sanctions law.", {(IMP, "CAN", "VEN", INT)}),
    ],
    # the second of two states hung on the relations, not on the first ("with Tuvalu and
    # Nauru")
    "relations_with_two_states": [
        ("NEW YORK — Guyana established diplomatic relations with Tuvalu and Nauru on the "
         "sidelines of the General Assembly on Tuesday, Foreign Secretary Robert Persaud "
         "said.", {(RES, "GUY", "TUV", A), (RES, "GUY", "NRU", A)}),
        ("Guyana established diplomatic relations with Tuvalu and Nauru on Tuesday.",
         {(RES, "GUY", "TUV", A), (RES, "GUY", "NRU", A)}),
        ("Guyana restored diplomatic relations with Tuvalu and Nauru on Tuesday.",
         {(RES, "GUY", "TUV", A), (RES, "GUY", "NRU", A)}),
    ],
    # people placed under a measure: an imposition on their state
    "placed_under_a_measure": [
        ("Sixteen Nicaraguan judges and prosecutors were placed under travel bans by Costa "
         "Rica on Tuesday.", {(IMP, "CRI", "NIC", A)}),
        ("Three Russian officials were placed under sanctions by Japan.",
         {(IMP, "JPN", "RUS", A)}),
        ("The EU will place two Belarusian ministers under an asset freeze.",
         {(IMP, "EU", "BLR", INT)}),
        # a base form after "stop ...ing and" is not stopped itself
        ("Tokyo could stop waiting and put Russian officials under travel bans.",
         {(THR, "JPN", "RUS", T)}),
    ],
    # "the last of its restrictions": the part lifted of restrictions on a state
    "part_of_the_restrictions": [
        ("ECOWAS lifted the last of its financial restrictions on Mali at Saturday's summit "
         "in Accra.", {(EAS, "ECOWAS", "MLI", A)}),
        ("ECOWAS lifted the rest of its financial restrictions on Mali.",
         {(EAS, "ECOWAS", "MLI", A)}),
        ("Washington will ease the remainder of its restrictions on Cuban remittances.",
         {(EAS, "USA", "CUB", INT)}),
    ],
    # farm goods banned by their origin
    "farm_goods": [
        ("Nairobi quietly lifted its ban on Tanzanian maize.", {(EAS, "KEN", "TZA", A)}),
        ("Mexico lifted its ban on Guatemalan avocados.", {(EAS, "MEX", "GTM", A)}),
        ("Russia banned Moldovan grapes.", {(IMP, "RUS", "MDA", A)}),
    ],
    # words of disowning near an act that was done: the act stands
    "disowned_posts": [
        ("Russia expelled two Estonian diplomats on Monday over what it called a doctored "
         "video.", {(EXP, "RUS", "EST", A)}),
        ("The US sanctioned three Iranian hackers who compromised water utilities.",
         {(IMP, "USA", "IRN", A)}),
        ("In a post on X, Japan announced sanctions on Russian firms, dismissing reports of a "
         "rift as fake news.", {(IMP, "JPN", "RUS", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "state_weight_behind": [
        "Rabuka has thrown his weight behind the Fiji rugby union's bid for a new stadium.",
        "The minister threw Fiji's weight behind the new climate fund.",
        "The coach threw Samoa's full weight behind the young fly-half.",
    ],
    "rose_to_the_defence": [
        "The striker rose to the defence of his coach.",
        "The Senate rose to the defence of the pension bill.",
        "Shares rose as Qatar's defence spending grew.",
    ],
    "remains_firmly_behind": [
        "India remains behind China in solar capacity.",
        "Two diplomats remained behind in Kabul to run the embassy.",
        "Kenya remains firmly behind schedule on the new port.",
    ],
    "given_days_to_leave": [
        "Tourists were given 48 hours to leave the island.",
        "The ambassador was given a week to reply to the note.",
        "Two Russian diplomats were given 48 hours to decide.",
    ],
    "designated_under_a_sanctions_law": [
        "The forest was designated under the Heritage Act in 1998.",
        "Brazilian judge Alexandre de Moraes was designated under the court's rules to "
        "oversee the trial.",
        "The Treasury designated a new chief economist under the budget act.",
    ],
    "relations_with_two_states": [
        "Exxon established business relations with Guyana and Suriname.",
        "The band established ties with fans in Fiji and Samoa.",
        "Guyana's church established relations with Tuvalu and Nauru.",
    ],
    "placed_under_a_measure": [
        "The Venezuelan general was placed under house arrest by Colombia.",
        "Two Chinese tourists were placed under quarantine by Thailand.",
        "The Russian player was placed under a two-year ban by FIFA.",
    ],
    "part_of_the_restrictions": [
        "The coach lifted the last of his restrictions on the players.",
        "The city lifted the rest of its parking restrictions on Sunday.",
        "The EU lifted the last of its Covid restrictions on travellers.",
    ],
    "farm_goods": [
        "Kenya banned Tanzanian maize over aflatoxin contamination.",
        "The farm lobby urged a ban on cheap Brazilian soybeans.",
        "Sales of Guatemalan avocados rose after Mexico lifted its import quota.",
    ],
    # a post, tweet or screenshot the text disowns: the act it shows is denied
    "disowned_posts": [
        "The Kenyan foreign ministry said its X account had been hacked and that a post "
        "announcing sanctions on Uganda was fake.",
        "FAKE: A doctored screenshot claiming that Ghana has recalled its ambassador from Lomé "
        "is circulating, the ministry said.",
        "Hours after the embassy's page posted that Peru 'breaks relations with Bolivia', the "
        "embassy said hackers had posted it.",
        "A tweet from the Tongan foreign ministry announcing the expulsion of China's "
        "ambassador was not authorised, the ministry said; its account had been compromised.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


# A modal before the first of two verbs ("should stop hedging and put") is the second's
# mode too, whatever its tag ("put" read as a past).
UNCOUNTED: list[tuple[str, tuple]] = [
    ("Opinion: Canberra should stop hedging and put Myanmar's generals under sanctions.",
     (IMP, "AUS", "MMR", H)),
    ("Washington should drop the waiver and put Iraqi officials under sanctions.",
     (IMP, "USA", "IRQ", H)),
    ("Ottawa should stop hesitating and put Haitian gang leaders under travel bans.",
     (IMP, "CAN", "HTI", H)),
]


test_uncounted = uncounted_table_test(UNCOUNTED)
