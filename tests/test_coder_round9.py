"""Round 9 of the event coder (0.9.0): recall. One regression sentence per rule that
recovers events the small model's headline parses hid, plus near misses that must stay
silent. The sentences are written for these tests; none is copied from the eval sets."""

from __future__ import annotations

import pytest

from tests.conftest import counted_events

# (text, events that must be among the counted ones)
RULES = [
    # headline verb tagged as a plural-noun subject, the ban noun as the main verb
    ("Moscow scraps ban on Moldovan fruit imports",
     {("ease_sanctions", "RUS", "MDA", "asserted")}),
    # ... also in a title-case headline
    ("Seoul Lifts Ban on Japanese Fish Imports",
     {("ease_sanctions", "KOR", "JPN", "asserted")}),
    # a headline verb lemmatised as a plural noun ("waives" -> "waif")
    ("Treasury Waives Sanctions On Belarusian Fertiliser Makers",
     {("ease_sanctions", "USA", "BLR", "asserted")}),
    # "upgrades its mission to a full embassy", "to" hung on the object
    ("Lima upgrades La Paz mission to full embassy",
     {("restore_relations", "PER", "BOL", "asserted")}),
    # a ban on all trade with a state is a trade ban on it
    ("Bolivia banned all trade with Chile on Monday.",
     {("impose_sanctions", "BOL", "CHL", "asserted")}),
    # support in quotes, the quote read as a possessive ending
    ("Managua voices 'solidarity' with Caracas",
     {("express_support", "NIC", "VEN", "asserted")}),
    # headline verb read as a compound of the ban's own modifier
    ("Canberra eyes travel bans for Burmese officials",
     {("threaten_sanctions", "AUS", "MMR", "threat")}),
    # a ban meant "for" officials aims at them
    ("London weighs visa bans for Iranian officials",
     {("threaten_sanctions", "GBR", "IRN", "threat")}),
    # a quoted list name, the closing quote read as a possessive ending
    ("Moscow puts six Polish arms makers on 'unfriendly entity' list",
     {("impose_sanctions", "RUS", "POL", "asserted")}),
    # "adds firms to export blacklist", "to export" read as an infinitive
    ("Tokyo adds four Russian banks to export blacklist",
     {("impose_sanctions", "JPN", "RUS", "asserted")}),
    # sanctions over a state's own act named by the state in front of it
    ("Canada threatens sanctions over Belarus crackdown",
     {("threaten_sanctions", "CAN", "BLR", "threat")}),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_round9_rule(nlp, text, expected):
    got = counted_events(nlp(text)._.events)
    assert expected <= got, (text, got)


# Near misses: the same shapes without a state acted on, or outside the guide's scope.
SILENT = [
    "The club banned trade with its rivals.",
    "The singer voices 'solidarity' with fans",
    "The council eyes parking bans for trucks",
    "Italy lifted the travel ban for tourists from Spain.",
    "The league scraps ban on foreign players",
    "Tokyo wants to export blacklist data to Seoul.",
    "The EU warned of sanctions over Hong Kong.",
]


@pytest.mark.parametrize("text", SILENT)
def test_round9_near_miss_stays_silent(nlp, text):
    got = counted_events(nlp(text)._.events)
    assert not got, (text, got)
