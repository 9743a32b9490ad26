"""Tests of the event coder (transforms/coder): the guide's worked examples, the
acceptance story, hard negatives, one test per guide rule, the pre-filter's superset
property and a regression floor on the shared dev set (skipped without /work/shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.coder import (
    ALERT_MODALITIES,
    CODER_VERSION,
    EVENT_TYPES,
    CodedEvent,
    ModelNotFound,
    load_nlp,
    might_contain_event,
)
from transforms.coder.codes import CAMEO, cameo_code
from transforms.coder.gazetteer import load_gazetteer
from transforms.coder.headline import is_title_case, normalise_headline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "eval" / "dev_events.jsonl"
needs_shared = pytest.mark.skipif(not DEV.exists(), reason="/work/shared is absent")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def code_all(nlp, texts: list[str]) -> list[list[CodedEvent]]:
    return [doc._.events for doc in nlp.pipe(texts)]


def triples(events, modalities=None) -> set[tuple]:
    return {
        (e.event_type, e.source, e.target, e.modality)
        for e in events
        if modalities is None or e.modality in modalities
    }


WORKED_1 = (
    "Mexico's Foreign Minister Marcelo Ebrard expressed his country's desire to reopen "
    "relations with North Korea on Saturday, after his government also this week voiced "
    "support for the Cuban government amid large-scale protests."
)
WORKED_2 = "The U.S. has maintained an embargo against Cuba since the 1950s."
TITLE = "Mexico Seeks to Renew Ties With North Korea, Also Backs Cuban Government"
BODY = (
    "Mexico's Foreign Minister Marcelo Ebrard expressed his country's desire to reopen "
    "relations with North Korea on Saturday, after his government also this week voiced "
    "support for the Cuban government amid large-scale protests in the Caribbean island "
    "nation. North Korea has also expressed its staunch support for Cuba's government. The "
    "U.S. has maintained an embargo against Cuba since the 1950s, blocking most U.S. "
    "companies from doing business on or with the island."
)
HARD_NEGATIVES = [
    "Toyota recalls 1.2 million cars over airbag fault",
    "FIFA imposes sanctions on Chelsea over transfer breaches",
    "The band cut ties with its longtime manager",
    "Ministers met in Geneva for talks on trade",
    "The court sanctioned the lawyer for misconduct",
    "A news embargo was lifted at midnight",
    "China's exports to the United States rose 12 percent in May.",
    "Germany's trade surplus with France widened to 4 billion euros last quarter.",
    "Washington imposed new tariffs on steel imports from Canada.",
    "The club cut ties with its sponsor after the scandal.",
]


# --- API -----------------------------------------------------------------------------


def test_api_constants():
    assert set(EVENT_TYPES) == {
        "restore_relations", "sever_relations", "recall_envoy", "expel_diplomats",
        "express_support", "impose_sanctions", "ease_sanctions", "threaten_sanctions",
    }
    assert set(EVENT_TYPES.values()) == {"diplomatic", "sanction"}
    assert ALERT_MODALITIES == frozenset({"asserted", "intent", "threat"})
    assert CODER_VERSION.count(".") == 2


def test_missing_model_raises_clear_error():
    with pytest.raises(ModelNotFound, match="install"):
        load_nlp("no_such_model_xyz")
    assert issubclass(ModelNotFound, RuntimeError)


def test_component_is_last(nlp):
    assert nlp.pipe_names[-1] == "diplowatch_event_coder"


def test_codes_table_and_as_dict(nlp):
    (events,) = code_all(nlp, [WORKED_2])
    d = events[0].as_dict()
    assert d["cameo_code"] == "163" and d["goldstein"] == -8.0 and d["quad_class"] == 3
    assert d["plover"] == "COERCE"
    for code, info in CAMEO.items():
        assert -10 <= info.goldstein <= 10 and info.quad_class in (1, 2, 3, 4), code


# --- the guide's worked examples and the acceptance story ---------------------------


def test_worked_examples(nlp):
    ev1, ev2 = code_all(nlp, [WORKED_1, WORKED_2])
    got1 = {(e.event_type, e.source, e.target, e.modality, e.cameo_code) for e in ev1}
    assert got1 == {
        ("restore_relations", "MEX", "PRK", "intent", "032"),
        ("express_support", "MEX", "CUB", "asserted", "051"),
    }
    got2 = {(e.event_type, e.source, e.target, e.modality, e.cameo_code) for e in ev2}
    assert got2 == {("impose_sanctions", "USA", "CUB", "reference", "163")}


def test_acceptance_story(nlp):
    title_events, body_events = code_all(nlp, [TITLE, BODY])
    got = triples(title_events) | triples(body_events)
    assert {
        ("restore_relations", "MEX", "PRK", "intent"),
        ("express_support", "MEX", "CUB", "asserted"),
        ("express_support", "PRK", "CUB", "asserted"),
        ("impose_sanctions", "USA", "CUB", "reference"),
    } <= got
    # The headline alone yields both of its events.
    assert {("restore_relations", "MEX", "PRK", "intent"),
            ("express_support", "MEX", "CUB", "asserted")} <= triples(title_events)


def test_offsets_point_at_the_sentence(nlp):
    (events,) = code_all(nlp, [BODY])
    assert events
    for e in events:
        assert BODY[e.start_char: e.end_char] == e.sentence
        assert e.trigger in e.sentence
        assert 0.0 <= e.confidence <= 1.0


def test_surface_text_kept(nlp):
    (events,) = code_all(nlp, [WORKED_1])
    support = next(e for e in events if e.event_type == "express_support")
    assert "Cuban government" in support.target_text
    assert "Ebrard" in support.source_text


def test_hard_negatives_emit_nothing(nlp):
    for text, events in zip(HARD_NEGATIVES, code_all(nlp, HARD_NEGATIVES), strict=True):
        assert events == [], (text, events)


# --- one test per guide rule ----------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Czechia and Albania have restored diplomatic relations.",
     ("restore_relations", "CZE", "ALB", "asserted")),
    ("Bolivia severed diplomatic ties with Israel on Tuesday.",
     ("sever_relations", "BOL", "ISR", "asserted")),
    ("Peru recalled its ambassador from Mexico for consultations.",
     ("recall_envoy", "PER", "MEX", "asserted")),
    ("Switzerland expelled two Russian diplomats for spying.",
     ("expel_diplomats", "CHE", "RUS", "asserted")),
    ("The United States defended Japan's decision to release the water.",
     ("express_support", "USA", "JPN", "asserted")),
    ("Canada imposed sanctions on Iranian officials.",
     ("impose_sanctions", "CAN", "IRN", "asserted")),
    ("The EU lifted sanctions on Belarus.", ("ease_sanctions", "EU", "BLR", "asserted")),
    ("France threatened to impose sanctions on Turkey.",
     ("threaten_sanctions", "FRA", "TUR", "threat")),
])
def test_each_event_type(nlp, text, expected):
    (events,) = code_all(nlp, [text])
    assert expected in triples(events)


def test_one_event_per_actor_in_a_sentence(nlp):
    text = "Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors."
    (events,) = code_all(nlp, [text])
    got = {(e.event_type, e.source) for e in events}
    assert {("sever_relations", "BOL"), ("recall_envoy", "CHL"),
            ("recall_envoy", "COL")} <= got


def test_passive_keeps_direction(nlp):
    (events,) = code_all(nlp, ["Pyongyang's ambassador was expelled by Malaysia."])
    assert triples(events) == {("expel_diplomats", "MYS", "PRK", "asserted")}


def test_possessive_nominalisation(nlp):
    (events,) = code_all(nlp, ["Russia's expulsion of two Estonian diplomats angered Tallinn."])
    assert ("expel_diplomats", "RUS", "EST", "asserted") in triples(events)


def test_joint_subjects_restore(nlp):
    (events,) = code_all(nlp, ["Saudi Arabia and Iran agreed to restore ties."])
    pairs = {(e.source, e.target) for e in events if e.event_type == "restore_relations"}
    assert pairs & {("SAU", "IRN"), ("IRN", "SAU")}
    assert all(e.modality == "intent" and e.cameo_code == "032" for e in events)


def test_compound_target_one_event_each(nlp):
    text = "Russia expels diplomats from Germany, Poland and Sweden"
    (events,) = code_all(nlp, [text])
    assert {e.target for e in events if e.event_type == "expel_diplomats"} >= {
        "DEU", "POL", "SWE"}


@pytest.mark.parametrize("text,modality", [
    ("Egypt denied reports that it would sever ties with Qatar.", "negated"),
    ("Will Egypt sever ties with Qatar?", "hypothetical"),
    ("The Kremlin warned it could expel British diplomats.", "threat"),
    ("Colombia plans to restore diplomatic relations with Venezuela.", "intent"),
    ("The U.S. has maintained an embargo against Cuba since the 1950s.", "reference"),
    ("Japan imposed new sanctions on North Korea.", "asserted"),
])
def test_modality(nlp, text, modality):
    (events,) = code_all(nlp, [text])
    assert events and {e.modality for e in events} == {modality}, events


def test_threaten_sanctions_is_always_threat(nlp):
    texts = ["Germany urged the EU to impose sanctions on Russian officials.",
             "The EU is weighing new sanctions against Iran."]
    for events in code_all(nlp, texts):
        assert events and all(
            e.event_type == "threaten_sanctions" and e.modality == "threat"
            and e.cameo_code == "1312" for e in events)


def test_support_for_protesters_is_not_support(nlp):
    (events,) = code_all(nlp, ["Spain voiced support for the protesters in Cuba."])
    assert events == []


@pytest.mark.parametrize("text,source", [
    ("The Kremlin imposed sanctions on Latvia.", "RUS"),
    ("Downing Street announced sanctions against Belarus.", "GBR"),
    ("The State Department imposed sanctions on Nicaragua.", "USA"),
    ("Brussels imposed sanctions on Belarus.", "EU"),
    ("Lopez Obrador praised Cuba's government.", "MEX"),
])
def test_metonyms_and_leaders(nlp, text, source):
    (events,) = code_all(nlp, [text])
    assert source in {e.source for e in events}, events


def test_sanction_target_by_nationality(nlp):
    (events,) = code_all(nlp, ["The US imposed sanctions on Russian oligarchs."])
    assert triples(events) == {("impose_sanctions", "USA", "RUS", "asserted")}


def test_confidence_lower_for_fallbacks(nlp):
    clean, fallback = code_all(nlp, [
        "Somalia severed diplomatic ties with Kenya.",
        "Somalia severs ties with Kenya; expels diplomats",
    ])
    best = max(e.confidence for e in clean)
    expel = [e for e in fallback if e.event_type == "expel_diplomats"]
    assert expel and all(e.confidence < best for e in expel)


def test_cameo_variants():
    assert cameo_code("restore_relations", "asserted", "establish") == "054"
    assert cameo_code("restore_relations", "asserted", "restore") == "050"
    assert cameo_code("sever_relations", "threat") == "1313"
    assert cameo_code("ease_sanctions", "intent") == "0354"
    assert cameo_code("ease_sanctions", "asserted") == "085"


# --- gazetteer and headline normalisation ---------------------------------------------


def test_gazetteer_variants():
    gaz = load_gazetteer()
    assert gaz.lookup("U.S.") == "USA" and gaz.lookup("us") is None
    assert gaz.lookup("WHO") == "WHO" and gaz.lookup("who") is None
    assert gaz.lookup("Cuban") == "CUB" and gaz.lookup("Russians") == "RUS"
    assert gaz.lookup("the Kremlin") == "RUS" and gaz.lookup("Kosovo") == "XKX"
    assert gaz.lookup("Brussels", "sanction") == "EU"
    assert gaz.lookup("Korea, Democratic People's Republic of") == "PRK"


def test_headline_normalisation_keeps_length_and_names():
    gaz = load_gazetteer()
    assert is_title_case(TITLE) and not is_title_case(WORKED_2)
    norm = normalise_headline(TITLE, gaz)
    assert len(norm) == len(TITLE)
    assert norm.startswith("Mexico seeks to renew ties with North Korea")
    assert "Cuban government" in norm


# --- pre-filter -------------------------------------------------------------------------


def _superset_texts() -> list[str]:
    texts = [WORKED_1, WORKED_2, TITLE, BODY, *HARD_NEGATIVES,
             "Ministers discussed the weather.", "Nothing happened in Paris today."]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    return texts


def test_prefilter_is_superset_of_coder(nlp):
    texts = _superset_texts()
    for text, events in zip(texts, code_all(nlp, texts), strict=True):
        if events:
            assert might_contain_event(text), text


def test_prefilter_rejects_plain_news():
    assert not might_contain_event("Heavy rain flooded streets in Lagos on Monday.")
    assert not might_contain_event("The central bank kept interest rates unchanged.")
    assert might_contain_event("Somalia severs ties with Kenya")


# --- dev set regression floor ------------------------------------------------------------

_COUNTED = frozenset({"asserted", "intent", "threat", "reference"})


def _key(etype: str, source: str, target: str) -> tuple:
    if etype in ("restore_relations", "sever_relations"):
        return (etype, *sorted((source, target)))
    return (etype, source, target)


def dev_scores(nlp) -> tuple[float, float, float]:
    recs = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    tp = fp = fn = 0
    for rec, doc in zip(recs, nlp.pipe([r["text"] for r in recs]), strict=True):
        gold = {_key(e["type"], e["source"], e["target"])
                for e in rec["events"] if e["modality"] in _COUNTED}
        pred = {_key(e.event_type, e.source, e.target)
                for e in doc._.events if e.modality in _COUNTED}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


@needs_shared
def test_dev_events_f1_floor(nlp):
    p, r, f1 = dev_scores(nlp)
    # Measured 0.831 (P 0.95, R 0.74) with coder 0.1.0; a floor a bit below.
    assert f1 >= 0.80, (p, r, f1)
    assert p >= 0.90, (p, r, f1)


CASE = SHARED / "eval" / "case2021_task2_test.jsonl"


@pytest.mark.skipif(not CASE.exists(), reason="/work/shared is absent")
def test_case_negatives_false_positive_rate(nlp):
    recs = [json.loads(line) for line in CASE.open(encoding="utf-8")]
    texts = [r["text"] for r in recs if not r["is_diplo"]]
    flagged = sum(
        1 for doc in nlp.pipe(texts)
        if any(e.modality in ALERT_MODALITIES for e in doc._.events)
    )
    # Measured 3 of 975 (0.31%); the target is at most 1%.
    assert flagged / len(texts) <= 0.01, flagged
