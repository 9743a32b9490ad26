"""Cheap pre-filter over raw text, no spaCy: which texts may hold an event.

Two tiers of trigger words:

* **strong** words (sanctions, ambassador, embassy, ...) are rarely used outside
  diplomacy and sanctions; a text holding one always goes to the coder;
* **weak** words (back, support, ties, ban, restrictions, ...) are common in all
  news. From a sentence without a strong word the coder keeps an event only when
  both actors are named states or organisations, or one is named and the other
  is an unnamed government ("the government", "the regime";
  ``component._named_or_state``). Every actor code other than ``UNK`` comes from
  a gazetteer name written in the text, so a text with weak words only passes
  here when it may name two different codes (``named_codes``), or one code and a
  word for a government (``_STATE_WORDS``).

The coder runs ``has_trigger_word`` on every sentence before coding it, and
tests/test_prefilter_equivalence.py checks on the dev sets and the replay corpus
that the filtered path finds exactly what coding every sentence finds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .gazetteer import load_gazetteer
from .records import read_record

# Words of diplomacy and sanctions with few other senses in news.
_STRONG = re.compile(
    r"""\b(?:
        sanction\w*|embargo\w*|blacklist\w*|delist\w*
      | ambassador\w*|envoys?|diplomat\w*|charg[eé]s?\s+d.affaires|charg[eé]\b(?!s)
      | consuls?|consul-general|consulates?|consular|attach[eé]s?|emissar\w*
      | high\s+commissioners?|gratae?|embass\w*|restrictive\s+measures?
      | nuncios?|countersanction\w*|countermeasures?|magnitsky|coercive\s+measures?
      | entity['’"]?\s+list|terror(?:ism|ist)?\s+(?:financing\s+|sponsors?\s+)?lists?
      | sponsors?\s+of\s+terror\w*|sdn\s+list|ambs?(?=\.)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_LISTS_PARTIES_WORDS = (
    r"list(?:s|ed|ing)\s+(?:\S+\s+){0,4}?(?:officials?|firms?|compan(?:y|ies)|entit(?:y|ies)"
    r"|individuals?|commanders?|generals?|oligarchs?|businessm[ae]n|banks?|lenders?"
    r"|vessels?|tankers?|officers?|ministers?|networks?|refiner(?:y|ies|s)?)")
_HALTS_TRADE_WORDS = (r"(?:halt|suspend|suspens|stop|freez|froze|paus|cancel|resum|restor"
                      r"|reinstat|restart|revok|withdr)\w*\s+(?:\S+\s+){0,5}?"
                      r"(?:imports?|exports?|shipments?|trade|sales?|purchases?|licen[cs]es?"
                      r"|permits?|deliver(?:y|ies)|spares|spare[- ]parts?)")
# "blocks exports to Chinese firms", "restrict visas for party members": everyday verbs
# that are a ban only with the goods, movement or money they stop as object.
_BLOCKS_TRADE_WORDS = (r"(?:block|restrict|curb)(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?(?:imports?"
                       r"|exports?|sales?|purchases?|shipments?|flights?|entr(?:y|ies)|travel"
                       r"|investments?|transactions?|trade|visas?)"
                       # "revoked the U.S. visas of Brazilian Supreme Court Justice ..."
                       r"|(?:revok|cancel|rescind)\w*\s+(?:\S+\s+){0,4}?visas?")
# "ordered two Russian officials to leave", "orders ... officials out": staff ordered out
# are expelled (envoy nouns pass anyway; these need the order).
_ORDERS_OUT_WORDS = (r"(?:order(?:s|ed)?|t[eo]ll?(?:s|d)?)\s+(?:out\s+)?(?:\S+\s+){0,4}?"
                     r"(?:officials?|staff(?:ers?)?|employees?|officers?|personnel)"
                     r"(?:\s+(?:out|to\s+(?:leave|depart|quit)))?")
# "Entry to the Russian Federation is closed indefinitely for 41 Australian journalists",
# "closed entry into Russia for 13 Japanese nationals": an entry ban, in agency copy.
_CLOSES_ENTRY_WORDS = (r"clos(?:e|es|ed|ing)\s+(?:\S+\s+)?entry|entry\s+(?:\S+\s+){0,6}?"
                       r"(?:is|was|are|were|be|been|remains?|remained)\s+(?:\S+\s+)?closed")
# "the EU's 19th package", "the latest listings against Iran's drone programme": measures
# named without the word sanction (triggers.measure_class reads them only so)
# (also "prepared listings of 25 Belarusian officials": sanction_rules._planned_listing)
_PACKAGE_WORDS = (r"\d+(?:st|nd|rd|th)\s+packages?|(?:packages?|listings?)\s+against"
                  r"|listings\s+of")
_CAMPAIGNS_FOR_WORDS = r"(?:push|lobb|campaign|advocat)\w*\s+(?:\S+\s+){0,6}?for"
_CUTS_OFF_WORDS = r"cut(?:s|ting)?\s+(?:\S+\s+){0,8}?off"
# "granted Iraq a waiver to keep paying for Iranian electricity": leave to go on trading.
_TRADE_WAIVER_WORDS = (r"(?:waiver|exemption)s?\s+to\s+(?:keep|continue|buy|pay|import"
                       r"|purchase)")
# "the price cap on Russian oil", "the ceiling on Russian crude prices", "agreed to cap
# the price of Russian crude": a cap on a state's export prices (triggers.price_cap_on_state).
_PRICE_CAP_WORDS = (r"price\s+(?:caps?|ceilings?)|(?:caps?|ceilings?)\s+on\s+(?:\S+\s+){0,4}?"
                    r"prices?|cap(?:s|ped|ping)?\s+(?:the\s+)?prices?")
# "ECOWAS closed its members' borders with Guinea-Bissau": a bloc's border closures
# (sanction_rules._bloc_borders).
_CLOSES_BORDERS_WORDS = (r"(?:clos|reopen|shut|seal)\w*\s+(?:\S+\s+){0,4}?(?:land\s+|air\s+)?"
                         r"borders?")
# Verbless headline "Beijing 'firmly' behind Islamabad": the adverb carries the support.
_FIRMLY_BEHIND_WORDS = r"(?:firmly|fully|squarely|solidly|staunchly|resolutely)\W+behind"
# "regarded Nicolas Maduro as Venezuela's legitimate president": backing by deeming.
_DEEMED_LEGITIMATE_WORDS = (r"(?:regard|consider|view|see|saw|seen|describ|treat|recogni[sz]"
                            r"|deem|defend|hail)\w*\s+(?:\S+\s+){0,8}?as\s+['’\"]?"
                            r"(?:\S+\s+){0,3}?(?:legitimate|rightful|lawful)")
# Trigger words with everyday senses (sport, courts, business). Inflections are
# spelled out so that nouns the coder never reads as triggers ("championship",
# "supporters", "defender", "consultation") do not pass.
_WEAK = re.compile(
    r"""\b(?:
        boycott\w*
      | bans?|banned|banning|freez\w*|froze\w*|unfr\w*|unblock\w*|prohibit\w*|immobili[sz]\w*
      | barr(?:ed|ing)|restrictions?|curbs?|(?:export|import)\s+controls?|blockades?
      | stop-?\s?lists?|shadow\s+fleets?|restricted\s+lists?|designated\s+nationals
      | (?:to|on|onto|from|off)\s+(?:its|their|the(?:\s+same)?)\s+(?:[\w'’-]+\s+)?list\b
        (?!\s+of)
      | switch(?:es|ed|ing)?\s+(?:\S+\s+){0,3}?(?:to|from)\b
      | retaliat\w*|punitive|penalties|penali[sz]\w*|(?:measures?|actions?|steps?)\s+targeting
      | measures?\s+(?:target(?:s|ed)?|on|against)|designat\w*|bars?
      | licen[cs]es?\s+to\s+\w+|licen[cs]es?\b[^.]{0,40}?\b(?:allow|authori[sz]|permit)\w*
      | expel\w*|expuls\w*
      | """ + _BLOCKS_TRADE_WORDS + r"""
      | """ + _CLOSES_ENTRY_WORDS + r"""
      | """ + _PACKAGE_WORDS + r"""
      | ties|relations?|relationships?|normali[sz]ations?
      | """ + _CAMPAIGNS_FOR_WORDS + r"""
      | """ + _ORDERS_OUT_WORDS + r"""
      | """ + _CUTS_OFF_WORDS + r"""
      | """ + _FIRMLY_BEHIND_WORDS + r"""
      | """ + _TRADE_WAIVER_WORDS + r"""
      | """ + _PRICE_CAP_WORDS + r"""
      | """ + _CLOSES_BORDERS_WORDS + r"""
      | """ + _DEEMED_LEGITIMATE_WORDS + r"""
      | charg[eé]s?|commissioners?|missions?|representation
      | recogni[sz]\w*|derecogni[sz]\w*|recognition|allegiance|sid(?:e|ed|es|ing)\s+with
      | (?:drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|abandon(?:s|ed|ing)?)\s+\w+\s+for
      | support|supports|supported|supporting|back|backs|backed|backing|backers?
      | endorse[sd]?|endorsing|endorsement|defend|defends|defended|defending
      | prais(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?
      | applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?|commend(?:s|ed|ing)?
      | champion(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|salut(?:e|es|ed|ing)
      | solidarity|appreciation|thank(?:s|ed|ing)?|commitments?
      | in\s+fav(?:ou)?r\s+of|shoulder\s+to\s+shoulder|in\s+one\s+trench\s+with
      | to\s+(?:the\s+)?(?:\S+\s+)?defen[cs]e
      | (?:stands?|stood|standing)['’"]?\s+(?:['’"]?\w+['’"]?\s+
                                           |['’"]\w+(?:\s+\w+){1,3}['’"]\s+)?(?:by|with|behind)
      | weight\s+behind
      | (?:stands?|stood|standing)\s+up\s+for|pull(?:s|ed|ing)?\s+(?:\S+\s+){0,8}?out\s+of
      | (?:official|diplomatic)\s+(?:contacts?|dealings)
      | (?:licen[cs]e|waiver|exemption)s?\W+(?:allow|authori[sz]|permit)\w*
      | (?:waiver|exemption)s?\b[^.]{0,40}?\b(?:let(?:s|ting)?|allow\w*|permit\w*|enabl\w*)
      | GL\s+\w*\d\w*\b[^.]{0,60}?\b(?:allow|authori[sz]|permit)\w*
      | """ + _HALTS_TRADE_WORDS + r"""
      | """ + _LISTS_PARTIES_WORDS + r"""
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# The coder's listing, trade-halt, campaign and cut-off rules fire only where these
# match (``lists_parties`` ...); they are parts of _WEAK, spelled once here so that
# the pre-filter can never pass less than the rules need.
_LISTS_PARTIES = re.compile(r"\b(?:" + _LISTS_PARTIES_WORDS + r")\b", re.IGNORECASE)
_HALTS_TRADE = re.compile(r"\b(?:" + _HALTS_TRADE_WORDS + r")\b", re.IGNORECASE)
_BLOCKS_TRADE = re.compile(r"\b(?:" + _BLOCKS_TRADE_WORDS + r")\b", re.IGNORECASE)
_CLOSES_ENTRY = re.compile(r"\b(?:" + _CLOSES_ENTRY_WORDS + r")\b", re.IGNORECASE)
_CAMPAIGNS_FOR = re.compile(r"\b(?:" + _CAMPAIGNS_FOR_WORDS + r")\b", re.IGNORECASE)
_CUTS_OFF = re.compile(r"\b(?:" + _CUTS_OFF_WORDS + r")\b", re.IGNORECASE)
_TRADE_WAIVER = re.compile(r"\b(?:" + _TRADE_WAIVER_WORDS + r")\b", re.IGNORECASE)
_FIRMLY_BEHIND = re.compile(r"\b(?:" + _FIRMLY_BEHIND_WORDS + r")\b", re.IGNORECASE)
_QUIT = re.compile(r"\b(?:quit\w*|leav\w*|left|withdr\w*|exit\w*|ceas\w*|departur\w*"
                   r"|pull(?:s|ed|ing)?\s+(?:\S+\s+){0,8}?out\s+of"
                   r"|(?:take|takes|took|taking|taken)\s+(?:\S+\s+){0,3}?out\s+of)\b",
                   re.IGNORECASE)
_ORGANISATION = re.compile(
    r"\b(?:EU|E\.U\.|UN|U\.N\.|NATO|AU|ASEAN|ECOWAS|GCC|OAS|WHO|IAEA|ICC|G-?7"
    r"|I\.C\.C\.|W\.H\.O\.|(?i:European Union|United Nations|African Union"
    r"|World Health Organi[sz]ation|International Criminal Court"
    r"|Organi[sz]ation of American States|Economic Community of West African States"
    r"|North Atlantic Treaty Organi[sz]ation|Gulf Cooperation Council"
    r"|Association of Southeast Asian Nations|International Atomic Energy Agency))"
)
# Words that name an international body the guide has no code for ("the International
# Organisation of La Francophonie", "the Commonwealth of Independent States", "UNESCO"):
# quitting one is a break with an unknown body (eval/README.md: target UNK).
BODY_WORDS = frozenset({"organisation", "organization", "commonwealth", "francophonie",
                        "unesco", "igad", "opec", "interpol", "unrwa", "csto", "oic",
                        "alba", "unasur", "celac", "mercosur", "sadc", "saarc", "fao",
                        "wto", "ilo", "andean", "sica", "parlacen", "intergovernmental",
                        "g5", "integration", "forum", "eurasian", "eaeu", "icsid",
                        "caricom", "osce", "cis", "brics", "oecd", "apec",
                        # Africa's regional blocs: "take the country out of ECCAS"
                        "eccas", "ceeac", "cemac", "comesa", "waemu", "uemoa", "sacu"})
_UNLISTED_BODY = re.compile(r"\b(?:" + "|".join(sorted(BODY_WORDS)) + r")\b", re.IGNORECASE)
# An organisation named before and then described: "left the bloc", "leaving the body",
# "its withdrawal from the agency" (diplomatic_rules.DiplomaticRules._described_body).
DESCRIBED_BODY_WORDS = frozenset({"bloc", "body", "agency", "alliance"})
_DESCRIBED_BODY = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:"
                             + "|".join(sorted(DESCRIBED_BODY_WORDS)) + r")\b", re.IGNORECASE)
# Words as the gazetteer's keys are split: with and without hyphens, so that both
# "Guinea-Bissau" and the "Russia" of "Russia-backed" are seen.
_WORDS = (re.compile(r"[^\W_][\w'’.]*"), re.compile(r"[^\W_][\w'’.-]*"))
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
# Every spelling whose lemma or lower case is one of actors.STATE_HEADS: the only
# words an unnamed actor of a weak-word event can stand on ("the government").
_STATE_WORDS = re.compile(
    r"\b(?:governments?|govts?|gov't|countr(?:y|ies)|administrations?|regimes?|stat(?:e|es|ed|ing)"
    r"|nations?|authorities|cabinets?|juntas?)\b",
    re.IGNORECASE,
)


def names_organisation(text: str) -> bool:
    """Whether `text` names an organisation a state can quit. The coder asks
    this of the organisation in a "quit/leave X" event, so that such events
    can only come from texts this pre-filter lets through."""
    return bool(_ORGANISATION.search(text))


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """One word normalised as ``gazetteer.normalise`` treats it."""
    if word.isascii() and word.isalpha():
        return word.lower()  # what the steps below come to for most words
    text = unicodedata.normalize("NFKD", word)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.replace("’", "'"))
    return text.replace(".", "").lower()


def _words(text: str, pattern: re.Pattern) -> list[tuple[str, str]]:
    return [(m.group(), _word_key(m.group())) for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def _name_keys() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str], int]:
    """Gazetteer keys as word sequences -> every code they can stand for; the
    first words of the keys; the keys and every part of them before a space (a run
    of words not among these cannot be extended into a key); the longest key in
    words."""
    gaz = load_gazetteer()
    codes: dict[str, set[str]] = {}
    tables = [gaz.names, gaz.demonyms, gaz.leaders, gaz.firms]
    pairs = [(key, code) for table in tables for key, code in table.items()]
    pairs += [(key, code) for key, by_family in gaz.seats.items() for code in by_family.values()]
    for key, code in pairs:
        for pattern in _WORDS:
            words = [k for k in map(_word_key, pattern.findall(key)) if k]
            if words:
                codes.setdefault(" ".join(words), set()).add(code)
    keys = {k: frozenset(v) for k, v in codes.items()}
    firsts = frozenset(k.split(" ", 1)[0] for k in keys)
    starts = frozenset(k[:i] for k in keys for i, ch in enumerate(k + " ") if ch == " ")
    return keys, firsts, starts, max(len(k.split(" ")) for k in keys)


def named_codes(text: str, enough: int = 2) -> set[str]:
    """Codes of the states and organisations `text` may name (stops at `enough`).

    A superset of the coder's lookups: they only accept a capitalised name
    whose normalised form is a key, and every such name shows here as a run of
    words starting with a capital.
    """
    keys, firsts, starts, longest = _name_keys()
    found: set[str] = set()
    # Without a hyphen both ways of splitting give the same words.
    for pattern in _WORDS if "-" in text else _WORDS[:1]:
        words = pattern.findall(text)
        for i, word in enumerate(words):
            if not (word[0].isupper() or word[1:2].isupper()):  # (as gazetteer._ok_case)
                continue
            run = _word_key(word)
            if run not in firsts:
                continue
            found |= keys.get(run, frozenset())
            for following in words[i + 1: i + longest]:
                run += " " + _word_key(following)
                if run not in starts:
                    break
                found |= keys.get(run, frozenset())
            if len(found) >= enough:
                return found
    return found


# For each pattern, stems of which every match holds a word starting with one:
# a text with no such word cannot match the pattern, and most texts are ruled
# out by one scan for the stems at word starts, several times faster than the
# patterns.
_STRONG_BIT, _WEAK_BIT, _QUIT_BIT = 1, 2, 4
_STEMS_OF = {
    _STRONG_BIT: """
        sanction embargo blacklist delist ambassador amb envoy diplomat charg consul attach
        emissar commissioner grata embass restrictive nunci countersanction countermeasure
        entity terror sponsor magnitsky coercive sdn""",
    _WEAK_BIT: """
        boycott ban freez froze unfr unblock prohibit immobili barr restriction curb export import
        blockad
        retaliat punitive measure action step penalt penali designat bar licen ties relation
        charg commissioner mission representation recogni derecogni allegiance sid drop
        ditch abandon
        support back endors defend prais welcom hail applaud laud commend champion rall
        salut solidarity appreciation thank commitment fav shoulder defen stand stood
        weight pull official diplomat waiver exemption halt suspend stop list normali
        push lobb campaign advocat cut expel expuls block restrict firmly fully squarely
        solidly staunchly resolutely order tell told revok cancel rescind legitim rightful
        lawful entry packag paus cancel resum restor reinstat restart withdr trench suspens
        shadow switch price cap ceiling gl border""",
    _QUIT_BIT: "quit leav left withdr exit ceas pull departur take took taki",
}
_STEM_BITS: dict[str, int] = {}
for _bit, _stems in _STEMS_OF.items():
    for _stem in _stems.split():
        _STEM_BITS[_stem] = _STEM_BITS.get(_stem, 0) | _bit
# A word starts with every stem that is a prefix of the longest stem it starts
# with ("restriction": "restriction" and "restrict"), so the longest one's bits
# stand for all of them.
_BITS_UP_TO: dict[str, int] = {}
for _stem in _STEM_BITS:
    _BITS_UP_TO[_stem] = 0
    for _shorter, _bits in _STEM_BITS.items():
        if _stem.startswith(_shorter):
            _BITS_UP_TO[_stem] |= _bits


def _longest_stem_pattern(stems: list[str], prefix: str = "") -> str:
    """A regex, without groups, matching the longest of `stems` (all starting with
    `prefix`, which is matched already) that the text goes on with: a trie whose
    optional tails are greedy, so that the regex engine rules out most branches on
    their first letter."""
    by_letter: dict[str, list[str]] = {}
    for stem in stems:
        if len(stem) > len(prefix):
            by_letter.setdefault(stem[len(prefix)], []).append(stem)
    if not by_letter:
        return ""
    tails = "|".join(re.escape(letter) + _longest_stem_pattern(group, prefix + letter)
                     for letter, group in sorted(by_letter.items()))
    return f"(?:{tails})" + ("?" if prefix in stems else "")


# A stem at a word start, words being the runs of letters (``[^\W\d_]+``) of the
# lower-cased text: after a character that is no letter (the text gets a space in
# front). Stems are ASCII, and in a lower-cased ASCII text only a-z are letters.
_STEM_PATTERN = _longest_stem_pattern(sorted(_STEM_BITS))
_STEM_AT_WORD_START = re.compile(r"[\W\d_](" + _STEM_PATTERN + ")")
_STEM_AT_WORD_START_ASCII = re.compile(r"[^a-z](" + _STEM_PATTERN + ")")


def _pattern_bits(text: str) -> int:
    """Which patterns `text` may match (``_STRONG_BIT | _WEAK_BIT | _QUIT_BIT``):
    the bits of every stem some word of the lower-cased text starts with."""
    lowered = " " + text.lower()
    scan = _STEM_AT_WORD_START_ASCII if lowered.isascii() else _STEM_AT_WORD_START
    bits = 0
    for stem in scan.findall(lowered):
        bits |= _BITS_UP_TO[stem]
    return bits


def _strong(text: str, bits: int) -> bool:
    if bits & _STRONG_BIT and _STRONG.search(text):
        return True
    return bool(bits & _QUIT_BIT and _QUIT.search(text) and (
        _ORGANISATION.search(text) or _UNLISTED_BODY.search(text)
        or _DESCRIBED_BODY.search(text)))


def lists_parties(text: str) -> bool:
    """Whether `text` says someone "lists" officials, firms or the like (the coder's
    condition for reading the verb "list" as a sanctions listing)."""
    return bool(_LISTS_PARTIES.search(text))


def halts_trade(text: str) -> bool:
    """Whether `text` says something halts or suspends trade (the coder's condition for
    reading "halt/suspend/stop" as a trade ban; the same words pass as weak here)."""
    return bool(_HALTS_TRADE.search(text))


def blocks_trade(text: str) -> bool:
    """Whether `text` says something blocks or restricts goods, travel, visas or money
    (the coder's condition for reading "block/restrict/curb" as a ban; part of the weak
    words)."""
    return bool(_BLOCKS_TRADE.search(text))


def closes_entry(text: str) -> bool:
    """Whether `text` says entry is closed (the coder's condition for reading "close" as
    an entry ban; part of the weak words)."""
    return bool(_CLOSES_ENTRY.search(text))


def campaigns_for(text: str) -> bool:
    """Whether `text` says someone pushes, lobbies or campaigns for something (the
    coder's condition for its "push for Taiwan to attend" rule; part of the weak words)."""
    return bool(_CAMPAIGNS_FOR.search(text))


def cuts_off(text: str) -> bool:
    """Whether `text` says something is cut off (the coder's condition for its "cut off
    X's access to chips" rule; part of the weak words)."""
    return bool(_CUTS_OFF.search(text))


def trade_waiver(text: str) -> bool:
    """Whether `text` speaks of a waiver or exemption "to keep buying/paying ..." (the
    coder's condition for reading one granted to a state as eased sanctions; part of
    the weak words)."""
    return bool(_TRADE_WAIVER.search(text))


def firmly_behind(text: str) -> bool:
    """Whether `text` says someone is "firmly/fully ... behind" someone (the coder's
    condition for its verbless headline support rule; part of the weak words)."""
    return bool(_FIRMLY_BEHIND.search(text))


def has_strong_trigger(text: str) -> bool:
    """A word of diplomacy or sanctions, or a state quitting an organisation."""
    return _strong(text, _pattern_bits(text))


def has_trigger_word(text: str) -> bool:
    """Any word the coder's triggers are made of (the sentence-level test), or a
    tracker's line whose label or status names an act (records.py)."""
    bits = _pattern_bits(text)
    return _strong(text, bits) or bool(bits & _WEAK_BIT and _WEAK.search(text)) or (
        "|" in text and read_record(text) is not None)


# A sentence that repeats the acts of the one before: "Bahrain and Sudan followed on
# Monday", "Moscow would respond in kind" (extract.SentenceCoder._responses).
_FOLLOW_UP = re.compile(r"\b(?:follow\w*|in\s+kind|the\s+same|likewise|reciprocat\w*"
                        r"|(?:symmetric(?:al)?|mirror|reciprocal|tit-for-tat)\W+"
                        r"(?:response|reply|answer|retaliation|reprisal)s?)\b",
                        re.IGNORECASE)


def follows_up(text: str) -> bool:
    """Whether `text` may repeat the acts of the sentence before it."""
    return bool(_FOLLOW_UP.search(text))


def might_contain_event(text: str) -> bool:
    """False only when the coder cannot emit an event for `text`."""
    bits = _pattern_bits(text) if text else 0
    if _strong(text, bits) or "|" in text and read_record(text) is not None:
        return True
    if not bits & _WEAK_BIT:
        return False
    # An event from weak words has two actors, each a name or "the government".
    # (Names first: cheaper than the weak-word pattern, and they rule out more.)
    codes = named_codes(text)
    if not (len(codes) >= 2 or (len(codes) == 1 and _STATE_WORDS.search(text))):
        return False
    return bool(_WEAK.search(text))
