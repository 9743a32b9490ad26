"""Each scoring rule of pipelines.scoring, on hand-made gold and predictions."""

import pytest

from pipelines.scoring import (
    Event,
    Scorer,
    bootstrap_intervals,
    calibration_bin,
    compatible,
    dedupe_counted,
    match_events,
    prf,
)


def ev(t: str, s: str, g: str, m: str = "asserted", c: float | None = None) -> Event:
    return Event.make(t, s, g, m, c)


IMP = "impose_sanctions"
SEV = "sever_relations"
RES = "restore_relations"
EXP = "expel_diplomats"


def test_exact_triple_match_and_mismatches():
    m = match_events([ev(IMP, "USA", "RUS")], [ev(IMP, "USA", "RUS")])
    assert len(m.pairs) == 1 and not m.missed and not m.spurious
    # Wrong target, wrong type: one miss and one false positive each.
    for wrong in (ev(IMP, "USA", "CHN"), ev("threaten_sanctions", "USA", "RUS", "threat")):
        m = match_events([ev(IMP, "USA", "RUS")], [wrong])
        assert not m.pairs and len(m.missed) == 1 and len(m.spurious) == 1


def test_direction_matters_for_directed_types():
    m = match_events([ev(EXP, "MYS", "PRK")], [ev(EXP, "PRK", "MYS")])
    assert not m.pairs and len(m.missed) == 1 and len(m.spurious) == 1


@pytest.mark.parametrize("etype", [RES, SEV])
def test_restore_and_sever_match_in_either_direction(etype):
    m = match_events([ev(etype, "SAU", "IRN")], [ev(etype, "IRN", "SAU")])
    assert len(m.pairs) == 1 and not m.missed and not m.spurious


def test_both_directions_count_once_on_either_side():
    both = [ev(RES, "SAU", "IRN"), ev(RES, "IRN", "SAU")]
    m = match_events([ev(RES, "SAU", "IRN")], both)
    assert len(m.pairs) == 1 and not m.spurious
    m = match_events(both, [ev(RES, "IRN", "SAU")])
    assert len(m.pairs) == 1 and not m.missed


@pytest.mark.parametrize("modality", ["negated", "hypothetical"])
def test_uncounted_modalities_are_neither_expected_nor_predicted(modality):
    # Gold negated, coder silent: nothing to score.
    m = match_events([ev(SEV, "EGY", "QAT", modality)], [])
    assert not m.pairs and not m.missed and not m.spurious
    # Gold negated, coder asserts it: a false positive.
    m = match_events([ev(SEV, "EGY", "QAT", modality)], [ev(SEV, "EGY", "QAT")])
    assert not m.pairs and not m.missed and len(m.spurious) == 1
    # Gold asserted, coder says negated: a miss.
    m = match_events([ev(SEV, "EGY", "QAT")], [ev(SEV, "EGY", "QAT", modality)])
    assert not m.pairs and len(m.missed) == 1 and not m.spurious


@pytest.mark.parametrize("modality", ["asserted", "intent", "threat", "reference"])
def test_counted_modalities_are_scored(modality):
    m = match_events([ev(IMP, "USA", "CUB", modality)], [])
    assert len(m.missed) == 1


def test_unk_in_gold_matches_any_code_when_other_actor_matches():
    m = match_events([ev(IMP, "UNK", "RUS")], [ev(IMP, "USA", "RUS")])
    assert len(m.pairs) == 1
    m = match_events([ev(IMP, "UNK", "RUS")], [ev(IMP, "USA", "IRN")])
    assert not m.pairs and len(m.missed) == 1 and len(m.spurious) == 1


def test_unk_in_prediction_matches_any_code_when_other_actor_matches():
    assert len(match_events([ev(IMP, "USA", "RUS")], [ev(IMP, "USA", "UNK")]).pairs) == 1
    # Missing actor codes are read as UNK.
    assert len(match_events([ev(IMP, "USA", "RUS")], [ev(IMP, None, "RUS")]).pairs) == 1


def test_unk_cannot_fill_both_slots_or_cross_types():
    assert not compatible(ev(IMP, "USA", "UNK"), ev(IMP, "UNK", "RUS"))
    assert not compatible(ev(IMP, "UNK", "UNK"), ev(IMP, "USA", "RUS"))
    assert not compatible(ev(IMP, "UNK", "RUS"), ev("ease_sanctions", "USA", "RUS"))
    # Identical triples match even when both are UNK.
    assert compatible(ev(IMP, "UNK", "UNK"), ev(IMP, "UNK", "UNK"))


