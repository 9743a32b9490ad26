"""Sanction noun compounds the small model reads as a clause ("asset freezes" as
"asset" + the verb "freezes"): a sentence holding one is re-parsed with the noun
swapped for a same-length sanction noun the model reads as a noun, so offsets carry
over unchanged (like headline.py) and the trigger text is still the original word.

Likewise verbs that are also common nouns in front of a measure ("Canberra scraps
travel bans on ...", read as the noun "scraps" with "travel" as the verb): swapped for a
same-length verb of the same sense that the model reads as a verb, "voices" in front of
a support noun ("Pakistan voices solidarity with ...") and "rally behind"."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

# misread head -> (its modifiers, the same-length noun it is parsed as). "embargo" keeps
# the reading a sanction; the compound's modifier stays in front of it.
_SWAPS: dict[str, tuple[frozenset[str], str]] = {
    "freezes": (frozenset({"asset", "assets"}), "embargo"),
}
# Offsets carry over only if each swap keeps the word's length.
assert all(len(head) == len(noun) for head, (_, noun) in _SWAPS.items())
_COMPOUND = re.compile(
    r"\b(" + "|".join(sorted({m for mods, _ in _SWAPS.values() for m in mods})) + r")(\s+)("
    + "|".join(_SWAPS) + r")\b", re.IGNORECASE)


# misread verb -> the same-length verb of the same sense it is parsed as; only in front
# of a measure noun (at most two words between), so "food scraps" stays a noun.
# ("readies" as "debates": either way a measure still to come, a threat)
_VERB_SWAPS: dict[str, str] = {"scraps": "waives", "axes": "ends", "readies": "debates"}
assert all(len(verb) == len(new) for verb, new in _VERB_SWAPS.items())
_MISREAD_VERB = re.compile(
    r"\b(" + "|".join(_VERB_SWAPS) + r")(?=\s+(?:[\w'’-]+\s+){0,2}?(?:bans?|curbs?"
    r"|restrictions?|embargo(?:e?s)?|sanctions?|freezes?|controls?"
    r"|plans?|proposals?|threats?)\b)", re.IGNORECASE)


# Swapped only where the model did misread them: "ECOWAS lifts sanctions on Guinea" is
# parsed with "ECOWAS" as the verb and "lifts" as a noun; "eases" is read as the verb.
_TAGGED_VERB_SWAPS: dict[str, str] = {"lifts": "eases"}
assert all(len(verb) == len(new) for verb, new in _TAGGED_VERB_SWAPS.items())
_TAGGED_VERB = re.compile(
    r"\b(" + "|".join(_TAGGED_VERB_SWAPS) + r")(?=\s+(?:[\w'’-]+\s+){0,2}?(?:bans?|curbs?"
    r"|restrictions?|embargo(?:e?s)?|sanctions?|freezes?|controls?)\b)", re.IGNORECASE)


# "Bamako severs ties with Kyiv" is read with "severs" as a noun and "ties" as the verb;
# "breaks" is read as the verb. Swapped only where misread.
_TAGGED_RELATION_SWAPS: dict[str, str] = {"severs": "breaks"}
assert all(len(verb) == len(new) for verb, new in _TAGGED_RELATION_SWAPS.items())
_TAGGED_RELATION_VERB = re.compile(
    r"\b(" + "|".join(_TAGGED_RELATION_SWAPS) + r")(?=\s+(?:[\w'’-]+\s+){0,2}?(?:ties"
    r"|relations)\b)", re.IGNORECASE)


# The same in front of a support noun: "Pakistan voices solidarity with ..." is read with
# "voices" as the subject and "solidarity" as the verb.
_SUPPORT_VERB_SWAPS: dict[str, str] = {"voices": "offers"}
assert all(len(verb) == len(new) for verb, new in _SUPPORT_VERB_SWAPS.items())
# (the support noun up to two words on: "voices 'unwavering' solidarity with")
_SUPPORT_NOUN_AHEAD = r"(?=\s+(?!of\b)(?:[\w'’-]+\s+){0,2}?(?:solidarity|support|backing)\b)"
_MISREAD_SUPPORT_VERB = re.compile(
    r"\b(" + "|".join(_SUPPORT_VERB_SWAPS) + r")" + _SUPPORT_NOUN_AHEAD, re.IGNORECASE)


# After coordinated subjects the base form is read as a noun: "Kuwait and Oman voice
# support for Qatar" ("voice" a compound of "support"). Swapped only where misread.
_TAGGED_VOICE_SWAPS: dict[str, str] = {"voice": "offer"}
assert all(len(verb) == len(new) for verb, new in _TAGGED_VOICE_SWAPS.items())
_TAGGED_VOICE_VERB = re.compile(
    r"\b(" + "|".join(_TAGGED_VOICE_SWAPS) + r")" + _SUPPORT_NOUN_AHEAD, re.IGNORECASE)


# Headline "Senegal, Ivory Coast rally behind Guinea-Bissau's government" is read with
# "rally" as a noun; "stand behind" is parsed as the verb. Swapped only where misread.
_TAGGED_SUPPORT_SWAPS: dict[str, str] = {"rally": "stand"}
assert all(len(verb) == len(new) for verb, new in _TAGGED_SUPPORT_SWAPS.items())
_TAGGED_SUPPORT_VERB = re.compile(
    r"\b(" + "|".join(_TAGGED_SUPPORT_SWAPS) + r")(?=\s+behind\b)", re.IGNORECASE)


# "Saudi Arabia names first ambassador to Syria": the headline verb read as a plural
# noun in apposition; "picks" is parsed as the verb.
_APPOINT_SWAPS: dict[str, str] = {"names": "picks"}
assert all(len(verb) == len(new) for verb, new in _APPOINT_SWAPS.items())
_MISREAD_APPOINT_VERB = re.compile(
    r"\b(" + "|".join(_APPOINT_SWAPS) + r")(?=\s+(?:[\w'’-]+\s+){0,3}?(?:ambassadors?|envoys?"
    r"|consuls?|high\s+commissioners?|charg[eé]s?)\b)", re.IGNORECASE)


def misread_compound(sent: Span) -> bool:
    """`sent` holds a sanction compound whose head the parser took for a verb, or a
    measure's verb that the parser may take for a noun."""
    if _MISREAD_VERB.search(sent.text) or _MISREAD_SUPPORT_VERB.search(sent.text) or (
        _MISREAD_APPOINT_VERB.search(sent.text)
    ):
        return True
    if any(m.start() == tok.idx - sent.start_char and tok.pos_ != "VERB"
           for pattern in (_TAGGED_VERB, _TAGGED_SUPPORT_VERB, _TAGGED_RELATION_VERB,
                           _TAGGED_VOICE_VERB)
           for m in pattern.finditer(sent.text) for tok in sent):
        return True
    return any(
        tok.lower_ in _SWAPS and tok.tag_.startswith("VB") and tok.i > sent.start
        and tok.doc[tok.i - 1].lower_ in _SWAPS[tok.lower_][0]
        for tok in sent
    )


