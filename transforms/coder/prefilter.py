"""Cheap keyword pre-filter over raw text, no spaCy.

The component runs the same test on every sentence before coding it, so a text for
which ``might_contain_event`` is False can never yield an event: the filter is a
superset of the coder by construction (and tests/test_coder.py checks it on data).
"""

from __future__ import annotations

import re

_KEYWORDS = re.compile(
    r"""\b(?:
        sanction\w*|embargo\w*|blacklist\w*|delist\w*|boycott\w*
      | bans?|banned|banning|freez\w*|froze\w*|unfr\w*|unblock\w*|prohibit\w*
      | barr(?:ed|ing)|restrictions?|curbs?|(?:export|import)\s+controls?
      | retaliat\w*|punitive|(?:measures?|actions?|steps?|penalties)\s+targeting
      | ties|relations?|relationships?
      | ambassador\w*|envoys?|diplomat\w*|charg[eé]s?|consul\w*|attach[eé]s?|emissar\w*
      | commissioners?|grata
      | embass\w*|missions?
      | recogni[sz]\w*|recognition|allegiance|sid(?:ed|es|ing)\s+with|entity\s+list
      | terror(?:ism)?\s+list|sponsors?\s+of\s+terror\w*
      | support\w*|back|backs|backed|backing|endors\w*|defend\w*|prais\w*|welcom\w*
      | hail\w*|applaud\w*|laud\w*|commend\w*|champion\w*|rall\w*|salut\w*
      | solidarity|appreciation|thank(?:s|ed|ing)?
      | (?:stands?|stood|standing)\s+(?:\w+\s+)?(?:by|with|behind)|weight\s+behind
      | (?:official|diplomatic)\s+contacts?
      | (?:licen[cs]e|waiver|exemption)s?\W+(?:allow|authori[sz]|permit)\w*
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_QUIT = re.compile(r"\b(?:quit\w*|leav\w*|left|withdr\w*|exit\w*)\b", re.IGNORECASE)
_ORGANISATION = re.compile(
    r"\b(?:EU|E\.U\.|UN|U\.N\.|NATO|AU|ASEAN|ECOWAS|GCC|OAS|WHO|IAEA|ICC|G-?7"
    r"|I\.C\.C\.|W\.H\.O\.|(?i:European Union|United Nations|African Union"
    r"|World Health Organi[sz]ation|International Criminal Court"
    r"|Organi[sz]ation of American States))"
)


def names_organisation(text: str) -> bool:
    """Whether `text` names an organisation a state can quit. The coder asks
    this of the organisation in a "quit/leave X" event, so that such events
    can only come from texts this pre-filter lets through."""
    return bool(_ORGANISATION.search(text))


def might_contain_event(text: str) -> bool:
    """False only when the coder cannot emit an event for `text`."""
    if not text:
        return False
    if _KEYWORDS.search(text):
        return True
    return bool(_QUIT.search(text) and _ORGANISATION.search(text))
