"""transforms.parked_articles: the claim check of the batch de-duplication."""

import datetime as dt
import random

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms import parked_articles
from transforms.normalize import representative, to_article
from transforms.parked_articles import (
    PARTITIONS,
    ClaimStoredIdsFn,
    ParkArticlesFn,
    ParkedArticles,
    PickParkedFn,
    parked_claim,
    parked_path,
    partition_of,
    read_claim,
    segment_claims,
    stored_claim,
)
from transforms.stored_articles import DeduplicateNewArticles

UTC = dt.UTC
INGESTED = dt.datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _article(n: int, link: str = "", **overrides):
    entry = {"feed": f"https://feed{n % 3}.example/rss", "guid": f"g-{n}",
             "link": link or f"https://news.example/story-{n}", "title": f"Title {n} é",
             "summary": "Summary " * n, "content": "", "language": "en", "bozo": None,
             "published_at": dt.datetime(2024, 5, 1 + n % 20, 9, tzinfo=UTC)}
    return {**to_article(entry, INGESTED), **overrides}


def _run_bundle(fn, elements):
    """Runs one bundle of a parking DoFn; returns its segments."""
    fn.start_bundle()
    segments = [segment for element in elements for segment in fn.process(element)]
    segments += [windowed.value for windowed in fn.finish_bundle()]
    return segments


def _claims(folder, segments):
    """The claims in ``segments``, in order, each checked against its partition."""
    parked = ParkedArticles(str(folder))
    claims = []
    for partition, ticket in segments:
        for claim in segment_claims(parked.read_bytes(ticket)):
            assert partition_of(read_claim(claim)[0]) == partition
            claims.append(claim)
    parked.close()
    return claims


def _park(folder, articles, max_buffered=1000):
    """Parks ``articles`` as one bundle would; returns their tickets."""
    segments = _run_bundle(ParkArticlesFn(str(folder), max_buffered), articles)
    by_id: dict[str, list] = {}
    for claim in _claims(folder, segments):
        article_id, ticket = read_claim(claim)
        by_id.setdefault(article_id, []).append(ticket)
    tickets = [by_id[a["article_id"]].pop(0) for a in articles]
    assert not any(by_id.values())  # one claim per article, none more
    return tickets


def _pick(folder, values, article_id="id"):
    """PickParkedFn on one partition: ``values`` are tickets of
    ``article_id``'s copies or None for its stored marker, or claims; they
    are written as one segment."""
    claims = [v if isinstance(v, bytes) else
              stored_claim(article_id) if v is None else parked_claim(article_id, v)
              for v in values]
    data = b"".join(len(c).to_bytes(4, "big") + c for c in claims)
    (folder / "0000000000000000.bin").write_bytes(data)
    fn = PickParkedFn(str(folder))
    fn.setup()
    try:
        return list(fn.process((0, [("0000000000000000", 0, len(data))])))
    finally:
        fn.teardown()


