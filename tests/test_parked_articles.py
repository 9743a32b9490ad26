"""transforms.parked_articles: the claim check of the batch de-duplication."""

import datetime as dt
import random

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.normalize import representative, to_article
from transforms.parked_articles import ParkArticlesFn, ParkedArticles, PickParkedFn, parked_path
from transforms.stored_articles import DeduplicateNewArticles

UTC = dt.UTC
INGESTED = dt.datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _article(n: int, link: str = "", **overrides):
    entry = {"feed": f"https://feed{n % 3}.example/rss", "guid": f"g-{n}",
             "link": link or f"https://news.example/story-{n}", "title": f"Title {n} é",
             "summary": "Summary " * n, "content": "", "language": "en", "bozo": None,
             "published_at": dt.datetime(2024, 5, 1 + n % 20, 9, tzinfo=UTC)}
    return {**to_article(entry, INGESTED), **overrides}


def _park(folder, articles):
    """Parks ``articles`` as one bundle would; returns their tickets."""
    fn = ParkArticlesFn(str(folder))
    fn.start_bundle()
    tickets = [ticket for article in articles for _, ticket in fn.process(article)]
    fn.finish_bundle()
    return tickets


def _pick(folder, values):
    fn = PickParkedFn(str(folder))
    fn.setup()
    try:
        return list(fn.process(("id", values)))
    finally:
        fn.teardown()


def test_parked_articles_read_back_exactly(tmp_path):
    articles = [_article(n) for n in range(50)]
    articles[7]["published_at"] = None
    articles[8]["published_at"] = dt.datetime(2024, 5, 1, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    tickets = _park(tmp_path, articles)
    assert len({token for token, _, _ in tickets}) == 1  # one file per bundle
    parked = ParkedArticles(str(tmp_path))
    # Read in another order than written, as a grouping hands them out.
    for i in reversed(range(50)):
        assert parked.read(tickets[i]) == articles[i]
    parked.close()


def test_each_bundle_parks_in_a_file_of_its_own(tmp_path):
    first = _park(tmp_path, [_article(1), _article(2)])
    second = _park(tmp_path, [_article(3)])
    assert {t[0] for t in first} != {t[0] for t in second}
    assert len(list(tmp_path.glob("*.bin"))) == 2
    assert second[0][1] == 0  # a new file starts at offset 0


def test_an_empty_bundle_writes_no_file(tmp_path):
    assert _park(tmp_path, []) == []
    assert not list(tmp_path.glob("*"))


def test_reader_closes_the_least_recently_used_file_beyond_its_limit(tmp_path):
    files = [_park(tmp_path, [_article(n), _article(n + 10)]) for n in range(3)]
    parked = ParkedArticles(str(tmp_path), max_open=2)
    for _ in range(2):
        for n, tickets in enumerate(files):
            assert parked.read(tickets[1]) == _article(n + 10)
            assert len(parked._open) <= 2
    parked.close()
    assert not parked._open


def test_a_truncated_parked_file_is_a_clear_error(tmp_path):
    tickets = _park(tmp_path, [_article(1), _article(2)])
    path = parked_path(str(tmp_path), tickets[1][0])
    with open(path, "r+b") as fh:
        fh.truncate(tickets[1][1] + 3)
    with pytest.raises(OSError, match="ends before offset"):
        ParkedArticles(str(tmp_path)).read(tickets[1])


def test_pick_keeps_the_preferred_copy_and_counts_what_it_drops(tmp_path):
    link = "https://news.example/same"
    copies = [_article(1, link, content="short"), _article(2, link, content="much longer"),
              _article(3, link, duplicates=2)]
    assert len({c["article_id"] for c in copies}) == 1
    kept = _pick(tmp_path, _park(tmp_path, copies))
    assert kept == [representative(copies)]
    assert kept[0]["duplicates"] == 4


def test_an_article_stored_earlier_is_neither_kept_nor_read(tmp_path):
    tickets = _park(tmp_path, [_article(1)])
    for path in tmp_path.glob("*.bin"):
        path.unlink()  # reading it would fail
    assert _pick(tmp_path, [tickets[0], None]) == []
    assert _pick(tmp_path, [None]) == []


def test_parked_and_in_memory_deduplication_agree(tmp_path):
    # 300 copies of 60 stories (copies of one story share its link), in a
    # shuffled order: a pipeline per case would make this test slow.
    rng = random.Random(7)
    spec = [(rng.randrange(60), rng.randrange(30)) for _ in range(300)]
    articles = [_article(variant, f"https://news.example/s{story}") for story, variant in spec]
    expected = [
        (copies[0]["article_id"], representative(copies)["guid"],
         representative(copies)["duplicates"])
        for copies in _by_id(articles).values()
        if copies[0]["article_id"] != articles[0]["article_id"]]
    for park in (None, str(tmp_path)):
        p = TestPipeline(runner="FnApiRunner")
        stored = p | "Stored" >> beam.Create([articles[0]["article_id"]])
        out = p | beam.Create(articles) | DeduplicateNewArticles(stored, park=park)
        kept = out | beam.Map(lambda a: (a["article_id"], a["guid"], a["duplicates"]))
        assert_that(kept, equal_to(expected))
        p.run().wait_until_finish()


def _by_id(articles):
    groups: dict[str, list] = {}
    for article in articles:
        groups.setdefault(article["article_id"], []).append(article)
    return groups


def test_the_pipeline_reads_parked_articles_back(tmp_path):
    articles = [_article(n) for n in range(5)]
    p = TestPipeline(runner="FnApiRunner")
    out = p | beam.Create(articles) | DeduplicateNewArticles(
        p | "Stored" >> beam.Create([]), park=str(tmp_path))
    assert_that(out, equal_to([{**a, "duplicates": 0} for a in articles]))
    p.run().wait_until_finish()


@pytest.mark.parametrize("runner, parks", [
    (None, True), ("FnApiRunner", True), ("DirectRunner", True),
    ("BundleBasedDirectRunner", True), ("DataflowRunner", False), ("FlinkRunner", False),
    ("SparkRunner", False),
])
def test_only_runners_that_group_in_memory_park_articles(runner, parks):
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipelines.monitor import parks_articles

    args = [f"--runner={runner}"] if runner else []
    assert parks_articles(PipelineOptions(args)) is parks
