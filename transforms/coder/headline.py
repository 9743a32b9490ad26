"""Title-case headlines: the small English model mis-tags them ("Mexico Seeks" as a
PERSON), so a title-case sentence is re-parsed with every word that is not a known
name lower-cased. Lower-casing keeps the length, so offsets carry over unchanged."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_SMALL = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with",
    "by", "from", "as", "vs", "over", "after", "amid", "into", "its", "is", "be",
})


def is_title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def _lower_same_length(word: str) -> str:
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in word)


def normalise_headline(text: str, gaz: Gazetteer) -> str:
    """Lower-case every word that is not part of a gazetteer name or an acronym."""
    matches = list(_WORD.finditer(text))
    keep: set[int] = set()
    n = len(matches)
    i = 0
    while i < n:
        found = 0
        for size in range(min(gaz.max_words, n - i), 0, -1):
            start, end = matches[i].start(), matches[i + size - 1].end()
            if gaz.lookup(text[start:end].rstrip(".")):
                found = size
                break
        if found:
            keep.update(range(i, i + found))
            i += found
        else:
            i += 1
    chars = list(text)
    for idx, m in enumerate(matches):
        word = m.group()
        if idx in keep:
            continue
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            continue  # acronyms: "US", "EU", "NATO"
        chars[m.start(): m.end()] = _lower_same_length(word)
    out = "".join(chars)
    assert len(out) == len(text)
    return out
