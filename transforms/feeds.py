"""Reading feeds: ``parse_feed`` turns a fetched document into entry dicts and
``ReadFeeds`` is the Beam composite from feed specs to entries and errors.

feedparser only ever sees bytes already fetched by ``transforms.fetch`` (it
would otherwise fetch URLs and open paths itself, without our limits), with
the response's Content-Type so it can pick the right character encoding, and
through ``transforms.safe_feedparser`` (no entity expansion, no external
references, repaired encodings, a cap on entries).

Entry dict, one per feed item::

    feed          str         feed URL or path it came from
    feed_title    str | None  plain text
    guid          str | None  <guid> / <id>
    link          str | None  http(s) link as the feed gave it (resolved against
                              the feed URL), or a relative one; links with
                              another scheme (file:, ftp:, javascript: ...) are
                              dropped: nothing downstream may follow them
    title         str         plain text, "" if none
    summary       str         plain text of <description> / <summary>
    content       str         plain text of content:encoded / Atom <content>
                              when it adds to the summary, else ""
    published_at  datetime | None  tz-aware UTC; published, else updated
    language      str | None  the entry's language, else the feed's
    bozo          str | None  why the document was ill-formed or was changed

Text fields are cut to the limits of ``ParsePolicy`` (cut text ends with
"…"); markup, scripts and control characters are removed from all of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.errors import ERRORS, error_record
from transforms.fast_feeds import parse_rss20
from transforms.feed_sources import FeedSpecError, expand_feed_spec
from transforms.fetch import FetchPolicy, FetchResult, fetch
from transforms.safe_feedparser import DEFAULT_MAX_ENTRIES, parse_bytes
from transforms.text import clean_text, html_to_text, text_to_plain, truncate

_NAMESPACE = "diplowatch"

# Limits of fields ParsePolicy does not set: identifiers and short labels.
MAX_LINK_CHARS = 4_096  # longer links are dropped (no real article URL is that long)
MAX_GUID_CHARS = 4_096
MAX_FEED_TITLE_CHARS = 1_000
MAX_LANGUAGE_CHARS = 35  # the longest sensible BCP 47 tag
MAX_BOZO_CHARS = 1_000
# Markup is cut before it is converted, at this many times a field's limit
# (at least _MIN_RAW_CHARS), so a 5 MB title is not converted in full.
_RAW_FACTOR = 8
_MIN_RAW_CHARS = 64 * 1024


@dataclasses.dataclass(frozen=True)
class ParsePolicy:
    """Limits of one parsed feed. Entries beyond ``max_entries`` are dropped
    (and reported in one error record); text beyond a limit is cut."""

    max_entries: int = DEFAULT_MAX_ENTRIES
    max_title_chars: int = 1_000
    max_summary_chars: int = 20_000
    max_content_chars: int = 200_000


class FeedParseError(ValueError):
    """The document is empty or is not a feed."""


class _ParsedFeed:
    """A parsed document: feed-level fields and the raw feedparser entries."""

    def __init__(self, location: str, title: str | None, language: str | None,
                 bozo: str | None, entries: list[Any], entries_over_limit: int = 0) -> None:
        self.location = location
        self.title = title
        self.language = language
        self.bozo = bozo
        self.entries = entries
        self.entries_over_limit = entries_over_limit


# FeedParserDict.get maps old key names (guid, description, ...) to new ones,
# at a few microseconds a call; entry_to_dict asks only for keys it does not
# map (updated_parsed excepted), so the plain dict lookup returns the same.
_get = dict.get


def _detail_text(value: Any, detail: Any, limit: int) -> str:
    """Plain text of a feedparser text construct: HTML is converted, plain
    text cleaned (and converted too when it carries tags anyway)."""
    if not value:
        return ""
    raw = str(value)
    raw = raw[: max(limit * _RAW_FACTOR, _MIN_RAW_CHARS)]
    kind = _get(detail or {}, "type") or "text/html"
    text = html_to_text(raw) if "html" in kind else text_to_plain(raw)
    return truncate(text, limit)


def _optional(value: Any, limit: int) -> str | None:
    text = clean_text(str(value)[: limit * 2]) if value is not None else ""
    return truncate(text, limit) or None


def _link(value: Any) -> str | None:
    """The entry's link if it is http(s) or relative and not absurdly long."""
    link = _optional(value, MAX_LINK_CHARS + 1)
    if link is None or len(link) > MAX_LINK_CHARS:
        return None
    try:
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return None
    return link if scheme in ("", "http", "https") else None


