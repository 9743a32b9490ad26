"""Plain text out of feed markup: ``html_to_text`` for HTML fragments (summaries,
``content:encoded``) and ``clean_text`` for strings that are already text.

Both return text the NLP coder can use as is: no markup, no control
characters, Unicode NFC, runs of spaces collapsed to one, one ``\\n`` between
blocks (paragraphs, list items, headings, line breaks) so that sentence
splitting sees paragraph boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

# Elements whose content is never text for a reader.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math"})

# Elements that start a new line: their boundaries become "\n".
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})

# Table cells are separated by a space so "<td>a</td><td>b</td>" is not "ab".
_CELLS = frozenset({"td", "th"})

# Every line-break character Python's str.splitlines() knows; mapped to "\n"
# before control characters are dropped, so "\r\n", NEL and U+2028 stay breaks.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")

# A "<" that does not open a complete tag, end tag, declaration or
# processing instruction before the next "<". html.parser rescans from such a
# "<" to the end of the input again and again (quadratic time: 40,000 "<a" take
# seconds, a megabyte hours), and "<![" makes it raise AssertionError; escaped,
# the "<" is plain text. Each lookahead stops at the next "<", so this is
# linear. Cost: a tag with "<" inside a quoted attribute value is kept as text.
_LONE_LT = re.compile(r"<(?!/?[A-Za-z][^<>]*>|!--|![A-Za-z][^<>]*>|\?[^<>]*>)")
# Something that looks like a tag in text declared plain ("a < b" does not).
_TAG_LIKE = re.compile(r"<(?:/?[A-Za-z][^<>]*|!--[^<>]*)>")


def _is_dropped(ch: str) -> bool:
    """Control characters (except newline and tab), lone surrogates (they
    cannot be written as UTF-8, so Parquet would refuse them) and the two
    non-characters U+FFFE/U+FFFF; the BOM as well, which is a byte-order
    artefact, not text."""
    if ch in "\n\t":
        return False
    if ch in "\ufeff\ufffe\uffff":
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


# What _is_dropped drops, as one pattern: per-character Python checks made
# this the costliest step of reading a feed. Cc is U+0000-001F and
# U+007F-009F, Cs is U+D800-DFFF (tests/test_text.py compares the two over
# every code point).
_DROPPED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
# A "\n", anything _LINE_BREAKS maps to one, or anything _DROPPED drops: the
# strings clean_text must take line by line (tab is only whitespace).
_NEEDS_LINES = re.compile(
    r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def clean_text(s: str | None) -> str:
    """Normalise a plain string: drop control characters, NFC-normalise, collapse
    horizontal whitespace to one space, strip every line and drop empty lines.

    Idempotent: ``clean_text(clean_text(s)) == clean_text(s)``.
    """
    if not s:
        return ""
    if _NEEDS_LINES.search(s) is None:
        # One line with nothing to drop (most titles and links): NFC and the
        # whitespace collapse are all that is left to do. str.split() splits
        # on exactly the characters that \s matches.
        if not s.isascii():
            s = unicodedata.normalize("NFC", s)
        return " ".join(s.split())
    s = _LINE_BREAKS.sub("\n", s)
    s = _DROPPED.sub("", s)
    if not s.isascii():  # ASCII is NFC already; the check is cheap, NFC is not
        s = unicodedata.normalize("NFC", s)
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


def truncate(s: str, limit: int) -> str:
    """``s`` cut to at most ``limit`` characters, ending with "…" when cut."""
    if len(s) <= limit:
        return s
    if limit <= 1:
        return s[:limit]
    return s[: limit - 1].rstrip() + "\u2026"


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        # convert_charrefs: entities in text arrive already unescaped, and a
        # text node is never split in the middle of an entity.
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "pre":
                self._pre_depth += 1
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br/>", "<hr/>": a boundary; a self-closed "<script/>" opens nothing.
        if tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if not self._pre_depth:
            # Line breaks in HTML source are spaces; only markup breaks lines.
            data = _source_text(data)
        self.parts.append(data)


def html_to_text(html: str | None) -> str:
    """Visible text of an HTML fragment, cleaned like ``clean_text``.

    Comments, processing instructions, doctype and the content of script,
    style, noscript and template elements are dropped; an unclosed script
    swallows the rest, as it does in a browser.
    """
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        # No markup and no entity (most feed summaries): the parser would hand
        # the whole string to ``handle_data`` as it is.
        return clean_text(_source_text(html))
    return _parsed_text(html)


def _source_text(data: str) -> str:
    """Text outside <pre> as HTML shows it: line breaks in the source are spaces."""
    return _LINE_BREAKS.sub(" ", data).replace("\n", " ")


def _parsed_text(html: str) -> str:
    html = _escape_lone_lt(html)
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser has raised on odd input before; never lose the text
        return clean_text(re.sub(r"<[^<>]*>", " ", "".join(parser.parts) or html))
    return clean_text("".join(parser.parts))


def _escape_lone_lt(html: str) -> str:
    if "<" not in html:
        return html
    html = _LONE_LT.sub("&lt;", html)
    # An unclosed comment would make html.parser search for "-->" from every
    # later "<!--": escape the "<!--" openers after the last "-->".
    last_close = html.rfind("-->")
    tail_start = last_close + 3 if last_close >= 0 else 0
    opener = html.rfind("<!--", 0, tail_start)
    if opener >= 0 and opener + 4 > last_close:  # "<!-->": the "-->" overlaps its opener
        tail_start = opener
    if "<!--" in html[tail_start:]:
        html = html[:tail_start] + html[tail_start:].replace("<!--", "&lt;!--")
    return html


def text_to_plain(s: str | None) -> str:
    """Plain text of a string a feed declared as plain text. Publishers put
    markup there all the same (and a "<script>" could reach a reader that
    renders titles as HTML), so a string with anything tag-like is read as
    HTML; one without ("a < b", "AT&T") is only cleaned."""
    if not s:
        return ""
    if "<" in s and _TAG_LIKE.search(s):
        return html_to_text(s)
    return clean_text(s)
