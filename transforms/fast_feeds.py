"""A fast path for well-formed RSS 2.0: what ``safe_feedparser.parse_bytes``
returns, or ``None`` (decline) when the document is anything else.

feedparser spends most of a feed's parse time in its pure-Python SAX
handlers (``mixin.pop``, ``unknown_starttag`` ...). This module parses the
same bytes with lxml and replays feedparser's handler logic for the elements
and attributes RSS 2.0 feeds carry, with feedparser's own helper functions
(date parsing, URL joining, HTML guessing, the Windows-1252 map), so the
result is the same *by construction*; ``tests/test_fast_feeds.py`` compares
the two paths field for field over real and generated feeds.

The bytes lxml parses are the ones feedparser's strict parser would get:
``safe_feedparser.prepare_bytes`` runs the steps ``parse_bytes`` runs
before its XML parse (UTF-16 and UTF-8 repairs, feedparser's conversion to
UTF-8 with the HTTP Content-Type, removal of control characters) and keeps
their notes, so a Latin-1 or repaired document is read exactly as
feedparser reads it.

Exact or decline: the document is declined (and feedparser reads it as
before; ``decline_reason`` says why) when

* feedparser would not parse it strictly (encoding unknown), or it has a
  DOCTYPE or an entity declaration;
* lxml finds it not well-formed, or it has something the two XML parsers
  could judge differently: a non-ASCII element or attribute name, a name
  with two colons, a namespaced attribute outside ``xml:``, a declaration of
  the ``xml``/``xmlns``/xlink prefixes;
* its root is not ``<rss version="2.0">``;
* an element has a feedparser handler this module does not replay (Atom
  ``<author>`` children, iTunes, GeoRSS, ``<textInput>`` ...), or is nested
  where replaying it would need more of feedparser's state machine (an
  element inside a text construct, inside ``<source>`` or inside any other
  element whose handler expects text, an ``<image>`` inside an item,
  ``<channel>``/``<item>`` with CDF attributes);
* an element without a handler would be stored under a key that the
  entry dicts read, or that a replayed handler uses;
* anything in the replay raises (feedparser's handler would have failed
  the strict parse too, and feedparser's path gives the answer).

Entries beyond ``max_entries`` are dropped and counted as
``safe_feedparser`` drops and counts them.

The lxml parser never resolves entities, loads a DTD or uses the network,
and documents with a DOCTYPE never reach it: it is not the only line of
defence, the declines above are.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import io
import re
import xml.sax.saxutils
from collections.abc import Callable
from typing import Any

import feedparser.api
from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin, make_safe_absolute_uri
from feedparser.util import FeedParserDict
from lxml import etree

from transforms.safe_feedparser import DEFAULT_MAX_ENTRIES, ParsedDocument, prepare_bytes

# Looked up on the class feedparser's strict parse uses: an element whose
# handler exists there but is not replayed here is declined.
_FEEDPARSER_HANDLERS = feedparser.api.StrictFeedParser
_MATCH_NAMESPACES = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_HTML_TYPES = frozenset(_FeedParserMixin.html_types)
_CAN_BE_RELATIVE_URI = frozenset(_FeedParserMixin.can_be_relative_uri)
_COPY_TO_SUMMARY_TYPES = frozenset({"text/plain"}) | _HTML_TYPES
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")
# str.translate with a dict is slow on long text: only when a key is there.
_CP1252_KEYS = re.compile("[" + "".join(re.escape(chr(k)) for k in _cp1252) + "]")
_map_content_type = _FeedParserMixin.map_content_type
_looks_like_html = _FeedParserMixin.looks_like_html
_KEYMAP = FeedParserDict.keymap

# Keys that the entry dict conversion reads (transforms.feeds) or that the
# replayed handlers use: an element without a handler is stored under its
# own name (mapped as FeedParserDict maps keys), and one of these names
# would change a field or break a handler.
_RESERVED_KEYS = frozenset({
    "title", "title_detail", "summary", "summary_detail", "content", "id", "link",
    "links", "language", "published", "published_parsed", "updated", "updated_parsed",
    "tags", "authors", "author", "author_detail", "contributors", "source", "image",
    "textinput", "guidislink", "media_content", "media_credit", "media_thumbnail",
    "media_rating", "media_restriction", "media_license", "media_player",
    "generator", "generator_detail", "publisher", "publisher_detail", "cloud", "href",
    "url", "credit", "rating", "restriction", "license", "subtitle", "subtitle_detail",
    "rights", "rights_detail", "info", "info_detail", "created", "created_parsed",
    "expired", "expired_parsed", "newlocation", "category", "name", "email", "width",
    "height", "contributor", "item", "entries", "feed",
})

_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,  # feedparser ignores both; text around them joins
    "remove_pis": True,
    "strip_cdata": True,
    "recover": False,
}


class _Decline(Exception):
    """The document has something this module does not replay."""


@dataclasses.dataclass(frozen=True, slots=True)
class _Plan:
    """An element name as feedparser sees it, and what to do with it."""

    tag: str  # feedparser's tag ("rss", "media:content", "pubdate" ...)
    name: str  # its handlers' suffix ("media_content")
    start: Callable[[_Rss20Replay, dict[str, str]], None] | None  # None: generic
    end: Callable[[_Rss20Replay], None] | None  # None: feedparser pops the name
    childless: bool  # a replayed handler that expects text only
    ends_textinput: bool  # unknown_starttag's intextinput/inimage resets
    ends_image: bool


def _maybe_html(text: str) -> bool:
    """False when looks_like_html is surely false: it needs a close tag or
    an entity reference, so "<" or "&"."""
    return "<" in text or "&" in text


def _reserved(key: str) -> bool:
    mapped = _KEYMAP.get(key, key)
    if isinstance(mapped, list):
        mapped = mapped[0]
    return key in _RESERVED_KEYS or mapped in _RESERVED_KEYS


class _Rss20Replay:
    """feedparser's ``_FeedParserMixin`` + ``_StrictFeedParser`` state
    machine, for the handlers RSS 2.0 feeds use. Names and order of
    operations follow feedparser's (mixin.py, namespaces/_base.py,
    mediarss.py, dc.py) so the two can be read side by side. Only the state
    that reaches the fields ``transforms.feeds`` reads is kept."""

    def __init__(self, baseuri: str, max_entries: int) -> None:
        self.max_entries = max_entries
        self.over_limit = 0
        self.baseuri = baseuri or ""
        self.lang: str | None = None
        self.version = ""
        self.feeddata: dict[str, Any] = {}
        self.entries: list[dict[str, Any]] = []
        self.entry_depths: list[dict[str, int]] = []  # property_depth_map
        self.sourcedata: dict[str, Any] = {}
        self.contentparams: dict[str, Any] = {}
        self.namespacemap: dict[str | None, str] = {}
        self.namespaces_in_use: dict[str, str] = {}
        self.elementstack: list[list[Any]] = []
        self.basestack: list[str] = []
        self.langstack: list[str | None] = []
        self.infeed = self.inentry = self.incontent = self.inimage = 0
        self.intextinput = self.insource = 0
        self.guidislink = 0
        self.hasContent = 0  # noqa: N815 (feedparser's name)
        self._summaryKey: str | None = None  # noqa: N815
        self.title_depth = -1
        self.depth = 0
        self._plans: dict[str, _Plan] = {}
        # per open element: it holds text only (the root's parent holds elements)
        self.childless: list[bool] = [False]
        self._join_cache: dict[tuple[str, str], str] = {}
        self.declarations = 0  # namespace declarations seen so far

    # ------------------------------------------------------------ strict.py

    def start_prefix_mapping(self, prefix: str | None, uri: str) -> None:
        if not uri:
            return
        prefix = prefix or None
        if prefix in ("xml", "xmlns") or uri == _XLINK_NS or not (prefix or "").isascii():
            raise _Decline(f"namespace declaration {prefix}={uri}")
        self.track_namespace(prefix, uri)
        self._plans.clear()  # element names depend on the declarations
        self.declarations += 1

    def check_end_name(self, element: Any, plan: _Plan) -> None:
        """endElementNS names an element with the declarations seen by its
        end: when some came after its start, it must still have its name."""
        if self._plan(element.tag).name != plan.name:
            raise _Decline(f"element <{plan.tag}> renamed by a later namespace declaration")

    def _plan(self, tag: str) -> _Plan:
        """How feedparser names and handles an element of this lxml tag
        (startElementNS + unknown_starttag, endElementNS + unknown_endtag);
        declined when this module does not replay that."""
        plan = self._plans.get(tag)
        if plan is not None:
            return plan
        if tag[0] == "{":
            namespace, localname = tag[1:].split("}", 1)
        else:
            namespace, localname = "", tag
        if not localname.isascii() or ":" in localname or not namespace.isascii():
            raise _Decline(f"element name {tag!r}")
        # startElementNS (qname is None: expat without namespace prefixes)
        start_ns = namespace
        lower = start_ns.lower()
        if lower.find("backend.userland.com/rss") != -1:
            start_ns = "http://backend.userland.com/rss"
            lower = start_ns
        start_tag = self._qualified(_MATCH_NAMESPACES.get(lower), start_ns, localname.lower())
        # endElementNS: no userland normalisation, no lowering before prefixing
        end_tag = self._qualified(
            _MATCH_NAMESPACES.get(namespace.lower(), ""), namespace, localname).lower()
        name, unprefixed = self._method_suffix(start_tag)
        if self._method_suffix(end_tag)[0] != name:
            raise _Decline(f"element {tag!r} named {start_tag!r}, then {end_tag!r}")
        start = _START_HANDLERS.get(name)
        end = _END_HANDLERS.get(name)
        if start is None and hasattr(_FEEDPARSER_HANDLERS, "_start_" + name):
            raise _Decline(f"element <{start_tag}> (feedparser handler _start_{name})")
        if end is None and hasattr(_FEEDPARSER_HANDLERS, "_end_" + name):
            raise _Decline(f"element <{start_tag}> (feedparser handler _end_{name})")
        if start is None and _reserved(name):
            raise _Decline(f"element <{start_tag}> stored as {name!r}")
        plan = _Plan(
            tag=start_tag, name=name, start=start, end=end,
            childless=start is not None and name not in _CONTAINERS,
            ends_textinput=unprefixed and start_tag not in (
                "title", "link", "description", "name"),
            ends_image=unprefixed and start_tag not in (
                "title", "link", "description", "url", "href", "width", "height"),
        )
        self._plans[tag] = plan
        return plan

    def _qualified(self, prefix: str | None, namespace: str, localname: str) -> str:
        if prefix:
            return prefix.lower() + ":" + localname
        if namespace:
            for name, value in self.namespaces_in_use.items():
                if name and value == namespace:
                    return name + ":" + localname
        return localname

    def _method_suffix(self, tag: str) -> tuple[str, bool]:
        """``prefix_suffix`` as unknown_starttag/unknown_endtag build it, and
        whether the prefix is empty."""
        if tag.find(":") != -1:
            prefix, suffix = tag.split(":", 1)
        else:
            prefix, suffix = "", tag
        prefix = self.namespacemap.get(prefix, prefix)
        return (prefix + "_" if prefix else "") + suffix, not prefix

    @staticmethod
    def _attributes(attrib: Any) -> list[tuple[str, str]]:
        """startElementNS's attrsD, then _normalize_attributes."""
        attrs_d: dict[str, str] = {}
        qnames: list[tuple[str, str]] = []
        for key, value in attrib.items():
            if not key.isascii():
                raise _Decline("non-ASCII attribute name")
            if key[0] == "{":
                namespace, local = key[1:].split("}", 1)
                if namespace != _XML_NS:
                    raise _Decline(f"namespaced attribute {key}")
                attrs_d[("xml:" + local).lower()] = value
                qnames.append((local, value))
            else:
                attrs_d[key.lower()] = value
                qnames.append((key, value))
        for qname, _value in qnames:
            # AttributesNSImpl.getValueByQName: the first attribute of that qname
            attrs_d[qname.lower()] = next(v for q, v in qnames if q == qname)
        return [(k, v.lower() if k in ("rel", "type") else v) for k, v in attrs_d.items()]

    # ------------------------------------------------------------- mixin.py

    def track_namespace(self, prefix: str | None, uri: str) -> None:
        loweruri = uri.lower()
        if not self.version:
            if (prefix, loweruri) == (None, "http://my.netscape.com/rdf/simple/0.9/"):
                self.version = "rss090"
            elif loweruri == "http://purl.org/rss/1.0/":
                self.version = "rss10"
            elif loweruri == "http://www.w3.org/2005/atom":
                self.version = "atom10"
        if loweruri.find("backend.userland.com/rss") != -1:
            uri = "http://backend.userland.com/rss"
            loweruri = uri
        if loweruri in _MATCH_NAMESPACES:
            self.namespacemap[prefix] = _MATCH_NAMESPACES[loweruri]
            self.namespaces_in_use[_MATCH_NAMESPACES[loweruri]] = uri
        else:
            self.namespaces_in_use[prefix or ""] = uri

    def _join(self, base: str, rel: str) -> str:
        """unknown_starttag's base URI step (a pure function, cached)."""
        key = (base, rel)
        result = self._join_cache.get(key)
        if result is None:
            if base:
                result = make_safe_absolute_uri(base, rel) or base
            else:
                result = _urljoin(base, rel)
            self._join_cache[key] = result
        return result

    def start_element(self, element: Any) -> _Plan:
        """unknown_starttag and the element's start handler."""
        plan = self._plans.get(element.tag) or self._plan(element.tag)
        if self.incontent or self.insource or self.childless[-1]:
            # feedparser turns markup inside a text construct into inline
            # XHTML and reads <source> children into the source's dict; the
            # handlers replayed for their effect on the stack only assume
            # they hold text.
            raise _Decline(f"element <{plan.tag}> inside a text-only element")
        self.childless.append(plan.childless)
        self.depth += 1
        if element.attrib:
            attrs_d = dict(self._attributes(element.attrib))
            base = attrs_d.get("xml:base", attrs_d.get("base")) or self.baseuri
            lang = attrs_d.get("xml:lang", attrs_d.get("lang"))
            if lang == "":
                lang = None
            elif lang is None:
                lang = self.lang
        else:
            attrs_d = {}
            base = self.baseuri
            lang = self.lang
        self.baseuri = self._join(self.baseuri, base)
        if self.depth == 1:
            if plan.tag != "rss":
                raise _Decline(f"root element <{plan.tag}>")
            if lang:
                self.feeddata["language"] = lang.replace("_", "-")
        self.lang = lang
        self.basestack.append(self.baseuri)
        self.langstack.append(lang)
        if plan.ends_textinput:
            self.intextinput = 0
        if plan.ends_image:
            self.inimage = 0
        if plan.start is not None:
            plan.start(self, attrs_d)
        elif not attrs_d:
            self.push(plan.name, 1)
        else:
            self._get_context()[plan.name] = attrs_d
        return plan

    def end_element(self, plan: _Plan) -> None:
        """The element's end handler and unknown_endtag."""
        self.childless.pop()
        if plan.end is not None:
            plan.end(self)
        else:
            # A generic element (its name was checked at its start), or one
            # whose handler pushes nothing: feedparser pops its name anyway.
            self.discard(plan.name)
        basestack = self.basestack
        basestack.pop()
        if basestack and basestack[-1]:
            self.baseuri = basestack[-1]
        langstack = self.langstack
        langstack.pop()
        if langstack:
            self.lang = langstack[-1]
        self.depth -= 1

    def handle_data(self, text: str) -> None:
        if not self.elementstack:
            return
        if self.contentparams.get("type") == "application/xhtml+xml":
            text = xml.sax.saxutils.escape(text)
        self.elementstack[-1][2].append(text)

    def resolve_uri(self, uri: str) -> str:
        return _urljoin(self.baseuri or "", uri)

    def push(self, element: str, expecting_text: Any) -> None:
        self.elementstack.append([element, expecting_text, []])

    def discard(self, element: str) -> None:
        """``pop`` of an element whose value no field reads: outside a text
        construct (contentparams is empty), pop changes nothing else than
        the stack and keys that are never read."""
        stack = self.elementstack
        if stack and stack[-1][0] == element:
            stack.pop()

    def pop(self, element: str) -> str | None:
        if not self.elementstack or self.elementstack[-1][0] != element:
            return None
        element, expecting_text, pieces = self.elementstack.pop()
        output = "".join(pieces).strip()
        if not expecting_text:
            return output
        contentparams = self.contentparams
        if contentparams.get("base64", 0):
            try:
                output = base64.decodebytes(output.encode("utf8")).decode("utf8")
            except (binascii.Error, binascii.Incomplete, UnicodeDecodeError):
                pass
        if element in _CAN_BE_RELATIVE_URI and output:
            if not element == "id" or self.guidislink:
                output = self.resolve_uri(output)
        # version is never Atom here (the root is <rss>)
        if contentparams.get("type") == "text/plain" and _maybe_html(output) and (
                _looks_like_html(output)):
            contentparams["type"] = "text/html"
        contentparams.pop("mode", None)
        contentparams.pop("base64", None)
        # feedparser's handler encoding is always utf-8 (safe_feedparser._handler)
        try:
            output = output.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        if _CP1252_KEYS.search(output):
            output = output.translate(_cp1252)
        if element in ("category", "tags", "itunes_keywords"):
            return output
        if element == "title" and -1 < self.title_depth <= self.depth:
            return output
        if self.inentry and not self.insource:
            entry = self.entries[-1]
            if element == "content":
                entry.setdefault("content", []).append(dict(contentparams, value=output))
            elif element == "link":
                if not self.inimage:
                    if "&" in output:
                        output = output.replace("&amp;", "&")
                        output = _LINK_ENTITY.sub(r"&\g<1>", output)
                    entry["link"] = output
            else:
                if element == "description":
                    element = "summary"
                depths = self.entry_depths[-1]
                old_value_depth = depths.get(element)
                if old_value_depth is None or self.depth <= old_value_depth:
                    depths[element] = self.depth
                    entry[element] = output
                if self.incontent:
                    entry[element + "_detail"] = dict(contentparams, value=output)
        elif self.infeed or self.insource:
            context = self._get_context()
            if element == "description":
                element = "subtitle"
            context[element] = output
            if element == "link":
                context[element] = _LINK_ENTITY.sub(r"&\g<1>", output)
            elif self.incontent:
                context[element + "_detail"] = dict(contentparams, value=output)
        return output

    def push_content(self, tag: str, attrs_d: dict[str, str], default_content_type: str,
                     expecting_text: Any) -> None:
        self.incontent += 1
        if self.lang:
            self.lang = self.lang.replace("_", "-")
        self.contentparams = {
            "type": _map_content_type(attrs_d.get("type", default_content_type)),
            "language": self.lang,
            "base": self.baseuri,
        }
        self.contentparams["base64"] = self._is_base64(attrs_d, self.contentparams)
        self.push(tag, expecting_text)

    def pop_content(self, tag: str) -> str | None:
        value = self.pop(tag)
        self.incontent -= 1
        self.contentparams.clear()
        return value

    @staticmethod
    def _is_base64(attrs_d: dict[str, str], contentparams: dict[str, Any]) -> int:
        if attrs_d.get("mode", "") == "base64":
            return 1
        content_type = contentparams["type"]
        if content_type.startswith("text/") or content_type.endswith(("+xml", "/xml")):
            return 0
        return 1

    def _get_context(self) -> dict[str, Any]:
        if self.insource:
            return self.sourcedata
        if self.inimage and "image" in self.feeddata:
            return self.feeddata["image"]
        if self.intextinput:
            return self.feeddata["textinput"]
        if self.inentry:
            return self.entries[-1]
        return self.feeddata

    def _save(self, key: str, value: Any, overwrite: bool = False) -> None:
        context = self._get_context()
        if overwrite:
            context[key] = value
        else:
            context.setdefault(key, value)

    def _expecting(self) -> int:
        return self.infeed or self.inentry or self.insource

    # ----------------------------------------------------- namespaces/_base.py

    def _start_rss(self, attrs_d: dict[str, str]) -> None:
        if attrs_d.get("version") != "2.0" or self.depth != 1:
            raise _Decline("not <rss version=\"2.0\">")
        if not self.version or not self.version.startswith("rss"):
            self.version = "rss20"

    def _start_channel(self, attrs_d: dict[str, str]) -> None:
        self.infeed = 1
        self._cdf_common(attrs_d)

    @staticmethod
    def _cdf_common(attrs_d: dict[str, str]) -> None:
        if "lastmod" in attrs_d or "href" in attrs_d:
            raise _Decline("CDF attributes")

    def _end_channel(self) -> None:
        self.infeed = 0

    def _start_image(self, attrs_d: dict[str, str]) -> None:
        if self.inentry or self.inimage:
            raise _Decline("<image> inside an item or an image")
        self.feeddata.setdefault("image", {})
        self.inimage = 1
        self.title_depth = -1
        self.push("image", 0)

    def _end_image(self) -> None:
        self.pop("image")
        self.inimage = 0

    def _push_handler(element: str, expecting_text: int) -> Callable[..., None]:  # noqa: N805
        def start(self: _Rss20Replay, attrs_d: dict[str, str]) -> None:
            self.push(element, expecting_text)
        return start

    def _pop_handler(element: str) -> Callable[..., None]:  # noqa: N805
        def end(self: _Rss20Replay) -> None:
            self.pop(element)
        return end

    def _discard_handler(element: str) -> Callable[..., None]:  # noqa: N805
        def end(self: _Rss20Replay) -> None:
            self.discard(element)
        return end

    def _content_handlers(element: str) -> tuple[Callable[..., None], Callable[..., None]]:  # noqa: N805
        """subtitle, rights, info: text constructs that no field reads."""
        def start(self: _Rss20Replay, attrs_d: dict[str, str]) -> None:
            self.push_content(element, attrs_d, "text/plain", 1)

        def end(self: _Rss20Replay) -> None:
            self.discard(element)  # pop_content, without the unread value
            self.incontent -= 1
            self.contentparams.clear()
        return start, end

    def _start_author(self, attrs_d: dict[str, str]) -> None:
        self.push("author", 1)

    def _start_item(self, attrs_d: dict[str, str]) -> None:
        about = self.namespacemap.get("rdf", "rdf") + ":about"
        if about in attrs_d or "lastmod" in attrs_d or "href" in attrs_d:
            raise _Decline("rdf:about or CDF attributes on <item>")
        self.entries.append({})
        self.entry_depths.append({})
        self.push("item", 0)
        self.inentry = 1
        self.guidislink = 0
        self.title_depth = -1

    def _end_item(self) -> None:
        self.pop("item")
        self.inentry = 0
        self.hasContent = 0
        # safe_feedparser's cap: an entry beyond the limit is dropped when complete
        if len(self.entries) > self.max_entries:
            del self.entries[self.max_entries:]
            del self.entry_depths[self.max_entries:]
            self.over_limit += 1

    def _end_language(self) -> None:
        self.lang = self.pop("language")

    def _end_published(self) -> None:
        value = self.pop("published")
        self._save("published_parsed", _parse_date(value), overwrite=True)

    def _end_updated(self) -> None:
        value = self.pop("updated")
        self._save("updated_parsed", _parse_date(value), overwrite=True)

    def _start_category(self, attrs_d: dict[str, str]) -> None:
        self.push("category", 1)

    def _start_link(self, attrs_d: dict[str, str]) -> None:
        attrs_d.setdefault("rel", "alternate")
        if attrs_d["rel"] == "self":
            attrs_d.setdefault("type", "application/atom+xml")
        else:
            attrs_d.setdefault("type", "text/html")
        context = self._get_context()
        attrs_d = _FeedParserMixin._enforce_href(attrs_d)
        if "href" in attrs_d:
            attrs_d["href"] = self.resolve_uri(attrs_d["href"])
        if "href" in attrs_d:
            if (attrs_d.get("rel") == "alternate"
                    and _map_content_type(attrs_d.get("type")) in _HTML_TYPES):
                context["link"] = attrs_d["href"]
        else:
            self.push("link", self._expecting())

    def _start_guid(self, attrs_d: dict[str, str]) -> None:
        self.guidislink = attrs_d.get("ispermalink", "true") == "true"
        self.push("id", 1)

    def _end_guid(self) -> None:
        value = self.pop("id")
        if self.guidislink:
            self._save("link", value)

    def _start_title(self, attrs_d: dict[str, str]) -> None:
        self.push_content("title", attrs_d, "text/plain", self._expecting())

    def _end_title(self) -> None:
        value = self.pop_content("title")
        if not value:
            return
        self.title_depth = self.depth

    def _end_media_title(self) -> None:
        title_depth = self.title_depth
        self._end_title()
        self.title_depth = title_depth

    def _start_description(self, attrs_d: dict[str, str]) -> None:
        context = self._get_context()
        if "summary" in context and not self.hasContent:
            self._summaryKey = "content"
            self._start_content(attrs_d)
        else:
            self.push_content("description", attrs_d, "text/html", self._expecting())

    def _end_description(self) -> None:
        if self._summaryKey == "content":
            self._end_content()
        else:
            self.pop_content("description")
        self._summaryKey = None

    def _start_summary(self, attrs_d: dict[str, str]) -> None:
        context = self._get_context()
        if "summary" in context and not self.hasContent:
            self._summaryKey = "content"
            self._start_content(attrs_d)
        else:
            self._summaryKey = "summary"
            self.push_content(self._summaryKey, attrs_d, "text/plain", 1)

    def _end_summary(self) -> None:
        if self._summaryKey == "content":
            self._end_content()
        else:
            self.pop_content(self._summaryKey or "summary")
        self._summaryKey = None

    def _start_source(self, attrs_d: dict[str, str]) -> None:
        self.push("source", 1)
        self.insource = 1
        self.title_depth = -1

    def _end_source(self) -> None:
        self.insource = 0
        self.pop("source")
        self.sourcedata.clear()

    def _start_content(self, attrs_d: dict[str, str]) -> None:
        self.hasContent = 1
        self.push_content("content", attrs_d, "text/plain", 1)
        src = attrs_d.get("src")
        if src:
            self.contentparams["src"] = src
        # feedparser pushes "content" twice here; the extra entry stays on
        # its element stack, and so it does on this one
        self.push("content", 1)

    def _start_content_encoded(self, attrs_d: dict[str, str]) -> None:
        self.hasContent = 1
        self.push_content("content", attrs_d, "text/html", 1)

    def _end_content(self) -> None:
        copy_to_summary = (_map_content_type(self.contentparams.get("type"))
                           in _COPY_TO_SUMMARY_TYPES)
        value = self.pop_content("content")
        if copy_to_summary:
            self._save("summary", value)

    def _start_media_credit(self, attrs_d: dict[str, str]) -> None:
        self.push("credit", 1)

    def _start_media_thumbnail(self, attrs_d: dict[str, str]) -> None:
        self.push("url", 1)

    def _start_nothing(self, attrs_d: dict[str, str]) -> None:
        """A handler that stores attributes only (media:content, enclosure,
        cloud) or does nothing (media:group)."""

    def _start_generator(self, attrs_d: dict[str, str]) -> None:
        self.push("generator", 1)


