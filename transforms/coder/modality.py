"""Modality: the cues around a trigger (``ModalityCues``, ``modality_cues``: negation,
hypotheticals, threats, intent, background and earlier acts, bids and appeals) and the
modality they decide for a candidate (``decide_modality``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from . import lexicon as lx
from .syntax import _children, _lemma, _mod_lemmas, _pobjs, _subtree_within
from .triggers import (
    NAMING_VERBS,
    Candidate,
    _bearer,
    _enacted,
    _kept_in_place,
    _left_in_place,
    _names_as,
    _ruled_out,
    name_to_verb,
    weighs_others_measure,
)

_VERBAL_LINKS = frozenset({
    "xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "prep", "nsubjpass", "nsubj", "attr",
    "conj", "advcl", "compound", "amod", "pcomp", "oprd", "agent", "dative", "appos",
    "npadvmod", "advmod", "acomp", "csubj",
})
# Verbs that deny a report of an act: "rejects reports it endorsed ...".
_DENIAL_VERBS = frozenset({"reject", "deny", "dismiss", "refute", "rebuff", "rubbish"})
# (headline verbs tagged as nouns and lemmatised as such: "dismisses" gives "dismisse")
# What posts and reports do with an act they tell: "posts claiming that ... are false".
_CLAIM_VERBS = frozenset({"claim", "say", "allege", "suggest", "report", "state", "assert"})
_DENIAL_FORMS = frozenset({"dismisses", "rejects", "denies", "refutes", "rebuffs"})


@dataclass
class ModalityCues:
    negated: bool = False
    hypothetical: bool = False
    speculative: bool = False  # questions, "whether", observers: never the source's own
    threat: bool = False
    conditional: bool = False  # the source's own "if"/"unless" condition on its act
    intent: bool = False
    reference: bool = False
    appeal: Token | None = None  # the urging verb, when the event is asked of someone
    future: bool = False
    sanction_threat: bool = False  # "vowed to impose", "weighs sanctions"
    stopped: bool = False  # "stop imposing sanctions": the measure exists
    refused: bool = False  # "refused to lift": the measure stands
    maintained: bool = False  # "will keep its sanctions in place": the act is the keeping
    background: bool = False  # an earlier act that the sentence's news refers to
    bid: Token | None = None  # "a U.S. bid to reimpose sanctions": the owned bid noun
    # "Poland said the EU should impose sanctions": the clause with "should"/"must"/
    # "ought to"/"needs to", and the reporting verb it is the content of
    deontic: Token | None = None
    speaker: Token | None = None


# What a live blog or a story corrects: "An earlier entry on this page said ..." (an
# earlier version is always a corrected one; an earlier report or entry only when the
# text retracts it).
_EARLIER_ITEMS = frozenset({"version", "entry", "post", "update", "report", "story", "article"})
_RETRACTION = re.compile(r"\b(?:that|this)\s+was\s+(?:wrong|incorrect|not\s+correct)\b"
                         r"|\bcorrection\s*:", re.IGNORECASE)


def _corrected_by_us(verb: Token) -> bool:
    """ "We wrote earlier that Indonesia had lifted its entry ban. That was wrong": an
    outlet's own earlier line, retracted in the text."""
    return _lemma(verb) in ("write", "say", "report") and any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children) and any(
        c.lower_ == "earlier" for c in verb.children) and bool(
        _RETRACTION.search(verb.doc.text))


def _owned_bid(node: Token, link: str) -> bool:
    """ "a U.S. proposal to extend", "its bid to snap back": a bid or demand noun whose
    owner is named or referred to, so whose act the infinitive below it is."""
    if link == "xcomp" and node.lower_ == "bid" and node.dep_ in ("ccomp", "dobj") and any(
        c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in node.children
    ):
        return True  # headline "Council rejects U.S. bid to extend ...", "bid" read as a verb
    if link != "acl" or node.pos_ != "NOUN" or _lemma(node) not in lx.BID_NOUNS or (
        _enacted(node)
    ):
        return False
    return any(c.dep_ == "poss" for c in node.children) or any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "ORG", "NORP")
        for c in node.children
    )


_REJECT_VERBS = frozenset({"reject", "dismiss", "rebuff", "spurn", "refuse", "resist", "oppose",
                           "ignore", "veto", "block", "deny"})


def _rejected_bid(pred: Token) -> Token | None:
    """The call, demand or proposal `pred` is the content of, when someone rejects it:
    "rejected calls to impose sanctions", "rejected Tehran's demand to lift sanctions"."""
    bid = None
    if pred.dep_ in ("acl", "relcl") and _lemma(pred.head) in lx.BID_NOUNS:
        bid = pred.head
    elif pred.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in pred.children
    ):
        bid = next((o for o in _children(pred.head, "dobj") if _lemma(o) in lx.BID_NOUNS
                    and o.i < pred.i), None)
    if bid is not None and bid.dep_ == "pobj" and bid.head.lower_ == "down" and _lemma(
        bid.head.head
    ) == "vote":
        return bid  # "voted down a motion to break relations", "down" read as a preposition
    if bid is None or bid.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = bid.head
    # (a legislature "voted down" or "defeated" a motion)
    rejected = _lemma(verb) in _REJECT_VERBS | {"defeat"} or _lemma(verb) == "vote" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return bid if rejected and verb.pos_ == "VERB" else None


def _bid_owners(bid: Token) -> list[Token]:
    return [c for c in bid.children if c.dep_ in ("poss", "compound", "amod")] + _pobjs(
        bid, {"from", "by"})


_URGE_VERBS = frozenset({"push", "press", "lobby", "call", "campaign", "urge", "appeal"})


def urged_parties(appeal: Token) -> list[Token]:
    """Who an appeal verb asks: "urged Washington", "called on the United States"."""
    return _children(appeal, "dobj", "dative") or (
        _pobjs(appeal, {"on", "upon"}) if _lemma(appeal) == "call" else [])


def _urged_third_party(pred: Token) -> bool:
    """ "pushed for Serbia to recognise Kosovo": the act is one the subject of the main
    verb asks another state for, not one done."""
    if pred.dep_ == "acl" and pred.head.pos_ == "NOUN" and _lemma(pred.head) in (
        "call", "demand", "appeal", "plea"
    ):
        return True  # "calls from soybean farmers to switch ties to Beijing"
    if pred.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in pred.children
    ) and any(_lemma(o) in ("call", "demand", "appeal", "plea") and o.pos_ == "NOUN"
              and o.i < pred.i for o in _children(pred.head, "dobj")):
        return True  # "brushing aside calls from soybean farmers to switch ties", so parsed
    if pred.dep_ not in ("advcl", "xcomp", "ccomp") or _lemma(pred.head) not in _URGE_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children) and (
        _children(pred, "nsubj")
    ):
        return True
    # "pushed for Morocco to restore ties": the urged state hung on the verb above
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and any(
        t.i < pred.i and t.ent_type_ in ("GPE", "ORG", "NORP") for t in _pobjs(pred.head, {"for"}))


