"""``FetchArticles``: new articles in, the same articles out with the main text
of their pages (``body_text``), author, page date, detected language, and how
the fetch went (``fetch_status``).

Every article comes out, fetched or not; a failure also gives an error record
(stage ``article_fetch``), and an article in a language the coder does not
read gives one (stage ``language``) and is marked ``coding_skipped``, so
``CodeEvents`` leaves it alone. Nothing stops the run.

``fetch_status``:

==================  ==========================================================
``fetched``         the page was fetched and its main text extracted
``feed_content``    not fetched: the feed carried the full text (``content``)
``no_link``         not fetched: the item has no http(s) link
``refused:robots``  not fetched: robots.txt disallows it (or cannot be read:
                    ``refused:robots_unreachable``)
``failed:REASON``   the fetch failed (``timeout``, ``too_large``,
                    ``private_address``, ``http_404``, ``not_html``, ...) or
                    the page held no main text (``no_text``)
==================  ==========================================================
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.shared import Shared

from transforms.articles.extract import NotAnArticle, decode_page, extract_article
from transforms.articles.fetcher import ArticleFetcher, ArticlePolicy, ArticleRefused
from transforms.errors import ERRORS, error_record
from transforms.language import (
    detect_language,
    is_coded,
    load_detector,
    text_for_detection,
)

_NAMESPACE = "diplowatch"

# The fields this step adds to an article row (schemas.ARTICLES_SCHEMA).
ARTICLE_PAGE_FIELDS = ("body_text", "author", "page_date", "extracted_by", "fetch_status",
                       "detected_language", "coding_skipped")


def _no_page(article: dict[str, Any], status: str) -> dict[str, Any]:
    return {**article, "body_text": None, "author": None, "page_date": None,
            "extracted_by": None, "fetch_status": status}


class _FetcherHolder:
    """Shared needs a weak-referenceable object to hand out."""

    def __init__(self, fetcher: ArticleFetcher) -> None:
        self.fetcher = fetcher


class FetchPagesFn(beam.DoFn):
    """A batch of articles -> the same articles with their pages, fetched by
    a thread pool (different hosts in parallel, each host within its limits).
    The robots cache and host limiter are shared by the worker's threads."""

    def __init__(self, policy: ArticlePolicy, shared_handle: Shared) -> None:
        self._policy = policy
        self._shared_handle = shared_handle
        self._fetcher: ArticleFetcher | None = None
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._fetched = Metrics.counter(_NAMESPACE, "articles_fetched")
        self._failed = Metrics.counter(_NAMESPACE, "article_fetch_failed")
        self._refused = Metrics.counter(_NAMESPACE, "robots_refused")
        self._feed_content = Metrics.counter(_NAMESPACE, "articles_feed_content")
        self._bytes = Metrics.counter(_NAMESPACE, "article_bytes_fetched")

    def setup(self) -> None:
        policy = self._policy
        self._fetcher = self._shared_handle.acquire(
            lambda: _FetcherHolder(ArticleFetcher(policy))).fetcher
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=policy.threads, thread_name_prefix="article-fetch")

    def teardown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def process(self, articles: list[dict[str, Any]]) -> Iterator[Any]:
        for row, error, size in self._pool.map(self._one, articles):
            # Counted here: Beam metrics belong to the thread running the
            # bundle, and increments from the pool's threads would be lost.
            self._count(row["fetch_status"], size)
            if error is not None:
                yield beam.pvalue.TaggedOutput(ERRORS, error)
            yield row

    def _count(self, status: str, size: int) -> None:
        if status == "fetched":
            self._fetched.inc()
            self._bytes.inc(size)
        elif status == "feed_content":
            self._feed_content.inc()
        elif status.startswith("refused:"):
            self._refused.inc()
        elif status.startswith("failed:"):
            self._failed.inc()

    def _one(self, article: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None, int]:
        """(row, error record or None, bytes fetched); runs in a pool thread."""
        if (article.get("content") or "").strip():
            return _no_page(article, "feed_content"), None, 0
        url = article.get("link") or article.get("url")
        if not url or not url.lower().startswith(("http://", "https://")):
            return _no_page(article, "no_link"), None, 0
        try:
            result = self._fetcher.get(url)
            page = extract_article(decode_page(result.content, result.content_type),
                                   result.final_url, article.get("title"))
        except ArticleRefused as e:
            return self._failure(article, url, f"refused:{e.reason}", e.reason, e,
                                 "RobotsRefused")
        except NotAnArticle as e:
            return self._failure(article, url, "failed:no_text", "no_text", e, "NoArticleText")
        except Exception as e:  # FetchError, and anything unforeseen: never stop the run
            reason = getattr(e, "reason", None) or "fetch_failed"
            return self._failure(article, url, f"failed:{reason}", reason, e, type(e).__name__)
        row = {**article, "body_text": page.text, "author": page.author,
               "page_date": page.date, "extracted_by": page.extracted_by,
               "fetch_status": "fetched"}
        return row, None, len(result.content)

    @staticmethod
    def _failure(article, url, status, reason, exc, error_class):
        # The reason code first ("[robots] ..."), as for feed fetch errors.
        record = error_record(url, "article_fetch", f"[{reason}] {exc}",
                              feed=article.get("feed"), error_class=error_class)
        return _no_page(article, status), record, 0


