"""Event extraction from one parsed sentence: triggers, actors from the parse, modality."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import lexicon as lx
from .actors import STATE_HEADS, Actor, ActorResolver, in_dateline, is_state, not_state_actor
from .gazetteer import ORGANISATIONS, UNKNOWN
from .prefilter import (
    blocks_trade,
    campaigns_for,
    cuts_off,
    firmly_behind,
    halts_trade,
    lists_parties,
    names_organisation,
    trade_waiver,
)
from .schema import EVENT_TYPES

_VERBAL_LINKS = frozenset({
    "xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "prep", "nsubjpass", "nsubj", "attr",
    "conj", "advcl", "compound", "amod", "pcomp", "oprd", "agent", "dative", "appos",
    "npadvmod", "advmod", "acomp",
})


# Prepositions that introduce a reason or a time, not the act's own clause.
_SEPARATING_PREPS = frozenset(
    {"after", "before", "following", "amid", "despite", "over", "since", "during"}
)
_REASON_PREPS = frozenset({"for", "over", "amid", "after", "despite", "following", "because"})


def _in_reason(tok: Token) -> bool:
    """Whether `tok` sits in a reason or time phrase ("for Taiwan arms sales")."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in _REASON_PREPS:
            return True
        node = node.head
    return False


# Common nouns that may stand for a state in "ties with the Chinese government".
_RELATION_PARTY_HEADS = STATE_HEADS | frozenset({
    "authority", "leadership", "side", "counterpart", "neighbour", "neighbor", "republic",
    "kingdom", "federation", "emirate", "people", "ally", "state",
})
# Acts answered "in kind" or followed "suit" by another state.
_TIT_FOR_TAT = frozenset({"expel_diplomats", "recall_envoy", "sever_relations",
                          "impose_sanctions"})
_LEAVE_VERBS = frozenset({"leave", "depart", "exit", "quit"})
# "The severance of ties was announced by Nauru": verbs whose agent did the act itself.
_OWN_ACT_VERBS = frozenset({"announce", "confirm", "order", "decide", "approve", "declare",
                            "carry", "make", "unveil", "adopt", "complete", "finalise",
                            "finalize", "formalise", "formalize"})
# Nominalised acts whose agent may hang on their "of" object.
_NOMINAL_ACTS = frozenset({
    "expulsion", "ouster", "ejection", "recall", "withdrawal", "closure", "closing",
    "shutdown", "imposition", "lifting", "easing", "removal", "restoration", "resumption",
    "severing", "severance", "suspension", "reopening", "opening",
})


# Verbs of the break a restoration of relations ends ("after cutting them").
_BREAK_VERBS = frozenset({"sever", "cut", "break", "suspend", "freeze", "rupture"})


@dataclass
class Candidate:
    """An event before coding: type, actors and the token that carries modality."""

    event_type: str
    predicate: Token  # the token whose clause decides modality
    trigger: Token  # the word reported as the trigger
    sources: list[Actor]
    targets: list[Actor]
    modality: str = "asserted"
    joint: bool = False
    confidence: float = 0.9
    notes: set[str] = field(default_factory=set)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    return out


def _mod_lemmas(tok: Token) -> set[str]:
    """Lemmas and words of the modifiers before a noun, through nested compounds."""
    out: set[str] = set()
    stack = [tok]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.dep_ in ("amod", "compound", "nmod", "advmod") and c.i < tok.i:
                out.update((_lemma(c), c.lower_))
                stack.append(c)
    return out


# ---------------------------------------------------------------------------------------
# measure nouns and their governing predicates
# ---------------------------------------------------------------------------------------


def _health_context(sent: Span) -> bool:
    """Travel and flight bans against an epidemic are health measures, not sanctions."""
    return any(t.lower_ in lx.HEALTH_WORDS for t in sent)


def _is_infinitive(tok: Token) -> bool:
    """ "bill to sanction Turkish officials", even when the tagger says NOUN."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and bool(
        _children(tok, "dobj")
    )


def measure_class(tok: Token) -> str | None:
    lemma, low = _lemma(tok), tok.lower_
    if tok.pos_ in ("ADP", "DET", "PRON", "PUNCT", "CCONJ", "ADV"):
        return None
    nounish = tok.pos_ != "VERB" or tok.tag_ in ("NNS", "NN") or _verb_read_as_subject(tok) or (
        _compound_read_as_verb(tok))
    if nounish and (lemma in lx.SANCTION_NOUNS or low.rstrip("s") in lx.SANCTION_NOUNS):
        if lemma == "sanction" and (tok.pos_ == "VERB" or _is_infinitive(tok)):
            return None
        return "sanction"
    mods = _mod_lemmas(tok)
    if lemma in lx.BAN_NOUNS and (nounish or lemma == "freeze"):
        on_what = {_lemma(t) for t in _pobjs(tok, {"on"})}
        subj = {_lemma(t) for t in _children(tok, "nsubj")}
        kinds = (mods | on_what | subj) & lx.BAN_MODIFIERS
        if not kinds and lemma == "ban" and _national_goods(_pobjs(tok, {"on"})) and (
            not _health_context(tok.sent)
        ):
            return "sanction"  # "its ban on Norwegian salmon": an import ban
        if not kinds and lemma == "ban" and any(
            _lemma(o) in lx.SUPPLY_NOUNS and any(t.ent_type_ == "GPE" for t in _pobjs(o, {"to"}))
            for o in _pobjs(tok, {"on"}) + (_pobjs(tok.head, {"on"}) if tok.dep_ == "dobj" else [])
        ) and not _health_context(tok.sent):
            return "sanction"  # "a ban on arms sales to Iran": an embargo on that state
        if lemma in lx.RESTRICTION_NOUNS:
            if lemma == "control" and not mods & {"export", "import"}:
                return None  # "border controls", "arms control"
            kinds &= lx.RESTRICTION_KINDS
            gov = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
            if tok.dep_ in ("ROOT", "appos"):
                # "The US relaxed curbs on ..." with the verb parsed as a modifier.
                gov = next((c for c in _children(tok, "amod") if c.i == tok.i - 1
                            and c.tag_ in ("VBD", "VBN")), None)
            if not kinds and gov is not None and _predicate_lemma(gov) in lx.EASE_PREDICATES and (
                _pobjs(tok, {"on", "against"}) + _pobjs(gov, {"on", "against"})
                and not _health_context(tok.sent)
            ):
                return "sanction"  # "easing restrictions on Cuban remittances"
        if kinds and kinds <= lx.MOVEMENT_BAN_KINDS:
            # A travel ban is a sanction when aimed at people ("visa bans on Nicaraguan
            # officials"); on a whole country, or against an epidemic, it is border policy.
            aimed = _pobjs(tok, {"on", "against", "for"})
            if tok.dep_ in ("dobj", "nsubjpass"):
                aimed += _pobjs(tok.head, {"on", "against"})
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and (
                _lemma(tok.head.head) in lx.PUNISH_VERBS
            ):
                aimed += _children(tok.head.head, "dobj")  # "penalised six officials with"
                # "hit back with entry bans on three lawmakers", "on" hung on the verb
                aimed += _pobjs(tok.head.head, {"on", "against"})
            # "its ban on American group travel to Cuba": a ban on going to a state.
            going_to = [t for o in _pobjs(tok, {"on"}) if _lemma(o) in ("travel", "trip", "flight")
                        for t in _pobjs(o, {"to"}) if t.ent_type_ == "GPE"]
            if going_to and not _health_context(tok.sent):
                return "sanction"
            # "visa bans on Nicaraguan officials", "entry bans on 500 Americans" (a
            # plural demonym names people, not the country).
            people = [t for t in aimed if t.ent_type_ not in ("GPE", "LOC") and (
                t.pos_ != "PROPN" or (t.ent_type_ == "NORP" and t.tag_ == "NNPS"))]
            if people and not _health_context(tok.sent):
                return "sanction"
            return None
        if kinds:
            return "sanction"
    if nounish and lemma == "penalty" and tok.tag_ == "NNS" and (
        mods & lx.NEW_PENALTY_MODIFIERS or (
            tok.dep_ == "pobj" and tok.head.lower_ == "with"
            and _lemma(tok.head.head) in lx.PUNISH_VERBS | {"threaten"}
        )
    ) and not _health_context(tok.sent):
        # Wire copy's synonym for sanctions: "imposed new penalties on Russian banks",
        # "threatened Turkey with penalties". Fines of courts and sports bodies have
        # no state source, which the actor rules require.
        return "sanction"
    if nounish and lemma in lx.MEASURE_NOUNS and mods & lx.MEASURE_MODIFIERS:
        if not mods & (lx.MEASURE_MODIFIERS - {"restrictive"}) and _health_context(tok.sent):
            return None  # "restrictive measures against the virus"
        return "sanction"
    if nounish and lemma in lx.MEASURE_NOUNS and any(
        _lemma(c) == "target" and (c.tag_ == "VBG" or c.dep_ == "relcl")
        for c in _children(tok, "acl", "relcl")
    ) and not _health_context(tok.sent):
        return "sanction"  # "new actions targeting Russia", "measures, which target"
    if nounish and lemma == "measure" and tok.dep_ == "nsubj" and _lemma(tok.head) == "target" and (
        _children(tok.head, "dobj") and not _health_context(tok.sent)
    ):
        return "sanction"  # "New EU measures target Belarusian potash"
    if nounish and lemma == "measure" and tok.dep_ == "dobj" and (
        _predicate_lemma(tok.head) in lx.EASE_PREDICATES
    ) and any(t.ent_type_ == "GPE" or _lemma(t) in STATE_HEADS
              for t in _pobjs(tok, {"on", "against"})) and not _health_context(tok.sent):
        return "sanction"  # "eased measures on the new government", not "on farmers"
    if nounish and lemma == "contact" and mods & {"official", "diplomatic"}:
        return "relation"  # "would boycott all official contact with the United States"
    if nounish and low in ("ties", "relations", "relationship", "relationships"):
        if mods & lx.NON_DIPLOMATIC_RELATION_MODIFIERS:
            return None
        return "relation"
    if nounish and lemma in ("operation", "presence", "activity", "representation") and (
        "diplomatic" in mods
    ):
        return "relation"  # "resumed full diplomatic operations in Syria"
    if nounish and lemma in lx.RIFT_NOUNS and not mods & lx.NON_DIPLOMATIC_RELATION_MODIFIERS:
        return "rift"  # coded only when ended or mended (classify)
    if low in ("d'affaires", "d’affaires"):
        return "envoy"  # "chargé d'affaires"
    if lemma == "counterpart" and nounish and any(
        _lemma(t) in ("ambassador", "envoy", "diplomat") for t in tok.sent if t.i < tok.i
    ):
        # "expelled a Russian diplomat, and Moscow ordered a Latvian counterpart out"
        return "envoy"
    if lemma in lx.ENVOY_NOUNS or low.rstrip("s") in lx.ENVOY_NOUNS:
        base = lemma if lemma in lx.ENVOY_NOUNS else low.rstrip("s")
        if base in lx.ENVOY_NEEDS_EMBASSY and not mods & {
            "embassy", "diplomatic", "consular", "consulate"
        } and not _expelled_state_staff(tok):
            return None
        if base == "commissioner" and "high" not in mods:
            return None  # a high commissioner is a Commonwealth ambassador
        return "envoy"
    if lemma in lx.MISSION_NOUNS or low in ("embassies", "consulates"):
        if lemma == "mission" and "diplomatic" not in mods:
            return None
        return "mission"
    if lemma in ("expulsion", "expulsions") and not _pobjs(tok, {"of"}):
        return "expulsion"
    return None


def _expelled_state_staff(tok: Token) -> bool:
    """ "Italy expels Russian officials": staff of a named state expelled (the verb
    itself says it; "students", "migrants" are not staff, and "the party expelled
    three officials" names no state)."""
    if not (tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) == "expel"
            and tok.head.pos_ == "VERB"):
        return False
    return any(c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound", "poss", "nmod")
               for c in tok.children)


def _quoted_mods(tok: Token) -> set[str]:
    """ "on 'unreliable entity' list": the closing quote read as a possessive ending,
    the quoted modifier as the owner."""
    return {_lemma(c) for c in _children(tok, "poss")
            if any(k.dep_ == "case" and k.text in ("'", "’") for k in c.children)}


def _verb_read_as_subject(tok: Token) -> bool:
    """Headline "Beijing scraps ban on ...": the verb tagged as a plural noun subject and
    the measure noun after it as the main verb."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBP" or tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    return before.head.i == tok.i and before.dep_ in ("nsubj", "aux") and before.tag_ in (
        "NNS", "VBZ") and _predicate_lemma(before) in _PREDICATES


def _compound_read_as_verb(tok: Token) -> bool:
    """ "Visa bans on Nicaraguan judges were extended": the head of a ban compound
    tagged as a verb, though the parse gives it a noun's place and its modifier."""
    if tok.tag_ != "VBZ" or _lemma(tok) not in lx.BAN_NOUNS or tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and (
        before.dep_ == "compound" and before.head.i == tok.i
        and _lemma(before) in lx.BAN_MODIFIERS)


def _stray_co_agents(p: Token, by: list[Token]) -> list[Token]:
    """ "Sanctions by the US, the EU and Britain on Belarus": the names after the first
    agent hung on the measure noun as its conjuncts; only names that follow the agent
    with nothing but commas and "and" between."""
    end = max(t.right_edge.i for t in by)
    out: list[Token] = []
    for c in _children(p, "conj"):
        if c.i <= end or c.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue
        gap = p.doc[end + 1: c.left_edge.i]
        if all(t.text in (",", "and") for t in gap):
            out += [c, *(x for x in c.conjuncts if x.i > c.i)]
        break
    return out


_DEADLINE_VERBS = frozenset({"give", "tell", "order", "urge", "ask", "warn", "set"})


def _deadline_giver(first: Token) -> tuple[list[Token], list[Token]] | None:
    """For the demand of "<given a week by X> to do Y or face sanctions": the agent and
    the addressee of the verb that sets it, or None."""
    if first.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in first.children
    ) or _lemma(first.head) not in _DEADLINE_VERBS:
        return None
    g = first.head
    if _children(g, "auxpass"):
        agents, addressees = _pobjs(g, {"by"}), _children(g, "nsubjpass")
    else:
        agents = _children(g, "nsubj")
        addressees = _children(g, "dative") or [
            o for o in _children(g, "dobj") if o.ent_type_ not in ("DATE", "TIME")]
    if not agents or not addressees:
        return None
    return agents, addressees


def _national_goods(toks: list[Token]) -> list[Token]:
    """Goods named by their country: "Georgian wine", "Japanese seafood"."""
    return [t for t in toks if _lemma(t) in lx.GOODS and any(
        c.dep_ in ("amod", "compound") and c.i < t.i and (
            c.ent_type_ == "NORP" or (c.tag_ == "JJ" and c.text[:1].isupper()))
        for c in t.children)]


def _back_to_post(verb: Token) -> bool:
    """ "went back to his post": an envoy returning to the mission."""
    backs = [c for c in verb.children if c.lower_ == "back"]
    return bool(backs) and any(_lemma(t) == "post" for b in [verb, *backs]
                               for t in _pobjs(b, {"to"}))


def _trade_origins(goods: Token) -> list[Token]:
    """ "imports originating in or transiting through Pakistan": where goods come from."""
    return [t for acl in _children(goods, "acl") for x in [acl, *acl.conjuncts]
            if _lemma(x) in ("originate", "come", "transit")
            for t in _pobjs(x, {"in", "from", "through"})]


def governor(m: Token) -> Token | None:
    """The predicate acting on a measure noun: verb, nominalisation or modifier."""
    if _bearer(m) is not None:
        return None  # "Sanctions-hit Venezuela": "hit" describes the bearer, nobody acts
    misread = _misread_headline_verb(m)
    if misread is not None:
        return misread
    p = _governor(m)
    if p is not None and p.i == m.i - 1 and _lemma(p) == "target" and p.head.i != p.i:
        # "plans targeted sanctions" mis-parsed with "targeted" as the verb.
        return p.head
    return p