def _shares_clause(conjunct: Token | None) -> bool:
    """Whether the verb conjunct `conjunct` has no subject, tense or auxiliary of its
    own ("would expel A and recall B", "by downgrading ties or slapping bans"; also
    tagged a noun with an object, "would expel ... and downgrade ties"): it is in the
    first conjunct's clause."""
    return conjunct is not None and (conjunct.pos_ in ("VERB", "AUX") and (
        conjunct.tag_ in ("VB", "VBG", "VBP")
        # "planned to close its consulate and cut ties", "cut" tagged a past (a past
        # that is not the base form, "and recalled its ambassador", has its own tense)
        # ("should stop hedging and put its generals under sanctions": after a modal)
        or conjunct.tag_ == "VBD" and conjunct.lower_ == _lemma(conjunct) and any(
            c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
            for c in conjunct.head.children)
    ) or conjunct.tag_ == "NN" and bool(_children(conjunct, "dobj"))) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conjunct.children
    )


def _chain(tok: Token) -> list[tuple[Token, str]]:
    """Ancestors of `tok` with the dependency that links the child below to each."""
    out = []
    node = tok
    while node.head.i != node.i and node.dep_ in _VERBAL_LINKS:
        if node.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        ):
            # "Washington 'stands ready' to sanction ...", "is 'ready' to impose": the quotes
            # make the parser hang the infinitive on the verb, not on the adjective it
            # completes.
            ready = next((c for c in node.head.children if c.dep_ == "acomp"
                          and c.lower_ in _READY_WORDS and c.i < node.i), None)
            if ready is not None:
                out.append((ready, "xcomp"))
        out.append((node.head, node.dep_))
        node = node.head
    return out


_READY_WORDS = frozenset({"ready", "prepared", "willing"})
# Deliberating over one's own act: "studying whether to halt purchases" threatens a
# sanction; other acts so weighed stay guesses.
_WEIGHING_VERBS = frozenset({"weigh", "consider", "study", "mull", "examine", "explore",
                             "debate", "discuss", "decide", "deliberate", "assess"})


# Clauses inside an "in ..." phrase that date something else, not the act.
_PHRASE_CLAUSES = frozenset({"pcomp", "relcl", "acl", "ccomp", "advcl", "conj"})
_PAST_DATE = re.compile(r"^(?:(?:19|20)\d\d|last|years?|decades?|ago|earlier)$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\ds?$")
# A year or a "last ..."/"... ago" phrase: a date before the news.
_EARLIER = re.compile(r"^(?:(?:19|20)\d\ds?|last|ago)$", re.I)


def _past_form(node: Token) -> bool:
    """A past act: "expelled", "was expelled", or a participle "ordered out by Sweden"."""
    if node.tag_ == "VBD":
        return True
    if node.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in node.children):
        return True
    return node.dep_ == "acl" and not _children(node, "aux", "auxpass")


def _told_as_past(pred: Token) -> bool:
    """ "Lawyers said Britain had lifted the freeze", "the columnist wrote that Ottawa
    expelled six diplomats in 2024": what an observer tells as done, with no modal, is
    a fact reported, not a guess."""
    past = pred.tag_ == "VBD" or pred.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were")
        for c in pred.children)
    return past and not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | lx.WEAK_MODALS
                            for c in pred.children)


def _first_of_kind(node: Token) -> bool:
    """ "named its first ambassador to Iraq since 1990": a date that makes the act new."""
    return any(c.dep_ == "amod" and c.lower_ == "first"
               for o in _children(node, "dobj", "nsubjpass") for c in o.children)


def _not_until_year(node: Token) -> bool:
    """ "did not reopen embassies until 2015": done, in a year gone by."""
    return any(c.dep_ == "aux" and c.lower_ == "did" for c in node.children) and any(
        c.dep_ == "neg" for c in node.children) and any(
        _PAST_DATE.match(t.text) for t in _pobjs(node, {"until", "till"}))


def _after_speculation(pred: Token) -> bool:
    """ "Rupee slides on speculation Washington could sanction Indian refiners": the
    clause right after a word of speculation, which the parser may not hang on it."""
    subjects = _children(pred, "nsubj")
    if not subjects:
        return False
    start = subjects[-1].left_edge.i  # (the nearest: "slides" may be read as one too)
    before = [t for t in pred.doc[max(pred.sent.start, start - 2): start] if t.lower_ != "that"]
    return bool(before) and _lemma(before[-1]) in lx.SPECULATION_CUES and before[-1].pos_ == "NOUN"


def _asks_why_done(pred: Token) -> bool:
    """ "Why did Algeria recall its ambassador from Madrid?", "How has Rome expelled ...?":
    a question of why or how a past act was done takes the act as told (eval/README.md
    labels it so); "Why would Algeria recall ...?" and "did not" questions do not."""
    first = pred.sent[0]
    return first.lower_ in ("why", "how") and first.head.i == pred.i and any(
        c.dep_ == "aux" and c.lower_ in ("did", "has", "have", "had") for c in pred.children
    ) and not any(c.dep_ == "neg" for c in pred.children)


def _any_who_does(pred: Token) -> bool:
    """ "Washington will blacklist any Serbian lender that keeps processing payments": an
    act promised against whoever meets a condition is a conditional one."""
    if not any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | {"would", "could"}
               for c in pred.children):
        return False
    # (and the subject of a passive: "any senator who sets foot in Taipei will be placed
    # on its countermeasure list")
    objs = _children(pred, "dobj", "nsubjpass") + _pobjs(pred, {"on", "against"})
    # "would penalise any Indian refiner still buying Russian crude": the object and its
    # participle read as a clause
    doers = [s for c in _children(pred, "ccomp") if c.tag_ == "VBG"
             for s in _children(c, "nsubj")]
    return any(any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in o.children)
               and (o in doers or _children(o, "relcl")) for o in objs + doers)


