"""Reading feeds: ``parse_feed`` turns a fetched document into entry dicts and
``ReadFeeds`` is the Beam composite from feed specs to entries and errors.

feedparser only ever sees bytes already fetched by ``transforms.fetch`` (it
would otherwise fetch URLs and open paths itself, without our limits), with
the response's Content-Type so it can pick the right character encoding.

Entry dict, one per feed item::

    feed          str         feed URL or path it came from
    feed_title    str | None  plain text
    guid          str | None  <guid> / <id>
    link          str | None  as the feed gave it (resolved against the feed URL)
    title         str         plain text, "" if none
    summary       str         plain text of <description> / <summary>
    content       str         plain text of content:encoded / Atom <content>
                              when it adds to the summary, else ""
    published_at  datetime | None  tz-aware UTC; published, else updated
    language      str | None  the entry's language, else the feed's
    bozo          str | None  why feedparser found the document ill-formed
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import feedparser
from apache_beam.metrics import Metrics

from transforms.errors import ERRORS, error_record
from transforms.feed_sources import FeedSpecError, expand_feed_spec
from transforms.fetch import FetchPolicy, FetchResult, fetch
from transforms.text import clean_text, html_to_text

_NAMESPACE = "diplowatch"


class FeedParseError(ValueError):
    """The document is empty or is not a feed."""


class _ParsedFeed:
    """A parsed document: feed-level fields and the raw feedparser entries."""

    def __init__(self, location: str, title: str | None, language: str | None,
                 bozo: str | None, entries: list[Any]) -> None:
        self.location = location
        self.title = title
        self.language = language
        self.bozo = bozo
        self.entries = entries


def _detail_text(value: Any, detail: Any) -> str:
    """Plain text of a feedparser text construct: HTML is converted, plain
    text only cleaned (so "a < b" in a plain title survives)."""
    if not value:
        return ""
    kind = (detail or {}).get("type") or "text/html"
    if "html" in kind:
        return html_to_text(str(value))
    return clean_text(str(value))


def _optional(value: Any) -> str | None:
    text = clean_text(str(value)) if value is not None else ""
    return text or None


def _bozo_reason(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "ill-formed document"
    return clean_text(f"{type(exc).__name__}: {exc}")[:500] or type(exc).__name__


def read_document(
    content: bytes, location: str, *, content_type: str | None = None
) -> _ParsedFeed:
    """Parse ``content`` with feedparser; raise ``FeedParseError`` if it is
    empty or not a feed."""
    if not content or not content.strip():
        raise FeedParseError(f"{location}: empty document")
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
        if location.startswith(("http://", "https://")):
            # Base for relative links in the feed.
            headers["content-location"] = location
    # BytesIO, never the bytes themselves: given bytes or str, feedparser
    # tries them as a file name (and a str as a URL) first.
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers or None)
    bozo = _bozo_reason(parsed)
    entries = list(parsed.get("entries") or [])
    if not entries and (bozo or not parsed.get("version")):
        reason = bozo or "no feed element (RSS, Atom, RDF or JSON Feed) found"
        raise FeedParseError(f"{location}: not a feed: {reason}")
    feed = parsed.get("feed") or {}
    title = _detail_text(feed.get("title"), feed.get("title_detail")) or None
    language = _optional(feed.get("language")) or _optional(
        (parsed.get("headers") or {}).get("content-language")
    )
    return _ParsedFeed(location, title, language, bozo, entries)


def _utc(struct: time.struct_time | None) -> dt.datetime | None:
    if not struct:
        return None
    try:
        # feedparser's *_parsed values are already UTC.
        return dt.datetime(*struct[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _content_text(entry: Any, summary: str) -> str:
    texts = [
        _detail_text(part.get("value"), part)
        for part in entry.get("content") or []
        if part.get("value")
    ]
    text = max(texts, key=len, default="")
    # feedparser copies content into summary when there is no summary; keep
    # content only when it adds something.
    if not text or text == summary or text in summary:
        return ""
    return text


def entry_to_dict(entry: Any, feed: _ParsedFeed) -> dict[str, Any]:
    """One feedparser entry as the entry dict of this module's contract."""
    summary = _detail_text(entry.get("summary"), entry.get("summary_detail"))
    language = None
    for detail in ("title_detail", "summary_detail"):
        language = language or _optional((entry.get(detail) or {}).get("language"))
    return {
        "feed": feed.location,
        "feed_title": feed.title,
        "guid": _optional(entry.get("id")),
        "link": _optional(entry.get("link")),
        "title": _detail_text(entry.get("title"), entry.get("title_detail")),
        "summary": summary,
        "content": _content_text(entry, summary),
        "published_at": _utc(entry.get("published_parsed")) or _utc(entry.get("updated_parsed")),
        "language": _optional(entry.get("language")) or language or feed.language,
        "bozo": feed.bozo,
    }


