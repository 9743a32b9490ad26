"""Resolve the noun phrase under a parse token to state or organisation codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .gazetteer import ORGANISATIONS, UNKNOWN, Gazetteer, normalise
from .lexicon import (
    BARRED_PEOPLE,
    ENVOY_NOUNS,
    LISTED_HEADS,
    MISSION_NOUNS,
    NON_STATE_ACTOR_HEADS,
    TOLD_MEASURES,
)
from .prefilter import has_strong_trigger

# Heads that stand for a state when no name resolves ("the government" -> UNK).
STATE_HEADS = frozenset({
    "government", "country", "countries", "administration", "regime", "state", "nation",
    "authorities", "cabinet", "junta",
})
# Heads whose "of" phrase names their state ("the government of Venezuela").
OF_HEADS = STATE_HEADS | frozenset({
    "leader", "ruler", "president", "minister", "ministry", "official", "officer", "leadership",
    "sector", "bank", "company", "firm", "entity", "individual", "member", "ambassador",
    "envoy", "diplomat", "right", "effort", "policy", "people", "statement", "stance",
    "position", "sovereignty", "independence", "integrity", "decision", "move", "navy",
    "army", "military", "troop", "force", "embassy", "consulate", "staff",
})
# Titles that stand for the leader of the state in context: "the president", "the
# foreign minister" (with no state named in the phrase).
_TITLE_HEADS = frozenset({"president", "premier", "chancellor", "minister", "leader"})
_TITLE_WORDS = frozenset({"prime", "foreign", "country", "'s", "new"})
# "officers in the Russian military": their state, not a place.
_IN_HEADS = frozenset({
    "official", "officer", "leader", "member", "individual", "entity", "company", "firm",
    "bank", "general", "commander",
    # "the transitional authorities in Damascus", "the government in Kabul"
    "authorities", "authority", "government", "leadership", "administration",
    "junta",
    # "stands by its brothers in Doha": the kin a state claims are the government there
    "brother", "brethren", "sister",
})
_STANCE_HEADS = frozenset({
    "stance", "position", "decision", "policy", "plan", "proposal", "move", "bid", "claim",
    "sovereignty", "integrity", "independence", "right", "efforts", "effort",
})
# Legislatures' generic names, which the gazetteer gives the United States.
_LEGISLATURES = frozenset({"senate", "congress", "house of representatives"})
# What a state is said to have done, named by whom ("the steps taken by Libya's council").
_DONE_HEADS = frozenset({"measure", "step", "action", "effort", "decision", "move"})
# Modifiers of "bloc" that name a bloc other than the EU.
_OTHER_BLOCS = frozenset({"regional", "trade", "military", "opposition", "voting", "african",
                          "asian", "gulf", "arab", "latin", "eurasian", "brics", "soviet",
                          "eastern", "western", "nordic", "baltic", "andean", "pacific",
                          "caribbean", "opec", "mercosur", "communist", "political"})
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
# Bare descriptions of an organisation named before ("the group's foreign ministers"
# after "G7"), with the organisations each can describe.
_BODY_DESCRIPTIONS = {"group": frozenset({"G7"}), "alliance": frozenset({"NATO"}),
                      "union": frozenset({"EU", "AU"})}
# A member of an organisation is not the organisation: "an EU country", "NATO allies".
_MEMBER_HEADS = frozenset({"country", "state", "member", "nation", "ally", "partner",
                           "capital", "government"})
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "she", "her",
                      "we", "our", "us"})


def is_pronoun(tok: Token) -> bool:
    """A personal pronoun, not "US" (the United States) read in lower case."""
    return tok.lower_ in PRONOUNS and tok.pos_ in ("PRON", "DET")


# Subjects of a relative clause that stand for the clause's antecedent.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
# A wire dateline: "WASHINGTON, June 12 (Reuters) - ", "VILNIUS (AP) — ", "KYIV -",
# "WASHINGTON/LONDON, Feb 24 -", "ADDIS ABABA, 12 May -", "HANOI, May 23, 2016 -",
# "AL-ULA, Saudi Arabia, Jan 5 (Reuters) -", "MOSCOW, 14.03.2025 -".
_DATELINE = re.compile(
    r"""^\s*(?:[A-Z][A-Z.'’ /-]{2,}[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)*)*
        (?:,?\s+(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,}\.?)
           (?:,?\s+\d{4})?
         |,\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?
        \s*(?:\([^()]{1,40}\))?
      | [A-Z][A-Za-z.'’ -]*(?:,\s*[A-Z][A-Za-z.]*)*(?:,?\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?
        \s*\([^()]{1,40}\))
    \s*[-–—]{1,2}\s""",
    re.VERBOSE,
)
_DATELINE_KEY = "diplowatch.dateline_lengths"
# Words of the EU's press releases on its sanctions, where "the Council" is the Council of
# the EU: its names, its seat, its foreign-policy acts ("Council Decision (CFSP)"), its
# journal, and its numbered sanctions packages.
_EU_COUNCIL_TEXT = re.compile(r"\brestrictive\s+measures\b|\bCouncil\s+of\s+the\s+EU\b"
                              r"|\bHigh\s+Representative\b|\bEuropean\s+Union\b|\bEU\b"
                              r"|\bBrussels\b|\bCFSP\b|\bOfficial\s+Journal\b|\bOJ\s+L\b"
                              r"|\b\d+(?:st|nd|rd|th)\s+(?:sanctions\s+)?package\b")
# Offices a press release names in full once and then bare ("the Council").
_OFFICE_HEADS = frozenset({"council", "department", "ministry", "authority", "commission",
                           "secretariat", "office", "presidency"})
# How a text names a body whose seat may stand for it ("Brussels" for the EU).
_BODY_NAMES = {"EU": re.compile(r"\b(?:EU|E\.U\.|European Union)\b")}
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
_LABELS_FOR_UNK = frozenset({"GPE"})
# Definite descriptions of a state named earlier: "the kingdom", "the island"; and,
# with a modifier, "the Gulf state", "the island nation", "the Balkan country".
_DESCRIPTION_HEADS = frozenset({"kingdom", "emirate", "island", "archipelago", "sultanate",
                                "republic", "principality"})
_MODIFIED_DESCRIPTION_HEADS = frozenset({"state", "nation", "country"})
# The states a form of government describes: "praising the sultanate's role" after "Oman's
# mediation between Washington and Tehran" is Oman's (reigning monarchies, 2025).
_FORMS_OF_STATE = {
    "sultanate": frozenset({"OMN", "BRN"}),
    "emirate": frozenset({"ARE", "QAT", "KWT"}),
    "principality": frozenset({"MCO", "LIE", "AND"}),
    "kingdom": frozenset({"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE",
                          "NOR", "DNK", "THA", "KHM", "LSO", "SWZ", "BTN", "TON"}),
    # States on islands of their own or shared (Hispaniola, Timor, New Guinea), and
    # Taiwan: "the embargo on the island" after "Madrid's refusal" is Cuba's, not Spain's.
    "island": frozenset({
        "ATG", "BHS", "BHR", "BRB", "CPV", "COM", "CUB", "CYP", "DMA", "DOM", "FJI", "FSM",
        "GBR", "GRD", "HTI", "IDN", "IRL", "ISL", "JAM", "JPN", "KIR", "KNA", "LCA", "LKA",
        "MDG", "MDV", "MHL", "MLT", "MUS", "NRU", "NZL", "PHL", "PLW", "PNG", "SGP", "SLB",
        "STP", "SYC", "TLS", "TON", "TTO", "TUV", "TWN", "VCT", "VUT", "WSM"}),
}
_FORMS_OF_STATE["archipelago"] = _FORMS_OF_STATE["island"]
# Forms no other state can be described by: "the island" is never Spain, whatever the
# text named last; a kingdom, by contrast, may be one the list has not caught up with.
_STRICT_FORMS = frozenset({"island", "archipelago"})


@dataclass(frozen=True)
class Actor:
    code: str
    text: str
    head: int  # token index in the doc
    how: str  # "parse" | "pronoun" | "unknown" | "generic" | "fallback" | "label"
    start_char: int = -1  # offsets of `text` in the parsed doc's text
    end_char: int = -1


def _entity(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def dateline_length(text: str) -> int:
    """The length of the wire dateline that `text` opens with ("OTTAWA, Feb 24
    (Reuters) - "), 0 for none."""
    match = _DATELINE.match(text)
    if match and len(match.group().split(",")[0].split("(")[0].split()) > 5:
        return 0  # an all-capitals alert, not a place: "PAKISTAN RECALLS AMBASSADOR ... –"
    return match.end() if match else 0


def dateline_state(text: str, gaz: Gazetteer) -> str | None:
    """The state of the place a wire dateline names ("RIYADH - ", "AMMAN, May 2
    (Reuters) - "), None for none."""
    length = dateline_length(text)
    if not length:
        return None
    place = re.split(r"[,(\-–—]", text[:length], maxsplit=1)[0].strip()
    code = gaz.lookup(place.title())
    return code if code and is_state(code) else None


def in_dateline(tok: Token) -> bool:
    """Whether `tok` is part of a wire dateline: the place a story was filed from is
    no actor ("DAKAR, Nov 9 (Reuters) - West African leaders lifted ...")."""
    sent = tok.sent
    if tok.i - sent.start > 12:
        return False
    # asked once per token by several loops: the dateline is measured once a sentence
    lengths = tok.doc.user_data.setdefault(_DATELINE_KEY, {})
    length = lengths.get(sent.start)
    if length is None:
        length = lengths[sent.start] = dateline_length(sent.text)
    return tok.idx - sent.start_char < length


def _own_segment(ent: Span, tok: Token) -> list[Token]:
    """The part of an entity around `tok` between commas and "and": the model may tag
    "Mali, Burkina Faso" as one entity, and each name is its own actor."""
    toks = list(ent)
    if not any(t.is_punct or t.dep_ == "cc" for t in toks):
        return toks
    start = tok.i
    while start - 1 >= ent.start and not (
        tok.doc[start - 1].is_punct or tok.doc[start - 1].dep_ == "cc"
    ):
        start -= 1
    end = tok.i + 1
    while end < ent.end and not (tok.doc[end].is_punct or tok.doc[end].dep_ == "cc"):
        end += 1
    return list(tok.doc[start:end])


def stance_prefixed(tok: Token) -> bool:
    """ "a pro-Russian lawmaker", "anti-American protesters": a stance, not the state."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in (
        "pro", "anti")


def phrase_tokens(tok: Token) -> Span:
    """The noun phrase headed by `tok`, without its clauses and determiners."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("poss", "compound", "amod", "nmod", "nummod", "case"):
            start = min(start, child.left_edge.i)
    return tok.doc[start: tok.i + 1]


# Plural nouns for a group of states whose members a list may name ("including ...").
_GROUP_HEADS = frozenset({"country", "nation", "state", "government", "member", "ally",
                          "neighbour", "neighbor", "partner", "capital"})


def _pobjs_of(tok: Token) -> list[Token]:
    return [o for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children if o.dep_ == "pobj"]


def _any_state(tok: Token) -> bool:
    """ "any country that recognised Kosovo", "every state", "Countries that recognise
    Taiwan": no state in particular, so no event's actor, not even an unknown one."""
    kids = [c for c in tok.children if c.dep_ not in ("punct", "relcl", "prep", "acl")]
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in kids):
        return True
    return tok.tag_ == "NNS" and not kids and any(c.dep_ in ("relcl", "acl")
                                                  for c in tok.children)


class ActorResolver:
    """Resolution of noun phrases through names, modifiers and pronoun antecedents."""

    def __init__(self, gazetteer: Gazetteer, family: str) -> None:
        self.gaz = gazetteer
        self.family = family
        self.previous: Actor | None = None  # last subject actor, for "it" across sentences
        self.antecedent_token: Token | None = None  # the subject the last pronoun stood for
        # The last pronoun stood for a subject that is no state ("the company ... it").
        self.antecedent_not_state = False
        self.dateline: str | None = None  # the state of the text's dateline (component.py)
        self.earlier_text = ""  # the text's units before the one coded (component.py)
        # the text is an EU Council release ("Nicaragua: Council lists ...", component.py)
        self.council_release = False

    @staticmethod
    def make(code: str, span: Span | list[Token], head: int, how: str) -> Actor:
        toks = list(span)
        doc = toks[0].doc
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return Actor(code, doc.text[start:end], head, how, start, end)

    def lookup(self, text: str) -> str | None:
        return self.gaz.lookup(text, self.family)

    def _span_lookup(self, span_tokens: list[Token]) -> tuple[str, list[Token]] | None:
        """Longest gazetteer n-gram inside a token run; returns (code, tokens)."""
        n = len(span_tokens)
        max_len = min(n, self.gaz.max_words + 1)
        for size in range(max_len, 0, -1):
            for start in range(0, n - size + 1):
                toks = span_tokens[start: start + size]
                if toks[0].is_punct or toks[-1].is_punct or regional_american(toks[0]) or (
                    stance_prefixed(toks[0])
                ):
                    continue
                text = toks[0].doc[toks[0].i: toks[-1].i + 1].text
                code = self.lookup(text)
                if code and self.family != "sanction":
                    code = self._bloc_seat(text, toks[0].doc.text) or code
                if code:
                    return code, toks
        return None

    def _bloc_seat(self, text: str, doc_text: str) -> str | None:
        """ "Brussels" in a text about the EU is the EU (guide), in diplomacy too: the
        seat's sanction-family code, when that is a body the text names."""
        code = self.gaz.lookup(text, "sanction")
        if code not in ORGANISATIONS or code == self.gaz.lookup(text, self.family):
            return None
        names = _BODY_NAMES.get(code)
        return code if names is not None and names.search(doc_text) else None

    def resolve(self, tok: Token, depth: int = 0, allow_unknown: bool = True) -> list[Actor]:
        """The actors of `tok` and of its conjuncts ("Germany, Poland and Sweden")."""
        actors: list[Actor] = []
        if tok.lower_ in ("they", "them") and tok.pos_ == "PRON" or (
            tok.tag_ == "NNS" and tok.lemma_.lower() in STATE_HEADS
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
        ):
            # "Burkina Faso, Mali and Niger announced they were quitting", "ministers of
            # Saudi Arabia, Kuwait and Bahrain said their governments stood ...": every
            # state the pronoun stands for.
            self.antecedent_token = None
            first = self.resolve_one(tok, depth, allow_unknown)
            if first is not None and self.antecedent_token is not None:
                found = self.resolve(self.antecedent_token, depth + 1, allow_unknown=False)
                return [Actor(a.code, a.text, a.head, "pronoun", a.start_char, a.end_char)
                        for a in found] or [first]
            return [first] if first else []
        if tok.lemma_.lower() in ENVOY_NOUNS:
            # "Diplomats representing Argentina, Chile and Peru": every state represented
            for rep in tok.children:
                if rep.dep_ == "acl" and rep.lemma_.lower() == "represent":
                    for obj in rep.children:
                        if obj.dep_ == "dobj":
                            return self.resolve(obj, depth + 1, allow_unknown)
        numbered = self._numbered_group(tok)
        if numbered:
            return numbered
        included = self._included(tok, depth)
        if included:
            return included
        joined = self._joined_name(tok)
        if joined is not None:
            # "Saint Vincent and the Grenadines", "Bosnia and Herzegovina": one state whose
            # name the parser splits into two conjuncts.
            actors.append(joined[0])
            rest = [c for c in tok.conjuncts if c.i not in joined[1]] if tok.dep_ != "conj" else []
            for c in rest:
                for a in self.resolve(c, depth, allow_unknown):
                    if all(a.code != b.code for b in actors):
                        actors.append(a)
            return actors
        group = [tok, *tok.conjuncts] if tok.dep_ != "conj" else [tok]
        for t in list(group):
            # "Saudi Arabia, the UAE, Bahrain and Egypt": a list the parser reads as an
            # apposition of names.
            if self._is_name(t):
                for ap in t.children:
                    if ap.dep_ == "appos" and self._is_name(ap):
                        group.extend(x for x in [ap, *ap.conjuncts] if x not in group)
        for t in group:
            actor = self.resolve_one(t, depth, allow_unknown)
            found = [actor] if actor else []
            if actor is not None and actor.how == "parse" and t.ent_type_ not in ("GPE", "ORG"):
                found += self._coordinated_owners(t)
            for a in found:
                if all(a.code != b.code for b in actors):
                    actors.append(a)
        return actors

    def _numbered_group(self, tok: Token) -> list[Actor]:
        """ "The two governments froze ..." after "Britain and Canada target ...": the
        states of the last list of that many states named as subjects before it."""
        count = next((_NUMBER_WORDS.get(c.lower_) for c in tok.children
                      if c.dep_ == "nummod"), None)
        if count is None or tok.tag_ != "NNS" or tok.lemma_.lower() not in STATE_HEADS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return []
        for prev in reversed(tok.doc[: tok.i]):
            if prev.dep_ not in ("nsubj", "nsubjpass") or not prev.conjuncts or (
                in_dateline(prev)
            ):
                continue
            found = [a for a in self.resolve(prev, 1, allow_unknown=False) if is_state(a.code)]
            if len(found) == count:
                return [Actor(a.code, a.text, a.head, "pronoun", a.start_char, a.end_char)
                        for a in found]
        return []

    def _joined_name(self, tok: Token) -> tuple[Actor, set[int]] | None:
        """The state whose name runs from `tok`'s first conjunct through an "and" to the
        next ("Trinidad and Tobago"), with the indices of the tokens it covers."""
        head = tok.head if tok.dep_ == "conj" else tok
        conj = [c for c in head.children if c.dep_ == "conj" and c.i > head.i
                and any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in
                        tok.doc[head.i + 1: c.i])]
        if not conj or (tok.dep_ == "conj" and tok.i != conj[0].i):
            return None
        start = phrase_tokens(head).start
        span = list(tok.doc[start: conj[0].i + 1])
        code = self.lookup(tok.doc[start: conj[0].i + 1].text)
        if code is None or not is_state(code):
            return None
        return self.make(code, span, head.i, "parse"), {t.i for t in span}

    def _included(self, tok: Token, depth: int) -> list[Actor]:
        """ "several EU countries, including Germany, Sweden and Poland", "countries such
        as France", "Poland was among the countries that ...": the states named as members
        of a group of states are the actors, not the group (nor its adjective)."""
        # "Dozens of countries, including Japan", "a number of countries, such as France":
        # the group may be the quantity's "of" object, the list on either.
        groups = [t for t in (tok, *_pobjs_of(tok))
                  if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _GROUP_HEADS]
        if not groups:
            return []
        named = [o for t in {tok, *groups} for prep in t.children if prep.dep_ == "prep" and (
            prep.lower_ in ("including", "like") or (prep.lower_ == "as" and any(
                c.lower_ == "such" for c in prep.children)))
            for o in prep.children if o.dep_ == "pobj"]
        if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be":
            # "Poland and Slovakia were among the countries that expelled ...": the
            # subject names the members meant.
            named += [c for c in tok.head.head.children if c.dep_ == "nsubj"]
        actors: list[Actor] = []
        for o in sorted(named, key=lambda t: t.i):
            for a in self.resolve(o, depth + 1, allow_unknown=False):
                if all(a.code != b.code for b in actors):
                    actors.append(a)
        return actors

    def _is_name(self, tok: Token) -> bool:
        """A place or body name: tagged so, or a gazetteer name the tagger missed
        ("Samoa, Tonga and Tuvalu", "Sri Lanka" tagged a person's name)."""
        if tok.ent_type_ in ("GPE", "ORG"):
            return True
        words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        return tok.pos_ == "PROPN" and (self.lookup(tok.text) is not None or bool(
            words) and self.lookup(" ".join([*words, tok.text])) is not None)

    def _coordinated_owners(self, tok: Token, depth: int = 0) -> list[Actor]:
        """The other states of a noun owned by coordinated names: "Iranian and
        Belarusian companies", "firms in Russia, China and the UAE"."""
        out: list[Actor] = []
        owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                  and c.i < tok.i]
        counted = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"] if not owners and depth < 2 else []
        if tok.lemma_.lower() in OF_HEADS | _IN_HEADS | {"individual", "company", "firm",
                                                          "mission"}:  # "heads of mission of"
            owners += [g for p in tok.children if p.dep_ == "prep"
                       and p.lower_ in ("of", "in", "from") for g in p.children
                       if g.dep_ == "pobj"]
        for owner in owners:
            for other in owner.conjuncts:
                actor = self.resolve_one(other, 1, allow_unknown=False)
                if actor is not None:
                    out.append(actor)
        # "Russian, North Korean officials": a list of modifiers parsed flat, each a
        # modifier of the noun; only when a comma or a conjunction separates them.
        mods = sorted((c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                       and c.i < tok.i), key=lambda c: c.i)
        for a, b in zip(mods, mods[1:], strict=False):
            between = tok.doc[a.right_edge.i + 1: b.left_edge.i]
            if any(t.text == "," or t.dep_ == "cc" for t in between) or (
                a.right_edge.i + 1 < len(tok.doc) and tok.doc[a.right_edge.i].text == ","
            ) or any(c.dep_ == "cc" for c in a.children):
                # (also "eight British and six German individuals", the second count
                # read as a conjunct of the first adjective)
                for m in (a, b):
                    actor = self.resolve_one(m, 1, allow_unknown=False)
                    if actor is not None:
                        out.append(actor)
        if not out:
            # "dozens of Russian and Saudi nationals": the owners of the counted noun
            out = [a for g in counted for a in self._coordinated_owners(g, depth + 1)]
        return out

    def resolve_one(self, tok: Token, depth: int = 0, allow_unknown: bool = True) -> Actor | None:
        actor = self._resolve_one(tok, depth, allow_unknown)
        return self.legislature_owner(tok, actor) if actor is not None else None

    def legislature_owner(self, tok: Token, actor: Actor) -> Actor:
        """A legislature's generic name is the gazetteer's US one ("Senate", "House of
        Representatives"), but "the Czech Senate" and "Jordan's House of Representatives"
        are their own states', and so is "A Senate committee" under a CANBERRA
        dateline; `actor` itself for any other name."""
        if normalise(actor.text) not in _LEGISLATURES:
            return actor
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < tok.i and not (
                actor.start_char <= child.idx < actor.end_char
            ) and not is_pronoun(child):
                owner = self.resolve_one(child, 1, allow_unknown=False)
                if owner is not None and is_state(owner.code) and owner.code != actor.code:
                    # (the whole name: "Jordan's House of Representatives" is no trading
                    # house of Jordan's)
                    start = min(owner.start_char, actor.start_char)
                    return Actor(owner.code, tok.doc.text[start: actor.end_char], actor.head,
                                 actor.how, start, actor.end_char)
        if self.dateline is not None and self.dateline != actor.code:
            return Actor(self.dateline, actor.text, actor.head, actor.how, actor.start_char,
                         actor.end_char)
        return actor

    def _resolve_one(self, tok: Token, depth: int = 0, allow_unknown: bool = True
                     ) -> Actor | None:
        if depth > 4 or regional_american(tok):
            return None
        if is_pronoun(tok):
            return self.antecedent(tok)
        clause = tok.head
        if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and (
            clause.head.lemma_.lower() in ("say", "claim", "believe", "think")
        ):
            clause = clause.head  # "Cuba, which he said had endured ..."
        if tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in ("WDT", "WP") and tok.dep_ in (
            "nsubj", "nsubjpass"
        ) and clause.dep_ == "relcl" and clause.head.i != tok.i:
            # "Iran, which is under US sanctions": the relative subject stands for the
            # noun its clause describes.
            return self.resolve_one(clause.head, depth + 1, allow_unknown)
        ent = _entity(tok)
        if tok.pos_ == "PROPN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "Port of Spain" (Trinidad and Tobago), not its "of" object
            named = self._span_lookup(list(tok.doc[tok.left_edge.i: tok.right_edge.i + 1]))
            if named is not None and named[1][0].i <= tok.i < named[1][-1].i:
                # (the longest name around it: "Democratic Republic of Congo", "People's
                # Republic of China", not "Republic of Congo" or "Republic of China")
                return self.make(named[0], named[1], tok.i, "parse")
        # A possessor names the state: "Mexico's foreign minister", "Russia's expulsion".
        for child in tok.children:
            if child.dep_ == "poss" and child.lower_ == "whose":
                # "Kazakhstan, whose president endorsed ...": the relative's noun.
                rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                if rel is not None and rel.head.i != tok.i:
                    actor = self.resolve_one(rel.head, depth + 1, allow_unknown=False)
                    if actor:
                        return actor
            if child.dep_ == "poss" and not is_pronoun(child):
                actor = self.resolve_one(child, depth + 1, allow_unknown=False)
                if actor:
                    return actor
            listed = _listed_antecedent(child) if child.dep_ == "poss" else None
            if listed is not None:
                # "designated five Iranian officials, freezing their assets": theirs
                actor = self.resolve_one(listed, depth + 1, allow_unknown=False)
                if actor is not None:
                    return Actor(actor.code, actor.text, actor.head, "pronoun",
                                 actor.start_char, actor.end_char)
        if ent is not None and ent.label_ != "DATE" and tok.left_edge.i < ent.start <= tok.i and (
            any(t.pos_ != "DET" for t in tok.doc[tok.left_edge.i: ent.start])
        ):  # (a word in front of the entity, not only "the": the lookup is dear)
            # "the Peace and Security Council" tagged "Security Council": the longer name
            wider = self._span_lookup(list(tok.doc[tok.left_edge.i: tok.i + 1]))
            words = [t for t in wider[1] if t.pos_ != "DET"] if wider else []
            if wider and words and words[0].i < ent.start and wider[1][-1].i == tok.i:
                return self.make(wider[0], wider[1], tok.i, "parse")
        if ent is not None and ent.label_ != "DATE":
            hit = self._span_lookup(list(ent))
            if hit and tok not in hit[1]:
                # "Mali, Burkina Faso" tagged as one entity: the name at `tok` first.
                hit = self._span_lookup(_own_segment(ent, tok)) or hit
            if hit:
                return self.make(hit[0], hit[1], tok.i, "parse")
        # The compound run ending at the head: "North Korea", "U.S. Senate".
        left = tok.i
        while left - 1 >= tok.sent.start and tok.doc[left - 1].dep_ in (
            "compound", "amod", "nmod"
        ) and tok.doc[left - 1].head.i in range(left, tok.i + 1):
            left -= 1
        hit = self._span_lookup(list(tok.doc[left: tok.i + 1]))
        if hit and not (hit[0] in ORGANISATIONS and tok.lemma_.lower() in _MEMBER_HEADS
                        and tok not in hit[1]):
            return self.make(hit[0], hit[1], tok.i, "parse")
        for dep in _MODIFIER_DEPS:
            for child in tok.children:
                if child.dep_ == dep and child.i < tok.i:
                    if is_pronoun(child):
                        continue
                    actor = self.resolve_one(child, depth + 1, allow_unknown=False)
                    if actor and actor.code in ORGANISATIONS and (
                        tok.lemma_.lower() in _MEMBER_HEADS
                    ) and not (
                        # "Security Council members reaffirmed their support": the
                        # Council's press statements speak for it as a body
                        actor.code == "UN" and tok.lemma_.lower() == "member"
                        and "council" in actor.text.lower()
                    ):
                        continue  # "the only EU country", "a NATO ally": a member state
                    if actor:
                        return actor
        if tok.lemma_.lower() in OF_HEADS or depth == 0:
            preps = ("of", "from", "in") if tok.lemma_.lower() in _IN_HEADS else ("of", "from")
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            actor = self.resolve_one(pobj, depth + 1, allow_unknown)
                            if actor:
                                return actor
                if prep.dep_ == "prep" and prep.lower_ == "at" and (
                    tok.lemma_.lower() in ENVOY_NOUNS
                ):  # "a counsellor at the Belarusian mission": the mission's state
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in MISSION_NOUNS:
                            actor = self.resolve_one(pobj, depth + 1, allow_unknown)
                            if actor:
                                return actor
        if tok.lemma_.lower() in _DONE_HEADS:
            # "supports the measures taken by the Government of Kyrgyzstan": who took them
            for acl in tok.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN":
                    for by in acl.children:
                        if by.dep_ == "agent" or by.lower_ == "by":
                            for pobj in by.children:
                                if pobj.dep_ == "pobj":
                                    actor = self.resolve_one(pobj, depth + 1, allow_unknown)
                                    if actor:
                                        return actor
        # "backed its stance": the state the pronoun stands for.
        if tok.lemma_.lower() in _STANCE_HEADS:
            for child in tok.children:
                if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                    actor = self.antecedent(child)
                    if actor:
                        return actor
        # "his country", "its government": the speaker's state.
        if tok.lemma_.lower() in STATE_HEADS:
            for child in tok.children:
                if child.dep_ == "poss" and is_pronoun(child):
                    actor = self.antecedent(child)
                    if actor:
                        return actor
        if tok.lower_ in ("country", "government", "nation", "administration") and [
            c.lower_ for c in tok.children if c.dep_ != "punct"
        ] == ["the"]:
            measured = _measured_country(tok)
            if measured is not None:
                # "calling U.S. sanctions on the country illegal": the state named last
                # before it, not the measure's owner nor its clause's subject
                return self._last_state_named(tok, measured)
            # "the Gambia's foreign ministry announced that the country would ...": the
            # state of the clause's speaker.
            actor = self.antecedent(tok)
            if actor:
                return actor
        if tok.lemma_.lower() in _TITLE_HEADS and tok.dep_ in ("nsubj", "nsubjpass") and all(
            c.lower_ == "the" or c.lower_ in _TITLE_WORDS
            for c in tok.children if c.dep_ != "punct"
        ) and any(c.lower_ == "the" for c in tok.children):
            # "The president signed a decree": a leader named only by title is the
            # leader of the state the text is about (the clause's or the last subject).
            actor = self.antecedent(tok)
            if actor:
                return actor
        if tok.lower_ in _OFFICE_HEADS and {
            c.lower_ for c in tok.children if c.dep_ != "punct"
        } <= {"the"}:
            the = any(c.lower_ == "the" for c in tok.children)
            eu_release = tok.text == "Council" and (
                self.council_release or bool(_EU_COUNCIL_TEXT.search(tok.doc.text)))
            earlier = self._office_named_before(tok, depth) if the or eu_release else None
            if earlier and the:
                # "Press release, Council of the EU. The Council today decided to renew
                # ...": an office named in full earlier in the text
                return earlier
            if eu_release and earlier is None:
                # "Nicaragua: Council prolongs restrictive measures for another year": the
                # EU Council's press releases name it bare, in the EU's words for its
                # sanctions (not after a Security Council named before)
                phrase = phrase_tokens(tok)
                return Actor("EU", phrase.text, tok.i, "parse", phrase.start_char,
                             phrase.end_char)
        if tok.lemma_.lower() == "bloc":
            bloc = self._bloc(tok)
            if bloc:
                return self.make(bloc, phrase_tokens(tok), tok.i, "parse")
        body = self._body_described(tok)
        if body:
            return self.make(body, phrase_tokens(tok), tok.i, "parse")
        actor = self.description(tok)
        if actor:
            return actor
        if allow_unknown and (
            tok.lemma_.lower() in STATE_HEADS or tok.lower_ in STATE_HEADS
            or (ent is not None and ent.label_ in _LABELS_FOR_UNK)
        ):
            # "any country that ...": a slot no state fills (the coder drops the event)
            how = "generic" if _any_state(tok) else "unknown"
            return self.make(UNKNOWN, phrase_tokens(tok), tok.i, how)
        return None

    def _last_state_named(self, tok: Token, measure: Token) -> Actor | None:
        """The last state named before `tok` in its text, other than the owner of
        `measure` or the subject of the clause it is in."""
        verb = measure
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        actors = [t for t in measure.children if t.dep_ in ("poss", "compound", "amod", "nmod")]
        actors += [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "agent")]
        owners = {a.code for t in actors for a in self.resolve(t, 1, allow_unknown=False)}
        for ent in reversed([e for e in tok.doc.ents if e.end <= tok.i]):
            if ent.label_ not in ("GPE", "NORP") or in_dateline(ent.root) or (
                ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "at")
            ):  # (not a venue: "spoke in Vilnius")
                continue
            hit = self._span_lookup(list(ent))
            if hit and hit[0] not in owners and hit[0] not in ORGANISATIONS:
                return Actor(hit[0], tok.text, tok.i, "pronoun", tok.idx, tok.idx + len(tok))
        return None

    def _office_named_before(self, tok: Token, depth: int) -> Actor | None:
        """The actor of the last earlier mention of the office `tok` names bare ("the
        Council" after "Council of the EU", "the Authority" after "the ECOWAS Authority
        of Heads of State and Government", "the Department" after "the Department of the
        Treasury")."""
        for earlier in reversed(tok.doc[: tok.i]):
            if earlier.lower_ != tok.lower_ or not any(
                c.dep_ in ("prep", "compound", "poss", "amod", "nmod") for c in earlier.children
            ):
                continue
            actor = self.resolve_one(earlier, depth + 1, allow_unknown=False)
            if actor is not None:
                phrase = phrase_tokens(tok)
                return Actor(actor.code, phrase.text, tok.i, "pronoun", phrase.start_char,
                             phrase.end_char)
        return None

    def description(self, tok: Token) -> Actor | None:
        """ "the kingdom", "the Hashemite kingdom", "the Gulf state": a definite
        description of a state named earlier in the text. As a subject it is the
        topic (the first state of the sentence before); otherwise it is the state
        named last before it that is not its own clause's subject ("Riyadh said it
        stood behind the Hashemite kingdom")."""
        head = tok.lemma_.lower()
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        if head in _MODIFIED_DESCRIPTION_HEADS and any(
            c.lemma_.lower() in _STRICT_FORMS for c in mods
        ):
            head = "island"  # "the island nation": the form its modifier says
        if not any(c.lower_ == "the" for c in tok.children) or tok.ent_type_:
            return None
        if head not in _DESCRIPTION_HEADS and not (head in _MODIFIED_DESCRIPTION_HEADS and mods):
            return None
        if any(c.dep_ in ("prep", "poss", "relcl") for c in tok.children):
            return None  # "the kingdom of Bhutan", "the state's", "the state that ..."
        sent = tok.sent
        if tok.dep_ in ("nsubj", "nsubjpass"):
            named = self._of_form(self._named_states(tok.doc[sent.start - 1].sent), head) if (
                sent.start > 0) else []
            if not named and head not in _STRICT_FORMS and self.dateline in _FORMS_OF_STATE.get(
                head, ()
            ):
                # "RIYADH - The kingdom lifted its ban ...": the dateline's state, when
                # the description fits it
                named = [Actor(self.dateline, "", -1, "label")]
            if named or tok.head.dep_ not in ("advcl", "ccomp", "relcl", "conj"):
                return self._described(named[0], tok) if named else None
            # the subject of a clause below the main one ("Taipei ended ties with Nauru
            # after the Pacific island announced ..."): a state named before it, below
            # (a form of government must fit: "Amman and Damascus agree ..., Jordan's
            # agency said, as the kingdom lifted its ban" is not Syria's act)
        subject = None
        node = tok
        while node.head.i != node.i and subject is None:
            node = node.head
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                            and not c.left_edge.i <= tok.i <= c.right_edge.i), None)
        # (all of a coordinated or plural subject: "The UAE, Bahrain and Kuwait said they
        # supported the kingdom's rejection")
        own = {a.code for a in self.resolve(subject, 1, allow_unknown=False)
               } if subject is not None else set()
        named = self._of_form([a for a in self._named_states(tok.doc[: tok.i])
                               if a.code not in own], head)
        if tok.dep_ in ("nsubj", "nsubjpass") and head in _FORMS_OF_STATE:
            named = [a for a in named if a.code in _FORMS_OF_STATE[head]]
        if not named and head in _STRICT_FORMS and self.dateline in _FORMS_OF_STATE[head]:
            # "HAVANA — ... Washington's embargo on the island": the dateline's island
            named = [Actor(self.dateline, "", -1, "label")]
        return self._described(named[-1], tok) if named else None

    @staticmethod
    def _of_form(named: list[Actor], head: str) -> list[Actor]:
        """The named states a form of government fits, when any does."""
        forms = _FORMS_OF_STATE.get(head)
        fitting = [a for a in named if forms is not None and a.code in forms]
        return fitting if fitting or head in _STRICT_FORMS else named

    def _named_states(self, span: Span) -> list[Actor]:
        out = []
        for ent in span.ents:
            # (a state's name tagged ORG too: "Nauru" often is)
            if ent.label_ in ("GPE", "NORP", "ORG") and not in_dateline(ent[0]):
                code = self.lookup(ent.text) or self.lookup(ent.text.removesuffix("'s"))
                if code and is_state(code):
                    out.append(self.make(code, ent, ent.root.i, "parse"))
        return out

    @staticmethod
    def _described(actor: Actor, tok: Token) -> Actor:
        phrase = phrase_tokens(tok)
        return Actor(actor.code, phrase.text, tok.i, "pronoun", phrase.start_char,
                     phrase.end_char)

    def _bloc(self, tok: Token) -> str | None:
        """ "the bloc": the organisation named last before it in the text, else the EU
        (the bloc of news on sanctions and diplomacy), unless its modifiers say another
        ("the regional bloc", "the BRICS bloc")."""
        for prev in reversed(tok.doc[: tok.i]):
            if prev.text[:1].isupper():
                # a name of several words, whole ("The African Union Commission
                # chairperson said the bloc ..."), else the word alone
                ent = next((e for e in tok.doc.ents if e.start <= prev.i < e.end), None)
                code = self.lookup(prev.text)
                words = [w.text for w in ent if w.lower_ != "the"] if ent is not None else []
                while words and code not in ORGANISATIONS:
                    code = self.lookup(" ".join(words))  # ("African Union Commission")
                    words.pop()
                if code in ORGANISATIONS:
                    return code
        words = {t.lower_ for t in tok.subtree if t.i < tok.i}
        if words & _OTHER_BLOCS or not has_strong_trigger(tok.sent.text):
            # Only with a strong word ("sanctions", "diplomats"): the pre-filter passes
            # weak-word texts by the names they contain, and "the bloc" is none.
            return None
        return "EU"

    def _body_described(self, tok: Token) -> str | None:
        """ "the group" after "G7", "the alliance" after "NATO": a bare description of
        the organisation named last before it, when the noun fits that organisation."""
        fits = _BODY_DESCRIPTIONS.get(tok.lower_)
        if fits is None or [c.lower_ for c in tok.children if c.dep_ not in (
            "case", "punct", "prep")] != ["the"]:
            return None
        for prev in reversed(tok.doc[: tok.i]):
            code = self.lookup(prev.text) if prev.text[:1].isupper() else None
            if code in ORGANISATIONS:
                return code if code in fits else None
        return None

    def _object_antecedent(self, pron: Token) -> Actor | None:
        """ "thanked Iran for its support", "congratulated Moscow and backed its stance":
        a possessive pronoun after a named state object refers to that object."""
        verb = pron
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        for v in verbs:
            objs = [c for c in v.children if c.dep_ == "dobj"]
            # "sanctions against Japan over its support": the named target of the object.
            objs += [g for o in objs for p in o.children if p.dep_ == "prep"
                     and p.lower_ in ("against", "on") for g in p.children if g.dep_ == "pobj"]
            for obj in objs:
                if obj.i < pron.i and obj.ent_type_ == "GPE":
                    actor = self.resolve_one(obj, 1, allow_unknown=False)
                    if actor:
                        return Actor(actor.code, actor.text, actor.head, "pronoun",
                                     actor.start_char, actor.end_char)
        return None

    def antecedent(self, pron: Token) -> Actor | None:
        """The nearest subject above the pronoun that resolves to a state."""
        self.antecedent_not_state = False
        if pron.lower_ in ("we", "our", "us"):
            label = _speaker_label(pron)
            hit = self._span_lookup(label) if label else None
            if hit is not None and (is_state(hit[0]) or hit[0] in ORGANISATIONS):
                # "BURUNDI FOREIGN MINISTER: We have, yes, and we are closing our embassy
                # there", "Senegal's President Faye on X: 'We stand with ...'": the
                # speaker's state
                return self.make(hit[0], hit[1], hit[1][0].i, "pronoun")
        listed = _listed_antecedent(pron)
        if listed is not None:
            # "designating five Iranian officials, freezing their assets and banning them
            # from travel": the people or firms a measure names, by their state
            actor = self.resolve_one(listed, 1, allow_unknown=False)
            if actor is None or actor.code == UNKNOWN:
                return None  # "the official ... prohibiting her": whose, the text does not say
            return Actor(actor.code, actor.text, actor.head, "pronoun",
                         actor.start_char, actor.end_char)
        if pron.dep_ == "poss" and pron.lower_ in ("its", "their"):
            verb = pron.head.head if pron.head.dep_ in ("dobj", "pobj") else None
            owners = [c for c in verb.head.children if c.dep_ == "poss" and not is_pronoun(c)
                      ] if verb is not None and verb.dep_ == "acl" else []
            if owners:
                # "Vietnam's efforts to defend its sovereignty": the owner of the noun
                # whose clause it is.
                actor = self.resolve_one(owners[0], 1, allow_unknown=False)
                if actor:
                    return actor
            actor = self._object_antecedent(pron)
            if actor:
                return actor
        node = pron
        seen = {pron.i}
        # An object pronoun is never its own clause's subject, nor what that subject
        # stands for: in "Britain and Canada said they were barring them", "them" is
        # not Britain or Canada.
        own = _own_subjects(pron)
        seen |= {t.i for t in own}
        skip_next = any(is_pronoun(t) for t in own)
        barred: set[str] = set()
        while node.head.i != node.i:
            node = node.head
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i not in seen:
                    if pron.i in range(child.left_edge.i, child.right_edge.i + 1):
                        continue
                    if is_pronoun(child) or in_dateline(child):
                        continue
                    if skip_next:
                        skip_next = False
                        seen.add(child.i)
                        barred |= {a.code for a in self.resolve(child, 1, allow_unknown=False)}
                        continue
                    actor = self.resolve_one(child, 1, allow_unknown=False)
                    if (actor and not_state_actor(actor, child)) or (
                        actor is None and child.lemma_.lower() in NON_STATE_ACTOR_HEADS
                    ):
                        # "an activist ... where he praised", "the company said it was
                        # cutting ties": the nearest subject is no state.
                        self.antecedent_not_state = True
                        return None
                    if actor and actor.code in barred:
                        continue
                    if actor:
                        self.antecedent_token = child
                        return Actor(actor.code, actor.text, actor.head, "pronoun",
                                     actor.start_char, actor.end_char)
            seen.add(node.i)
        if self.previous is not None and not skip_next and self.previous.code not in barred:
            prev = self.previous
            return Actor(prev.code, prev.text, -1, "pronoun")
        return None


