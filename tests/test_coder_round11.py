"""Round 11 of the event coder (0.11.0): error classes that recur across the written dev
set, the shared dev set and real news (replay_dev), not single stories. Each test asserts
the exact counted events (type, source, target, modality) of sentences written for these
tests (none is copied from an eval set or the replay corpus), with near misses that must
stay silent."""

from __future__ import annotations

import pytest

from tests.conftest import counted_events

# Class 1: a measure a state lives under (breaks, flouts, weathers, carries the burden
# of), named as background; with no imposer named the source is UNK (guide: actors).
BORNE = [
    # a breaking verb presupposes the measure
    ("Eritrea is violating UN sanctions by importing rifles.",
     {("impose_sanctions", "UN", "ERI", "reference")}),
    ("Syria keeps flouting American sanctions.",
     {("impose_sanctions", "USA", "SYR", "reference")}),
    # ... with no imposer named: UNK
    ("Belarus has weathered sanctions for two decades.",
     {("impose_sanctions", "UNK", "BLR", "reference")}),
    # ... the measure last in a list of things endured
    ("Lukashenko has survived strikes, protests and sanctions.",
     {("impose_sanctions", "UNK", "BLR", "reference")}),
    # ... the breaking verb read by the parser as the measure's modifier
    ("Myanmar is making a fortune -- and breaking sanctions -- selling jade.",
     {("impose_sanctions", "UNK", "MMR", "reference")}),
    # the noun forms: the possessor lives under the measure
    ("Pyongyang's defiance of UN sanctions worries Seoul.",
     {("impose_sanctions", "UN", "PRK", "reference")}),
    ("Myanmar's evasion of the EU arms embargo drew criticism.",
     {("impose_sanctions", "EU", "MMR", "reference")}),
    # "the burden / brunt of": the clause's subject carries it
    ("Cuba now carries the burden of American sanctions.",
     {("impose_sanctions", "USA", "CUB", "reference")}),
    ("Iran bore the brunt of the oil embargo.",
     {("impose_sanctions", "UNK", "IRN", "reference")}),
    # crippled by / under a measure with no imposer named
    ("Zimbabwe's economy has been crippled by sanctions.",
     {("impose_sanctions", "UNK", "ZWE", "reference")}),
]

BORNE_SILENT = [
    # sports and professional sanctions are no state's measure
    "Russia has evaded doping sanctions for years.",
    "The federation said Bolivia had defied disciplinary sanctions.",
    # a news embargo
    "The ministry's report, under embargo until Friday, covers Chile and Peru.",
    # nobody named lives under the measure
    "Washington condemned the violation of sanctions.",
    "Analysts debated the burden of sanctions.",
    # the same verbs and nouns without a measure
    "Syria bore the brunt of the fighting.",
    "Iran violated the ceasefire, Israel said.",
    "The Brazilian striker broke the record in Madrid.",
]


@pytest.mark.parametrize(("text", "expected"), BORNE)
def test_borne_measure(nlp, text, expected):
    assert counted_events(nlp(text)._.events) == expected


@pytest.mark.parametrize("text", BORNE_SILENT)
def test_borne_measure_silent(nlp, text):
    assert counted_events(nlp(text)._.events) == set()


# Class 2: an act answered "after a similar move by X" / "in retaliation for similar
# measures by X": the same act by X, as background; back at the answerer when X was
# the answer's target (tit for tat), else at the same target (following suit).
ANSWERED = [
    ("Estonia expelled a Russian diplomat after a similar move by Moscow.",
     {("expel_diplomats", "EST", "RUS", "asserted"),
      ("expel_diplomats", "RUS", "EST", "reference")}),
    ("Beijing imposed sanctions on six Canadian lawmakers in retaliation for similar "
     "measures by Ottawa.",
     {("impose_sanctions", "CHN", "CAN", "asserted"),
      ("impose_sanctions", "CAN", "CHN", "reference")}),
    ("Finland recalled its ambassador from Minsk after a similar step by Sweden.",
     {("recall_envoy", "FIN", "BLR", "asserted"),
      ("recall_envoy", "SWE", "BLR", "reference")}),
]

ANSWERED_SILENT_EXTRA = [
    # not a reason phrase: a move still expected is not coded as done
    ("Estonia expelled a Russian diplomat; a similar move by Latvia is expected.",
     {("expel_diplomats", "EST", "RUS", "asserted")}),
    # the similar move's doer is no state
    ("Estonia expelled a Russian diplomat after a similar move by a Latvian football club.",
     {("expel_diplomats", "EST", "RUS", "asserted")}),
    # no act of our types to mirror
    ("The club signed a Spanish striker after a similar move by Chelsea.", set()),
    ("Estonia raised interest rates after a similar move by Latvia.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_answered_act(nlp, text, expected):
    assert counted_events(nlp(text)._.events) == expected


@pytest.mark.parametrize(("text", "expected"), ANSWERED_SILENT_EXTRA)
def test_answered_act_near_misses(nlp, text, expected):
    assert counted_events(nlp(text)._.events) == expected