def test_unk_with_reversed_symmetric_pair():
    assert compatible(ev(SEV, "UNK", "ISR"), ev(SEV, "ISR", "BOL"))
    assert not compatible(ev(EXP, "UNK", "ISR"), ev(EXP, "ISR", "BOL"))


def test_exact_matches_win_over_wildcards_and_no_event_matches_twice():
    gold = [ev(IMP, "USA", "RUS"), ev(IMP, "UNK", "RUS")]
    pred = [ev(IMP, "GBR", "RUS"), ev(IMP, "USA", "RUS")]
    m = match_events(gold, pred)
    assert len(m.pairs) == 2 and not m.missed and not m.spurious
    assert {(g.source, p.source) for g, p in m.pairs} == {("USA", "USA"), ("UNK", "GBR")}
    # One wildcard prediction cannot absorb two gold events.
    m = match_events([ev(IMP, "USA", "RUS"), ev(IMP, "GBR", "RUS")], [ev(IMP, "UNK", "RUS")])
    assert len(m.pairs) == 1 and len(m.missed) == 1


def test_vague_unk_repeat_of_a_matched_event_is_neither_hit_nor_error():
    gold = [ev(EXP, "EST", "RUS"), ev(EXP, "LTU", "RUS")]
    m = match_events(gold, gold + [ev(EXP, "UNK", "RUS")])
    assert len(m.pairs) == 2 and not m.spurious and len(m.redundant) == 1
    m = match_events(gold + [ev(EXP, "UNK", "RUS")], [ev(EXP, "EST", "RUS")])
    assert len(m.pairs) == 1 and [g.source for g in m.missed] == ["LTU"]
    # An UNK event whose other actor differs is still an error.
    m = match_events(gold, gold + [ev(EXP, "UNK", "BLR")])
    assert len(m.spurious) == 1 and not m.redundant
    # Without UNK, an extra event is an error even if similar.
    m = match_events(gold, gold + [ev(EXP, "LVA", "RUS")])
    assert len(m.spurious) == 1


def test_wildcard_matching_is_maximal_not_greedy():
    # Greedy pairing of gold[0] with pred[0] would leave gold[1] unmatched.
    gold = [ev(IMP, "UNK", "RUS"), ev(IMP, "USA", "UNK")]
    pred = [ev(IMP, "USA", "RUS"), ev(IMP, "USA", "BLR")]
    m = match_events(gold, pred)
    assert len(m.pairs) == 2


def test_duplicates_count_once_and_keep_highest_confidence():
    d = dedupe_counted([ev(IMP, "USA", "RUS", c=0.4), ev(IMP, "USA", "RUS", c=0.9),
                        ev(IMP, "USA", "RUS", "negated", c=0.99)])
    assert len(d) == 1 and d[0].confidence == 0.9 and d[0].modality == "asserted"