_R = _Rss20Replay
_subtitle = _R._content_handlers("subtitle")
_rights = _R._content_handlers("rights")
_info = _R._content_handlers("info")

# feedparser's handler names (without _start_/_end_) -> the replay. Handlers
# that only store fields no entry dict reads are reduced to their effect on
# the element stack and the text-construct state.
_START_HANDLERS: dict[str, Callable[[_Rss20Replay, dict[str, str]], None]] = {
    "rss": _R._start_rss,
    "channel": _R._start_channel,
    "image": _R._start_image,
    "item": _R._start_item,
    "title": _R._start_title, "dc_title": _R._start_title, "media_title": _R._start_title,
    "description": _R._start_description, "dc_description": _R._start_description,
    "media_description": _R._start_description,
    "summary": _R._start_summary,
    "content": _R._start_content,
    "content_encoded": _R._start_content_encoded, "fullitem": _R._start_content_encoded,
    "link": _R._start_link,
    "guid": _R._start_guid, "id": _R._start_guid,
    "pubdate": _R._push_handler("published", 1), "published": _R._push_handler("published", 1),
    "issued": _R._push_handler("published", 1),
    "dcterms_issued": _R._push_handler("published", 1),
    "updated": _R._push_handler("updated", 1), "modified": _R._push_handler("updated", 1),
    "lastbuilddate": _R._push_handler("updated", 1), "dc_date": _R._push_handler("updated", 1),
    "dcterms_modified": _R._push_handler("updated", 1),
    "language": _R._push_handler("language", 1), "dc_language": _R._push_handler("language", 1),
    "source": _R._start_source,
    "category": _R._start_category, "keywords": _R._start_category,
    "dc_subject": _R._start_category, "media_category": _R._start_category,
    "author": _R._start_author, "managingeditor": _R._start_author,
    "dc_creator": _R._start_author, "dc_author": _R._start_author,
    "media_content": _R._start_nothing, "media_group": _R._start_nothing,
    "enclosure": _R._start_nothing, "cloud": _R._start_nothing,
    "media_thumbnail": _R._start_media_thumbnail,
    "media_credit": _R._start_media_credit,
    "media_rating": _R._push_handler("rating", 1),
    "media_restriction": _R._push_handler("restriction", 1),
    "media_license": _R._push_handler("license", 1),
    "media_player": _R._push_handler("media_player", 0),
    "generator": _R._start_generator,
    "created": _R._push_handler("created", 1), "dcterms_created": _R._push_handler("created", 1),
    "expirationdate": _R._push_handler("expired", 1),
    "webmaster": _R._push_handler("publisher", 1), "dc_publisher": _R._push_handler("publisher", 1),
    "subtitle": _subtitle[0], "tagline": _subtitle[0],
    "rights": _rights[0], "copyright": _rights[0], "dc_rights": _rights[0],
    "info": _info[0], "feedburner_browserfriendly": _info[0],
    "name": _R._push_handler("name", 0), "email": _R._push_handler("email", 0),
    "url": _R._push_handler("href", 1), "uri": _R._push_handler("href", 1),
    "homepage": _R._push_handler("href", 1),
    "width": _R._push_handler("width", 0), "height": _R._push_handler("height", 0),
    "newlocation": _R._push_handler("newlocation", 1),
}

