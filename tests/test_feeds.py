"""transforms.feeds: parse_feed and the ReadFeeds composite."""

import datetime as dt

import apache_beam as beam
import pytest
from apache_beam.metrics import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms import feeds as feeds_module
from transforms.feeds import FeedParseError, ReadFeeds, parse_feed
from transforms.fetch import FetchPolicy

UTC = dt.UTC

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>World &amp; Diplomacy</title>
  <link>https://news.example/</link>
  <language>en-gb</language>
  <item>
    <title>Country A recalls its ambassador &lt;b&gt;now&lt;/b&gt;</title>
    <link>https://news.example/a?utm_source=rss</link>
    <guid isPermaLink="false">item-1</guid>
    <description>&lt;p&gt;Short &lt;em&gt;summary&lt;/em&gt;.&lt;/p&gt;
      &lt;script&gt;x()&lt;/script&gt;</description>
    <content:encoded><![CDATA[<p>Short summary.</p>
      <p>The full story, with more detail.</p>]]></content:encoded>
    <pubDate>Mon, 18 Oct 2021 10:00:00 +0200</pubDate>
  </item>
  <item>
    <title>Second item</title>
    <description>Plain text only</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="html">Le &lt;i&gt;Monde&lt;/i&gt;</title>
  <id>urn:feed</id>
  <updated>2024-03-01T08:00:00Z</updated>
  <entry>
    <id>urn:entry:1</id>
    <title>Sanctions levées</title>
    <link rel="alternate" href="https://monde.example/1"/>
    <updated>2024-03-01T07:30:00+01:00</updated>
    <content type="html">&lt;p&gt;Le texte complet.&lt;/p&gt;</content>
  </entry>
</feed>
""".encode()

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF news</title>
    <dc:language>de</dc:language></channel>
  <item rdf:about="https://rdf.example/1">
    <title>Botschafter ausgewiesen</title>
    <link>https://rdf.example/1</link>
    <dc:date>2015-02-09T12:00:00+08:00</dc:date>
  </item>
</rdf:RDF>
"""

EMPTY_CHANNEL = b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>"

LATIN1 = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Notícias</title>"
    "<item><title>Ação diplomática</title></item></channel></rss>"
).encode("latin-1")

ENTRY_KEYS = {
    "feed", "feed_title", "guid", "link", "title", "summary", "content",
    "published_at", "language", "bozo",
}


def test_rss_entries_follow_the_contract():
    entries, bozo = parse_feed(RSS, "https://news.example/rss",
                               content_type="application/rss+xml; charset=utf-8")
    assert bozo is None
    assert len(entries) == 2
    first, second = entries
    assert set(first) == ENTRY_KEYS
    assert first == {
        "feed": "https://news.example/rss",
        "feed_title": "World & Diplomacy",
        "guid": "item-1",
        "link": "https://news.example/a?utm_source=rss",
        "title": "Country A recalls its ambassador now",
        "summary": "Short summary.",
        "content": "Short summary.\nThe full story, with more detail.",
        "published_at": dt.datetime(2021, 10, 18, 8, 0, tzinfo=UTC),
        "language": "en-gb",
        "bozo": None,
    }
    assert second["guid"] is None and second["link"] is None
    assert second["summary"] == "Plain text only" and second["content"] == ""
    assert second["published_at"] is None


def test_atom_entry_language_dates_and_content_as_summary():
    entries, bozo = parse_feed(ATOM, "/feeds/monde.atom")
    assert bozo is None
    (entry,) = entries
    assert entry["feed_title"] == "Le Monde"
    assert entry["title"] == "Sanctions levées"
    assert entry["language"] == "fr"
    assert entry["published_at"] == dt.datetime(2024, 3, 1, 6, 30, tzinfo=UTC)  # from updated
    # Atom content without a summary: feedparser copies it into summary, and it
    # stays the item's full content (so --fetch-articles does not fetch the page).
    assert entry["summary"] == entry["content"] == "Le texte complet."


