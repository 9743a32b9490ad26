"""The event coder 0.23.33: envoys told to go in words the expulsion rules did not read. A
"consul general" is an envoy (the parser makes "general" the head: "Poland will expel
Belarus's consul general"); an envoy taken up by a pronoun in the next clause is expelled
("Beirut summons Iran's ambassador, then orders him to leave within a week"); "has been told
he is no longer welcome in Libya" is an expulsion by the state he is unwelcome in, or by the
state that says so; and leaving Africa's regional blocs the guide gives no code ("take the
country out of ECCAS", "quits COMESA") is quitting an organisation. Found among the dev
misses where the coder built no candidate at all. Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

EXP, SEV = "expel_diplomats", "sever_relations"
A, INT = "asserted", "intent"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "consul general", with "general" parsed as the head
    "consul_general_is_an_envoy": [
        ("Poland will expel Belarus's consul general.", {(EXP, "POL", "BLR", INT)}),
        ("WARSAW - Poland will expel Belarus's consul general in Bialystok by Friday, the "
         "foreign minister said, citing espionage.", {(EXP, "POL", "BLR", INT)}),
        ("Lithuania expelled Russia's consul general in Klaipeda on Monday.",
         {(EXP, "LTU", "RUS", A)}),
        ("Tokyo said it would expel the Chinese consul general in Osaka.",
         {(EXP, "JPN", "CHN", INT)}),
    ],
    # the envoy taken up by a pronoun in the next clause
    "envoy_ordered_out_by_pronoun": [
        ("Lebanon summoned Iran's ambassador and ordered him to leave within a week.",
         {(EXP, "LBN", "IRN", A)}),
        ("Beirut summons Iran's ambassador, then orders him to leave within a week",
         {(EXP, "LBN", "IRN", A)}),
        ("Mogadishu summoned the Ethiopian envoy and told her to go home.",
         {(EXP, "SOM", "ETH", A)}),
        ("Kenya summoned the Ugandan ambassador and ordered him out.",
         {(EXP, "KEN", "UGA", A)}),
    ],
    # "has been told he is no longer welcome": the state he is unwelcome in, or that says so
    "told_no_longer_welcome": [
        ("The Greek ambassador has been told he is no longer welcome in Libya.",
         {(EXP, "LBY", "GRC", A)}),
        ("The Greek ambassador has been told she is no longer welcome, the Libyan foreign "
         "ministry said.", {(EXP, "LBY", "GRC", A)}),
        ("TRIPOLI - The Greek ambassador has been told he is no longer welcome in Libya and "
         "must depart within three days, a spokesman for the Tripoli government's foreign "
         "ministry said.", {(EXP, "LBY", "GRC", A)}),
    ],
    # Africa's regional blocs with no code in the guide: quitting them is coded UNK
    "regional_bloc_exit": [
        ("Chad's National Assembly voted on Tuesday to take the country out of ECCAS, the "
         "Central African regional bloc.", {(SEV, "TCD", "UNK", A)}),
        ("Burundi quits COMESA.", {(SEV, "BDI", "UNK", A)}),
        ("Senegal will leave WAEMU, the government said.", {(SEV, "SEN", "UNK", INT)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "consul_general_is_an_envoy": [
        "The consul general hosted a reception for Polish exporters.",
        "Russia expelled the Polish general.",
        "Poland expelled the Belarusian general manager of the plant.",
    ],
    "envoy_ordered_out_by_pronoun": [
        "Kenya summoned the Ugandan ambassador but did not order him to leave.",
        "Kenya summoned the Ugandan ambassador and asked him to explain the remarks.",
        "The coach benched the Ugandan striker and ordered him to leave.",
    ],
    "told_no_longer_welcome": [
        "The striker has been told he is no longer welcome at the club.",
        "The Greek ambassador has been told he is welcome in Libya.",
        "The Greek ambassador said he is no longer welcome in Libya's cafes.",
    ],
    "regional_bloc_exit": [
        "Chad hosted the ECCAS summit.",
        "COMESA officials left Lusaka on Friday.",
        "Burundi said it would not leave COMESA.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