def _past_dated(node: Token) -> bool:
    """A past-tense act dated to an earlier year: "cut ties with Qatar in 2017"."""
    # Not the words of a clause describing a noun below: "ended the arms embargo it had
    # placed on Somalia three decades ago" dates the placing, not the ending.
    words = [t.lower_ for t in _subtree_within(node, lambda c: c.dep_ in ("relcl", "acl"))]
    if "ago" in words and any(w in ("years", "decades") for w in words):
        return True  # "the first Arab country to recognize Israel 40 years ago"
    if not _past_form(node) or _first_of_kind(node):
        return False
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "since"):
            # Not the clauses in the phrase: "in what officials described as the
            # broadest relief in more than a decade" dates nothing.
            if any(_PAST_DATE.match(t.text)
                   for t in _subtree_within(prep, lambda c: c.dep_ in _PHRASE_CLAUSES)):
                return True
        if prep.dep_ == "npadvmod" and any(
            t.lower_ in ("ago", "last") and (node.dep_ == "acl" or any(
                w.lower_ == "year" or w.lower_ == "years" for w in prep.subtree))
            for t in prep.subtree
        ):
            # A participle describing a noun is background even "last month": "the
            # diplomats, ordered out by Sweden last month, left"; a main verb needs a year.
            return True
    return False


def _dated_earlier(node: Token) -> bool:
    """Whether a noun or verb carries its own earlier date: "the 2018 expulsion",
    "the recall ... in 2021", "froze contacts last year"."""
    for c in node.children:
        if c.dep_ in ("nummod", "compound", "amod") and _YEAR.match(c.text):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "since", "during") and any(
            _EARLIER.match(t.text) for t in c.subtree
        ):
            return True
        if c.dep_ == "npadvmod" and any(_EARLIER.match(t.text) for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "throughout" and node.tag_ == "VBD":
            return True  # "which backed Damascus throughout the war": a span now past
    return False


def _nominal_past(noun: Token) -> bool:
    """A nominalised act dated before the news, by itself or by the past verb it is
    the subject of ("the recall of its envoy last year froze contacts")."""
    if _dated_earlier(noun) or any(
        _dated_earlier(o) for o in _pobjs(noun, {"of"}) if o.pos_ in ("NOUN", "PROPN")
    ):
        return True  # the date hangs on the act's object: "expulsion of 23 diplomats in 2018"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and _dated_earlier(c) for c in noun.children):
        return True  # a dated participle: "sanctions relief granted by the EU in 2016"
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBD" and _dated_earlier(verb)


def _endure_modifier(m: Token) -> Token | None:
    """An enduring verb the parser hung on the measure: "-- and breaking sanctions --"
    with "breaking" read as the noun's modifier."""
    return next((c for c in _children(m, "amod") if c.tag_ == "VBG" and c.i == m.i - 1
                 and _lemma(c) in lx.ENDURE_VERBS), None)


def _broken(m: Token, x: Token, p: Token | None) -> bool:
    """Whether a party breaks, evades or carries measure `m` (a verb or noun of
    lexicon.ENDURE_VERBS, ENDURE_NOUNS, BURDEN_NOUNS): the measure is background."""
    return (p is not None and _lemma(p) in lx.ENDURE_VERBS) or _endure_modifier(m) is not None or (
        x.dep_ == "pobj" and x.head.lower_ == "of"
        and _lemma(x.head.head) in lx.ENDURE_NOUNS | lx.BURDEN_NOUNS
    )


def _borne(m: Token, x: Token, p: Token | None) -> bool:
    """Whether measure `m` is named as something a party lives under (weathers,
    breaks, suffers under, is crippled by), which presupposes it exists. Sports and
    professional sanctions ("evaded doping sanctions") are no state's measure."""
    if _mod_lemmas(m) & lx.NON_STATE_SANCTION_MODIFIERS:
        return False
    if _bearer(m) is not None:
        return True  # "Embargo-hit Qatar": no news embargo hits a country
    if _lemma(m) == "embargo" and not _children(m, "det", "amod", "compound", "poss", "nmod"):
        return False  # "a report under embargo until Thursday": a news embargo
    if _broken(m, x, p):
        return True
    if x.dep_ == "pobj" and (x.head.lower_ == "under" or (
        x.head.lower_ == "by" and _lemma(x.head.head) in lx.HARM_VERBS
    )):
        return True
    if x.dep_ == "pobj" and x.head.lower_ == "of" and _lemma(x.head.head) in lx.BURDEN_NOUNS:
        return True  # "collapsed under the weight of sanctions", "bore the brunt of"
    return x.dep_ == "nsubj" and _lemma(x.head) in lx.HARM_VERBS


def _reaction_verb(x: Token) -> Token | None:
    """The verb reacting to measure phrase `x`: "Iran condemned the new US sanctions",
    "China responded to US sanctions", "Russia hit back at Japanese sanctions"."""
    head = x.head
    if x.dep_ == "dobj" and head.pos_ == "VERB" and _lemma(head) in lx.REACTION_VERBS - {
        "respond", "retaliate", "react", "hit"  # these react through a preposition
    }:
        return head
    if x.dep_ in ("dobj", "oprd") and _names_as(head):
        return head  # "Iran's foreign minister called US sanctions 'economic terrorism'"
    if x.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.pos_ in ("ADJ", "NOUN") and (
        head.head.pos_ == "VERB" and _lemma(head.head) in NAMING_VERBS
    ):
        return head.head  # "Beijing branded the US sanctions illegal", read as a clause
    if x.dep_ != "pobj" or head.lower_ not in lx.REACTION_PREPS or head.head.pos_ != "VERB":
        return None
    verb = head.head
    if _lemma(verb) not in lx.REACTION_VERBS:
        return None
    if _lemma(verb) == "hit" and not any(c.lower_ == "back" for c in verb.children):
        return None  # "hits Moscow at ..." is an imposition's verb, not a reaction
    return verb


def _weighing_whether(node: Token, mark: Token) -> bool:
    """ "China is studying whether to halt purchases of Lithuanian timber": the state
    weighs its own measure (a sanction so weighed is threatened), no question about
    another's act."""
    return mark.lower_ == "whether" and _lemma(node.head) in _WEIGHING_VERBS and not (
        _children(node, "nsubj", "nsubjpass")) and node.dep_ in ("xcomp", "ccomp", "advcl")


def _inverted_condition(clause: Token) -> bool:
    """ "should Washington proceed": a condition told by putting "should" before the
    subject. ("were Tokyo to adopt" and "had Washington approved" are parsed otherwise:
    the act in them is imagined, _under_inversion.)"""
    subjects = _children(clause, "nsubj")
    return bool(subjects) and any(
        g.dep_ == "aux" and g.lower_ == "should" and g.i < subjects[0].i
        and g.i == clause.left_edge.i for g in clause.children)


def _done_by_another(measure: Token | None) -> bool:
    """ "China firmly opposes the so-called sanctions announced by the U.S. Department of
    the Treasury": a measure someone has announced or imposed, which the opposing verb
    above does not undo."""
    return measure is not None and measure.dep_ == "dobj" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in lx.IMPOSE_PREDICATES
        and any(g.dep_ == "agent" for g in c.children)
        for c in measure.children)


