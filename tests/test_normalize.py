"""transforms.normalize: canonical URLs, article ids, article rows, de-duplication."""

import datetime as dt
from urllib.parse import urlsplit

import apache_beam as beam
import pyarrow as pa
import pytest
from apache_beam.metrics import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given
from hypothesis import strategies as st

from schemas.tables import ARTICLES_SCHEMA
from transforms.errors import ERRORS
from transforms.normalize import (
    TRACKING_PARAMS,
    TRACKING_PREFIXES,
    DeduplicateArticles,
    NormalizeArticles,
    article_id_for,
    canonical_url,
    to_article,
)

UTC = dt.UTC
INGESTED = dt.datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _entry(**overrides):
    entry = {
        "feed": "https://news.example/rss",
        "feed_title": "Example News",
        "guid": "g-1",
        "link": "https://News.Example:443/world/Story-1?utm_source=rss&id=7#comments",
        "title": "Country A expels envoy",
        "summary": "Country A expelled the envoy of Country B.",
        "content": "",
        "published_at": dt.datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
        "language": "en",
        "bozo": None,
    }
    entry.update(overrides)
    return entry


def _counter(result, name):
    counters = result.metrics().query(MetricsFilter().with_name(name))["counters"]
    return sum(c.committed for c in counters)


# ---------------------------------------------------------------- canonical_url


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTP://Example.COM", "http://example.com/"),
        ("https://example.com:443/A/b", "https://example.com/A/b"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
        ("https://example.com/x#section-2", "https://example.com/x"),
        ("https://example.com/#!/story/5", "https://example.com/#!/story/5"),
        ("https://example.com/p?b=2&a=1&utm_source=rss&UTM_Medium=x&fbclid=1",
         "https://example.com/p?a=1&b=2"),
        ("https://www.bbc.co.uk/news/world-1?at_medium=RSS&at_campaign=KARANGA",
         "https://www.bbc.co.uk/news/world-1"),
        ("https://example.com/a?ref=rss&x=1", "https://example.com/a?x=1"),
        ("https://example.com/a?ref=homepage", "https://example.com/a?ref=homepage"),
        ("https://example.com/a?z=1&a=2&a=1", "https://example.com/a?a=2&a=1&z=1"),
        ("  https://User:Pw@EXAMPLE.com/Path  ", "https://User:Pw@example.com/Path"),
        ("/relative/path?utm_source=x", "/relative/path?utm_source=x"),
        ("https://example.com/a b?x= 1 ", "https://example.com/a%20b?x=%201"),
        ("not a url", "not a url"),
        ("http://[::1", "http://[::1"),
    ],
)
def test_canonical_url_examples(url, expected):
    assert canonical_url(url) == expected


def test_canonical_url_keeps_path_case_and_encoding():
    url = "https://example.com/News/Caf%C3%A9?q=a%20b"
    assert canonical_url(url) == url


@given(st.one_of(st.text(), st.text().map(lambda s: "http://" + s),
                 st.from_regex(r"https?://[^/?#]*[/?#].*", fullmatch=True)))
def test_canonical_url_never_raises_and_is_idempotent_on_any_text(s):
    once = canonical_url(s)
    assert canonical_url(once) == once


_QUERY_NAMES = st.one_of(
    st.sampled_from(sorted(TRACKING_PARAMS)),
    st.sampled_from(TRACKING_PREFIXES).map(lambda p: p + "campaign"),
    st.text(alphabet="abcdefgh_", min_size=1, max_size=6),
)
_QUERY_PARAMS = st.lists(
    st.tuples(_QUERY_NAMES, st.text(alphabet="abc123", max_size=4), st.booleans()), max_size=8
)


