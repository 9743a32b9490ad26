"""Round 8 of the event coder (0.8.0): modality. One regression sentence per rule that
separates background mentions of earlier measures (reference) from the news (asserted),
plans (intent) and the keeping of a measure. The sentences are written for these tests;
none is copied from the eval sets."""

from __future__ import annotations

import pytest

from tests.conftest import counted_events

# (text, events that must be among the counted ones)
RULES = [
    # a nominalised act with its own earlier date is background
    ("The 2019 expulsion of Czech diplomats by Russia still weighs on relations.",
     {("expel_diplomats", "RUS", "CZE", "reference")}),
    ("The recall of Peru's ambassador from Caracas in 2020 hurt trade.",
     {("recall_envoy", "PER", "VEN", "reference")}),
    # ... also when the date hangs on the act's object
    ("Poland's expulsion of 45 Russian diplomats in 2023 angered Moscow.",
     {("expel_diplomats", "POL", "RUS", "reference")}),
    # ... or on the past verb it is the subject of
    ("The restoration of ties between Qatar and Egypt last year revived flights.",
     {("restore_relations", "QAT", "EGY", "reference")}),
    # a decision with an earlier date is background
    ("Chile's 2021 decision to sever relations with Nicaragua still stands.",
     {("sever_relations", "CHL", "NIC", "reference")}),
    # a participle describing a noun is background when dated, even "last week"
    ("The Czech diplomats, ordered out by Moscow last week, flew home on Friday.",
     {("expel_diplomats", "RUS", "CZE", "reference")}),
    # a passive act with an earlier date is background
    ("Diplomatic ties between Ghana and Morocco were severed in 2004.",
     {("sever_relations", "GHA", "MAR", "reference")}),
    # ... also in a relative clause
    ("Chile's ambassador, who was recalled from Managua in 2022, now teaches law.",
     {("recall_envoy", "CHL", "NIC", "reference")}),
    # the act a reprisal answers is background, whatever the mode of the reprisal
    ("Hungary said it would expel two Slovak diplomats in retaliation for Bratislava's "
     "expulsion of a Hungarian attache.",
     {("expel_diplomats", "HUN", "SVK", "intent"),
      ("expel_diplomats", "SVK", "HUN", "reference")}),
    # a headline's subject with a bare "to" infinitive is a plan
    ("Norway to lift asset freeze on Russian officials",
     {("ease_sanctions", "NOR", "RUS", "intent")}),
    # ... also for the verbs joined to it
    ("Chile to recall its ambassador from Managua and close its embassy there",
     {("recall_envoy", "CHL", "NIC", "intent"), ("sever_relations", "CHL", "NIC", "intent")}),
    # "in talks to" is a plan
    ("Oman and Israel are in quiet talks to establish diplomatic relations, officials said.",
     {("restore_relations", "OMN", "ISR", "intent")}),
    # keeping a measure is the act reported, also when announced with "will"
    ("Australia will keep its sanctions on Iranian officials in place, the minister said.",
     {("impose_sanctions", "AUS", "IRN", "asserted")}),
    # a state that "decided to" act has taken the decision: the act is reported
    ("Peru decided to expel the Venezuelan ambassador, the foreign ministry said.",
     {("expel_diplomats", "PER", "VEN", "asserted")}),
    # adopting another body's sanctions: the body's own measure is background
    ("Norway adopted the EU's latest sanctions against Belarus.",
     {("impose_sanctions", "NOR", "BLR", "asserted"),
      ("impose_sanctions", "EU", "BLR", "reference")}),
    # "first ambassador since ...": the date makes the act new, not background
    ("Oman named its first ambassador to Syria since 2012 on Sunday.",
     {("restore_relations", "OMN", "SYR", "asserted")}),
    # "which also expelled": one more act of the news, not an earlier one
    ("Relations with Chad were cut by Sudan, which also expelled Chad's ambassador, "
     "a spokesman said.",
     {("expel_diplomats", "SDN", "TCD", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_round8_rule(nlp, text, expected):
    got = counted_events(nlp(text)._.events)
    assert expected <= got, (text, got)


# A fresh past-tense report stays news: a weekday is no earlier date.
ASSERTED = [
    ("Peru expelled two Venezuelan diplomats on Monday.",
     ("expel_diplomats", "PER", "VEN")),
    ("Peru expelled two Venezuelan diplomats last week.",
     ("expel_diplomats", "PER", "VEN")),
    ("Ghana's expulsion of two Togolese diplomats on Tuesday surprised Lome.",
     ("expel_diplomats", "GHA", "TGO")),
]


@pytest.mark.parametrize(("text", "triple"), ASSERTED)
def test_round8_fresh_news_stays_asserted(nlp, text, triple):
    got = counted_events(nlp(text)._.events)
    assert (*triple, "asserted") in got, (text, got)