def _praised_act(pred: Token) -> bool:
    """ "praised Gambia for standing by Dakar": the act praised is background to the news,
    which is the praise; also in headlines with the verb read as a compound ("Praises
    Hungary For Standing By Belgrade")."""
    if pred.dep_ not in ("pcomp", "pobj") or pred.head.lower_ != "for":
        return False
    praiser = pred.head.head
    candidates = [praiser, *(c for c in praiser.children if c.dep_ == "compound")]
    return any(_lemma(t) in lx.PRAISE_VERBS or t.lower_[:-1] in lx.PRAISE_VERBS
               or t.lower_[:-2] in lx.PRAISE_VERBS for t in candidates)


def _background_act(pred: Token) -> bool:
    """An earlier act that the sentence's news only refers to, whatever the mode of
    the clause around it: what a reprisal answers, a nominalised act with an earlier
    date."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return False
    if pred.dep_ == "pobj" and _lemma(pred.head.head) in lx.REPRISAL_NOUNS:
        return True  # "in retaliation for Tallinn's closure of the consulate"
    return _nominal_past(pred)


_ANSWER_VERBS = lx.RESPONSE_VERBS | frozenset({"answer", "match", "reciprocate", "meet"})


def _answering_clause(node: Token) -> bool:
    """ "..., a move Brasilia answered within hours by expelling Managua's envoy": a
    relative clause on the act just told that says how another state answered it is
    news of its own, not a description of the noun."""
    return _lemma(node) in _ANSWER_VERBS and _lemma(node.head) in lx.ACT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "by" for c in node.children)


def _headline_infinitive(pred: Token) -> bool:
    """ "Britain to lift asset freeze on Afghan bank": a subject with a bare "to"
    infinitive is the headline form of a plan, whether the parse has the "to" as the
    verb's marker or (``_headline_to``) misreads it as a preposition."""
    return _parsed_headline_infinitive(pred) or _headline_to(pred)


def _parsed_headline_infinitive(pred: Token) -> bool:
    node = pred
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "Chile to recall its envoy and close its embassy"
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
        return False
    if any(c.dep_ == "mark" for c in node.children):
        return False  # "for Britain to lift": a clause of another verb
    if name_to_verb(node):
        return True
    if not _children(node, "nsubj") and not (
        # "Sanctions on Iran to be lifted": the passive plan, told without its planner
        _children(node, "nsubjpass") and _children(node, "auxpass")
    ):
        return False
    return node.dep_ == "ROOT" or (
        node.dep_ in ("ccomp", "parataxis") and _lemma(node.head) in lx.REPORT_VERBS
    )


# Words a headline's subject may hold besides names: "Tbilisi, Moscow to Restore ...".
_HEADLINE_SUBJECT_WORDS = frozenset({",", "and", "&", "the", "'s", "’s"})
# Words that open another clause inside a headline: "X to expel envoys after Y ...".
_CLAUSE_OPENERS = frozenset({"after", "as", "amid", "despite", "since", "because", "following",
                             "while", "when", "once", "unless", "if", ":", "says", "said",
                             "before", "than"})
# Adverbs that set a past act before the news: "initially backed the Saudis".
_EARLIER_ADVERBS = frozenset({"initially", "previously", "formerly", "originally", "once"})
# Nouns whose "to" infinitive is an agreed plan: "strike a deal to normalise relations".
_AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact"})


def _headline_to(pred: Token) -> bool:
    """ "EU to Sanction Russia Over Poisoning", "Kyiv to close embassy, downgrade ties":
    a headline (no closing stop) opening with names and a bare "to" before the act, which
    the small model often parses as a preposition. The act is the names' plan."""
    sent = pred.sent
    if sent.text.rstrip().endswith((".", "!", "?", ".\"", ".”")):
        return False
    to = next((t for t in sent if t.lower_ == "to" and t.i < pred.i), None)
    if to is None or to.i == sent.start:
        return False
    head = sent.doc[sent.start:to.i]
    # Names only: capitalised words (a title-case headline's other words were lower-cased
    # by the re-parse) or entities; the small model tags "Kyiv" an adjective.
    if not all(
        t.ent_type_ in ("GPE", "ORG", "NORP") or t.text[:1].isupper()
        or t.lower_ in _HEADLINE_SUBJECT_WORDS
        for t in head
    ):
        return False
    # Only the acts of the plan itself: nothing that opens another clause lies between.
    between = sent.doc[to.i + 1:pred.i]
    return not any(t.lower_ in _CLAUSE_OPENERS or t.pos_ == "VERB" and t.tag_ in (
        "VBZ", "VBD") for t in between)


def _after_past_clause(node: Token, pred: Token) -> bool:
    """ "after Trump sided with Putin in July 2018", "after the two said last week they
    were forging relations": a dated past act given as what came before the news."""
    if node.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "after" for c in node.children
    ):
        return False
    # Undated, the act before the news is often news itself ("a day after Prague expelled
    # a Chinese diplomat": asserted in the labels); with its own earlier date it is not.
    past = node.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children)
    # The date may hang on the reported act: "after they said they were forging ties
    # last week".
    return past and (_past_dated(node) or _dated_earlier(node) or _dated_earlier(pred))


def _agreed_plan(pred: Token) -> Token | None:
    """ "struck a historic deal to normalise relations": the act is what was agreed.
    Returns the agreement noun."""
    doc = pred.doc
    prev = pred.i - 1
    if prev >= 2 and doc[prev].text == "-" and doc[prev - 1].lower_ == "re":
        prev -= 2  # "a deal to re-establish ties", split at the hyphen
    if prev < 1 or doc[prev].lower_ != "to":
        return None
    deal = doc[prev - 1]
    return deal if _lemma(deal) in _AGREEMENT_NOUNS or deal.lower_ in _AGREEMENT_NOUNS else None


def _dated_deal(deal: Token) -> bool:
    """ "signed a deal to restore relations in 2019": an agreement of the past."""
    verb = deal.head
    return verb.i != deal.i and _past_form(verb) and any(
        _EARLIER.match(t.text) for t in verb.subtree)


def _deontic(node: Token, link: str) -> bool:
    """ "should impose", "must be ready to sanction", "ought to lift", "needs to expel"."""
    if any(c.dep_ == "aux" and c.lower_ in lx.DEONTIC_MODALS for c in node.children):
        return True
    if link == "self" and node.dep_ in ("relcl", "acl") and _lemma(node.head) == "time" and (
        node.head.dep_ == "attr" and any(c.dep_ == "mark" and c.lower_ == "for"
                                         for c in node.children)
    ):
        return True  # "it is time for Ottawa to cut diplomatic ties with Beijing"
    return link == "xcomp" and (
        node.lower_ == "ought" or _lemma(node) == "need" and node.tag_ in ("VBZ", "VBP"))