_END_HANDLERS: dict[str, Callable[[_Rss20Replay], None]] = {
    "channel": _R._end_channel,
    "image": _R._end_image,
    "item": _R._end_item,
    "title": _R._end_title, "dc_title": _R._end_title, "media_title": _R._end_media_title,
    "description": _R._end_description, "dc_description": _R._end_description,
    "media_description": _R._end_description,
    "summary": _R._end_summary,
    "content": _R._end_content, "content_encoded": _R._end_content,
    "fullitem": _R._end_content,
    "link": _R._pop_handler("link"),
    "guid": _R._end_guid, "id": _R._end_guid,
    "pubdate": _R._end_published, "published": _R._end_published,
    "issued": _R._end_published, "dcterms_issued": _R._end_published,
    "updated": _R._end_updated, "modified": _R._end_updated,
    "lastbuilddate": _R._end_updated, "dc_date": _R._end_updated,
    "dcterms_modified": _R._end_updated,
    "language": _R._end_language, "dc_language": _R._end_language,
    "source": _R._end_source,
    "category": _R._discard_handler("category"), "keywords": _R._discard_handler("category"),
    "dc_subject": _R._discard_handler("category"),
    "media_category": _R._discard_handler("category"),
    "author": _R._discard_handler("author"), "managingeditor": _R._discard_handler("author"),
    "dc_creator": _R._discard_handler("author"), "dc_author": _R._discard_handler("author"),
    "media_thumbnail": _R._discard_handler("url"),
    "media_credit": _R._discard_handler("credit"),
    "media_rating": _R._discard_handler("rating"),
    "media_restriction": _R._discard_handler("restriction"),
    "media_license": _R._discard_handler("license"),
    "media_player": _R._discard_handler("media_player"),
    "generator": _R._discard_handler("generator"),
    "created": _R._discard_handler("created"), "dcterms_created": _R._discard_handler("created"),
    "expirationdate": _R._discard_handler("expired"),
    "webmaster": _R._discard_handler("publisher"), "dc_publisher": _R._discard_handler("publisher"),
    "subtitle": _subtitle[1], "tagline": _subtitle[1],
    "rights": _rights[1], "copyright": _rights[1], "dc_rights": _rights[1],
    "info": _info[1], "feedburner_browserfriendly": _info[1],
    "name": _R._discard_handler("name"), "email": _R._discard_handler("email"),
    "url": _R._discard_handler("href"), "uri": _R._discard_handler("href"),
    "homepage": _R._discard_handler("href"),
    "width": _R._discard_handler("width"), "height": _R._discard_handler("height"),
    "newlocation": _R._discard_handler("newlocation"),
}
# media:content, media:group, enclosure, cloud and rss have no end handler:
# feedparser pops their name, which is never on top of its stack.

