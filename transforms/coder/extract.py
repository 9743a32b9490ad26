"""Event extraction from one parsed sentence: the ``SentenceCoder`` core (actors from
the parse, the dispatch of each token to its trigger rules, responses and answered acts, and
the finishing pass that applies modality and drops non-state pairs) and ``pairs``.

The rule families live in mixins that ``SentenceCoder`` inherits: ``measure_rules``,
``sanction_rules``, ``diplomatic_rules`` and ``support_rules``; trigger classification is in
``triggers``, modality in ``modality``, generic parse helpers in ``syntax``."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from . import lexicon as lx
from .actors import (
    Actor,
    ActorResolver,
    in_dateline,
    is_pronoun,
    is_state,
    not_state_actor,
    regional_american,
    stance_prefixed,
)
from .diplomatic_rules import DiplomaticRules
from .gazetteer import ORGANISATIONS, UNKNOWN
from .headline import topic_label
from .measure_rules import _NOMINAL_ACTS, MeasureRules
from .modality import (
    ModalityCues,
    _bid_owners,
    _owned_bid,
    _rejected_bid,
    _urged_third_party,
    decide_modality,
    disowned_content,
    modality_cues,
    urged_parties,
)
from .prefilter import (
    blocks_trade,
    campaigns_for,
    closes_entry,
    cuts_off,
    firmly_behind,
    halts_trade,
    lists_parties,
)
from .records import PARTY_FIELDS, SOURCE_FIELDS, TARGET_FIELDS, Record, RecordField, read_record
from .sanction_rules import ADOPTING_VERBS, SanctionRules
from .schema import EVENT_TYPES
from .support_rules import LEGITIMATE_WORDS, SupportRules
from .syntax import (
    _SEPARATING_PREPS,
    _children,
    _in_reason,
    _lemma,
    _mod_lemmas,
    _pobjs,
    low_by_agents,
)
from .triggers import (
    Candidate,
    _health_context,
    _infinitive_read_as_prep,
    _is_infinitive,
    _stray_co_agents,
    governor,
    measure_class,
    name_to_verb,
)

__all__ = ["Candidate", "SentenceCoder", "measure_class", "pairs"]


def _list_kind_named(tok: Token) -> bool:
    """ "its entity list", "the Cuba Restricted List", "its terrorism sponsors list": a list
    whose words say it is of the sanctioned (an entry ban list against an epidemic is a
    health measure: "Covid: Norway added Sweden to its entry ban list")."""
    kinds = (
        _mod_lemmas(tok) | {_lemma(t) for o in _pobjs(tok, {"of"}) for t in o.subtree}
        | _quoted_mods(tok)  # and "terrorism sponsors list":
        | {_lemma(t) for c in _children(tok, "compound") for t in c.subtree}
    ) & lx.LIST_KINDS
    return bool(kinds) and not (kinds == {"ban"} and _health_context(tok.sent))


_MIRROR_WORDS = frozenset({"symmetric", "symmetrical", "mirror", "reciprocal", "tit-for-tat"})


def _mirror_reply(n: Token) -> bool:
    """ "Vilnius vows a 'symmetric' reply", "promised a mirror response": the same act back,
    promised (the noun is the trigger, so the verb above it gives the modality)."""
    return n.pos_ == "NOUN" and _lemma(n) in lx.RESPONSE_NOUNS and n.dep_ == "dobj" and bool(
        {t.lower_ for t in n.children if t.dep_ in ("amod", "compound")} & _MIRROR_WORDS)


# A sanctions word in the text's earlier units, which a re-parsed unit's doc lacks.
_SANCTION_WORD = re.compile(r"\b(?:sanction|embargo|blacklist|asset freeze)", re.IGNORECASE)


def _list_named_before(tok: Token, earlier_text: str = "") -> bool:
    """ "the same list", "the list" after a sanctions measure or act earlier in the text
    ("extended its asset freezes ..., but took four names off the list", "froze the
    assets of 11 Chinese companies ..., adding 30 Russian entities to the same list",
    "Sanctions tracker -- ... Canada: added six Iranian officers to its list")."""
    # (also "its list" after "the sanctions committee removed an Iraqi money changer")
    definite = any(c.dep_ in ("det", "amod") and c.lower_ in ("the", "same")
                   or c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    # (from an earlier sentence, only a list of nothing else that people or firms are
    # put on or taken off: not "its list of priorities", "added six films to its list")
    moved = _children(tok.head.head, "dobj", "nsubjpass") if tok.dep_ == "pobj" else []
    whole_text = not _pobjs(tok, {"of"}) and any(_lemma(o) in lx.LISTED_HEADS for o in moved)
    before = tok.doc[: tok.i] if whole_text else tok.doc[tok.sent.start: tok.i]
    return definite and (any(
        measure_class(t) == "sanction" or (
            t.pos_ == "VERB" and _lemma(t) in lx.SANCTION_VERBS | {"freeze"})
        for t in before) or whole_text and bool(_SANCTION_WORD.search(earlier_text)))


def _list_of_the_banned(tok: Token) -> bool:
    """ "its list of persons banned from entering the country": a list of people barred
    by name."""
    return any(_lemma(o) in ("person", "people", "individual", "foreigner")
               and any(_lemma(t) == "ban" for t in o.subtree) for o in _pobjs(tok, {"of"}))


def _venue(tok: Token) -> bool:
    """ "Foreign ministers meeting in Luxembourg added ...", "at a summit in Baku": the
    place of a meeting, not a party to the act."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "at") and (
        _lemma(prep.head) in lx.VENUE_NOUNS | {"meet", "gather", "convene"})


# Verbs that move another to act: "prompted Algeria to recall its ambassador".
_CAUSING_VERBS = frozenset({"prompt", "lead", "spur", "cause", "drive", "provoke", "trigger"})


def _reshuffle(verb: Token) -> bool:
    """ "approved recalling 29 ambassadors and high commissioners": many envoys recalled
    from nowhere named is a reshuffle of the service, not an act aimed at a state."""
    return any(n.like_num and n.text.isdigit() and int(n.text) >= 5
               for o in _children(verb, "dobj") for n in _children(o, "nummod"))


def _mediator(tok: Token) -> bool:
    """ "under a deal brokered by Oman": the go-between, not a party to the act."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and _lemma(tok.head.head) in (
        "broker", "mediate", "facilitate", "host", "sponsor")


# Plural headline verbs the small model misreads after a list of names (the type each
# gives), and the words that end the object phrase after them.
_TRADED_ACTS = frozenset({"trade", "traded", "swap", "swapped", "exchange", "exchanged"})
# Built once, not per token: verbs that halt (or resume) trade and what they halt.
_HALT_OR_RESUME = lx.HALT_VERBS | lx.RESUME_VERBS
_HALTED_OBJECTS = lx.HALT_OBJECTS | lx.LICENCE_NOUNS
_LIST_HEADLINE_VERBS = {"sanction": "impose_sanctions", "blacklist": "impose_sanctions",
                        "back": "express_support", "name": "restore_relations",
                        **dict.fromkeys(_TRADED_ACTS, "expel_diplomats")}
_HEADLINE_PHRASE_ENDS = frozenset({"in", "over", "after", "for", "amid", "as", "with", "on",
                                   "to", "at", "from", "following", "despite", "and"})
# Acts answered "in kind" or followed "suit" by another state.
_TIT_FOR_TAT = frozenset({"expel_diplomats", "recall_envoy", "sever_relations",
                          "impose_sanctions"})


# "The severance of ties was announced by Nauru": verbs whose agent did the act itself.
_OWN_ACT_VERBS = frozenset({"announce", "confirm", "order", "decide", "approve", "declare",
                            "carry", "make", "unveil", "adopt", "complete", "finalise",
                            "finalize", "formalise", "formalize"})


# Verbs of an act copying another's: "matching measures Britain announced in March".
_COPYING_VERBS = frozenset({"match", "mirror", "replicate", "copy", "echo"})
# Verbs of a step still weighed: "Estonia said it was considering similar steps".
_WEIGHING_VERBS = frozenset({"weigh", "consider", "mull", "study", "contemplate", "explore",
                             "examine", "discuss"})
# Verbs of the break a restoration of relations ends ("after cutting them").
_BREAK_VERBS = frozenset({"sever", "cut", "break", "suspend", "freeze", "rupture"})
# The earlier act a return undoes, told as a gerund after "N years after": closing the
# mission ("reopened its embassy in Damascus, twelve years after shutting it") is the
# break; withdrawing the envoy ("sent its ambassador back, two years after withdrawing
# him") the recall; imposing or halting ("lifted its arms embargo ..., nine years after
# imposing them", "resumed imports ..., two years after halting all purchases") the
# measure.
_UNDONE_GERUNDS = {
    **dict.fromkeys(_BREAK_VERBS | {"shut", "close"}, "sever_relations"),
    **dict.fromkeys(("withdraw", "recall", "pull"), "recall_envoy"),
    **dict.fromkeys(("impose", "halt", "ban", "stop"), "impose_sanctions"),
}
_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_HALTED_TRADE = frozenset({"import", "purchase", "export", "trade", "shipment", "flight"})


def _quoted_mods(tok: Token) -> set[str]:
    """ "on 'unreliable entity' list": the closing quote read as a possessive ending,
    the quoted modifier as the owner."""
    return {_lemma(c) for c in _children(tok, "poss")
            if any(k.dep_ == "case" and k.text in ("'", "’") for k in c.children)}



# Treaties and formats named after where they were signed or met: "the 1961 Vienna
# Convention", "the Minsk agreements", "the Oslo Accords" name no actor.
_INSTRUMENT_NOUNS = frozenset({"convention", "conventions", "agreement", "agreements", "accord",
                               "accords", "protocol", "treaty", "format", "process", "declaration",
                               "communique", "communiqué", "charter", "statute"})


def _names_instrument(span: Span) -> bool:
    """Whether `span` (a place name, or an entity holding one) only names an instrument:
    it holds a treaty or format noun, or the word after it or the head it modifies is
    one."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if any(t.lower_ in _INSTRUMENT_NOUNS for t in span) or (
        after is not None and after.lower_ in _INSTRUMENT_NOUNS
    ):
        return True
    root = span.root
    return root.dep_ == "compound" and root.head.lower_ in _INSTRUMENT_NOUNS


