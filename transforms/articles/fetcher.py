"""Fetching one article page politely: robots.txt first, then a GET within the
host's limits, through the one fetch module (``transforms.fetch``: SSRF guard,
deadline, size cap, descriptive User-Agent).

Retries are done here rather than inside ``fetch`` so that a ``Retry-After``
(or a backoff after a 5xx) holds back every request to that host, not only the
one that is retried.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

from transforms import fetch as fetch_module
from transforms.articles.host_limits import HostLimiter
from transforms.fetch import FetchError, FetchPolicy, FetchResult, fetch
from transforms.robots import RobotsCache, origin_of

HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
# What an article page may be served as; anything else (PDF, images, feeds)
# is refused rather than handed to an HTML extractor.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# A Crawl-delay longer than this is taken as this long (a run must end).
MAX_CRAWL_DELAY = 30.0


@dataclasses.dataclass(frozen=True)
class ArticlePolicy:
    """How articles are fetched. ``fetch`` is the run's fetch policy (the same
    limits as feeds) with ``max_bytes`` set for pages; its ``retries`` are
    done by ``ArticleFetcher``."""

    fetch: FetchPolicy = FetchPolicy(max_bytes=DEFAULT_MAX_ARTICLE_BYTES)
    max_per_host: int = 2
    min_host_interval: float = 1.0
    threads: int = 8  # pages fetched at once per worker (across hosts)


class ArticleRefused(Exception):
    """Not fetched: robots.txt forbids it, or the robots.txt of the host
    cannot be read (RFC 9309: then nothing may be fetched)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class ArticleFetcher:
    """Robots cache, host limiter and the fetch, for one worker process."""

    def __init__(self, policy: ArticlePolicy, *, limiter: HostLimiter | None = None) -> None:
        self.policy = policy
        self.limiter = limiter or HostLimiter(policy.max_per_host, policy.min_host_interval)
        self.robots = RobotsCache(policy.fetch, slot=self.limiter.slot)
        # One attempt per fetch() call: retries are ours (see module doc).
        self._once = dataclasses.replace(policy.fetch, retries=0)

    def _allowed(self, url: str) -> float | None:
        """The host's Crawl-delay; raises ``ArticleRefused`` when robots.txt
        does not allow ``url``."""
        verdict = self.robots.check(url)
        if verdict.allowed:
            return verdict.crawl_delay
        if verdict.reason == "rules":
            raise ArticleRefused("robots", f"{url}: disallowed by {origin_of(url)}/robots.txt")
        if verdict.reason == "unreachable":
            raise ArticleRefused("robots_unreachable",
                                 f"{url}: robots.txt cannot be read ({verdict.detail}); "
                                 "nothing is fetched from the host until it can")
        # The host itself is refused (private address, bad URL, no DNS).
        raise FetchError(verdict.reason, verdict.detail or url)

    def get(self, url: str) -> FetchResult:
        """The page at ``url``. Raises ``ArticleRefused`` or ``FetchError``
        (reason ``not_html`` for a page that is not HTML)."""
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            # Never a local path: item links come from untrusted feeds.
            raise FetchError("bad_scheme", f"{url}: only http and https links are fetched")
        crawl_delay = self._allowed(url)
        interval = min(crawl_delay, MAX_CRAWL_DELAY) if crawl_delay else None
        origin = origin_of(url)
        attempt = 0
        while True:
            try:
                with self.limiter.slot(origin, interval):
                    result = fetch(url, self._once, accept=HTML_ACCEPT)
                break
            except FetchError as e:
                if not e.retryable or attempt >= self.policy.fetch.retries:
                    raise
                if e.retry_after is not None:
                    wait = min(e.retry_after, fetch_module.MAX_RETRY_AFTER)
                else:
                    wait = min(fetch_module.BACKOFF_BASE * 2**attempt, fetch_module.BACKOFF_MAX)
                self.limiter.pause(origin, wait)
                attempt += 1
        if origin_of(result.final_url) != origin:
            # Redirected to another host: its robots.txt has a say as well.
            self._allowed(result.final_url)
        media_type = (result.content_type or "").split(";", 1)[0].strip().lower()
        if media_type and media_type not in HTML_TYPES:
            raise FetchError("not_html", f"{result.final_url}: served as {media_type}, not HTML")
        return result
