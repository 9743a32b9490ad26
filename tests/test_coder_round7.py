"""Round 7 of the event coder (0.7.0): one regression sentence per rule added from the
errors of the blind dev batches dw-d-0665..0904. The sentences are written for these
tests; none is copied from the eval sets."""

from __future__ import annotations

import pytest

from tests.conftest import counted_events

# (text, events that must be among the counted ones)
RULES = [
    # "swap ambassadors" restores relations like "exchange ambassadors"
    ("Hanoi and Canberra swapped ambassadors on Monday.",
     {("restore_relations", "VNM", "AUS", "asserted")}),
    # a definite description ("the Hashemite kingdom", "the Gulf state") as object is
    # the state named last that is not its clause's subject
    ("Jordan's police said they had arrested ten men. Egypt said on Monday it stood "
     "firmly behind the Hashemite kingdom.",
     {("express_support", "EGY", "JOR", "asserted")}),
    ("Kuwait was hit by drones on Friday. The Moroccan foreign minister said his "
     "country stood with the Gulf state.",
     {("express_support", "MAR", "KWT", "asserted")}),
    # the break that a restoration ends is background between the same states
    ("Chad said it was restoring diplomatic relations with Qatar, two years after "
     "cutting them.",
     {("restore_relations", "TCD", "QAT", "asserted"),
      ("sever_relations", "TCD", "QAT", "reference")}),
    ("Peru and Bolivia will restore diplomatic relations, which were severed in 2021.",
     {("sever_relations", "PER", "BOL", "reference")}),
    # the measure an easing lifts, when the easer imposed it, is background
    ("Canada lifted the punitive measures it imposed on Mali in 2022.",
     {("ease_sanctions", "CAN", "MLI", "asserted"),
      ("impose_sanctions", "CAN", "MLI", "reference")}),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_round7_rule(nlp, text, expected):
    got = counted_events(nlp(text)._.events)
    assert expected <= got, (text, got)


# A description with no state named before it, or naming its own place, is no actor.
NEGATIVES = [
    "The kingdom said it stood behind the decision of the football federation.",
    "Officials praised the island of Malta for its hospitality.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round7_negative(nlp, text):
    assert not counted_events(nlp(text)._.events), text
