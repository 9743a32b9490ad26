"""The keyword pre-filter changes how fast events are found, never which.

Two paths over the same texts:

* pre-filtered: the pipeline's own ``CodeEvents`` (texts failing
  ``might_contain_event`` never reach spaCy; the coder skips failing sentences);
* code everything: every text through spaCy and a coder built with
  ``prefilter=False``, which codes every sentence.

Both must give the same events, field for field, on our dev split, on the
shared dev gold set and on the 19,367 replay items; and the evaluation
harness must give the same precision and recall either way.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import BeamAssertException, assert_that

from pipelines.evaluate import read_gold, score_items
from pipelines.scoring import Event
from transforms.code_events import CodeEvents, texts_to_code
from transforms.coder import COMPONENT_NAME, load_nlp
from transforms.normalize import to_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = ROOT / "eval" / "dev.jsonl"
SHARED_DEV = SHARED / "eval" / "dev_events.jsonl"
REPLAY = SHARED / "corpora" / "replay" / "items.jsonl"
UTC = dt.UTC
INGESTED = dt.datetime(2026, 11, 29, 12, tzinfo=UTC)
# Everything an event row says about the event itself (event_id is derived from these).
_EVENT_FIELDS = ("event_type", "source", "target", "modality", "source_text", "target_text",
                 "trigger", "sentence", "start_char", "end_char", "confidence", "cameo_code")


@pytest.fixture(scope="module")
def nlp_everything():
    nlp = load_nlp()
    nlp.remove_pipe(COMPONENT_NAME)
    nlp.add_pipe(COMPONENT_NAME, last=True, config={"prefilter": False})
    assert nlp.get_pipe(COMPONENT_NAME).prefilter is False
    return nlp


def article(key: str, title: str, summary: str = "") -> dict:
    entry = {
        "feed": "equivalence.rss", "feed_title": "Equivalence", "guid": key,
        "link": f"https://equivalence.example/{key}", "title": title, "summary": summary,
        "content": "", "published_at": dt.datetime(2021, 7, 24, tzinfo=UTC),
        "language": "en", "bozo": None,
    }
    return to_article(entry, INGESTED)


def _key(article_id: str, part: str, event: dict) -> tuple:
    return (article_id, part, *(event[f] for f in _EVENT_FIELDS))


def same_set_as(expected: set[tuple]):
    """An ``assert_that`` matcher that names the differing events."""

    def match(actual):
        found = set(actual)
        lost, extra = sorted(expected - found), sorted(found - expected)
        if lost or extra or len(found) != len(actual):
            raise BeamAssertException(
                f"lost by the pre-filter: {lost[:10]}; only pre-filtered: {extra[:10]}; "
                f"{len(actual) - len(found)} duplicate rows")

    return match


def assert_prefiltered_finds(articles: list[dict], expected: set[tuple]) -> None:
    with TestPipeline(runner="FnApiRunner") as p:
        rows = (p | beam.Create(articles) | CodeEvents())["events"]
        keys = rows | beam.Map(lambda r: _key(r["article_id"], r["text_part"], r))
        assert_that(keys, same_set_as(expected))


def everything_events(nlp, articles: list[dict]) -> tuple[set[tuple], int]:
    units = [(a["article_id"], part, text) for a in articles for part, text in texts_to_code(a)]
    found = set()
    for (article_id, part, _), doc in zip(
        units, nlp.pipe([text for _, _, text in units], batch_size=256), strict=True
    ):
        found.update(_key(article_id, part, ev.as_dict()) for ev in doc._.events)
    return found, len(units)


def assert_same_events(nlp, articles: list[dict], min_events: int) -> None:
    everything, coded = everything_events(nlp, articles)
    # Nearly every article gives a text to code (one not in English is skipped).
    assert coded >= 0.9 * len(articles)
    # Equal sets would prove nothing if both were empty: the corpus must hold events.
    assert len(everything) >= min_events
    assert_prefiltered_finds(articles, everything)


def gold_articles(path: Path) -> list[dict]:
    return [article(item.id, item.text) for item in read_gold(path)]


def test_dev_split_same_events(nlp_everything):
    assert_same_events(nlp_everything, gold_articles(DEV), min_events=100)


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="../shared/eval is not there")
def test_shared_dev_gold_same_events(nlp_everything):
    assert_same_events(nlp_everything, gold_articles(SHARED_DEV), min_events=20)


@pytest.mark.slow
@pytest.mark.skipif(not REPLAY.exists(), reason="../shared/corpora/replay is not there")
def test_replay_items_same_events(nlp_everything):
    """All 19,367 real items, title and summary (a few minutes: coding
    everything is what the pre-filter saves)."""
    with REPLAY.open(encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    articles = [article(f"replay-{i}", it.get("title") or "", it.get("summary") or "")
                for i, it in enumerate(items)]
    assert_same_events(nlp_everything, articles, min_events=50)


@pytest.mark.parametrize("path", [DEV, SHARED_DEV], ids=["dev", "shared-dev"])
def test_precision_and_recall_unchanged(nlp_everything, path):
    if not path.exists():
        pytest.skip(f"{path} is not there")
    items = read_gold(path)
    prefiltered_nlp = load_nlp()

    def predict(nlp):
        return [[Event.make(ev.event_type, ev.source, ev.target, ev.modality, ev.confidence)
                 for ev in doc._.events]
                for doc in nlp.pipe([it.text for it in items], batch_size=64)]

    fast = score_items(items, predict(prefiltered_nlp)).report()
    slow = score_items(items, predict(nlp_everything)).report()
    assert fast["items"] == len(items) and fast["triples"]["overall"]["tp"] > 0
    assert fast == slow  # every score: precision, recall, F1, detection, calibration
