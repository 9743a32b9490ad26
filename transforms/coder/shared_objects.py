"""Two prepositions that share one object ("solidarity with and support for Cuba",
"all exports to and imports from Israel"): the small model leaves the first one
without an object and reads the noun after "and" as a verb, so the clause's act is
lost. A sentence holding them is re-parsed with the first preposition blanked (same
length, so offsets carry over unchanged, as in quotes.py): "solidarity and support for
Cuba" is read well, and the object stays the second preposition's."""

from __future__ import annotations

import re

_PREP = r"(?:to|with|for|from|against|toward|towards|on)"
# the first preposition, then "and"/"or", one or two words and the second preposition
_DANGLING = re.compile(
    rf"\b{_PREP}(?=\s+(?:and|or)\s+(?:[\w'’-]+\s+){{1,2}}?{_PREP}\b)", re.IGNORECASE)


def dangling_prepositions(text: str) -> list[int]:
    """The offsets of the characters of each preposition in `text` whose object is
    the next one's."""
    return [i for m in _DANGLING.finditer(text) for i in range(m.start(), m.end())]