def _governor(m: Token) -> Token | None:
    x = m
    while x.dep_ == "conj" and measure_class(x.head):
        x = x.head
    first = x
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i < first.i:
        first = first.head  # "weathered oligarchs, dissidents and sanctions"
    if first is not x and first.dep_ in ("dobj", "pobj", "nsubjpass") and (
        measure_class(x) == "sanction"
    ):
        # "threatened Colombia with tariffs and sanctions": the measure shares the
        # predicate of the noun it is coordinated with.
        return _governor(first)
    if x.dep_ == "pobj" and x.head.lower_ == "of" and _lemma(x.head.head) in (
        lx.QUANTIFIER_NOUNS | lx.DURATION_NOUNS
    ):
        x = x.head.head  # "a raft of sanctions", "ending decades of ties to Taiwan"
    if x.dep_ == "compound" and _lemma(x.head) in lx.CONTAINER_NOUNS:
        x = x.head  # "end the sanctions regime on Eritrea"
    if x.dep_ == "compound" and x.head.lower_ == "home" and x.head.head.pos_ == "VERB":
        return x.head.head  # "ordered its ambassador home", "home" read as the head
    if x.dep_ == "compound" and x.head.lower_ == "general" and measure_class(m) == "mission":
        x = x.head  # "the Estonian consulate general in St Petersburg"
    if x.dep_ in ("dobj", "nsubjpass") and _predicate_lemma(x.head) in _PREDICATES - {
        "face", "risk", "draw", "trigger", "earn"
    } and x.head.pos_ in ("VERB", "AUX"):
        # "agreed to resume relations severed in 2018", "lifted sanctions imposed in
        # 2019": the participle describes the measure's past; the clause's own verb acts.
        return x.head
    for child in list(m.children) + (list(x.children) if x is not m else []):
        # "sanctions imposed by the US", headline "Somalia severs ties".
        if (child.dep_ in ("acl", "relcl", "compound") or (
            # headline "Belarus severs ties with ...": the verb read as the noun's subject
            child.dep_ in ("nsubj", "aux") and child.i == m.i - 1 and m.dep_ == "ROOT"
            and child.tag_ in ("NNS", "VBZ")
        )) and _predicate_lemma(child) in (
            lx.IMPOSE_PREDICATES | lx.EASE_PREDICATES | lx.RESTORE_PREDICATES
            | lx.SEVER_PREDICATES | lx.RECALL_PREDICATES | lx.EXPEL_PREDICATES
            | lx.THREAT_PREDICATES
        ) and child.pos_ != "ADJ" and not (child.i < m.i and _lemma(child) == "target"):
            return child
        if child.dep_ == "amod" and child.i == m.i - 1 and (
            child.tag_ == "VBD" or (m.dep_ in ("ROOT", "appos") and child.lower_.endswith("ed"))
        ) and _predicate_lemma(child) in (
            lx.IMPOSE_PREDICATES | lx.EASE_PREDICATES | lx.THREAT_PREDICATES
        ) - {"target"}:
            # "ECOWAS threatened sanctions", "The US relaxed sanctions": the verb parsed
            # as a modifier of the noun.
            return child
        if child.dep_ == "amod" and child.i == m.i - 1 and child.tag_ == "VBN" and (
            m.dep_ == "dobj" and _lemma(m.head) in ("have", "be")
        ) and _predicate_lemma(child) in _PREDICATES:
            # "Nicaragua has frozen relations with ...": the participle read as a
            # modifier, the auxiliary as the verb.
            return child
        if child.dep_ == "amod" and child.i == m.i - 1 and child.tag_ in ("VBD", "VBN") and (
            m.dep_ == "dobj" and m.head.i == m.sent.start and m.head.pos_ == "VERB"
            and not _children(m.head, "nsubj", "nsubjpass")
        ) and _predicate_lemma(child) in lx.IMPOSE_PREDICATES | lx.EASE_PREDICATES:
            # "ECOWAS imposed sanctions on Niger" with the subject tagged as the verb.
            return child
    if m.dep_ == "ROOT" and m.tag_ == "NNS":
        # Headline "Ottawa eyes travel bans for ...": the verb read as a compound of the
        # measure's own modifier ("eyes" -> "travel" -> "bans").
        for mod in _children(m, "compound"):
            for g in _children(mod, "compound", "nsubj"):
                if g.i == mod.i - 1 == m.i - 2 and g.tag_ == "NNS" and _predicate_lemma(g) in (
                    lx.IMPOSE_PREDICATES | lx.EASE_PREDICATES | lx.THREAT_PREDICATES
                ) and _children(g, "compound", "amod", "nmod"):
                    return g
    if x.dep_ == "nsubj" and _lemma(x.head) == "go" and _back_to_post(x.head) and (
        measure_class(m) == "envoy"
    ):
        return x.head  # "Denmark's ambassador went back to his post"
    if x.dep_ == "nsubj" and _lemma(x.head) in ("stay", "remain") and any(
        _lemma(o) == "place" for o in _pobjs(x.head, {"in"})
    ) and measure_class(m) == "sanction" and x.head.dep_ != "advcl":
        # (not "... as long as EU sanctions remain in place": a condition, background)
        return x.head  # "its sanctions would stay in place until ...": maintained
    if x.dep_ == "nsubj" and measure_class(m) == "mission" and _lemma(x.head) in (
        "close", "shut"
    ) and x.head.dep_ in ("ccomp", "xcomp") and _lemma(x.head.head) == "order":
        return x.head.head  # "ordered the Russian consulate closed"
    if x.dep_ == "nsubj":
        # "Ties resumed in 2019"; otherwise a measure as subject is the agent of some
        # other act ("US sanctions threaten access", "ties break down").
        if _lemma(x.head) == "return" and measure_class(x) == "envoy" and _pobjs(
            x.head, {"to"}
        ) and not {t.lower_ for t in x.sent} & {"consultations", "consultation", "home"}:
            # "Venezuela's ambassador returns to Bogota": back at the post, not recalled.
            return x.head
        if measure_class(m) == "sanction" and _headline_participle(x.head) and (
            _lemma(x.head) in lx.UNNAMED_IMPOSE_VERBS | lx.UNNAMED_EASE_VERBS
        ):
            # headline passive "Sanctions on Russia extended for six months", "Arms
            # embargo on Somalia scrapped"
            return x.head
        return x.head if _lemma(x.head) in ("resume", "reopen") else None
    if x.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "appos"):
        return x.head
    if x.dep_ == "pobj" and x.head.lower_ in ("at", "of", "in") and _lemma(x.head.head) in (
        "operation", "work", "activity"
    ) and measure_class(m) == "mission":
        return _governor(x.head.head)  # "suspended operations at its embassy"
    if x.dep_ == "pobj" and x.head.lower_ == "at" and x.head.head.pos_ == "VERB" and any(
        _lemma(o) in ("operation", "work", "activity") for o in _children(x.head.head, "dobj")
    ) and measure_class(m) == "mission":
        return x.head.head  # the same with "at its embassy" hung on the verb
    if x.dep_ == "pobj" and x.head.lower_ in ("including", "like", "as") and (
        x.head.head.pos_ in ("NOUN", "PROPN") and x.head.head.i != x.i
    ):
        # "warned of consequences including sanctions": the sanctions share the
        # predicate of the noun they exemplify.
        return _governor(x.head.head)
    if x.dep_ == "pobj" and x.head.lower_ == "to" and _lemma(x.head.head) == "give":
        # "give the green light to sanctions": the approval is the predicate.
        nods = [o for o in _children(x.head.head, "dobj")
                if _lemma(o) in ("light", "nod", "approval", "go-ahead")]
        if nods:
            return nods[0]
    if x.dep_ == "pobj":
        prep = x.head
        before = m.doc[prep.i - 1] if prep.i > m.sent.start else prep
        if prep.lower_ == "of" and prep.head.i != before.i and before.lower_ in (
            "warning", "warnings", "threat", "threats", "warned", "threatened"
        ) and before.pos_ in ("NOUN", "VERB"):
            # "... and warning of fresh sanctions" with "of" hung on an earlier noun:
            # the warning right before it governs the measure.
            return before
        if prep.lower_ == "of" and _lemma(prep.head) in lx.ACCREDITATION_NOUNS and (
            prep.head.dep_ in ("dobj", "nsubjpass") and measure_class(m) == "envoy"
        ):
            return prep.head.head  # "revoked the accreditation of a Somali diplomat"
        if prep.lower_ == "at" and _lemma(prep.head) == "hint":
            return prep.head  # "Germany hints at sanctions"
        if prep.lower_ in ("with", "in") and prep.head.dep_ == "dobj" and prep.head.pos_ in (
            "NOUN", "PROPN"
        ) and _lemma(prep.head.head) in lx.PUNISH_VERBS:
            # "targeted Iranian oil exports with fresh sanctions", "targets Iranian drone
            # makers in new sanctions": the phrase hangs on the object, the verb acts
            # with the measure.
            return prep.head.head
        if prep.lower_ in ("in", "with") and _lemma(prep.head) in lx.PUNISH_VERBS and (
            prep.head.pos_ == "VERB"
        ):
            # "Washington targets Chinese firms in new round of sanctions", "hits Moscow
            # with sanctions".
            return prep.head
        if prep.lower_ == "to" and measure_class(m) == "mission":
            # "upgraded its Caracas mission to a full embassy", "to" hung on the object
            # (in headlines also with the verb read as the object's compound)
            ups = [t for t in [prep.head.head] * (prep.head.dep_ == "dobj")
                   + _children(prep.head, "compound")
                   if _predicate_lemma(t) in ("upgrade", "elevate", "raise")]
            if ups:
                return ups[0]
        if prep.lower_ == "off" and _lemma(prep.head) in ("break", "cut", "call"):
            return prep.head  # headline "breaks off diplomatic relations", particle as prep
        if prep.lower_ not in ("of", "with", "on", "for", "to", "by"):
            return None  # "over their ties with Israel" is a reason, not an act
        if prep.lower_ != "with" and _lemma(prep.head) in lx.RESPONSE_VERBS:
            return None  # "respond to the EU's sanctions" is not imposing them
        if prep.lower_ == "for" and _lemma(prep.head) in ("ready", "prepare", "brace",
                                                           "readying", "wait"):
            return None  # "Russia is readying for new sanctions": expecting them
        if prep.lower_ == "of" and prep.head.dep_ == "dobj" and (
            _lemma(prep.head.head) in lx.THREAT_PREDICATES
        ):
            return prep.head.head  # "warned Georgia of sanctions"
        return prep.head if prep.head.i != prep.i else None
    if x.dep_ in ("compound", "npadvmod", "amod", "nmod"):
        return x.head
    if x.dep_ == "ROOT":
        return None
    return x.head


def _headline_participle(v: Token) -> bool:
    """A headline's bare participle read as the past tense ("Sanctions on Iran renewed
    for a year"): the sentence's root with no object, auxiliary or clause, no full stop."""
    return v.tag_ in ("VBD", "VBN") and v.dep_ == "ROOT" and not _children(
        v, "dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "prt"
    ) and not v.sent.text.rstrip().endswith(".")


_PREDICATES = (lx.IMPOSE_PREDICATES | lx.EASE_PREDICATES | lx.RESTORE_PREDICATES
               | lx.SEVER_PREDICATES | lx.THREAT_PREDICATES)


def _predicate_lemma(p: Token) -> str:
    """Lemma of a predicate, joining a hyphenated prefix the tokenizer split off:
    "re-established" arrives as "re", "-", "established"."""
    doc = p.doc
    if p.lower_ in ("-", "re") and p.i + 2 < len(doc):
        start = p.i if p.lower_ == "re" else p.i - 1
        if start >= 0 and doc[start].lower_ == "re" and doc[start + 1].text == "-":
            stem = _lemma(doc[start + 2])
            for cand in (stem, stem[:-2], stem[:-1]):  # "established", "imposed"
                if "re" + cand in _PREDICATES:
                    return "re" + cand
            return "re" + stem
    lemma = _lemma(p)
    if p.tag_ == "NNS" and lemma not in _PREDICATES and p.lower_[:-1] in _PREDICATES:
        # A headline verb tagged as a plural noun and lemmatised as one: "Treasury
        # Waives Sanctions" gives "waif".
        return p.lower_[:-1]
    if p.tag_ in ("NN", "NNS") and lemma.endswith("ing") and lemma not in _PREDICATES:
        # A participle tagged as a noun: "a decree slapping sanctions on ...".
        stem = lemma[:-3]
        for cand in (stem, stem[:-1], stem + "e"):
            if cand in _PREDICATES:
                return cand
    if p.pos_ == "ADJ" and lemma.endswith("ed") and lemma not in _PREDICATES:
        # A past participle tagged as an adjective: "relaxed", "eased", "lifted".
        for cand in (lemma[:-1], lemma[:-2], lemma[:-3]):
            if cand in _PREDICATES:
                return cand
    return lemma


def _verb_base(tok: Token) -> str:
    """The lemma, or the base of a third-person verb the tagger read as another part of
    speech ("North Korea Voices Support": "voices" as an auxiliary)."""
    lemma = _lemma(tok)
    if lemma in lx.SUPPORT_NOUN_PREDICATES:
        return lemma
    low = tok.lower_
    for cut in ("es", "s"):
        if low.endswith(cut) and low[: -len(cut)] in lx.SUPPORT_NOUN_PREDICATES:
            return low[: -len(cut)]
    return lemma


def _ruled_out(p: Token) -> bool:
    return _lemma(p) == "rule" and any(c.lower_ == "out" for c in p.children)


def _to_each_other(m: Token, p: Token) -> bool:
    """ "ambassadors to each other's capitals": envoys sent both ways ("to" hung on the
    envoys or on the verb)."""
    return any(c.dep_ == "poss" and c.lower_ == "other" and any(
        d.lower_ == "each" for d in c.children)
        for t in _pobjs(m, {"to"}) + _pobjs(p, {"to"}) for c in t.children)


def classify(cls: str, p: Token | None, m: Token) -> str | None:
    if p is None:
        return None
    lemma = _predicate_lemma(p)
    low = p.lower_
    if cls == "sanction":
        if _ruled_out(p):
            # "has not ruled out sanctions" keeps them on the table: a threat; "ruled out
            # sanctions" denies a plan of them (impose, negated by the modality cues).
            return "threaten_sanctions" if _children(p, "neg") else "impose_sanctions"
        if lemma in lx.EASE_PREDICATES or lemma == "relief" or (
            lemma == "roll" and any(c.lower_ == "back" for c in p.children)
        ):
            return "ease_sanctions"  # "rolled back sanctions" (not "rolled out")
        if _enacted(p):
            return "impose_sanctions"  # "signed the sanctions bill into law"
        if lemma in ("stay", "remain"):
            return "impose_sanctions"  # kept in place (governor): maintained
        if lemma in lx.THREAT_PREDICATES:
            return "threaten_sanctions"
        if lemma in lx.IMPOSE_PREDICATES:
            return "impose_sanctions"
        return None
    if cls == "rift":
        # "patched up their diplomatic spat", "ended the diplomatic row": relations
        # restored; a trade dispute, a border row or a clubs' feud settled is not.
        if lemma in lx.RIFT_ENDING and "diplomatic" in _mod_lemmas(m):
            return "restore_relations"
        return None
    if cls == "relation":
        if lemma in lx.RESTORE_PREDICATES:
            return "restore_relations"
        if lemma == "forge" and "diplomatic" in _mod_lemmas(m) and not (
            _mod_lemmas(m) & lx.CLOSER_MODIFIERS
        ):
            return "restore_relations"  # "forging diplomatic relations": establishing them
        if lemma in lx.SEVER_PREDICATES and lemma not in ("close", "shut", "shutter"):
            return "sever_relations"
        return None
    if cls == "envoy":
        subtree = {t.lower_ for t in p.subtree}
        if lemma in ("order", "tell", "ask", "instruct", "call") and subtree & {
            "consultation", "consultations"
        } and m.dep_ == "nsubjpass":
            # "South Africa's high commissioner was told to return for consultations":
            # only the envoy's own state calls it home for consultations.
            return "recall_envoy"
        if lemma in lx.ACCREDITATION_REVOKERS and any(
            _lemma(t) in lx.ACCREDITATION_NOUNS for t in p.subtree
        ):
            # "revoked the accreditation of two Polish diplomats", "stripped the envoy of
            # his accreditation": the host state ends their posting (before "withdraw",
            # which recalls one's own envoy).
            return "expel_diplomats"
        if lemma in ("recall", "withdraw", "pull", "recalling", "withdrawal", "yank") or (
            lemma in ("bring", "call", "summon", "order") and subtree & {"home", "back"}
            and not subtree & {"leave", "depart"}
        ):
            return "recall_envoy"
        if lemma in ("expel", "eject", "oust", "deport", "boot", "expulsion", "ouster",
                     "ejection") or low.startswith("expel"):
            return "expel_diplomats"
        if lemma in ("throw", "kick") and subtree & {"out"}:
            return "expel_diplomats"
        if lemma in _STAFF_CAP_VERBS and m.dep_ in ("dobj", "nsubjpass"):
            # "Czechs cap Russian embassy staff": a host cutting another state's staff
            # expels them (``_from_measure`` keeps it only with that state named).
            return "expel_diplomats"
        if lemma in ("order", "give", "tell", "send", "ask", "instruct") and subtree & {
            "leave", "home", "depart", "out", "quit", "exit", "packing", "pack"
        }:
            return "expel_diplomats"
        if lemma == "declare" and {"grata", "gratae"} & {t.lower_ for t in p.sent}:
            return "expel_diplomats"
        if lemma in ("exchange", "swap", "return", "restore", "reinstate") or (
            lemma == "send" and "back" in subtree
        ) or (lemma == "go" and _back_to_post(p)):
            return "restore_relations"  # "sent its ambassador back to Damascus"
        if lemma in ("name", "appoint", "nominate", "accredit") and (_RENEWAL.search(
            p.sent.text
        ) or _to_each_other(m, p)):
            # "named an ambassador to Israel for the first time in four years", or
            # "appointed ambassadors to each other's capitals" (an exchange); a routine
            # appointment is no event.
            return "restore_relations"
        return None
    if cls == "mission":
        if lemma in ("open", "reopen", "reopening", "opening", "restore"):
            if _TEMPORARY_CLOSURE.search(p.sent.text):
                return None  # "reopened after being closed for the Easter holiday"
            return "restore_relations"
        if lemma in ("upgrade", "upgrading", "elevate", "raise") and m.dep_ == "pobj" and (
            m.head.lower_ == "to"
        ):
            return "restore_relations"  # "upgrade liaison offices to full embassies"
        if lemma in ("close", "shut", "shutter", "closure", "closing", "shutdown", "downgrade"):
            if _TEMPORARY_CLOSURE.search(p.sent.text):
                return None  # "was closed for the weekend"
            return "close_mission"
        if lemma in ("suspend", "suspension", "halt", "cease") and m.dep_ == "pobj":
            return "close_mission"  # "suspended operations at its embassy in Tehran"
        if lemma in ("order", "tell", "force") and {t.lower_ for t in p.subtree} & {
            "close", "shut", "closed"
        } and not _TEMPORARY_CLOSURE.search(p.sent.text):  # "ordered closed for the holiday"
            return "close_mission"  # "ordered the Russian consulate in Klaipeda to close"
        if lemma in ("order", "tell", "force") and any(
            _lemma(x) in lx.HALT_VERBS | {"cease"} and any(
                _lemma(o) in ("operation", "activity", "work") for o in _children(x, "dobj"))
            for x in _children(p, "xcomp")
        ):
            # "forced the Chinese consulate in Houston to cease operations": to close it
            return "close_mission"
        if lemma in ("order", "tell", "force") and m.dep_ == "dobj" and not any(
            c.dep_ == "poss" for c in m.children
        ) and any(_lemma(x) in lx.STAFF_CUT_VERBS and any(
            _lemma(o) in lx.STAFF_NOUNS for o in _children(x, "dobj"))
            for x in _children(p, "xcomp")
        ):
            # "ordered the US embassy to cut its staff by 755": the host sends the other
            # state's diplomats home (the classify caller makes it an expulsion when the
            # mission is another state's).
            return "close_mission"
        return None
    if cls == "expulsion":
        return "expel_diplomats"
    return None


# ---------------------------------------------------------------------------------------
# modality
# ---------------------------------------------------------------------------------------


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


def _enacted(node: Token) -> bool:
    """ "adopted a resolution for tougher sanctions", "signed the sanctions bill into law"."""
    return node.pos_ == "NOUN" and _lemma(node) in lx.PROPOSAL_NOUNS and _lemma(node.head) in (
        "adopt", "pass", "approve", "sign", "enact", "vote"
    ) and not _children(node.head, "aux", "neg")


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
    if bid is None or bid.dep_ not in ("dobj", "nsubjpass"):
        return None
    return bid if _lemma(bid.head) in _REJECT_VERBS and bid.head.pos_ == "VERB" else None


def _bid_owners(bid: Token) -> list[Token]:
    return [c for c in bid.children if c.dep_ in ("poss", "compound", "amod")] + _pobjs(
        bid, {"from", "by"})


_URGE_VERBS = frozenset({"push", "press", "lobby", "call", "campaign", "urge", "appeal"})


def _urged_third_party(pred: Token) -> bool:
    """ "pushed for Serbia to recognise Kosovo": the act is one the subject of the main
    verb asks another state for, not one done."""
    if pred.dep_ not in ("advcl", "xcomp", "ccomp") or _lemma(pred.head) not in _URGE_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children) and (
        _children(pred, "nsubj")
    ):
        return True
    # "pushed for Morocco to restore ties": the urged state hung on the verb above
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and any(
        t.i < pred.i and t.ent_type_ in ("GPE", "ORG", "NORP") for t in _pobjs(pred.head, {"for"}))


def _chain(tok: Token) -> list[tuple[Token, str]]:
    """Ancestors of `tok` with the dependency that links the child below to each."""
    out = []
    node = tok
    while node.head.i != node.i and node.dep_ in _VERBAL_LINKS:
        out.append((node.head, node.dep_))
        node = node.head
    return out


_RENEWAL = re.compile(
    r"\b(?:first|again|since|restor\w*|resum\w*|normali[sz]\w*|reconcil\w*|rapprochement"
    r"|thaw|re-?establish\w*|after\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?|gap|break|rift|hiatus))\b",
    re.IGNORECASE,
)
# Closures that say nothing about relations.
_TEMPORARY_CLOSURE = re.compile(
    r"\b(?:holidays?|maintenance|renovations?|repairs|weekend)\b", re.IGNORECASE
)
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


def _first_of_kind(node: Token) -> bool:
    """ "named its first ambassador to Iraq since 1990": a date that makes the act new."""
    return any(c.dep_ == "amod" and c.lower_ == "first"
               for o in _children(node, "dobj", "nsubjpass") for c in o.children)


