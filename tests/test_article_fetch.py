"""Fetching article pages: extraction, robots.txt, per-host limits, and the
hostile pages (slow, huge, redirected to private addresses, not HTML), against
a local server (tests/article_server.py, pages in tests/pages/)."""

from __future__ import annotations

import dataclasses
import threading
import time

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from tests.article_server import PRIVATE_TARGETS, article_server
from tests.stories import ACCEPTANCE_BODY, ACCEPTANCE_TITLE
from transforms.articles import ArticleFetcher, ArticlePolicy, ArticleRefused, FetchArticles
from transforms.articles.extract import (
    EXTRACTOR,
    NotAnArticle,
    _drop_repeated_headline,
    extract_article,
)
from transforms.articles.host_limits import HostLimiter
from transforms.fetch import FetchError, FetchPolicy

# Loopback allowed for the test server; every other private range refused.
LOCAL = FetchPolicy(timeout=1.5, max_bytes=200_000, retries=0, allowed_networks=("127.0.0.0/8",))
POLICY = ArticlePolicy(fetch=LOCAL, min_host_interval=0.0)
STORY = "/news/mexico-north-korea.html"
BOILERPLATE = ["cookies", "Related stories", "Russia expels", "EU imposes", "Comments",
               "Germany should cut ties", "Share on", "newsletter", "All rights reserved",
               "Sanctions tracker", "briefing in your inbox"]


@pytest.fixture(scope="module")
def server():
    with article_server() as served:
        yield served


def _sentences(text: str) -> list[str]:
    return [s if s.endswith(".") else s + "." for s in text.split(". ")]


def test_main_text_is_extracted_without_the_page_around_it(server):
    base, hits = server
    result = ArticleFetcher(POLICY).get(base + STORY)
    page = extract_article(result.content, result.final_url, ACCEPTANCE_TITLE)
    for sentence in _sentences(ACCEPTANCE_BODY):
        assert sentence in page.text
    for noise in BOILERPLATE:
        assert noise.lower() not in page.text.lower(), noise
    assert not page.text.startswith("Mexico Seeks")  # the repeated headline is dropped
    assert page.author == "Ana Lucía Herrera"
    assert str(page.date) == "2021-07-24"
    assert page.extracted_by == EXTRACTOR and EXTRACTOR.startswith("trafilatura 2.")
    # a descriptive User-Agent went with the request
    assert any(k.startswith("agent:diplowatch/") and "+https://" in k for k in hits)


def test_a_page_without_main_text_is_not_an_article(server):
    base, _ = server
    result = ArticleFetcher(POLICY).get(base + "/news/shell-only.html")
    with pytest.raises(NotAnArticle):
        extract_article(result.content, result.final_url)


def test_repeated_headline_is_dropped_only_when_it_is_the_first_line():
    assert _drop_repeated_headline("Big  news\nBody.", ["big news"]) == "Body."
    assert _drop_repeated_headline("Body.\nBig news", ["Big news"]) == "Body.\nBig news"
    assert _drop_repeated_headline("Big news", ["Big news"]) == "Big news"


def test_robots_txt_forbids_a_path_and_the_page_is_never_requested(server):
    base, hits = server
    fetcher = ArticleFetcher(POLICY)
    with pytest.raises(ArticleRefused) as info:
        fetcher.get(base + "/private/internal-memo.html")
    assert info.value.reason == "robots"
    assert hits["/private/internal-memo.html"] == 0
    fetcher.get(base + STORY)
    assert fetcher.robots.fetches == 1  # cached per host


@pytest.mark.parametrize(("path", "reason"), [
    ("/news/slow.html", "timeout"),
    ("/news/huge.html", "too_large"),
    ("/news/moved-inside.html", "private_address"),
    ("/news/moved-to-metadata.html", "private_address"),
    ("/files/report.pdf", "not_html"),
    ("/news/missing.html", "http_404"),
])
def test_hostile_pages_are_refused_with_a_reason(server, path, reason):
    base, _ = server
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        ArticleFetcher(POLICY).get(base + path)
    assert info.value.reason == reason
    if path in PRIVATE_TARGETS:
        assert PRIVATE_TARGETS[path].split("/")[2] in str(info.value)
    # the slow page is cut at the deadline, not waited for
    assert time.monotonic() - started < 10


def test_links_that_are_not_http_are_never_fetched():
    with pytest.raises(FetchError) as info:
        ArticleFetcher(POLICY).get("file:///etc/passwd")
    assert info.value.reason == "bad_scheme"


class _FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_retry_after_holds_back_the_host(server):
    base, hits = server
    fake = _FakeTime()
    limiter = HostLimiter(2, 0.0, clock=fake.clock, sleep=fake.sleep)
    policy = dataclasses.replace(POLICY, fetch=dataclasses.replace(LOCAL, retries=1))
    fetcher = ArticleFetcher(policy, limiter=limiter)
    result = fetcher.get(base + "/news/busy.html")
    assert result.status == 200 and hits["/news/busy.html"] == 2
    assert fake.slept == [7.0]  # the server's Retry-After, before the retry