# "a former UK ambassador": no longer speaks for the state.
_FORMER = frozenset({"former", "ex", "retired", "onetime", "erstwhile"})


def _sporting_penalty(cand: Candidate, sent: Span) -> bool:
    """ "Sanctions Lifted On Zambian Striker After Appeal To CAF": a measure on
    sportspeople with no state named as its author is a sports body's."""
    return cand.event_type in ("impose_sanctions", "ease_sanctions") and all(
        a.code == UNKNOWN for a in cand.sources) and all(
        a.head >= 0 and _lemma(sent.doc[a.head]) in lx.SPORT_PEOPLE for a in cand.targets)


class SentenceCoder(MeasureRules, SanctionRules, DiplomaticRules, SupportRules):
    """Finds candidates in one sentence; the resolver carries state across sentences."""

    def __init__(self, resolver: ActorResolver, previous: list[Candidate] | None = None,
                 topic: Actor | None = None) -> None:
        self.res = resolver
        # The state a title label left out of the parse names ("Iran: Council prolongs
        # ..."), for a measure whose target the sentence does not name.
        self.topic = topic
        self.rejected: set[int] = set()  # agent tokens dropped as non-state actors
        # The coded acts of the sentence before, which "Bahrain and Sudan followed on
        # Monday" or "Moscow would respond in kind" repeat (``_responses``).
        self.previous = previous or []

    # --- actors -------------------------------------------------------------------------

    def agent_tokens(self, p: Token, depth: int = 0) -> list[Token]:
        if depth > 6:
            return []
        if p.pos_ in ("NOUN", "PROPN") and p.tag_ != "VBZ":
            poss = _children(p, "poss")
            if poss:
                return poss
            named = [c for c in _children(p, "compound") if c.ent_type_ in ("GPE", "ORG")
                     and c.i < p.i] if _lemma(p) in _NOMINAL_ACTS and p.tag_ == "NN" else []
            if named and not _pobjs(p, {"by"}):
                return named  # "the US expulsion of Chinese diplomats": the state's own act
            by = _pobjs(p, {"by"}) or [
                t for a in _children(p, "acl") if a.tag_ == "VBN" for t in _pobjs(a, {"by"})
            ]  # "sanctions relief granted by Washington"
            if not by and _lemma(p) in _NOMINAL_ACTS:
                # "the expulsion of 12 Czech diplomats by Moscow": the parser hangs the
                # agent on the object.
                by = [b for o in _pobjs(p, {"of"}) for b in _pobjs(o, {"by"})]
            if by:
                return by + _stray_co_agents(p, by)
            if p.dep_ == "ROOT" and _lemma(p) in lx.IMPOSE_PREDICATES:
                # "Approval of new sanctions against X ... by the European Union."
                return [t for t in p.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"]
            if p.dep_ == "nsubjpass" and _lemma(p) in _NOMINAL_ACTS and (
                _lemma(p.head) not in _OWN_ACT_VERBS
            ):
                return []  # "the expulsion ... was condemned by the EU": not the EU's act
            if p.dep_ == "compound" and measure_class(p.head) == "mission" and (
                (governor(p.head) or p.head).i == p.i
            ):
                # "Taipei shuts embassy in Managua": the misread verb's own modifier
                # is its subject.
                return [c for c in _children(p, "compound", "amod", "nmod") if c.i < p.i]
            if p.dep_ in ("dobj", "nsubjpass", "attr", "appos", "conj", "compound"):
                return self.agent_tokens(p.head, depth + 1)
            if p.dep_ == "pobj":
                if p.head.lower_ in _SEPARATING_PREPS:
                    return []  # "expressed solidarity ... after the sanctions announcement"
                return self.agent_tokens(p.head.head, depth + 1)
            if p.dep_ == "ROOT" and p.tag_ in ("NN", "NNS"):
                # Headline "Paris, Berlin push for EU sanctions": the verb read as a
                # noun with a subject; "G7 pledges to keep ...": with the subject as
                # its modifier, and an infinitive.
                return self._subjects(p) or ([
                    c for c in _children(p, "compound") if c.i < p.i
                    and (c.ent_type_ in ("GPE", "ORG", "NORP") or c.pos_ == "PROPN")
                ] if p.tag_ == "NNS" and any(  # ("Erdogan pledges Ankara's full backing")
                        c.dep_ in ("xcomp", "dobj") for c in p.children) else [])
            if p.dep_ in ("nsubj", "ROOT"):
                return []
            return self.agent_tokens(p.head, depth + 1) if p.head.i != p.i else []
        agents = [t for c in p.children if c.dep_ == "agent" for t in _children(c, "pobj")]
        if agents and p.pos_ == "VERB" and not _children(p, "dobj", "auxpass") and any(
            measure_class(s) for s in _children(p, "nsubj")
        ):
            # Headline passive without "were": "Two Pakistani diplomats ordered out of
            # Kabul by Taliban authorities"; the place left stands for an agent the
            # gazetteer does not know.
            left = [t for o in p.children if o.lower_ == "out" for t in _pobjs(o, {"of"})]
            return agents + left
        if name_to_verb(p):
            return [p.head]  # headline "Riyadh to lift ban on Lebanese imports"
        if p.pos_ == "VERB" and not _children(p, "nsubj", "nsubjpass") and p.i >= 1 and (
            p.doc[p.i - 1].head.i == p.i and p.doc[p.i - 1].dep_ in ("amod", "compound")
            and p.doc[p.i - 1].i == p.sent.start
            and self.res.resolve(p.doc[p.i - 1], allow_unknown=False)
        ):
            # headline "Vanuatu backs Beijing's stance on Taiwan", the name read as the
            # verb's modifier
            return [p.doc[p.i - 1]]
        if p.pos_ == "VERB" and not _children(p, "nsubj", "nsubjpass") and p.i - 2 >= (
            p.sent.start
        ) and p.doc[p.i - 1].is_space and p.doc[p.i - 2].head.i == p.i and self.res.resolve(
            p.doc[p.i - 2], allow_unknown=False
        ):
            # a digest's "UK: froze assets of ...", its colon read as a space
            # (headline.label_subjects): the label is the subject
            return [p.doc[p.i - 2]]
        subj = self._subjects(p)
        if subj:
            if (subj[-1].tag_ in ("WDT", "WP") or subj[-1].lower_ in ("that", "which")) and (
                p.dep_ == "relcl"
            ):
                proposal = p.head
                if _lemma(proposal) in lx.PROPOSAL_NOUNS | {"law"}:
                    # "a U.N. Security Council resolution that aims to ...": its owner;
                    # "unveiled a draft law that would ban ...": who puts it forward
                    owners = _children(proposal, "poss") or [
                        c for c in _children(proposal, "compound", "amod")
                        if c.ent_type_ in ("GPE", "ORG", "NORP")]
                    toks = owners or self.agent_tokens(proposal, depth + 1)
                    if self.resolve_all(toks):
                        return toks
                return [proposal]
            return subj
        first = [c for c in _children(p, "ccomp") if c.i < p.i and c.pos_ == "VERB"
                 and c.right_edge.i + 1 in (p.i - 1, p.i) and p.doc[p.i - 1].text == ","]
        if p.dep_ == "ROOT" and first and self._subjects(first[0]):
            # Headline "Saudi Arabia expels Lebanese ambassador, bans all imports from
            # Lebanon": the first verb, read as a clause of the second, has the subject.
            return self._subjects(first[0])
        before = p.doc[p.i - 1] if p.i - 2 >= p.sent.start else None
        if _lemma(p) in lx.RESPONSE_VERBS and p.dep_ in ("conj", "advcl") and (
            before is not None and before.pos_ == "PROPN" and before.dep_ == "conj"
            and before.head.i < before.i and p.doc[p.i - 2].lower_ == "and"
        ):
            # "Belarus expelled the Polish consul in Grodno and Warsaw retaliated by
            # expelling ...": the answering state read as a conjunct of the object.
            return [before]
        passive = p.tag_ == "VBN" or bool(_children(p, "auxpass"))
        # "stands by Tbilisi" is no agent phrase: only a passive or the parser's
        # "agent" label makes "by" name the actor.
        agent = [t for c in p.children if c.lower_ == "by" and (c.dep_ == "agent" or passive)
                 for t in _children(c, "pobj", "pcomp")]
        if p.dep_ == "pcomp" and p.head.lower_ == "in" and _lemma(p.head.head) in (
            "join", "follow"  # "Bahrain follows the Emirates in opening ties with Israel"
        ) and (
            p.head.head.pos_ == "VERB"
        ):
            # "Canada joined the US in sanctioning ...": the joined state acts too.
            return self.agent_tokens(p.head.head, depth + 1) + _children(p.head.head, "dobj")
        if p.dep_ == "conj" and p.head.dep_ == "ccomp" and _lemma(p.head) in ("close", "shut") and (
            _lemma(p.head.head) in ("order", "force")
        ) and not _children(p, "nsubj"):
            # "Ukraine ordered Hungary's consulate ... closed and expelled two of its
            # diplomats": the order's object read as the participle's subject; the
            # second verb is the orderer's.
            return self.agent_tokens(p.head.head, depth + 1)
        if p.dep_ == "pcomp" and (
            (p.head.lower_ == "for" and _lemma(p.head.head) in lx.PRAISE_VERBS | lx.BLAME_VERBS)
            or (p.head.lower_ == "of" and _lemma(p.head.head) == "accuse")
        ):
            # "thanking Budapest for standing by Tbilisi", "condemns Prague for expelling
            # Chinese consul", "accused Vilnius of expelling": the object did it.
            return _children(p.head.head, "dobj")
        if not agent:
            agent = low_by_agents(p)
        if agent:
            return agent
        if p.dep_ == "relcl":
            return [p.head]
        if p.dep_ == "acl":
            poss = _children(p.head, "poss")
            if not poss and _lemma(p.head) in lx.INTENT_CUES:
                # "US decision to lift sanctions", "the decision of the United States to
                # lift ...": the state naming the decision acts.
                poss = [c for c in _children(p.head, "compound") + _pobjs(p.head, {"of"})
                        if self.res.resolve(c, allow_unknown=False)]
            if not poss and measure_class(p.head) == "sanction":
                # "welcomed new British and EU sanctions targeting ...": the measure's
                # named owners impose it, not whoever speaks of it.
                poss = [c for c in _children(p.head, "compound", "amod")
                        if c.i < p.head.i and self.res.resolve(c, allow_unknown=False)]
            if poss:
                return poss
            return self.agent_tokens(p.head, depth + 1)
        if p.dep_ == "advcl" and _children(p, "auxpass") and _children(
            p, "nsubjpass"
        ):
            # "... has doubled since UN sanctions on Iraq were lifted": a passive clause
            # with its own subject is not done by the clause above it.
            return []
        if p.dep_ == "ccomp" and _children(p, "auxpass") and any(
            measure_class(n) == "envoy" for n in _children(p, "nsubjpass")
        ) and _lemma(p.head) not in lx.REPORT_VERBS | {"warn", "threaten", "vow", "pledge"}:
            # "Peru's ambassador ... has been called home ..., after Mexico's president
            # questioned ...", misparsed below "questioned": not the questioner's act.
            return []
        if p.dep_ == "xcomp" and _lemma(p.head) in _CAUSING_VERBS and _children(p.head, "dobj"):
            # "a shift that prompted Algeria to call its ambassador home": the one moved
            # to act acts.
            return _children(p.head, "dobj")
        if p.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "dep", "prep", "acomp"):
            # "acomp": "Washington was ready to unfreeze ...", the copula's subject
            return self.agent_tokens(p.head, depth + 1)
        if p.dep_ == "pobj":
            return self.agent_tokens(p.head.head, depth + 1)
        if p.dep_ in ("dobj", "nsubjpass", "attr", "compound", "amod", "npadvmod"):
            return self.agent_tokens(p.head, depth + 1)
        return []

    @staticmethod
    def _subjects(p: Token) -> list[Token]:
        """The subject of `p`, after the names listed before it in a headline
        ("Chile, Colombia Recall Envoys": the first name hangs loose)."""
        subj = [c for c in _children(p, "nsubj") if not in_dateline(c)]
        if not subj:
            return []
        # "Saudi Arabia, UAE and Kuwait rally behind Manama ...; Bahrain pulls its charge
        # d'affaires": a subject across a semicolon is another clause's, misattached
        subj = [c for c in subj if not any(
            t.text == ";" for t in p.doc[c.right_edge.i + 1: p.i])] or subj
        s = subj[0]
        listed = [c for c in p.children if c.dep_ in ("npadvmod", "dep", "appos", "nsubj",
                                                      "advcl")
                  and c.i < s.i and c.ent_type_ in ("GPE", "NORP", "ORG")
                  and c.right_edge.i + 2 == s.left_edge.i
                  and p.doc[c.right_edge.i + 1].text == ","]
        # "Senegal, Ivory Coast stand behind ...": the second name read as an apposition
        # of the first.
        listed_after = [c for c in s.children if c.dep_ == "appos" and c.i < p.i
                        and c.ent_type_ in ("GPE", "LOC") and s.ent_type_ == "GPE"
                        and p.doc[c.left_edge.i - 1].text == ","]
        return listed + [s] + listed_after

    def resolve_all(self, toks: list[Token]) -> list[Actor]:
        """Acting states of `toks`: "a Dutch city" or "a US court" is not its state."""
        out: list[Actor] = []
        for t in toks:
            if in_dateline(t):
                continue  # "PARIS, July 30 (AFP) - Algeria said": where, not who
            if _mod_lemmas(t) & lx.NON_STATE_SUPPORT_MODIFIERS:
                self.rejected.add(t.i)  # "Spain's opposition leader": not the state
                continue
            found = self.res.resolve(t)
            if not found and (_lemma(t) in lx.NON_STATE_ACTOR_HEADS or (
                is_pronoun(t) and self.res.antecedent_not_state
            )):
                self.rejected.add(t.i)  # "a city in the Netherlands": no fallback either
            for a in found:
                if not_state_actor(a, t):
                    self.rejected.add(t.i)
                    continue
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def _topic_label(self, sent: Span) -> Actor | None:
        """The state a sentence's title label names ("Syria: Council suspends ..."): one
        state's name, alone before a colon at the sentence's start."""
        colon = next((t for t in sent[:5] if t.text == ":"), None)
        if colon is None or colon.i == sent.start:
            return None
        label = sent.doc[sent.start: colon.i]
        code = topic_label(sent.doc[sent.start: colon.i + 1].text, self.res.gaz)
        return ActorResolver.make(code, list(label), label.start, "parse") if code else None

    def mentions(self, sent: Span) -> list[Actor]:
        """Every state or organisation named in the sentence, in order (for fallbacks)."""
        out: list[Actor] = []
        covered: set[int] = set()
        for ent in sent.ents:
            if in_dateline(ent.root) or _names_instrument(ent):
                continue
            start, end, doc = ent.start, ent.end, sent.doc
            # "Guinea-Bissau" with only "Guinea" tagged: the whole hyphenated name
            # (not "Djibouti - Eritrea", two names with a spaced dash between)
            while start - 2 >= sent.start and doc[start - 1].text == "-" and (
                doc[start - 2].text[:1].isupper()
            ) and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
                start -= 2
            while end + 1 < sent.end and doc[end].text == "-" and doc[end + 1].text[:1].isupper() \
                    and not (doc[end - 1].whitespace_ or doc[end].whitespace_):
                end += 2
            hit = (self.res._span_lookup(list(doc[start:end])) if (start, end) != (
                ent.start, ent.end) else None) or self.res._span_lookup(list(ent))
            if hit:
                out.append(self.res.legislature_owner(
                    ent.root, ActorResolver.make(hit[0], hit[1], ent.root.i, "fallback")))
                covered.update(range(start, end))
        for tok in sent:
            if tok.i in covered or not tok.text[:1].isupper() or in_dateline(tok) or (
                _names_instrument(sent.doc[tok.i: tok.i + 1])
            ) or regional_american(tok) or stance_prefixed(tok):
                continue
            code = self.res.lookup(tok.text)
            if code:
                out.append(ActorResolver.make(code, [tok], tok.i, "fallback"))
        return sorted(out, key=lambda a: a.head)

    def _from_record(self, sent: Span, record: Record) -> list[Candidate]:
        """A tracker's or register's line: the actors its fields name (records.py)."""
        doc = sent.doc

        def named(fields: list[RecordField]) -> list[Actor]:
            out: list[Actor] = []
            for f in fields:
                span = doc.char_span(sent.start_char + f.start, sent.start_char + f.end,
                                     alignment_mode="expand")
                for a in self.mentions(span) if span is not None else []:
                    if a.code != UNKNOWN and all(a.code != b.code for b in out):
                        out.append(a)
            return out

        label = doc.char_span(sent.start_char + record.label[0],
                              sent.start_char + record.label[1], alignment_mode="expand")
        if label is None:
            return []
        trigger = label[0]
        parties = named(record.values(PARTY_FIELDS))
        if len(parties) >= 2:
            cand = Candidate(record.act, trigger, trigger, parties, [], joint=True)
        else:
            sources = named(record.values(SOURCE_FIELDS))[:1]
            targets = [a for a in named(record.values(TARGET_FIELDS))
                       if all(a.code != s.code for s in sources)]
            if not sources or not targets:
                return []
            cand = Candidate(record.act, trigger, trigger, sources, targets, confidence=0.85)
        cand.notes |= {"record", "no_fallback"}
        return [cand]

    # --- triggers -----------------------------------------------------------------------

    def _list_headline(self, v: Token) -> list[Candidate]:
        """Headline "US, Britain and Canada sanction Sudan's RSF commander", "Mali and
        Burkina Faso back Niger in row with Benin", "Syria, Saudi Arabia name ambassadors":
        after a list of names the small model reads the plural verb as a noun or an
        adverb. The list is the subject; the phrase right after the verb, the object."""
        etype = _LIST_HEADLINE_VERBS.get(v.lower_)
        start = v.sent.start
        traded = v.lower_ in _TRADED_ACTS  # "Minsk, Vilnius trade expulsions": tit for tat
        if etype is None or (v.pos_ == "VERB" and not traded) or v.i - start < 3 or (
            v.i + 1 >= v.sent.end
        ):
            return []
        front = v.doc[start: v.i]
        chunks: list[list[Token]] = [[]]
        for t in front:
            if t.text == "," or t.lower_ == "and":
                chunks.append([])
            else:
                chunks[-1].append(t)
        if len(chunks) < 2 or any(not c for c in chunks):
            return []
        sources: list[Actor] = []
        for chunk in chunks:
            hit = self.res._span_lookup(chunk)
            if not hit or hit[1] != chunk:
                return []  # every item of the list is one name
            sources.append(ActorResolver.make(hit[0], chunk, chunk[-1].i, "parse"))
        end = v.i + 1
        while end < v.sent.end and v.doc[end].lower_ not in _HEADLINE_PHRASE_ENDS and (
            not v.doc[end].is_punct or v.doc[end].text in ("'", "’", "-")
        ):
            end += 1
        obj = v.doc[v.i + 1: end]
        if not len(obj):
            return []
        if traded and _lemma(obj.root) in ("ambassador", "envoy") and len(sources) == 2:
            # "Cotonou and Niamey exchange ambassadors again"
            cand = Candidate("restore_relations", v, v, sources, [], joint=True,
                             confidence=0.8)
        elif traded:
            if _lemma(obj.root) != "expulsion" or len(sources) != 2:
                return []
            cand = Candidate(etype, v, v, sources, list(sources), confidence=0.8)
        elif etype == "restore_relations":
            if _lemma(obj[-1]) not in ("ambassador", "envoy") or _pobjs(obj[-1], {"to"}):
                return []  # "name ambassadors": to each other
            cand = Candidate(etype, v, v, sources, [], joint=True, confidence=0.8)
        else:
            src = {a.code for a in sources}
            targets = [a for a in self.mentions(obj) if is_state(a.code) and a.code not in src]
            if not targets or (etype == "express_support" and (
                measure_class(obj.root) or not self._support_target_ok(obj.root) or (
                    _lemma(obj.root) in lx.NON_STATE_SUPPORT_HEADS
                    and not self._state_bid(obj.root)))):
                return []  # "US, UK back Iranian protesters", "... back sanctions on"
            cand = Candidate(etype, v, v, sources, targets[:1] if etype == "express_support"
                             else targets, confidence=0.8)
        cand.notes.add("no_fallback")
        return [cand]

    def code(self, sent: Span) -> list[Candidate]:
        record = read_record(sent.text)
        if record is not None:
            return self._from_record(sent, record)
        cands: list[Candidate] = []
        for tok in sent:
            lemma = _lemma(tok)
            listed = self._list_headline(tok) if tok.lower_ in _LIST_HEADLINE_VERBS else []
            if listed:
                cands.extend(listed)
                continue
            cls = measure_class(tok)
            if cls and tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "ccomp") \
                    and lemma in lx.SANCTION_VERBS \
                    and _children(tok, "nsubj", "compound") and _children(tok, "dobj"):
                # "Canada sanctions Haitian elites", "US sanctions six more Hong Kong
                # officials": a headline verb read as a noun (its subject as a compound).
                cands.extend(self._from_sanction_verb(tok))
            elif cls:
                cands.extend(self._from_measure(tok, cls))
            elif lemma in lx.SANCTION_VERBS and (
                tok.pos_ == "VERB" or _is_infinitive(tok) or _infinitive_read_as_prep(tok)
            ):
                cands.extend(self._from_sanction_verb(tok))
            elif lemma in lx.SUPPORT_VERBS and tok.pos_ in ("VERB", "AUX"):
                cands.extend(self._from_support_verb(tok) or self._headline_support(tok) or (
                    self._from_stand_by(tok) if lemma == "rally" else []
                ))  # "rallied behind Tunisia's president"
            elif (lemma in lx.SUPPORT_VERBS or lemma == "side") and tok.tag_ == "NNS" and (
                tok.dep_ == "ROOT"
            ):
                cands.extend(self._headline_verb_as_noun(tok))
            elif lemma in lx.SUPPORT_NOUNS and (tok.pos_ in ("NOUN", "PROPN") or (
                tok.dep_ == "dobj" and lemma not in lx.SUPPORT_VERBS
            )):  # "Pretoria voices solidarity with Tehran", "solidarity" tagged a verb
                cands.extend(self._from_support_noun(tok))
            elif tok.lower_ in ("favour", "favor") and tok.dep_ == "pobj" and (
                # "dropped Taipei in favour of Beijing": a recognition switch (its own
                # rule), no praise of Beijing
                _lemma(tok.head.head) not in lx.DROP_VERBS
            ):
                cands.extend(self._support_noun(tok))  # "came out in favour of Pakistan's"
            elif lemma in ("defence", "defense") and tok.pos_ == "NOUN":
                cands.extend(self._to_defence(tok))
            elif lemma in lx.RECOGNISE_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_recognise(tok))
            elif lemma == "recognition" and tok.pos_ == "NOUN":
                cands.extend(self._from_recognition_noun(tok))
            elif (lemma in lx.QUIT_VERBS or (lemma == "pull" and any(
                c.lower_ == "out" for c in tok.children)) or lemma == "take" and any(
                c.lower_ == "out" for c in tok.children) and any(
                _lemma(o) in ("country", "nation") or o.ent_type_ == "GPE"
                for o in _children(tok, "dobj"))) and tok.pos_ == "VERB":
                cands.extend(self._from_quit(tok))
            elif lemma in ("withdrawal", "exit", "departure", "pullout") and tok.pos_ == "NOUN":
                cands.extend(self._from_quit(tok))
            elif lemma in ("side",) and tok.pos_ == "VERB":
                cands.extend(self._from_stand_by(tok))
            elif lemma == "list" and tok.pos_ in ("NOUN", "PROPN") and (
                _list_kind_named(tok) or _list_named_before(tok, self.res.earlier_text)
                or _list_of_the_banned(tok)
            ):
                cands.extend(self._sanctions_list(tok))
            elif lemma in ("ban", "prohibit", "bar") and tok.pos_ == "VERB":
                cands.extend(self._from_ban_verb(tok))
            elif lemma in ("close", "reopen", "shut", "seal") and tok.pos_ == "VERB" and any(
                _lemma(o) == "border" for o in _children(tok, "dobj", "nsubjpass")
            ):
                cands.extend(self._bloc_borders(tok))  # "ECOWAS closed its members' borders"
            elif lemma == "close" and tok.pos_ == "VERB" and closes_entry(sent.text):
                cands.extend(self._from_closed_entry(tok))
            elif (lemma in ("block", "restrict", "curb") and any(
                _lemma(o) in lx.BAN_VERB_OBJECTS | {"visa"} for o in _children(tok, "dobj")
            ) or lemma in ("revoke", "cancel", "rescind") and any(
                _lemma(o) == "visa" and _officials_visas(o) for o in _children(tok, "dobj")
            )) and tok.pos_ == "VERB" and blocks_trade(sent.text):
                # "Washington blocks exports to Chinese firms", "revoked the visas of"
                cands.extend(self._from_ban_verb(tok))
            elif (lemma in _HALT_OR_RESUME and (tok.pos_ == "VERB" or (
                tok.tag_ == "NNS" and _children(tok, "dobj"))) or lemma == "freeze" and (
                tok.pos_ == "VERB") and any(_lemma(o) in _HALTED_OBJECTS for o in _children(
                    tok, "dobj")) or lemma in lx.LICENCE_STOP_VERBS and tok.pos_ == "VERB" and any(
                    _lemma(o) in lx.LICENCE_NOUNS for o in _children(tok, "dobj", "nsubjpass")
            )) and halts_trade(sent.text):
                # "Turkey halts all trade with Israel" (a headline verb may be read as a
                # plural noun with an object).
                cands.extend(self._from_halt_verb(tok))
            elif lemma in ("freezing", "unfreezing") and tok.pos_ == "NOUN":
                cands.extend(self._from_freeze_verb(tok))  # "the freezing of ... by Washington"
            elif lemma in ("freeze", "unfreeze", "unfroze", "seize", "unblock", "release",
                           "immobilise", "immobilize") and (
                tok.pos_ == "VERB" or (tok.lower_ in ("froze", "unfroze") and tok.dep_ == "ROOT")
            ):  # "The US unfroze Afghan assets" with the verb tagged as an adjective
                cands.extend(self._from_freeze_verb(tok))
            elif lemma in ("licence", "license", "waiver", "exemption") and (
                tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.i > 0
                and tok.doc[tok.i - 1].lower_ == "general"
            ) or tok.text == "GL" and tok.i + 1 < len(tok.doc) and any(
                ch.isdigit() for ch in tok.doc[tok.i + 1].text
            ):  # ("issued General License 8P, authorizing ...", "issues GL 46 ...")
                cands.extend(self._from_licence(tok))
            elif lemma == "designate" and tok.pos_ == "VERB" or (
                lemma == "list" and tok.pos_ == "VERB" and lists_parties(sent.text)
            ):  # "EU lists Rwandan army commanders"
                cands.extend(self._from_designate(tok))
            elif lemma in ("place", "put") and tok.pos_ == "VERB" and _pobjs(tok, {"under"}):
                cands.extend(self._placed_under(tok))
            elif lemma == "exempt" and tok.pos_ == "VERB":
                cands.extend(self._from_exempt(tok))
            elif lemma == "cap" and tok.pos_ == "VERB":
                cands.extend(self._from_cap_verb(tok))
            elif lemma in lx.DROP_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_drop_recognition(tok))
            elif lemma == "stand" and tok.pos_ == "VERB":
                cands.extend(self._from_stand_by(tok))
            elif lemma == "throw" and tok.pos_ == "VERB" and any(
                _lemma(o) == "weight" for o in _children(tok, "dobj")
            ):
                cands.extend(self._from_stand_by(tok))  # "threw its weight behind Seoul"
            if lemma in ("designation", "blacklisting", "removal", "delisting", "listing") and (
                tok.pos_ == "NOUN"
            ):
                cands.extend(self._nominal_listing(tok))
            if lemma == "cut" and tok.pos_ == "VERB" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in tok.children
            ) and cuts_off(sent.text):
                cands.extend(self._cut_off(tok))
            if lemma in lx.CAMPAIGN_WORDS and tok.pos_ in ("VERB", "NOUN") and campaigns_for(
                sent.text
            ):
                cands.extend(self._campaign_for(tok))
            if lemma in ("normalization", "normalisation") and tok.pos_ == "NOUN" and (
                tok.dep_ == "compound" and _lemma(tok.head) in lx.DEAL_NOUNS
            ):
                cands.extend(self._normalisation_deal(tok))
            if lemma in ADOPTING_VERBS and (tok.pos_ == "VERB" or tok.tag_ in ("NN", "NNS") and (
                tok.dep_ in ("ROOT", "appos", "advcl") and _pobjs(tok, {"with"})
            )):
                cands.extend(self._adopted_measure(tok))
            if lemma == "order" and tok.pos_ == "VERB":
                cands.extend(self._ordered_shut(tok))  # "ordered it shut"
            if lemma == "order" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (
                tok.head.lower_ == "after" and _children(tok, "poss")
            ):  # "American diplomats leave Chengdu consulate after Beijing's order"
                left = self._left_after_expulsion(tok, self.resolve_all(_children(tok, "poss")))
                cands.extend([left] if left is not None else [])
            if tok.lower_ in ("grata", "gratae", "unwelcome"):  # also "declared ... unwelcome"
                cands.extend(self._persona_non_grata(tok))
            if tok.lower_ == "welcome" and tok.pos_ == "ADJ":
                cands.extend(self._no_longer_welcome(tok))
            if lemma in ("recognition", "allegiance", "tie", "relation") and tok.pos_ in (
                "NOUN", "PROPN"
            ):  # "Recognition of Kosovo has been withdrawn", read as a name at the start
                cands.extend(self._recognition_switch(tok))
            if lemma == "switch" and tok.pos_ == "VERB" and not _children(tok, "dobj"):
                cands.extend(self._switch_sides(tok))
            if lemma == "cease" and tok.pos_ == "VERB":
                cands.extend(self._ceased_member(tok))
            if lemma == "backer" and tok.pos_ == "NOUN":
                cands.extend(self._backer_of(tok))
            if tok.lower_ == "behind" and tok.i > sent.start and firmly_behind(sent.text):
                cands.extend(self._firmly_behind(tok))
            if tok.lower_ in LEGITIMATE_WORDS and tok.pos_ == "ADJ":
                cands.extend(self._deemed_legitimate(tok))
        cands.extend(self._responses(sent, cands))
        self._closers_of_answered(cands)
        self.remember_subject(sent)
        return cands

    @staticmethod
    def _closers_of_answered(cands: list[Candidate]) -> None:
        """The closer of an answered closure (``_answered_closure``) is the state the
        answerer acts against in the same sentence; with none, the candidate is
        dropped (no source, no fallback)."""
        for cand in cands:
            if "answered_closure" not in cand.notes:
                continue
            owner = {t.code for t in cand.targets}
            acts = [c for c in cands if c is not cand and c.event_type in _TIT_FOR_TAT
                    and owner & {s.code for s in c.sources} and c.targets
                    and c.trigger.i < cand.trigger.i]
            if acts:
                cand.sources = [t for t in acts[-1].targets if t.code not in owner]

    def _undone_act(self, cands: list[Candidate]) -> list[Candidate]:
        """ "restoring relations with Kenya, five months after cutting them",
        "restore relations, which were severed last year": the break the restoration
        ends is background (reference) between the same states, and so is the closure
        or recall a return ends ("reopened its embassy, twelve years after shutting it",
        "sent its ambassador back, two years after withdrawing him"); so is the measure
        an easing lifts when the easer "imposed" it ("nine years after imposing them")."""
        out = []
        for cand in cands:
            if cand.event_type != "restore_relations" or not cand.sources or not (
                cand.targets or cand.joint
            ):
                continue
            nouns = [t for t in (cand.trigger, *cand.predicate.children)
                     if _lemma(t) in lx.RELATION_NOUNS]
            breaks = [v for n in nouns for v in _children(n, "relcl")
                      if _lemma(v) in _BREAK_VERBS]
            breaks += [v for v in cand.predicate.subtree
                       if _lemma(v) in _BREAK_VERBS and v.pos_ == "VERB"
                       and v.dep_ == "pcomp" and v.head.lower_ in ("after", "since")
                       and any(o.lower_ in ("them", "it") for o in _children(v, "dobj"))]
            for v in breaks[:1]:
                out.append(Candidate("sever_relations", v, v, list(cand.sources),
                                     list(cand.targets), "reference", joint=cand.joint,
                                     confidence=cand.confidence - 0.1))
            if breaks or not cand.targets:
                continue
            for v, etype in _undone_gerunds(cand, "restore_relations")[:1]:
                out.append(Candidate(etype, v, v, list(cand.sources), list(cand.targets),
                                     "reference", confidence=cand.confidence - 0.1))
        for cand in cands:
            # "lifting a ban it imposed in 2023", "ended restrictions first imposed in
            # 1992", "ending a ban in place since 1992": the measure lifted, told with its
            # imposition, by the same state unless another is named.
            if cand.event_type != "ease_sanctions" or not cand.sources or not cand.targets:
                continue
            measures = {cand.trigger, *_children(cand.predicate, "dobj", "nsubjpass")} | {
                o for c in _children(cand.predicate, "advcl", "conj")
                if _lemma(c) in _UNDOING_VERBS
                for o in _children(c, "dobj")} | {
                # "lifted travel bans on ..., bans first imposed after the 2006 coup"
                c for c in _children(cand.predicate, "dep", "appos")
                if _lemma(c) in {_lemma(o) for o in _children(cand.predicate, "dobj")}}
            told_any = False
            for m in sorted(measures, key=lambda t: t.i):
                told = _imposition_told(m)
                if told is None:
                    continue
                told_any = True
                # "measures Tehran introduced in 2022": the named imposer, as "by" names it
                by = _pobjs(told, {"by"}) if told.tag_ == "VBN" else [
                    s for s in _children(told, "nsubj") if not is_pronoun(s)]
                sources = self.resolve_all(by) if by else list(cand.sources)
                if sources:
                    out.append(Candidate("impose_sanctions", told, told, sources,
                                         list(cand.targets), "reference",
                                         confidence=cand.confidence - 0.1))
                break
            for v, etype in [] if told_any else _undone_gerunds(cand, "ease_sanctions")[:1]:
                out.append(Candidate(etype, v, v, list(cand.sources), list(cand.targets),
                                     "reference", confidence=cand.confidence - 0.1))
        return out

    def told_of_eased(self, sent: Span, eased: Candidate) -> list[Candidate]:
        """ "U.S. lifts sanctions on Turkish ministries. ... Mnuchin said the measures
        imposed last week on Turkey's defence and energy ministries had been removed":
        a later sentence that tells how the measure an easing ended was imposed, where
        its own easing was not coded, tells the imposition (reference) of the same
        measure, by the same state unless another is named."""
        for m in sent:
            if not (measure_class(m) or _lemma(m) in _EASED_NOUNS) or m.dep_ not in (
                "dobj", "nsubjpass"
            ) or _lemma(m.head) not in _UNDOING_VERBS:
                continue
            told = _imposition_told(m)
            if told is None:
                continue
            # (a measure on a state the easing did not name is another measure)
            named = {a.code for t in m.subtree if t.ent_type_ in ("GPE", "NORP")
                     for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)}
            if named - {a.code for a in eased.targets + eased.sources}:
                return []
            by = _pobjs(told, {"by"}) if told.tag_ == "VBN" else [
                s for s in _children(told, "nsubj") if not is_pronoun(s)]
            # (the easing's actors by name: its sentence may be another parse's)
            sources = self.resolve_all(by) if by else [_by_name(a) for a in eased.sources]
            if not sources or any(a.code == UNKNOWN for a in sources + eased.targets):
                return []
            return [Candidate("impose_sanctions", told, told, sources,
                              [_by_name(a) for a in eased.targets], "reference",
                              confidence=eased.confidence - 0.1)]
        return []

    def _responses(self, sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """ "Hungary expelled two Ukrainian diplomats, and Kyiv retaliated in kind": the
        same act back at the first actor; "... and Colombia followed suit": the same act
        at the same target."""
        out: list[Candidate] = []
        for v in sent:
            if v.pos_ != "VERB" and not _mirror_reply(v):
                continue
            words = {t.lower_ for t in v.subtree if t.i > v.i}
            # "will respond (in kind) to Italy's expulsion of two diplomats": the act
            # answered, the object of the verb's "to" or "for", is background when it was
            # done to the responder ("Pompeo responds to closure of China's consulate"
            # speaks of his own state's act, the news itself).
            answered = {t.i for pr in v.children if pr.dep_ == "prep" and pr.lower_ in (
                "to", "for") for o in _children(pr, "pobj") for t in o.subtree
            } if _lemma(v) in lx.RESPONSE_VERBS else set()
            if any(_lemma(v.doc[i]) in lx.NEW_MODIFIERS for i in answered):
                answered = set()  # "responded to the new U.S. sanctions": news (round 15)
            answerers = {a.code for a in self.resolve_all(self._responder(v))
                         } if answered else set()
            for c in cands:
                if c.trigger.i not in answered or c.event_type not in _TIT_FOR_TAT or (
                    not c.sources or not answerers or answerers & {s.code for s in c.sources}
                ):
                    continue
                # (an act with no target yet is given the answerer by the fallback)
                if not c.targets or answerers & {t.code for t in c.targets}:
                    c.notes.add("background")
            if _lemma(v) in lx.RESPONSE_VERBS | {"reply", "reciprocate", "answer"} and (
                "kind" in words or _lemma(v) == "reciprocate"
            ) or _mirror_reply(v):
                mirror = True
            elif _lemma(v) == "follow" and any(_lemma(o) == "suit" for o in _children(v, "dobj")):
                mirror = False
            elif _lemma(v) == "follow" and not _children(v, "dobj", "xcomp", "ccomp", "nsubjpass",
                                                          "auxpass") and self.previous:
                mirror = False  # "... Bahrain and Sudan followed on Monday"
            elif _lemma(v) == "do" and (any(
                o.lower_ == "same" for o in _children(v, "dobj")
            ) or any(a.lower_ == "likewise" for a in _children(v, "advmod"))):
                mirror = False  # "..., hours after Britain, Canada and Australia did the same"
            elif copies := [o for o in _children(v, "dobj") if _lemma(o) in lx.ACT_NOUNS
                            and _mod_lemmas(o) & lx.SAME_KIND_MODIFIERS
                            and not _pobjs(o, {"by", "against", "on", "in"})]:
                # "a week after Mali and Niger took the same step", "Britain announced
                # identical measures the same day", "London said it was weighing the same
                # step": the act before, by the verb's subject, at the same target; "took
                # reciprocal measures": a hostile act back at its doer
                mirror = any("reciprocal" in _mod_lemmas(o) for o in copies)
            else:
                continue
            # The act answered may follow the verb; the answer is the responder's own.
            # Followed or copied ("did the same"), any act; answered in kind, a hostile one.
            before = [c for c in cands if (c.trigger.i < v.i or c.trigger.i in answered)
                      and c.sources and (c.event_type in _TIT_FOR_TAT or not mirror)]
            # With no act before it in its own sentence, the answer or the following is
            # of the sentence before, of its first act (the news).
            earlier = [c for c in self.previous if c.sources and c.modality in (
                "asserted", "intent") and (c.event_type in _TIT_FOR_TAT or not mirror)]
            if not before and not earlier:
                continue
            first = before[-1] if before else earlier[0]
            # (an act of the sentence before may be of another parse: compare docs too)
            told_here = first.trigger.doc is v.doc and first.trigger.i in answered
            subj = self._responder(v) if told_here else [
                c for c in _children(v.head if _mirror_reply(v) else v, "nsubj")
                if not in_dateline(c)]
            if v.dep_ == "relcl" and subj and all(c.tag_ == "WDT" for c in subj):
                subj = [v.head]  # "the United States, which announced matching measures"
            prev = v.doc[v.i - 1] if v.i > sent.start else v
            if not subj and prev.pos_ == "PROPN" and prev.dep_ == "conj":
                subj = [prev]  # "Algeria expels French staff and Paris responds in kind"
            responders = [a for a in self.resolve_all(subj)
                          if all(a.code != s.code for s in first.sources)]
            follower = {a.code for a in responders}
            if not mirror and any(t.code not in follower for t in first.targets):
                # "Latvia recalled its ambassador from Minsk and Lithuania did likewise":
                # the follower is no target of the first act.
                first.targets = [t for t in first.targets if t.code not in follower]
            targets = first.sources if mirror else first.targets
            if responders and targets:
                cand = Candidate(first.event_type, v, v, responders, list(targets),
                                 confidence=0.8)
                cand.notes.add("no_fallback")
                if _lemma(v) in _WEIGHING_VERBS:
                    # "London said it was weighing the same step": a threat of the
                    # sanctions, an intent of a diplomatic act
                    if cand.event_type in ("impose_sanctions", "threaten_sanctions"):
                        cand.event_type = "threaten_sanctions"
                    else:
                        cand.notes.add("weighed")
                elif any(c.dep_ == "mark" and c.lower_ == "after" and _lemma(
                    v.doc[c.i - 1]) in _TIME_UNITS - {"day"} for c in v.children):
                    # "a week after Mali took the same step": background ("hours after
                    # Ireland and Norway did the same" is the same day's news)
                    cand.notes.add("background")
                out.append(cand)
        out.extend(self._answered_act(sent, cands))
        return out

    @staticmethod
    def _responder(v: Token) -> list[Token]:
        """Who responds with `v`: its subject, or for "Russia says it will respond" and
        "Moscow vowed to retaliate" the speaker's."""
        subj = [c for c in _children(v, "nsubj") if not in_dateline(c)]
        if (not subj or all(c.lower_ in ("it", "they") for c in subj)) and v.dep_ in (
            "ccomp", "xcomp"
        ):
            subj = [c for c in _children(v.head, "nsubj") if not in_dateline(c)] or subj
        return subj

    def _answered_act(self, sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """ "expelled two US diplomats after a similar move by Washington", "in
        retaliation for similar measures by Washington": the act answered is the same
        act by the by-phrase's state, told as background: against the answerer when
        that state was its target (tit for tat), else at the same target ("recalled its
        envoy from Iran after a similar step by Denmark")."""
        out: list[Candidate] = []
        for n in sent:
            if n.pos_ != "NOUN" or _lemma(n) not in lx.ACT_NOUNS:
                continue
            copied = _copied_act(n)
            if not copied and (not _mod_lemmas(n) & lx.SAME_KIND_MODIFIERS or not (
                _in_reason(n) or any(_lemma(a) in lx.RESPONSE_NOUNS for a in n.ancestors)
            )):
                continue
            doers = self.resolve_all(_pobjs(n, {"by"})) or [
                a for a in self.resolve_all(_pobjs(n, {"in"})) if a.code != UNKNOWN]
            if copied and not doers:
                # "matching measures Britain announced in March", "aligning with measures
                # already taken by the UK and Canada": who took the measures copied
                doers = self.resolve_all(
                    [s for r in _children(n, "relcl") for s in _children(r, "nsubj")]
                    + [b for a in _children(n, "acl") for b in _pobjs(a, {"by"})])
            # (any act copied at its target: "would unfreeze the assets of four Syrian
            # banks, following similar moves by Britain and the European Union", "similar
            # steps in Washington and Brussels"; a hostile one may answer its target)
            acts = [c for c in cands if c.sources
                    and c.targets and c.trigger.i < n.i and c.trigger.i != n.i
                    and all(a.code not in {d.code for d in doers} for a in c.sources)]
            if not doers or not acts:
                continue
            first = acts[-1]
            mirror = {d.code for d in doers} & {t.code for t in first.targets} if (
                first.event_type in _TIT_FOR_TAT) else set()
            if not mirror and {d.code for d in doers} & {t.code for t in first.targets}:
                continue
            cand = Candidate(first.event_type, n, n, doers,
                             list(first.sources if mirror else first.targets),
                             confidence=0.75)
            cand.notes |= {"no_fallback", "background"}
            out.append(cand)
        return out

    def remember_subject(self, sent: Span) -> None:
        for s in _children(sent.root, "nsubj", "nsubjpass"):
            if s.lower_ in ("it", "they") or in_dateline(s):
                continue
            actor = self.res.resolve_one(s, allow_unknown=False)
            if actor:
                self.res.previous = actor
                return

    # --- finishing ----------------------------------------------------------------------

    def _deontic(self, sent: Span, cand: Candidate, cues: ModalityCues) -> ModalityCues | None:
        """An act someone says a state "should" or "must" do, the state being the
        clause's subject. Said by another state, it is that state's appeal: a
        proposal of sanctions is its threat of them ("Poland said the EU should
        impose sanctions on Belarus": POL -> BLR), a call to lift or to keep them
        says they stand, and a diplomatic act asked of others is nobody's act. Said by the
        state of itself ("We must impose sanctions," Poland's prime minister said),
        it is its own proposal or intent. Said by no state (an editorial, analysts,
        an opposition leader), it is an opinion: hypothetical. None drops the
        candidate."""
        subjects = _children(cues.deontic, "nsubj")
        doers = {a.code for a in cand.sources}
        subject_states = {a.code for a in self.resolve_all(subjects)}
        own_voice = any(t.lower_ in ("we", "i") for t in subjects)
        # "the West must sanction ...": a subject that names no state
        unnamed = bool(subjects) and not subject_states and not own_voice and all(
            t.pos_ in ("NOUN", "PROPN") for t in subjects)
        if not (own_voice or unnamed or (doers and subject_states == doers)):
            return cues  # "Russian diplomats must leave within 72 hours": an order, as before
        speaker = self._speaker(sent, cand, cues)
        said_by = {a.code for a in speaker}
        if unnamed and not said_by:
            return ModalityCues(hypothetical=True, speculative=True)
        if unnamed and cand.event_type == "ease_sanctions":
            return None  # "the world should lift sanctions on ...": whose, unsaid
        if cues.maintained and cand.event_type == "impose_sanctions" and not unnamed:
            return ModalityCues(reference=True)  # "the EU must keep its sanctions": they stand
        if own_voice or said_by == doers:
            if cand.event_type == "impose_sanctions":
                cand.event_type = "threaten_sanctions"
            return ModalityCues(intent=True)
        if not said_by:
            return ModalityCues(hypothetical=True, speculative=True)
        if cand.event_type in ("impose_sanctions", "threaten_sanctions"):
            cand.event_type = "threaten_sanctions"
            cand.sources = speaker
            return ModalityCues(threat=True)
        if cand.event_type == "ease_sanctions":
            cand.event_type = "impose_sanctions"  # "the US should lift sanctions on Cuba"
            return ModalityCues(reference=True)
        return None

    def _speaker(self, sent: Span, cand: Candidate, cues: ModalityCues) -> list[Actor]:
        """Who says the act ought to be done: the subject of the reporting verb, or
        a headline's "Macron: EU must ..." speaker before its colon."""
        speaker = cues.speaker or next((
            c for c in cues.deontic.children if c.dep_ in ("conj", "parataxis")
            and c.i > cand.predicate.i and _lemma(c) in lx.REPORT_VERBS
        ), None)  # "The EU must sanction ..., Lithuania's foreign minister said", misparsed
        colon = next((t for t in sent if t.text == ":"), None)
        if speaker is not None:
            toks = self.agent_tokens(speaker)
        elif colon is not None and colon.i - sent.start <= 4 and colon.i < cand.predicate.i:
            before = sent[: colon.i - sent.start]
            # the head of the words before the colon ("Macron", "France's Macron")
            toks = [t for t in before if not before.start <= t.head.i < before.end
                    or t.head.i == t.i][:1]
        else:
            return []
        return self.resolve_all([t for t in toks if not _mod_lemmas(t) & _FORMER])

    def _reporters(self, pred: Token) -> list[Actor]:
        """The states or bodies that say the clause of `pred` ("..., the EU said"), up
        a chain of reported clauses; none when a former official or no state says it."""
        node = pred
        for _ in range(4):
            if node.dep_ not in ("ccomp", "parataxis") or node.head.i == node.i:
                return []
            node = node.head
            if _lemma(node) in lx.REPORT_VERBS:
                toks = [t for t in self.agent_tokens(node) if not _mod_lemmas(t) & _FORMER]
                return [a for a in self.resolve_all(toks)
                        if is_state(a.code) or a.code in ORGANISATIONS]
        return []

    def finish(self, sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """Modality, appeals, fallbacks; drops what cannot be coded."""
        out: list[Candidate] = []
        mentions = None
        for cand in cands:
            measure = cand.trigger if cand.trigger is not cand.predicate else None
            bid = _rejected_bid(cand.predicate)
            bid_owners = self.resolve_all(_bid_owners(bid)) if bid is not None else []
            if bid_owners and cand.event_type not in ("impose_sanctions", "threaten_sanctions"):
                # "rejected Tehran's demand to lift sanctions": neither Tehran's easing
                # nor, read from the demand, a measure kept.
                continue
            if bid_owners and cand.event_type == "impose_sanctions" and not (
                _owned_bid(bid, "acl")
            ):
                # "rejected calls from Poland to impose sanctions": Poland's proposal.
                cand.sources = bid_owners
                cand.event_type = "threaten_sanctions"
            if EVENT_TYPES.get(cand.event_type) != "sanction" and _urged_third_party(
                cand.predicate
            ):
                continue  # "pushed for Serbia to recognise Kosovo": an appeal, no act
            cues = modality_cues(cand.predicate, measure)
            if "record" in cand.notes:
                cues = ModalityCues()  # a register's line states its act (records.py)
            if "reaction" in cand.notes:
                # "Beijing rejected the US sanctions", "Iran vowed to retaliate against new
                # sanctions": the reaction's mode is not the measure's; the measure is
                # news when new, background otherwise (the "bare" rule below).
                cues = ModalityCues()
            if bid_owners and cand.event_type == "threaten_sanctions" and not (
                _owned_bid(bid, "acl")
            ):
                cues = ModalityCues()  # the proposal's own mode, not its rejection's
            if bid is not None and not bid_owners:
                # "rejected calls to impose sanctions on Israel": the rejecter refuses the
                # act (not a threat of it); "rejected calls to lift": the measure stays.
                cues = ModalityCues(negated=True, refused=True)
                if cand.event_type == "threaten_sanctions":
                    cand.event_type = "impose_sanctions"
            if cues.bid is not None:
                if cand.event_type in ("impose_sanctions", "threaten_sanctions"):
                    owner = self.resolve_all([c for c in cues.bid.children if c.dep_ in (
                        "poss", "compound", "amod", "nsubj")])
                    cand.sources = owner or cand.sources
                else:  # "rejected Iran's demand to lift sanctions": not Iran's easing
                    cues = modality_cues(cand.predicate, measure, stop_at_bid=False)
            if cand.event_type == "impose_sanctions" and cues.stopped:
                cand.event_type = "ease_sanctions"
            if cues.appeal is not None:
                if cand.event_type == "impose_sanctions":
                    cand.event_type = "threaten_sanctions"
                    cand.sources = self.resolve_all(self.agent_tokens(cues.appeal)) or cand.sources
                elif cand.event_type == "ease_sanctions":
                    # "urged the US to lift sanctions on X": the sanctions exist, by the urgee.
                    urgee = self.resolve_all(urged_parties(cues.appeal))
                    if not urgee and cues.appeal.pos_ == "NOUN":
                        continue  # "Slovakia's call for an end to sanctions": whose is unsaid
                    if not urgee and cues.appeal.pos_ == "VERB" and (
                        cand.predicate.dep_ == "advcl" and cand.predicate.head.i == cues.appeal.i
                    ):
                        # "appealed for unilateral sanctions on Cuba to be eased": the
                        # measure's owner, if named, not the appealer.
                        lifted = measure or next(iter(_children(cand.predicate, "nsubjpass")),
                                                 None)
                        urgee = self._measure_owner(lifted) if lifted is not None else []
                        if not urgee:
                            continue
                    cand.event_type = "impose_sanctions"
                    cand.sources = urgee or cand.sources
                    cand.targets = [a for a in cand.targets
                                    if a.code not in {u.code for u in urgee}]
                    if not cand.targets:
                        continue  # the target read is the urged state itself: unknown
                    cues = ModalityCues(reference=True)
                elif cand.event_type != "threaten_sanctions":
                    continue  # an appeal to others is not their act
            if cues.deontic is not None and cues.appeal is None and cues.bid is None and not (
                cues.negated or cues.speculative
            ):
                cues = self._deontic(sent, cand, cues)
                if cues is None:
                    continue
            dets = {c.lower_ for c in cand.trigger.children if c.dep_ == "det"}
            if cand.event_type == "impose_sanctions" and "bare" in cand.notes and "no" in dets:
                cues = ModalityCues(negated=True)  # "There are no UN sanctions on Israel."
            elif cand.event_type == "impose_sanctions" and "bare" in cand.notes and (
                "any" in dets or _prospective(cand.trigger)
            ):
                # "Any US sanctions on India would hurt ties", "UN sanctions on Mali are
                # expected soon": a measure spoken of as still to come, by no one who
                # decides it.
                cues = ModalityCues(hypothetical=True, speculative=True)
            elif cand.event_type == "impose_sanctions" and "bare" in cand.notes and (
                cues.negated or cues.hypothetical or cues.conditional
            ) and cues.appeal is None and cues.bid is None and not (
                cues.sanction_threat or cues.stopped or cues.maintained
            ) and _presupposed(cand.trigger):
                # "Economists said US sanctions on Iran have crippled its economy", "the
                # EU's sanctions on Russia have failed", "Does the US embargo on Cuba still
                # matter?": the clause doubts, denies or asks about the measure's effect;
                # the named owner's measure itself is there all the same.
                cues = ModalityCues(reference=True)
            if cand.event_type == "impose_sanctions" and "existing" not in cand.notes and (
                cues.threat or cues.sanction_threat or cues.conditional
                or (cues.hypothetical and not cues.speculative and "bare" not in cand.notes)
            ):  # (not the measure in force that "preparing to align with" takes over)
                cand.event_type = "threaten_sanctions"
            if cand.event_type == "impose_sanctions" and "bare" in cand.notes and (
                not cues.maintained  # "will remain under an asset freeze": the keeping is news
            ):
                mods = _mod_lemmas(cand.trigger)
                if not (mods & lx.NEW_MODIFIERS):
                    cues.reference = True
            if cand.trigger.i == cand.predicate.i and (
                cues.negated or cues.hypothetical or cues.conditional
            ) and cues.appeal is None and cues.bid is None and not (
                cues.sanction_threat or cues.stopped or cues.maintained
            ) and _told_as_done(cand.trigger):
                # "Analysts said the expulsion of Russian diplomats had hurt ties", "the
                # resumption of ties has not ended the war": the clause doubts or denies
                # what the act did, not that it was done.
                cues = ModalityCues(reference=True)
            elif cand.trigger.i == cand.predicate.i and (cues.future or cues.hypothetical) and (
                cues.appeal is None and cues.bid is None and _imagined(cand.trigger)
            ):
                # "A restoration of ties between Israel and Saudi Arabia would change the
                # region": an act imagined by no one who decides it.
                cues = ModalityCues(hypothetical=True, speculative=True)
            cand.modality = decide_modality(cand, cues)
            if cand.modality in ("asserted", "intent", "threat") and disowned_content(
                cand.trigger
            ):
                cand.modality = "negated"  # a hacked account's post, a doctored screenshot
            if cand.event_type == "threaten_sanctions" and cand.modality == "negated":
                # A denied plan of sanctions is their imposition denied (a threat is
                # always one: eval/README.md).
                cand.event_type = "impose_sanctions"
            if "background" in cand.notes and cand.modality not in ("negated", "hypothetical") or (
                "existing" in cand.notes
            ):
                cand.modality = "reference"
            if "weighed" in cand.notes and cand.modality == "asserted":
                cand.modality = "intent"
            if not cand.sources and cues.maintained and cand.event_type == "impose_sanctions":
                # "Sanctions on Russia will remain in place ..., the EU said": who says
                # the measure is kept keeps it.
                cand.sources = self._reporters(cand.predicate)
            if not cand.sources and self.rejected & {
                t.i for t in self.agent_tokens(cand.predicate)
            }:
                continue  # "a Dutch city cut ties": no state acted
            if not cand.sources and "no_fallback" not in cand.notes:
                mentions = mentions if mentions is not None else self.mentions(sent)
                left = [a for a in mentions if a.head < cand.trigger.i
                        and all(a.code != t.code for t in cand.targets)]
                if left:
                    # Headline order: the actor comes first ("Russia strikes back at US,
                    # expels diplomats").
                    cand.sources = [left[0]]
                    cand.confidence -= 0.25
            if cand.event_type in ("restore_relations", "sever_relations"):
                # "cut ties with a Chinese trading house", "a US supplier": a state's
                # company or city has no diplomatic relations of its own.
                kept = [a for a in cand.targets if not not_state_actor(a, sent.doc[a.head])]
                if cand.targets and not kept:
                    cand.notes.add("no_fallback")  # nor any other name in its place
                cand.targets = kept
            if cand.targets and not cand.joint and len(cand.sources) == 1 and {
                t.code for t in cand.targets
            } == {cand.sources[0].code} != {UNKNOWN}:
                # "a ban on travel to the United States by ... the Chinese Communist
                # Party": the state acting is never its own target; look further.
                cand.targets = []
            if not cand.targets and cand.sources and (cand.event_type in (
                "impose_sanctions", "ease_sanctions", "threaten_sanctions"
            ) or self.topic is not None and self.topic.how == "title"):
                # "Nicaragua: Council prolongs restrictive measures for another year": the
                # state a press release's title is about
                topic = self.topic or self._topic_label(sent)
                if topic is not None and topic.code not in {a.code for a in cand.sources}:
                    cand.targets = [topic]
                    # ("* Chile and Peru - cut relations" under a factbox's title: each
                    # with the title's state, not with each other)
                    cand.joint = cand.joint and topic.how != "title"
            if not cand.targets and not cand.joint and not cand.notes & {
                "no_fallback", "source_fallback_only"
            }:
                mentions = mentions if mentions is not None else self.mentions(sent)
                src_codes = {a.code for a in cand.sources}
                src_heads = {a.head for a in cand.sources}
                pool = [a for a in mentions if a.code not in src_codes
                        and a.head not in src_heads and is_state(a.code) or
                        (a.code in ORGANISATIONS and a.code not in src_codes
                         and cand.event_type in ("expel_diplomats", "sever_relations"))]
                pool = [a for a in pool if not _in_reason(sent.doc[a.head])
                        and not _venue(sent.doc[a.head]) and not _mediator(sent.doc[a.head])
                        and not _next_clause(cand.trigger, sent.doc[a.head])]
                right = [a for a in pool if a.head > cand.trigger.i]
                left = [a for a in pool if a.head < cand.trigger.i]
                pick = right[0] if right else (left[-1] if left else None)
                if pick is not None:
                    cand.targets = [pick]
                    cand.confidence -= 0.25
            if cand.sources and not (cand.targets or cand.joint) and cand.event_type in (
                "recall_envoy", "expel_diplomats"
            ) and cand.trigger.pos_ == "VERB" and all(
                a.how in ("parse", "pronoun") for a in cand.sources
            ) and not _reshuffle(cand.trigger):
                # "France recalls envoys", "Berlin recalls its ambassador": the act is
                # certain, its target is not named in the sentence.
                cand.targets = [ActorResolver.make(UNKNOWN, [cand.trigger], cand.trigger.i,
                                                   "unknown")]
            if not cand.sources or not (cand.targets or cand.joint) or any(
                a.how == "generic" for a in cand.sources + cand.targets
            ) or _sporting_penalty(cand, sent):
                continue
            out.append(cand)
            if cand.modality not in ("negated", "hypothetical"):
                out.extend(self._undone_act([cand]))
            if cand.event_type == "ease_sanctions" and cand.modality == "negated" and (
                cues.refused and "grantee_target" not in cand.notes
            ):  # (a waiver refused to a state keeps no measure on that state)
                # "refused to lift sanctions on X": the sanctions stand, and keeping them
                # is the act (guide: a refusal to lift maintains the measure).
                out.append(Candidate("impose_sanctions", cand.predicate, cand.trigger,
                                     cand.sources, cand.targets, "asserted",
                                     confidence=cand.confidence - 0.1))
        return out


def _officials_visas(visa: Token) -> bool:
    """ "revoked the visas of Brazilian Supreme Court Justice Alexandre de Moraes": a
    travel ban on named people or officials (not on "two American journalists")."""
    return any(
        _lemma(h) in lx.BARRED_PEOPLE | lx.KIN_HEADS | {"judge", "justice"}
        or any(t.ent_type_ == "PERSON" for t in h.subtree)
        for h in _pobjs(visa, {"of", "for"}))


# Words before a measure noun that leave open whether it exists: "new", "possible" or
# "any US sanctions on Cuba" are not yet (or not) there.
_OPEN_MEASURE_WORDS = lx.NEW_MODIFIERS | frozenset({
    "possible", "potential", "proposed", "planned", "threatened", "prospective", "future",
    "any", "no", "such", "snapback",
})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# A measure that is the subject of these verbs, or is called one of these words, is
# still to come, by no one's decision: "are expected soon", "loom", "may be an empty
# threat".
_EXPECTED_VERBS = frozenset({"loom", "expect", "anticipate", "plan", "consider", "propose"})
_COMING_WORDS = frozenset({"likely", "unlikely", "expected", "possible", "probable",
                           "imminent", "inevitable", "threat", "option", "plan",
                           "proposal", "possibility", "prospect", "idea", "bluff"})
# Verbs that say whether or when a measure or act happens (unlike "hurt", "anger",
# "fail", which say what it did): negation or doubt on them is about the act itself
# ("the expulsion did not go ahead", "sanctions could come next week"), so the act is
# not taken as done.
_HAPPENING_VERBS = lx.ARRIVAL_VERBS | _EXPECTED_VERBS | frozenset({
    "occur", "materialize", "materialise", "proceed", "begin", "start", "carry",
    "implement", "complete", "finalize", "finalise", "confirm", "announce", "decide",
    "agree", "approve", "go", "take", "snap", "return",  # "if UN sanctions snap back"
})


# Verbs that tell how a measure came to be.
_IMPOSING_VERBS = frozenset({"impose", "introduce", "slap", "place", "put", "adopt", "enact",
                             "levy", "reimpose", "apply", "announce", "order", "take"})
# "..., ending a ban it imposed", "lifting a freeze they had imposed", "reversing steps
# first taken in 2017": the clause that undoes a measure an easing names.
_UNDOING_VERBS = frozenset({"end", "reverse", "scrap", "remove", "lift", "rescind", "revoke",
                            "drop", "terminate", "undo"})


# What a later sentence calls the measure an easing ended: "the restrictions imposed after
# the 2006 coup", "a suspension imposed in 2022", "the designation, imposed in 1993".
_EASED_NOUNS = lx.TOLD_MEASURES | {"suspension"}


def _by_name(actor: Actor) -> Actor:
    """`actor` with no place in a parse: named by its text alone."""
    return Actor(actor.code, actor.text, -1, actor.how)


def _copied_act(n: Token) -> bool:
    """ "matching measures Britain announced", "mirroring measures Brussels agreed",
    "aligning with measures already taken by the UK": act noun `n` is another's act that
    the clause's own act copies."""
    return (n.dep_ == "dobj" and _lemma(n.head) in _COPYING_VERBS) or (
        n.dep_ == "pobj" and n.head.lower_ == "with" and _lemma(n.head.head) == "align") or (
        # ("matching" read as the noun's modifier)
        n.dep_ == "dobj" and any(c.lower_ in ("matching", "mirroring") for c in n.children
                                 if c.dep_ == "amod" and c.i == n.i - 1))


def _undone_gerunds(cand: Candidate, etype: str) -> list[tuple[Token, str]]:
    """The earlier acts a restoration or an easing undoes, told as "N years after
    <gerund> it": the gerund must take back the act the news reverses (an easing
    undoes a measure, a return a break or a recall) and its object must be the thing
    returned: a pronoun, or "the"/"its" mission, envoy or halted trade ("a year after
    closing the mission", "two years after halting all purchases"), not new words
    ("nine years after withdrawing staff over security concerns")."""
    undone = ("impose_sanctions",) if etype == "ease_sanctions" else (
        "sever_relations", "recall_envoy")
    out = []
    for v in cand.predicate.subtree:
        kind = _UNDONE_GERUNDS.get(_lemma(v))
        if kind not in undone or v.pos_ != "VERB" or v.dep_ != "pcomp" or (
            v.head.lower_ not in ("after", "since")
        ) or v.head.i == 0 or _lemma(v.doc[v.head.i - 1]) not in _TIME_UNITS:
            continue  # ("two years after": the time between, so the act is the earlier)
        objs = _children(v, "dobj")
        if any(o.lower_ in ("them", "it", "him", "her") or (
            _lemma(o) in (lx.MISSION_NOUNS if kind == "sever_relations" else lx.ENVOY_NOUNS
                          if kind == "recall_envoy" else _HALTED_TRADE)
            and any(c.lower_ in ("the", "its", "all", "their") for c in o.children)
            and not _children(o, "prep") and not _pobjs(v, {"in"})
            # ("closing its consulate in Aleppo": another)
        ) for o in objs):
            out.append((v, kind))
    return out


def _imposition_told(m: Token) -> Token | None:
    """The words of measure `m` that tell its imposition: "a ban it imposed in 2023"
    (a relative clause with the lifter as subject), "restrictions first imposed in
    1992", "the measures imposed last week on Turkey's ministries", "a ban in place
    since 1992"."""
    # the measure's own phrase, through its prepositions ("a ban on imports of
    # Australian timber that it imposed in 2020")
    phrase, todo = [], [m]
    while todo:
        node = todo.pop()
        phrase.append(node)
        todo.extend(o for c in _children(node, "prep") for o in _children(c, "pobj"))
        # "the travel bans and asset freezes they slapped on ..."
        todo.extend(_children(node, "conj") if node.i == m.i else ())
    for c in (c for node in phrase for c in node.children):
        if c.dep_ == "relcl" and _lemma(c) in _IMPOSING_VERBS and (_children(c, "nsubj") or any(
            s.lower_ in ("which", "that") for s in _children(c, "nsubjpass")
        )) and c.tag_ in ("VBD", "VBN"):
            # "a ban it imposed", "... Washington slapped on", "which was introduced in"
            return c
        if c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in _IMPOSING_VERBS:
            return c
        if c.dep_ == "prep" and c.lower_ == "in" and any(
            _lemma(o) in ("place", "force", "effect") and any(
                t.lower_ == "since" for t in o.subtree)
            for o in _children(c, "pobj")
        ):
            return c
    # ("ending a ban in place since 1992", "since" hung on the verb)
    if any(t.lower_ == "since" for t in (*m.subtree, *(
        m.head.children if m.dep_ == "dobj" else ())) if t.head.i in (m.i, m.head.i)) and any(
        c.dep_ == "prep" and c.lower_ == "in" and _lemma(o) in ("place", "force")
        for c in m.children for o in _children(c, "pobj")
    ):
        return m
    # "lifted the embargo it had imposed", the clause misparsed as the verb's
    return next((c for c in m.head.children if m.dep_ == "dobj" and c.dep_ == "ccomp"
                 and _lemma(c) in _IMPOSING_VERBS and c.i > m.i
                 and any(is_pronoun(s) for s in _children(c, "nsubj"))), None)


def _next_clause(trigger: Token, name: Token) -> bool:
    """ "... formalise diplomatic ties ...; envoys in New Delhi to be accredited": a name
    after a semicolon is the next clause's, no party to the act before it (a name before
    one may be: "... from the Cuba Restricted List; the embargo itself stays")."""
    return name.i > trigger.i and any(t.text == ";" for t in trigger.doc[trigger.i: name.i])


def _presupposed(m: Token) -> bool:
    """Measure noun `m` is spoken of as a thing that exists ("US sanctions on Cuba",
    "the EU's sanctions on Russia"): nothing in its own phrase makes it new or open."""
    dets = {c.lower_ for c in m.children if c.dep_ == "det"}
    if m.dep_ in ("nsubj", "nsubjpass") and (
        _would_clause(m) or _lemma(m.head) in _HAPPENING_VERBS
    ):
        return False  # "US sanctions on Russia would hurt Europe": imagined
    return not _prospective(m) and not (_mod_lemmas(m) | dets) & _OPEN_MEASURE_WORDS


def _told_as_done(n: Token) -> bool:
    """Nominal act `n` ("the expulsion of ...", "US support for ...") is the definite
    subject of a clause about its effects: the act itself is taken as done."""
    if n.pos_ != "NOUN" or n.dep_ not in ("nsubj", "nsubjpass") or not _presupposed(n):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
               or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG"))
               for c in n.children)


def _imagined(n: Token) -> bool:
    """Nominal act or measure `n` is the subject of a clause that imagines it: with "a"
    or "any" before it, or under "would" ("The lifting of US sanctions on Iran would
    reward Tehran")."""
    return n.pos_ == "NOUN" and n.dep_ in ("nsubj", "nsubjpass") and (any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in n.children
    ) or _would_clause(n))


def _would_clause(n: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in n.head.children)


def _prospective(m: Token) -> bool:
    """Measure noun `m` is the subject of a clause that expects it: "are expected soon",
    "loom", "are unlikely", "may be an empty threat"."""
    if m.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = m.head
    return _lemma(verb) in _EXPECTED_VERBS or any(
        _lemma(c) in _COMING_WORDS or c.lower_ in _COMING_WORDS
        for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")
    )


def pairs(cand: Candidate) -> list[tuple[Actor, Actor]]:
    """(source, target) pairs of a candidate: one per actor, both ways for joint ones."""
    if cand.joint:
        return [(a, b) for a in cand.sources for b in cand.sources if a.code != b.code]
    out = []
    for s in cand.sources:
        for t in cand.targets:
            if s.code == t.code and s.code != UNKNOWN:
                continue
            out.append((s, t))
    return out
