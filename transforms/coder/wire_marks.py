"""A wire service's marks around a story's headline: the slug before it ("UPDATE 2-",
"EXCLUSIVE-", "RUSSIAN MARKETS-") and the editor's note after it ("(Adds Beijing
response in paragraph 7)"), often followed by the story's dateline; and the bullets of a
factbox's list. The parser reads a slug as the headline's subject ("UPDATE" as a noun,
"2-Indonesia" as one word), an editor's note as part of the story, though what it
corrects is what did not happen ("Corrects headline that said Kuwait had restored ties
with Lebanon"), and a list as one sentence."""

from __future__ import annotations

import re

from .actors import dateline_length

# Reuters' slugs, which may be chained ("CORRECTED-UPDATE 1-"); a fixed list, since
# "EU-Russia" or "ASEAN-China" open headlines the same way.
_SLUG_WORD = (
    r"(?:UPDATE|WRAPUP|REFILE|RPT|CORRECTED|CORRECTION|EXCLUSIVE|ANALYSIS|FACTBOX"
    r"|INSIGHT|EXPLAINER|TIMELINE|FOCUS|SPECIAL\s+REPORT|INTERVIEW|PREVIEW|NEWSMAKER"
    r"|COLUMN|BREAKINGVIEWS|BRIEF|WHAT\s+WE\s+KNOW|KEY\s+FACTS|CHRONOLOGY|HIGHLIGHTS"
    r"|QUOTEBOX|SCENARIOS|(?:[A-Z]+\s+)?MARKETS)(?:\s+\d{1,2})?")
_SLUG = re.compile(r"\s*(?:" + _SLUG_WORD + r"-)+(?=[\"'‘“]?[A-Z0-9])")
# What an editor's note says a version changed.
_EDIT_NOTE = re.compile(
    r"\s*\((?:Adds|Corrects|Updates|Recasts|Refiles|Rewrites|Changes|Fixes|Repeats|Removes"
    r"|Clarifies|Deletes|Inserts|Amends|Restores|Replaces|Withdraws|Writes\s+through|Moves"
    r"|Edits|Reorders)\b[^()]*\)")


# A factbox's title: its list tells of measures and acts already taken, as background.
_FACTBOX = re.compile(r"\s*(?:" + _SLUG_WORD + r"-)*FACTBOX\b|\s*Factbox\s*[:-]")
# A list item's bullet at the start of its line.
_BULLET = re.compile(r"[ \t]*[*•▪‣–-][ \t]+")
BULLETS = frozenset("*•▪‣–-")


def slug_length(text: str) -> int:
    """The length of the wire slug `text` opens with, 0 for none."""
    match = _SLUG.match(text)
    return match.end() if match else 0


def is_factbox(text: str) -> bool:
    """Whether `text` is a wire factbox ("FACTBOX-Where Israel's ties stand ...")."""
    return _FACTBOX.match(text) is not None


def bullet_length(text: str) -> int:
    """The length of the bullet `text` opens with ("* Bolivia - cut relations ..."), 0
    for none."""
    match = _BULLET.match(text)
    return match.end() if match else 0


def editor_notes(text: str) -> list[tuple[int, int]]:
    """Where each editor's note in `text` starts and ends, with the dateline that
    follows it ("(Adds Juba reaction) UNITED NATIONS, July 30 - ")."""
    out = []
    for match in _EDIT_NOTE.finditer(text):
        out.append((match.start(), match.end() + dateline_length(text[match.end():])))
    return out


def story_start(text: str) -> int:
    """Where the story after the first editor's note in `text` starts (its dateline
    first), 0 for none."""
    match = _EDIT_NOTE.search(text)
    return match.end() if match else 0


def blank_notes(text: str, notes: list[tuple[int, int]]) -> str:
    """`text` with each note blanked (same length): a full stop where the story goes
    on after it, so that the headline and the story's first sentence part."""
    for start, end in notes:
        mark = "." if text[end:].strip() else " "
        text = text[:start] + mark + " " * (end - start - 1) + text[end:]
    return text
