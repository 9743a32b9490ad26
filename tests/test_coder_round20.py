"""Round 20 of the event coder (0.19.1): states that trigger the "snapback" or the
"return" of an organisation's sanctions act on its measures themselves, as they would
trigger their "reimposition" (eval/dev.jsonl dw-d-0469, dw-d-1106: Britain, France and
Germany preparing or warning to trigger the snapback of UN sanctions on Iran were coded
as a UN event). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

THR, T = "threaten_sanctions", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the states that would trigger the snapback threaten the measures, not the UN
    "trigger_snapback_or_return_of_measures": [
        ("Britain, France and Germany said they were ready to trigger the snapback of UN "
         "sanctions on Iran.", {(THR, "GBR", "IRN", T), (THR, "FRA", "IRN", T),
                                (THR, "DEU", "IRN", T)}),
        ("France warned it would trigger the return of UN sanctions on Iran unless "
         "inspectors were readmitted.", {(THR, "FRA", "IRN", T)}),
        ("Germany is preparing to trigger the snapback of United Nations sanctions against "
         "Iran.", {(THR, "DEU", "IRN", T)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "trigger_snapback_or_return_of_measures": [
        "Investors fear a snapback of inflation after the rate cut.",
        "The club's return to the league was delayed by sanctions imposed by UEFA.",
        "The return of the ambassador's body to Moscow was delayed by the storm.",
        "Analysts asked whether France would trigger the snapback of UN sanctions on Iran.",
        "France said it did not want to trigger the snapback of UN sanctions on Iran.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