def _past_dated(node: Token) -> bool:
    """A past-tense act dated to an earlier year: "cut ties with Qatar in 2017"."""
    words = [t.lower_ for t in node.subtree]
    if "ago" in words and any(w in ("years", "decades") for w in words):
        return True  # "the first Arab country to recognize Israel 40 years ago"
    if not _past_form(node) or _first_of_kind(node):
        return False
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "since"):
            if any(_PAST_DATE.match(t.text) for t in prep.subtree):
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


_HEADLINE_EXPEL_FORMS = frozenset({"expel", "expels"})
# Headline verbs over an envoy that the parser reads as the envoy's modifier: "Lula
# withdraws ambassador to Israel ...", "Bahrain Returns Ambassador to Beirut".
_HEADLINE_ENVOY_FORMS = _HEADLINE_EXPEL_FORMS | frozenset(
    {"recall", "recalls", "withdraw", "withdraws", "return", "returns"})
# Given a deadline to do these to a mission ("72 hours to vacate the consulate").
_VACATE_VERBS = frozenset({"vacate", "leave", "close", "shut", "quit", "evacuate"})
# A host limiting a foreign mission's staff ("cap Russian embassy staff").
_STAFF_CAP_VERBS = frozenset({"cap", "cut", "reduce", "limit", "slash", "shrink", "trim"})
# Finite forms of an order to leave ("orders ... diplomats to leave"), not the noun "order".
_ORDER_FORMS = frozenset({"orders", "ordered", "order", "tells", "told", "tell"})


def _misread_headline_verb(m: Token) -> Token | None:
    """Headline "Poland, Baltic states expel Russian diplomats": the verb read as an
    adjective of the envoys, the subjects as a list of names in front of it."""
    if _lemma(m) not in lx.ENVOY_NOUNS:
        return None
    for c in _children(m, "amod"):
        if c.lower_ in _HEADLINE_EXPEL_FORMS and c.i < m.i and c.i > m.sent.start:
            return c
    if m.dep_ == "ROOT":
        # (only right before the envoy, with no article: a headline's verb and object)
        for c in _children(m, "amod", "compound"):
            if c.lower_ in _HEADLINE_ENVOY_FORMS and c.i == m.i - 1 and c.i > m.sent.start:
                return c
    return None


def _bearer(m: Token) -> Token | None:
    """ "Sanctions-hit Venezuela", "US embargo-stricken Cuba": the noun that the
    hyphened participle after measure `m` modifies, which lives under the measure."""
    doc = m.doc
    if m.i + 2 >= len(doc) or doc[m.i + 1].text != "-":
        return None
    part = doc[m.i + 2]
    if part.lower_ not in lx.BEARER_PARTICIPLES:
        return None
    for noun in (part.head, m.head):
        if noun.i > part.i and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return None


def _reaction_verb(x: Token) -> Token | None:
    """The verb reacting to measure phrase `x`: "Iran condemned the new US sanctions",
    "China responded to US sanctions", "Russia hit back at Japanese sanctions"."""
    head = x.head
    if x.dep_ == "dobj" and head.pos_ == "VERB" and _lemma(head) in lx.REACTION_VERBS - {
        "respond", "retaliate", "react", "hit"  # these react through a preposition
    }:
        return head
    if x.dep_ != "pobj" or head.lower_ not in lx.REACTION_PREPS or head.head.pos_ != "VERB":
        return None
    verb = head.head
    if _lemma(verb) not in lx.REACTION_VERBS:
        return None
    if _lemma(verb) == "hit" and not any(c.lower_ == "back" for c in verb.children):
        return None  # "hits Moscow at ..." is an imposition's verb, not a reaction
    return verb


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
    if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        cues.hypothetical = cues.speculative = True
    nodes = [(pred, "self"), *_chain(pred)]
    if measure is not None:
        if any(c.lower_ == "no" for c in measure.children if c.dep_ == "det"):
            cues.negated = True
        mods = _mod_lemmas(measure)
        if mods & lx.REFERENCE_MODIFIERS and not mods & lx.NEW_MODIFIERS:
            cues.reference = True
    crossed_report = False
    relative = False
    if pred.dep_ in ("advcl", "xcomp", "acl") and any(
        _lemma(c) in lx.PROPOSAL_NOUNS and not _enacted(c) for c in _children(pred.head, "dobj")
    ):
        cues.sanction_threat = True
    below: Token | None = None
    for node, link in nodes:
        lemma = _lemma(node)
        own = node is pred
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
        ) and _children(node, "dobj"):
            link = "xcomp"  # "pressed the bloc to blacklist ...", parsed as an adverbial
        below = node
        if link == "advcl" and lemma in ("prepare", "brace", "wait") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in nodes[0][0].children
        ):
            cues.hypothetical = cues.speculative = True  # "preparing for Beijing to close"
        if link in ("conj", "advcl"):
            # A first conjunct's modal verbs and negation are its own; a main clause
            # says nothing of the mode of an "after ..." clause below it.
            break
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
            if lemma in lx.SANCTION_THREAT_CUES:
                cues.sanction_threat = True
            break
        hesitant = not own and lemma == "hesitate" and bool(_children(node, "neg"))
        if hesitant:
            cues.threat = True  # "we will not hesitate to impose sanctions"
        for child in node.children:
            if child.dep_ == "neg" and not crossed_report and not (own and _ruled_out(node)) and (
                not hesitant
            ):
                cues.negated = True
                cues.refused = cues.refused or own  # "would not ease sanctions until"
            if child.dep_ == "det" and child.lower_ == "no" and not own and node.pos_ == "NOUN":
                cues.negated = True  # "no plans to", "no intention of"
                # "there was no question of lifting its ban": the measure stands
                cues.refused = cues.refused or lemma == "question"
            if child.dep_ == "aux" and child.lower_ in lx.FUTURE_MODALS and not crossed_report:
                cues.future = True
            if child.dep_ == "aux" and child.lower_ in lx.WEAK_MODALS and not crossed_report:
                cues.hypothetical = True
            if child.dep_ == "mark" and child.lower_ in lx.CONDITIONAL_MARKS and (
                node.dep_ in ("advcl", "ccomp") or child.lower_ == "whether"
            ):
                cues.hypothetical = True
                if child.lower_ == "whether":
                    cues.speculative = True
            if child.dep_ == "nsubj" and (_lemma(child) in lx.OBSERVER_HEADS or (
                _lemma(child) in lx.MARKET_OBSERVER_HEADS and lemma in lx.GUESS_VERBS
            )):
                cues.hypothetical = cues.speculative = True
            if child.dep_ == "advcl" and not crossed_report and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in child.children
            ):
                cues.conditional = True  # the source's own condition: "would ... if"
        if not own:
            if lemma in lx.NEGATING_CUES and (
                lemma != "rule" or any(c.lower_ == "out" for c in node.children)
            ):
                cues.negated = True
                cues.refused = cues.refused or lemma in ("refuse", "reject", "decline", "veto",
                                                         "block", "oppose", "resist", "rule")
            if lemma in lx.SPECULATION_CUES:
                cues.hypothetical = cues.speculative = True
            if lemma in lx.ABANDON_VERBS and prev_dep == "dobj" and any(
                c.dep_ == "dobj" and _lemma(c) in lx.ABANDONED_PLANS
                and (c.i == pred.i or c.is_ancestor(pred)) for c in node.children
            ):
                cues.negated = True  # "scrapped plans to sanction ...": the plan is given up
            if lemma in ("prepare", "brace", "wait") and prev_dep in ("pcomp", "pobj", "prep",
                                                                        "advcl"):
                cues.hypothetical = cues.speculative = True  # "preparing for Beijing to close"
            if lemma in lx.THREAT_CUES:
                cues.threat = True
            if lemma in lx.SANCTION_THREAT_CUES and prev_dep in (
                "xcomp", "dobj", "pobj", "prep", "acl", "acomp"
            ) and not _enacted(node):
                cues.sanction_threat = True
            if lemma in lx.STOP_CUES and prev_dep in ("xcomp", "dobj", "pcomp"):
                cues.stopped = True
            if lemma in lx.APPEAL_CUES and not cues.speculative and (
                (prev_dep == "xcomp" and _children(node, "dobj", "dative"))
                or prev_dep == "ccomp" or (prev_dep == "pobj" and lemma == "call")
                or (prev_dep == "prep" and node.pos_ == "NOUN"
                    and lemma in ("call", "demand", "request", "appeal", "plea"))
                or (prev_dep == "dobj" and lemma in ("demand", "request"))
            ):
                cues.appeal = cues.appeal or node
            if lemma in lx.INTENT_CUES and lemma not in lx.DECISION_CUES and prev_dep in (
                "xcomp", "acl", "pobj", "prep", "dobj", "compound", "relcl", "acomp"
            ):
                cues.intent = True
            if lemma in ("question",) and any(c.lower_ == "out" for c in node.head.children):
                cues.negated = True
            if lemma in ("say", "tell", "report", "announce", "state", "add", "claim"):
                crossed_report = True
        if own and _ruled_out(node) and not _children(node, "neg"):
            cues.negated = True  # "ruled out new sanctions"
        if lemma in ("maintain", "keep", "retain") and not relative:
            # Keeping a measure is the news, also when announced with "will".
            cues.maintained = True
        if lemma in ("remain", "stay") and not relative and node.dep_ != "advcl" and not (
            _children(node, "mark")  # "as long as EU sanctions remain in place": a condition
        ) and (
            _pobjs(node, {"under"}) or any(_lemma(o) in ("place", "force", "effect")
                                           for o in _pobjs(node, {"in"}))
        ):
            # "its sanctions would remain in place", "will remain under an asset freeze":
            # the measure is kept, which is the act.
            cues.maintained = True
        if own and not _first_of_kind(node) and (_pobjs(node, {"since"}) or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        )):
            cues.reference = True
        if own and _past_dated(node):
            cues.reference = True
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
    # "out of the question"
    for tok in sent:
        if tok.lower_ == "question" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out":
            cues.negated = cues.refused = True
    return cues


_COOPERATIVE = frozenset({"restore_relations", "ease_sanctions", "express_support"})


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


# ---------------------------------------------------------------------------------------
# the sentence coder
# ---------------------------------------------------------------------------------------


