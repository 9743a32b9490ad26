"""load_nlp's speed-ups of spaCy's own components change no annotation: the rule
lemmatizer with every answer cached gives the lemmas of the stock one, the
indexed attribute ruler the matches and attributes of the stock one, and the
component batches its headline re-parses without changing an event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler, Lemmatizer

from transforms.coder import COMPONENT_NAME, check_model
from transforms.coder.headline import is_title_case
from transforms.coder.spacy_speedups import index_attribute_rules, speed_up

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
    ruler = nlp.get_pipe("attribute_ruler")
    wrapped, index = lemmatizer.lemmatize, ruler.match
    speed_up(nlp)
    assert lemmatizer.lemmatize is wrapped  # not wrapped twice
    assert ruler.match is index
    # The word lists are still lists with their order (they serialise as before).
    stock = spacy.load(check_model()).get_pipe("lemmatizer")
    ours, theirs = (x.lookups.get_table("lemma_index") for x in (lemmatizer, stock))
    assert {k: list(v) for k, v in ours.items()} == dict(theirs.items())
    restored = spacy.load(check_model()).get_pipe("lemmatizer")
    restored.from_bytes(lemmatizer.to_bytes())
    assert dict(restored.lookups.get_table("lemma_index").items()) == dict(theirs.items())


# The English attribute ruler's multi-token patterns ("gonna", "y'all", "let's",
# "there is"), its IN / NOT_IN / REGEX tests, dependency tests and whitespace.
RULER_CASES = [
    "Y'all ain't gonna believe it: c'mon, let's go, we gotta see it, y'all, nothin' else.",
    "There is a treaty and there are two envoys; is it that which I have done?",
    "I gave it to you, you gave it to me, and it was given to them.",
    "Whether or not they did, that is what it is, because this one does.",
    "Sanctions  were\n\n imposed   on Monday .\t Then   lifted.",
]


def _annotations(nlp, texts: list[str]) -> list[list[tuple]]:
    return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]
            for doc in nlp.pipe(texts)]


def test_indexed_attribute_rules_equal_the_matcher(nlp, dev_texts):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler) and "match" in vars(ruler)  # the index is on
    stock = spacy.load(check_model())
    texts = RULER_CASES + dev_texts
    with nlp.select_pipes(disable=[COMPONENT_NAME]):
        assert _annotations(nlp, texts) == _annotations(stock, texts)
    before = [n for n in stock.pipe_names if n in ("tok2vec", "tagger", "parser")]
    kinds = {kind: {i for i, entry in enumerate(ruler.patterns) if kind in str(entry["patterns"])}
             for kind in ("'REGEX'", "'NOT_IN'", "'IN'", "'DEP'", "'IS_SPACE'", "}, {")}
    matched = set()
    with stock.select_pipes(enable=before):
        for doc in stock.pipe(texts):
            expected = AttributeRuler.match(ruler, doc)
            assert ruler.match(doc) == expected, doc.text
            matched |= {number for number, *_ in expected}
    # Each kind of test and the multi-token patterns ("}, {") were exercised.
    assert all(matched & numbers for numbers in kinds.values()), kinds


def test_attribute_ruler_left_alone_when_patterns_cannot_be_indexed():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "sanction"}, {"IS_PUNCT": True, "OP": "?"}]], {"LEMMA": "x"})
    index_attribute_rules(ruler)
    assert "match" not in vars(ruler)  # OP and IS_PUNCT: the Matcher decides
    assert nlp("a sanction .")[1].lemma_ == "x"


def test_indexed_attribute_rules_follow_patterns_added_later():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["envoy", "envoys"]}}]], {"LEMMA": "envoy"})
    index_attribute_rules(ruler)
    assert "match" in vars(ruler)
    assert [t.lemma_ for t in nlp("Envoys and a minister")] == ["envoy", "", "", ""]
    ruler.add([[{"LOWER": "a"}, {"TEXT": {"REGEX": "^min"}}]], {"LEMMA": "minister"}, index=1)
    assert [t.lemma_ for t in nlp("Envoys and a minister")] == ["envoy", "", "", "minister"]
    index_attribute_rules(ruler)  # indexed again, same answers
    assert [t.lemma_ for t in nlp("Envoys and a minister")] == ["envoy", "", "", "minister"]


def test_indexed_attribute_rules_keep_every_test_of_a_token():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    # ORTH and TEXT are one attribute: both tests must hold, as in the Matcher.
    ruler.add([[{"ORTH": "Envoys", "TEXT": "envoys"}]], {"LEMMA": "never"})
    ruler.add([[{"ORTH": "Envoys", "TEXT": "Envoys"}, {"LOWER": {"NOT_IN": ["or"]}}]],
              {"LEMMA": "envoy"})
    index_attribute_rules(ruler)
    assert "match" in vars(ruler)
    doc = nlp("Envoys and envoys or Envoys or")
    assert [t.lemma_ for t in doc] == ["envoy", "", "", "", "", ""]
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


def test_batched_headline_reparse_equals_one_at_a_time(nlp, dev_texts):
    heads = [t for t in dev_texts if any(is_title_case(s.strip()) for s in t.split(". "))]
    assert len(heads) >= 20
    batched = [[e.as_dict() for e in d._.events] for d in nlp.pipe(heads, batch_size=64)]
    single = [[e.as_dict() for e in nlp(t)._.events] for t in heads]
    assert batched == single
    assert sum(map(len, batched)) >= 15