def test_rdf_feed_language_from_channel():
    (entry,) = parse_feed(RDF, "rdf.xml")[0]
    assert entry["language"] == "de"
    assert entry["link"] == "https://rdf.example/1"
    assert entry["published_at"] == dt.datetime(2015, 2, 9, 4, 0, tzinfo=UTC)


def test_plain_text_titles_keep_angle_brackets():
    feed = (b"<rss version='2.0'><channel><item><title>AT&amp;T: a &lt; b</title></item>"
            b"</channel></rss>")
    (entry,) = parse_feed(feed, "x.xml")[0]
    assert entry["title"] == "AT&T: a < b"


def test_zero_entries_is_not_an_error():
    assert parse_feed(EMPTY_CHANNEL, "quiet.xml") == ([], None)


def test_content_type_charset_decides_the_encoding():
    (entry,) = parse_feed(LATIN1, "https://br.example/rss",
                          content_type="application/rss+xml; charset=iso-8859-1")[0]
    assert entry["title"] == "Ação diplomática"
    assert entry["feed_title"] == "Notícias"
    # Without the header the document is still read, flagged as bozo.
    (entry,), bozo = parse_feed(LATIN1, "br.xml")
    assert entry["title"] == "Ação diplomática"
    assert bozo


def test_relative_links_resolve_against_the_feed_url():
    feed = (b"<rss version='2.0'><channel><item><title>t</title><link>/news/1</link>"
            b"</item></channel></rss>")
    (entry,) = parse_feed(feed, "https://site.example/rss/all",
                          content_type="application/rss+xml")[0]
    assert entry["link"] == "https://site.example/news/1"


def test_ill_formed_feed_with_items_gives_entries_and_a_bozo_reason():
    broken = b"<rss version='2.0'><channel><item><title>One &amp two</title></item></channel>"
    entries, bozo = parse_feed(broken, "broken.xml")
    assert [e["title"] for e in entries] == ["One & two"]
    assert bozo and all(e["bozo"] == bozo for e in entries)


@pytest.mark.parametrize(
    "document, fragment",
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (b"<html><body><p>Not a feed <b>at all</p></body></html>", "not a feed"),
        (b"just some words", "not a feed"),
        (b"<?xml version='1.0'?><note><to>x</to></note>", "not a feed"),
    ],
)
def test_non_feeds_raise(document, fragment):
    with pytest.raises(FeedParseError, match=fragment):
        parse_feed(document, "doc.xml")


def test_feedparser_never_reads_files_or_urls_named_by_the_content(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)
    # Bytes naming a readable file or a URL are parsed as (non-feed) text.
    for named in (str(secret).encode(), b"http://127.0.0.1:9/rss"):
        with pytest.raises(FeedParseError):
            parse_feed(named, "x")


# ---------------------------------------------------------------- ReadFeeds


def _counter(result, name):
    counters = result.metrics().query(MetricsFilter().with_name(name))["counters"]
    return sum(c.committed for c in counters)