class SentenceCoder:
    """Finds candidates in one sentence; the resolver carries state across sentences."""

    def __init__(self, resolver: ActorResolver) -> None:
        self.res = resolver
        self.rejected: set[int] = set()  # agent tokens dropped as non-state actors

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
            if p.dep_ in ("dobj", "nsubjpass", "attr", "appos", "conj", "compound"):
                return self.agent_tokens(p.head, depth + 1)
            if p.dep_ == "pobj":
                if p.head.lower_ in _SEPARATING_PREPS:
                    return []  # "expressed solidarity ... after the sanctions announcement"
                return self.agent_tokens(p.head.head, depth + 1)
            if p.dep_ in ("nsubj", "ROOT"):
                return []
            return self.agent_tokens(p.head, depth + 1) if p.head.i != p.i else []
        subj = [c for c in _children(p, "nsubj") if not in_dateline(c)]
        if subj:
            s = subj[0]
            if s.tag_ in ("WDT", "WP") and p.dep_ == "relcl":
                return [p.head]
            # Headline "Chile, Colombia Recall Envoys": the first name hangs loose.
            listed = [c for c in p.children if c.dep_ in ("npadvmod", "dep", "appos", "nsubj")
                      and c.i < s.i and c.ent_type_ in ("GPE", "NORP", "ORG")
                      and c.right_edge.i + 2 == s.left_edge.i
                      and p.doc[c.right_edge.i + 1].text == ","]
            return listed + [s]
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
        if p.dep_ == "pcomp" and p.head.lower_ == "for" and _lemma(p.head.head) in lx.PRAISE_VERBS:
            # "thanking Budapest for standing by Tbilisi": the object did it.
            return _children(p.head.head, "dobj")
        if not agent and _children(p, "auxpass"):
            # "was ordered to leave by Nigeria": the parser hangs the agent lower.
            agent = [t for x in _children(p, "xcomp") for t in _pobjs(x, {"by"})]
        if not agent and _children(p, "auxpass"):
            # "Sanctions were imposed on eight Iranian officials by Australia": the
            # by-phrase hung on the target; only a named state or body is an agent.
            agent = [t for o in _pobjs(p, {"on", "against", "to", "from"})
                     for t in _pobjs(o, {"by"}) if t.ent_type_ in ("GPE", "ORG", "NORP")]
        if agent:
            return agent
        if p.dep_ == "relcl":
            return [p.head]
        if p.dep_ == "acl":
            poss = _children(p.head, "poss")
            if not poss and _lemma(p.head) in lx.INTENT_CUES:
                # "US decision to lift sanctions": the state naming the decision acts.
                poss = [c for c in _children(p.head, "compound")
                        if self.res.resolve(c, allow_unknown=False)]
            if poss:
                return poss
            return self.agent_tokens(p.head, depth + 1)
        if p.dep_ == "advcl" and _children(p, "auxpass") and _children(
            p, "nsubjpass"
        ):
            # "... has doubled since UN sanctions on Iraq were lifted": a passive clause
            # with its own subject is not done by the clause above it.
            return []
        if p.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "dep", "prep", "acomp"):
            # "acomp": "Washington was ready to unfreeze ...", the copula's subject
            return self.agent_tokens(p.head, depth + 1)
        if p.dep_ == "pobj":
            return self.agent_tokens(p.head.head, depth + 1)
        if p.dep_ in ("dobj", "nsubjpass", "attr", "compound", "amod", "npadvmod"):
            return self.agent_tokens(p.head, depth + 1)
        return []

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
            if not found and _lemma(t) in lx.NON_STATE_ACTOR_HEADS:
                self.rejected.add(t.i)  # "a city in the Netherlands": no fallback either
            for a in found:
                if not_state_actor(a, t):
                    self.rejected.add(t.i)
                    continue
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def mentions(self, sent: Span) -> list[Actor]:
        """Every state or organisation named in the sentence, in order (for fallbacks)."""
        out: list[Actor] = []
        covered: set[int] = set()
        for ent in sent.ents:
            if in_dateline(ent.root):
                continue
            hit = self.res._span_lookup(list(ent))
            if hit:
                out.append(ActorResolver.make(hit[0], hit[1], ent.root.i, "fallback"))
                covered.update(range(ent.start, ent.end))
        for tok in sent:
            if tok.i in covered or not tok.text[:1].isupper() or in_dateline(tok):
                continue
            code = self.res.lookup(tok.text)
            if code:
                out.append(ActorResolver.make(code, [tok], tok.i, "fallback"))
        return sorted(out, key=lambda a: a.head)

    # --- triggers -----------------------------------------------------------------------

    def code(self, sent: Span) -> list[Candidate]:
        cands: list[Candidate] = []
        for tok in sent:
            lemma = _lemma(tok)
            cls = measure_class(tok)
            if cls:
                cands.extend(self._from_measure(tok, cls))
            elif lemma in lx.SANCTION_VERBS and (tok.pos_ == "VERB" or _is_infinitive(tok)):
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
            elif tok.lower_ in ("favour", "favor") and tok.dep_ == "pobj":
                cands.extend(self._support_noun(tok))  # "came out in favour of Pakistan's"
            elif lemma in ("defence", "defense") and tok.pos_ == "NOUN":
                cands.extend(self._to_defence(tok))
            elif lemma in lx.RECOGNISE_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_recognise(tok))
            elif (lemma in lx.QUIT_VERBS or (lemma == "pull" and any(
                c.lower_ == "out" for c in tok.children))) and tok.pos_ == "VERB":
                cands.extend(self._from_quit(tok))
            elif lemma in ("withdrawal", "exit", "departure", "pullout") and tok.pos_ == "NOUN":
                cands.extend(self._from_quit(tok))
            elif lemma in ("side",) and tok.pos_ == "VERB":
                cands.extend(self._from_stand_by(tok))
            elif lemma == "list" and tok.pos_ in ("NOUN", "PROPN") and (
                _mod_lemmas(tok) | {_lemma(t) for o in _pobjs(tok, {"of"}) for t in o.subtree}
                | _quoted_mods(tok)
            ) & lx.LIST_KINDS:
                cands.extend(self._sanctions_list(tok))
            elif lemma in ("ban", "prohibit", "bar") and tok.pos_ == "VERB":
                cands.extend(self._from_ban_verb(tok))
            elif lemma in ("block", "restrict", "curb") and tok.pos_ == "VERB" and any(
                _lemma(o) in lx.BAN_VERB_OBJECTS | {"visa"} for o in _children(tok, "dobj")
            ) and blocks_trade(sent.text):  # "Washington blocks exports to Chinese firms"
                cands.extend(self._from_ban_verb(tok))
            elif lemma in lx.HALT_VERBS and (tok.pos_ == "VERB" or (
                tok.tag_ == "NNS" and _children(tok, "dobj"))) and halts_trade(sent.text):
                # "Turkey halts all trade with Israel" (a headline verb may be read as a
                # plural noun with an object).
                cands.extend(self._from_halt_verb(tok))
            elif lemma in ("freezing", "unfreezing") and tok.pos_ == "NOUN":
                cands.extend(self._from_freeze_verb(tok))  # "the freezing of ... by Washington"
            elif lemma in ("freeze", "unfreeze", "unfroze", "seize", "unblock", "release") and (
                tok.pos_ == "VERB" or (tok.lower_ in ("froze", "unfroze") and tok.dep_ == "ROOT")
            ):  # "The US unfroze Afghan assets" with the verb tagged as an adjective
                cands.extend(self._from_freeze_verb(tok))
            elif lemma in ("licence", "license", "waiver", "exemption") and tok.pos_ == "NOUN":
                cands.extend(self._from_licence(tok))
            elif lemma == "designate" and tok.pos_ == "VERB" or (
                lemma == "list" and tok.pos_ == "VERB" and lists_parties(sent.text)
            ):  # "EU lists Rwandan army commanders"
                cands.extend(self._from_designate(tok))
            elif lemma == "exempt" and tok.pos_ == "VERB":
                cands.extend(self._from_exempt(tok))
            elif lemma in lx.DROP_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_drop_recognition(tok))
            elif lemma == "stand" and tok.pos_ == "VERB":
                cands.extend(self._from_stand_by(tok))
            elif lemma == "throw" and tok.pos_ == "VERB" and any(
                _lemma(o) == "weight" for o in _children(tok, "dobj")
            ):
                cands.extend(self._from_stand_by(tok))  # "threw its weight behind Seoul"
            if lemma in ("designation", "blacklisting", "removal", "delisting") and (
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
            if lemma == "order" and tok.pos_ == "VERB":
                cands.extend(self._ordered_shut(tok))  # "ordered it shut"
            if lemma == "order" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (
                tok.head.lower_ == "after" and _children(tok, "poss")
            ):  # "American diplomats leave Chengdu consulate after Beijing's order"
                left = self._left_after_expulsion(tok, self.resolve_all(_children(tok, "poss")))
                cands.extend([left] if left is not None else [])
            if tok.lower_ in ("grata", "gratae"):  # "personae non gratae" of several
                cands.extend(self._persona_non_grata(tok))
            if lemma in ("recognition", "allegiance", "tie", "relation") and tok.pos_ in (
                "NOUN", "PROPN"
            ):  # "Recognition of Kosovo has been withdrawn", read as a name at the start
                cands.extend(self._recognition_switch(tok))
            if lemma == "switch" and tok.pos_ == "VERB" and not _children(tok, "dobj"):
                cands.extend(self._switch_sides(tok))
            if lemma == "backer" and tok.pos_ == "NOUN":
                cands.extend(self._backer_of(tok))
            if tok.lower_ == "behind" and tok.i > sent.start and firmly_behind(sent.text):
                cands.extend(self._firmly_behind(tok))
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

    @staticmethod
    def _undone_act(cands: list[Candidate]) -> list[Candidate]:
        """ "restoring relations with Kenya, five months after cutting them",
        "restore relations, which were severed last year": the break the restoration
        ends is background (reference) between the same states; so is the measure
        an easing lifts when the easer "imposed" it."""
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
        for cand in cands:
            # "lifting a ban it imposed in 2023": the measure lifted, by the same state.
            if cand.event_type != "ease_sanctions" or not cand.sources or not cand.targets:
                continue
            measures = {cand.trigger, *_children(cand.predicate, "dobj")}
            for v in [r for m in sorted(measures) for r in _children(m, "relcl")]:
                if _lemma(v) in ("impose", "introduce", "slap") and any(
                    s.lower_ in ("it", "they") for s in _children(v, "nsubj")
                ):
                    out.append(Candidate("impose_sanctions", v, v, list(cand.sources),
                                         list(cand.targets), "reference",
                                         confidence=cand.confidence - 0.1))
                    break
        return out

    def _responses(self, sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """ "Hungary expelled two Ukrainian diplomats, and Kyiv retaliated in kind": the
        same act back at the first actor; "... and Colombia followed suit": the same act
        at the same target."""
        out: list[Candidate] = []
        for v in sent:
            if v.pos_ != "VERB":
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
            if _lemma(v) in lx.RESPONSE_VERBS | {"reply", "reciprocate"} and (
                "kind" in words or _lemma(v) == "reciprocate"
            ):
                mirror = True
            elif _lemma(v) == "follow" and any(_lemma(o) == "suit" for o in _children(v, "dobj")):
                mirror = False
            else:
                continue
            # The act answered may follow the verb; the answer is the responder's own.
            before = [c for c in cands if (c.trigger.i < v.i or c.trigger.i in answered)
                      and c.sources and c.event_type in _TIT_FOR_TAT]
            if not before:
                continue
            first = before[-1]
            subj = self._responder(v) if first.trigger.i in answered else [
                c for c in _children(v, "nsubj") if not in_dateline(c)]
            prev = v.doc[v.i - 1] if v.i > sent.start else v
            if not subj and prev.pos_ == "PROPN" and prev.dep_ == "conj":
                subj = [prev]  # "Algeria expels French staff and Paris responds in kind"
            responders = [a for a in self.resolve_all(subj)
                          if all(a.code != s.code for s in first.sources)]
            targets = first.sources if mirror else first.targets
            if responders and targets:
                cand = Candidate(first.event_type, v, v, responders, list(targets),
                                 confidence=0.8)
                cand.notes.add("no_fallback")
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
            if n.pos_ != "NOUN" or _lemma(n) not in lx.ACT_NOUNS or not (
                _mod_lemmas(n) & lx.SAME_KIND_MODIFIERS
            ) or not (_in_reason(n) or any(_lemma(a) in lx.RESPONSE_NOUNS
                                           for a in n.ancestors)):
                continue
            doers = self.resolve_all(_pobjs(n, {"by"}))
            acts = [c for c in cands if c.event_type in _TIT_FOR_TAT and c.sources
                    and c.targets and c.trigger.i < n.i and c.trigger.i != n.i
                    and all(a.code not in {d.code for d in doers} for a in c.sources)]
            if not doers or not acts:
                continue
            first = acts[-1]
            mirror = {d.code for d in doers} & {t.code for t in first.targets}
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

    def _targets_sanction(self, m: Token, x: Token | None, p: Token | None) -> list[Token]:
        preps = {"on", "against", "to", "toward", "towards", "at", "targeting", "over"}
        heads = [t for t in (m, x, p) if t is not None]
        toks: list[Token] = []
        for h in heads:
            # "at" aims only from the measure itself: "proposed sanctions ... at a meeting
            # of EU ministers" names a venue.
            at = {"at"} if h is not p or _lemma(h) in ("aim", "direct") else set()
            toks.extend(t for t in _pobjs(h, preps - {"over", "at"} | at)
                        if not (t.head.lower_ == "at" and _lemma(t) in lx.VENUE_NOUNS))
            for acl in _children(h, "acl", "relcl"):
                if _lemma(acl) in ("target", "aim", "hit", "affect"):
                    toks.extend(_children(acl, "dobj"))
                    toks.extend(_pobjs(acl, {"at", "against", "on"}))
        if _lemma(m) in lx.BAN_NOUNS or "asset" in _mod_lemmas(m):
            # "travel bans for Georgian officials", "asset freezes for ...": people the
            # ban is meant for (a country after "for" is a beneficiary or a reason).
            # ("asset freezes" may be re-parsed as "asset embargo": compounds.py)
            toks.extend(t for t in _pobjs(m, {"for"}) if _lemma(t) in lx.LISTED_HEADS)
        if p is not None and _lemma(p) in (
            "target", "hit", "punish", "slap", "sanction", "warn", "threaten", "penalise",
            "penalize",
        ):
            toks.extend(c for c in _children(p, "dobj", "nsubjpass", "dative") if c.i != m.i)
        if p is not None and _lemma(p) in ("draw", "trigger", "earn", "provoke", "prompt"):
            toks.extend(_children(p, "nsubj"))  # "missile launches draw fresh UN sanctions"
        if x is not None and x.dep_ == "pobj" and x.head.lower_ == "under":
            holder = x.head.head  # "a businessman under British sanctions"
            # The noun right before "under" is the holder whatever the parser attached
            # the phrase to ("an attack by a North Korean group under US sanctions").
            before = x.doc[x.head.i - 1] if x.head.i > x.sent.start else holder
            held = [t for t in (before, holder) if t.pos_ in ("NOUN", "PROPN")
                    and self.res.resolve(t, allow_unknown=False)]
            if held:
                toks.append(held[0])
            else:
                verb = holder
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head  # "has suffered for decades under the embargo"
                toks.extend(_children(verb, "nsubj", "nsubjpass"))
        if x is not None and x.dep_ == "pobj" and x.head.lower_ == "by" and (
            _lemma(x.head.head) in lx.HARM_VERBS
        ):
            toks.extend(_children(x.head.head, "nsubjpass"))  # "crippled by US sanctions"
            if x.head.head.dep_ in ("acl", "amod") and x.head.head.tag_ == "VBN":
                toks.append(x.head.head.head)  # "Cuba's economy, battered by the US embargo"
        if x is not None and x.dep_ == "pobj" and x.head.lower_ in ("despite", "amid"):
            # "Iran's oil exports hit a high despite US sanctions": the clause's subject.
            verb = x.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            toks.extend(t for t in _children(verb, "nsubj", "nsubjpass")
                        if self.res.resolve(t, allow_unknown=False))
        if p is not None and x is not None and p.dep_ == "advcl" and not toks and any(
            c.dep_ == "mark" and c.lower_ in ("since", "after", "when") for c in p.children
        ) and x.dep_ in ("dobj", "nsubjpass"):
            # "Tehran has sold its crude to Asian refiners since Washington reimposed its
            # oil embargo": with no target named, the main clause's subject lives under it.
            toks.extend(t for t in _children(p.head, "nsubj", "nsubjpass")
                        if self.res.resolve(t, allow_unknown=False))
        if p is not None and _lemma(p) in lx.ENDURE_VERBS:
            # "Iran has weathered US sanctions", "standing firm against Western sanctions"
            toks.extend(t for t in self.agent_tokens(p) if self.res.resolve(t, allow_unknown=False))
        if _endure_modifier(m) is not None:
            toks.extend(t for t in self.agent_tokens(m) if self.res.resolve(t, allow_unknown=False))
        if x is not None and x.dep_ == "pobj" and x.head.lower_ == "of" and (
            _lemma(x.head.head) in lx.ENDURE_NOUNS
        ):
            # "North Korea's defiance of UN sanctions": the possessor lives under them.
            toks.extend(t for t in _children(x.head.head, "poss") + _pobjs(x.head.head, {"by"})
                        if self.res.resolve(t, allow_unknown=False))
        if x is not None and x.dep_ == "pobj" and x.head.lower_ == "of" and (
            _lemma(x.head.head) in lx.BURDEN_NOUNS
        ):
            # "Venezuela sees ... the burden of US sanctions": the clause's subject.
            toks.extend(t for t in self.agent_tokens(x.head.head)
                        if self.res.resolve(t, allow_unknown=False))
        if x is not None and x.dep_ == "nsubj" and _lemma(x.head) in lx.HARM_VERBS | {
            "target", "aim"
        }:  # "new US sanctions target Iranian drone makers"
            toks.extend(_children(x.head, "dobj"))  # "US sanctions have cut X's exports"
            toks.extend(_children(x.head, "dative"))  # "the embargo has cost Cuba $130bn"
        bearer = _bearer(m)
        if bearer is not None:
            toks.append(bearer)  # "Sanctions-hit Venezuela turns to Iran for fuel"
        return toks

    def _expand_target(self, toks: list[Token]) -> list[Actor]:
        """Resolve targets, looking through "sales to Iran", "assets of X"."""
        out: list[Actor] = []
        for t in toks:
            going = _pobjs(t, {"to"}) if _lemma(t) in ("travel", "trip", "flight", "visit") else []
            # "a ban on American group travel to Cuba", "on travel to the US by Chinese
            # officials": where one goes and who goes; the pair with the source itself
            # is dropped later, so the other is the target.
            actors = [a for g in going + (_pobjs(t, {"by"}) if going else [])
                      for a in self.res.resolve(g, allow_unknown=False)]
            actors += [a for a in self.res.resolve(t, allow_unknown=not going)
                       if all(a.code != b.code for b in actors)]
            if not actors:
                preps = {"of", "from", "in", "on", "against"}
                if _lemma(t) in ("sale", "export", "shipment", "supply", "transfer", "delivery"):
                    preps.add("to")
                for inner in _pobjs(t, preps):
                    actors.extend(self.res.resolve(inner))
                if _lemma(t) in lx.ASSET_NOUNS:
                    # "assets belonging to Afghanistan's central bank"
                    for acl in _children(t, "acl"):
                        if _lemma(acl) in ("belong", "own", "hold", "control"):
                            for inner in _pobjs(acl, {"to", "by"}):
                                actors.extend(self.res.resolve(inner))
            for a in actors:
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def _from_measure(self, m: Token, cls: str, p: Token | None = None) -> list[Candidate]:
        outer = p is None
        if cls == "expulsion" and not _children(m, "poss") and not _pobjs(m, {"by"}):
            left = self._left_after_expulsion(m)
            if left is not None:
                return [left]
        p = governor(m) if p is None else p
        etype = classify(cls, p, m)
        if outer and cls in ("relation", "sanction"):
            past = [c for c in _children(m, "acl") if c.tag_ == "VBN" and p is not None
                    and c.i != p.i and p.i in {a.i for a in c.ancestors}
                    and classify(cls, c, m)]
            if past:
                # "resume relations severed in 2018": the participle's act is background.
                extra = self._from_measure(m, cls, past[0])
                for cand in extra:
                    cand.notes.add("background")
                    cand.confidence -= 0.1
                return self._from_measure(m, cls, p) + extra
        if outer and cls == "envoy" and m.dep_ == "nsubj" and p is not m.head and (
            _lemma(m.head) == "go" and _back_to_post(m.head)
        ):
            # "Denmark's ambassador, who was withdrawn from Tehran, went back to his
            # post": the relative clause's recall and the return are two acts.
            return self._from_measure(m, cls, p) + self._from_measure(m, cls, m.head)
        x = m
        if m.dep_ == "pobj" and m.head.lower_ == "of" and (
            _lemma(m.head.head) in lx.QUANTIFIER_NOUNS | lx.DURATION_NOUNS
        ):
            x = m.head.head  # "a raft of sanctions", "years of Western sanctions"
        if m.dep_ == "compound" and _lemma(m.head) in lx.CONTAINER_NOUNS:
            x = m.head  # "the EU's sanctions package on Russia"
        if cls == "sanction":
            found = self._sanction_measure(m, x, p, etype)
            if _lemma(m) in lx.MEASURE_NOUNS and not any(
                t.lower_ in ("on", "against", "targeting") for t in m.subtree
            ):
                # "announced a slew of retaliatory measures": a generic noun is a sanction
                # only where its phrase says whom it hits ("the punitive measures it
                # imposed on Pristina"), not on any state nearby.
                for cand in found:
                    cand.notes.add("source_fallback_only")
            return found
        if cls == "mission" and p is not None:
            given = self._deadline_to_vacate(m, p)
            if given is not None:
                return given
        if etype is None or p is None:
            return self._told_to_leave(m) if cls == "envoy" else []
        sources = self.resolve_all(self.agent_tokens(p))
        if p.dep_ in ("amod", "compound") and p.lower_ in _HEADLINE_ENVOY_FORMS and (
            p.head.i == m.i
        ):
            # The names before the misread verb act ("Poland, Baltic states" gives Poland;
            # "Baltic states" names no one state).
            # The last name of the list may be read as a compound of the envoys
            # ("Slovakia, Lithuania, Latvia, Estonia expel Russian diplomats"): a name
            # in front of the misread verb is an expeller, not the envoys' state.
            sources = self.resolve_all([t for t in m.sent if t.i < p.i and t.pos_ in (
                "PROPN", "NOUN") and (t.dep_ in ("ROOT", "nmod", "appos", "nsubj", "conj") or (
                    t.dep_ == "compound" and t.head.i == m.i and t.ent_type_ == "GPE"))])
        if cls in ("relation", "rift"):
            between_toks = _pobjs(m, {"between"}) + _pobjs(p, {"between"})
            between = [a for a in self._expand_target(between_toks) if a.code != UNKNOWN]
            if not between:
                # "resumption of Iran-Saudi ties", "US-China relations": the pair named
                # in front of the noun.
                pair: list[Actor] = []
                for c in m.children:
                    if c.dep_ not in ("compound", "amod", "nmod") or c.i > m.i:
                        continue
                    for t in c.subtree:  # "Iran-Saudi": "Iran" hangs on "Saudi"
                        a = self.res.resolve_one(t, 1, allow_unknown=False)
                        if a and is_state(a.code) and all(a.code != b.code for b in pair):
                            pair.append(a)
                between = pair if len(pair) >= 2 else []
            if not between and any(
                _lemma(t) in ("country", "nation", "state", "neighbour", "neighbor")
                and any(c.lower_ == "two" for c in t.children) for t in between_toks
            ):
                # "between the two countries": the two states the sentence names.
                named: list[Actor] = []
                for a in self.mentions(m.sent):
                    if is_state(a.code) and all(a.code != b.code for b in named):
                        named.append(a)
                between = named if len(named) == 2 else []
                if between:
                    cand = Candidate(etype, p, p, between, [], joint=True, confidence=0.8)
                    return [cand]
            if len(between) >= 2:
                # "normalisation of relations between Israel and the UAE": the pair is
                # the actor, not whoever comments on it.
                cand = Candidate(etype, p, p, between, [])
                cand.joint = True
                return [cand]
            tgt_toks = _pobjs(m, {"with", "to", "between"}) + _pobjs(p, {"with", "between"})
            # "cut ties with its Chinese distributor", "with a Russian goaltender": a
            # demonym on a noun for a person or firm names no state to have ties with.
            private = [t for t in tgt_toks if t.pos_ == "NOUN" and t.head.lower_ == "with"
                       and not measure_class(t) and t.ent_type_ not in ("GPE", "ORG", "NORP")
                       and _lemma(t) not in _RELATION_PARTY_HEADS and _children(t, "amod")
                       and not [c for c in _children(t, "poss", "compound")
                                if c.lower_ not in ("its", "their", "his", "her")]]
            if private and len(private) == len(tgt_toks):
                return []
            if _lemma(m) in ("operation", "presence", "activity", "representation"):
                tgt_toks += _pobjs(m, {"in"}) + _pobjs(p, {"in"})  # "operations in Syria"
            targets = self._expand_target(tgt_toks)
            if not targets and p.dep_ in ("ccomp", "xcomp") and (
                _lemma(p.head) in lx.EXPERIENCE_VERBS
            ):
                # "Lithuania, which let Taiwan open an office, saw China downgrade ties":
                # the seer is the one the act is done to (not a name in its clause).
                src_codes = {a.code for a in sources}
                targets = [a for a in self.resolve_all(_children(p.head, "nsubj"))
                           if is_state(a.code) and a.code not in src_codes]
            cand = Candidate(etype, p, p, sources, targets)
            if not targets and len(sources) >= 2:
                cand.joint = True
            return [cand]
        if cls == "envoy":
            if etype == "expel_diplomats" and self._own_envoy_home(m, p):
                etype = "recall_envoy"  # "ordered the country's ambassador to return home"
            if etype == "recall_envoy":
                if not sources and p.pos_ == "NOUN" and m.dep_ == "pobj" and (
                    m.head.lower_ == "of" and m.head.head.i == p.i
                ):
                    # "the recall of Algeria's ambassador": one recalls one's own envoy.
                    sources = self.resolve_all(_children(m, "poss"))
                    own = self.res.resolve_one(m, allow_unknown=False)
                    if not sources and own is not None and is_state(own.code):
                        sources = [own]  # "the recall of the Algerian ambassador"
                tgt = _pobjs(p, {"from", "to", "in"}) + _pobjs(m, {"from", "to", "in"})
                return [Candidate(etype, p, p, sources, self._expand_target(tgt))]
            if etype == "expel_diplomats" and _lemma(p) in _STAFF_CAP_VERBS:
                return self._staff_capped(m, p, sources)
            if etype == "expel_diplomats":
                targets = [own for own in self.res.resolve(m, allow_unknown=False)
                           if own.code not in (s.code for s in sources)]
                if any(c.dep_ == "poss" and c.lower_ == "other" for c in m.children):
                    # "India and Canada expelled each other's diplomats": tit for tat.
                    # Headline "Ukraine, Russia expel each other's diplomats": the parser
                    # may give each listed name its own subject arc.
                    for a in self.resolve_all([c for c in _children(p, "nsubj")
                                               if c.ent_type_ in ("GPE", "NORP", "ORG")]):
                        if all(a.code != b.code for b in sources):
                            sources.append(a)
                    cand = Candidate(etype, p, p, sources, list(sources))
                    cand.notes.add("no_fallback")
                    return [cand]
                left_from = _pobjs(p, {"from"}) + [
                    t for x in _children(p, "xcomp") if _lemma(x) in _LEAVE_VERBS
                    for t in _children(x, "dobj") + _pobjs(x, {"from"})
                ]  # "were ordered to leave Ukraine"
                origin = self._expand_target(left_from)
                # "the expulsion of the ambassador from Baghdad", "was ordered out of
                # Managua": where the expelled leave names the expeller only.
                nominal_from = _pobjs(m, {"from"}) if p.pos_ == "NOUN" else []
                nominal_from += [t for o in p.children if o.lower_ == "out"
                                 for t in _pobjs(o, {"of"})]
                left = origin or self._expand_target(nominal_from)
                if not sources and (_children(p, "auxpass") or _lemma(p) in _NOMINAL_ACTS) and (
                    len(left) == 1 and is_state(left[0].code) and targets
                ):
                    # "Two Russian diplomats were expelled from Bulgaria": the expeller.
                    return [Candidate(etype, p, p, left, targets)]
                for t in self._expand_target(_pobjs(m, {"from", "of"})) + origin:
                    # "to leave Chengdu": a city the gazetteer cannot place is no target
                    if all(t.code != a.code for a in targets) and t.code != UNKNOWN:
                        targets.append(t)
                # "expelled Iranian embassy staff ... 72 hours to leave": the staff's state.
                return [Candidate(etype, p, p, sources, targets)]
            tgt = _pobjs(m, {"to", "with"}) + _pobjs(p, {"with", "to"})
            cand = Candidate(etype, p, p, sources, self._expand_target(tgt))
            cand.joint = not cand.targets and len(sources) >= 2
            return [cand]
        if cls == "mission":
            location = self._expand_target(_pobjs(m, {"in", "to"}) + _pobjs(p, {"in"}))
            owner = None
            poss = _children(m, "poss")
            # "the Latvian consulate general": the owner modifies "general".
            held = m.head if m.dep_ == "compound" and m.head.lower_ == "general" else m
            if not (poss and poss[0].lower_ in ("its", "their")):
                owner = self.res.resolve_one(held, allow_unknown=False)
            if etype == "restore_relations":
                cand = Candidate(etype, p, p, sources, location)
                cand.joint = not location and len(sources) >= 2
                return [cand]
            ordered = self._ordered_to(p)
            if ordered is not None:
                # "ordered China to close its consulate in Houston": an expulsion.
                verb, obj = ordered
                src = self.resolve_all(self.agent_tokens(verb)) or self.resolve_all(
                    _children(verb, "compound", "poss"))
                tgt = [a for a in self.res.resolve(obj, allow_unknown=False) if is_state(a.code)]
                if owner and not tgt:
                    tgt = [owner]
                return [Candidate("expel_diplomats", verb, p, src, tgt)]
            answered = self._answered_closure(p, owner, sources)
            if answered is not None:
                return [answered]
            src_codes = {s.code for s in sources}
            if owner and owner.code not in src_codes:
                return [Candidate("expel_diplomats", p, p, sources, [owner])]
            return [Candidate("sever_relations", p, p, sources, location)]
        if cls == "expulsion":
            targets = self._expand_target(self._targets_sanction(m, x, p if p else None))
            agent = self.agent_tokens(m)
            return [Candidate("expel_diplomats", m, m, self.resolve_all(agent), targets)]
        return []

    def _left_after_expulsion(self, m: Token,
                              orderers: list[Actor] | None = None) -> Candidate | None:
        """ "Russian diplomats leave Prague after expulsion": diplomats who leave a
        place after an expulsion named by no one were expelled by the state they
        leave (the actor order of the headline is the other way round)."""
        for verb in m.sent:
            if verb.i >= m.i or _lemma(verb) not in _LEAVE_VERBS or verb.pos_ != "VERB":
                continue
            leavers = [s for s in _children(verb, "nsubj") if measure_class(s) == "envoy"]
            places = _children(verb, "dobj") + _pobjs(verb, {"from"})
            expellers = [a for a in self._expand_target(places) if is_state(a.code)]
            if orderers is not None:
                # "... leave Chengdu consulate after Beijing's order": whoever ordered it;
                # the place left must be a mission or a named place ("leave the
                # meeting after Beijing's order" is no expulsion).
                if not any(measure_class(t) == "mission" or t.ent_type_ == "GPE"
                           for t in places):
                    continue
                expellers = [a for a in orderers if is_state(a.code)]
            expelled = [a for s in leavers for a in self.res.resolve(s, allow_unknown=False)
                        if is_state(a.code) and a.code not in {e.code for e in expellers}]
            if expellers and expelled:
                cand = Candidate("expel_diplomats", m, m, expellers[:1], expelled,
                                 confidence=0.75)
                cand.notes.add("no_fallback")
                return cand
        return None

    def _staff_capped(self, m: Token, p: Token, sources: list[Actor]) -> list[Candidate]:
        """A state cutting a mission's staff expels them only when the staff is another
        state's ("Czechs cap Russian embassy staff") or the state is ordered to cut its
        own ("Prague orders Moscow to cut embassy staff"); "Britain cuts its embassy
        staff in Kabul" is a drawdown, no event."""
        ordered = self._ordered_to(p)
        if ordered is not None:
            verb, obj = ordered
            src = self.resolve_all(self.agent_tokens(verb))
            tgt = [a for a in self.res.resolve(obj, allow_unknown=False) if is_state(a.code)
                   and a.code not in {s.code for s in src}]
            return [Candidate("expel_diplomats", verb, p, src, tgt)] if src and tgt else []
        if _children(m, "poss") and _children(m, "poss")[0].lower_ in ("its", "their"):
            return []
        src = {s.code for s in sources}
        targets = [a for a in self.res.resolve(m, allow_unknown=False)
                   if is_state(a.code) and a.code not in src]
        return [Candidate("expel_diplomats", p, p, sources, targets)] if sources and targets else []

    def _antecedent(self, pron: Token, not_codes: set[str]) -> list[Actor]:
        """The state an "it"/"they" of the sentence stands for: the nearest subject
        before it naming a state other than `not_codes` ("Beijing vowed to retaliate
        after Washington gave it 72 hours")."""
        for s in sorted((t for t in pron.sent if t.i < pron.i and t.dep_ == "nsubj"),
                        key=lambda t: -t.i):
            found = [a for a in self.res.resolve(s, allow_unknown=False)
                     if is_state(a.code) and a.code not in not_codes]
            if found:
                return found[:1]
        return []

    def _deadline_to_vacate(self, m: Token, p: Token) -> list[Candidate] | None:
        """ "Washington gave it 72 hours to vacate the Houston consulate": a deadline to
        leave or close a mission is an expulsion by whoever sets it, of the mission's
        state (named, or the one given the deadline)."""
        if _lemma(p) not in _VACATE_VERBS or m.dep_ != "dobj" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in p.children
        ):
            return None
        g = p.head if p.dep_ in ("advcl", "xcomp") else None
        if p.dep_ in ("relcl", "acl") and p.head.ent_type_ in ("DATE", "TIME"):
            g = p.head.head  # "gave China 72 hours to close": "to close" hung on "hours"
        if g is None or _lemma(g) not in _DEADLINE_VERBS or _children(g, "auxpass"):
            return None
        if not (p.head.ent_type_ in ("DATE", "TIME") or any(
            t.ent_type_ in ("DATE", "TIME") for c in g.children if c.i != p.i for t in c.subtree
        )):
            return None  # no deadline set: "orders China to close its consulate" is read as usual
        # "after Warsaw gave it three days": the subject may be read as the mark's object.
        agents = _children(g, "nsubj") or [t for c in _children(g, "mark") for t in
                                           _children(c, "pobj")]
        addressees = _children(g, "dative") or [
            o for o in _children(g, "dobj") if o.ent_type_ not in ("DATE", "TIME")]
        sources = [a for a in self.resolve_all(agents) if is_state(a.code)]
        src = {a.code for a in sources}
        owner = self.res.resolve_one(m, allow_unknown=False)
        targets = [owner] if owner is not None and is_state(owner.code) and (
            owner.code not in src) else []
        for t in addressees if not targets else []:
            if t.tag_ == "PRP":
                targets += self._antecedent(t, src)
            else:
                targets += [a for a in self.res.resolve(t, allow_unknown=False)
                            if is_state(a.code) and a.code not in src]
        if not sources or not targets:
            return None
        cand = Candidate("expel_diplomats", p.head, p, sources, targets[:1], confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _ordered_shut(self, v: Token) -> list[Candidate]:
        """ "The U.S. consulate in Chengdu closed, two days after Beijing ordered it
        shut": an order to close "it", the mission named before, expels its state."""
        shut = [c for c in _children(v, "ccomp", "xcomp", "oprd")
                if _lemma(c) in ("close", "shut", "vacate")]
        prons = [t for c in shut for t in _children(c, "nsubj", "dobj", "nsubjpass")
                 if t.lower_ == "it"] + [t for t in _children(v, "dobj") if t.lower_ == "it"
                                         and shut]
        if not prons:
            return []
        missions = [t for t in v.sent if t.i < prons[0].i and measure_class(t) == "mission"]
        if not missions:
            return []
        owner = self.res.resolve_one(missions[-1], allow_unknown=False)
        sources = [a for a in self.resolve_all(self.agent_tokens(v)) if is_state(a.code)]
        if owner is None or not is_state(owner.code) or not sources or owner.code in {
            a.code for a in sources
        } or _TEMPORARY_CLOSURE.search(v.sent.text):
            return []
        cand = Candidate("expel_diplomats", v, v, sources, [owner], confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _told_to_leave(self, m: Token) -> list[Candidate]:
        """Headline "Russia orders Slovak, Lithuanian, Latvian and Estonian diplomats to
        leave", "Moscow tells Polish and Latvian diplomats to leave": the parser breaks
        the list so that no order verb governs the envoys. Read the surface instead: the
        states named before "orders"/"tells" expel those named between it and the envoys,
        who are told "to leave" right after."""
        sent = m.sent
        leave = m.doc[m.i + 2] if m.i + 2 < sent.end else None
        if leave is None or m.doc[m.i + 1].lower_ != "to" or _lemma(leave) not in _LEAVE_VERBS:
            return []
        orders = [t for t in sent if t.i < m.i and t.lower_ in _ORDER_FORMS]
        if not orders:
            return []
        o = orders[-1]
        sources = [a for a in self.resolve_all([t for t in sent if t.i < o.i and t.pos_ in (
            "PROPN", "NOUN") and t.ent_type_ in ("GPE", "ORG", "NORP", "")]) if is_state(a.code)]
        between = [t for t in sent if o.i < t.i < m.i and t.pos_ in ("ADJ", "PROPN", "NOUN")]
        src = {a.code for a in sources}
        targets: list[Actor] = []
        for t in between:
            for a in self.res.resolve(t, allow_unknown=False):
                if is_state(a.code) and a.code not in src and all(
                        a.code != b.code for b in targets):
                    targets.append(a)
        if len(sources) != 1 or not targets:
            return []
        cand = Candidate("expel_diplomats", o, o, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _answered_closure(self, p: Token, owner: Actor | None,
                          sources: list[Actor]) -> Candidate | None:
        """ "Beijing ordered the US to shut its consulate in Chengdu, retaliating for the
        closure of the Chinese consulate in Houston": a closure of the answerer's own
        mission named as the reason was done to it; `code` gives it the answerer's
        target as its source (background)."""
        if owner is None or not is_state(owner.code) or p.pos_ != "NOUN" or (
            owner.code not in {s.code for s in sources}
        ) or _children(p, "poss") or _pobjs(p, {"by"}):
            return None
        if not (_in_reason(p) or any(_lemma(a) in lx.RESPONSE_VERBS | lx.RESPONSE_NOUNS
                                     for a in p.ancestors)):
            return None
        cand = Candidate("expel_diplomats", p, p, [], [owner], confidence=0.7)
        cand.notes |= {"answered_closure", "no_fallback", "background"}
        return cand

    @staticmethod
    def _own_envoy_home(m: Token, p: Token | None) -> bool:
        if p is None or _lemma(p) not in ("order", "tell", "ask", "instruct", "call"):
            return False
        if not {t.lower_ for t in p.subtree} & {"return", "come", "back", "home"}:
            return False
        own = {"its", "their", "his", "her", "country", "nation", "government"}
        return any(c.dep_ == "poss" and c.lower_ in own for c in m.children)

    @staticmethod
    def _ordered_to(p: Token) -> tuple[Token, Token] | None:
        """(order verb, object) when `p` is what someone was ordered to do."""
        if p.dep_ not in ("xcomp", "acl", "relcl") or _lemma(p.head) not in (
            "order", "tell", "force", "ask", "instruct", "direct"
        ):
            return None
        # The headline parse "U.S. orders China to close" makes "orders" a noun.
        objs = _children(p.head, "dobj", "dative", "appos")
        return (p.head, objs[0]) if objs else None

    def _persona_non_grata(self, grata: Token) -> list[Candidate]:
        """ "declared a Russian diplomat persona non grata", also in the passive."""
        verb = grata
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        envoys = [t for t in verb.subtree if measure_class(t) == "envoy"]
        targets: list[Actor] = []
        for t in envoys or _children(verb, "dobj", "nsubjpass"):
            for a in self.res.resolve(t, allow_unknown=False):
                if all(a.code != b.code for b in targets):
                    targets.append(a)
        passive = bool(_children(verb, "auxpass"))
        agents = _pobjs(verb, {"by"}) if passive else self.agent_tokens(verb)
        if passive and not agents:
            # "were declared persona non grata by Argentina": the by-phrase hangs low.
            agents = [t for x in verb.subtree
                      if x.lower_ in ("persona", "grata", "personae", "gratae")
                      for t in _pobjs(x, {"by"})]
        sources = [a for a in self.resolve_all(agents)
                   if all(a.code != t.code for t in targets)]
        return [Candidate("expel_diplomats", verb, verb, sources, targets)]

    def _from_ban_verb(self, v: Token) -> list[Candidate]:
        """ "by banning imports of European farm goods": a trade ban on a state."""
        direct = _children(v, "dobj", "nsubjpass")
        # "restrict visas for Russian officials": a visa ban aims at the people it names.
        objs = [o for o in direct if _lemma(o) in lx.BAN_VERB_OBJECTS | {"visa"}]
        targets: list[Actor] = []
        if not objs and _health_context(v.sent) is False and any(
            c.lower_ in ("entering", "entry", "travelling", "traveling")
            for c in v.subtree
        ):
            # "barred Russian officials from entering the country": an entry ban on them.
            for o in direct:
                for a in self.res.resolve(o, allow_unknown=False):
                    if is_state(a.code) and all(a.code != b.code for b in targets):
                        targets.append(a)
        elif not objs and any(_lemma(c) in ("port", "airspace", "water", "harbour", "harbor")
                              for c in _pobjs(v, {"from"})) and not _health_context(v.sent):
            # "Canada bars Russian ships from its ports": a ban on the ships' state.
            for o in direct:
                for a in self.res.resolve(o, allow_unknown=False):
                    if is_state(a.code) and all(a.code != b.code for b in targets):
                        targets.append(a)
        elif not objs and _national_goods(direct) and not _health_context(v.sent):
            # "Moscow bans Georgian wine": a ban on a state's goods.
            for o in _national_goods(direct):
                for a in self.res.resolve(o, allow_unknown=False):
                    if is_state(a.code) and all(a.code != b.code for b in targets):
                        targets.append(a)
        elif not objs and any(_lemma(c) in lx.PURCHASE_VERBS for c in _pobjs(v, {"from"})) and (
            not _health_context(v.sent)
        ):
            # "US bars Huawei from buying American chips": an export ban on a state's
            # firm (a firm's state from the firms list; a private person names none).
            for o in direct:
                for a in self.res.resolve(o, allow_unknown=False):
                    if is_state(a.code) and all(a.code != b.code for b in targets):
                        targets.append(a)
        elif not objs and any(_lemma(c) in lx.OPERATE_VERBS for c in _pobjs(v, {"from"})):
            # "barred its banks from dealing with four Russian lenders": a ban on
            # dealings with a state's firms.
            for c in _pobjs(v, {"from"}):
                for a in self._expand_target(_pobjs(c, {"with"})):
                    if is_state(a.code) and all(a.code != b.code for b in targets):
                        targets.append(a)
        elif not objs or (
            {_lemma(o) for o in objs} <= lx.MOVEMENT_BAN_KINDS and _health_context(v.sent)
        ):
            return []
        for o in objs:
            preps = {"of", "from"} | ({"to"} if _lemma(o) in ("export", "sale", "shipment")
                                      else set()) | ({"with"} if _lemma(o) in (
                                          "trade", "transaction") else set()) | (
                {"for", "to"} if _lemma(o) == "visa" else set())  # "visas for X members"
            verb_preps = ({"to"} & preps) | ({"from"} if _lemma(o) == "import" else set())
            # "barred entry to four Guatemalan officials": "to" may hang on the verb.
            people = [t for t in _pobjs(o, {"to"}) + _pobjs(v, {"to"}) if _lemma(o) == "entry"
                      and t.ent_type_ not in ("GPE", "LOC", "FAC")
                      and _lemma(t) not in ("country", "territory", "port", "city", "region")]
            for inner in _pobjs(o, preps) + _pobjs(v, verb_preps) + people + _trade_origins(o):
                for a in self.res.resolve(inner, allow_unknown=False):
                    if all(a.code != b.code for b in targets):
                        targets.append(a)
        return self._imposition(v, targets)

    def _from_halt_verb(self, v: Token) -> list[Candidate]:
        """ "Beijing suspends imports of Lithuanian beef", "halted all trade with Israel":
        a state stopping trade with another state's goods or firms."""
        objs = [o for o in _children(v, "dobj", "nsubjpass") if _lemma(o) in lx.HALT_OBJECTS]
        if not objs or _health_context(v.sent):
            return []
        inner: list[Token] = []
        for o in objs:
            preps = {"of", "from", "with"} | ({"to"} if _lemma(o) != "import" else set())
            inner += _pobjs(o, preps) + _trade_origins(o)
            if _lemma(o) == "trade":
                inner += _pobjs(v, {"with"})  # "halted all trade with X", "with" on the verb
        targets: list[Actor] = []
        for t in inner:
            for a in self.res.resolve(t, allow_unknown=False):
                if is_state(a.code) and all(a.code != b.code for b in targets):
                    targets.append(a)
        if not targets:
            return []
        passive = bool(_children(v, "auxpass"))
        agents = _pobjs(v, {"by"}) if passive else self.agent_tokens(v)
        if v.pos_ == "NOUN":
            agents = [c for c in _children(v, "compound", "nsubj") if c.i < v.i] or agents
        # A state or bloc acts; "Boeing halts shipments" (a firm) imposes nothing.
        sources = [a for t in agents if t.ent_type_ in ("GPE", "NORP") or (
            _lemma(t) in STATE_HEADS) or self.res.gaz.lookup(t.text) in ORGANISATIONS
            for a in self.resolve_all([t])]
        if not sources:
            return []
        cand = Candidate("impose_sanctions", v, v, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _imposition(self, v: Token, targets: list[Actor]) -> list[Candidate]:
        """Sanctions imposed by verb `v` on `targets`; a passive's source is its by-agent."""
        if not targets:
            return []
        passive = bool(_children(v, "auxpass"))
        sources = self.resolve_all(_pobjs(v, {"by"}) if passive else self.agent_tokens(v))
        cand = Candidate("impose_sanctions", v, v, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_freeze_verb(self, v: Token) -> list[Candidate]:
        """ "froze the assets of ten Russian oligarchs", "unfroze Libyan assets"."""
        nominal = v.pos_ == "NOUN"
        direct = _pobjs(v, {"of"}) if nominal else _children(v, "dobj", "nsubjpass")
        objs = [o for o in direct if _lemma(o) in lx.ASSET_NOUNS]
        # "froze the assets of ...", "unfroze $6 billion in Iranian assets"
        objs += [t for o in direct for t in _pobjs(o, {"of", "in"})
                 if _lemma(t) in lx.ASSET_NOUNS]
        if not objs:
            return []
        # "the assets of a Georgian billionaire and two Chinese executives": every owner.
        owners = [t for o in objs for t in _pobjs(o, {"of"})]
        if _lemma(v) in ("freeze", "unfreeze", "unfroze", "freezing", "unfreezing"):
            # "froze assets belonging to Russian oligarchs", "owned by": the owners. Not
            # for seizures ("seize funds linked to a gang" is law enforcement).
            owners += [t for o in objs for a in _children(o, "acl")
                       if _lemma(a) in ("belong", "own", "hold") for t in _pobjs(a, {"to", "by"})]
        targets = [a for a in self._expand_target(owners) if is_state(a.code)] or [
            a for a in self._expand_target(objs) if is_state(a.code)]
        if not targets:
            return []
        passive = bool(_children(v, "auxpass"))
        sources = self.resolve_all(_pobjs(v, {"by"}) if passive or nominal
                                   else self.agent_tokens(v))
        owned = nominal and not sources and bool(self._nominal_owner(v))
        if owned:
            sources = self._nominal_owner(v)  # "Japan's freezing of the assets of ..."
        etype = "ease_sanctions" if _lemma(v).startswith(("unfr", "unblock", "release")) \
            else "impose_sanctions"
        cand = Candidate(etype, v, v, sources, targets)
        cand.notes.add("no_fallback")
        if nominal and v.dep_ in ("nsubj", "nsubjpass") and not owned:
            cand.notes.add("background")  # "the freezing of ... has deepened the crisis"
        return [cand]

    def _from_licence(self, n: Token) -> list[Candidate]:
        """ "issued a general licence allowing transactions with Syria": a waiver of
        sanctions on dealings with a state."""
        granted = self._waiver_to_trade(n)
        if granted is not None:
            return granted
        permits = {"allow", "authorize", "authorise", "permit"}
        dealing_nouns = {"transaction", "dealing", "business", "trade", "payment"}
        dealings = [o for acl in _children(n, "acl") if _lemma(acl) in permits
                    for o in _children(acl, "dobj")]
        verb = n.head if n.dep_ in ("dobj", "nsubjpass") else None
        if not dealings and n.dep_ in ("npadvmod", "compound") and _lemma(n.head) in permits:
            # The parse "a licence authorising transactions" with the participle as a
            # modifier of "transactions".
            dealings = [n.head.head] if n.head.dep_ == "amod" else []
            verb = n.head.head.head if dealings and n.head.head.dep_ == "dobj" else None
        if verb is None or _lemma(verb) not in ("issue", "grant", "extend", "give", "renew"):
            return []
        # "granted Chevron a licence to pump oil in Venezuela": leave to operate there.
        operations = [x for x in _children(verb, "xcomp") + _children(n, "acl")
                      if _lemma(x) in lx.OPERATE_VERBS
                      and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]
        places = [t for x in operations for w in x.subtree if w.dep_ == "prep"
                  and w.lower_ in ("in", "with") for t in _children(w, "pobj")
                  if t.ent_type_ == "GPE"]
        targets = [a for a in self._expand_target(
            [t for o in dealings if _lemma(o) in dealing_nouns
             for t in _pobjs(o, {"with", "to", "involving"})] + places
        ) if is_state(a.code)]
        if not targets:
            return []
        cand = Candidate("ease_sanctions", verb, verb,
                         self.resolve_all(self.agent_tokens(verb)), targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _waiver_to_trade(self, n: Token) -> list[Candidate] | None:
        """ "The State Department granted Iraq a 120-day waiver to keep paying for Iranian
        electricity": leave for a state to go on trading that sanctions would punish,
        eased for the state it is granted to."""
        if _lemma(n) not in ("waiver", "exemption") or n.dep_ != "dobj" or (
            _lemma(n.head) not in ("grant", "give", "issue", "extend", "renew")
            or not trade_waiver(n.sent.text)
        ):
            return None
        acts = [a for a in _children(n, "acl") if any(
            c.dep_ == "aux" and c.lower_ == "to" for c in a.children)]
        trading = lx.PURCHASE_VERBS | {"pay", "buy"}
        if not any(_lemma(a) in trading or (_lemma(a) in ("keep", "continue") and any(
                _lemma(x) in trading for x in _children(a, "xcomp"))) for a in acts):
            return None
        verb = n.head
        targets = [a for a in self.resolve_all(_children(verb, "dative")) if is_state(a.code)]
        if not targets:
            return None
        cand = Candidate("ease_sanctions", verb, verb,
                         self.resolve_all(self.agent_tokens(verb)), targets, confidence=0.75)
        cand.notes.update({"no_fallback", "grantee_target"})
        return [cand]

    def _from_designate(self, v: Token) -> list[Candidate]:
        """ "OFAC designated three Emirati shipping firms": a listing, so a sanction on
        the state of the firms or people named (not a state itself: "designated Taiwan
        a priority" is no listing)."""
        objs = [o for o in _children(v, "dobj", "nsubjpass") if o.ent_type_ != "GPE"]
        roles = [t for o in _children(v, "oprd") + _pobjs(v, {"as"}) for t in o.subtree]
        if not objs or roles and not any(_lemma(t) in lx.LISTING_ROLES for t in roles) or (
            not roles and not any(_lemma(o) in lx.LISTED_HEADS for o in objs)
        ):
            return []  # "designated the island a nature reserve"
        targets = [a for a in self._expand_target(objs) if is_state(a.code)]
        return self._imposition(v, targets)

    def _nominal_owner(self, n: Token) -> list[Actor]:
        """Who does a nominal act: "the UK's designation of ...", "... by the EU"."""
        poss = [c for c in _children(n, "poss") if c.lower_ not in ("its", "their")]
        return self.resolve_all(poss or _pobjs(n, {"by"}))

    def _nominal_listing(self, n: Token) -> list[Candidate]:
        """ "Washington's blacklisting of six Chinese officials", "the UK's designation
        of Iran's Guards commanders", "Washington's removal of two Chinese universities
        from the Entity List": a listing (or delisting) as a noun."""
        objs = [o for o in _pobjs(n, {"of"}) if o.ent_type_ != "GPE"]
        if not objs:
            return []
        lemma = _lemma(n)
        if lemma in ("removal", "delisting"):
            # "from the Entity List" hung on the noun or on its object
            lists = [t for t in _pobjs(n, {"from", "off"}) + [
                t for o in objs for t in _pobjs(o, {"from", "off"})] if _lemma(t) in lx.LIST_NOUNS
                     and (_mod_lemmas(t) | {t.lower_}) & lx.LIST_KINDS]
            if lemma == "removal" and not lists:
                return []  # "the removal of troops"
            etype = "ease_sanctions"
        else:
            roles = [t for o in _pobjs(n, {"as"}) for t in o.subtree]
            if roles and not any(_lemma(t) in lx.LISTING_ROLES for t in roles) or (
                not roles and not any(_lemma(o) in lx.LISTED_HEADS for o in objs)
            ):
                return []  # "the designation of the island as a reserve"
            etype = "impose_sanctions"
        targets = [a for a in self._expand_target(objs) if is_state(a.code)]
        sources = self._nominal_owner(n)
        if not targets or not sources:
            return []
        cand = Candidate(etype, n, n, sources, targets, confidence=0.8)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_exempt(self, v: Token) -> list[Candidate]:
        """ "exempted Fijian officials from its travel ban": relief for those exempted."""
        measures = [t for t in _pobjs(v, {"from"}) if measure_class(t) == "sanction" or (
            _lemma(t) in lx.BAN_NOUNS and _mod_lemmas(t) & lx.BAN_MODIFIERS)]
        if not measures or _health_context(v.sent):
            return []
        targets = [a for a in self._expand_target(_children(v, "dobj", "nsubjpass"))
                   if is_state(a.code)]
        if not targets:
            return []
        passive = bool(_children(v, "auxpass"))
        sources = self.resolve_all(_pobjs(v, {"by"}) if passive else self.agent_tokens(v))
        cand = Candidate("ease_sanctions", v, v, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_drop_recognition(self, v: Token) -> list[Candidate]:
        """ "Nauru recognises Beijing, drops Taiwan": switching recognition away."""
        gained = [a for t in _pobjs(v, {"for"})
                  for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        lemmas = {_lemma(t) for t in v.sent}
        if not gained and not lemmas & {"recognise", "recognize", "recognition"} and not (
            lemmas & {"tie", "relation"} and lemmas & {"establish", "restore", "switch"}
        ):
            return []  # "restores ties with China, dropping Taiwan" also switches
        targets = [a for o in _children(v, "dobj")
                   for a in self.res.resolve(o, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        sources = self.resolve_all(self.agent_tokens(v))
        out = [Candidate("sever_relations", v, v, sources, targets, confidence=0.8)]
        if gained:
            # "dropped Taipei for Beijing": the switch also recognises the other.
            cand = Candidate("restore_relations", v, v, sources, gained, confidence=0.8)
            cand.notes.add("no_fallback")
            out.append(cand)
        return out

    def _recognition_act(self, event_type: str, verb: Token, targets: list[Actor]
                         ) -> list[Candidate]:
        """Recognition withdrawn or extended by the verb's agent ("by" when passive)."""
        passive = bool(_children(verb, "auxpass"))
        sources = self.resolve_all(_pobjs(verb, {"by"}) if passive else self.agent_tokens(verb))
        cand = Candidate(event_type, verb, verb, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _recognition_switch(self, n: Token) -> list[Candidate]:
        """ "switched diplomatic recognition from Taiwan to China": away from one state,
        to the other."""
        verb = n.head if n.dep_ in ("dobj", "nsubjpass") else None
        if verb is not None and _lemma(n) == "recognition" and _lemma(verb) in (
            "withdraw", "revoke", "rescind", "suspend", "cancel", "retract", "end", "drop"
        ):
            # "Vanuatu withdrew its recognition of Kosovo": recognition switched away.
            # Recognition of the state itself, not of "Singapore's honorary consul".
            lost = [a for t in _pobjs(n, {"of"})
                    if t.ent_type_ == "GPE" or _lemma(t) in lx.RECOGNISABLE_HEADS
                    for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            return self._recognition_act("sever_relations", verb, lost) if lost else []
        if verb is not None and _lemma(n) == "recognition" and _lemma(verb) in (
            "extend", "grant", "accord", "give"
        ):
            # "Diplomatic recognition was extended to Kosovo by Kenya".
            gained = [a for t in _pobjs(verb, {"to"}) + _pobjs(n, {"to"})
                      for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            return self._recognition_act("restore_relations", verb, gained) if gained else []
        if verb is None and n.dep_ == "pobj" and n.head.lower_ == "of" and _lemma(
            n.head.head
        ) in ("switch", "shift", "transfer") and n.head.head.pos_ == "NOUN":
            verb = n.head.head  # "Saint Lucia's switch of recognition from Taipei to Beijing"
        if verb is None or _lemma(verb) not in ("switch", "shift", "transfer", "move"):
            return []
        sources = self.resolve_all(self.agent_tokens(verb))
        out = []
        for prep, etype in (("from", "sever_relations"), ("to", "restore_relations")):
            tgt = [a for t in _pobjs(verb, {prep}) + _pobjs(n, {prep})
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            if prep == "from" and not tgt:
                tgt = self._lost_ally(n.sent)
            if tgt:
                out.append(Candidate(etype, verb, verb, sources, tgt))
        return out

    def _switch_sides(self, v: Token) -> list[Candidate]:
        """ "Taiwan loses diplomatic ally as Nauru switches to China"."""
        words = {_lemma(t) for t in v.sent}
        if not words & {"ally", "allegiance", "recognition", "tie", "relation", "diplomatic"}:
            return []
        sources = self.resolve_all(self.agent_tokens(v))
        out = []
        gained = [a for t in _pobjs(v, {"to"})
                  for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        if gained:
            out.append(Candidate("restore_relations", v, v, sources, gained, confidence=0.8))
        lost = [a for t in _pobjs(v, {"from"})
                for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        lost += self._lost_ally(v.sent)
        if lost:
            out.append(Candidate("sever_relations", v, v, sources, lost, confidence=0.8))
        for cand in out:
            cand.notes.add("no_fallback")
        return out

    def _lost_ally(self, sent: Span) -> list[Actor]:
        """ "Taiwan loses (another) ally": the state left behind by a switch."""
        return [a for t in sent if _lemma(t) == "lose"
                and any(_lemma(o) == "ally" for o in _children(t, "dobj"))
                for s in _children(t, "nsubj")
                for a in self.res.resolve(s, allow_unknown=False) if is_state(a.code)]

    def _from_stand_by(self, v: Token) -> list[Candidate]:
        """ "Baku said it stands by Tbilisi": support for a state."""
        # "throws its weight behind Baku in border row with Yerevan": only "behind".
        preps = {"behind"} if _lemma(v) == "throw" else {"by", "with", "behind"}
        if any(c.lower_ == "up" for c in v.children):
            preps = {"for"}  # "Jordan stood up for Egypt"
        if _lemma(v) == "throw":
            # "throws its weight behind Manila" with "behind" hung on "weight"
            preps_of = [o for o in _children(v, "dobj") if _lemma(o) == "weight"]
        else:
            preps_of = []
        objs = _pobjs(v, preps) + [t for o in preps_of for t in _pobjs(o, {"behind"})] + [
            # "stands shoulder to shoulder with Azerbaijan": "with" hangs on the idiom.
            o for x in v.subtree if x.lower_ == "with" and x.head.lower_ == "shoulder"
            for o in _children(x, "pobj")
        ]
        targets = [a for o in objs if self._support_target_ok(o)
                   for a in self.res.resolve(o, allow_unknown=False) if is_state(a.code)]
        return self._support_by(v, v, targets)

    def _firmly_behind(self, behind: Token) -> list[Candidate]:
        """Verbless headline "Kashmir: Beijing 'firmly' behind Islamabad", "Moscow fully
        behind Damascus, Lavrov says": the state named right before the adverb backs the
        state after "behind". (With a verb, "stands firmly behind" is ``_from_stand_by``.)"""
        if behind.dep_ != "prep" or behind.head.pos_ in ("VERB", "AUX", "ADJ"):
            return []
        doc, i = behind.doc, behind.i - 1
        while i > behind.sent.start and doc[i].is_punct and doc[i].text != ",":
            i -= 1  # the quotes of "'firmly'"
        if doc[i].lower_ not in lx.FIRM_ADVERBS:
            return []
        i -= 1
        while i >= behind.sent.start and doc[i].is_quote:
            i -= 1
        if i < behind.sent.start or doc[i].pos_ != "PROPN":
            return []
        sources = [a for a in self.res.resolve(doc[i], allow_unknown=False) if is_state(a.code)]
        targets = [a for o in _children(behind, "pobj") if self._support_target_ok(o)
                   and _lemma(o) not in lx.NON_STATE_SUPPORT_HEADS
                   for a in self.res.resolve(o, allow_unknown=False) if is_state(a.code)]
        if not sources or not targets:
            return []
        cand = Candidate("express_support", behind, behind, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _support_by(self, verb: Token, trigger: Token, targets: list[Actor]) -> list[Candidate]:
        """Support for `targets` by the agents of `verb` (none when no target is a state)."""
        if not targets:
            return []
        cand = Candidate("express_support", verb, trigger,
                         self.resolve_all(self.agent_tokens(verb)), targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _to_defence(self, n: Token) -> list[Candidate]:
        """ "rallied to Qatar's defence", "came to the defence of Kyiv"."""
        if n.dep_ != "pobj" or n.head.lower_ != "to" or _lemma(n.head.head) not in (
            lx.DEFENCE_VERBS
        ):
            return []
        verb = n.head.head
        tgt = [c for c in _children(n, "poss") if c.lower_ not in ("its", "their")]
        tgt += _pobjs(n, {"of"})
        targets = [a for t in tgt if self._support_target_ok(t)
                   and _lemma(t) not in lx.NON_STATE_SUPPORT_HEADS
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        return self._support_by(verb, n, targets)

    def _state_bid(self, obj: Token) -> bool:
        """ "endorsed Somalia's bid to join the EAC": a state's own bid is its stance; a
        "World Cup bid" or a candidate's bid is not."""
        if _lemma(obj) not in ("bid", "candidacy") or _children(obj, "compound", "amod"):
            return False
        return any(is_state(a.code) for c in _children(obj, "poss")
                   for a in self.res.resolve(c, allow_unknown=False))

    def _support_target_ok(self, obj: Token) -> bool:
        """The object of support names a state, its government, leader or stance."""
        if _mod_lemmas(obj) & lx.NON_STATE_SUPPORT_MODIFIERS:
            return False  # "Venezuela's opposition leader", "exiled dissidents"
        if _lemma(obj) in lx.SUPPORT_TARGET_HEADS or obj.ent_type_ in ("GPE", "PERSON"):
            return True
        if _lemma(obj) not in lx.NON_STATE_SUPPORT_HEADS and any(
            c.dep_ == "poss" and self.res.lookup(c.text) for c in obj.children
        ):
            return True  # "backs Russia's war in Ukraine"
        if self.res.description(obj) is not None:
            return True  # "stood behind the Hashemite kingdom"
        return bool(self.res.lookup(obj.text)) or obj.pos_ == "PROPN"

    def _sanctions_list(self, m: Token) -> list[Candidate]:
        """ "added 40 Iranian entities to its sanctions list", "removed ... from it"."""
        lst = m.head if m.dep_ == "compound" and _lemma(m.head) in lx.LIST_NOUNS else m
        if _lemma(m) == "list" and m.dep_ != "pobj":
            return []
        misread = lst.head if lst.dep_ == "dobj" and lst.head.i == lst.i - 1 and any(
            c.dep_ == "aux" and c.lower_ == "to" and c.i == lst.i - 2 for c in lst.head.children
        ) and lst.head.dep_ in ("relcl", "acl", "advcl", "xcomp") else None
        if misread is not None:
            # "adds 27 firms to export blacklist": "to export" read as an infinitive, the
            # list's modifier as its verb; the listing verb governs the clause.
            verb = misread.head.head if misread.head.dep_ == "dobj" else misread.head
        elif lst.dep_ != "pobj" or lst.head.lower_ not in ("to", "on", "from", "off"):
            return []
        else:
            verb = lst.head.head
        lemma = _lemma(verb)
        if lemma in ("add", "put", "place", "include", "name", "designate", "list"):
            etype = "impose_sanctions"
        elif lemma in ("remove", "delete", "drop", "take", "strike", "lift", "delist"):
            etype = "ease_sanctions"
        else:
            return []
        listed = _children(verb, "dobj", "nsubjpass")
        passive = bool(_children(verb, "auxpass"))
        if passive and not listed and verb.dep_ == "ccomp" and _lemma(verb.head) in (
            "say", "report", "believe"
        ):
            # "Four Emirati operators said to be moving Iranian crude were added to ...":
            # the listed parties parsed as the subject of "said".
            listed = _children(verb.head, "nsubj")
        targets = self._expand_target(listed)
        owner = [a for t in _children(lst, "poss", "compound", "amod")
                 for a in self.res.resolve(t, allow_unknown=False)]
        by = _pobjs(verb, {"by"})
        # A passive with no by-agent: the list's owner did the listing.
        sources = self.resolve_all(by) if passive and (by or owner) else self.resolve_all(
            self.agent_tokens(verb))
        if not sources:
            sources = owner
        return [Candidate(etype, verb, verb, sources, targets)]

    def _sanction_measure(
        self, m: Token, x: Token, p: Token | None, etype: str | None
    ) -> list[Candidate]:
        listed = self._sanctions_list(m)
        if listed:
            return listed
        people = [o for o in _children(m, "dobj") if o.ent_type_ == "NORP"
                  and o.tag_ in ("NNS", "NNPS")]  # "Canada sanctions Russians over ..."
        if m.lower_ == "sanctions" and m.dep_ == "ROOT" and (_children(m, "appos") or people):
            # Headline verb read as a noun: "U.S. sanctions Iranian intelligence officers".
            sources = [a for t in _children(m, "compound", "nsubj") if t.i < m.i
                       for a in self.res.resolve(t, allow_unknown=False)]
            targets = self._expand_target(_children(m, "appos") + people)
            if sources and targets:
                cand = Candidate("impose_sanctions", m, m, sources, targets, confidence=0.85)
                cand.notes.add("no_fallback")
                return [cand]
        if m.lower_ == "sanctions" and m.dep_ == "compound" and m.head.i == m.i + 1 and (
            m.head.tag_ in ("NNS", "NNPS") and m.head.ent_type_ == "NORP"
        ) and m.i > 0 and m.doc[m.i - 1].dep_ == "compound" and (
            m.doc[m.i - 1].head.i == m.head.i
        ):
            # Headline "U.K. sanctions Saudis, Russians": the verb read as one more
            # compound of the plural demonym after it, the actor's name in front.
            sources = self.res.resolve(m.doc[m.i - 1], allow_unknown=False)
            targets = self._expand_target([m.head])
            if sources and targets:
                cand = Candidate("impose_sanctions", m, m, sources, targets, confidence=0.8)
                cand.notes.add("no_fallback")
                return [cand]
        tgt_toks = self._targets_sanction(m, x, p)
        received = self._received_relief(m, p)
        if received is not None:
            return received
        blocked = self._blocked_measure(m, x, p, tgt_toks)
        if blocked is not None:
            return blocked
        if etype is not None and p is not None:
            owner = self._measure_owner(m)
            if _lemma(p) == "risk" and p.pos_ != "VERB":
                return []  # "the risk of sanctions": nobody named acts
            reversed_ = _lemma(p) in ("face", "risk") or (
                _lemma(p) == "warn" and x.dep_ == "pobj" and x.head.lower_ == "of"
                and x.head.head.i == p.i and owner
            )
            hit_with = self._hit_with(x, p)
            if hit_with:
                # Headline passive "Venezuelan officials hit with new US sanctions": the
                # subject bears the measure; its owner (or no one named) imposes it.
                sources = owner or [ActorResolver.make(UNKNOWN, [m], m.i, "unknown")]
                tgt_toks = tgt_toks + hit_with
            elif _lemma(p) in ("draw", "trigger", "earn", "provoke", "prompt") or reversed_:
                # The subject is the target: "launches draw UN sanctions", "India warned
                # of US sanctions", "Turkey faces US sanctions".
                sources = owner
                if reversed_:
                    subj, first = _children(p, "nsubj", "nsubjpass"), p
                    while not subj and first.dep_ == "conj" and _lemma(p) == "face":
                        # "Venezuela must free the prisoners or face sanctions": the
                        # subject of the demand faces them.
                        first = first.head
                        subj = _children(first, "nsubj", "nsubjpass")
                    tgt_toks = tgt_toks + subj
                    etype = "threaten_sanctions"
                    warner = first.head if first.dep_ == "ccomp" else None
                    if not owner and warner is not None and _lemma(warner) in (
                        "warn", "threaten", "tell"
                    ) and _children(warner, "dobj"):
                        # "The EU warned Serbia it could face sanctions"
                        sources = self.resolve_all(self.agent_tokens(warner))
                        tgt_toks = _children(warner, "dobj")
                    elif not owner and warner is not None and subj and (
                        _lemma(warner) in lx.REPORT_VERBS | {"warn", "threaten"}
                    ):
                        # "... or face sanctions, the United States said": the speaker.
                        sources = self.resolve_all(self.agent_tokens(warner))
                    deadline = _deadline_giver(first) if first is not p else None
                    if not owner and deadline is not None:
                        # "were given a week by ECOWAS to publish a timetable or face
                        # sanctions": who sets the deadline threatens whom it is set.
                        sources = self.resolve_all(deadline[0])
                        tgt_toks = deadline[1]
            else:
                sources = self.resolve_all(self.agent_tokens(p))
            separated = p.dep_ == "pobj" and p.head.lower_ in _SEPARATING_PREPS
            if not sources:
                # "EU sanctions were extended": the measure's own modifiers.
                sources = owner
            under_deal = not sources and p.dep_ == "relcl" and any(
                o.tag_ == "WDT" for o in _pobjs(p, {"under"}))
            if not sources and self._unnamed_passive(m, x, p):
                # Headline "Sanctions on Russia extended for six months", "... were
                # renewed": a passive with no agent names no imposer (guide: UNK).
                sources = [ActorResolver.make(UNKNOWN, [m], m.i, "unknown")]
            if under_deal:
                # "the 2015 nuclear deal, under which sanctions on Iran were lifted": the
                # deal's terms, told as background; who acted goes unnamed (guide: UNK).
                sources = [ActorResolver.make(UNKNOWN, [m], m.i, "unknown")]
            targets = self._expand_target(tgt_toks)
            demonym_reason = False
            if not targets and etype in ("threaten_sanctions", "impose_sanctions"):
                # "sanctions over the Russian gas pipeline": with no named target, the
                # state whose adjective marks the reason. A proper name there ("over Hong
                # Kong", "for Taiwan arms sales") is a topic, not a target.
                # A state's name in front of one of its own acts counts the same
                # ("over Myanmar executions", not "over Hong Kong").
                targets = [a for r in _pobjs(m, {"over"}) + _pobjs(p, {"over"})
                           for c in _children(r, "amod", "compound") if c.ent_type_ == "NORP"
                           or (c.dep_ == "compound" and c.ent_type_ == "GPE"
                               and _lemma(r) in lx.STATE_ACT_NOUNS)
                           for a in self.res.resolve(c, allow_unknown=False)
                           if is_state(a.code) and a.code not in {s.code for s in sources}]
                demonym_reason = bool(targets)
            cand = Candidate(etype, p, p, sources, targets)
            if demonym_reason:
                cand.confidence -= 0.1
            if reversed_:
                cand.confidence = 0.75  # the headline's direction is inferred, not parsed
            if separated and not sources:
                cand.notes.add("no_fallback")  # "... after the sanctions announcement"
            if under_deal:
                cand.notes.update({"no_fallback", "background"})
            out = [cand]
            src_codes = {a.code for a in sources}
            others = [a for a in owner if a.code not in src_codes]
            if others and etype == "impose_sanctions" and _lemma(p) in ("join", "adopt", "align"):
                # "Norway joined EU sanctions on Russia": the body's own measure too.
                ref = Candidate(etype, m, m, others, targets, confidence=0.8)
                ref.notes.add("bare")
                ref.notes.add("background")  # also "the EU's latest sanctions"
                out.append(ref)
            return out
        arrival = x.head if x.dep_ == "nsubj" else None
        if arrival is not None and _lemma(arrival) in lx.ARRIVAL_VERBS and (
            arrival.dep_ == "ccomp" and _lemma(arrival.head) in lx.REPORT_VERBS | {"warn"}
            and any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | lx.WEAK_MODALS
                    for c in arrival.children)
        ):
            # "Trump said snapback sanctions against Iran could come next week": the
            # speaker announces measures still to come, its own threat of sanctions.
            sources = self._measure_owner(m) or self.resolve_all(
                self.agent_tokens(arrival.head))
            targets = self._expand_target(self._targets_sanction(m, x, arrival))
            if sources and targets:
                cand = Candidate("threaten_sanctions", arrival, m, sources, targets,
                                 confidence=0.75)
                cand.notes.add("no_fallback")
                return [cand]
        # A bare mention: "U.S. sanctions on Cuba", "new sanctions against Syria by Canada".
        sources = self._measure_owner(m)
        unnamed = [c for c in _children(m, "amod") if c.lower_ in ("western", "international")]
        if not sources and unnamed:
            # "Years of Western sanctions have left Iran's airliners ageing": states
            # that are not named.
            sources = [ActorResolver.make(UNKNOWN, [unnamed[0]], unnamed[0].i, "unknown")]
        if not sources and p is not None and _mod_lemmas(m) & lx.NEW_MODIFIERS:
            sources = self.resolve_all(self.agent_tokens(p))
        targets = self._expand_target(tgt_toks)
        reaction = _reaction_verb(x)
        if sources and not targets and reaction is not None and not (
            _mod_lemmas(m) & lx.NON_STATE_SANCTION_MODIFIERS
        ):
            # "Iran condemned the new US sanctions": with no on/against target named,
            # the state reacting to a measure is the one it hits. The owner must be
            # named, so "fans slammed the sanctions" and a bare "the sanctions" give none.
            owners = {a.code for a in sources}
            targets = [a for a in self.resolve_all(self.agent_tokens(reaction))
                       if is_state(a.code) and a.code not in owners]
        if not sources and targets and _borne(m, x, p):
            # "North Korea is breaking sanctions", "Putin has weathered ... sanctions":
            # a state living under a measure whose imposer goes unnamed (guide: UNK).
            sources = [ActorResolver.make(UNKNOWN, [m], m.i, "unknown")]
        if not sources or not targets:
            return []
        cand = Candidate("impose_sanctions", m, m, sources, targets)
        cand.notes.add("bare")
        if reaction is not None and {a.code for a in self.resolve_all(
            self.agent_tokens(reaction))} & {a.code for a in targets}:
            # Only a reaction by the state hit: "Hungary rejected new EU sanctions on
            # Russia" is a member opposing a proposal, left to the general cues.
            cand.notes.add("reaction")
        if _broken(m, x, p):
            cand.notes.add("background")  # "Syria keeps flouting US sanctions": not kept by Syria
        cand.confidence -= 0.1
        return [cand]

    @staticmethod
    def _unnamed_passive(m: Token, x: Token, p: Token) -> bool:
        """The measure is the subject of a passive imposing verb with no agent: "were
        extended", or the headline's bare participle with no object ("Sanctions on Iran
        renewed", also of an easing: "Arms embargo on Somalia lifted"); a sporting
        penalty is not a state's."""
        if _lemma(p) not in lx.UNNAMED_IMPOSE_VERBS | lx.UNNAMED_EASE_VERBS or _mod_lemmas(m) & (
            lx.NON_STATE_SANCTION_MODIFIERS
        ) or any(t.lower_ == "by" and any(o.ent_type_ not in ("DATE", "TIME", "PERCENT")
                                          for o in _children(t, "pobj"))
                 for t in p.children):  # "by a year" is no agent
            return False
        if x.dep_ == "nsubjpass" and x.head.i == p.i:
            # An easing only in the headline form: "Sanctions on Guinea were lifted" in
            # running text stays uncoded (tests/test_coder.py, 0.5.0 negatives).
            return bool(_children(p, "auxpass")) and _lemma(p) in lx.UNNAMED_IMPOSE_VERBS
        if x.dep_ == "ROOT" and p.dep_ == "acl" and p.head.i == x.i and p.tag_ == "VBN":
            # headline "Arms embargo on South Sudan extended by a year"
            return not x.sent.text.rstrip().endswith(".")
        return x.dep_ == "nsubj" and x.head.i == p.i and _headline_participle(p)

    def _hit_with(self, x: Token, p: Token) -> list[Token]:
        """Subjects of "X hit with / slapped with sanctions" read without "was": a
        punish verb with no object whose with-phrase holds the measure is passive, so
        its subject is the target. Only named states' people count ("players hit with
        fines" names none; "Washington hit back with sanctions" is active)."""
        if _lemma(p) not in lx.PUNISH_VERBS or p.tag_ not in ("VBD", "VBN") or not (
            x.dep_ == "pobj" and x.head.lower_ == "with" and x.head.head.i == p.i
        ) or _children(p, "dobj", "dative", "prt", "agent") or any(
            c.lower_ == "back" for c in p.children
        ) or _mod_lemmas(x) & lx.NON_STATE_SANCTION_MODIFIERS or any(
            t.lower_ == "by" for t in p.subtree  # "... by the federation": its own agent
        ):
            return []
        subj = _children(p, "nsubjpass" if _children(p, "auxpass") else "nsubj")
        return [s for s in subj if s.tag_ not in ("PRP", "WDT", "WP") and (
            _lemma(s) not in lx.SPORT_PEOPLE) and any(
            is_state(a.code) for a in self.res.resolve(s, allow_unknown=False))]

    def _cut_off(self, v: Token) -> list[Candidate]:
        """ "cut off Huawei's access to advanced chips", "cut Iranian banks off from the
        US financial system": denying a state's firms or people the goods or the finance
        of the acting state is an export or financial ban."""
        def denied(g: Token) -> bool:
            if _lemma(g) in ("system", "market"):
                return bool(_mod_lemmas(g) & lx.FINANCIAL_MODIFIERS)
            return _lemma(g) in lx.CUT_OFF_GOODS

        targets: list[Actor] = []
        for o in _children(v, "dobj"):
            if _lemma(o) == "access" and any(denied(g) for g in _pobjs(o, {"to"})):
                targets += self._expand_target(_children(o, "poss"))
            elif any(denied(g) for g in _pobjs(v, {"from"})):
                targets += self._expand_target([o])
        targets = [a for a in targets if is_state(a.code)]
        sources = [a for a in self.resolve_all(self.agent_tokens(v)) if is_state(a.code)
                   or a.code in ORGANISATIONS]
        if not targets or not sources:
            return []
        cand = Candidate("impose_sanctions", v, v, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _campaign_for(self, v: Token) -> list[Candidate]:
        """ "pushed for Taiwan to attend the WHO assembly", "is lobbying for Ukraine's
        membership": a state campaigning for another state's place in a body or meeting
        backs that state."""
        backed: list[Token] = []
        # "makes a diplomatic push for Taiwan to attend": the clause may hang on the verb
        holders = [v, v.head] if v.pos_ == "NOUN" and v.dep_ == "dobj" else [v]
        for c in (c for h in holders for c in h.children):
            if c.dep_ == "advcl" and _lemma(c) in lx.PARTICIPATE_VERBS and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children
            ):
                backed += _children(c, "nsubj", "nsubjpass")  # "for Taiwan to attend"
        for n in _pobjs(v, {"for"}):
            if _lemma(n) in lx.PARTICIPATION_NOUNS:
                backed += _children(n, "poss")  # "for Taiwan's participation"
        targets = [a for t in backed if t.ent_type_ in ("GPE", "NORP")
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        sources = [a for a in self.resolve_all(self.agent_tokens(v)) if is_state(a.code)]
        if not targets or not sources:
            return []
        cand = Candidate("express_support", v, v, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _normalisation_deal(self, n: Token) -> list[Candidate]:
        """ "the normalization deal between the UAE and Israel", "Bahrain's normalisation
        accord with Israel": the deal restores (or establishes) relations between the pair."""
        deal = n.head
        parties = [a for a in self._expand_target(_pobjs(deal, {"between"})) if is_state(a.code)]
        if len(parties) < 2:
            owners = self.resolve_all(_children(deal, "poss"))
            partners = self._expand_target(_pobjs(deal, {"with"}))
            parties = [a for a in owners + partners if is_state(a.code)]
        made = deal.dep_ in ("dobj", "nsubjpass") and _lemma(deal.head) in lx.DEAL_MAKING_VERBS
        if made and len({a.code for a in parties}) < 2:
            # "Sudan and Israel will sign a normalization accord", "Sudan signed a
            # normalization deal with Israel": the signers are the pair.
            signers = self.resolve_all(self.agent_tokens(deal.head))
            with_toks = _pobjs(deal, {"with"}) + _pobjs(deal.head, {"with"})
            partners = [a for a in self._expand_target(with_toks) if is_state(a.code)]
            if with_toks and not partners:
                return []  # "signed a normalisation deal with the mining firm"
            parties = [a for a in signers + partners if is_state(a.code)]
        codes = {a.code for a in parties}
        if len(codes) < 2:
            return []
        cand = Candidate("restore_relations", deal.head if made else deal, n, parties, [],
                         joint=True, confidence=0.8)
        cand.notes.add("no_fallback")
        if not made:
            # "a ceremony for the recent normalization deal between ...": a deal named,
            # not being made, is background to the news
            cand.notes.add("background")
        return [cand]

    def _received_relief(self, m: Token, p: Token | None) -> list[Candidate] | None:
        """ "Iran receives sanctions relief from Washington": the giver acts on the
        receiver, the subject."""
        if p is None or _lemma(p) != "relief" or p.dep_ != "dobj" or (
            _lemma(p.head) not in lx.RECEIVE_VERBS
        ):
            return None
        verb = p.head
        sources = self.resolve_all(_pobjs(verb, {"from"}) + _pobjs(p, {"from"}))
        targets = [a for a in self._expand_target(_children(verb, "nsubj", "nsubjpass"))
                   if is_state(a.code)]
        cand = Candidate("ease_sanctions", verb, m, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _blocked_measure(
        self, m: Token, x: Token, p: Token | None, tgt_toks: list[Token]
    ) -> list[Candidate] | None:
        """ "Hungary blocked the EU's new sanctions on Russia": the owner proposed them
        (a threat of sanctions); the blocker imposed nothing."""
        held_up = _lemma(p) == "hold" and any(c.lower_ == "up" for c in p.children) if (
            p is not None) else False  # "Slovakia's veto has held up the EU's package"
        if p is None or (_lemma(p) not in lx.BLOCK_VERBS and not held_up) or p.pos_ != "VERB":
            return None
        owner = self._measure_owner(m) or (self._measure_owner(x) if x is not m else [])
        blockers = {a.code for a in self.resolve_all(self.agent_tokens(p))}
        owner = [a for a in owner if a.code not in blockers]
        targets = self._expand_target(tgt_toks)
        if not owner or not targets:
            return []
        cand = Candidate("threaten_sanctions", p, m, owner, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _measure_owner(self, m: Token) -> list[Actor]:
        out: list[Actor] = []
        by = _pobjs(m, {"by", "from"})
        for t in _children(m, "poss", "compound", "amod", "nmod") + by + (
            _stray_co_agents(m, by) if by else []
        ):
            if t.lower_ in ("its", "their", "his", "her"):
                continue
            for a in self.res.resolve(t, allow_unknown=False):
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def _from_sanction_verb(self, v: Token) -> list[Candidate]:
        if _lemma(v) == "sanction" and any(_lemma(o) in lx.APPROVED_ACTS
                                           for o in _children(v, "dobj", "nsubjpass")):
            return []  # "parliament sanctioned the deployment": approved it
        hyphened = [c for c in _children(v, "npadvmod", "compound", "nmod")
                    if c.i == v.i - 2 and v.doc[v.i - 1].text == "-"]
        if v.dep_ == "amod" and hyphened:
            # "the Kremlin-sanctioned media campaign" is one Moscow approved; only a
            # state or its people so marked ("US-sanctioned Iranian tankers") are the
            # target of a measure, one already in place.
            targets = self._expand_target([v.head])
            sources = self.resolve_all(hyphened)
            if not sources or not targets or _lemma(v) != "sanction":
                return []
            cand = Candidate("impose_sanctions", v, v, sources, targets, confidence=0.7)
            cand.notes.update({"no_fallback", "background"})
            return [cand]
        targets = self._expand_target(
            [c for c in _children(v, "dobj", "nsubjpass")] + _pobjs(v, {"on", "against"})
        )
        passive = bool(_children(v, "nsubjpass", "auxpass"))
        if v.dep_ == "acl" and v.tag_ == "VBN":
            # "Russian officials sanctioned by the EU": the modified noun is the target.
            passive = True
            targets = targets or self._expand_target([v.head])
        sources = self.resolve_all(
            _pobjs(v, {"by"}) if passive else self.agent_tokens(v)
        )
        if _lemma(v) == "boycott":
            return []
        etype = "ease_sanctions" if _lemma(v) in ("delist", "unblacklist") else "impose_sanctions"
        return [Candidate(etype, v, v, sources, targets)]

    def _from_support_verb(self, v: Token) -> list[Candidate]:
        objs = _children(v, "dobj")
        if not objs and _children(v, "auxpass") and _pobjs(v, {"by"}):
            # "Armenia's proposal was endorsed by France": the by-agent supports.
            objs = _children(v, "nsubjpass")
        if not objs and not _children(v, "auxpass") and v.i + 1 < v.sent.end:
            # "Lukashenko hails Kremlin's stance on Ukraine talks" with the object
            # parsed as the subject of a clause below: the phrase right after the verb.
            nxt = v.doc[v.i + 1]
            while nxt.dep_ in ("poss", "compound", "amod", "det", "case") and (
                nxt.head.i > nxt.i
            ):
                nxt = nxt.head
            if nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ in ("nsubj", "nsubjpass") and (
                v.i < nxt.i and any(a.i == v.i for a in nxt.ancestors)
            ) and _children(nxt, "poss"):
                objs = [nxt]
        if not objs:
            return []
        obj = objs[0]
        if (_lemma(obj) in lx.NON_STATE_SUPPORT_HEADS and not self._state_bid(obj)) or (
            _mod_lemmas(obj) & {"opposition"}
        ):
            return []
        if measure_class(obj):
            return []  # "backed sanctions" is about the measure, coded there
        if not self._support_target_ok(obj):
            return []  # "welcoming US tourists"
        if _lemma(v) == "welcome" and (
            obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or _lemma(obj) in (
                "leader", "president", "minister", "premier", "chancellor", "king", "emir",
                "delegation", "counterpart", "government", "state", "country", "nation")
        ):
            return []  # "Johnson welcomes Macron for talks" is a visit
        if _mod_lemmas(obj) & {"military", "financial", "economic"} and not any(
            c.dep_ == "poss" and c.lower_ not in ("its", "their") for c in obj.children
        ):
            return []  # "backs military aid", but "backs Israel's military campaign"
        targets = [a for a in self.res.resolve(obj, allow_unknown=False) if is_state(a.code)]
        return self._support_by(v, v, targets)

    def _from_support_noun(self, n: Token) -> list[Candidate]:
        if _mod_lemmas(n) & lx.MATERIAL_SUPPORT_MODIFIERS:
            return []
        headline = self._headline_support(n)
        if headline:
            return headline
        return self._support_noun(n)

    def _headline_support(self, n: Token) -> list[Candidate]:
        """Headline parses of "Xi pledges support for Putin", "Turkey voices support for
        Qatar": the verb read as a noun in front of "support"."""
        # (also with the noun in quotes: "Harare voices 'solidarity' with ...", the
        # quote read as a possessive ending)
        verbs = [c for c in _children(n, "compound", "nsubj", "aux", "poss")
                 if _verb_base(c) in lx.SUPPORT_NOUN_PREDICATES and c.i < n.i and all(
                     t.is_punct or t.tag_ == "POS" for t in n.doc[c.i + 1: n.i])
                 and (c.dep_ != "poss" or c.i < n.i - 1)]
        if n.dep_ == "ROOT" and verbs:
            # Headline parse of "Xi pledges support for Putin": the verb as a compound.
            sources = [a for c in _children(verbs[0], "compound", "nsubj", "amod", "nmod")
                       for a in self.res.resolve(c, allow_unknown=False)]
            targets = [a for t in _pobjs(n, {"for", "to", "with"})
                       if self._support_target_ok(t) and _lemma(t) not in lx.NON_STATE_SUPPORT_HEADS
                       for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            if sources and targets:
                cand = Candidate("express_support", n, n, sources, targets, confidence=0.8)
                cand.notes.add("no_fallback")
                return [cand]
        return []

    def _headline_verb_as_noun(self, v: Token) -> list[Candidate]:
        """Headline "Tehran lauds Baghdad's stance", "Ortega sides with Moscow": the verb
        read as a plural noun, its subject as a modifier in front of it."""
        subjects = [c for c in v.children if c.dep_ in ("compound", "amod", "nsubj", "nmod")
                    and c.i < v.i]
        if not subjects:
            return []
        sources = [a for a in self.resolve_all(subjects[:1])]
        if _lemma(v) == "side":
            objs = _pobjs(v, {"with"})
        else:
            objs = _children(v, "appos", "dobj") + _pobjs(v, {"behind"})
            if _lemma(v) == "thank":
                objs += _children(v, "npadvmod")  # "Hungary thanks Turkey for ..."
        # Only the phrase right after the verb: "lauds Baghdad's stance on Gaza".
        objs = [o for o in objs if v.i + 1 in (o.left_edge.i, o.head.i)]
        targets = [a for o in objs[:1] if self._support_target_ok(o) and not (
            _lemma(o) in lx.NON_STATE_SUPPORT_HEADS and not self._state_bid(o))
            and not measure_class(o)
            for a in self.res.resolve(o, allow_unknown=False) if is_state(a.code)]
        if not sources or not targets:
            return []
        cand = Candidate("express_support", v, v, sources, targets, confidence=0.8)
        cand.notes.add("no_fallback")
        return [cand]

    def _support_noun(self, n: Token) -> list[Candidate]:
        declared = self._declared_support(n)
        if declared is not None:
            return declared
        if n.dep_ == "dobj" and _lemma(n.head) in lx.RECEIVE_VERBS and _pobjs(n.head, {"from"}) + (
            _pobjs(n, {"from"})
        ):
            # "Bangkok won strong backing from Washington": the giver backs the subject.
            verb = n.head
            sources = self.resolve_all(_pobjs(verb, {"from"}) + _pobjs(n, {"from"}))
            targets = [a for t in _children(verb, "nsubj", "nsubjpass")
                       if self._support_target_ok(t)
                       for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            if not sources or not targets:
                return []
            cand = Candidate("express_support", verb, n, sources, targets)
            cand.notes.add("no_fallback")
            return [cand]
        if n.dep_ == "pobj" and n.head.lower_ == "in" and _pobjs(n, {"of"}):
            # "came out in support of Venezuela's government"
            verb = n.head.head
            # "in favour of Iceland's candidacy": a state's own bid is its stance.
            targets = [a for t in _pobjs(n, {"of"}) if self._support_target_ok(t)
                       and (_lemma(t) not in lx.NON_STATE_SUPPORT_HEADS or self._state_bid(t))
                       for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            if verb.pos_ not in ("VERB", "AUX"):
                return []
            return self._support_by(verb, n, targets)
        if not (n.dep_ in ("dobj", "conj") and _lemma(n.head) in lx.SUPPORT_NOUN_PREDICATES):
            return self._possessed_support(n)
        tgt = _pobjs(n, {"for", "to", "with", "behind"}) or _pobjs(
            n.head, {"with", "to", "for", "behind"}) or [
            t for d in _children(n.head, "dative") if d.lower_ in ("to", "for")
            for t in _children(d, "pobj")
        ]  # "lent its support to Manila": the parser calls "to" a dative
        if not tgt and _mod_lemmas(n) & {"mutual", "reciprocal"}:
            # "Caracas and Havana reaffirm mutual backing": each backs the other.
            joint = [a for a in self.resolve_all(self.agent_tokens(n.head)) if is_state(a.code)]
            if len(joint) < 2:
                return []
            cand = Candidate("express_support", n.head, n, joint, [], joint=True)
            cand.notes.add("no_fallback")
            return [cand]
        if not tgt:
            return []
        if any(_lemma(t) in lx.NON_STATE_SUPPORT_HEADS and not self._state_bid(t) for t in tgt):
            return []
        targets = [a for t in tgt if self._support_target_ok(t)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        return self._support_by(n.head, n, targets)

    def _declared_support(self, n: Token) -> list[Candidate] | None:
        """ "Ankara's declaration of support for the government in Tripoli": the
        possessor of the statement declares the support."""
        if not (n.dep_ == "pobj" and n.head.lower_ == "of"
                and _lemma(n.head.head) in lx.SUPPORT_STATEMENTS):
            return None
        statement = n.head.head
        owners = [a for c in _children(statement, "poss") if c.lower_ not in ("its", "their")
                  for a in self.resolve_all([c])] or self.resolve_all(_pobjs(statement, {"by"}))
        tgt = _pobjs(n, {"for", "to", "with"})
        if not owners or not tgt or any(_lemma(t) in lx.NON_STATE_SUPPORT_HEADS
                                        and not self._state_bid(t) for t in tgt):
            return []
        targets = [a for t in tgt if self._support_target_ok(t)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        cand = Candidate("express_support", n, n, owners, targets, confidence=0.8)
        cand.notes.add("no_fallback")
        return [cand]

    def _possessed_support(self, n: Token) -> list[Candidate]:
        """ "thanked Iran for its steadfast support": the owner's support, as background."""
        poss = _children(n, "poss")
        if not (n.dep_ in ("pobj", "nsubj", "nsubjpass") or (
            n.dep_ == "dobj" and _lemma(n.head) in lx.SUPPORT_VERBS | lx.PRAISE_VERBS
        )):
            return []
        if poss and poss[0].lower_ in ("its", "their"):
            owner = self.res._object_antecedent(poss[0])
            owners = [owner] if owner else []
        else:
            # "Paris's endorsement of Rabat's plan", "praised French support for Yerevan"
            owners = [a for c in poss or _children(n, "amod", "compound")
                      for a in self.res.resolve(c, allow_unknown=False) if is_state(a.code)]
        tgt = _pobjs(n, {"for", "to"}) + (_pobjs(n, {"of"}) if _lemma(n) == "endorsement" else [])
        if _lemma(n) == "solidarity":
            # "welcomed Ankara's solidarity with Baku", "with" on the noun or on the verb
            tgt += _pobjs(n, {"with"}) or (_pobjs(n.head, {"with"}) if n.dep_ == "dobj" else [])
        if not tgt and n.head.lower_ == "for" and _lemma(n.head.head) in lx.SUPPORT_VERBS:
            tgt = _children(n.head.head, "nsubj")  # the thanked party's support of the thanker
        if not poss and not owners and not _pobjs(n, {"for", "to", "with"}):
            thanked = self._thanked_for(n)
            if thanked is not None:
                owners, tgt = thanked
        if not tgt and n.dep_ == "pobj" and n.head.lower_ == "by" and (
            _lemma(n.head.head) in lx.HEARTEN_VERBS and n.head.head.dep_ == "advcl"
            and n.head.head.tag_ == "VBN"
        ):
            # "Buoyed by Turkey's backing, Azerbaijan's president struck a defiant tone":
            # the support heartens the subject of the clause it opens.
            tgt = _children(n.head.head.head, "nsubj")
        if not owners or not tgt or any(_lemma(t) in lx.NON_STATE_SUPPORT_HEADS
                                        and not self._state_bid(t) for t in tgt):
            return []
        targets = [a for t in tgt if self._support_target_ok(t)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        cand = Candidate("express_support", n, n, owners, targets, confidence=0.8)
        cand.notes.update({"no_fallback", "background"})
        return [cand]

    def _backer_of(self, n: Token) -> list[Candidate]:
        """ "Russia, the main backer of Assad's government, ...", "Moscow, Minsk's main
        backer, ...": the named state in apposition backs the state after "of" (or
        before "'s"), a standing role told as background."""
        if n.dep_ != "appos" or n.head.pos_ != "PROPN" or _mod_lemmas(n) & (
            lx.MATERIAL_SUPPORT_MODIFIERS | lx.NON_STATE_SUPPORT_MODIFIERS
        ):
            return []
        owners = [a for a in self.res.resolve(n.head, allow_unknown=False) if is_state(a.code)]
        # Only a state or its government: "a major backer of Hamas" backs a movement.
        # ("Moscow, Minsk's main backer": the possessor is the one backed)
        tgt = _pobjs(n, {"of"}) or _children(n, "poss")
        targets = [a for t in tgt if self._support_target_ok(t)
                   and (t.ent_type_ == "GPE" or _lemma(t) in STATE_HEADS)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        if not owners or not targets:
            return []
        cand = Candidate("express_support", n, n, owners, targets, confidence=0.7)
        cand.notes.update({"no_fallback", "background"})
        return [cand]

    def _thanked_for(self, n: Token) -> tuple[list[Actor], list[Token]] | None:
        """ "Pakistan thanks China for steadfast support", "Hungary thanked Turkey for
        solidarity": support nobody owns, thanked for, is the thanked state's support of
        the thanker (whose own thanks the verb codes). In headlines the verb is read as a
        plural noun with its subject as a modifier and its object loose after it."""
        if n.dep_ != "pobj" or n.head.lower_ != "for":
            return None
        verb = n.head.head
        if _lemma(verb) != "thank" and verb.lower_ != "thanks":
            return None
        if verb.pos_ in ("VERB", "AUX"):
            objs, thankers = _children(verb, "dobj"), self.agent_tokens(verb)
        elif verb.dep_ == "ROOT":
            objs = [c for c in verb.children if c.dep_ in ("appos", "dobj", "npadvmod")
                    and c.i > verb.i]
            thankers = [c for c in verb.children if c.dep_ in ("compound", "amod", "nsubj",
                                                                "nmod") and c.i < verb.i]
        else:
            return None
        owners = [a for o in objs[:1] if o.i == verb.i + 1 or o.left_edge.i == verb.i + 1
                  for a in self.res.resolve(o, allow_unknown=False) if is_state(a.code)]
        if not owners or not thankers:
            return None
        return owners, thankers[:1]

    def _from_recognise(self, v: Token) -> list[Candidate]:
        objs = _children(v, "dobj")
        # Headline "Guatemala breaks ties with Taiwan, recognizes China": the object is
        # parsed as a subject after the verb; the actor comes first (source fallback).
        inverted = [s for s in _children(v, "nsubj") if s.i > v.i] if not objs else []
        objs = objs or inverted
        if not objs:
            return []
        obj = objs[0]
        if not (obj.ent_type_ in ("GPE", "NORP") or _lemma(obj) in lx.RECOGNISABLE_HEADS):
            return []
        targets = [a for a in self.res.resolve(obj, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        sources = [] if inverted else self.resolve_all(self.agent_tokens(v))
        if _lemma(obj) == "sovereignty" and _pobjs(obj, {"over"}):
            # "recognising Rabat's sovereignty over Western Sahara": backing a state's
            # claim to a territory, not recognising the state.
            cand = Candidate("express_support", v, v, sources, targets)
            cand.notes.add("no_fallback")
            if v.dep_ == "pcomp" and v.head.lower_ == "for" and (
                _lemma(v.head.head) in lx.PRAISE_VERBS
            ):
                cand.notes.add("background")  # "thanked the US for recognising ..."
            return [cand]
        cand = Candidate("restore_relations", v, v, sources, targets)
        cand.notes.add("source_fallback_only")
        return [cand]

    def _from_quit(self, v: Token) -> list[Candidate]:
        if v.pos_ == "NOUN":
            # "announced its withdrawal from ECOWAS"
            objs = _pobjs(v, {"from"})
            targets = [a for t in objs for a in self.res.resolve(t, allow_unknown=False)
                       if a.code in ORGANISATIONS and names_organisation(a.text)]
            poss = _children(v, "poss")
            owners = []
            if poss and poss[0].lower_ == "their" and v.dep_ == "dobj":
                # "Burkina Faso, Mali and Niger announced their withdrawal": every subject.
                owners = self.resolve_all(self.agent_tokens(v.head))
            owners = owners or (self.resolve_all(poss) if poss else [])
            if not owners:
                owners = self.resolve_all(self.agent_tokens(v))
            if not targets or not owners:
                return []
            cand = Candidate("sever_relations", v, v, owners, targets)
            cand.notes.add("no_fallback")
            return [cand]
        if _children(v, "oprd"):
            return []  # "leave Europe furious": a state of mind, not a departure
        if _lemma(v) == "withdraw":
            objs = _pobjs(v, {"from"})
        elif _lemma(v) == "pull":
            # "pull out of the African Union", with "out" as a particle or a preposition
            objs = _pobjs(v, {"of", "from"}) + [t for o in v.children if o.lower_ == "out"
                                                for t in _pobjs(o, {"of"})]
        else:
            objs = _children(v, "dobj") + _pobjs(v, {"from"})
        # "withdraw from the Rome Statute of the International Criminal Court"
        objs += [t for o in objs if _lemma(o) in ("statute", "charter", "treaty")
                 for t in _pobjs(o, {"of"})]
        # The organisation itself, named as one: not "the U.N. agency" (one of its
        # bodies), not "Europe" (a place).
        targets = [a for t in objs for a in self.res.resolve(t, allow_unknown=False)
                   if a.code in ORGANISATIONS and a.start_char <= t.idx < a.end_char
                   and names_organisation(a.text)]
        if not targets:
            return []
        sources = []
        if _lemma(v) == "pull":
            # "moves to pull the U.S. out of WHO": the state pulled out is the one leaving
            sources = [a for a in self.resolve_all(_children(v, "dobj")) if is_state(a.code)]
        cand = Candidate("sever_relations", v, v,
                         sources or self.resolve_all(self.agent_tokens(v)), targets)
        cand.notes.add("no_fallback")
        return [cand]

    # --- finishing ----------------------------------------------------------------------

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
                    urgee = self.resolve_all(_children(cues.appeal, "dobj", "dative"))
                    if not urgee and cues.appeal.pos_ == "NOUN":
                        continue  # "Slovakia's call for an end to sanctions": whose is unsaid
                    cand.event_type = "impose_sanctions"
                    cand.sources = urgee or cand.sources
                    cues = ModalityCues(reference=True)
                elif cand.event_type != "threaten_sanctions":
                    continue  # an appeal to others is not their act
            if cand.event_type == "impose_sanctions" and (
                cues.threat or cues.sanction_threat or cues.conditional
                or (cues.hypothetical and not cues.speculative and "bare" not in cand.notes)
            ):
                cand.event_type = "threaten_sanctions"
            if cand.event_type == "impose_sanctions" and "bare" in cand.notes and (
                not cues.maintained  # "will remain under an asset freeze": the keeping is news
            ):
                mods = _mod_lemmas(cand.trigger)
                if not (mods & lx.NEW_MODIFIERS):
                    cues.reference = True
            cand.modality = decide_modality(cand, cues)
            if "background" in cand.notes and cand.modality not in ("negated", "hypothetical"):
                cand.modality = "reference"
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
            if cand.targets and not cand.joint and len(cand.sources) == 1 and {
                t.code for t in cand.targets
            } == {cand.sources[0].code} != {UNKNOWN}:
                # "a ban on travel to the United States by ... the Chinese Communist
                # Party": the state acting is never its own target; look further.
                cand.targets = []
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
                pool = [a for a in pool if not _in_reason(sent.doc[a.head])]
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
            ):
                # "France recalls envoys", "Berlin recalls its ambassador": the act is
                # certain, its target is not named in the sentence.
                cand.targets = [ActorResolver.make(UNKNOWN, [cand.trigger], cand.trigger.i,
                                                   "unknown")]
            if not cand.sources or not (cand.targets or cand.joint):
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
