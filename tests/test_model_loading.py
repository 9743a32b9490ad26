"""load_nlp's speed-ups of spaCy's own components change no annotation: the rule
lemmatizer with every answer cached gives the lemmas of the stock one, and the
component batches its headline re-parses without changing an event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import Lemmatizer

from transforms.coder import COMPONENT_NAME, check_model
from transforms.coder.headline import is_title_case
from transforms.coder.loading import memoise_rule_lemmas

DEV = Path(__file__).resolve().parents[1] / "eval" / "dev.jsonl"

# Inflections the lemmatizer's suffix rules and word lists decide ("ties" -> "tie",
# "expelled" -> "expel", "envoys", comparatives, an unknown word, a proper noun).
INFLECTED = [
    "The ministries expelled three envoys and recalled their ambassadors on Tuesday.",
    "Relations worsened as the talks were broken off by the larger of the two states.",
    "Tighter curbs were being weighed; Brussels' blacklisted oligarchs fled.",
    "The zorbling sanctionings are frobbed by Ruritanians, the better ones happier.",
]


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    return [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")][:400]


def _lemmas(nlp, texts: list[str]) -> list[list[str]]:
    return [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]


def test_memoised_lemmas_equal_stock_lemmas(nlp, dev_texts):
    stock = spacy.load(check_model())
    texts = INFLECTED + dev_texts
    with nlp.select_pipes(disable=[COMPONENT_NAME]):
        fast = _lemmas(nlp, texts) + _lemmas(nlp, texts)  # second pass: answers from memo
    assert fast == _lemmas(stock, texts) * 2
    assert fast[0][1:8] == ["ministry", "expel", "three", "envoy", "and", "recall", "their"]


def test_memoising_is_idempotent_and_keeps_tables_serialisable(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    wrapped = lemmatizer.lemmatize
    memoise_rule_lemmas(nlp)
    assert lemmatizer.lemmatize is wrapped  # not wrapped twice
    # The word lists are still lists with their order (they serialise as before).
    stock = spacy.load(check_model()).get_pipe("lemmatizer")
    ours, theirs = (x.lookups.get_table("lemma_index") for x in (lemmatizer, stock))
    assert {k: list(v) for k, v in ours.items()} == dict(theirs.items())
    restored = spacy.load(check_model()).get_pipe("lemmatizer")
    restored.from_bytes(lemmatizer.to_bytes())
    assert dict(restored.lookups.get_table("lemma_index").items()) == dict(theirs.items())


def test_batched_headline_reparse_equals_one_at_a_time(nlp, dev_texts):
    heads = [t for t in dev_texts if any(is_title_case(s.strip()) for s in t.split(". "))]
    assert len(heads) >= 20
    batched = [[e.as_dict() for e in d._.events] for d in nlp.pipe(heads, batch_size=64)]
    single = [[e.as_dict() for e in nlp(t)._.events] for t in heads]
    assert batched == single
    assert sum(map(len, batched)) >= 15