def parse_feed(
    content: bytes, location: str, *, content_type: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """(entries, bozo reason) of a fetched feed document.

    Raises ``FeedParseError`` for an empty document, for one that is not a
    feed, and for an entry that cannot be converted. A well-formed feed with
    no items gives ``([], None)``.
    """
    feed = read_document(content, location, content_type=content_type)
    entries = []
    for index, raw in enumerate(feed.entries):
        try:
            entries.append(entry_to_dict(raw, feed))
        except Exception as e:
            raise FeedParseError(f"{location}: entry {index}: {type(e).__name__}: {e}") from e
    return entries, feed.bozo


# ---------------------------------------------------------------- Beam


class ExpandFeedSpecsFn(beam.DoFn):
    """Feed spec -> feed locations; a bad spec (or a bad line of a list)
    becomes an error record."""

    def __init__(self) -> None:
        self.failed = Metrics.counter(_NAMESPACE, "feeds_failed")

    def process(self, spec: str) -> Iterator[Any]:
        problems: list[FeedSpecError] = []
        try:
            yield from expand_feed_spec(spec, on_error=problems.append)
        except Exception as e:  # a filesystem failing mid-listing
            problems.append(FeedSpecError(f"{spec}: {type(e).__name__}: {e}"))
        for problem in problems:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(
                ERRORS, error_record(spec, "expand", problem, feed=problem.location)
            )


class FetchFeedFn(beam.DoFn):
    """Feed location -> ``FetchResult``."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self.failed = Metrics.counter(_NAMESPACE, "feeds_failed")

    def process(self, location: str) -> Iterator[Any]:
        try:
            yield fetch(location, self.policy)
        except Exception as e:  # FetchError, and anything unforeseen: never stop the run
            self.failed.inc()
            record = error_record(location, "fetch", e, feed=location)
            yield beam.pvalue.TaggedOutput(ERRORS, record)


class ParseFeedFn(beam.DoFn):
    """``FetchResult`` -> entry dicts, one error record per entry that fails."""

    def __init__(self) -> None:
        self.read = Metrics.counter(_NAMESPACE, "feeds_read")
        self.entries = Metrics.counter(_NAMESPACE, "entries_read")
        self.failed = Metrics.counter(_NAMESPACE, "feeds_failed")

    def process(self, result: FetchResult) -> Iterator[Any]:
        location = result.location
        try:
            feed = read_document(result.content, location, content_type=result.content_type)
        except Exception as e:
            self.failed.inc()
            record = error_record(location, "parse", e, feed=location)
            yield beam.pvalue.TaggedOutput(ERRORS, record)
            return
        self.read.inc()
        for index, raw in enumerate(feed.entries):
            try:
                entry = entry_to_dict(raw, feed)
            except Exception as e:
                yield beam.pvalue.TaggedOutput(
                    ERRORS,
                    error_record(_entry_label(raw, location, index), "parse", e, feed=location),
                )
                continue
            self.entries.inc()
            yield entry


def _entry_label(raw: Any, location: str, index: int) -> str:
    try:
        label = raw.get("link") or raw.get("id")
    except Exception:
        label = None
    return str(label) if label else f"{location}#entry-{index}"


class ReadFeeds(beam.PTransform):
    """Feed specs -> ``{"entries": entry dicts, "errors": error records}``.

    Specs are expanded, the locations reshuffled so fetching spreads over
    workers, then each feed is fetched and parsed. Nothing is lost: every
    spec, feed and item ends in one of the two outputs.
    """

    def __init__(self, specs: Iterable[str], policy: FetchPolicy | None = None) -> None:
        super().__init__()
        self.specs = list(specs)
        self.policy = policy or FetchPolicy()

    def expand(self, pbegin: beam.pvalue.PBegin) -> dict[str, beam.PCollection]:
        expanded = (
            pbegin
            | "Specs" >> beam.Create(self.specs)
            | "ExpandSpecs"
            >> beam.ParDo(ExpandFeedSpecsFn()).with_outputs(ERRORS, main="locations")
        )
        fetched = (
            expanded.locations
            | "Reshuffle" >> beam.Reshuffle()
            | "Fetch" >> beam.ParDo(FetchFeedFn(self.policy)).with_outputs(ERRORS, main="documents")
        )
        parsed = fetched.documents | "Parse" >> beam.ParDo(ParseFeedFn()).with_outputs(
            ERRORS, main="entries"
        )
        errors = (expanded[ERRORS], fetched[ERRORS], parsed[ERRORS]) | "Errors" >> beam.Flatten()
        return {"entries": parsed.entries, "errors": errors}