def test_prf_values_and_undefined_ratios():
    r = prf(3, 1, 2)
    assert r["precision"] == pytest.approx(0.75)
    assert r["recall"] == pytest.approx(0.6)
    assert r["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert prf(0, 0, 0)["precision"] is None and prf(0, 0, 2)["f1"] is None
    assert prf(0, 1, 1)["f1"] == 0.0


@pytest.mark.parametrize(
    "conf,label",
    [(0.0, "[0.0,0.5)"), (0.49, "[0.0,0.5)"), (0.5, "[0.5,0.8)"), (0.85, "[0.8,0.9)"),
     (0.9, "[0.9,1.0]"), (1.0, "[0.9,1.0]"), (None, "none"), (1.2, "out_of_range")],
)
def test_calibration_bins(conf, label):
    assert calibration_bin(conf) == label


def _scored() -> Scorer:
    s = Scorer()
    # t1: one hit (modality wrong), one miss.
    s.add("t1", [ev(IMP, "USA", "RUS"), ev(IMP, "EU", "RUS")],
          [ev(IMP, "USA", "RUS", "reference", 0.95)])
    # t2: negative text, false alarm.
    s.add("t2", [], [ev(EXP, "FRA", "MLI", c=0.6)])
    # t3: negative text, coder silent.
    s.add("t3", [], [])
    # t4: gold only negated; coder asserts it (false alarm) and a symmetric hit elsewhere.
    s.add("t4", [ev(SEV, "EGY", "QAT", "negated")], [ev(SEV, "EGY", "QAT", c=0.85)])
    # t5: symmetric hit in reverse direction, modality right.
    s.add("t5", [ev(RES, "SAU", "IRN", "intent")], [ev(RES, "IRN", "SAU", "intent", 0.92)])
    # t6: unlabelled (CASE DIPLO): flagged, but excluded from scores.
    s.add("t6", None, [ev(IMP, "USA", "IRN", c=0.3)])
    # t7: gold event the coder called hypothetical: a miss explained by modality.
    s.add("t7", [ev(EXP, "POL", "RUS")], [ev(EXP, "POL", "RUS", "hypothetical", 0.7)])
    return s


def test_scorer_triple_scores_per_type_and_overall():
    rep = _scored().report()
    t = rep["triples"]
    assert t["overall"]["tp"] == 2 and t["overall"]["fp"] == 2 and t["overall"]["fn"] == 2
    assert t["by_type"][IMP] == prf(1, 0, 1)
    assert t["by_type"][EXP]["fp"] == 1 and t["by_type"][EXP]["fn"] == 1
    assert t["by_type"][RES]["f1"] == 1.0
    assert t["by_type"][SEV]["fp"] == 1 and t["by_type"][SEV]["recall"] is None
    # Macro F1 averages types that have gold events: IMP 2/3, RES 1, EXP 0.
    assert t["overall"]["macro_f1"] == pytest.approx((2 / 3 + 1 + 0) / 3)


def test_scorer_detection_and_false_alarm_rate():
    rep = _scored().report()
    d = rep["detection"]
    # positives: t1, t5, t7; flagged: t1, t2, t4, t5 (t7 only hypothetical).
    assert (d["tp"], d["fp"], d["fn"], d["tn"]) == (2, 2, 1, 1)
    fa = rep["false_alarm"]
    assert fa == {"negatives": 3, "flagged": 2, "rate": pytest.approx(2 / 3)}
    assert rep["items"] == 7 and rep["items_scored"] == 6
    assert rep["unlabelled"]["items"] == 1 and rep["unlabelled"]["flagged"] == 1


def test_scorer_calibration_counts_counted_predictions_only():
    rows = {r["bin"]: r for r in _scored().report()["calibration"]}
    # t6 (unlabelled, 0.3) and t7 (hypothetical, 0.7) are not scored.
    assert rows["[0.0,0.5)"]["count"] == 0
    assert rows["[0.5,0.8)"]["count"] == 1 and rows["[0.5,0.8)"]["correct"] == 0
    assert rows["[0.8,0.9)"]["count"] == 1 and rows["[0.8,0.9)"]["correct"] == 0
    assert rows["[0.9,1.0]"]["count"] == 2 and rows["[0.9,1.0]"]["correct"] == 2
    assert rows["[0.9,1.0]"]["mean_confidence"] == pytest.approx((0.95 + 0.92) / 2)


def test_scorer_modality_accuracy_and_breakdown():
    rep = _scored().report()
    mo = rep["modality"]
    assert mo["matched"] == 2 and mo["correct"] == 1 and mo["accuracy"] == 0.5
    assert mo["confusion"]["asserted"] == {"reference": 1}
    bm = rep["by_modality"]
    assert bm["gold_recall"]["asserted"] == {"gold": 3, "matched": 1, "recall": 1 / 3}
    assert bm["fp_from_uncounted_gold"] == {SEV: 1}
    assert bm["fn_from_uncounted_pred"] == {EXP: 1}


def test_scorer_lists_error_texts():
    errors = {e["id"]: e for e in _scored().errors}
    assert set(errors) == {"t1", "t2", "t4", "t7"}
    assert errors["t1"]["missed"][0]["source"] == "EU"
    assert errors["t2"]["spurious"][0]["target"] == "MLI"


THR = "threaten_sanctions"


@pytest.mark.parametrize("pred, kind", [
    ([], "nothing"),
    ([ev(IMP, "USA", "RUS", "negated")], "uncounted"),
    ([ev(IMP, "GBR", "RUS")], "source"),
    ([ev(IMP, "USA", "CHN")], "target"),
    ([ev(IMP, "GBR", "CHN")], "actors"),
    ([ev(THR, "USA", "RUS", "threat")], "type"),
    ([ev(EXP, "FRA", "MLI")], "other"),
    # Of several predictions the nearest explains the miss.
    ([ev(IMP, "GBR", "CHN"), ev(IMP, "USA", "CHN")], "target"),
])
def test_each_miss_has_one_kind(pred, kind):
    scorer = Scorer()
    scorer.add("t", [ev(IMP, "USA", "RUS")], pred)
    missed = scorer.report()["error_kinds"]["missed"]
    assert missed[kind] == 1 and sum(missed.values()) == 1


@pytest.mark.parametrize("gold, kind", [
    ([], "no_event"),
    ([ev(IMP, "USA", "RUS", "hypothetical")], "uncounted"),
    ([ev(IMP, "GBR", "RUS")], "source"),
    ([ev(EXP, "USA", "RUS")], "type"),
    ([ev(EXP, "FRA", "MLI")], "other"),
])
def test_each_false_positive_has_one_kind(gold, kind):
    scorer = Scorer()
    scorer.add("t", gold, [ev(IMP, "USA", "RUS")])
    spurious = scorer.report()["error_kinds"]["spurious"]
    assert spurious[kind] == 1 and sum(spurious.values()) == 1


def test_joint_subject_kinds_read_either_direction():
    scorer = Scorer()
    # Read reversed, (ISR, VEN) is (VEN, ISR): one wrong actor, not two.
    scorer.add("t", [ev(SEV, "BOL", "ISR")], [ev(SEV, "ISR", "VEN")])
    assert scorer.report()["error_kinds"]["missed"]["source"] == 1


def test_error_kinds_add_up_to_the_errors():
    rep = _scored().report()
    overall = rep["triples"]["overall"]
    assert sum(rep["error_kinds"]["missed"].values()) == overall["fn"]
    assert sum(rep["error_kinds"]["spurious"].values()) == overall["fp"]


def _scorer(items: list[tuple[list[Event], list[Event]]]) -> Scorer:
    scorer = Scorer()
    for i, (gold, pred) in enumerate(items):
        scorer.add(f"t{i}", gold, pred)
    return scorer


def test_bootstrap_intervals_are_degenerate_when_every_text_scores_the_same():
    # Each text: one hit and one miss, so every resample has R = 0.5, P = 1.
    half = ([ev("expel_diplomats", "USA", "RUS"), ev("impose_sanctions", "USA", "IRN")],
            [ev("expel_diplomats", "USA", "RUS")])
    ci = bootstrap_intervals(_scorer([half] * 40), resamples=200)
    assert ci["recall"] == pytest.approx([0.5, 0.5])
    assert ci["precision"] == pytest.approx([1.0, 1.0])
    assert ci["f1"] == pytest.approx([2 / 3, 2 / 3])
    assert ci["item_f1"] == pytest.approx([1.0, 1.0])


def test_bootstrap_intervals_hold_the_point_estimate_narrow_with_size_and_repeat_by_seed():
    hit = ([ev("expel_diplomats", "USA", "RUS")], [ev("expel_diplomats", "USA", "RUS")])
    miss = ([ev("impose_sanctions", "USA", "IRN")], [])
    false_alarm = ([], [ev("recall_envoy", "FRA", "AUS")])
    quiet = ([], [])
    small = _scorer([hit] * 6 + [miss] * 2 + [false_alarm] + [quiet] * 3)
    large = _scorer(([hit] * 6 + [miss] * 2 + [false_alarm] + [quiet] * 3) * 20)
    point = small.report()["triples"]["overall"]["f1"]
    assert point == large.report()["triples"]["overall"]["f1"]
    ci_small, ci_large = bootstrap_intervals(small), bootstrap_intervals(large)
    for ci in (ci_small, ci_large):
        assert ci["f1"][0] < point < ci["f1"][1]
    assert ci_large["f1"][1] - ci_large["f1"][0] < (ci_small["f1"][1] - ci_small["f1"][0]) / 2
    assert bootstrap_intervals(small, seed=7) == bootstrap_intervals(small, seed=7)
    assert bootstrap_intervals(small, seed=7)["f1"] != bootstrap_intervals(small, seed=8)["f1"]
    assert bootstrap_intervals(small, resamples=0) == {}