def _subjunctive(verb: Token | None, proposing: Token) -> bool:
    """ "(proposed) that the EU impose", "that Britain should expel": a base-form verb
    with a subject of its own and no tense, or "should". After a past "proposed that",
    a present plural is one too ("proposed that the two countries restore ties")."""
    if verb is None or not _children(verb, "nsubj") or not (
        verb.tag_ == "VB" or verb.tag_ == "VBP" and proposing.tag_ == "VBD"
    ):
        return False
    auxes = [c.lower_ for c in _children(verb, "aux")]
    return not auxes or auxes == ["should"]


def modality_cues(
    pred: Token, measure: Token | None = None, stop_at_bid: bool = True
) -> ModalityCues:
    cues = ModalityCues()
    if _background_act(pred) or _praised_act(pred) or (
        pred.dep_ in ("acl", "xcomp") and pred.head.pos_ == "NOUN" and _nominal_past(pred.head)
    ):
        # "Kyiv's 2022 decision to sever relations still stands"
        cues.reference = cues.background = True
        return cues
    if pred.dep_ in ("relcl", "acl", "advcl") and _lemma(pred.head) in (
        "way", "door", "path"
    ) and any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children):
        # "the ruling could pave the way for London to delist ...": an act made
        # possible, not done or planned by its actor
        cues.hypothetical = cues.speculative = True
        return cues
    if _headline_infinitive(pred):
        cues.future = True
    deal = _agreed_plan(pred)
    if deal is not None:
        if _dated_deal(deal):
            cues.reference = cues.background = True  # "signed a deal to ... in 2019"
        else:
            cues.intent = True
    if pred.tag_ == "VBD" and any(
        c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and c.i < pred.i
        for c in pred.children
    ):
        cues.reference = cues.background = True
        return cues
    if pred.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in pred.children) \
            and any(_lemma(o) in lx.INTENT_CUES for o in _pobjs(pred.head, {"in"})):
        cues.intent = True  # "are in talks to establish relations"
    sent = pred.sent
    if pred.i - 2 >= sent.start and pred.doc[pred.i - 1].lower_ == "to" and (
        pred.doc[pred.i - 2].lower_ == "yet"
    ):
        cues.negated = True  # "has yet to send its ambassador back": not done
    if sent.text.rstrip().rstrip("\"'”’").endswith("?") and not _asks_why_done(pred):
        cues.hypothetical = cues.speculative = True
    if _any_who_does(pred):
        cues.conditional = True  # "will blacklist any Serbian lender that keeps ..."
    if _after_speculation(pred):
        cues.hypothetical = cues.speculative = True
    demand = next((c for c in _children(pred, "compound") if c.i < pred.i and pred.pos_ == "NOUN"
                   and _lemma(c) in ("demand", "call", "plea", "appeal")), None)
    if demand is not None:
        cues.appeal = demand  # headline "... demand end to Cuba blockade", the verb a compound
    nodes = [(pred, "self"), *_chain(pred)]
    if any(g.dep_ == "det" and g.lower_ == "no" for o in _children(pred, "dobj")
           for g in o.children) or any(
        g.lower_ == "neither" and g.i < o.i for o in _children(pred, "dobj") for g in o.subtree
    ):
        cues.negated = True  # "will join no embargo on Tehran", "backed neither ... nor"
    if measure is not None:
        if any(c.lower_ == "no" for c in measure.children if c.dep_ == "det"):
            cues.negated = True
        mods = _mod_lemmas(measure)
        if mods & lx.REFERENCE_MODIFIERS and not mods & lx.NEW_MODIFIERS:
            cues.reference = True
    crossed_report = False
    relative = False
    if pred.dep_ in ("advcl", "xcomp", "acl") and any(
        (_lemma(c) in lx.PROPOSAL_NOUNS or _lemma(c) == "law" and "draft" in _mod_lemmas(c))
        and not _enacted(c) for c in _children(pred.head, "dobj")
    ):  # ("approved a draft law on Tuesday banning imports": a cabinet's bill)
        cues.sanction_threat = True
    if any(_lemma(c) in lx.PROPOSAL_NOUNS and not _enacted(c) or (
        _lemma(c) == "measure" and _mod_lemmas(c) & lx.LEGISLATIVE_MODIFIERS
    ) for c in _children(pred, "nsubj")):
        # "a bill introduced by Senator Rubio would impose ...", "Capitol Hill Bill Targets
        # Nicaraguan Officials With Sanctions", "Bipartisan Senate measure targets Georgian
        # Dream leaders with visa bans": proposed
        cues.sanction_threat = True
    empowering = pred.doc[pred.i - 2] if pred.i >= 2 and (
        pred.doc[pred.i - 1].lower_ == "to") else None
    if empowering is not None and empowering.pos_ == "NOUN" and _lemma(empowering) in (
        "power", "authority"
    ) and _lemma(empowering.head) not in ("use", "exercise", "invoke", "employ"):
        # "passed a bill giving the government powers to freeze the assets of Russian
        # state entities" (whatever the verb is hung on): a power to sanction, unused yet
        # (not "used its powers to freeze ...")
        cues.sanction_threat = True
    below: Token | None = None
    own_clause = True  # still in the act's own clause (self, xcomp, acomp, shared conj)
    # "could stop waiting and put ... under travel bans": a base form joined to the
    # gerund "stop" governs is not stopped itself
    past_gerund = False
    for node, link in nodes:
        lemma = _lemma(node)
        own = node is pred
        came_from = below
        if link in ("ccomp", "parataxis") and came_from is not None and (
            came_from.i < node.i and any(t.text == ";" for t in node.doc[came_from.i: node.i])
        ) and lemma not in _DENIAL_VERBS:
            # "Beijing blacklists Czech Senate speaker ...; he and his relatives may no
            # longer set foot on the mainland": a clause before a semicolon is no
            # complement of the one after it, whatever the parse says (but "...; Accra
            # denies it" denies it).
            break
        if link == "ccomp" and came_from is not None and came_from.i < node.i and any(
            g.dep_ == "aux" and g.lower_ == "should" and all(
                t.is_punct for t in node.doc[came_from.right_edge.i + 1: g.i])
            and any(s.i > g.i for s in _children(node, "nsubj")) for g in node.children
        ):
            # "stands ready to take further measures, ..., should the Georgian
            # authorities not reverse course", parsed with the condition as the root:
            # the act's own condition, not its negation
            cues.conditional = True
            break
        if link == "ccomp" and came_from is not None and came_from.i < node.i and (
            lemma not in lx.REPORT_VERBS and lemma not in _DENIAL_VERBS
        ) and (any(t.text == ":" for t in node.doc[came_from.i: node.i])
               or _children(node, "dobj")):
            # A headline before a colon and a quote ("Petro breaks off relations with
            # Israel: 'Colombia will not be an accomplice ...'"), or before a reaction
            # whose object is the act ("Zagreb bans entry to ..., Belgrade calls it 'a
            # hostile act'"): no complement of what follows.
            break
        if own_clause and (link in ("self", "xcomp", "acomp") or (
            link == "conj" and _shares_clause(came_from)
        )):
            if _deontic(node, link):
                cues.deontic = cues.deontic or node
        else:
            if own_clause and cues.deontic is not None and link in ("ccomp", "parataxis") and (
                lemma in lx.REPORT_VERBS
            ):
                cues.speaker = node  # "..., Poland's foreign minister said"
            own_clause = False
        if _after_past_clause(node, pred) and not relative:
            cues.reference = cues.background = True
        if own and node.dep_ == "advcl" and _lemma(node.head) in lx.ORIGIN_VERBS and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in node.children
        ):
            # "a dispute that began when India expelled two Pakistani officials": the
            # act a dispute began with is its background.
            cues.reference = cues.background = True
        if link == "advcl" and below is not None and lemma in lx.APPEAL_CUES and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in below.children
        ) and (_children(node, "dobj") or (lemma == "call" and _pobjs(node, {"on", "upon"}))):
            # ("called on the European Union on Tuesday to blacklist ...")
            link = "xcomp"  # "pressed the bloc to blacklist ...", parsed as an adverbial
        if link == "advcl" and below is not None and lemma in lx.APPEAL_CUES and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in below.children
        ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            cues.appeal = cues.appeal or node  # "appealed for sanctions on Cuba to be eased"
        below = node
        if link == "advcl" and lemma in ("prepare", "brace", "wait") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in nodes[0][0].children
        ):
            cues.hypothetical = cues.speculative = True  # "preparing for Beijing to close"
        if link == "conj" and node.dep_ == "relcl" and came_from is not None and not (
            _children(came_from, "nsubj", "nsubjpass")
        ) and _past_form(came_from) and not _answering_clause(came_from):
            # "a refiner, which is part-owned by Rosneft and was hit by EU sanctions last
            # July": a past conjunct of a relative clause describes the noun too.
            cues.reference = True
            break
        if link == "advcl" and lemma == "rule" and came_from is not None and any(
            c.lower_ == "out" and c.i == came_from.i - 1 for c in node.children
        ) and came_from.tag_ == "VBG":
            # "ruled out restoring diplomatic relations", the gerund parsed as a clause
            # of its own: what is ruled out
            cues.negated = cues.refused = True
            break
        if link == "advcl" or (link == "conj" and not _shares_clause(came_from)):
            # A main clause says nothing of the mode of an "after ..." clause below it;
            # a conjunct with a tense of its own ("did not back the sanctions and
            # refused to ...") has its own mode.
            break
        if link == "conj":
            # "said it would expel two diplomats and recall its ambassador", "by
            # downgrading ties or slapping trade bans": a verb conjunct without a
            # subject or tense of its own is in the first conjunct's clause, under its
            # modal and negation and what governs it.
            for child in node.children:
                if child.dep_ == "neg" and not crossed_report:
                    cues.negated = True
                if child.dep_ == "aux" and child.lower_ in lx.FUTURE_MODALS and not (
                    crossed_report
                ):
                    cues.future = True
                if child.dep_ == "aux" and child.lower_ in lx.WEAK_MODALS and not (
                    crossed_report
                ):
                    cues.hypothetical = True
            # A relative clause describes its noun: nothing above it is the act's mode.
            relative = relative or node.dep_ == "relcl"
            past_gerund = past_gerund or (node.tag_ == "VBG" and came_from is not None
                                          and came_from.tag_ in ("VB", "VBD", "VBP"))
            prev_dep = link
            continue
        prev_dep = link
        if stop_at_bid and not own and _owned_bid(node, link):
            # "the Council rejected a U.S. proposal to extend the arms embargo", "won't
            # act on a U.S. bid to reimpose sanctions": the owner's proposal is its threat
            # of sanctions; what others do with it above is not the proposal's mode.
            cues.sanction_threat = True
            cues.bid = node
            break
        if relative:
            # A relative clause describes its noun: only a proposal noun ("a bill that
            # would sanction ...") says something about the act's mode.
            if lemma in lx.SANCTION_THREAT_CUES or (
                lemma == "law" and "draft" in _mod_lemmas(node)  # "a draft law that would ban"
            ):
                cues.sanction_threat = True
            break
        hesitant = not own and lemma == "hesitate" and bool(_children(node, "neg"))
        if hesitant:
            cues.threat = True  # "we will not hesitate to impose sanctions"
        for child in node.children:
            if child.dep_ == "neg" and not crossed_report and not (own and _ruled_out(node)) and (
                not (own and _not_until_year(node))
            ) and (
                not hesitant
            ):
                cues.negated = True
                cues.refused = cues.refused or own  # "would not ease sanctions until"
            if child.dep_ in ("prt", "advmod") and child.lower_ in ("off", "back") and (
                lemma == "hold"
            ):
                cues.negated = True  # "the EU held off on new sanctions against Turkey"
            if child.dep_ == "det" and child.lower_ == "no" and own and node.pos_ == "NOUN":
                cues.negated = True  # "there are no plans for sanctions", "no expulsion of"
            if child.dep_ == "det" and child.lower_ == "no" and not own and node.pos_ == "NOUN":
                cues.negated = True  # "no plans to", "no intention of"
                # "there was no question of lifting its ban": the measure stands
                cues.refused = cues.refused or lemma in ("question", "plan", "intention")
            if child.dep_ == "aux" and child.lower_ in lx.FUTURE_MODALS and not crossed_report:
                cues.future = True
            if child.dep_ == "aux" and child.lower_ in lx.WEAK_MODALS and not crossed_report:
                cues.hypothetical = True
            if child.dep_ == "mark" and child.lower_ in lx.CONDITIONAL_MARKS and (
                node.dep_ in ("advcl", "ccomp") or child.lower_ == "whether"
            ):
                cues.hypothetical = True
                if child.lower_ == "whether" and not _weighing_whether(node, child) or (
                    child.lower_ in ("if", "unless") and node.dep_ == "advcl"
                ):
                    # "whether", and the act is the condition itself: "would expel the
                    # ambassadors if the three countries went ahead with restoring UN
                    # sanctions" threatens no sanctions.
                    cues.speculative = True
            if child.dep_ == "mark" and child.lower_ == "until" and node.dep_ == "advcl" and (
                node.tag_ in ("VBZ", "VBP")
            ):
                # "the duties would stay until Belgrade recognises Kosovo": a condition
                cues.hypothetical = cues.speculative = True
            if child.dep_ == "nsubj" and (_lemma(child) in lx.OBSERVER_HEADS or (
                _lemma(child) in lx.MARKET_OBSERVER_HEADS and lemma in lx.GUESS_VERBS
            )) and not _told_as_past(pred):
                cues.hypothetical = cues.speculative = True
            if child.dep_ == "advcl" and not crossed_report and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in child.children
            ) or child.dep_ in ("advcl", "conj") and child.i > node.i and not crossed_report and (
                _inverted_condition(child)
            ):
                # the source's own condition: "would ... if", "will impose sanctions on
                # the U.S. companies involved should Washington proceed"
                cues.conditional = True
        if not own:
            if lemma in lx.NEGATING_CUES and (
                lemma != "rule" or any(c.lower_ == "out" for c in node.children)
            ) and not _done_by_another(came_from):
                cues.negated = True
                cues.refused = cues.refused or lemma in ("refuse", "reject", "decline", "veto",
                                                         "block", "oppose", "resist", "rule")
            if lemma in lx.REPORT_VERBS | {"write"} and any(
                (c.dep_ == "advmod" and c.lower_ in lx.WRONGLY_ADVERBS) or (
                    c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _EARLIER_ITEMS
                    and _mod_lemmas(c) & {"earlier", "previous", "early"} and (
                        _lemma(c) == "version" or _RETRACTION.search(c.doc.text)))
                for c in node.children
            ) or _corrected_by_us(node):
                # "Correction: An earlier version of this story said Chile had expelled
                # ...", "a report wrongly said ...", "an earlier entry said ...", "We wrote
                # earlier that ... That was wrong": the act did not happen.
                cues.negated = True
            if node.lower_.startswith(("misstat", "misreport")) or (
                lemma in ("reference", "mention", "claim", "report") and node.dep_ == "dobj"
                and _lemma(node.head) in ("remove", "delete", "retract", "strike")
            ):
                # "A March 4 story misstated that Tunis had cut ties ...", "updated to
                # remove a reference to Kazakhstan joining ...": a correction
                cues.negated = True
            if lemma == "stop" and any(c.lower_ == "short" for c in node.children):
                cues.negated = True  # "stops short of expelling Kenya's envoy"
            if lemma in lx.SPECULATION_CUES and not (
                lemma == "question" and node.pos_ == "VERB" and _children(node, "dobj")
            ):  # ("after Mexico's president questioned the legitimacy ...", misparsed
                # as the verb above the act, questions something else)
                cues.hypothetical = cues.speculative = True
            if lemma == "hint" and node.pos_ == "VERB" and prev_dep in ("prep", "pcomp"):
                # "have hinted at leaving the bloc": a hint, not a plan (a hinted sanction
                # stays a threat: decide_modality reads threats first)
                cues.hypothetical = True
            if lemma in lx.REPORT_NOUNS and (node.pos_ == "NOUN" or node.dep_ in (
                "nsubj", "nsubjpass"  # "reports that ... were false", "reports" read as a verb
            )) and any(
                _lemma(t) in lx.FALSEHOOD_WORDS or t.lower_ in lx.FALSEHOOD_WORDS
                for t in [*node.children, node.head, *node.head.children, *pred.children, *(
                    g for c in node.head.children if c.dep_ in ("oprd", "acomp", "attr")
                    for g in c.children)]  # "called reports ... fake news"
                if t.i != node.i
            ):
                cues.negated = True  # "called 'fabricated' a story saying ...", "... baseless"
            if lemma in _CLAIM_VERBS and prev_dep == "ccomp" and node.dep_ == "acl" and (
                node.head.dep_ in ("nsubj", "nsubjpass")
            ) and any(_lemma(g) in lx.FALSEHOOD_WORDS for g in node.head.head.children
                      if g.dep_ in ("acomp", "attr")):
                cues.negated = True  # "posts claiming that the United States has ... are false"
            if (lemma in lx.REPORT_NOUNS or node.lower_ == "talk") and any(
                _lemma(t) in _DENIAL_VERBS or t.lower_ in _DENIAL_FORMS for t in [
                    *([node.head] if node.dep_ == "dobj" else []),
                    # "dismissed as 'fake news' a report that ...", so parsed
                    *([node.head.head] if node.dep_ == "pobj" and node.head.lower_ == "as"
                      else []),
                    *(c for c in node.children if c.dep_ == "nsubj" and c.i == node.i - 1)]
            ):
                # "Yerevan rejects reports it endorsed Moscow's stance" (headline parse:
                # "rejects" as the subject of "reports"), "dismisses talk of switching"
                cues.negated = True
            if lemma in lx.ABANDON_VERBS and prev_dep == "dobj" and any(
                c.dep_ == "dobj" and _lemma(c) in lx.ABANDONED_PLANS
                and (c.i == pred.i or c.is_ancestor(pred)) for c in node.children
            ):
                cues.negated = True  # "scrapped plans to sanction ...": the plan is given up
            if lemma in ("prepare", "brace", "wait") and prev_dep in ("pcomp", "pobj", "prep",
                                                                        "advcl"):
                cues.hypothetical = cues.speculative = True  # "preparing for Beijing to close"
            if lemma in ("expect", "anticipate") and node.pos_ == "VERB" and not _children(
                node, "auxpass"
            ) and (prev_dep == "xcomp" and _children(node, "dobj") or prev_dep == "ccomp" and (
                _children(came_from, "nsubj"))
            ):
                # "said it expected Britain to follow suit": another's act foreseen
                cues.hypothetical = cues.speculative = True
            if lemma in lx.THREAT_CUES:
                cues.threat = True
            if lemma in lx.SANCTION_THREAT_CUES and prev_dep in (
                "xcomp", "dobj", "pobj", "prep", "acl", "acomp"
            ) and not _enacted(node) and not (prev_dep == "dobj" and _names_as(node)) and not (
                came_from is not None and weighs_others_measure(node, came_from)
            ):
                cues.sanction_threat = True
            if lemma in lx.STOP_CUES and prev_dep in ("xcomp", "dobj", "pcomp") and not (
                past_gerund
            ):
                cues.stopped = True
            if lemma in lx.PROPOSING_VERBS and prev_dep == "ccomp" and not cues.speculative and (
                _subjunctive(came_from, node)
            ):
                cues.appeal = cues.appeal or node
            if lemma in lx.APPEAL_CUES and not cues.speculative and (
                (prev_dep == "xcomp" and urged_parties(node))
                or prev_dep == "ccomp" or (prev_dep == "pobj" and lemma == "call")
                or (prev_dep == "prep" and node.pos_ == "NOUN"
                    and lemma in ("call", "demand", "request", "appeal", "plea"))
                or (prev_dep == "dobj" and lemma in ("demand", "request"))
            ):
                cues.appeal = cues.appeal or node
            if lemma in lx.INTENT_CUES and lemma not in lx.DECISION_CUES and prev_dep in (
                "xcomp", "acl", "pobj", "prep", "dobj", "compound", "relcl", "acomp"
            ) and not (came_from is not None and came_from.lower_ == "against"):
                # (not what a step is taken against: "a retaliatory step against
                # Canberra's restrictive measures" names measures in place)
                cues.intent = True
            if lemma in ("question",) and any(c.lower_ == "out" for c in node.head.children):
                cues.negated = True
            if lemma in ("say", "tell", "report", "announce", "state", "add", "claim"):
                crossed_report = True
        if own and _ruled_out(node) and not _children(node, "neg"):
            cues.negated = True  # "ruled out new sanctions"
        if (lemma in ("maintain", "keep", "retain") or _left_in_place(node)) and not relative:
            # Keeping a measure is the news, also when announced with "will".
            cues.maintained = True
        if lemma in ("remain", "stay", "continue") and not relative and (
            node.dep_ != "advcl"
        ) and not (
            # "as long as EU sanctions remain in place": a condition ("said that ...": none)
            any(c.lower_ != "that" for c in _children(node, "mark"))
        ) and (_pobjs(node, {"under"}) or _kept_in_place(node)):
            # "its sanctions would remain in place", "will remain under an asset freeze":
            # the measure is kept, which is the act.
            cues.maintained = True
        if own and not _first_of_kind(node) and (_pobjs(node, {"since"}) or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        )):
            cues.reference = True
        if own and (_past_dated(node) or _not_until_year(node)):
            cues.reference = True
        if own and node.dep_ == "csubj" and _children(node, "nsubj") and _pobjs(node, {"by"}):
            relative = True  # a participle read as a clause: "the sanctions adopted by the
            # bloc on Friday would hurt Europe" (its noun described, as by a relative clause)
        if node.dep_ == "relcl":
            relative = True
            if (_past_form(node) or any(
                c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in node.children
            )) and not any(c.dep_ == "advmod" and c.lower_ == "also" for c in node.children) and (
                not _answering_clause(node)
            ):
                # "which also gave the ambassador 48 hours": one more act of the news
                cues.reference = True  # "Nicaragua, which expelled the envoy last year"
                if own and (_past_dated(node) or _dated_earlier(node)):
                    # With its own earlier date the act is background of any type, support
                    # too: "Uzbekistan, whose president endorsed the plan last year, ..."
                    cues.background = True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in pred.children) and any(
        _lemma(s) in lx.OBSERVER_HEADS | lx.MARKET_OBSERVER_HEADS
        for a in pred.ancestors for s in _children(a, "nsubj")
    ):
        # "Economists warned that if Washington sanctioned ...": the condition is the
        # observers' speculation, not the source's own.
        cues.hypothetical = cues.speculative = True
    if _under_inversion(pred):
        cues.hypothetical = cues.speculative = True
    # "out of the question"
    for tok in sent:
        if tok.lower_ == "question" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out":
            cues.negated = cues.refused = True
    return cues


