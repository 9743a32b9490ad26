"""From feed entries to article rows: canonical URLs, stable article ids,
``ARTICLES_SCHEMA`` rows, and de-duplication of the same article seen in
several feeds or several polls of one feed."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote, unquote_plus, urlsplit

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.errors import ERRORS, error_record

_NAMESPACE = "diplowatch"

# Query parameters that only say how a reader arrived, never which page they
# read. Compared case-insensitively.
TRACKING_PARAMS = frozenset({
    # Ad click identifiers: Facebook, Google (and its iOS variants and
    # DoubleClick), Microsoft, Yandex, Twitter/X, TikTok, LinkedIn.
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
    "twclid", "ttclid", "li_fat_id",
    # Instagram share ids.
    "igshid", "igsh",
    # Mailchimp campaign and recipient ids.
    "mc_cid", "mc_eid",
    # Google Analytics cross-domain linkers.
    "_ga", "_gl",
    # HubSpot e-mail tracking.
    "_hsenc", "_hsmi",
    # Twitter/X embed referrer, and news-site campaign tags: cmpid and cmp
    # (many publishers), ocid (MSN), ncid (Yahoo), smid/smtyp (NYT shares),
    # _r (NYT's old paywall counter), ito (BBC, Daily Mail), maca (Deutsche
    # Welle feeds), eref (CNN), xtor (AT Internet, French publishers).
    "ref_src", "ref_url", "cmpid", "cmp", "ocid", "ncid", "smid", "smtyp", "_r", "ito",
    "maca", "eref", "xtor",
})

# Parameter families by prefix: Google/Urchin (utm_), AT Internet / Piano as
# used by the BBC (at_), comScore (ns_), Matomo/Piwik (pk_, mtm_), HubSpot ads
# (hsa_).
TRACKING_PREFIXES = ("utm_", "at_", "ns_", "pk_", "mtm_", "hsa_")

# "ref" is a real parameter on some sites; only the feed-marker values that
# publishers add to links in their feeds are dropped ("?ref=rss").
_REF_FEED_VALUES = frozenset({"rss", "feed", "feeds", "rssfeed"})

_WHITESPACE = re.compile(r"\s")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(param: str) -> bool:
    name, _, value = param.partition("=")
    name = unquote_plus(name).strip().lower()
    if name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
        return True
    return name == "ref" and unquote_plus(value).strip().lower() in _REF_FEED_VALUES


def canonical_url(url: str) -> str:
    """The canonical form of an http(s) URL, used as the article's identity.

    Lower-case scheme and host, default port dropped, empty path made "/",
    fragment dropped (except "#!" routes, which name the page on old AJAX
    sites), tracking parameters dropped (``TRACKING_PARAMS``,
    ``TRACKING_PREFIXES``), remaining parameters sorted by name (stable, so
    repeated names keep their order) with their encoding untouched. Path case
    is kept: paths are case-sensitive.

    Anything that is not an http(s) URL with a host is returned stripped but
    otherwise unchanged. Never raises; idempotent.
    """
    s = url.strip()
    try:
        parts = urlsplit(s)
    except ValueError:
        return s
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return s
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        return s
    userinfo, at, hostport = parts.netloc.rpartition("@")
    hostport = hostport.lower()
    if port is not None or hostport.endswith(":"):
        hostport = hostport.rpartition(":")[0]
        if port is not None and port != _DEFAULT_PORTS[scheme]:
            hostport += f":{port}"
    if not hostport:
        return s
    netloc = f"{userinfo}{at}{hostport}"
    path = _escape_spaces(parts.path) or "/"
    params = [_escape_spaces(p) for p in parts.query.split("&")]
    params = [p for p in params if p and not _is_tracking(p)]
    params.sort(key=lambda p: unquote_plus(p.partition("=")[0]))
    out = f"{scheme}://{netloc}{path}"
    if params:
        out += "?" + "&".join(params)
    if parts.fragment.startswith("!"):
        out += "#" + _escape_spaces(parts.fragment)
    return out


def _escape_spaces(s: str) -> str:
    # Whitespace is not valid in a URL; escaped, "a b" and "a%20b" are one URL.
    return _WHITESPACE.sub(lambda m: quote(m.group()), s)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def article_id_for(entry: dict[str, Any]) -> str:
    """Stable id (32 hex digits of a SHA-256): of the canonical link; of the
    guid when there is no link; of feed and title (summary if untitled) as a
    last resort. A prefix keeps the three kinds of keys from colliding."""
    link = (entry.get("link") or "").strip()
    if link:
        return _digest("url:" + canonical_url(link))
    guid = (entry.get("guid") or "").strip()
    if guid:
        return _digest("guid:" + guid)
    # An untitled item is told apart by its summary, so that untitled items
    # of one feed are not all taken for one article.
    text = entry.get("title") or entry.get("summary") or ""
    return _digest(f"feed:{entry.get('feed') or ''}\ntitle:{text}")


def _as_utc(value: dt.datetime | None, field: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{field} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None:
        raise ValueError(f"{field} must be timezone-aware")
    return value.astimezone(dt.UTC)


def to_article(entry: dict[str, Any], ingested_at: dt.datetime) -> dict[str, Any]:
    """An ``ARTICLES_SCHEMA`` row (every field present) for one entry dict."""
    feed = entry.get("feed")
    if not feed:
        raise ValueError("entry has no feed")
    link = (entry.get("link") or "").strip() or None
    row = {
        "article_id": article_id_for(entry),
        "url": canonical_url(link) if link else None,
        "link": link,
        "guid": entry.get("guid") or None,
        "feed": feed,
        "feed_title": entry.get("feed_title") or None,
        "title": entry.get("title") or "",
        "summary": entry.get("summary") or "",
        "content": entry.get("content") or "",
        "language": entry.get("language") or None,
        "published_at": _as_utc(entry.get("published_at"), "published_at"),
        "ingested_at": _as_utc(ingested_at, "ingested_at"),
        "duplicates": 0,
        # Set by FetchArticles (--fetch-articles); null otherwise.
        "body_text": None,
        "author": None,
        "page_date": None,
        "extracted_by": None,
        "fetch_status": None,
        "detected_language": None,
        "coding_skipped": None,
    }
    return row


class _NormalizeFn(beam.DoFn):
    def __init__(self, ingested_at: dt.datetime | None) -> None:
        self.fixed_ingested_at = ingested_at
        self.normalized = Metrics.counter(_NAMESPACE, "articles_normalized")

    def start_bundle(self) -> None:
        self.ingested_at = self.fixed_ingested_at or dt.datetime.now(dt.UTC)

    def process(self, entry: dict[str, Any]) -> Iterator[Any]:
        try:
            article = to_article(entry, self.ingested_at)
        except Exception as e:
            fields = entry if isinstance(entry, dict) else {}
            label = fields.get("link") or fields.get("guid") or fields.get("feed") or repr(entry)
            feed = fields.get("feed")
            yield beam.pvalue.TaggedOutput(ERRORS, error_record(label, "normalize", e, feed=feed))
            return
        self.normalized.inc()
        yield article


class NormalizeArticles(beam.PTransform):
    """Entry dicts -> ``{"articles": article rows, "errors": error records}``.

    ``ingested_at`` fixes the ingestion time (tests, replays); by default it is
    the time the bundle is processed.
    """

    def __init__(self, ingested_at: dt.datetime | None = None) -> None:
        super().__init__()
        self.ingested_at = ingested_at

    def expand(self, entries: beam.PCollection) -> dict[str, beam.PCollection]:
        result = entries | "ToArticle" >> beam.ParDo(_NormalizeFn(self.ingested_at)).with_outputs(
            ERRORS, main="articles"
        )
        return {"articles": result.articles, "errors": result[ERRORS]}


_FAR_FUTURE = dt.datetime.max.replace(tzinfo=dt.UTC)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)
# The fields of to_article's rows, in order, and the datetime ones among them.
ARTICLE_FIELDS = tuple(to_article({"feed": "-"}, _EPOCH))
_TIME_FIELDS = frozenset(("published_at", "ingested_at"))


def pack_article(article: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
    """An article row as the tuple of its values, UTC datetimes as epoch
    microseconds, to cross a grouping: Beam's default coder encodes a dict
    key by key and pickles every datetime on its own, which made the
    grouping of articles cost more than the grouping itself. A row with
    other fields (or a datetime in another zone) is returned as it is;
    ``unpack_article`` reverses both exactly."""
    if tuple(article) != ARTICLE_FIELDS:
        return article
    values = []
    for name, value in article.items():
        if name in _TIME_FIELDS and value is not None:
            if value.tzinfo is not dt.UTC or value.fold:
                return article
            value = (value - _EPOCH) // _MICROSECOND
        values.append(value)
    return tuple(values)


def unpack_article(packed: tuple[Any, ...] | dict[str, Any]) -> dict[str, Any]:
    if isinstance(packed, dict):
        return packed
    article = dict(zip(ARTICLE_FIELDS, packed, strict=True))
    for name in _TIME_FIELDS:
        micros = article[name]
        if micros is not None:
            article[name] = _EPOCH + micros * _MICROSECOND
    return article


def _preference(article: dict[str, Any]) -> tuple[Any, ...]:
    """Sort key of copies of one article, best first: earliest publication
    (undated last), then most content, then the first feed and link in
    lexical order, then earliest ingestion; the title and summary settle
    copies that differ only there."""
    return (
        article.get("published_at") or _FAR_FUTURE,
        -len(article.get("content") or ""),
        -len(article.get("summary") or ""),
        article.get("feed") or "",
        article.get("link") or "",
        article.get("guid") or "",
        article.get("ingested_at") or _FAR_FUTURE,
        article.get("title") or "",
        article.get("summary") or "",
    )


def choose(copies: list[dict[str, Any]]) -> tuple[int, int]:
    """Which copy of one article to keep (its index, by ``_preference``) and
    its ``duplicates``: the number of copies dropped, counting those an
    earlier de-duplication dropped."""
    if len(copies) == 1:
        # The common case: nothing to choose and nothing dropped.
        return 0, copies[0].get("duplicates") or 0
    best = min(range(len(copies)), key=lambda i: _preference(copies[i]))
    earlier = sum(c.get("duplicates") or 0 for c in copies)
    return best, earlier + len(copies) - 1


def representative(copies: list[dict[str, Any]]) -> dict[str, Any]:
    """The copy of one article to keep, with its ``duplicates`` (``choose``)."""
    best, duplicates = choose(copies)
    return {**copies[best], "duplicates": duplicates}


class PickRepresentativeFn(beam.DoFn):
    """(article_id, copies) -> the copy to keep; counts what it drops."""

    def __init__(self) -> None:
        self.dropped = Metrics.counter(_NAMESPACE, "duplicates_dropped")
        self.unique = Metrics.counter(_NAMESPACE, "articles_unique")

    def keep(self, copies: list[dict[str, Any]]) -> dict[str, Any]:
        self.dropped.inc(len(copies) - 1)
        self.unique.inc()
        return representative(copies)

    def process(self, keyed: tuple[str, Iterable[Any]]) -> Iterator[dict[str, Any]]:
        _, copies = keyed
        yield self.keep([unpack_article(copy) for copy in copies])


class DeduplicateArticles(beam.PTransform):
    """One row per ``article_id`` (per window), its ``duplicates`` the number
    of copies dropped.

    Key + GroupByKey with a deterministic choice, rather than Beam's
    DeduplicatePerKey (stateful, and it would force a slower runner). In a
    non-global window each window is de-duplicated on its own.
    """

    def expand(self, articles: beam.PCollection) -> beam.PCollection:
        return (
            articles
            | "KeyById" >> beam.Map(lambda a: (a["article_id"], pack_article(a)))
            | "GroupById" >> beam.GroupByKey()
            | "PickOne" >> beam.ParDo(PickRepresentativeFn())
        )