# A speaker's turn in a transcript or a post: "MR MILLER: ", "BURUNDI FOREIGN MINISTER: ",
# "Senegal's President Faye on X: ", at the start of the text or after a sentence.
_SPEAKER_LABEL = re.compile(r"(?:^|[.?!]['\"’”]?\s+)([A-Z][\w'’.\- ]{1,60}?)(?:\s+on\s+X)?:\s")
# Words of a title or a topic, not of a speaker ("G7 Leaders' Statement on the DPRK: We").
_NOT_SPEAKER = frozenset({"on", "of", "the", "for", "statement", "communique", "communiqué",
                          "declaration", "correction", "update", "live", "breaking"})


def _speaker_label(pron: Token) -> list[Token]:
    """The words of the last speaker's label before `pron` in its text, if any."""
    doc = pron.doc
    found = list(_SPEAKER_LABEL.finditer(doc.text[: pron.idx]))
    if not found:
        return []
    span = doc.char_span(found[-1].start(1), found[-1].end(1), alignment_mode="expand")
    if span is None or any(t.lower_ in _NOT_SPEAKER for t in span):
        return []
    return list(span)


# A measure or a halt of trade whose target may be "the country": "U.S. sanctions on the
# country", "halted all commerce with the country", "the weapons ban on the country".
_MEASURE_HEADS = TOLD_MEASURES | {"commerce", "trade", "blockade"}


