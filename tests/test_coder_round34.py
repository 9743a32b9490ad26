"""Round 34 of the event coder (0.23.4), from two more blind batches (eval/dev.jsonl
dw-d-3904 ... dw-d-4103: feed items of general desks of any region, and agency copy of
Asia, the Middle East, Africa, Latin America and the former Soviet Union). "supports the
candidacy of the Kyrgyz Republic" and "supports the one-China principle and the
territorial integrity of the People's Republic of China" were nothing (dw-d-4045,
dw-d-4098); "has informed the Russian side that 45 staff members of the Russian Embassy
in Chisinau must leave the country" was nothing (dw-d-4048); "Peru scales back diplomatic
ties with Mexico" and "the suspension of all official dealings with the Kenyan
government" were nothing (dw-d-3986, dw-d-4038); "Kenya recognises only one Somalia" was a
recognition (dw-d-3956); "China will impose sanctions ... should Washington proceed" was
a plan (dw-d-4064). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, THR = "impose_sanctions", "threaten_sanctions"
E, SEV, RES, SUP = ("expel_diplomats", "sever_relations", "restore_relations",
                    "express_support")
A, INT, T = "asserted", "intent", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a state's candidacy named in an of-phrase
    "candidacy_of_a_state": [
        ("The Republic of Tajikistan supports the candidacy of the Kyrgyz Republic for a "
         "non-permanent seat on the United Nations Security Council.",
         {(SUP, "TJK", "KGZ", A)}),
        ("Kazakhstan backs the candidacy of the Republic of Korea for a seat on the "
         "Security Council.", {(SUP, "KAZ", "KOR", A)}),
        ("Pakistan supports the candidacy of Saudi Arabia to host the expo.",
         {(SUP, "PAK", "SAU", A)}),
    ],
    # a principle backed beside a state's integrity
    "integrity_beside_a_principle": [
        ("Serbia firmly supports the one-China principle and the territorial integrity of "
         "the People's Republic of China, President Aleksandar Vucic said.",
         {(SUP, "SRB", "CHN", A)}),
        ("Laos firmly supports the one-China principle and the territorial integrity of "
         "China.", {(SUP, "LAO", "CHN", A)}),
        ("Nicaragua supports the one-China principle and the sovereignty of China.",
         {(SUP, "NIC", "CHN", A)}),
    ],
    # a state informed or notified that another's envoys must leave
    "informed_that_envoys_must_leave": [
        ("The Ministry of Foreign Affairs of the Republic of Moldova has informed the Russian "
         "side that 45 staff members of the Russian Embassy in Chisinau must leave the "
         "country.", {(E, "MDA", "RUS", A)}),
        ("Lithuania informed the Belarusian side that three staff members of the Belarusian "
         "embassy must leave the country.", {(E, "LTU", "BLR", A)}),
        ("Latvia notified Moscow that two members of the Russian embassy staff must leave "
         "within a week.", {(E, "LVA", "RUS", A)}),
    ],
    # ties scaled back or down
    "ties_scaled_back": [
        ("Peru scales back diplomatic ties with Mexico after asylum row",
         {(SEV, "PER", "MEX", A)}),
        ("Kenya scales down diplomatic ties with Somalia.", {(SEV, "KEN", "SOM", A)}),
        ("Rwanda scaled back diplomatic relations with Belgium on Monday.",
         {(SEV, "RWA", "BEL", A)}),
    ],
    # official dealings suspended
    "official_dealings_suspended": [
        ("Sudan's Ministry of Foreign Affairs announced on Saturday the suspension of all "
         "official dealings with the Kenyan government.", {(SEV, "SDN", "KEN", A)}),
        ("Bolivia suspended all official dealings with the Israeli government.",
         {(SEV, "BOL", "ISR", A)}),
        ("Quito announced the suspension of all official dealings with Mexico.",
         {(SEV, "ECU", "MEX", A)}),
    ],
    # an envoy named to end a vacancy
    "vacancies_ended": [
        ("Georgia will name new envoy to Ukraine by autumn, ending two-year vacancy, PM says",
         {(RES, "GEO", "UKR", INT)}),
        ("Chile will appoint an ambassador to Venezuela, ending a three-year vacancy.",
         {(RES, "CHL", "VEN", INT)}),
        ("Seoul named a new envoy to Pyongyang, ending a long vacancy.",
         {(RES, "KOR", "PRK", A)}),
    ],
    # "recognises only one Somalia" is a stance on its unity, no recognition
    "only_one_state": [
        ("Nairobi backs Mogadishu on Somaliland, says Kenya recognises only one Somalia",
         {(SUP, "KEN", "SOM", A)}),
        ("Morocco recognises only one China.", set()),
        ("Kenya recognises only one Somalia, its president said.", set()),
    ],
    # a body's departure, its name in front
    "departures_from_bodies": [
        ("Budapest's ICC departure becomes final.", {(SEV, "HUN", "ICC", A)}),
        ("Manila's ICC departure takes effect.", {(SEV, "PHL", "ICC", A)}),
        ("Caracas' OAS departure became official on Friday.", {(SEV, "VEN", "OAS", A)}),
    ],
    # "should Washington proceed": a condition by inversion
    "inverted_conditions": [
        ("China will impose sanctions on the U.S. companies involved should Washington "
         "proceed with a planned arms package for the Taiwan region, Foreign Ministry "
         "spokesperson Wang Wenbin said.", {(THR, "CHN", "USA", T)}),
        ("Moscow will impose countermeasures on Japanese firms should Tokyo adopt new "
         "sanctions.", {(THR, "RUS", "JPN", T)}),
        ("Beijing will impose sanctions on US defence firms should Washington approve the "
         "arms sale.", {(THR, "CHN", "USA", T)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "candidacy_of_a_state": [
        "Kenya supports the candidacy of a Nigerian doctor.",
        "The party backs the candidacy of its leader.",
        "Fans support the candidacy of the club's coach.",
    ],
    "integrity_beside_a_principle": [
        "Serbia firmly supports the principle of free trade and the integrity of its banks.",
        "The club supports the fair-play principle and the integrity of the league.",
        "Laos supports the principle of non-interference.",
    ],
    "informed_that_envoys_must_leave": [
        "Lithuania informed the Belarusian side that three trucks must leave the border zone.",
        "Moldova informed reporters that the tourists must leave the country.",
        "Latvia notified Moscow that two fishing boats must leave its waters.",
    ],
    "ties_scaled_back": [
        "Firms scaled back ties with Chinese suppliers.",
        "Peru scales back spending after budget row.",
        "The club scaled down its ties with the sponsor.",
    ],
    "official_dealings_suspended": [
        "The bank suspended all official dealings with the firm.",
        "Bolivia suspended all dealings in the shares.",
        "The club suspended official dealings with its agent.",
    ],
    "vacancies_ended": [
        "Chile will appoint a coach, ending a three-year vacancy.",
        "The bank named a new chief, ending a long vacancy.",
        "Georgia will name a new minister, ending a two-month vacancy.",
    ],
    "only_one_state": [
        "Morocco recognises only one China.",
        "Kenya recognises only one Somalia, its president said.",
        "The league recognises only one champion.",
    ],
    "departures_from_bodies": [
        "The ambassador's departure from Paris was delayed.",
        "Manila's coach departure takes effect.",
        "The ICC judge's departure became official on Friday.",
    ],
    "inverted_conditions": [
        "Beijing should respond to the arms sale, analysts said.",
        "Moscow will respond to the new rules should Tokyo adopt them.",
        "Should Washington proceed with the sale, analysts expect a reaction.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