class DetectLanguageFn(beam.DoFn):
    """Sets ``detected_language``; an article the coder cannot read gets
    ``coding_skipped`` (the reason) and an error record (stage ``language``)."""

    def __init__(self) -> None:
        self._skipped = Metrics.counter(_NAMESPACE, "articles_skipped_language")

    def setup(self) -> None:
        load_detector()

    def process(self, article: dict[str, Any]) -> Iterator[Any]:
        detection = detect_language(text_for_detection(article))
        row = {**article, "detected_language": detection.language, "coding_skipped": None}
        if not is_coded(detection.language):
            self._skipped.inc()
            reason = (f"language {detection.language} (confidence {detection.confidence:.2f}): "
                      "the event coder reads English only; stored, not coded")
            row["coding_skipped"] = reason
            yield beam.pvalue.TaggedOutput(ERRORS, error_record(
                article.get("url") or article["article_id"], "language",
                f"[language_not_coded] {reason}", feed=article.get("feed"),
                error_class="LanguageNotCoded"))
        yield row


class FetchArticles(beam.PTransform):
    """Articles -> ``{"articles": with their pages, "errors": error records}``.

    ``batched=False`` is for streaming: each article is fetched on its own,
    as soon as it arrives and keeping its timestamp. ``BatchElements`` would
    hold articles back to fill a batch, and in the global window it re-stamps
    what it emits, which would move articles out of their ingestion-time
    windows downstream.
    """

    def __init__(self, policy: ArticlePolicy | None = None, max_batch_size: int = 32,
                 batched: bool = True) -> None:
        super().__init__()
        self._policy = policy or ArticlePolicy()
        self._max_batch_size = max_batch_size
        self._batched = batched

    def expand(self, articles):
        if self._batched:
            batches = articles | "Batch" >> beam.BatchElements(
                min_batch_size=1, max_batch_size=self._max_batch_size)
        else:
            batches = articles | "OneByOne" >> beam.Map(lambda article: [article])
        fetched = batches | "FetchPages" >> beam.ParDo(
            FetchPagesFn(self._policy, Shared())).with_outputs(ERRORS, main="articles")
        detected = fetched.articles | "DetectLanguage" >> beam.ParDo(
            DetectLanguageFn()).with_outputs(ERRORS, main="articles")
        errors = (fetched[ERRORS], detected[ERRORS]) | "FlattenErrors" >> beam.Flatten()
        return {"articles": detected.articles, "errors": errors}
