"""Title-case headlines and all-capitals alerts: the small English model mis-tags them
("Mexico Seeks" as a PERSON, "PAKISTAN RECALLS AMBASSADOR" as one name), so such a
sentence is re-parsed with every word that is not a known name lower-cased (in an alert,
the names get their capital letter back). Changing case keeps the length, so offsets
carry over unchanged."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .gazetteer import ORGANISATIONS, UNKNOWN, Gazetteer, normalise
from .prefilter import has_trigger_word, named_codes

_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_SMALL = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with",
    "by", "from", "as", "vs", "over", "after", "amid", "into", "its", "is", "be",
})
# Other words a title-case headline may leave lower-case: function words, name
# particles ("Lula da Silva", "Mohammed bin Salman"). The letters after a number ("2nd",
# "1980s") are no word to the pattern below.
_MAY_BE_LOWER = frozenset({
    "nor", "so", "v", "via", "per", "up", "off", "out", "than", "if", "that", "it",
    "their", "are", "not", "da", "de", "del", "der", "di", "do", "dos", "du", "la", "le",
    "van", "von", "bin", "al", "el", "en", "y", "e",
})
_TITLE_WORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’.-]*", re.UNICODE)


def is_title_case(text: str) -> bool:
    """Whether every word of `text` but the small ones is capitalised. One lower-case
    word ("Palau drops Taipei for Beijing", "Hungary quit the International Criminal
    Court on Thursday.") marks a sentence-case sentence whose names fill most of it;
    re-parsing it lower-cased would lose the names the gazetteer does not hold."""
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _SMALL]
    # "iPhone" and "d'Affaires" count as capitalised
    capitalised = [any(c.isupper() for c in w[:3]) for w in words]
    return len(words) >= 3 and any(capitalised) and all(
        cap or w.lower() in _MAY_BE_LOWER for w, cap in zip(words, capitalised, strict=True))


def _lower_same_length(word: str) -> str:
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in word)


def _name_words(matches: list[re.Match], text: str, gaz: Gazetteer) -> set[int]:
    """The indexes of the words in `matches` that are part of a gazetteer name."""
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
    return keep


def _all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_same_length(word: str) -> str:
    return word[:1] + _lower_same_length(word[1:])


def is_shouting(text: str) -> bool:
    """Whether `text` is an all-capitals alert ("PAKISTAN RECALLS AMBASSADOR FROM KABUL"):
    most of its words in capitals, where acronyms can no longer be told from names."""
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(_all_caps(w) for w in words) >= 0.7 * len(words)


def normalise_headline(text: str, gaz: Gazetteer) -> str:
    """Lower-case every word that is not part of a gazetteer name or an acronym. In an
    all-capitals alert, names get a capital letter and the rest ("CARACAS" -> "Caracas",
    "RECALLS" -> "recalls"); only the gazetteer's acronyms ("US", "UNSC") stay."""
    shouting = is_shouting(text)
    matches = list(_WORD.finditer(text))
    titled = text
    if shouting:
        chars = list(text)
        for m in matches:
            chars[m.start(): m.end()] = _title_same_length(m.group())
        titled = "".join(chars)
        matches = list(_WORD.finditer(titled))
    keep = _name_words(matches, titled, gaz)
    chars = list(titled)
    for idx, m in enumerate(matches):
        word = text[m.start(): m.end()]
        if shouting and _all_caps(word) and normalise(word) in gaz.acronyms:
            chars[m.start(): m.end()] = word  # "US", "EU", "UNSC"
            continue
        if idx in keep:
            continue
        if _all_caps(word) and not shouting:
            continue  # acronyms: "US", "EU", "NATO"
        chars[m.start(): m.end()] = _lower_same_length(word)
    out = "".join(chars)
    assert len(out) == len(text)
    return out


# Labels outlets put around a headline: a section or live-blog tag before it ("Live:",
# "Analysis:") and an outlet or live tag after it ("- live updates", "| World news |
# The Guardian"). The parser takes them for the headline's subject, verb or object
# ("Live" as the root of "Live: Canada, Australia and New Zealand sanction ...").
_LEAD_LABEL = re.compile(
    r"[^\W\d_][\w'’&./-]*(?:,?[ ][\w'’&./-]+){0,4}:[ \t]+(?=[\"'‘“]?[^\W_])")
# An official document's title before its text, names and all ("Council conclusions on
# Georgia: The European Union stands ready ..."): a label too.
_DOCUMENT_TITLE = re.compile(
    r"(?:[\w'’-]+\s+){0,2}(?:conclusions|press\s+release|communiqu[eé]|readout|joint\s+"
    r"statement)\s+(?:on|of|by|from|after)\b", re.IGNORECASE)
# An official document's title before its text ("G7 Foreign Ministers' Statement,
# Charlevoix, para. 12: 'Our restrictive measures ...'", "Statement of the Ministry of
# Foreign Affairs of the Republic of Uzbekistan: ...").
_ISSUED_TITLE = re.compile(
    r"\s*([^:]{0,100}?\b(?:[Ss]tatement|[Cc]ommuniqu[eé]|[Dd]eclaration|[Pp]ress\s+release"
    r"|[Rr]eadout|[Aa]nnouncement)\b[^:]{0,100}):\s")
# A tail is what follows the headline's last dash or its first pipe: an outlet, a
# live tag or an attribution ("- joint statement read on state TV").
# (a word that is not only dashes; one class with a lookahead, so that a failed match
# does not try every split of every word: that backtracking cost 1 ms a sentence)
_TAIL_WORD = r"(?![-–—]+(?:\s|$))[^\s|]+"
_TAIL_LABEL = re.compile(
    r"(?:\s+\|\s+[^|]+)+\s*$|\s+[-–—]\s+" + _TAIL_WORD + "(?:[ ]" + _TAIL_WORD
    + r"){0,7}\s*$")


_TOPIC_LABEL = re.compile(r"\s*([^\W\d_][\w'’.-]*(?:[ ][\w'’.-]+){0,3}):[ \t]*$")


# The EU Council's release titles: "Nicaragua: Council prolongs restrictive measures".
_COUNCIL_ACTS = re.compile(r"(?:[Tt]he\s+)?Council\s+[a-z]")


def council_release(text: str, gaz: Gazetteer) -> bool:
    """Whether `text` opens with an EU Council release's title ("Nicaragua: Council lists
    three more officials ..."): a state's name as the label, then the bare Council acting.
    Its "Council" is the Council of the EU even where no other EU word follows."""
    colon = text.find(":", 0, 60)
    if colon <= 0 or topic_label(text[: colon + 1], gaz) is None:
        return False
    rest = text[colon + 1:]
    return bool(_COUNCIL_ACTS.match(rest, len(rest) - len(rest.lstrip())))


def topic_label(label: str, gaz: Gazetteer) -> str | None:
    """The state a lead label is alone made of ("Nicaragua: Council prolongs ..."), the
    topic of an EU press release's title: a country's name, not a capital's or a leader's
    ("Brussels:", "Putin:"), else None."""
    m = _TOPIC_LABEL.match(label)
    code = gaz.names.get(normalise(m.group(1))) if m else None
    return code if code and code not in ORGANISATIONS and code != UNKNOWN else None


# A timeline's or digest's date before its item: "5 June 2017 -- ", "Jan. 5, 2021: ",
# "1992 - ".
_DATE_LABEL = re.compile(
    r"""\s*(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?
        (?:,?\s+\d{4})?
      | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?
      | (?:1[89]|20)\d\d)
    \s*(?:[-–—]{1,2}|:)\s+(?=[A-Z])""",
    re.VERBOSE,
)


def date_label_length(text: str) -> int:
    """The length of the date label `text` opens with ("5 June 2017 -- Saudi Arabia,
    the UAE ... sever ties"), with a timeline's title before it ("Timeline, the Qatar
    rift: 5 June 2017 -- "), 0 for none: the parser takes the date for the subject."""
    match = _DATE_LABEL.match(text)
    if match:
        return match.end()
    lead = _LEAD_LABEL.match(text)
    match = _DATE_LABEL.match(text, lead.end()) if lead else None
    return match.end() if match else 0


def label_bounds(sent: Span, gaz: Gazetteer) -> tuple[int, int]:
    """Where the headline in `sent` starts and ends (character offsets in its text)
    once the labels around it are left out. A part with a trigger word ("Russia
    sanctions: EU adds ...") or a name ("Macron: EU must be ready to sanction ...",
    "- Kremlin") is no label; a lead part is left out only when the parse has taken
    words after it for its own ("Tit-for-tat: Algeria expels ..." is read well)."""
    text = sent.text
    start, end = 0, len(text)
    lead = _LEAD_LABEL.match(text)
    title = _ISSUED_TITLE.match(text)
    if lead and _swallows(sent, lead.end()) and (
        _plain(lead.group(), gaz) or _DOCUMENT_TITLE.match(lead.group())
        or topic_label(lead.group(), gaz) and _COUNCIL_ACTS.match(text, lead.end())
    ):  # (the topic state of an EU Council release is kept apart: component.py)
        start = lead.end()
    elif title and _swallows(sent, title.end()) and named_codes(
        " ".join(text[title.end():].split()[:3]), enough=1
    ):
        # "Joint statement (Islamabad-Baku): Pakistan reaffirmed ...": a document's title,
        # names and all, before a text that names its subject (not "We ..." or "9. Warns
        # that the Council ...", which need the title's names)
        start = title.end()
    tail = _TAIL_LABEL.search(text, start)
    if tail and tail.start() > start and _plain(tail.group(), gaz):
        end = tail.start()
    return start, end


def _swallows(sent: Span, label_end: int) -> bool:
    """Whether the sentence's root or the head of a word after the label lies in it."""
    def in_label(tok: Token) -> bool:
        return tok.idx - sent.start_char < label_end
    # (or made a second subject of the verb after it: "Council conclusions on Georgia:
    # The European Union stands ready ...")
    return in_label(sent.root) or any(
        in_label(tok.head) for tok in sent if not in_label(tok)) or any(
        tok.dep_ == "nsubj" and in_label(tok) and not in_label(tok.head) and any(
            c.dep_ == "nsubj" and not in_label(c) for c in tok.head.children)
        for tok in sent)


def _plain(label: str, gaz: Gazetteer) -> bool:
    return not has_trigger_word(label) and not _name_words(
        list(_WORD.finditer(label)), label, gaz)


# A digest's item whose actor is its label: "UK: froze assets of four Myanmar fuel
# importers", "Sanctions tracker -- Canada: added six officers". The parser takes the
# name for a fragment of its own and loses the subject; with the colon read as a space,
# the name is the verb's subject.
_LABEL_SUBJECT = re.compile(
    r"(?:^|[-–—:]\s+|[;.]\s+|[*•▪‣][ \t]+)([^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,3})"
    r"(:|[ ]+[-–—])[ \t]+([a-z]+)\b")
# A digest's verbs are in the past: "-ed", or one of these.
_IRREGULAR_PASTS = frozenset({
    "froze", "cut", "put", "broke", "withdrew", "struck", "took", "sent", "told", "gave",
    "set", "kept", "made"})


def label_subjects(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Where each digest label that names states or bodies and is followed by a
    lower-case verb ("UK: froze ...", "EU: extended ...", a factbox's "* Chile and
    Colombia - called ...") starts, and where its colon or dash is."""
    out = []
    for m in _LABEL_SUBJECT.finditer(text):
        word = m.group(3)
        if not (word.endswith("ed") or word in _IRREGULAR_PASTS):
            continue
        # (one name, "Trinidad and Tobago", or a list of them: "Chile and Colombia")
        names = [m.group(1)] if gaz.lookup(m.group(1)) not in (None, UNKNOWN) else re.split(
            r",\s*|\s+and\s+", m.group(1))
        if all(gaz.lookup(name) not in (None, UNKNOWN) for name in names):
            out.append((m.start(1), m.end(2) - 1))
    return out


def title_issuer(text: str) -> str | None:
    """The one state or body a document's title names as its issuer: who "we" and "our"
    are in its text, which names them no more."""
    m = _ISSUED_TITLE.match(text)
    codes = named_codes(m.group(1), enough=2) - {UNKNOWN} if m else set()
    return next(iter(codes)) if len(codes) == 1 else None


# Words a post capitalises for emphasis ("stands FIRMLY with", "will BLOCK the proposal",
# "is NOT negotiable"): the small model reads them as names. Only these words are lowered,
# after a lower-case word (not a label, "DELISTED | ...", nor an acronym, "the LNG ban").
_EMPHASIS = re.compile(
    r"(?:(?<=[a-z] )|(?<=[a-z], )|(?<=[a-z] '))"
    r"(?:NOT|NO|NEVER|WILL|ALL|NOW|FIRMLY|FULLY|STRONGLY|TOTALLY|IMMEDIATELY|ILLEGAL"
    r"|UNACCEPTABLE|STANDS?|WITH|BEHIND|BREAKS?|CUTS?|RECALL(?:S|ED)?|EXPEL(?:S|LED)?"
    r"|LIFT(?:S|ED)?|IMPOSE[SD]?|BLOCK(?:S|ED)?|SANCTION(?:S|ED)?|BLACKLIST(?:S|ED)?"
    r"|BAN(?:S|NED)?|SEVER(?:S|ED)?|BACK(?:S|ED)?|SUPPORTS?|REJECTS?|CONDEMNS?|CLOSED"
    r"|SUSPEND(?:S|ED)?)\b")


def lower_emphasis(text: str) -> str:
    """`text` with the words it capitalises for emphasis in lower case (same length)."""
    if is_shouting(text):
        return text
    return _EMPHASIS.sub(lambda m: m.group().lower(), text)
