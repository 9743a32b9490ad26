"""transforms.text: HTML fragments and strings to clean plain text."""

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.text import _parsed_text, clean_text, html_to_text, text_to_plain, truncate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _has_forbidden_chars(s: str) -> bool:
    return any(
        (unicodedata.category(c) in ("Cc", "Cs") and c != "\n") or c in "\ufeff\ufffe\uffff"
        for c in s
    )


def test_drops_script_style_noscript_template_and_comments():
    fragment = (
        "<p>Kept</p><script>var x = '<p>no</p>';</script><style>p{color:red}</style>"
        "<noscript>enable js</noscript><template><b>tpl</b></template><!-- hidden -->"
        "<p>also kept</p>"
    )
    assert html_to_text(fragment) == "Kept\nalso kept"


def test_blocks_become_lines_and_inline_tags_do_not_split_words():
    fragment = (
        "<h1>Title</h1><p>One <b>bold</b> <i>move</i>.<br>Next line</p>"
        "<ul><li>a</li><li>b</li></ul>"
    )
    assert html_to_text(fragment) == "Title\nOne bold move.\nNext line\na\nb"


def test_source_line_breaks_inside_a_paragraph_are_spaces():
    assert html_to_text("<p>The minister\nsaid   it</p>") == "The minister said it"
    assert html_to_text("<pre>a\nb</pre>") == "a\nb"


def test_table_cells_are_separated():
    assert html_to_text("<table><tr><td>a</td><td>b</td></tr></table>") == "a b"


def test_entities_are_unescaped_once():
    assert html_to_text("AT&amp;T &lt;b&gt; caf&eacute; &#8217; &#x41;") == "AT&T <b> café \u2019 A"


def test_unclosed_script_swallows_the_rest():
    assert html_to_text("before<script>if (a < b) {}") == "before"


def test_clean_text_removes_controls_and_collapses_whitespace():
    s = "\ufeff  Sanctions\x00 on\u00a0\u00a0X\r\n\r\n\tand\x07 Y \u2028 next "
    assert clean_text(s) == "Sanctions on X\nand Y\nnext"


def test_empty_and_none():
    assert html_to_text("") == "" and html_to_text(None) == ""
    assert clean_text("") == "" and clean_text(None) == ""


@given(st.text())
def test_clean_text_is_idempotent_and_clean(s):
    once = clean_text(s)
    assert clean_text(once) == once
    assert not _has_forbidden_chars(once)
    assert "\t" not in once and "  " not in once and "\n\n" not in once
    assert once == once.strip()


@given(st.text())
def test_html_to_text_never_raises_and_output_is_clean(s):
    out = html_to_text(s)
    assert not _has_forbidden_chars(out)
    assert "  " not in out and "\n\n" not in out and out == out.strip()


_HTML_PIECES = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<br>", "<b>", "</b>", "<div>", "</div>", "<li>",
                         "<script>", "</script>", "<!--", "-->", "&amp;", "&lt;", "&#0;",
                         "&#xD800;", "<", ">", "&", "\r\n", "\x0c", "<![CDATA[", "]]>"]),
        st.text(max_size=10),
    )
)


@given(_HTML_PIECES)
def test_html_to_text_on_markup_soup(pieces):
    out = html_to_text("".join(pieces))
    assert not _has_forbidden_chars(out)
    assert "  " not in out and "\n\n" not in out


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
               min_size=1))
def test_escaped_text_round_trips(s):
    # Text with no markup meaning comes back as itself (NFC-normalised).
    assert html_to_text(html.escape(s)) == clean_text(s)


@given(st.lists(st.text(alphabet="abc XYZ", min_size=1), min_size=1))
def test_words_survive_between_blocks(words):
    fragment = "".join(f"<p>{html.escape(w)}</p>" for w in words)
    expected = [re.sub(r"\s+", " ", w).strip() for w in words]
    assert html_to_text(fragment) == "\n".join(w for w in expected if w)