def test_parked_articles_read_back_exactly(tmp_path):
    articles = [_article(n) for n in range(50)]
    articles[7]["published_at"] = None
    articles[8]["published_at"] = dt.datetime(2024, 5, 1, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    tickets = _park(tmp_path, articles)
    assert len({token for token, _, _ in tickets}) == 1  # one file per bundle
    assert len(list(tmp_path.glob("*.bin"))) == 1
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


def test_claims_carry_id_and_ticket_exactly_in_a_few_bytes():
    ticket = ("0123456789abcdef", 2**40 + 5, 123_456)
    article_id = _article(1)["article_id"]
    claim = parked_claim(article_id, ticket)
    assert read_claim(claim) == (article_id, ticket)
    assert read_claim(stored_claim(article_id)) == (article_id, None)
    assert read_claim(stored_claim("ïd with spaces")) == ("ïd with spaces", None)
    # What the runner keeps per article: one bytes value, not a tuple of three.
    assert isinstance(claim, bytes) and len(claim) <= 1 + 20 + len(article_id)
    with pytest.raises(ValueError, match="not a claim"):
        read_claim(b"Xsomething")


def test_partitions_are_stable_and_spread():
    ids = [_article(n)["article_id"] for n in range(2560)]
    counts = [0] * PARTITIONS
    for article_id in ids:
        counts[partition_of(article_id)] += 1
    assert min(counts) >= 1 and max(counts) <= 30  # ten per partition on average
    # crc32, not the per-process salted hash(): a fixed value.
    assert partition_of("abc") == 0x352441C2 % PARTITIONS


def test_claims_are_written_in_segments_per_partition_and_flush(tmp_path):
    articles = [_article(n) for n in range(40)]
    fn = ParkArticlesFn(str(tmp_path), max_buffered=15)
    fn.start_bundle()
    flushed = [list(fn.process(a)) for a in articles]
    # Nothing leaves the bundle until 15 claims are buffered, then one
    # segment per partition that has claims.
    assert [i for i, out in enumerate(flushed) if out] == [14, 29]
    assert len(flushed[14]) == len({partition_of(a["article_id"]) for a in articles[:15]})
    last = [w.value for w in fn.finish_bundle()]
    assert len(last) == len({partition_of(a["article_id"]) for a in articles[30:]})
    segments = [s for out in flushed for s in out] + last
    assert sorted(read_claim(c)[0] for c in _claims(tmp_path, segments)) == sorted(
        a["article_id"] for a in articles)
    assert len(list(tmp_path.glob("*.bin"))) == 1  # articles and claims share the file


def test_stored_ids_are_claimed_in_segments_too(tmp_path):
    ids = [f"stored-{n}" for n in range(30)]
    segments = _run_bundle(ClaimStoredIdsFn(str(tmp_path), max_buffered=7), ids)
    assert sorted(read_claim(c) for c in _claims(tmp_path, segments)) == sorted(
        (i, None) for i in ids)
    assert _run_bundle(ClaimStoredIdsFn(str(tmp_path / "none")), []) == []
    assert not (tmp_path / "none").exists()


def test_a_segment_cut_inside_a_claim_is_a_clear_error():
    claim = stored_claim("x")
    data = len(claim).to_bytes(4, "big") + claim
    assert list(segment_claims(data)) == [claim]
    with pytest.raises(ValueError, match="ends inside a claim"):
        list(segment_claims(data[:-1]))


def test_pick_sorts_a_partition_out_by_id(tmp_path):
    link = "https://news.example/same"
    twins = [_article(1, link), _article(2, link, content="longer body")]
    single, stored, gone = _article(3), _article(4), _article(5)
    tickets = _park(tmp_path, [*twins, single, stored])
    claims = [parked_claim(twins[0]["article_id"], tickets[0]),
              stored_claim(stored["article_id"]),
              parked_claim(single["article_id"], tickets[2]),
              parked_claim(stored["article_id"], tickets[3]),
              stored_claim(gone["article_id"]),  # stored earlier, not seen now
              parked_claim(twins[1]["article_id"], tickets[1])]
    kept = _pick(tmp_path, claims)
    assert sorted(kept, key=lambda a: a["guid"]) == [
        representative(twins), {**single, "duplicates": 0}]


@pytest.mark.parametrize("max_buffered", [None, 7])
def test_parked_and_in_memory_deduplication_agree(tmp_path, monkeypatch, max_buffered):
    if max_buffered:  # many flushes: a partition's claims in many segments
        monkeypatch.setattr(parked_articles, "MAX_BUFFERED_CLAIMS", max_buffered)
    # 300 copies of 60 stories (copies of one story share its link), in a
    # shuffled order: a pipeline per case would make this test slow.
    rng = random.Random(7)
    spec = [(rng.randrange(60), rng.randrange(30)) for _ in range(300)]
    articles = [_article(variant, f"https://news.example/s{story}") for story, variant in spec]
    groups = _by_id(articles)
    # Three ids of this run stored earlier, and two it does not see.
    stored_ids = [*list(groups)[:3], "stored-0", "stored-1"]
    expected = [
        (copies[0]["article_id"], representative(copies)["guid"],
         representative(copies)["duplicates"])
        for copies in groups.values() if copies[0]["article_id"] not in stored_ids]
    for park in (None, str(tmp_path)):
        p = TestPipeline(runner="FnApiRunner")
        stored = p | "Stored" >> beam.Create(stored_ids)
        out = p | beam.Create(articles) | DeduplicateNewArticles(stored, park=park)
        kept = out | beam.Map(lambda a: (a["article_id"], a["guid"], a["duplicates"]))
        assert_that(kept, equal_to(expected))
        result = p.run()
        result.wait_until_finish()
        counters = {c.key.metric.name: c.committed
                    for c in result.metrics().query()["counters"]}
        assert (counters["articles_new"], counters["already_stored"],
                counters["duplicates_dropped"]) == (len(expected), 3, 300 - len(groups))


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