def test_read_feeds_routes_entries_and_errors(tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_bytes(RSS)
    (tmp_path / "feeds" / "b.atom").write_bytes(ATOM)
    (tmp_path / "feeds" / "quiet.rss").write_bytes(EMPTY_CHANNEL)
    (tmp_path / "feeds" / "empty.xml").write_bytes(b"")
    (tmp_path / "feeds" / "page.xml").write_bytes(b"<html><body>nope</body></html>")
    (tmp_path / "list.txt").write_text("feeds/a.xml\nmissing.xml\nftp://x.example/\n")
    specs = [str(tmp_path / "feeds"), str(tmp_path / "list.txt")]

    p = TestPipeline(runner="FnApiRunner")
    out = p | ReadFeeds(specs, FetchPolicy(retries=0))
    assert_that(
        out["entries"] | beam.Map(lambda e: (e["feed"].rsplit("/", 1)[1], e["title"])),
        # a.xml is named by both specs; specs are expanded one by one, so it
        # is read twice (DeduplicateArticles merges the copies later).
        equal_to(2 * [
            ("a.xml", "Country A recalls its ambassador now"),
            ("a.xml", "Second item"),
        ] + [("b.atom", "Sanctions levées")]),
        label="entries",
    )
    assert_that(
        out["errors"] | beam.Map(lambda e: (e["stage"], e["input"].rsplit("/", 1)[1])),
        equal_to([
            ("fetch", "empty.xml"),
            ("parse", "page.xml"),
            ("expand", "list.txt"),
            ("expand", "list.txt"),
        ]),
        label="errors",
    )
    result = p.run()
    result.wait_until_finish()
    assert _counter(result, "feeds_read") == 4  # a.xml twice, b.atom, quiet.rss
    assert _counter(result, "entries_read") == 5
    # Spec problems are not feeds; every feed listed is read or failed.
    assert _counter(result, "specs_failed") == 2
    assert _counter(result, "feeds_failed") == 2  # empty.xml, page.xml
    assert _counter(result, "feeds_listed") == 6
    assert _counter(result, "entries_found") == 5


def test_read_feeds_turns_an_entry_failure_into_an_error(tmp_path, monkeypatch):
    (tmp_path / "a.xml").write_bytes(RSS)
    real = feeds_module.entry_to_dict

    def fail_on_second(raw, feed, policy=None):
        if raw.get("title") == "Second item":
            raise ValueError("cannot convert")
        return real(raw, feed, policy)

    monkeypatch.setattr(feeds_module, "entry_to_dict", fail_on_second)
    p = TestPipeline(runner="FnApiRunner")
    out = p | ReadFeeds([str(tmp_path / "a.xml")])
    assert_that(out["entries"] | beam.Map(lambda e: e["guid"]), equal_to(["item-1"]),
                label="entries")
    assert_that(
        out["errors"] | beam.Map(lambda e: (e["stage"], e["error_class"], e["feed"])),
        equal_to([("parse", "ValueError", str(tmp_path / "a.xml"))]),
        label="errors",
    )
    p.run().wait_until_finish()


# ---------------------------------------------------------------- feedparser's contentparams


def _content_params_pair():
    from feedparser.util import FeedParserDict

    from transforms.safe_feedparser import _ContentParams

    fields = {"type": "text/html", "language": "en", "base": "https://x.example/",
              "base64": 0, "value": "<p>Hi</p>", "src": "https://x.example/a"}
    return FeedParserDict(fields), _ContentParams(fields)


def test_content_params_look_up_like_feedparser_dicts():
    from feedparser.util import FeedParserDict

    reference, fast = _content_params_pair()
    asked = [*FeedParserDict.keymap, "category", "enclosures", "license", "updated",
             "updated_parsed", *reference, "missing"]
    for key in asked:
        assert fast.get(key, "-") == reference.get(key, "-"), key
        assert (key in fast) == (key in reference), key
    assert fast["type"] == "text/html" and fast.type == "text/html"
    with pytest.raises(KeyError):
        fast["guid"]


def test_content_params_deep_copy_is_equal_and_independent():
    import copy

    _, fast = _content_params_pair()
    copied = copy.deepcopy(fast)
    assert copied == fast and copied is not fast
    copied["value"] = "changed"
    assert fast["value"] == "<p>Hi</p>"
    # A value that is not a string or number is copied deeply.
    fast["extra"] = ["a"]
    nested = copy.deepcopy(fast)
    fast["extra"].append("b")
    assert nested["extra"] == ["a"]


def test_entry_details_are_what_feedparser_gives():
    import feedparser

    from transforms.safe_feedparser import parse_bytes

    doc = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">'
           b'<title>F</title><entry><id>1</id><title type="html">A &amp;lt;b&amp;gt;</title>'
           b'<summary>S</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
           b'<p>C</p></div></content></entry></feed>')
    ours = parse_bytes(doc).entries[0]
    reference = feedparser.parse(doc, sanitize_html=False, resolve_relative_uris=False).entries[0]
    for key in ("title_detail", "summary_detail"):
        assert dict(ours[key]) == dict(reference[key])
    assert [dict(c) for c in ours["content"]] == [dict(c) for c in reference["content"]]
