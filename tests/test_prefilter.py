"""The two-tier keyword pre-filter (transforms/coder/prefilter.py) and the coder
rule it rests on: from a sentence with weak trigger words only, an event needs
named actors, or one named actor and an unnamed government."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.coder import COMPONENT_NAME, load_nlp, might_contain_event
from transforms.coder import prefilter as pf
from transforms.coder.gazetteer import DATA_DIR, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEXT_FILES = [ROOT / "eval" / "dev.jsonl", SHARED / "eval" / "dev_events.jsonl",
              SHARED / "eval" / "case2021_task2_test.jsonl"]
REPLAY = SHARED / "corpora" / "replay" / "items.jsonl"


def _texts() -> list[str]:
    texts = []
    for path in TEXT_FILES:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    if REPLAY.exists():
        for line in REPLAY.open(encoding="utf-8"):
            item = json.loads(line)
            texts += [item.get("title") or "", item.get("summary") or ""]
    return [t for t in texts if t]


def test_letter_screen_never_hides_a_keyword():
    """The word screen only short-cuts: a text a pattern matches has its bit."""
    texts = _texts() + [
        "Chargé d'affaires summoned", "Consul-General expelled", "High Commissioner recalled",
        "a licence, allowing payments", "measures targeting Moscow", "stands firmly with Kyiv",
        "EU restrictive measures", "sided with Poland", "quits the WHO", "weight behind Manila",
        "in favour of Kyiv", "rallied to Manila's defence", "shoulder to shoulder with Riga",
        "stood up for Taipei", "pulled out of the WHO", "the papal nuncio",
        "dropped Taipei for Beijing", "licences to operate in Iran", "official contacts",
    ]
    for text in texts:
        bits = pf._pattern_bits(text)
        for pattern, bit in ((pf._STRONG, pf._STRONG_BIT), (pf._WEAK, pf._WEAK_BIT),
                             (pf._QUIT, pf._QUIT_BIT)):
            if pattern.search(text):
                assert bits & bit, (text, bit)


def _aliases() -> list[str]:
    """Every surface form in the gazetteer's data files, as written there."""
    aliases = []
    for path in sorted(DATA_DIR.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                aliases.append(line.split("\t")[0].strip())
    return aliases


def _names_any(text: str) -> bool:
    return bool(pf.named_codes(text, enough=1))


def test_named_codes_sees_every_gazetteer_name_in_every_spelling():
    gaz = load_gazetteer()
    aliases = _aliases()
    assert len(aliases) > 500
    for alias in aliases:
        name = alias[0].upper() + alias[1:]
        if not gaz.lookup(name):
            continue  # acronyms written in lower case in the file, say
        for text in (f"Officials said {name} acted.", f"{name}'s move", f"{name}-backed forces",
                     f"pro-{name} groups", f"the {name}, on Monday", f"({name})"):
            assert _names_any(text), text


def test_named_codes_knows_every_code_a_name_may_stand_for():
    assert pf.named_codes("Trump and Washington") == {"USA"}
    assert pf.named_codes("Trump and Putin") == {"USA", "RUS"}
    # A seat stands for different codes in the two families (Brussels: EU or Belgium).
    assert {"EU", "BEL"} <= pf.named_codes("Brussels said", enough=3)


def test_named_codes_follows_the_lookup_case_rules():
    assert _names_any("Talks with the U.S. ended")
    assert _names_any("Côte d’Ivoire’s government")
    assert _names_any("The Kremlin said")
    assert not _names_any("let us back the team")  # "us" is not the US
    assert not _names_any("the government and the authorities")


@pytest.mark.parametrize("text", [
    "Fans back the team after a tense final.",
    "Heavy restrictions on gatherings remain in place.",
    "The mayor thanks volunteers for their support.",
    "Champions League: holders rally to draw",
    "He faces charges of fraud.",
    "Japan backs the team in the final.",  # one name, no second actor possible
    "Singapore eases restrictions on gatherings",
])
def test_weak_words_without_a_named_actor_do_not_pass(text):
    assert pf.has_trigger_word(text)
    assert not might_contain_event(text)


@pytest.mark.parametrize("text", [
    "Japan backs the Philippines in sea dispute",
    "The government backs Taiwan",  # one name and an unnamed government
    "Trump thanks Erdogan",  # leaders: two codes
    "Somalia severs ties with Kenya",
    "The ambassador was recalled.",  # strong: no name needed
    "The government imposed sanctions on the regime.",
    "Nicaragua Leaves Organization Of American States",
])
def test_strong_words_or_named_actors_pass(text):
    assert might_contain_event(text)


@pytest.fixture(scope="module")
def nlp_everything():
    nlp = load_nlp()
    nlp.remove_pipe(COMPONENT_NAME)
    nlp.add_pipe(COMPONENT_NAME, last=True, config={"prefilter": False})
    return nlp


def test_weak_sentence_event_between_unnamed_parties_is_dropped(nlp_everything, monkeypatch):
    """The rule holds when every sentence is coded too, so both paths agree."""
    text = "The government cut ties with the regime in Caracas."
    assert nlp_everything(text)._.events == []
    # Without the rule the coder would report it, with two unknown actors.
    from transforms.coder import component
    monkeypatch.setattr(component, "has_strong_trigger", lambda _text: True)
    assert [(e.source, e.target) for e in nlp_everything(text)._.events] == [("UNK", "UNK")]


def test_strong_sentence_event_between_unnamed_parties_stays(nlp_everything):
    events = nlp_everything("The government imposed sanctions on the regime.")._.events
    assert [(e.source, e.target) for e in events] == [("UNK", "UNK")]
    assert not might_contain_event("The government cut ties with the regime.")


def test_weak_sentence_event_with_a_named_actor_stays(nlp_everything):
    events = nlp_everything("The government cut ties with Taiwan.")._.events
    assert [(e.event_type, e.source, e.target) for e in events] == [
        ("sever_relations", "UNK", "TWN")
    ]