_COOPERATIVE = frozenset({"restore_relations", "ease_sanctions", "express_support"})


def _under_inversion(pred: Token) -> bool:
    """`pred` is in a condition put by inversion: "were Beijing to reinstate curbs ...,
    prices could fall", "Had Washington imposed sanctions, ...": imagined (unlike the
    act a condition is put on: _inverted_condition)."""
    for node in [pred, *pred.ancestors]:
        if node.dep_ not in ("advcl", "ccomp"):
            continue
        first = node.doc[node.left_edge.i]
        subjects = _children(node, "nsubj", "nsubjpass")
        if first.lower_ in ("were", "had", "should") and first.pos_ == "AUX" and (
            first.head.i == node.i or first.i == node.i
        ) and subjects and subjects[0].left_edge.i == first.i + 1:
            return True
    return False


def decide_modality(cand: Candidate, cues: ModalityCues) -> str:
    if cand.event_type == "threaten_sanctions":
        if cues.negated:
            return "negated"
        return "hypothetical" if cues.speculative else "threat"
    if cues.negated:
        return "negated"
    if cues.speculative:
        return "hypothetical"
    if cues.conditional:
        # An own condition: a threat for hostile acts, an offer for friendly ones.
        return "intent" if cand.event_type in _COOPERATIVE else "threat"
    if cues.threat:
        return "threat"  # "warned it could expel": a threat, not speculation
    if cues.hypothetical:
        return "hypothetical"
    if cues.background:
        return "reference"
    if cand.event_type == "express_support":
        # A government declaring it "will support" another is voicing support now.
        return "intent" if cues.intent else "asserted"
    if cues.intent:
        return "intent"
    if cues.future:
        # "Japan will keep its sanctions in place": the keeping is decided now.
        return "asserted" if cues.maintained and not cues.reference else "intent"
    if cues.reference:
        return "reference"
    return "asserted"


# What a text says when it disowns a post or a report: "the account had been hacked", "a
# doctored screenshot", "was NOT authorised", "is fabricated", "FAKE:".
_DISOWNING = re.compile(
    r"\b(?:hack(?:ed|ers?)|compromised|not\s+(?:been\s+)?(?:authori[sz]ed|authored)"
    r"|doctored|fabricated|fake|did\s+not\s+come\s+from)\b", re.IGNORECASE)
# Things that carry an act someone may disown.
_CONTENT_NOUNS = frozenset({"post", "screenshot", "tweet", "message", "clip", "video",
                            "image", "report", "claim", "story"})


def disowned_content(trigger: Token) -> bool:
    """The act is what a post, screenshot or report says ("a post announcing the
    'severance of relations with Ecuador' was NOT authorised", "the account ... posted that
    Libreville 'breaks all ties' ...; the presidency said hackers had posted it"), and the
    text disowns such content: the act is denied, not done."""
    if not _DISOWNING.search(trigger.doc.text):
        return False
    return any(
        (a.pos_ in ("NOUN", "PROPN") and _lemma(a) in _CONTENT_NOUNS)
        or (a.pos_ == "VERB" and _lemma(a) == "post")
        for a in trigger.ancestors)
