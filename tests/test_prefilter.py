"""The two-tier keyword pre-filter (transforms/coder/prefilter.py) and the coder
rule it rests on: from a sentence with weak trigger words only, an event needs
named actors, or one named actor and an unnamed government."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    "Moscow 'firmly stands' with the government of Nicolas Maduro",  # quote after the verb
    "Burkina Faso's government said it stood 'unreservedly' with Niger's leaders",  # quoted adverb
    "Pakistan stood 'firmly and unconditionally' with Saudi Arabia",  # a quoted phrase
    "Will Nairobi side with Mogadishu over Somaliland?",  # the base form of "side with"
    "Niger said it was withdrawing from the International Organisation of La Francophonie",
    "The GCC added four Iranian money exchangers to its terrorist list.",
    # a switch of sides with no other trigger word (the coder's _switch_sides)
    "Explainer: Which of Taiwan's last allies could be next to switch to Beijing?",
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


# --- The faster pre-filter (one stem scan, pruned name runs) gives the old answers ---
# Below, frozen copies of the pre-filter as it was before (a Python loop over every
# word of the text, name runs always followed for the longest key's length): the
# reference the faster code must agree with, text for text.

_OLD_LETTERS = re.compile(r"[^\W\d_]+")


def _old_pattern_bits(text: str) -> int:
    bits = 0
    for word in _OLD_LETTERS.findall(text.lower()):
        for stem, stem_bits in pf._STEM_BITS.items():
            if word.startswith(stem):
                bits |= stem_bits
    return bits


def _old_word_key(word: str) -> str:
    text = unicodedata.normalize("NFKD", word)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = pf._POSSESSIVE.sub("", text.replace("’", "'"))
    return text.replace(".", "").lower()


@functools.lru_cache(maxsize=1)
def _old_name_keys() -> tuple[dict[str, frozenset[str]], frozenset[str], int]:
    gaz = load_gazetteer()
    codes: dict[str, set[str]] = {}
    tables = [gaz.names, gaz.demonyms, gaz.leaders, gaz.firms]
    pairs = [(key, code) for table in tables for key, code in table.items()]
    pairs += [(key, code) for key, by_family in gaz.seats.items() for code in by_family.values()]
    for key, code in pairs:
        for pattern in pf._WORDS:
            words = [k for k in map(_old_word_key, pattern.findall(key)) if k]
            if words:
                codes.setdefault(" ".join(words), set()).add(code)
    keys = {k: frozenset(v) for k, v in codes.items()}
    firsts = frozenset(k.split(" ", 1)[0] for k in keys)
    return keys, firsts, max(len(k.split(" ")) for k in keys)


def _old_named_codes(text: str, enough: int = 2) -> set[str]:
    keys, firsts, longest = _old_name_keys()
    found: set[str] = set()
    for pattern in pf._WORDS:
        words = pattern.findall(text)
        for i, word in enumerate(words):
            # the gazetteer's case rule since 0.23.18 ("eSwatini": a capital first or second)
            if not (word[0].isupper() or word[1:2].isupper()):
                continue
            run = _old_word_key(word)
            if run not in firsts:
                continue
            found |= keys.get(run, frozenset())
            for following in words[i + 1: i + longest]:
                run += " " + _old_word_key(following)
                found |= keys.get(run, frozenset())
            if len(found) >= enough:
                return found
    return found


def _old_strong(text: str, bits: int) -> bool:
    if bits & pf._STRONG_BIT and pf._STRONG.search(text):
        return True
    return bool(bits & pf._QUIT_BIT and pf._QUIT.search(text) and (
        pf._ORGANISATION.search(text) or pf._UNLISTED_BODY.search(text)
        or pf._DESCRIBED_BODY.search(text)))


def _old_has_strong_trigger(text: str) -> bool:
    return _old_strong(text, _old_pattern_bits(text))


def _old_has_trigger_word(text: str) -> bool:
    bits = _old_pattern_bits(text)
    return _old_strong(text, bits) or bool(bits & pf._WEAK_BIT and pf._WEAK.search(text))


def _old_might_contain_event(text: str) -> bool:
    bits = _old_pattern_bits(text) if text else 0
    if _old_strong(text, bits):
        return True
    if not bits & pf._WEAK_BIT:
        return False
    codes = _old_named_codes(text)
    if not (len(codes) >= 2 or (len(codes) == 1 and pf._STATE_WORDS.search(text))):
        return False
    return bool(pf._WEAK.search(text))


# Pieces that make word splitting and lower-casing tricky: stems that are prefixes of
# one another or overlap ("sanction"/"sid"/"support"), upper case, letters whose lower
# case grows or is another letter ("İ" -> "i̇", Kelvin sign -> "k"), long s, ß,
# digits of other scripts, "²" (a \w that is no digit), underscores, apostrophes,
# hyphens, combining accents, and gazetteer names that span words or hyphens.
_PIECES = sorted(pf._STEM_BITS) + [
    "İ", "ı", "ß", "ẞ", "ſ", "\u212a", "²", "٣", "7", "_", "'", "’", "-", ".", " ", "\n",
    "\u0301", "é", "Σ", "ς", "ǅ", "ﬁ", "SANCTION", "Ban", "BACKS", "İban", "Restrictions",
    "restrictive", "restrictions", "commissioners", "defence", "defend", "sides", "siding",
    "supporting", "unfreezes", "Russia", "Russia-backed", "United", "States", "U.S.",
    "Côte", "d’Ivoire’s", "Guinea-Bissau", "the", "The", "South", "Korea", "New", "Zealand",
    "Trump", "Putin", "EU", "Kremlin", "government", "regime", "Brussels", "Taiwan",
]
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=25,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_stem_scan_gives_the_bits_of_the_word_loop(text):
    assert pf._pattern_bits(text) == _old_pattern_bits(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_pruned_name_runs_give_the_old_codes(text):
    for enough in (1, 2, 3, 10):
        assert pf.named_codes(text, enough) == _old_named_codes(text, enough), enough


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_faster_prefilter_gives_the_old_answers_on_generated_text(text):
    assert pf.might_contain_event(text) == _old_might_contain_event(text)
    assert pf.has_trigger_word(text) == _old_has_trigger_word(text)
    assert pf.has_strong_trigger(text) == _old_has_strong_trigger(text)


def test_stem_scan_reports_every_stem_a_word_starts_with():
    # A word has the bits of every stem it starts with: "restrictive" those of
    # "restrictive" (strong) and "restrict" (weak), "restrictions" only weak ones.
    assert pf._pattern_bits("restrictions") == pf._WEAK_BIT
    assert pf._pattern_bits("restrictive") == pf._STRONG_BIT | pf._WEAK_BIT
    assert pf._pattern_bits("Commissioners") == pf._STRONG_BIT | pf._WEAK_BIT
    assert pf._pattern_bits("defence") == pf._WEAK_BIT
    assert pf._pattern_bits("urban execute") == 0  # stems inside words do not count
    assert pf._pattern_bits("2ban x_ban") == pf._WEAK_BIT  # digits and "_" split words
    assert pf._pattern_bits("x²ban") == 0  # "²" is a letter of the word
    assert pf._pattern_bits("İban") == pf._WEAK_BIT  # lower case: "i" + dot + "ban"


@pytest.mark.skipif(not REPLAY.exists(), reason="no replay corpus in ../shared")
def test_faster_prefilter_gives_the_old_answers_on_the_replay_corpus():
    texts = []
    for line in REPLAY.open(encoding="utf-8"):
        item = json.loads(line)
        texts += [t for t in (item.get("title"), item.get("summary")) if t]
    assert len(texts) > 30_000
    passing = 0
    for text in texts:
        bits = pf._pattern_bits(text)
        assert bits == _old_pattern_bits(text), text
        if bits & pf._WEAK_BIT:  # the only texts whose names the pre-filter looks up
            assert pf.named_codes(text) == _old_named_codes(text), text
        old = _old_might_contain_event(text)
        assert might_contain_event(text) == old, text
        assert pf.has_trigger_word(text) == _old_has_trigger_word(text), text
        assert pf.has_strong_trigger(text) == _old_has_strong_trigger(text), text
        passing += old
    assert passing > 0
