"""Rounds 48, 50 and 51 of the event coder (0.23.20), from blind batches of ministries'
briefings and newsletter digests (eval/dev.jsonl dw-d-6704 ... dw-d-6903), structured
records and aggregator text (dw-d-7104 ... dw-d-7303) and officials' posts and
legislative news (dw-d-7304 ... dw-d-7503), tuned on after their scores were taken; round
52, written beside round 51, was scored before and after without reading its errors.
Missed before: lists named otherwise than "sanctions list" ("its entry ban list", "the
Cuba Restricted List", dw-d-6793, 7184); a list named earlier in a digest ("Canada: added
six officers to its list", dw-d-6811); a digest's label as subject ("UK: froze assets",
dw-d-6811); embassies that "resumed operations" or "ceased operations" (dw-d-6779, 7113);
timeline dates read as subjects (dw-d-6844); "Sri Lanka, the Maldives and Nepal" (only the
first, dw-d-6872); "answers in kind" and "vows a 'symmetric' reply" (dw-d-6806, 6840); "Why
did Algeria recall its ambassador?" read as a guess (dw-d-7232); "Our restrictive measures"
under a G7 statement's title (dw-d-7168); support for "the measures taken by the Government
of Kyrgyzstan" (dw-d-7127); "the Czech Senate" as the US Senate (dw-d-7443); "a law that
bans exports" with no enactor (dw-d-7436); a motion "voted down" read as the act
(dw-d-7489); words capitalised for emphasis ("stands FIRMLY with", dw-d-7304); "reinstates
recognition of Kosovo" (dw-d-6795); "Kazakh fuel trucks" tagged a proper noun (dw-d-6900);
"on speculation Washington could sanction" read as a threat (dw-d-7246). Sentences are
written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests, uncounted_table_test

IMP, EAS, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
EXP, REC, SEV, RES = "expel_diplomats", "recall_envoy", "sever_relations", "restore_relations"
SUP = "express_support"
A, INT, T, N, H = "asserted", "intent", "threat", "negated", "hypothetical"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # lists of the listed named otherwise than "sanctions list"
    "list_kinds": [
        ("Latvia has placed 25 Russian officials on its entry ban list.",
         {(IMP, "LVA", "RUS", A)}),
        ("The State Department removed three Havana hotels from the Cuba Restricted List.",
         {(EAS, "USA", "CUB", A)}),
        ("OFAC removed an Ecuadorian banker from the Specially Designated Nationals list.",
         {(EAS, "USA", "ECU", A)}),
        ("Beijing placed two Czech senators on China's countermeasure list.",
         {(IMP, "CHN", "CZE", A)}),
    ],
    # whoever meets a condition "will be placed" on a list: a threat
    "any_who_passive": [
        ("Any Czech senator who sets foot in Taipei will be placed on China's countermeasure "
         "list.", {(THR, "CHN", "CZE", T)}),
        ("Any Serbian bank that keeps processing Russian payments will be added to the US "
         "sanctions list.", {(THR, "USA", "SRB", T)}),
        ("Any Georgian official who jails protesters will be put on Lithuania's sanctions "
         "list.", {(THR, "LTU", "GEO", T)}),
    ],
    # "its list" in a text about sanctions, whose earlier lines name them
    "list_named_earlier": [
        ("Sanctions tracker. Canada: added six Iranian IRGC officers to its list (Thu).",
         {(IMP, "CAN", "IRN", A)}),
        ("The EU imposed sanctions on Iran on Monday. Japan removed two Iranian banks from "
         "the list on Thursday.", {(IMP, "EU", "IRN", A), (EAS, "JPN", "IRN", A)}),
        ("Britain froze the assets of a Syrian airline on Monday. Australia added four Syrian "
         "officials to its list the next day.", {(IMP, "GBR", "SYR", A), (IMP, "AUS", "SYR", A)}),
    ],
    # a digest's item whose label is its actor
    "digest_label_subjects": [
        ("UK: froze the assets of four Myanmar fuel importers (Tue).",
         {(IMP, "GBR", "MMR", A)}),
        ("Sanctions tracker -- South Korea: froze the assets of three Russian shippers.",
         {(IMP, "KOR", "RUS", A)}),
        ("The week: Paris: expelled two Malian diplomats; Bamako: recalled its envoy from "
         "Paris.",
         {(EXP, "FRA", "MLI", A), (REC, "MLI", "FRA", A)}),
    ],
    # a mission that resumes or ceases its work, or shuts its doors
    "mission_operations": [
        ("Chad's embassy in Tripoli resumed operations on Monday.", {(RES, "TCD", "LBY", A)}),
        ("Estonia's embassy in Tehran ceased operations on 31 March.",
         {(SEV, "EST", "IRN", A)}),
        ("Burkina Faso said its Paris embassy will shut its doors by December.",
         {(SEV, "BFA", "FRA", INT)}),
        ("Kuwait's foreign ministry said its embassy in Libya resumed operations this week.",
         {(RES, "KWT", "LBY", A)}),
    ],
    # a timeline's date before its item is no subject
    "timeline_dates": [
        ("5 June 2017 -- Saudi Arabia, the UAE, Bahrain and Egypt sever ties with Doha.",
         {(SEV, "SAU", "QAT", A), (SEV, "ARE", "QAT", A), (SEV, "BHR", "QAT", A),
          (SEV, "EGY", "QAT", A)}),
        ("Timeline, the Qatar rift: 5 June 2017 -- Bahrain and Egypt cut ties with Doha.",
         {(SEV, "BHR", "QAT", A), (SEV, "EGY", "QAT", A)}),
        ("June 5, 2017: Saudi Arabia cuts ties with Qatar.", {(SEV, "SAU", "QAT", A)}),
    ],
    # a list of names with "the" in it, its first a two-word name
    "name_lists": [
        ("Sri Lanka, the Maldives and Nepal voiced support for India.",
         {(SUP, "LKA", "IND", A), (SUP, "MDV", "IND", A), (SUP, "NPL", "IND", A)}),
        ("Sri Lanka, the Maldives and Nepal expelled Indian diplomats.",
         {(EXP, "LKA", "IND", A), (EXP, "MDV", "IND", A), (EXP, "NPL", "IND", A)}),
        ("South Korea, the Philippines and Vietnam backed Japan.",
         {(SUP, "KOR", "JPN", A), (SUP, "PHL", "JPN", A), (SUP, "VNM", "JPN", A)}),
    ],
    # the same act back: answered in kind, or a "symmetric" reply vowed
    "mirror_replies": [
        ("Malawi expels two Zimbabwean diplomats. Harare answers in kind.",
         {(EXP, "MWI", "ZWE", A), (EXP, "ZWE", "MWI", A)}),
        ("Minsk expels the Lithuanian consul in Grodno; Vilnius vows a 'symmetric' reply.",
         {(EXP, "BLR", "LTU", A), (EXP, "LTU", "BLR", INT)}),
        ("Malawi expels two Zimbabwean diplomats. Harare vowed a mirror response.",
         {(EXP, "MWI", "ZWE", A), (EXP, "ZWE", "MWI", INT)}),
    ],
    # why or how a past act was done: the question takes the act as told
    "why_questions": [
        ("Why did Algeria recall its ambassador from Madrid? | Explained",
         {(REC, "DZA", "ESP", A)}),
        ("Explainer: Why did Rome expel two Russian diplomats this week?",
         {(EXP, "ITA", "RUS", A)}),
        ("How did Mali and Niger cut ties with Kyiv?",
         {(SEV, "MLI", "UKR", A), (SEV, "NER", "UKR", A)}),
    ],
    # a document's title names who "we" are, and is no part of the sentence after it
    "document_titles": [
        ("G7 Foreign Ministers' Statement, Charlevoix, para. 12: 'Our restrictive measures "
         "against Russia will stay in force until it pays.'", {(IMP, "G7", "RUS", A)}),
        ("Joint statement (Islamabad-Baku): Pakistan reaffirmed its unwavering support for "
         "the Government of Azerbaijan.", {(SUP, "PAK", "AZE", A)}),
        ("Statement of the Ministry of Foreign Affairs of the Republic of Uzbekistan: Tashkent "
         "fully supports the Government of Kyrgyzstan.", {(SUP, "UZB", "KGZ", A)}),
    ],
    # support for what a government did, named by whom, or for its drive
    "support_for_deeds": [
        ("Tashkent fully supports the measures taken by the Government of Kyrgyzstan to "
         "restore order.", {(SUP, "UZB", "KGZ", A)}),
        ("Cairo supports the steps taken by the Government of Libya to unify institutions.",
         {(SUP, "EGY", "LBY", A)}),
        ("Jordan backs the Palestinian Authority's reform drive.", {(SUP, "JOR", "PSE", A)}),
        ("Malaysia's Anwar voices support for Palestinian Authority's reform drive.",
         {(SUP, "MYS", "PSE", A)}),
    ],
    # a legislature's generic name with another state's name on it, or under its dateline
    "legislatures": [
        ("Czech Senate backs Taiwan's bid for WHO observer status.", {(SUP, "CZE", "TWN", A)}),
        ("CANBERRA - A Senate committee recommended that Australia impose Magnitsky sanctions "
         "on Cambodian officials.", {(THR, "AUS", "KHM", T)}),
        ("Jordan's House of Representatives met a month after the government recalled its "
         "envoy from Tel Aviv.", {(REC, "JOR", "ISR", A)}),
        ("The Senate voted to sanction Chinese officials.", {(IMP, "USA", "CHN", A)}),
    ],
    # a law enacted "that bans", its clause apart from it, acts through its enactor
    "law_that_bans": [
        ("Japan's Diet enacted a law on Wednesday that bans exports of machine tools to "
         "Russia.", {(IMP, "JPN", "RUS", A)}),
        ("Poland's parliament passed a law on Friday that bans imports of Russian coal.",
         {(IMP, "POL", "RUS", A)}),
        ("Lithuania's Seimas adopted a law last week that bans Belarusian trucks from its "
         "roads.", {(IMP, "LTU", "BLR", A)}),
    ],
    # words capitalised for emphasis read as the words they are
    "emphasis_caps": [
        ("Senegal stands FIRMLY with the government of Guinea-Bissau, the minister posted.",
         {(SUP, "SEN", "GNB", A)}),
        ("Lithuania has EXPELLED two Russian diplomats, the minister wrote on X.",
         {(EXP, "LTU", "RUS", A)}),
        ("Kenya BACKS the government of Somalia, the president posted.",
         {(SUP, "KEN", "SOM", A)}),
    ],
    # recognition restored or granted by the verb's subject
    "recognition_reinstated": [
        ("Sierra Leone reinstates recognition of Kosovo, ministry says",
         {(RES, "SLE", "XKX", A)}),
        ("Sierra Leone has restored its recognition of Kosovo.", {(RES, "SLE", "XKX", A)}),
        ("Togo restored its recognition of Kosovo on Monday.", {(RES, "TGO", "XKX", A)}),
    ],
    # goods named by a nationality tagged a proper noun
    "national_goods": [
        ("Bishkek lifts its ban on Kazakh fuel trucks.", {(EAS, "KGZ", "KAZ", A)}),
        ("Bishkek ends its ban on Kazakh fuel trucks.", {(EAS, "KGZ", "KAZ", A)}),
        ("Astana lifted its curbs on Kyrgyz produce.", {(EAS, "KAZ", "KGZ", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "list_kinds": [
        "Chelsea put three players on its transfer ban list.",
        "The bank keeps a restricted list of stocks its analysts may not trade.",
        "The museum added two Cuban paintings to its list of designated national treasures.",
    ],
    "any_who_passive": [
        "Any fan who throws flares will be banned from the stadium.",
        "Any Czech senator who visits Taipei will be welcomed warmly.",
        "Any student who cheats will be placed on academic probation.",
    ],
    "list_named_earlier": [
        "Sanctions dominated the summit. Netflix added six Iranian films to its list on "
        "Thursday.",
        "Sanctions were discussed at the summit. Japan added two Iranian chefs to its list of "
        "guests.",
        "An embargo was debated in Brussels. The festival added four Syrian singers to its "
        "list.",
    ],
    "digest_label_subjects": [
        "UK: froze interest rates at 4 per cent.",
        "Arsenal: signed two Brazilian players.",
        "Tokyo: closed stock markets for the holiday.",
    ],
    "mission_operations": [
        "The US embassy in Kyiv will shut its doors to the public on Friday for the holiday.",
        "The airline resumed operations in Tripoli on Monday.",
        "Chad's embassy in Tripoli did not resume operations on Monday.",
    ],
    "timeline_dates": [
        "5 June 2017 -- Saudi Arabia and Qatar meet in Kuwait.",
        "June 5, 2017: Saudi Arabia plays Qatar in Riyadh.",
        "1992 - South Korea and China sign a fisheries deal.",
    ],
    "name_lists": [
        "Sri Lanka, the Maldives and Nepal played a cricket series.",
        "South Korea, the Philippines and Vietnam protested.",
        "Sri Lanka, the island nation, hosted the summit.",
    ],
    "mirror_replies": [
        "Zimbabwe beat Malawi 2-0. Harare vowed a mirror response on the pitch.",
        "Malawi's coach was sacked. Harare answered questions from reporters.",
        "The coach vowed a symmetric response to the defeat.",
    ],
    "why_questions": [
        "Why would Algeria recall its ambassador from Madrid?",
        "Did Algeria recall its ambassador from Madrid?",
        "Why has Algeria not recalled its ambassador from Madrid?",
    ],
    "document_titles": [
        "G7 Foreign Ministers' Statement, para. 4: 'Our thoughts are with the victims of the "
        "earthquake.'",
        "Joint statement (Islamabad-Baku): the two ministers signed a visa agreement.",
        "Statement of the Ministry of Foreign Affairs: we welcome the cricket tour.",
    ],
    "support_for_deeds": [
        "Egypt backs the port authority's expansion plan.",
        "Cairo supports the steps taken by the football federation.",
        "Jordan praised the measures taken by the central bank to curb inflation.",
    ],
    "legislatures": [
        "Paraguay's Senate strips ex-president of seat as ruling party cuts ties with him",
        "The Czech Senate approved the budget.",
        "Jordan's House of Representatives passed a tax bill.",
    ],
    "law_that_bans": [
        "Japan's Diet enacted a law on Wednesday that bans smoking in restaurants.",
        "Poland's parliament passed a law on Friday that bans fireworks.",
        "Lithuania's Seimas adopted a law last week that bans fur farming.",
    ],
    "emphasis_caps": [
        "The striker stands FIRMLY with his coach, the club posted.",
        "DELISTED | Venue: Geneva | Agenda: talks",
        "The EU's LNG imports from Qatar rose, the ministry posted.",
    ],
    "recognition_reinstated": [
        "The university restored its recognition of the student union.",
        "Serbia urged Sierra Leone to withdraw its recognition of Kosovo.",
        "The federation reinstated its recognition of the club.",
    ],
    "national_goods": [
        "Bishkek lifts its ban on Kazakh folk music.",
        "Astana lifted its curbs on street parking.",
        "Bishkek ends its ban on smoking in cafes.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

# What no one decides is not done: a motion voted down, an act people speculate about.
UNCOUNTED: list[tuple[str, tuple]] = [
    ("OSLO - Norway's Storting voted down a motion to break diplomatic relations with "
     "Israel.", (SEV, "NOR", "ISR", N)),
    ("Estonia's parliament defeated a motion to expel the Russian ambassador.",
     (EXP, "EST", "RUS", N)),
    ("Rupee slides on speculation Washington could sanction Indian refiners buying Russian "
     "crude", (IMP, "USA", "IND", H)),
    ("Shares rose amid speculation that the EU will ease sanctions on Belarus.",
     (EAS, "EU", "BLR", H)),
]


test_uncounted = uncounted_table_test(UNCOUNTED)
