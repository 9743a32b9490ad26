"""robots.txt: RFC 9309 matching, and the per-origin cache with its answers
for missing, failing and forbidden robots.txt files."""

from __future__ import annotations

import pytest

from tests.article_server import article_server
from transforms import robots as robots_module
from transforms.fetch import FetchError, FetchPolicy, FetchResult
from transforms.robots import RobotsCache, RobotsRules, origin_of

RULES = RobotsRules.parse("""
# comment lines and trailing comments are ignored
User-agent: *
Disallow: /private/          # the whole area
Allow: /private/press/
Disallow: /*.pdf$
Disallow: /search
Disallow:

User-agent: diplowatch
User-agent: otherbot
Disallow: /drafts/
Crawl-delay: 2.5

User-agent: Diplowatch/2.0
Allow: /drafts/published/
""")


@pytest.mark.parametrize(("agent", "path", "allowed"), [
    # the "*" group, for an agent no group names
    ("somebot", "/private/memo.html", False),
    ("somebot", "/private/press/release.html", True),  # longer Allow wins
    ("somebot", "/files/report.pdf", False),  # "$" anchors, "*" spans
    ("somebot", "/files/report.pdf?download=1", True),
    ("somebot", "/search?q=sanctions", False),
    ("somebot", "/news/story.html", True),
    # our groups (two, merged; version and case ignored) replace "*" entirely
    ("diplowatch", "/private/memo.html", True),
    ("diplowatch", "/drafts/x.html", False),
    ("diplowatch", "/drafts/published/x.html", True),
    ("DiplowWatch-typo", "/private/memo.html", False),
    # /robots.txt itself is always allowed
    ("somebot", "/robots.txt", True),
])
def test_rfc9309_matching(agent, path, allowed):
    assert RULES.allowed(agent, path) is allowed


def test_allow_wins_a_tie_and_percent_encoding_is_normalised():
    rules = RobotsRules.parse("User-agent: *\nDisallow: /a~b\nAllow: /a%7Eb\nDisallow: /x%2Fy\n")
    assert rules.allowed("bot", "/a~b/page")  # same length, Allow wins
    assert not rules.allowed("bot", "/x/y")


def test_crawl_delay_and_no_rules():
    assert RULES.crawl_delay("diplowatch") == 2.5
    assert RULES.crawl_delay("somebot") is None
    empty = RobotsRules.parse("")
    assert empty.allowed("diplowatch", "/anything") and empty.crawl_delay("diplowatch") is None
    # rules before any User-agent line belong to no group
    assert RobotsRules.parse("Disallow: /\n").allowed("diplowatch", "/x")


def _cache_answering(monkeypatch, outcome):
    calls: list[str] = []

    def fake_fetch(url, policy, accept):
        calls.append(url)
        if isinstance(outcome, Exception):
            raise outcome
        return FetchResult(url, url, outcome, "text/plain", 200, {})

    monkeypatch.setattr(robots_module, "fetch", fake_fetch)
    now = [0.0]
    return RobotsCache(FetchPolicy(), clock=lambda: now[0]), calls, now


@pytest.mark.parametrize(("error", "allowed", "reason"), [
    (FetchError("http_404", "no robots.txt"), True, "unavailable"),
    (FetchError("http_403", "forbidden"), True, "unavailable"),
    (FetchError("empty", "empty file"), True, "unavailable"),
    (FetchError("http_503", "busy", retryable=True), False, "unreachable"),
    (FetchError("timeout", "timed out", retryable=True), False, "unreachable"),
    (FetchError("too_large", "huge"), False, "unreachable"),
    (FetchError("private_address", "10.0.0.1 refused"), False, "private_address"),
])
def test_missing_or_failing_robots_txt(monkeypatch, error, allowed, reason):
    cache, calls, _ = _cache_answering(monkeypatch, error)
    verdict = cache.check("https://news.example/world/story.html")
    assert (verdict.allowed, verdict.reason) == (allowed, reason)
    assert calls == ["https://news.example/robots.txt"]


def test_cache_per_origin_with_expiry(monkeypatch):
    cache, calls, now = _cache_answering(monkeypatch, b"User-agent: *\nDisallow: /private/\n")
    assert cache.check("https://news.example/a.html").allowed
    assert not cache.check("https://NEWS.example/private/b.html").allowed
    assert cache.check("https://news.example:8443/private/b.html").allowed is False
    assert calls == ["https://news.example/robots.txt", "https://news.example:8443/robots.txt"]
    now[0] += robots_module.ROBOTS_TTL + 1
    cache.check("https://news.example/c.html")
    assert len(calls) == 3


def test_unreachable_robots_txt_is_asked_again_sooner(monkeypatch):
    cache, calls, now = _cache_answering(monkeypatch, FetchError("http_500", "x", retryable=True))
    assert not cache.check("https://news.example/a").allowed
    now[0] += robots_module.ROBOTS_FAILURE_TTL + 1
    cache.check("https://news.example/a")
    assert len(calls) == 2


def test_real_robots_txt_from_a_local_server():
    with article_server() as (base, hits):
        cache = RobotsCache(FetchPolicy(timeout=5, allowed_networks=("127.0.0.0/8",)))
        assert cache.check(base + "/news/mexico-north-korea.html").allowed
        refused = cache.check(base + "/private/internal-memo.html")
        assert not refused.allowed and refused.reason == "rules"
        assert hits["/robots.txt"] == 1 and cache.fetches == 1
        # the robots.txt request says who we are
        assert any(k.startswith("agent:diplowatch/") for k in hits)


def test_origin_of():
    assert origin_of("HTTPS://News.Example:443/a?b") == "https://news.example:443"
    assert origin_of("http://news.example/a") == "http://news.example"
