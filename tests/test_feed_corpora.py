"""Feed reading over the shared corpora (skipped when ../shared is absent):
odd real-world feeds through the whole ReadFeeds composite, and feedparser's
own test suite through parse_feed."""

from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that

from transforms.feeds import FeedParseError, ReadFeeds, parse_feed
from transforms.fetch import FetchPolicy

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MISC = SHARED / "corpora" / "feeds-misc"
FEEDPARSER_TESTS = SHARED / "corpora" / "feedparser-tests"


@pytest.mark.skipif(not MISC.is_dir(), reason="shared corpora not available")
def test_every_misc_feed_is_accounted_for():
    files = sorted(str(p) for p in MISC.iterdir() if p.is_file())
    assert len(files) == 18
    empty = [f for f in files if Path(f).stat().st_size == 0]
    assert len(empty) == 1

    def check(outputs):
        entries, errors = outputs
        by_feed = {e["feed"] for e in entries}
        failed = {e["input"]: e for e in errors}
        # Every file: entries from it, or an error record for it.
        missing = [f for f in files if f not in by_feed and f not in failed]
        assert not missing, f"files with neither entries nor errors: {missing}"
        assert empty[0] in failed and failed[empty[0]]["stage"] == "fetch"
        assert all(e["title"] or e["summary"] for e in entries)
        assert all(e["published_at"] is None or e["published_at"].tzinfo for e in entries)
        # The other 17 are real feeds with items.
        assert by_feed == set(files) - set(empty), sorted(failed)
        assert len(entries) > 17

    p = TestPipeline(runner="FnApiRunner")
    out = p | ReadFeeds([str(MISC)], FetchPolicy(retries=0))
    entries = out["entries"] | "OneEntries" >> beam.combiners.ToList()
    errors = out["errors"] | "OneErrors" >> beam.combiners.ToList()
    both = (
        entries
        | beam.Map(lambda es, errs: (es, errs), errs=beam.pvalue.AsSingleton(errors))
    )
    assert_that(both, lambda outputs: check(outputs[0]))
    p.run().wait_until_finish()


@pytest.mark.slow
@pytest.mark.skipif(not FEEDPARSER_TESTS.is_dir(), reason="shared corpora not available")
def test_feedparser_suite_never_crashes_parse_feed():
    files = sorted(FEEDPARSER_TESTS.rglob("*.xml"))
    assert len(files) == 2106
    with_entries = zero_entries = refused = 0
    for path in files:
        try:
            entries, _ = parse_feed(path.read_bytes(), str(path))
        except FeedParseError as e:
            assert str(path) in str(e)
            refused += 1
            continue
        if entries:
            with_entries += 1
            assert all(isinstance(e["title"], str) for e in entries)
        else:
            zero_entries += 1
    print(f"feedparser suite: {with_entries} with entries, {zero_entries} feeds without "
          f"entries, {refused} refused as not a feed")
    assert with_entries + zero_entries + refused == len(files)
    # Most of the suite is well-formed feeds; refusals are the ill-formed
    # and entity-test documents that have no items.
    assert with_entries > 1000
    assert refused < 400