@st.composite
def _web_urls(draw):
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    host = draw(st.from_regex(r"[A-Za-z0-9]{1,10}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = draw(st.from_regex(r"(/[A-Za-z0-9%._-]{0,8}){0,3}", fullmatch=True))
    params = draw(_QUERY_PARAMS)
    query = "&".join(f"{n.upper() if up else n}={v}" for n, v, up in params)
    fragment = draw(st.sampled_from(["", "#top", "#x=1"]))
    return f"{scheme}://{host}{port}{path}{'?' + query if query else ''}{fragment}"


def _is_tracking_name(name):
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


@given(_web_urls())
def test_canonical_url_properties_on_web_urls(url):
    out = canonical_url(url)
    assert canonical_url(out) == out
    parts = urlsplit(out)
    assert parts.scheme in ("http", "https")
    assert parts.netloc == parts.netloc.lower()
    assert not parts.fragment
    assert parts.path.startswith("/")
    assert parts.port != {"http": 80, "https": 443}[parts.scheme]
    names = [p.split("=")[0] for p in parts.query.split("&") if p]
    assert not any(_is_tracking_name(n) for n in names)
    assert names == sorted(names)
    # Nothing but tracking parameters is lost.
    kept = [p.split("=")[0] for p in urlsplit(url).query.split("&") if p]
    assert sorted(n for n in kept if not _is_tracking_name(n)) == sorted(names)


# ---------------------------------------------------------------- ids and rows


def test_article_id_is_stable_and_ignores_tracking_and_fragments():
    a = article_id_for(_entry(link="https://example.com/s?id=1&utm_source=rss"))
    b = article_id_for(_entry(link="HTTPS://EXAMPLE.com:443/s?id=1#top", guid="other"))
    c = article_id_for(_entry(link="https://example.com/s?id=2"))
    assert a == b != c
    assert len(a) == 32 and int(a, 16) >= 0


def test_article_id_falls_back_to_guid_then_feed_and_title():
    by_guid = article_id_for(_entry(link=None, guid="urn:x"))
    assert by_guid == article_id_for(_entry(link="", guid="urn:x", feed="elsewhere"))
    by_title = article_id_for(_entry(link=None, guid=None))
    assert by_title != by_guid
    assert by_title != article_id_for(_entry(link=None, guid=None, feed="other-feed"))
    assert by_title != article_id_for(_entry(link=None, guid=None, title="Other"))
    untitled = [article_id_for(_entry(link=None, guid=None, title="", summary=s)) for s in "ab"]
    assert untitled[0] != untitled[1]
    # A guid that happens to equal a URL does not collide with that URL's id.
    url = "https://example.com/"
    assert article_id_for(_entry(link=None, guid=url)) != article_id_for(_entry(link=url))


def test_to_article_fills_every_schema_field():
    row = to_article(_entry(), INGESTED)
    assert list(row) == ARTICLES_SCHEMA.names
    assert row["url"] == "https://news.example/world/Story-1?id=7"
    assert row["link"].startswith("https://News.Example:443/")
    assert row["duplicates"] == 0
    assert row["ingested_at"] == INGESTED
    pa.Table.from_pylist([row], schema=ARTICLES_SCHEMA)  # raises on a type mismatch


def test_to_article_converts_times_to_utc_and_handles_missing_fields():
    plus2 = dt.timezone(dt.timedelta(hours=2))
    row = to_article(
        {"feed": "f.xml", "published_at": dt.datetime(2024, 1, 1, 2, 0, tzinfo=plus2)},
        INGESTED.astimezone(plus2),
    )
    assert row["published_at"] == dt.datetime(2024, 1, 1, 0, 0, tzinfo=UTC)
    assert row["published_at"].tzinfo == UTC and row["ingested_at"].tzinfo == UTC
    assert row["url"] is None and row["title"] == "" and row["language"] is None
    pa.Table.from_pylist([row], schema=ARTICLES_SCHEMA)


def test_to_article_rejects_bad_input():
    with pytest.raises(ValueError, match="no feed"):
        to_article(_entry(feed=None), INGESTED)
    with pytest.raises(ValueError, match="timezone"):
        to_article(_entry(published_at=dt.datetime(2024, 1, 1)), INGESTED)
    with pytest.raises(TypeError):
        to_article(_entry(published_at="2024-01-01"), INGESTED)


# ---------------------------------------------------------------- Beam


def test_normalize_articles_splits_rows_and_errors():
    good = _entry()
    bad = _entry(link="https://example.com/bad", published_at="yesterday")
    p = TestPipeline(runner="FnApiRunner")
    out = p | beam.Create([good, bad]) | NormalizeArticles(ingested_at=INGESTED)
    assert_that(out["articles"], equal_to([to_article(good, INGESTED)]), label="articles")
    assert_that(
        out["errors"] | beam.Map(lambda e: (e["input"], e["stage"], e["error_class"])),
        equal_to([("https://example.com/bad", "normalize", "TypeError")]),
        label="errors",
    )
    result = p.run()
    result.wait_until_finish()
    assert _counter(result, "articles_normalized") == 1


def test_normalize_articles_default_ingestion_time_is_now():
    before = dt.datetime.now(UTC)
    p = TestPipeline(runner="FnApiRunner")
    out = p | beam.Create([_entry()]) | NormalizeArticles()
    assert_that(
        out["articles"] | beam.Map(lambda a: before <= a["ingested_at"] <= dt.datetime.now(UTC)),
        equal_to([True]),
    )
    p.run().wait_until_finish()


def _article(feed, link, **overrides):
    return {**to_article(_entry(feed=feed, link=link), INGESTED), **overrides}


def test_deduplicate_keeps_one_deterministic_copy_per_article():
    day = dt.datetime(2024, 5, 1, tzinfo=UTC)
    link = "https://example.com/story?utm_source=a"
    early = _article("b-feed", link, published_at=day)
    late_long = _article("a-feed", link + "&utm_medium=b", published_at=day + dt.timedelta(hours=1),
                         content="much longer content")
    undated = _article("0-feed", link, published_at=None)
    same_time_longer = _article("z-feed", link, published_at=day, content="longer")
    other = _article("a-feed", "https://example.com/other")
    assert len({a["article_id"] for a in (early, late_long, undated, same_time_longer)}) == 1

    expected = [{**same_time_longer, "duplicates": 3}, other]
    for order in ([early, late_long, undated, same_time_longer, other],
                  [other, same_time_longer, undated, late_long, early]):
        p = TestPipeline(runner="FnApiRunner")
        out = p | beam.Create(order) | DeduplicateArticles()
        assert_that(out, equal_to(expected))
        result = p.run()
        result.wait_until_finish()
        assert _counter(result, "duplicates_dropped") == 3
        assert _counter(result, "articles_unique") == 2


def test_deduplicate_adds_up_earlier_counts():
    a = _article("f1", "https://example.com/s", duplicates=2)
    b = _article("f2", "https://example.com/s", duplicates=0)
    p = TestPipeline(runner="FnApiRunner")
    out = p | beam.Create([a, b]) | DeduplicateArticles()
    assert_that(out | beam.Map(lambda r: (r["feed"], r["duplicates"])), equal_to([("f1", 3)]))
    p.run().wait_until_finish()


def test_errors_tag_name_is_shared():
    # NormalizeArticles routes failures to the tag every fallible DoFn uses.
    assert ERRORS == "errors"


def test_deduplicate_new_is_deduplicate_then_drop_stored(tmp_path):
    from transforms.stored_articles import DeduplicateNewArticles, DropStoredArticles

    day = dt.datetime(2024, 5, 1, tzinfo=UTC)
    link = "https://example.com/story"
    articles = [
        _article("b-feed", link, published_at=day),
        _article("a-feed", link, published_at=day, content="longer"),
        _article("a-feed", "https://example.com/stored", duplicates=1),
        _article("c-feed", "https://example.com/stored"),
        _article("a-feed", "https://example.com/new"),
    ]
    stored = [articles[2]["article_id"], "f" * 32]  # one of ours, one never seen
    expected = [{**articles[1], "duplicates": 1}, {**articles[4], "duplicates": 0}]
    names = ("duplicates_dropped", "articles_unique", "already_stored", "articles_new")

    def counters(detect):
        p = TestPipeline(runner="FnApiRunner")
        out = detect(p | "Articles" >> beam.Create(articles),
                     p | "Stored" >> beam.Create(stored))
        assert_that(out, equal_to(expected))
        result = p.run()
        result.wait_until_finish()
        return [_counter(result, name) for name in names]

    two_steps = counters(lambda a, s: a | DeduplicateArticles() | DropStoredArticles(s))
    one_step = counters(lambda a, s: a | DeduplicateNewArticles(s))
    parked = counters(lambda a, s: a | DeduplicateNewArticles(s, park=str(tmp_path)))
    assert parked == one_step == two_steps == [2, 3, 1, 2]
    assert list(tmp_path.glob("*.bin"))  # the parked path was taken


_TIMES = st.one_of(
    st.none(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=9)))),
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.replace(fold=1)),
)


@given(published=_TIMES, ingested=_TIMES, extra=st.booleans())
def test_pack_article_round_trips_exactly(published, ingested, extra):
    from apache_beam.coders.coders import FastPrimitivesCoder

    from transforms.normalize import pack_article, unpack_article

    article = {**to_article(_entry(), INGESTED), "published_at": published,
               "ingested_at": ingested}
    if extra:
        article["body_text"] = "moved"  # same fields, other order: not packed
        article = {k: v for k, v in reversed(article.items())}
    coder = FastPrimitivesCoder()
    back = unpack_article(coder.decode(coder.encode(pack_article(article))))
    assert back == article and list(back) == list(article)
    for name in ("published_at", "ingested_at"):
        if article[name] is not None:
            assert back[name].tzinfo == article[name].tzinfo
            assert back[name].fold == article[name].fold


def test_pack_article_packs_the_rows_normalize_makes():
    from transforms.normalize import pack_article

    packed = pack_article(to_article(_entry(), INGESTED))
    assert isinstance(packed, tuple)
    assert not any(isinstance(v, dt.datetime) for v in packed)