# Handled elements that may hold other elements; the others hold text only.
_CONTAINERS = frozenset({"rss", "channel", "item", "image", "media_group", "media_content",
                         "enclosure", "cloud"})


def _replay(data: bytes, baseuri: str, max_entries: int) -> _Rss20Replay:
    replay = _Rss20Replay(baseuri, max_entries)
    # [element, its last child seen]: the text before an event is the
    # parent's text or the previous sibling's tail, both complete by then.
    open_elements: list[list[Any]] = []
    events = etree.iterparse(io.BytesIO(data), events=("start", "end", "start-ns"),
                             **_PARSER_OPTIONS)
    for event, obj in events:
        if event == "start":
            if open_elements:
                parent = open_elements[-1]
                previous = parent[1]
                text = previous.tail if previous is not None else parent[0].text
                if text:
                    replay.handle_data(text)
                parent[1] = obj
            open_elements.append([obj, None, replay.start_element(obj), replay.declarations])
        elif event == "end":
            element, last, plan, declarations = open_elements.pop()
            text = last.tail if last is not None else element.text
            if text:
                replay.handle_data(text)
            if declarations != replay.declarations:
                replay.check_end_name(element, plan)
            replay.end_element(plan)
        else:
            replay.start_prefix_mapping(*obj)
    return replay