def read_document(
    content: bytes,
    location: str,
    *,
    content_type: str | None = None,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    fast_path: bool = True,
) -> _ParsedFeed:
    """Parse ``content``; raise ``FeedParseError`` if it is empty or not a feed.

    Well-formed RSS 2.0 goes through ``transforms.fast_feeds`` (the same
    result as feedparser's, faster); everything it declines, or everything
    when ``fast_path`` is false, through feedparser."""
    if not content or not content.strip():
        raise FeedParseError(f"{location}: empty document")
    base_url = location if location.startswith(("http://", "https://")) else None
    parsed = parse_rss20(content, content_type=content_type, base_url=base_url,
                         max_entries=max_entries) if fast_path else None
    if parsed is None:
        parsed = parse_bytes(content, content_type=content_type, base_url=base_url,
                             max_entries=max_entries)
    bozo = truncate(clean_text("; ".join(parsed.notes)), MAX_BOZO_CHARS) or None
    if not parsed.entries and not parsed.entries_over_limit and not (
        parsed.version and parsed.well_formed
    ):
        reason = bozo or "no feed element (RSS, Atom, RDF or JSON Feed) found"
        raise FeedParseError(f"{location}: not a feed: {reason}")
    feed = parsed.feed or {}
    title = _detail_text(feed.get("title"), feed.get("title_detail"), MAX_FEED_TITLE_CHARS)
    language = _optional(feed.get("language"), MAX_LANGUAGE_CHARS)
    return _ParsedFeed(location, title or None, language, bozo, parsed.entries,
                       parsed.entries_over_limit)


