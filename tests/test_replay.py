"""Replay of the 1,563 shared feed snapshots (five outlets, polled 2020-21,
consecutive polls overlapping) through the whole monitor pipeline, twice.

The expected article count is computed here independently of the pipeline:
every snapshot through ``parse_feed``, every entry keyed by
``article_id_for`` (canonical link, else guid, else feed and title); the
number of distinct keys is the number of articles the run must write.
(../shared/corpora/replay/items.jsonl lists 19,367 items keyed by outlet and
guid; our key is the canonical link, and one snapshot item has a link the
list does not give it, so the files are the reference, not the list.)
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.monitor import run_pipeline
from tests.conftest import SHARED
from transforms.feeds import FeedParseError, parse_feed
from transforms.normalize import article_id_for

REPLAY = SHARED / "corpora" / "replay"


def _table(out: Path, name: str) -> str:
    return f"read_parquet('{out}/{name}/*/*.parquet', hive_partitioning = true)"


def _ids(out: Path, name: str, column: str) -> list[str]:
    return [r[0] for r in duckdb.connect().execute(
        f"SELECT {column} FROM {_table(out, name)}").fetchall()]


@pytest.mark.slow
@pytest.mark.skipif(not REPLAY.is_dir(), reason="shared replay corpus not available")
def test_replay_writes_each_unique_item_once_and_reruns_identically(tmp_path):
    files = sorted(REPLAY.rglob("*.xml"))
    assert len(files) == 1563
    expected: set[str] = set()
    refused = 0
    for path in files:
        try:
            entries, _ = parse_feed(path.read_bytes(), str(path))
        except FeedParseError:
            refused += 1  # error pages saved instead of a feed
            continue
        expected.update(article_id_for(e) for e in entries)
    print(f"replay: {len(expected)} unique items, {refused} snapshots are not feeds")

    outcomes, runs = [], []
    for name in ("first", "second"):
        out = tmp_path / name
        outcomes.append(run_pipeline(PipelineOptions(
            ["--feeds", str(REPLAY / "*" / "*.xml"), "--output", str(out)])))
        runs.append(out)
    first, second = runs
    totals = outcomes[0].totals
    print(f"replay run: {dict(totals)}; {outcomes[0].seconds:.0f} s and "
          f"{outcomes[1].seconds:.0f} s")

    articles = _ids(first, "articles", "article_id")
    assert len(articles) == len(set(articles)), "duplicate article_ids written"
    assert set(articles) == expected
    assert totals["feeds_listed"] == len(files)
    assert totals["feeds_read"] + totals["feeds_failed"] == len(files)
    assert totals["feeds_failed"] == refused
    assert totals["entries_read"] == (totals["articles_unique"] + totals["duplicates_dropped"]
                                      + totals["errors_normalize"])
    assert totals["articles_unique"] == len(expected)

    assert set(_ids(second, "articles", "article_id")) == set(articles)
    events = _ids(first, "events", "event_id")
    assert events and len(events) == len(set(events))
    assert set(_ids(second, "events", "event_id")) == set(events)
