"""Scare quotes around a short phrase ("Pakistan 'fully supports' Beijing's position",
"his government 'stands fully behind' Pristina"): the small model reads the quote
marks as possessive endings or punctuation and loses the clause's verb. A sentence
holding one is re-parsed with those quote marks blanked (same length, so offsets
carry over unchanged, as in headline.py and compounds.py)."""

from __future__ import annotations

import re

from .prefilter import has_trigger_word

# A quoted phrase of two to six words that starts with a lower-case letter (a verb or
# an adjective phrase, not a title or a name), its marks at word boundaries: not the
# apostrophe of "Pakistan's" or of "the Emirates' decision". One quoted word ("voices
# 'solidarity' with") is read well as it is.
_QUOTED = re.compile(
    r"""(?<![\w'’])(['‘"“])([a-z][\w'’-]*(?:[ ][\w'’-]+){1,5}?)(['’"”])(?![\w'’])""")


# Quoted words that decide an act's mode: "Beijing has 'no plans' to sanction ...".
_MODE_PHRASE = re.compile(
    r"^no\s+(?:\w+\s+)?(?:plans?|intention|desire)\b|^(?:stands?\s+)?(?:ready|prepared)\b", re.I)


def quote_marks(text: str) -> list[int]:
    """The offsets of the marks around each short quoted phrase of an act in `text`.
    Only phrases that hold a word of an act ("fully supports", "full solidarity") or
    open with one of its mode ("no plans", "ready"): others ("'not on the agenda'")
    are left as the parser reads them."""
    return [i for m in _QUOTED.finditer(text)
            if has_trigger_word(m.group(2)) or _MODE_PHRASE.match(m.group(2))
            for i in (m.start(1), m.end(3) - 1)]


def blank_marks(text: str, marks: list[int]) -> str:
    """`text` with the characters at `marks` replaced by spaces (same length, so the
    marks found in a sentence can be blanked in its re-parsed form too)."""
    chars = list(text)
    for i in marks:
        chars[i] = " "
    return "".join(chars)
