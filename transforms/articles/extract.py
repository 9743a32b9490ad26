"""The main text and metadata of an article page, with trafilatura.

trafilatura (Apache-2.0, maintained, the best-scoring open extractor in the
published main-text benchmarks) drops navigation, cookie banners, related-link
boxes, comments and footers and keeps the article's paragraphs, one per line;
it also reads author and publication date from the page's metadata. The text
is then cleaned like every other text field (``transforms.text.clean_text``),
so the offsets of the events found in it are offsets in the stored
``body_text``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.metadata
from email.message import Message

from transforms.text import clean_text, truncate

# The same bound as the feed's own full text (ParsePolicy.max_content_chars).
MAX_BODY_CHARS = 200_000
MAX_AUTHOR_CHARS = 1_000
# Markup beyond this is not parsed (lxml and trafilatura are linear, but a
# page of several megabytes of markup is not an article).
MAX_MARKUP_CHARS = 4 * 1024 * 1024

EXTRACTOR = f"trafilatura {importlib.metadata.version('trafilatura')}"


class NotAnArticle(Exception):
    """The page gave no main text."""


@dataclasses.dataclass(frozen=True)
class ExtractedArticle:
    text: str
    author: str | None
    date: dt.date | None  # the publication date the page states
    extracted_by: str = EXTRACTOR


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip().lower() if isinstance(charset, str) else None


def decode_page(content: bytes, content_type: str | None) -> str | bytes:
    """The page as text when HTTP names a charset Python knows; otherwise the
    bytes, for trafilatura to decode from the page's own declaration."""
    charset = _charset(content_type)
    if charset:
        try:
            return content.decode(charset, errors="replace")
        except LookupError:
            pass
    return content


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _drop_repeated_headline(text: str, headlines: list[str]) -> str:
    """Pages repeat their headline above the text; coded twice it would give
    every headline event a second row."""
    first, _, rest = text.partition("\n")
    squashed = " ".join(first.split()).casefold()
    if rest and any(squashed == " ".join(h.split()).casefold() for h in headlines if h):
        return rest
    return text


def extract_article(page: str | bytes, url: str, headline: str | None = None) -> ExtractedArticle:
    """Main text, author and date of an article page. Raises ``NotAnArticle``
    when the page holds no main text."""
    import trafilatura  # imported here: loading it takes a moment, workers do it once

    if len(page) > MAX_MARKUP_CHARS:
        page = page[:MAX_MARKUP_CHARS]
    document = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise NotAnArticle(f"{url}: no main text found")
    text = clean_text(document.text or "")
    text = _drop_repeated_headline(text, [headline or "", document.title or ""])
    if not text:
        raise NotAnArticle(f"{url}: no main text found")
    author = clean_text(document.author or "") or None
    return ExtractedArticle(
        text=truncate(text, MAX_BODY_CHARS),
        author=truncate(author, MAX_AUTHOR_CHARS) if author else None,
        date=_date(document.date),
    )
