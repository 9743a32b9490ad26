"""transforms.feed_sources: validating and expanding --feeds specs."""

import os

import pytest

from transforms.feed_sources import FeedSpecError, expand_feed_spec, validate_feed_spec

RSS = b"<rss version='2.0'><channel><title>t</title></channel></rss>"

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>subscriptions</title></head>
  <body>
    <outline text="World" title="World">
      <outline text="A" type="rss" xmlUrl="https://a.example/rss"/>
      <outline text="Nested">
        <outline text="B" type="rss" xmlurl="http://b.example/feed.xml"/>
      </outline>
    </outline>
    <outline text="no feed here" htmlUrl="https://c.example/"/>
    <outline text="local" xmlUrl="local/one.xml"/>
  </body>
</opml>
"""


@pytest.fixture()
def tree(tmp_path):
    """feeds/ with two feeds and non-feed files, and a sub-folder."""
    feeds = tmp_path / "feeds"
    (feeds / "old").mkdir(parents=True)
    (feeds / "b.rss").write_bytes(RSS)
    (feeds / "a.XML").write_bytes(RSS)
    (feeds / "README.md").write_text("not a feed")
    (feeds / "list.txt").write_text("https://ignored.example/rss\n")
    (feeds / "old" / "c.xml").write_bytes(RSS)
    return tmp_path


def _all(spec):
    return list(expand_feed_spec(spec))


def _error(spec):
    with pytest.raises(FeedSpecError) as info:
        list(expand_feed_spec(spec))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_url_is_yielded_as_is():
    assert _all(" https://example.com/rss?x=1 ") == ["https://example.com/rss?x=1"]
    validate_feed_spec("http://example.com/feed")


def test_file_gives_its_absolute_path(tree, monkeypatch):
    monkeypatch.chdir(tree)
    assert _all("feeds/b.rss") == [str(tree / "feeds" / "b.rss")]


def test_directory_gives_feed_files_sorted_not_recursive(tree):
    assert _all(str(tree / "feeds")) == [
        str(tree / "feeds" / "a.XML"),
        str(tree / "feeds" / "b.rss"),
    ]


def test_glob_gives_matches_and_recursive_glob_descends(tree):
    assert _all(str(tree / "feeds" / "*.rss")) == [str(tree / "feeds" / "b.rss")]
    assert str(tree / "feeds" / "old" / "c.xml") in _all(str(tree / "feeds" / "**" / "*.xml"))


def test_list_file_with_comments_relative_paths_and_nesting(tree, monkeypatch):
    (tree / "more.txt").write_text("# nested list\nhttps://n.example/rss\n")
    (tree / "lists").mkdir()
    (tree / "lists" / "main.txt").write_text(
        "\ufeff# my feeds\n\n"
        "https://example.com/rss\n"
        "   ../feeds/b.rss   \n"
        "../feeds/old\n"
        "../more.txt\n"
        "https://example.com/rss\n"  # listed twice, yielded once
    )
    monkeypatch.chdir("/")
    assert _all(str(tree / "lists" / "main.txt")) == [
        "https://example.com/rss",
        str(tree / "feeds" / "b.rss"),
        str(tree / "feeds" / "old" / "c.xml"),
        "https://n.example/rss",
    ]


def test_opml_outlines_including_nested_ones(tree):
    (tree / "local").mkdir()
    (tree / "local" / "one.xml").write_bytes(RSS)
    (tree / "subs.opml").write_text(OPML)
    expected = [
        "https://a.example/rss",
        "http://b.example/feed.xml",
        str(tree / "local" / "one.xml"),
    ]
    assert _all(str(tree / "subs.opml")) == expected
    # An OPML document is recognised by its root element too.
    (tree / "subs.xml").write_text(OPML)
    assert _all(str(tree / "subs.xml")) == expected
    validate_feed_spec(str(tree / "subs.opml"))


def test_opml_with_entity_expansion_is_refused(tree):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<opml><body><outline xmlUrl="https://x.example/&b;"/></body></opml>'
    )
    (tree / "bomb.opml").write_text(bomb)
    assert "not a valid OPML" in _error(str(tree / "bomb.opml"))


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ("ftp://example.com/feed.xml", "unsupported"),
        ("file:///etc/passwd", "unsupported"),
        ("http://", "no host"),
        ("https:///path-only", "no host"),
        ("http://exa mple.com/rss", "spaces"),
        ("http://[::1/rss", "invalid URL"),
        ("http://example.com:99999/rss", "invalid URL"),
        ("", "empty"),
    ],
)
def test_invalid_urls_and_specs(spec, fragment):
    assert fragment in _error(spec)
    with pytest.raises(FeedSpecError):
        validate_feed_spec(spec)


def test_missing_paths_and_empty_matches(tree):
    assert "no such file or directory" in _error(str(tree / "nope.xml"))
    assert "no files match" in _error(str(tree / "feeds" / "*.json"))
    (tree / "empty").mkdir()
    assert "no feed files" in _error(str(tree / "empty"))


def test_url_without_scheme_gets_a_hint(tree, monkeypatch):
    monkeypatch.chdir(tree)
    assert "http://" in _error("www.example.com/rss")


def test_list_errors_name_file_and_line(tree):
    (tree / "bad.txt").write_text("https://ok.example/rss\n# fine\nftp://nope.example/\n")
    message = _error(str(tree / "bad.txt"))
    assert message.startswith(f"{tree / 'bad.txt'}:3:") and "unsupported" in message
    (tree / "blank.txt").write_text("# only comments\n\n")
    assert "names no feeds" in _error(str(tree / "blank.txt"))


def test_list_including_itself_is_reported(tree):
    (tree / "a.txt").write_text("b.txt\n")
    (tree / "b.txt").write_text("a.txt\nhttps://x.example/rss\n")
    assert "includes itself" in _error(str(tree / "a.txt"))
    problems = []
    assert list(expand_feed_spec(str(tree / "a.txt"), on_error=problems.append)) == [
        "https://x.example/rss"
    ]
    assert len(problems) == 1


def test_on_error_keeps_going_past_bad_lines(tree):
    (tree / "mixed.txt").write_text(
        "https://one.example/rss\nmissing.xml\nftp://x.example/\nfeeds/b.rss\n"
    )
    problems = []
    found = list(expand_feed_spec(str(tree / "mixed.txt"), on_error=problems.append))
    assert found == ["https://one.example/rss", str(tree / "feeds" / "b.rss")]
    assert [str(p).split(":")[1] for p in problems] == ["2", "3"]
    assert problems[0].location == str(tree / "missing.xml")


def test_validate_rejects_unreadable_files(tree):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    target = tree / "feeds" / "b.rss"
    target.chmod(0)
    try:
        with pytest.raises(FeedSpecError, match="cannot read"):
            validate_feed_spec(str(target))
    finally:
        target.chmod(0o644)


def test_validate_accepts_good_specs(tree):
    validate_feed_spec(str(tree / "feeds"))
    validate_feed_spec(str(tree / "feeds" / "*.rss"))
    validate_feed_spec(str(tree / "feeds" / "b.rss"))
