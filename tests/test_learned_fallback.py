"""The learned-fallback experiment (eval/learned_fallback.py): its numpy logistic
regression, its candidates and features on a parsed sentence, and the rule that
model events go only where the rules coded nothing."""

from __future__ import annotations

import random

import pytest

from eval.learned_fallback import (
    Candidate,
    LogReg,
    Sample,
    Unit,
    candidate_features,
    dep_path,
    model_events,
    reach,
    unit_candidates,
)
from pipelines.evaluate import GoldItem
from pipelines.scoring import Event


def _toy(n: int, seed: int) -> tuple[list[list[str]], list[int]]:
    """Rows whose label is whether "good" is among their features, plus noise words."""
    rng = random.Random(seed)
    rows, labels = [], []
    for _ in range(n):
        y = rng.random() < 0.3
        rows.append([f"noise{rng.randrange(20)}", f"noise{rng.randrange(20)}",
                     "good" if y else "bad"])
        labels.append(int(y))
    return rows, labels


def test_logreg_learns_a_separable_problem():
    rows, labels = _toy(400, 1)
    model = LogReg().fit(rows, labels)
    test_rows, test_labels = _toy(100, 2)
    probs = model.predict(test_rows)
    assert all((p > 0.9) == bool(y) for p, y in zip(probs, test_labels, strict=True))
    assert all(p < 0.1 for p, y in zip(probs, test_labels, strict=True) if not y)


def test_logreg_ignores_features_it_never_saw():
    model = LogReg().fit([["a"], ["b"]] * 50, [1, 0] * 50)
    with_unseen = model.predict([["a", "never_seen"], ["b", "never_seen"]])
    alone = model.predict([["a"], ["b"]])
    assert list(with_unseen) == pytest.approx(list(alone))
    assert len(model.predict([])) == 0


def _sample(units: list[Unit], gold: list[Event]) -> Sample:
    return Sample("toy", GoldItem("t1", "text", gold), [], units)


def test_model_events_only_where_the_rules_found_nothing():
    model = LogReg().fit([["yes"], ["no"]] * 50, [1, 0] * 50)
    cand = Candidate("expel_diplomats", "FRA", "RUS", ["yes"], 1)
    open_unit = Unit(rule_counted=False, blocked=set(), cands=[cand])
    ruled_unit = Unit(rule_counted=True, blocked=set(),
                      cands=[Candidate("recall_envoy", "DEU", "IRN", ["yes"], 1)])
    blocked_unit = Unit(rule_counted=False,
                        blocked={Event.make("impose_sanctions", "USA", "CUB").key},
                        cands=[Candidate("impose_sanctions", "USA", "CUB", ["yes"], 0)])
    weak_unit = Unit(rule_counted=False, blocked=set(),
                     cands=[Candidate("sever_relations", "QAT", "SAU", ["no"], 0)])
    sample = _sample([open_unit, ruled_unit, blocked_unit, weak_unit], [])
    got = model_events(model, sample, threshold=0.5)
    assert [(e.type, e.source, e.target, e.modality) for e in got] == [
        ("expel_diplomats", "FRA", "RUS", "asserted")]
    everywhere = {e.key for e in model_events(model, sample, 0.5, everywhere=True)}
    assert ("recall_envoy", "DEU", "IRN") in everywhere
    assert ("impose_sanctions", "USA", "CUB") in everywhere


def test_model_events_keeps_the_best_type_per_pair():
    model = LogReg().fit([["strong"], ["mild"], ["none"]] * 40,
                         [1, 1, 0] * 20 + [1, 0, 0] * 20)
    unit = Unit(False, set(), [Candidate("recall_envoy", "A", "B", ["mild"], 0),
                               Candidate("expel_diplomats", "A", "B", ["strong"], 1)])
    got = model_events(model, _sample([unit], []), threshold=0.3)
    assert [e.type for e in got] == ["expel_diplomats"]


def test_reach_counts_misses_found_among_open_unit_candidates():
    gold = [Event.make("expel_diplomats", "FRA", "RUS"),
            Event.make("recall_envoy", "DEU", "IRN")]
    units = [Unit(False, set(), [Candidate("expel_diplomats", "FRA", "RUS", [], 1)]),
             Unit(True, set(), [Candidate("recall_envoy", "DEU", "IRN", [], 1)])]
    assert reach([_sample(units, gold)]) == {
        "missed": 2, "in_open_unit_candidates": 1, "in_any_candidates": 2}


def test_candidate_features_share_and_conjoin_the_type():
    feats = candidate_features("recall_envoy", ["role_s=nsubj"])
    assert feats == ["role_s=nsubj", "T=recall_envoy", "recall_envoy|role_s=nsubj"]


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp("France expelled two Russian diplomats on Monday.")


def test_dep_path_between_subject_and_object(parsed):
    france, expelled, diplomats = parsed[0], parsed[1], parsed[4]
    assert dep_path(france, expelled) == "nsubj^"
    assert dep_path(france, diplomats) == "nsubj^ vdobj"
    assert dep_path(expelled, expelled) == "SAME"


def test_candidates_of_a_simple_sentence_hold_the_gold_pair(parsed):
    from transforms.coder.actors import ActorResolver
    from transforms.coder.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    resolvers = {f: ActorResolver(gaz, f) for f in ("sanction", "diplomatic")}
    gold = {Event.make("expel_diplomats", "FRA", "RUS").key}
    cands = unit_candidates(parsed[:], resolvers, gold)
    by_key = {(c.type, c.source, c.target): c for c in cands}
    right = by_key[("expel_diplomats", "FRA", "RUS")]
    assert right.label == 1
    assert "role_s=nsubj" in right.feats and "trig=expel" in right.feats
    assert ("expel_diplomats", "RUS", "FRA") in by_key  # both orders are candidates
    assert sum(c.label for c in cands) == 1
    # Only the diplomatic family's types: no sanction word in the sentence.
    assert {c.type for c in cands} <= {"restore_relations", "sever_relations",
                                       "recall_envoy", "expel_diplomats", "express_support"}