def test_pathological_markup_does_not_raise_and_keeps_text():
    # html.parser raised AssertionError on "<![" and took quadratic time on "<a<a<a".
    assert html_to_text("a <![ b") == "a <![ b"
    assert html_to_text("<a" * 50_000 + "end").endswith("end")
    assert html_to_text("x <!-- unclosed <p>y") == "x <!-- unclosed\ny"
    assert html_to_text("<p>a</p><!-- c --><p>b</p>") == "a\nb"


def test_text_to_plain_strips_tags_but_keeps_comparisons():
    assert text_to_plain("<script>alert(1)</script>Envoy <b>recalled</b>") == "Envoy recalled"
    assert text_to_plain("a < b and c > d") == "a < b and c > d"
    assert text_to_plain("AT&amp;T") == "AT&amp;T"  # plain text: no entity decoding


def test_truncate():
    assert truncate("abcdef", 10) == "abcdef"
    assert truncate("abc def ghi", 8) == "abc def\u2026"
    assert len(truncate("x" * 100, 10)) == 10


@given(st.text(), st.integers(min_value=1, max_value=50))
def test_truncate_bounds_and_prefix(s, limit):
    out = truncate(s, limit)
    assert len(out) <= limit
    assert out == s or s.startswith(out.rstrip("\u2026").rstrip()) or out.endswith("\u2026")


@given(_HTML_PIECES)
def test_text_to_plain_output_has_no_tags(pieces):
    out = text_to_plain("".join(pieces))
    assert not _has_forbidden_chars(out)
    # Complete tags of the input are removed (a lone "<" stays as text; an
    # escaped "&lt;" may decode into a tag-like string, which is text too).
    if "&lt;" not in "".join(pieces):
        for tag in ("<p>", "</p>", "<br>", "<b>", "</b>", "<div>", "</div>", "<li>", "<script>"):
            assert tag not in out


def test_the_fast_drop_pattern_matches_the_character_rule_everywhere():
    from transforms.text import _DROPPED, _is_dropped

    for code in range(0x110000):
        ch = chr(code)
        assert bool(_DROPPED.match(ch)) == _is_dropped(ch), hex(code)


def _clean_text_line_by_line(s: str) -> str:
    """clean_text without its one-line shortcut: the rule as first written."""
    from transforms.text import _DROPPED, _HORIZONTAL_SPACE, _LINE_BREAKS

    s = _LINE_BREAKS.sub("\n", s)
    s = unicodedata.normalize("NFC", _DROPPED.sub("", s))
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


_ODD_CHARS = "\n\r\t\x0b\x0c\x1c\x85\u2028\u2029\x00\x7f\ufeff\ud800\xa0\u3000\u2000\u2001 e\u0301Å"


@given(st.text(alphabet=st.sampled_from(_ODD_CHARS) | st.characters(), max_size=40))
def test_one_line_shortcut_gives_what_the_line_by_line_rule_gives(s):
    assert clean_text(s) == _clean_text_line_by_line(s)


def test_one_line_shortcut_covers_every_whitespace_and_break_character():
    # The shortcut joins str.split() pieces where the rule substitutes \s runs:
    # the two agree only while \s and str.isspace() are the same set.
    for code in range(0x110000):
        ch = chr(code)
        assert (re.fullmatch(r"\s", ch) is not None) == ch.isspace(), hex(code)
        s = f"a{ch}{ch}b "
        assert clean_text(s) == _clean_text_line_by_line(s), hex(code)


@given(st.text(alphabet=st.sampled_from(_ODD_CHARS + ">;#x") | st.characters(
    blacklist_characters="<&"), max_size=60))
def test_markup_free_shortcut_gives_what_the_parser_gives(s):
    assert "<" not in s and "&" not in s
    assert html_to_text(s) == _parsed_text(s)


def test_markup_free_shortcut_on_real_summaries():
    items = SHARED / "corpora" / "replay" / "items.jsonl"
    if not items.exists():
        pytest.skip(f"{items} is not there (../shared is beside the checkout in CI)")
    texts = [item.get(field) or "" for line in items.open(encoding="utf-8")
             for item in [json.loads(line)] for field in ("title", "summary")]
    plain = [t for t in texts if t and "<" not in t and "&" not in t]
    assert len(plain) > 30_000
    assert [html_to_text(t) for t in plain] == [_parsed_text(t) for t in plain]
