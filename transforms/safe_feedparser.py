"""feedparser on untrusted bytes, hardened.

``feedparser.parse`` is the reference: this module runs the same steps
(character encoding to UTF-8, strict SAX parse, loose SGML parse when that
fails) with feedparser's own classes, and changes only what makes a hostile
document dangerous or a damaged one unreadable:

* the SAX parser is defusedxml's expat reader: an entity declaration or an
  external reference raises instead of being expanded or fetched (feedparser's
  own DOCTYPE filter only sees declarations that start a line, so
  ``<?xml ...?><!DOCTYPE x [<!ENTITY ...>]>`` reached expat, whose
  amplification guard lets a billion-laughs document grow by 100 times
  before it stops). A DOCTYPE that declares entities is removed and the
  document parsed again: entity references stay unexpanded text;
* the loose parser gets no entity definitions at all;
* UTF-16 without a byte order mark and without ``<?xml`` is recognised;
  a document declared (or shaped) as UTF-8 with a few invalid bytes has them
  replaced with U+FFFD instead of the whole text being read as Windows-1252;
  NUL and the other control characters XML forbids are removed, so one stray
  byte does not push the document to the loose parser;
* at most ``max_entries`` entries are kept; later ones are dropped as soon
  as they are parsed, so a 100,000-item document never holds 100,000 entry
  dicts, and how many were dropped is reported.

Every change is reported in ``ParsedDocument.notes`` (feedparser's "bozo"
reasons are there too).
"""

from __future__ import annotations

import codecs
import copy
import dataclasses
import io
import re
import xml.sax
import xml.sax.handler
import xml.sax.xmlreader
from typing import Any

import feedparser
import feedparser.api
from defusedxml import DefusedXmlException
from defusedxml.expatreader import DefusedExpatParser
from feedparser.encodings import convert_to_utf8, parse_content_type
from feedparser.sanitizer import replace_doctype
from feedparser.urls import make_safe_absolute_uri
from feedparser.util import FeedParserDict

DEFAULT_MAX_ENTRIES = 10_000

# XML 1.0 forbids these code points; in UTF-8 their bytes never occur inside
# a multi-byte sequence, so removing the bytes is safe.
_XML_ILLEGAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.S)
_DOCTYPE_TOKEN = re.compile(rb"\"[^\"]*\"|'[^']*'|<!--|[\[\]>]")
_XML_DECL_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']+)[\"']")
# "<" and a letter (feedparser itself recognises "<?").
_UTF16LE_NO_BOM = re.compile(rb"^(?:[\t\n\r ]\x00)*<\x00[^\x00?]\x00")
_UTF16BE_NO_BOM = re.compile(rb"^(?:\x00[\t\n\r ])*\x00<\x00[^\x00?]")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# A DOCTYPE is only looked for this far into the document.
_DOCTYPE_SCAN_BYTES = 1024 * 1024


@dataclasses.dataclass
class ParsedDocument:
    feed: Any  # feedparser's feed-level dict
    entries: list[Any]  # feedparser entry dicts, at most max_entries
    version: str  # "rss20", "atom10" ... or "" when no feed element was found
    notes: list[str]  # what was wrong with the document, and what we changed
    well_formed: bool  # the strict XML parse succeeded
    entries_over_limit: int  # entries dropped beyond max_entries
    encoding: str | None


_ATOMS = (str, int, float, bool, bytes, type(None))


class _ContentParams(FeedParserDict):
    """feedparser's ``contentparams`` (type, language, base, base64, mode,
    src, value), made cheaper to use, with the same contents:

    * lookups are a plain dict's: FeedParserDict's own ones map old names to
      new (``guid`` to ``id``, ``description`` to ``summary`` ...) at a few
      microseconds each, and feedparser looks ``type`` and ``base64`` up for
      every element. None of the keys above is a name it maps from or to,
      so a plain lookup returns the same;
    * its deep copy is a copy: feedparser deep-copies it into every
      ``*_detail`` dict (twice an item), and ``copy.deepcopy`` of a dict
      subclass goes through ``__reduce_ex__``. The values are strings,
      numbers and None, for which a copy is a deep copy; anything else
      takes the general path.
    """

    get = dict.get
    __getitem__ = dict.__getitem__
    __contains__ = dict.__contains__

    def __deepcopy__(self, memo: dict[int, Any]) -> FeedParserDict:
        if all(type(value) in _ATOMS for value in dict.values(self)):
            return _ContentParams(self)
        return FeedParserDict(copy.deepcopy(dict(self), memo))


