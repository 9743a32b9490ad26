"""Every feed and every entry ends in exactly one place, and the counters
say so: ReadFeeds over all of the shared feed corpora, and the monitor
pipeline end to end (skipped when ../shared is absent).

    feeds_listed  == feeds_read + feeds_failed
    entries_found == entries_read + entries_failed + entries_over_limit
    entries_read  == articles_unique + duplicates_dropped + errors_normalize
"""

from __future__ import annotations

from pathlib import Path

import apache_beam as beam
import duckdb
import pytest
from apache_beam.metrics import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that

from pipelines.monitor import run_pipeline
from tests.conftest import SHARED
from transforms.feeds import ReadFeeds
from transforms.fetch import FetchPolicy

FEEDPARSER_TESTS = SHARED / "corpora" / "feedparser-tests"
MISC = SHARED / "corpora" / "feeds-misc"
needs_corpora = pytest.mark.skipif(
    not (FEEDPARSER_TESTS.is_dir() and MISC.is_dir()), reason="shared corpora not available")


def _counters(result) -> dict[str, int]:
    totals: dict[str, int] = {}
    for c in result.metrics().query(MetricsFilter().with_namespace("diplowatch"))["counters"]:
        totals[c.key.metric.name] = totals.get(c.key.metric.name, 0) + c.committed
    return totals


@needs_corpora
def test_every_corpus_file_goes_through_read_feeds_and_is_accounted_for():
    files = sorted(str(p) for p in FEEDPARSER_TESTS.rglob("*.xml"))
    files += sorted(str(p) for p in MISC.iterdir() if p.is_file())
    assert len(files) == 2106 + 18

    def check(outputs):
        ((entries, errors),) = outputs
        with_entries = {e["feed"] for e in entries}
        failed = {r["feed"] for r in errors if r["stage"] in ("fetch", "parse")}
        missing = set(files) - with_entries - failed
        # A feed that was read but had no items is neither: it is counted
        # in feeds_read (checked below), and has no entry to lose.
        assert all(r["stage"] in ("fetch", "parse") for r in errors), errors[:3]
        assert all(isinstance(e["title"], str) and isinstance(e["summary"], str)
                   for e in entries)
        assert len(missing) < len(files) // 3

    p = TestPipeline(runner="FnApiRunner")
    read = p | ReadFeeds(files, FetchPolicy(retries=0))
    entries = read["entries"] | "E" >> beam.combiners.ToList()
    errors = read["errors"] | "R" >> beam.combiners.ToList()
    assert_that(entries | beam.Map(lambda es, rs: (es, rs), rs=beam.pvalue.AsSingleton(errors)),
                check)
    result = p.run()
    result.wait_until_finish()
    t = _counters(result)
    print(f"corpora through ReadFeeds: {t}")
    assert t["feeds_listed"] == len(files)
    assert t["feeds_read"] + t["feeds_failed"] == len(files)
    assert t.get("specs_failed", 0) == 0
    assert t["entries_found"] == (t["entries_read"] + t.get("entries_failed", 0)
                                  + t.get("entries_over_limit", 0))
    assert t["entries_read"] > 1000 and t["feeds_read"] > 1700


def _table(out: Path, name: str) -> str:
    return f"read_parquet('{out}/{name}/*/*.parquet', hive_partitioning = true)"


@pytest.mark.skipif(not MISC.is_dir(), reason="shared corpora not available")
def test_monitor_counters_reconcile_with_the_tables(tmp_path):
    # feeds-misc twice (every entry then has a duplicate), plus a list with a
    # missing file (a spec error, not a feed).
    listing = tmp_path / "more.txt"
    listing.write_text(f"{MISC}/headlines_bbc_20211018.xml\nmissing.xml\n")
    out = tmp_path / "out"
    outcome = run_pipeline(PipelineOptions(
        ["--feeds", str(MISC), "--feeds", str(listing), "--output", str(out)]))
    t = outcome.totals
    files = len([p for p in MISC.iterdir() if p.is_file()]) + 1
    assert t["feeds_listed"] == files == t["feeds_read"] + t["feeds_failed"]
    assert t["specs_failed"] == 1
    assert t["entries_found"] == t["entries_read"] + t["entries_failed"] + t[
        "entries_over_limit"]
    assert t["entries_read"] == (t["articles_unique"] + t["duplicates_dropped"]
                                 + t["errors_normalize"])
    assert t["duplicates_dropped"] > 0  # the BBC file named twice
    con = duckdb.connect()
    (articles, ids) = con.execute(
        f"SELECT count(*), count(DISTINCT article_id) FROM {_table(out, 'articles')}").fetchone()
    assert articles == ids == t["articles_unique"]
    (duplicates,) = con.execute(f"SELECT sum(duplicates) FROM {_table(out, 'articles')}").fetchone()
    assert duplicates == t["duplicates_dropped"]
    by_stage = dict(con.execute(
        f"SELECT stage, count(*) FROM {_table(out, 'errors')} GROUP BY stage").fetchall())
    assert by_stage.get("expand", 0) == t["specs_failed"]
    assert sum(by_stage.values()) == t["errors"]