def _measured_country(tok: Token) -> Token | None:
    """The measure whose "on/against/with the country" `tok` is, if it is one."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "against", "with"):
        return None
    head = prep.head
    if head.lemma_.lower() in _MEASURE_HEADS and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


# The people or firms a measure names, whom a later pronoun may take up.
_LISTED_PARTIES = LISTED_HEADS | BARRED_PEOPLE | {"contractor", "diehard", "maker",
                                                  "prosecutor", "settler", "chipmaker"}
# What a measure takes from the people or firms it names: "froze their assets".
_HOLDINGS = frozenset({"asset", "property", "fund", "account", "holding", "executive",
                       "relative", "family"})


def _listed_antecedent(pron: Token) -> Token | None:
    """The people or firms an object pronoun ("banned them", "barring him") or a
    possessive on what a measure takes ("froze their assets") stands for: the nearest
    listed party ("officials", "companies", "the prosecutor") before it, in its sentence
    or the one before; none when that noun's number is not the pronoun's."""
    low = pron.lower_
    if low in ("them", "him", "her") and pron.dep_ in ("dobj", "pobj"):
        plural = low == "them"
    elif low in ("their", "his", "her") and pron.dep_ == "poss" and (
        pron.head.lemma_.lower() in _HOLDINGS
    ):
        plural = low == "their"
    else:
        return None
    start = pron.sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    for tok in reversed(pron.doc[start: pron.i]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss"):
            continue
        if tok.lemma_.lower() in _LISTED_PARTIES:
            return tok if (tok.tag_ in ("NNS", "NNPS")) == plural else None
    return None


def _own_subjects(pron: Token) -> list[Token]:
    """The subjects of the clause whose object `pron` is (a coordinated verb shares
    its head's subject); none for a pronoun that is no object."""
    if pron.dep_ in ("dobj", "dative"):
        verb = pron.head
    elif pron.dep_ == "pobj" and pron.head.dep_ == "prep" and pron.head.head.pos_ in (
        "VERB", "AUX"
    ):
        verb = pron.head.head
    else:
        return []
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj" or verb.head is verb:
            return subjects
        verb = verb.head


def not_state_actor(actor: Actor, tok: Token) -> bool:
    """ "a Dutch city", "Chinese state media": a state modifier on a non-state head.

    A head that is part of the matched name ("Russian Federation", "International
    Criminal Court") is the name itself and stays.
    """
    head = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and head.endswith("s"):
        head = head[:-1]  # a name's plural is its own lemma: "Turkish Airlines"
    if head not in NON_STATE_ACTOR_HEADS or actor.how == "pronoun":
        return False
    return not (actor.start_char <= tok.idx < actor.end_char)


def regional_american(tok: Token) -> bool:
    """ "seven Latin American states", "South American leaders": "American" of a region,
    not of the United States."""
    if tok.lower_ not in ("american", "americans") or tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    if before.text == "-" and tok.i - 2 >= tok.sent.start:
        before = tok.doc[tok.i - 2]  # "Pan-American", "Latin-American"
    return before.lower_ in ("latin", "south", "central", "north", "pan")


def is_state(code: str) -> bool:
    return code not in ORGANISATIONS and code != UNKNOWN