def _swapper(swaps: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A replacement for ``re.sub``: the matched verb's same-length swap, in its case."""

    def swap(m: re.Match[str]) -> str:
        new = swaps[m.group(1).lower()]
        return new[0].upper() + new[1:] if m.group(1)[0].isupper() else new

    return swap


def repair_compounds(text: str) -> str:
    """`text` with each misreadable sanction compound's head swapped (same length)."""

    def repl(m: re.Match[str]) -> str:
        mods, new = _SWAPS[m.group(3).lower()]
        if m.group(1).lower() not in mods:
            return m.group(0)
        if m.group(3)[0].isupper():
            new = new[0].upper() + new[1:]
        return m.group(1) + m.group(2) + new

    text = _MISREAD_APPOINT_VERB.sub(_swapper(_APPOINT_SWAPS), text)
    text = _TAGGED_VERB.sub(_swapper(_TAGGED_VERB_SWAPS), text)
    text = _TAGGED_RELATION_VERB.sub(_swapper(_TAGGED_RELATION_SWAPS), text)
    text = _TAGGED_SUPPORT_VERB.sub(_swapper(_TAGGED_SUPPORT_SWAPS), text)
    text = _TAGGED_VOICE_VERB.sub(_swapper(_TAGGED_VOICE_SWAPS), text)
    text = _MISREAD_SUPPORT_VERB.sub(_swapper(_SUPPORT_VERB_SWAPS), text)
    return _MISREAD_VERB.sub(_swapper(_VERB_SWAPS), _COMPOUND.sub(repl, text))