def parse_rss20(
    content: bytes,
    *,
    content_type: str | None = None,
    base_url: str | None = None,
    max_entries: int = DEFAULT_MAX_ENTRIES,
) -> ParsedDocument | None:
    """``safe_feedparser.parse_bytes(content, ...)`` for a well-formed RSS 2.0
    document, with entries and feed as plain dicts holding the keys that
    ``transforms.feeds`` reads; ``None`` for any other document."""
    parsed, _ = _parse_or_decline(content, content_type, base_url, max_entries)
    return parsed


def decline_reason(
    content: bytes,
    *,
    content_type: str | None = None,
    base_url: str | None = None,
    max_entries: int = DEFAULT_MAX_ENTRIES,
) -> str | None:
    """Why ``parse_rss20`` declines ``content`` (None: it does not)."""
    return _parse_or_decline(content, content_type, base_url, max_entries)[1]


def _parse_or_decline(
    content: bytes, content_type: str | None, base_url: str | None, max_entries: int,
) -> tuple[ParsedDocument | None, str | None]:
    if content.find(b"<rss", 0, 64 * 1024) < 0:  # cheap first look; UTF-16 declines too
        return None, "no <rss in the first 64 KiB"
    data, notes, encoding = prepare_bytes(content, content_type)
    if not encoding:
        return None, "encoding unknown (feedparser's loose parser)"
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None, "DOCTYPE or entity declaration"
    baseuri = (make_safe_absolute_uri(base_url) or "") if base_url else ""
    try:
        replay = _replay(data, baseuri, max_entries)
    except _Decline as e:
        return None, str(e)
    except etree.LxmlError as e:
        return None, f"not well-formed: {e}"
    except Exception as e:  # noqa: BLE001
        # A handler of feedparser's failing the same way would end its
        # strict parse (and feedparser would read the document loosely):
        # feedparser's path gives the answer either way.
        return None, f"{type(e).__name__}: {e}"
    if replay.version == "" or replay.depth != 0:
        return None, "no <rss> element"
    return ParsedDocument(
        feed=replay.feeddata,
        entries=replay.entries,
        version=replay.version,
        notes=list(dict.fromkeys(notes)),
        well_formed=True,
        entries_over_limit=replay.over_limit,
        encoding=encoding,
    ), None