def test_requests_to_one_host_are_spaced():
    fake = _FakeTime()
    limiter = HostLimiter(2, 1.0, clock=fake.clock, sleep=fake.sleep)
    starts = []
    for origin in ("http://a", "http://a", "http://b", "http://a"):
        with limiter.slot(origin, interval=3.0 if origin == "http://b" else None):
            starts.append((origin, fake.now))
    assert starts == [("http://a", 0.0), ("http://a", 1.0), ("http://b", 1.0), ("http://a", 2.0)]
    limiter.pause("http://b", 10.0)
    with limiter.slot("http://b"):
        assert fake.now == 12.0


def test_at_most_max_per_host_requests_in_flight():
    limiter = HostLimiter(max_per_host=2, min_interval=0.0)
    in_flight = {"a": 0, "b": 0}
    peak = {"a": 0, "b": 0}
    lock = threading.Lock()

    def request(host: str) -> None:
        with limiter.slot(host):
            with lock:
                in_flight[host] += 1
                peak[host] = max(peak[host], in_flight[host])
            time.sleep(0.05)
            with lock:
                in_flight[host] -= 1

    threads = [threading.Thread(target=request, args=(h,)) for h in "aaaaaabbb"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == {"a": 2, "b": 2}


def _article(base: str, path: str | None, **fields) -> dict:
    link = base + path if path else None
    return {"article_id": path or "no-link", "url": link, "link": link, "feed": "test-feed",
            "title": ACCEPTANCE_TITLE, "summary": "", "content": "", **fields}


def test_fetch_articles_transform_records_every_outcome(server):
    base, hits = server
    articles = [
        _article(base, STORY),
        _article(base, "/news/relations-france.html", title="Le Mexique veut renouer"),
        _article(base, "/private/internal-memo.html"),
        _article(base, "/news/moved-inside.html"),
        _article(base, "/news/huge.html"),
        _article(base, "/news/shell-only.html"),
        _article(base, "/news/has-content.html", content=ACCEPTANCE_BODY),
        _article(base, None),
    ]
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(articles) | FetchArticles(POLICY)
        statuses = out["articles"] | "Status" >> beam.Map(
            lambda a: (a["article_id"], a["fetch_status"], a["detected_language"],
                       a["coding_skipped"] is not None, bool(a["body_text"])))
        assert_that(statuses, equal_to([
            (STORY, "fetched", "en", False, True),
            ("/news/relations-france.html", "fetched", "fr", True, True),
            ("/private/internal-memo.html", "refused:robots", "und", False, False),
            ("/news/moved-inside.html", "failed:private_address", "und", False, False),
            ("/news/huge.html", "failed:too_large", "und", False, False),
            ("/news/shell-only.html", "failed:no_text", "und", False, False),
            ("/news/has-content.html", "feed_content", "en", False, False),
            ("no-link", "no_link", "und", False, False),  # a headline is too short to tell
        ]), label="statuses")
        errors = out["errors"] | "Errors" >> beam.Map(
            lambda e: (e["stage"], e["message"].split("]")[0] + "]", e["input"].replace(base, "")))
        assert_that(errors, equal_to([
            ("article_fetch", "[robots]", "/private/internal-memo.html"),
            ("article_fetch", "[private_address]", "/news/moved-inside.html"),
            ("article_fetch", "[too_large]", "/news/huge.html"),
            ("article_fetch", "[no_text]", "/news/shell-only.html"),
            ("language", "[language_not_coded]", "/news/relations-france.html"),
        ]), label="errors")
    assert hits["/news/has-content.html"] == 0  # the feed had the full text
    assert hits["/private/internal-memo.html"] == 0


class _Stamp(beam.DoFn):
    def process(self, article, timestamp=beam.DoFn.TimestampParam):
        yield article["article_id"], article["fetch_status"], float(timestamp)


def test_unbatched_fetch_keeps_each_articles_timestamp():
    """Streaming's mode (batched=False): every article comes out stamped as it went
    in, so it stays in its ingestion-time window downstream."""
    from apache_beam.transforms.window import TimestampedValue

    articles = [TimestampedValue(_article("", None, article_id=f"a{i}",
                                          content="Full text in the feed."), 1000.0 + i)
                for i in range(3)]
    with TestPipeline(runner="FnApiRunner") as p:
        out = (p | beam.Create(articles)
               | FetchArticles(POLICY, batched=False))
        assert_that(out["articles"] | beam.ParDo(_Stamp()), equal_to([
            ("a0", "feed_content", 1000.0), ("a1", "feed_content", 1001.0),
            ("a2", "feed_content", 1002.0)]))