def _capped(base: type) -> type:
    """A feedparser handler class that keeps at most ``max_entries`` entries."""

    class Capped(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, max_entries: int, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.max_entries = max_entries
            self.over_limit = 0
            self.contentparams = _ContentParams(self.contentparams)

        def push_content(self, *args: Any, **kwargs: Any) -> None:
            super().push_content(*args, **kwargs)
            self.contentparams = _ContentParams(self.contentparams)

        def _end_item(self) -> None:
            super()._end_item()
            if len(self.entries) > self.max_entries:
                # Dropped when complete: one entry at a time is ever held
                # beyond the limit.
                del self.entries[self.max_entries:]
                self.over_limit += 1

        _end_entry = _end_item

    Capped.__name__ = f"Capped{base.__name__}"
    return Capped


_StrictParser = _capped(feedparser.api.StrictFeedParser)
_LooseParser = _capped(feedparser.api.LooseFeedParser)


def describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _declared_encoding(content: bytes, content_type: str | None) -> str:
    charset = parse_content_type(content_type or "")[1] if content_type else ""
    if charset:
        return charset.strip().lower()
    match = _XML_DECL_ENCODING.match(content[:512])
    return match.group(1).decode("ascii", "replace").strip().lower() if match else ""


def _fix_utf16_without_bom(content: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """feedparser recognises UTF-16 without a byte order mark only when the
    document starts with ``<?xml``; give it the mark for ``<rss``, too."""
    if content.startswith(_BOMS) or (content_type and parse_content_type(content_type)[1]):
        return content, None
    if _UTF16LE_NO_BOM.match(content[:64]):
        return codecs.BOM_UTF16_LE + content, "UTF-16LE without byte order mark"
    if _UTF16BE_NO_BOM.match(content[:64]):
        return codecs.BOM_UTF16_BE + content, "UTF-16BE without byte order mark"
    return content, None


def _repair_utf8(content: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """Replace invalid byte sequences of a UTF-8 document with U+FFFD.

    Only for a document declared as UTF-8, or declaring nothing but holding
    more valid multi-byte UTF-8 characters than invalid bytes: an undeclared
    Latin-1 document (no valid sequences) is left to feedparser, which reads
    it as Windows-1252.
    """
    if content.startswith(_BOMS[1:]) or _UTF16LE_NO_BOM.match(content[:64]) or (
        _UTF16BE_NO_BOM.match(content[:64])
    ):
        return content, None
    try:
        content.decode("utf-8")
        return content, None
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(content, content_type)
    text = content.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - content.count("\ufffd".encode())
    if declared in ("utf-8", "utf8"):
        pass
    elif declared:
        return content, None
    else:
        non_ascii = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
        if non_ascii <= invalid:
            return content, None
    return text.encode("utf-8"), f"invalid UTF-8: {invalid} byte sequences replaced with U+FFFD"


def doctype_span(data: bytes) -> tuple[int, int] | None:
    """Start and end of the DOCTYPE declaration of a document, if it has a
    complete one before its root element (internal subset included)."""
    pos = 0
    while pos < len(data):
        match = _PROLOG_ITEM.match(data, pos)
        if not match:
            break
        pos = match.end()
    if not data.startswith(b"<!DOCTYPE", pos):
        return None
    depth = 0
    scan = pos + len(b"<!DOCTYPE")
    limit = min(len(data), pos + _DOCTYPE_SCAN_BYTES)
    while True:
        match = _DOCTYPE_TOKEN.search(data, scan, limit)
        if not match:
            return None
        token = match.group()
        scan = match.end()
        if token == b"<!--":
            end = data.find(b"-->", scan, limit)
            if end < 0:
                return None
            scan = end + 3
        elif token == b"[":
            depth += 1
        elif token == b"]":
            depth = max(0, depth - 1)
        elif token == b">" and depth == 0:
            return pos, scan


def _without_doctype(data: bytes) -> bytes | None:
    span = doctype_span(data)
    if span is None:
        return None
    return data[: span[0]] + data[span[1]:]


def _declares_entities(data: bytes) -> bool:
    span = doctype_span(data)
    return span is not None and b"<!ENTITY" in data[span[0]: span[1]]


def _strict_parse(handler: Any, data: bytes) -> None:
    parser = DefusedExpatParser(forbid_dtd=False, forbid_entities=True, forbid_external=True)
    parser.setFeature(xml.sax.handler.feature_namespaces, 1)
    parser.setFeature(xml.sax.handler.feature_external_ges, 0)
    parser.setContentHandler(handler)
    parser.setErrorHandler(handler)
    source = xml.sax.xmlreader.InputSource()
    source.setByteStream(io.BytesIO(data))
    parser.parse(source)


def _handler(cls: type, baseuri: str, max_entries: int, **kwargs: Any) -> Any:
    handler = cls(baseuri, None, "utf-8", max_entries=max_entries, **kwargs)
    # feedparser's HTML sanitizer and relative-link rewriting run a
    # pure-Python SGML parser over every HTML field (seconds for a few
    # megabytes); we never emit HTML (transforms.text strips all markup), so
    # both are off. Entry links are still resolved against the feed URL.
    handler.resolve_relative_uris = False
    handler.sanitize_html = False
    return handler


def prepare_bytes(content: bytes,
                  content_type: str | None) -> tuple[bytes, list[str], str | None]:
    """The steps before the XML parse: (the UTF-8 bytes the strict parser
    gets, the notes so far, the encoding; None: feedparser would read the
    document with its loose parser). Shared with ``transforms.fast_feeds``, so
    that both paths see the same bytes and report the same repairs."""
    notes: list[str] = []
    content, note = _fix_utf16_without_bom(content, content_type)
    notes += [note] if note else []
    content, note = _repair_utf8(content, content_type)
    notes += [note] if note else []
    headers = {"content-type": content_type} if content_type else {}
    result = FeedParserDict(bozo=False, entries=[], feed=FeedParserDict(), headers={})
    data = convert_to_utf8(headers, content, result)
    if result.get("bozo"):
        notes.append(describe(result["bozo_exception"]))
    illegal = len(_XML_ILLEGAL.findall(data))
    if illegal:
        data = _XML_ILLEGAL.sub(b"", data)
        notes.append(f"{illegal} control characters (NUL etc.) removed")
    return data, notes, result.get("encoding") or None


def parse_bytes(
    content: bytes,
    *,
    content_type: str | None = None,
    base_url: str | None = None,
    max_entries: int = DEFAULT_MAX_ENTRIES,
) -> ParsedDocument:
    """Parse a feed document as feedparser would, hardened (see the module
    docstring). ``content_type`` is the HTTP Content-Type, if any;
    ``base_url`` resolves relative links. Never fetches or opens anything."""
    data, notes, encoding = prepare_bytes(content, content_type)
    version = replace_doctype(data)[0] or ""  # only for its RSS 0.91 detection
    baseuri = (make_safe_absolute_uri(base_url) or "") if base_url else ""

    handler = None
    strict = bool(encoding)
    if strict:
        handler = _handler(_StrictParser, baseuri, max_entries)
        try:
            _strict_parse(handler, data)
        except DefusedXmlException as e:
            notes.append(f"{describe(e)}: DOCTYPE removed, entities left unexpanded")
            stripped = _without_doctype(data)
            strict = stripped is not None
            if stripped is not None:
                data = stripped
                handler = _handler(_StrictParser, baseuri, max_entries)
                try:
                    _strict_parse(handler, data)
                except (DefusedXmlException, xml.sax.SAXException) as e2:
                    notes.append(describe(getattr(handler, "exc", None) or e2))
                    strict = False
        except xml.sax.SAXException as e:
            notes.append(describe(handler.exc or e))
            strict = False
    if not strict:
        if _declares_entities(data):
            notes.append("DOCTYPE with entity declarations removed, entities left unexpanded")
            data = _without_doctype(data) or data
        # No entity definitions: the loose parser expands none.
        handler = _handler(_LooseParser, baseuri, max_entries, entities={})
        handler.feed(data.decode("utf-8", "replace"))
    entries = handler.entries
    over = handler.over_limit
    if len(entries) > max_entries:  # an unfinished last entry
        over += len(entries) - max_entries
        del entries[max_entries:]
    return ParsedDocument(
        feed=handler.feeddata,
        entries=entries,
        version=version or handler.version or "",
        notes=list(dict.fromkeys(notes)),
        well_formed=strict,
        entries_over_limit=over,
        encoding=encoding,
    )