def _utc(struct: time.struct_time | None) -> dt.datetime | None:
    if not struct:
        return None
    try:
        # feedparser's *_parsed values are already UTC.
        return dt.datetime(*struct[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _content_text(entry: Any, summary: str, limit: int) -> str:
    texts = [
        _detail_text(_get(part, "value"), part, limit)
        for part in _get(entry, "content") or []
        if _get(part, "value")
    ]
    text = max(texts, key=len, default="")
    # feedparser copies content into summary when there is no summary: the
    # copy is still the item's full text (it must not be fetched again with
    # --fetch-articles, and coding skips a summary its content repeats). A
    # content that is only part of the summary adds nothing.
    if not text or (text != summary and text in summary):
        return ""
    return text


def entry_to_dict(
    entry: Any, feed: _ParsedFeed, policy: ParsePolicy | None = None
) -> dict[str, Any]:
    """One feedparser entry as the entry dict of this module's contract."""
    policy = policy or ParsePolicy()
    summary_detail = _get(entry, "summary_detail")
    title_detail = _get(entry, "title_detail")
    summary = _detail_text(_get(entry, "summary"), summary_detail, policy.max_summary_chars)
    language = None
    for detail in (title_detail, summary_detail):
        language = language or _optional(_get(detail or {}, "language"), MAX_LANGUAGE_CHARS)
    return {
        "feed": feed.location,
        "feed_title": feed.title,
        "guid": _optional(_get(entry, "id"), MAX_GUID_CHARS),
        "link": _link(_get(entry, "link")),
        "title": _detail_text(_get(entry, "title"), title_detail, policy.max_title_chars),
        "summary": summary,
        "content": _content_text(entry, summary, policy.max_content_chars),
        # Through FeedParserDict.get: a missing updated_parsed falls back to
        # published_parsed there.
        "published_at": _utc(_get(entry, "published_parsed")) or _utc(
            entry.get("updated_parsed")),
        "language": _optional(_get(entry, "language"), MAX_LANGUAGE_CHARS) or language
        or feed.language,
        "bozo": feed.bozo,
    }


def parse_feed(
    content: bytes,
    location: str,
    *,
    content_type: str | None = None,
    policy: ParsePolicy | None = None,
    fast_path: bool = True,
) -> tuple[list[dict[str, Any]], str | None]:
    """(entries, bozo reason) of a fetched feed document.

    Raises ``FeedParseError`` for an empty document, for one that is not a
    feed, and for an entry that cannot be converted. A well-formed feed with
    no items gives ``([], None)``. Entries beyond ``policy.max_entries`` are
    left out (``ReadFeeds`` reports them). ``fast_path=False`` forces
    feedparser (see ``read_document``).
    """
    policy = policy or ParsePolicy()
    feed = read_document(content, location, content_type=content_type,
                         max_entries=policy.max_entries, fast_path=fast_path)
    entries = []
    for index, raw in enumerate(feed.entries):
        try:
            entries.append(entry_to_dict(raw, feed, policy))
        except Exception as e:
            raise FeedParseError(f"{location}: entry {index}: {type(e).__name__}: {e}") from e
    return entries, feed.bozo


class TooManyEntries(Exception):
    """A feed had more entries than ``ParsePolicy.max_entries``."""


# ---------------------------------------------------------------- Beam
#
# Counters (namespace "diplowatch") and how they add up:
#   specs_failed      spec problems (a missing file, a bad line of a list)
#   feeds_listed      feed locations the specs named
#                     == feeds_read + feeds_failed
#   feeds_failed      locations that could not be fetched or parsed
#   entries_found     entries in the documents read
#                     == entries_read + entries_failed + entries_over_limit
#   entries_read      entry dicts emitted
#   entries_failed    entries that could not be converted (one error each)
#   entries_over_limit entries beyond ParsePolicy.max_entries (one error per feed)
#   feeds_bozo        feeds read although ill-formed or repaired
# Every failure above has an error record on the "errors" output.


def _printable(location: str) -> str:
    """A location safe to write as UTF-8 (a file name that is not valid
    UTF-8 arrives with lone surrogates)."""
    return location.encode("utf-8", "backslashreplace").decode("utf-8")


class ExpandFeedSpecsFn(beam.DoFn):
    """Feed spec -> feed locations; a bad spec (or a bad line of a list)
    becomes an error record."""

    def __init__(self) -> None:
        self.failed = Metrics.counter(_NAMESPACE, "specs_failed")
        self.listed = Metrics.counter(_NAMESPACE, "feeds_listed")
        self.feeds_failed = Metrics.counter(_NAMESPACE, "feeds_failed")

    def process(self, spec: str) -> Iterator[Any]:
        problems: list[FeedSpecError] = []
        try:
            for location in expand_feed_spec(spec, on_error=problems.append):
                self.listed.inc()
                if _printable(location) != location:
                    self.feeds_failed.inc()
                    yield beam.pvalue.TaggedOutput(ERRORS, error_record(
                        _printable(location), "expand",
                        "file name is not valid UTF-8", error_class="BadFileName",
                        feed=_printable(location)))
                    continue
                yield location
        except Exception as e:  # a filesystem failing mid-listing
            problems.append(FeedSpecError(f"{spec}: {type(e).__name__}: {e}"))
        for problem in problems:
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(
                ERRORS, error_record(_printable(spec), "expand", _printable(str(problem)),
                                     error_class=type(problem).__name__,
                                     feed=problem.location and _printable(problem.location))
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
            reason = getattr(e, "reason", None)
            # The reason code first ("[timeout] ..."), so records can be grouped by it.
            message = f"[{reason}] {e}" if reason else e
            record = error_record(location, "fetch", message, feed=location,
                                  error_class=type(e).__name__)
            yield beam.pvalue.TaggedOutput(ERRORS, record)


class ParseFeedFn(beam.DoFn):
    """``FetchResult`` -> entry dicts, streamed one at a time; an error
    record for a document that is not a feed, for each entry that fails and
    for the entries beyond the policy's limit."""

    def __init__(self, policy: ParsePolicy | None = None) -> None:
        self.policy = policy or ParsePolicy()
        self.read = Metrics.counter(_NAMESPACE, "feeds_read")
        self.bozo = Metrics.counter(_NAMESPACE, "feeds_bozo")
        self.found = Metrics.counter(_NAMESPACE, "entries_found")
        self.entries = Metrics.counter(_NAMESPACE, "entries_read")
        self.entries_failed = Metrics.counter(_NAMESPACE, "entries_failed")
        self.over_limit = Metrics.counter(_NAMESPACE, "entries_over_limit")
        self.failed = Metrics.counter(_NAMESPACE, "feeds_failed")

    def process(self, result: FetchResult) -> Iterator[Any]:
        location = result.location
        try:
            feed = read_document(result.content, location, content_type=result.content_type,
                                 max_entries=self.policy.max_entries)
        except Exception as e:
            self.failed.inc()
            record = error_record(location, "parse", e, feed=location)
            yield beam.pvalue.TaggedOutput(ERRORS, record)
            return
        del result  # the body is no longer needed while entries stream out
        self.read.inc()
        if feed.bozo:
            self.bozo.inc()
        raws, feed.entries = feed.entries, []
        self.found.inc(len(raws) + feed.entries_over_limit)
        raws.reverse()  # pop() from the end: each raw entry is freed once converted
        index = 0
        while raws:
            raw = raws.pop()
            try:
                entry = entry_to_dict(raw, feed, self.policy)
            except Exception as e:
                self.entries_failed.inc()
                yield beam.pvalue.TaggedOutput(
                    ERRORS,
                    error_record(_entry_label(raw, location, index), "parse", e, feed=location),
                )
            else:
                self.entries.inc()
                yield entry
            index += 1
        if feed.entries_over_limit:
            self.over_limit.inc(feed.entries_over_limit)
            error = TooManyEntries(
                f"{location}: {feed.entries_over_limit} entries beyond the limit of "
                f"{self.policy.max_entries} per feed were dropped (ParsePolicy.max_entries)"
            )
            yield beam.pvalue.TaggedOutput(ERRORS, error_record(location, "parse", error,
                                                                feed=location))


def _entry_label(raw: Any, location: str, index: int) -> str:
    try:
        label = raw.get("link") or raw.get("id")
    except Exception:
        label = None
    return clean_text(str(label))[:MAX_LINK_CHARS] if label else f"{location}#entry-{index}"


class ReadFeeds(beam.PTransform):
    """Feed specs -> ``{"entries": entry dicts, "errors": error records}``.

    Specs are expanded, the locations reshuffled so fetching spreads over
    workers, then each feed is fetched and parsed. Nothing is lost: every
    spec, feed and item ends in one of the two outputs (see the counters
    above for how the numbers add up).
    """

    def __init__(
        self,
        specs: Iterable[str],
        policy: FetchPolicy | None = None,
        parse_policy: ParsePolicy | None = None,
    ) -> None:
        super().__init__()
        self.specs = list(specs)
        self.policy = policy or FetchPolicy()
        self.parse_policy = parse_policy or ParsePolicy()

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
        parsed = fetched.documents | "Parse" >> beam.ParDo(
            ParseFeedFn(self.parse_policy)
        ).with_outputs(ERRORS, main="entries")
        errors = (expanded[ERRORS], fetched[ERRORS], parsed[ERRORS]) | "Errors" >> beam.Flatten()
        return {"entries": parsed.entries, "errors": errors}
