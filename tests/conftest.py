"""Shared test fixtures and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout: gold sets and corpora we may read, never copy.
SHARED = ROOT.parent / "shared"
SAMPLE_FEEDS = ROOT / "samples" / "feeds"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


# The Pub/Sub emulator, started on a free loopback port for the tests that use it.
from tests.pubsub_emulator import pubsub_emulator, pubsub_emulator_session  # noqa: E402, F401


@pytest.fixture
def feed():
    """A live RSS feed on 127.0.0.1 with one item; tests add more."""
    from bench.feed_server import LiveFeedServer

    server = LiveFeedServer().start()
    server.add_item("https://news.example/a", "France expels Germany's ambassador")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with the event coder (loaded once for all coder tests)."""
    from transforms.coder import load_nlp

    return load_nlp()


COUNTED_MODALITIES = frozenset({"asserted", "intent", "threat", "reference"})


def counted_events(events) -> set[tuple]:
    """(type, source, target, modality) of the events the scores count."""
    return {(e.event_type, e.source, e.target, e.modality) for e in events
            if e.modality in COUNTED_MODALITIES}


def all_codings(nlp, text: str) -> set[tuple]:
    """(type, source, target, modality) of every event of `text`, negated and
    hypothetical ones included."""
    return {(e.event_type, e.source, e.target, e.modality) for e in nlp(text)._.events}


def wrong_codings(nlp, cases: list[tuple[str, set[tuple]]]) -> list[tuple]:
    """(text, got, expected) of the cases whose counted events are not exactly the
    expected (type, source, target, modality) set."""
    wrong = []
    for text, expected in cases:
        got = counted_events(nlp(text)._.events)
        if got != expected:
            wrong.append((text, sorted(got), sorted(expected)))
    return wrong


def flagged_texts(nlp, texts: list[str]) -> list[tuple]:
    """(text, counted events) of the texts that give any counted event."""
    found = [(text, sorted(counted_events(nlp(text)._.events))) for text in texts]
    return [(text, events) for text, events in found if events]


def uncounted_table_test(cases: list[tuple[str, tuple]]):
    """The test of a round's uncounted acts: each text is coded with the expected
    (type, source, target, modality), negated or hypothetical, and flags nothing. A round
    module binds it: ``test_uncounted = uncounted_table_test(UNCOUNTED)``."""

    @pytest.mark.parametrize(("text", "coded"), cases)
    def test_uncounted(nlp, text, coded):
        assert coded in all_codings(nlp, text)
        assert flagged_texts(nlp, [text]) == []

    return test_uncounted


def phrasing_table_tests(phrasings: dict[str, list[tuple[str, set[tuple]]]],
                         negatives: dict[str, list[str]], at_least: int = 3):
    """The three tests of a round's table of phrasings by class: each class codes
    exactly as expected, none of its hard negatives gives a counted event, and every
    class has at least `at_least` phrasings and negatives. A round module binds them:
    ``test_phrasings, test_negatives, test_every_class_has_negatives = ...``."""

    @pytest.mark.parametrize("name", sorted(phrasings))
    def test_phrasings(nlp, name):
        assert wrong_codings(nlp, phrasings[name]) == []

    @pytest.mark.parametrize("name", sorted(negatives))
    def test_negatives(nlp, name):
        assert flagged_texts(nlp, negatives[name]) == []

    def test_every_class_has_negatives():
        assert set(negatives) == set(phrasings)
        for name, cases in phrasings.items():
            assert len(cases) >= at_least, name
            assert len(negatives[name]) >= at_least, name

    return test_phrasings, test_negatives, test_every_class_has_negatives


def unmatched(expected: set[tuple], got: set[tuple]) -> list[tuple]:
    """The expected (type, source, target, modality) events missing from `got`;
    restore/sever match in either direction, as the scores count them."""
    either = {"restore_relations", "sever_relations"}
    return [(t, s, g, m) for t, s, g, m in expected
            if (t, s, g, m) not in got and not (t in either and (t, g, s, m) in got)]
