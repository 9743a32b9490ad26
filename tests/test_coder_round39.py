"""Round 39 of the event coder (0.23.11), from a blind batch of defence and arms-trade
press and of machine-translated text of non-English state media (eval/dev.jsonl
dw-d-4904 ... dw-d-5103). "Ottawa freezes permits for armoured vehicles bound for Riyadh",
"Madrid cancels licence for 155 mm shell shipment to Tel Aviv" and "U.S. pauses
night-vision exports to Abuja" were nothing (dw-d-4904, dw-d-4906, dw-d-4954); "recalls
for consultations its ambassador in Vilnius", in translated word order, was nothing
(dw-d-5081, dw-d-5032, dw-d-5093). Coder 0.23.12: "Washington resumes sales of
precision-guided bombs to Riyadh" and "China will resume imports of Japanese seafood" were
nothing (dw-d-4912, dw-d-0894, dw-d-3936). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, REC = "impose_sanctions", "ease_sanctions", "recall_envoy"
A = "asserted"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # export licences and permits frozen, cancelled or suspended; exports paused
    "licences_stopped": [
        ("Ottawa freezes permits for armoured vehicles bound for Riyadh.",
         {(IMP, "CAN", "SAU", A)}),
        ("Madrid cancels licence for 155 mm shell shipment to Tel Aviv.",
         {(IMP, "ESP", "ISR", A)}),
        ("Norway and Finland froze new export licences for military equipment to Turkey on "
         "Thursday.", {(IMP, "NOR", "TUR", A), (IMP, "FIN", "TUR", A)}),
        ("London suspends 30 of 350 arms export licences to Israel.",
         {(IMP, "GBR", "ISR", A)}),
        ("U.S. pauses night-vision exports to Abuja pending end-use checks.",
         {(IMP, "USA", "NGA", A)}),
    ],
    # "recalls for consultations its ambassador": the envoy after "consultations"
    "recalled_for_consultations_translated": [
        ("The Ministry of Foreign Affairs of the Republic of Belarus recalls for "
         "consultations its ambassador in Vilnius.", {(REC, "BLR", "LTU", A)}),
        ("Algeria decided the immediate recall for consultations of its ambassadors in "
         "Bamako and Niamey.", {(REC, "DZA", "MLI", A), (REC, "DZA", "NER", A)}),
        ("Belarus recalls for consultations its ambassador in Vilnius.",
         {(REC, "BLR", "LTU", A)}),
    ],
    # 0.23.12: trade, sales and exports resumed: the halt eased
    "trade_resumed": [
        ("Washington resumes sales of precision-guided bombs to Riyadh.",
         {(EAS, "USA", "SAU", A)}),
        ("Berlin resumed arms exports to Turkey.", {(EAS, "DEU", "TUR", A)}),
        ("China will resume imports of Japanese seafood from most prefectures.",
         {(EAS, "CHN", "JPN", "intent")}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "licences_stopped": [
        "The council suspended building permits for the district.",
        "Lufthansa suspended its licence for flights to Tehran.",
        "The ministry suspended work permits for Ukrainian workers.",
        "Boeing paused deliveries to China.",
    ],
    "recalled_for_consultations_translated": [
        "The minister asked for consultations with the ambassador of Spain.",
        "Belarus called for consultations with its neighbours in Vilnius.",
        "The ambassador arrived for consultations on trade.",
    ],
    "trade_resumed": [
        "Boeing resumed deliveries to China.",
        "Exports to China resumed after the holiday.",
        "Trade between the two countries resumed in May.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
