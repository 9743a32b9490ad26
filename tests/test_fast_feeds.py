"""The RSS 2.0 fast path (transforms.fast_feeds) against feedparser: wherever
the fast path takes a document, ``parse_feed`` / ``read_document`` answer
exactly as with ``fast_path=False`` (entries field for field, bozo reason,
entries over the limit, errors). The shared corpora are skipped when ../shared
is absent; the generated and hand-written feeds always run."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import apache_beam as beam
import feedparser.api
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transforms.feeds as feeds
from bench.throughput import ITEMS_PER_FEED, write_feeds
from transforms.fast_feeds import _END_HANDLERS, _START_HANDLERS, decline_reason, parse_rss20
from transforms.feeds import (
    FeedParseError,
    ParsePolicy,
    ReadFeeds,
    entry_to_dict,
    parse_feed,
    read_document,
)
from transforms.fetch import FetchPolicy, FetchResult

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "feeds"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
REPLAY = CORPORA / "replay"
FEEDPARSER_TESTS = CORPORA / "feedparser-tests"
MISC = CORPORA / "feeds-misc"
URL = "https://news.example.org/world/rss.xml"

needs_shared = pytest.mark.skipif(not REPLAY.is_dir(), reason="shared corpora not available")


def _outcome(content: bytes, location: str, fast: bool, **kwargs: Any) -> Any:
    try:
        return parse_feed(content, location, fast_path=fast, **kwargs)
    except FeedParseError as e:
        return ("FeedParseError", str(e))


def _first_difference(fast: Any, slow: Any) -> str:
    if not (isinstance(fast, tuple) and isinstance(slow, tuple) and isinstance(fast[0], list)
            and isinstance(slow[0], list)):
        return f"{fast!r:.300} != {slow!r:.300}"
    if fast[1] != slow[1]:
        return f"bozo {fast[1]!r} != {slow[1]!r}"
    if len(fast[0]) != len(slow[0]):
        return f"{len(fast[0])} entries != {len(slow[0])}"
    for index, (a, b) in enumerate(zip(fast[0], slow[0], strict=True)):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return f"entry {index} {key}: {a.get(key)!r:.200} != {b.get(key)!r:.200}"
    return "equal"


def assert_same(content: bytes, location: str, *, content_type: str | None = None,
                policy: ParsePolicy | None = None) -> bool:
    """Both paths give the same answer; True when the fast path took it."""
    policy = policy or ParsePolicy()
    base_url = location if location.startswith(("http://", "https://")) else None
    taken = bool(content.strip()) and parse_rss20(
        content, content_type=content_type, base_url=base_url,
        max_entries=policy.max_entries) is not None
    fast = _outcome(content, location, True, content_type=content_type, policy=policy)
    slow = _outcome(content, location, False, content_type=content_type, policy=policy)
    assert fast == slow, f"{location}: {_first_difference(fast, slow)}"
    return taken


def _document(location: str, content: bytes, fast: bool, max_entries: int) -> Any:
    policy = ParsePolicy(max_entries=max_entries)
    feed = read_document(content, location, max_entries=max_entries, fast_path=fast)
    return (feed.title, feed.language, feed.bozo, feed.entries_over_limit,
            [entry_to_dict(raw, feed, policy) for raw in feed.entries])


def rss(items: str, channel: str = "<title>t</title>", attrs: str = "",
        namespaces: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<rss version="2.0"{namespaces}{attrs}><channel>{channel}{items}</channel></rss>'
    ).encode()


NS = (' xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
      ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
      ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:wsj="http://dowjones.net/rss/"'
      ' xmlns:dj="http://dowjones.net/rss/"')


# ------------------------------------------------------------ handler tables

def test_replayed_handlers_are_feedparsers_handlers():
    """Every replayed start/end handler exists in feedparser, and an element
    has a replayed end handler exactly when feedparser has one (a feedparser
    upgrade that adds or drops one fails here)."""
    cls = feedparser.api.StrictFeedParser
    for name in _START_HANDLERS:
        assert hasattr(cls, "_start_" + name), name
        assert hasattr(cls, "_end_" + name) == (name in _END_HANDLERS), name
    for name in _END_HANDLERS:
        assert hasattr(cls, "_end_" + name), name


# ------------------------------------------------------------ hand-written

TAKEN_CASES = {
    "cdata and entities": rss(
        "<item><title><![CDATA[A & B <i>c</i>]]></title><description>x &amp;amp; "
        "&lt;p&gt;para&lt;/p&gt; &#150; &#x2014; \u00e9</description>"
        "<link>https://a.example/1?x=1&amp;y=2</link></item>"),
    "second description becomes content": rss(
        "<item><title>t</title><description>short</description>"
        "<description>the longer second text</description></item>"),
    "media description after description": rss(
        "<item><title>t</title><description>one</description>"
        "<media:description>two &lt;b&gt;</media:description></item>", namespaces=NS),
    "content encoded then description": rss(
        "<item><content:encoded><![CDATA[<p>full text</p>]]></content:encoded>"
        "<description>sum</description></item>", namespaces=NS),
    "only content encoded": rss(
        "<item><content:encoded><![CDATA[<p>full <b>text</b></p>]]></content:encoded>"
        "</item>", namespaces=NS),
    "channel content leaks hasContent": rss(
        "<item><description>a</description><description>b</description></item>",
        channel="<title>c</title><content:encoded>x</content:encoded>", namespaces=NS),
    "permalink guid is the link": rss(
        '<item><title>g</title><guid isPermaLink="true">https://a.example/p</guid></item>'
        '<item><title>h</title><guid>rel/path</guid></item>'
        '<item><title>i</title><guid isPermaLink="false">rel/id</guid></item>'),
    "link before and after guid": rss(
        '<item><link>https://a.example/l</link><guid>https://a.example/g</guid></item>'
        '<item><guid>https://a.example/g</guid><link>https://a.example/l</link></item>'),
    "atom links": rss(
        '<item><title>x</title><atom:link rel="standout" href="https://a.example/s"/>'
        '<atom:link href="/alt"/><atom:link rel="alternate" type="text/plain" href="/p"/>'
        "</item>", namespaces=NS),
    "xml:base and relative links": rss(
        '<item xml:base="https://b.example/dir/"><title>x</title><link>page.html</link>'
        '<guid>g/1</guid></item><item><link>../up.html</link></item>',
        attrs=' xml:base="https://a.example/root/"'),
    "javascript base is ignored": rss(
        "<item><link>page.html</link></item>", attrs=' xml:base="javascript:alert(1)"'),
    "languages": rss(
        '<item xml:lang="de"><title>x</title><description xml:lang="fr_CA">d</description>'
        '</item><item><dc:language>es</dc:language><title>y</title></item>'
        "<item><title>z</title></item>",
        channel="<title>c</title><language>en-us</language>", namespaces=NS,
        attrs=' xml:lang="en_GB"'),
    "source resets the title depth": rss(
        '<item><title>first</title><source url="https://s.example/">Src</source>'
        "<title>second</title></item>"),
    "media titles": rss(
        "<item><media:title>m</media:title><title>t</title></item>"
        "<item><title>t</title><media:title>m</media:title></item>"
        "<item><media:group><media:title>g</media:title></media:group></item>"
        "<item><title></title><media:title>m</media:title></item>", namespaces=NS),
    "later declarations that rename nothing": rss(
        '<item><a xmlns:p="urn:p"><p:b xmlns:q="urn:q">x</p:b><q:c xmlns:q="urn:q"/></a>'
        '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="alternate" href="/x"/>'
        "<title>t</title></item>"),
    "nested unknown elements": rss(
        "<item><foo><title>deep</title></foo><title>shallow</title></item>"
        "<item><wsj:articletype>News</wsj:articletype><dj:x a='1'>y</dj:x>"
        "<bar b='2'/><title>t</title></item>", namespaces=NS),
    "typed and base64 text": rss(
        '<item><title type="html">&lt;b&gt;t&lt;/b&gt;</title>'
        '<description type="application/octet-stream">aGVsbG8gPGI+d29ybGQ8L2I+</description>'
        '</item><item><description type="xhtml">a &amp; b &lt;i&gt;</description>'
        '<title type="text">x &lt;b&gt;y&lt;/b&gt;</title></item>'),
    "html-looking plain titles": rss(
        "<item><title>A &lt;b&gt;bold&lt;/b&gt; move &amp;amp; more</title></item>"
        "<item><title>x &lt; y &amp;&amp; z</title></item>"
        "<item><title>&lt;blink&gt;no&lt;/blink&gt;</title></item>"
        "<item><title>caf&amp;eacute; &amp;bogus;</title></item>"),
    "cp1252 and mojibake": rss(
        "<item><title>\u0093quoted\u0094 \u0096 dash</title>"
        "<description>Caf\u00c3\u00a9 na\u00c3\u00afve</description></item>"),
    "dates": rss(
        "<item><title>a</title><pubDate>Mon, 20 Apr 2020 21:37:00 GMT</pubDate>"
        "<dc:date>2020-04-21T10:00:00+02:00</dc:date></item>"
        "<item><title>b</title><dc:date>2020-04-21T10:00:00Z</dc:date></item>"
        "<item><title>c</title><pubDate>not a date</pubDate></item>"
        "<item><title>d</title><lastBuildDate>Tue, 21 Apr 2020 01:02:03 +0100"
        "</lastBuildDate><pubDate></pubDate></item>", namespaces=NS),
    "comments processing instructions and whitespace": rss(
        "<item><title>  a<!-- c --> b <?pi x?>c\n\t </title>"
        "<description>\n  x\r\n  y  </description><!-- between --></item>"),
    "categories enclosures credits": rss(
        '<item><title>t</title><category domain="d">Cat</category>'
        '<enclosure url="https://a.example/e.mp3" type="audio/mpeg" length="1"/>'
        '<media:content url="https://a.example/i.jpg" medium="image"><media:credit>C'
        "</media:credit></media:content><dc:creator>Ann</dc:creator>"
        "<comments>https://a.example/c</comments></item>", namespaces=NS),
    "image and channel fields": rss(
        "<item><title>t</title></item>",
        channel="<image><url>https://a.example/i.png</url><title>img</title>"
        "<link>https://a.example/</link></image><title>after image</title>"
        "<atom:link rel='self' href='https://a.example/feed'/>", namespaces=NS),
    "empty items and empty fields": rss(
        "<item/><item><title/><description/><link/><guid/></item>"),
    "declared latin-1": (
        b'<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel>'
        b"<title>t</title><item><title>caf\xe9</title></item></channel></rss>"),
    "control characters removed": rss("<item><title>a\x0bb\x01c</title></item>"),
    "invalid utf-8 repaired": rss("<item><title>ok \u00e9</title></item>").replace(
        b"ok", b"ok \xff"),
    "utf-8 bom": b"\xef\xbb\xbf" + rss("<item><title>bom</title></item>"),
}

DECLINED_CASES = {
    "doctype": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]>'
                b'<rss version="2.0"><channel><item><title>&e;</title></item>'
                b"</channel></rss>"),
    "undefined entity": rss("<item><title>&nbsp;</title></item>"),
    "rss 0.91": rss("<item><title>t</title></item>").replace(b'"2.0"', b'"0.91"'),
    "no version": rss("<item><title>t</title></item>").replace(b' version="2.0"', b""),
    "atom": (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
             b"<entry><title>e</title></entry></feed>"),
    "element inside a title": rss("<item><title>a <b>bold</b></title></item>"),
    "element inside a link": rss("<item><link><x/>https://a.example/</link></item>"),
    "itunes summary": rss(
        "<item><itunes:summary>s</itunes:summary></item>",
        namespaces=' xmlns:itunes="http://www.itunes.com/DTDs/PodCast-1.0.dtd"'),
    "textinput": rss("<item><title>t</title></item>",
                     channel="<textInput><title>x</title></textInput>"),
    "image in item": rss("<item><image><url>u</url></image></item>"),
    "namespaced attribute": rss(
        '<item><title x:a="1">t</title></item>', namespaces=' xmlns:x="urn:x"'),
    "non-ascii element name": rss("<item><t\u00eftle>t</t\u00eftle></item>"),
    "reserved generic name": rss("<item><title_detail>x</title_detail></item>"),
    "item attributes": rss('<item href="https://a.example/"><title>t</title></item>'),
    "not well-formed": rss("<item><title>t</item>"),
    "utf-16": rss("<item><title>t</title></item>").decode().replace(
        "UTF-8", "UTF-16").encode("utf-16"),
    "html": b"<html><body><p>not a feed</p></body></html>",
    # feedparser names <a> "a" at its start and "p:a" at its end
    "renamed by a later declaration": rss(
        '<item><a xmlns="urn:u"><p:b xmlns:p="urn:u">x</p:b></a><title>t</title></item>'),
}


@pytest.mark.parametrize("name", sorted(TAKEN_CASES))
def test_hand_written_feeds_take_the_fast_path_and_match(name):
    content = TAKEN_CASES[name]
    assert assert_same(content, "feeds/case.xml"), "declined"
    assert assert_same(content, URL), "declined with a base URL"
    assert assert_same(content, URL, content_type="text/xml"), "declined with text/xml"


@pytest.mark.parametrize("name", sorted(DECLINED_CASES))
def test_documents_the_fast_path_does_not_replay_are_declined(name):
    content = DECLINED_CASES[name]
    assert not assert_same(content, "feeds/case.xml")
    assert not assert_same(content, URL)


def test_the_fast_path_gives_what_feedparser_gives_on_a_known_feed():
    """Not only equal to feedparser: the fields are the expected ones."""
    entries, bozo = parse_feed(TAKEN_CASES["permalink guid is the link"], URL)
    assert bozo is None
    assert [(e["title"], e["guid"], e["link"]) for e in entries] == [
        ("g", "https://a.example/p", "https://a.example/p"),
        ("h", "https://news.example.org/world/rel/path",
         "https://news.example.org/world/rel/path"),
        ("i", "rel/id", None),
    ]
    entries, _ = parse_feed(TAKEN_CASES["second description becomes content"], URL)
    assert (entries[0]["summary"], entries[0]["content"]) == ("short", "the longer second text")


def test_parse_feed_uses_the_fast_path_by_default(monkeypatch):
    def no_feedparser(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("feedparser was used")

    monkeypatch.setattr(feeds, "parse_bytes", no_feedparser)
    entries, bozo = parse_feed(TAKEN_CASES["dates"], URL)
    assert len(entries) == 4 and bozo is None
    with pytest.raises(AssertionError, match="feedparser was used"):
        parse_feed(TAKEN_CASES["dates"], URL, fast_path=False)
    with pytest.raises(AssertionError, match="feedparser was used"):
        parse_feed(DECLINED_CASES["rss 0.91"], URL)


def test_entries_over_the_limit_are_counted_the_same():
    content = rss("".join(f"<item><title>t{i}</title><guid>g{i}</guid></item>"
                          for i in range(7)))
    assert parse_rss20(content, max_entries=3) is not None
    fast = _document("f.xml", content, True, 3)
    assert fast == _document("f.xml", content, False, 3)
    assert fast[3] == 4 and [e["title"] for e in fast[4]] == ["t0", "t1", "t2"]
    assert assert_same(content, "f.xml", policy=ParsePolicy(max_entries=3))


@pytest.mark.parametrize("content", [b"", b"   \n ", b"<html><p>x</p></html>",
                                     b'<rss version="2.0"><channel>'])
def test_feed_parse_errors_are_unchanged(content):
    fast = _outcome(content, "x.xml", True)
    assert fast == _outcome(content, "x.xml", False)
    assert fast[0] == "FeedParseError"


# ------------------------------------------------------------ generated

ODD_ITEMS = [
    {"title": "Markup <b>bold</b> & <i>it</i>",
     "summary": "<p>Para one.</p><p>Two &amp; three</p>", "link": "https://a.example/1?a=1&b=2",
     "guid": "g1", "published": "Mon, 20 Apr 2020 21:37:00 GMT"},
    {"title": "Entities &eacute; &#233; &nbsp; &bogus;", "summary": "&lt;escaped&gt;",
     "guid": "g2"},
    {"title": "<![CDATA[cdata text]]>", "summary": "a ]]> b", "link": "https://a.example/3"},
    {"title": "  odd \t whitespace \n\n here  ", "summary": "\r\nline\r\nbreaks\u2028x"},
    {"title": "Non-ASCII: Zürich — 北京 — \U0001f600",
     "summary": "Caf\u00c3\u00a9 \u0096 \u0093q\u0094"},
    {"title": "", "summary": ""},
    {"title": "no guid, no link, no date"},
    {"summary": "only a summary", "published": "not a date"},
    {"title": "relative", "link": "/relative/path", "guid": "rel/guid"},
    {"title": "javascript link", "link": "javascript:alert(1)"},
    {"title": "control \x0b chars \x01", "summary": "nul-free"},
]


def _generated_items(count: int) -> list[dict[str, Any]]:
    rng = random.Random(7)
    words = ["sanctions", "envoy", "embassy", "talks", "minister", "trade", "ties", "&", "<"]
    items = []
    for i in range(count):
        item = {"title": " ".join(rng.choice(words) for _ in range(rng.randint(0, 8))),
                "summary": " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))}
        if rng.random() < 0.8:
            item["link"] = f"https://news.example/{i}"
        if rng.random() < 0.7:
            item["guid"] = f"urn:item:{i}"
        if rng.random() < 0.9:
            item["published"] = f"Tue, {1 + i % 28:02d} Apr 2020 {i % 24:02d}:00:00 GMT"
        items.append(item)
    return items


def test_bench_feeds_take_the_fast_path_and_match(tmp_path):
    items = ODD_ITEMS + _generated_items(ITEMS_PER_FEED + 40)
    write_feeds(items, tmp_path)
    paths = sorted(tmp_path.iterdir())
    assert len(paths) == 2
    for path in paths:
        content = path.read_bytes()
        assert assert_same(content, str(path))
        assert assert_same(content, URL)
        assert assert_same(content, URL, content_type="application/rss+xml; charset=utf-8")
        assert assert_same(content, str(path), policy=ParsePolicy(max_entries=100))
    entries, _ = parse_feed(paths[0].read_bytes(), str(paths[0]))
    assert entries[0]["title"] == "Markup bold & it"


_FRAGMENTS = [
    "a", "Bb", " ", "  ", "\n", "\t", "\u00e9", "\u00c3\u00a9", "\u0096", "\u2014", "\u00a0",
    "&amp;", "&lt;", "&gt;", "&lt;b&gt;", "&lt;/b&gt;", "&lt;p&gt;", "&lt;/p&gt;", "&#150;",
    "&#x2019;", "&#233;", "&quot;", "'", "&amp;eacute;", "&amp;nbsp;", "&amp;zz;",
    "<![CDATA[<b>c</b> & d]]>", "<!-- c -->", "http://x.example/a?b=1&amp;c=2", "/rel", ";",
]
_TEXT = st.lists(st.sampled_from(_FRAGMENTS), max_size=8).map("".join)
_ATTR_LANG = st.sampled_from(["", ' xml:lang="de"', ' xml:lang=""', ' xml:lang="pt_BR"'])
_TYPE = st.sampled_from(["", ' type="html"', ' type="text"', ' type="text/plain"',
                         ' type="xhtml"', ' type="application/octet-stream"'])


@st.composite
def _item_xml(draw: Any) -> str:
    kinds = draw(st.lists(st.sampled_from([
        "title", "description", "content", "mdesc", "mtitle", "link", "guid", "pubdate",
        "dcdate", "dclang", "atomlink", "source", "category", "unknown", "group",
    ]), max_size=9))
    parts = []
    for kind in kinds:
        text = draw(_TEXT)
        if kind == "title":
            parts.append(f"<title{draw(_TYPE)}{draw(_ATTR_LANG)}>{text}</title>")
        elif kind == "description":
            parts.append(f"<description{draw(_TYPE)}>{text}</description>")
        elif kind == "content":
            parts.append(f"<content:encoded>{text}</content:encoded>")
        elif kind == "mdesc":
            parts.append(f"<media:description>{text}</media:description>")
        elif kind == "mtitle":
            parts.append(f"<media:title>{text}</media:title>")
        elif kind == "link":
            parts.append(f"<link>{text}</link>")
        elif kind == "guid":
            perma = draw(st.sampled_from(["", ' isPermaLink="true"', ' isPermaLink="false"']))
            parts.append(f"<guid{perma}>{text}</guid>")
        elif kind == "pubdate":
            date = draw(st.sampled_from(["Mon, 20 Apr 2020 21:37:00 GMT", "2020-04-20", "x",
                                         ""]))
            parts.append(f"<pubDate>{date}</pubDate>")
        elif kind == "dcdate":
            parts.append("<dc:date>2021-01-02T03:04:05Z</dc:date>")
        elif kind == "dclang":
            parts.append(f"<dc:language>{text}</dc:language>")
        elif kind == "atomlink":
            rel = draw(st.sampled_from(["", ' rel="alternate"', ' rel="standout"']))
            parts.append(f'<atom:link{rel} href="{escape(draw(_TEXT))}"/>'.replace("<!", "x"))
        elif kind == "source":
            parts.append(f'<source url="https://s.example/">{text}</source>')
        elif kind == "category":
            parts.append(f"<category>{text}</category>")
        elif kind == "unknown":
            parts.append(f"<wsj:articletype>{text}</wsj:articletype>")
        else:
            parts.append(f"<media:group><media:title>{text}</media:title></media:group>")
    base = draw(st.sampled_from(["", ' xml:base="https://b.example/d/"', ' xml:base="sub/"']))
    return f"<item{base}>{''.join(parts)}</item>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(_item_xml(), max_size=4), lang=_ATTR_LANG,
       base=st.sampled_from(["", ' xml:base="https://a.example/r/"']),
       location=st.sampled_from(["gen.xml", URL]))
def test_generated_rss_matches_feedparser(items, lang, base, location):
    content = rss("".join(items), namespaces=NS, attrs=lang + base)
    # Every construct generated here is one the fast path replays.
    assert assert_same(content, location), decline_reason(content)


# ------------------------------------------------------------ Beam

def _beam_feeds(folder: Path) -> None:
    (folder / "a.xml").write_bytes(TAKEN_CASES["dates"])
    (folder / "b.xml").write_bytes(rss("".join(f"<item><title>t{i}</title></item>"
                                               for i in range(5))))
    (folder / "c.xml").write_bytes(b"<html>not a feed</html>")
    (folder / "d.xml").write_bytes(DECLINED_CASES["doctype"])
    (folder / "e.xml").write_bytes(TAKEN_CASES["control characters removed"])


def test_parse_feed_fn_outputs_and_errors_are_unchanged(tmp_path, monkeypatch):
    """ParseFeedFn's entries and error records (over-limit, not a feed),
    with and without the fast path."""
    _beam_feeds(tmp_path)
    fn = feeds.ParseFeedFn(ParsePolicy(max_entries=3))

    def outputs() -> list[Any]:
        out = []
        for path in sorted(tmp_path.iterdir()):
            result = FetchResult(str(path), str(path), path.read_bytes(), None, None, {})
            for value in fn.process(result):
                if isinstance(value, beam.pvalue.TaggedOutput):
                    out.append((value.tag, {k: v for k, v in value.value.items() if k != "at"}))
                else:
                    out.append(("entries", value))
        return out

    fast = outputs()
    monkeypatch.setattr(feeds, "parse_rss20", lambda *args, **kwargs: None)
    slow = outputs()
    assert fast == slow
    errors = [value["error_class"] for tag, value in fast if tag != "entries"]
    assert errors == ["TooManyEntries", "TooManyEntries", "FeedParseError"]
    assert sum(tag == "entries" for tag, _ in fast) == 3 + 3 + 1 + 1


def test_read_feeds_counters_are_unchanged(tmp_path, monkeypatch):
    _beam_feeds(tmp_path)

    def counters() -> dict[str, int]:
        p = TestPipeline(runner="FnApiRunner")
        out = p | ReadFeeds([str(tmp_path)], FetchPolicy(retries=0), ParsePolicy(max_entries=3))
        assert_that(out["entries"] | beam.combiners.Count.Globally(), equal_to([8]))
        result = p.run()
        result.wait_until_finish()
        query = result.metrics().query(MetricsFilter().with_namespace("diplowatch"))
        return {c.key.metric.name: c.committed for c in query["counters"]}

    fast = counters()
    monkeypatch.setattr(feeds, "parse_rss20", lambda *args, **kwargs: None)
    assert fast == counters()
    assert fast["entries_over_limit"] == 1 + 2 and fast["feeds_bozo"] == 2


# ------------------------------------------------------------ corpora

def test_sample_feeds_match():
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    assert files
    taken = sum(assert_same(p.read_bytes(), str(p)) for p in files)
    assert taken >= 1


@pytest.mark.skipif(not MISC.is_dir(), reason="shared corpora not available")
def test_misc_feeds_match():
    files = sorted(p for p in MISC.iterdir() if p.is_file())
    taken = sum(assert_same(p.read_bytes(), str(p)) + assert_same(p.read_bytes(), URL)
                for p in files)
    assert taken >= 20


@pytest.mark.slow
@pytest.mark.skipif(not FEEDPARSER_TESTS.is_dir(), reason="shared corpora not available")
def test_feedparser_suite_matches():
    files = sorted(p for p in FEEDPARSER_TESTS.rglob("*") if p.is_file())
    assert len(files) >= 2100
    taken = 0
    for path in files:
        content = path.read_bytes()
        taken += assert_same(content, str(path))
        taken += assert_same(content, URL)
        taken += assert_same(content, URL, content_type="text/xml")
    assert taken >= 1000


REPLAY_MIN_TAKEN = {"bbc": 363, "cnn": 324, "nytimes": 376, "straittimes": 267, "wsj": 232}


@pytest.mark.slow
@needs_shared
@pytest.mark.parametrize("outlet", sorted(REPLAY_MIN_TAKEN))
def test_replay_snapshots_take_the_fast_path_and_match(outlet):
    files = sorted(p for p in (REPLAY / outlet).iterdir() if p.suffix == ".xml")
    assert files
    taken = 0
    for path in files:
        # Fetched from the outlet's URL: relative links resolve against it.
        taken += assert_same(path.read_bytes(), f"https://{outlet}.example/rss/{path.name}")
    assert taken >= REPLAY_MIN_TAKEN[outlet], f"{taken} of {len(files)}"
