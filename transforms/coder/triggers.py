"""Trigger classification: the event ``Candidate``, the class of a measure noun
(``measure_class``), the predicate that governs it (``governor``) and the event type the two
make (``classify``), with the headline misparses these have to see through."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import lexicon as lx
from .actors import STATE_HEADS, Actor, is_pronoun
from .gazetteer import load_gazetteer
from .syntax import (
    _children,
    _gerund_subjects,
    _lemma,
    _mod_lemmas,
    _pobjs,
    _subtree_within,
)


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


def _proposal_of_misread_infinitive(tok: Token) -> Token | None:
    """The bill of "introduced a bill to sanction officials of the court", "unveil bill
    to sanction Turkey", where the parser reads "to" as a preposition and the verb as
    its noun; None for any other token."""
    if _lemma(tok) not in lx.SANCTION_VERBS or tok.i == 0:
        return None
    to = tok.doc[tok.i - 1]
    if to.lower_ != "to" or to.dep_ != "prep" or not (
        (tok.dep_ == "pobj" and tok.head.i == to.i)
        or (tok.dep_ == "compound" and tok.head.dep_ == "pobj" and tok.head.head.i == to.i)
    ):
        return None
    proposals = [to.head] if to.head.pos_ == "NOUN" else _children(to.head, "dobj")
    return next((p for p in proposals if _lemma(p) in lx.PROPOSAL_NOUNS), None)


def _infinitive_read_as_prep(tok: Token) -> bool:
    return _proposal_of_misread_infinitive(tok) is not None


# The last word of a sanctions office's name ("Office of Financial Sanctions
# Implementation", "Sanctions Enforcement Unit")
_SANCTIONS_OFFICE_HEADS = frozenset({"implementation", "enforcement", "compliance"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


def measure_class(tok: Token) -> str | None:
    lemma, low = _lemma(tok), tok.lower_
    if tok.pos_ in ("ADP", "DET", "PRON", "PUNCT", "CCONJ", "ADV"):
        return None
    nounish = tok.pos_ != "VERB" or tok.tag_ in ("NNS", "NN") or _verb_read_as_subject(tok) or (
        _compound_read_as_verb(tok))
    if nounish and (lemma in lx.SANCTION_NOUNS or low.rstrip("s") in lx.SANCTION_NOUNS):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper() and (
            nxt.lower_ in _SANCTIONS_OFFICE_HEADS
        ):
            return None  # "the Office of Trade Sanctions Implementation": an office's name
        if lemma == "embargo" and (_mod_lemmas(tok) | {
            _lemma(t) for t in _pobjs(tok, {"on"})
        }) & lx.NEWS_EMBARGO_WORDS:
            return None  # "a US news embargo", "the embargo on news of the launch"
        if lemma == "sanction" and (
            tok.pos_ == "VERB" or _is_infinitive(tok) or _infinitive_read_as_prep(tok)
        ):
            return None
        return "sanction"
    if nounish and lemma in ("package", "listing") and (any(
        _ORDINAL.match(c.text) for c in tok.children if c.dep_ == "amod"
    ) and lemma == "package" and not _children(tok, "compound") or any(
        t.ent_type_ in ("GPE", "NORP") for o in _pobjs(tok, {"against"}) for t in o.subtree
    )):
        # "the EU's 19th package", "the latest listings against Iran's ..." (not "its 20th
        # Russia package", whose owner and target the bare-noun reading mixes up)
        return "sanction"
    if nounish and lemma in ("halt", "suspension") and tok.pos_ == "NOUN" and any(
        (_lemma(o) in lx.HALT_OBJECTS | lx.LICENCE_NOUNS or _lemma(o) == "part")
        and any(_aimed_at_state(t) for x in o.subtree if x.lower_ in ("to", "for", "from")
                for t in _children(x, "pobj"))
        or _lemma(o) == "import" and any(  # "its suspension of Lithuanian dairy imports"
            (t.ent_type_ == "NORP" or t.tag_ == "JJ" and t.text[:1].isupper()) and t.i < o.i
            for t in o.subtree)
        for o in _pobjs(tok, {"to", "of", "on"})
    ) and _stopped_by_state(tok) and not _health_context(tok.sent):
        # "ordered a halt to arms exports to Israel", "lifted its suspension of export
        # permits for Turkey": an export ban on the state they were for
        return "sanction"
    mods = _mod_lemmas(tok)
    if lemma in lx.BAN_NOUNS and (nounish or lemma == "freeze"):
        on_what = {_lemma(t) for t in _pobjs(tok, {"on"})}
        subj = {_lemma(t) for t in _children(tok, "nsubj")}
        kinds = (mods | on_what | subj) & lx.BAN_MODIFIERS
        held = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "lifted its ban on ..."
        banned = [t for h in held for t in _pobjs(h, {"on"})] + [
            t for r in _children(tok, "relcl") for t in _pobjs(r, {"on"})]
        if not kinds and lemma == "ban" and (_national_goods(banned) or any(
            _lemma(g) in lx.GOODS or g.lower_ in lx.GOODS for b in banned for g in (b, *b.conjuncts)
        ) and any(_aimed_at_state(t) for h in held for t in _pobjs(h, {"from"}))
        ) and not _health_context(tok.sent):
            # "its ban on Norwegian salmon", "the ban, which Ankara imposed on
            # Israeli-flagged vessels", "its ban on seafood from Japan's Fukushima
            # region": an import ban
            return "sanction"
        if not kinds and lemma == "freeze" and any(
            _lemma(t) in lx.LISTED_HEADS | lx.KIN_HEADS and any(
                c.dep_ in ("amod", "compound", "poss") and (
                    c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
                for c in t.children)
            for t in _pobjs(tok, {"on"})
        ) and not _health_context(tok.sent):
            return "sanction"  # "keeps freeze on Assad relatives": their assets frozen
        # ("lifted its ban on lethal arms sales to Cambodia", "to" hung on the verb)
        sold_to = _pobjs(tok.head, {"to"}) if tok.dep_ == "dobj" else []
        if not kinds and lemma == "ban" and any(
            _lemma(o) in lx.SUPPLY_NOUNS and any(
                _aimed_at_state(t) for t in _pobjs(o, {"to"}) + sold_to)
            for o in _pobjs(tok, {"on"}) + (_pobjs(tok.head, {"on"}) if tok.dep_ == "dobj" else [])
        ) and not _health_context(tok.sent):
            # "a ban on arms sales to Iran", "on arms transfers to Niger's armed forces": an
            # embargo on that state
            return "sanction"
        if lemma in lx.RESTRICTION_NOUNS:
            if lemma == "control" and not mods & {"export", "import"}:
                return None  # "border controls", "arms control"
            if kinds & {"export", "import"} and any(
                t.ent_type_ == "GPE" or _lemma(t) in STATE_HEADS
                or (_lemma(t) in lx.LISTED_HEADS and _aimed_at_state(t))  # not "on German goods"
                for t in _pobjs(tok, {"on", "against"})
            ) and not _health_context(tok.sent):
                return "sanction"  # "tightened export controls on Russia": at a state
            kinds &= lx.RESTRICTION_KINDS
            gov = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
            part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if part is not None and _lemma(part) in lx.QUANTIFIER_NOUNS and part.dep_ in (
                "dobj", "nsubjpass"
            ):
                gov = part.head  # "lifted the last of its financial restrictions on Mali"
            if tok.dep_ in ("ROOT", "appos"):
                # "The US relaxed curbs on ..." with the verb parsed as a modifier.
                gov = next((c for c in _children(tok, "amod") if c.i == tok.i - 1
                            and c.tag_ in ("VBD", "VBN")), None)
            if not kinds and gov is not None and _predicate_lemma(gov) in lx.EASE_PREDICATES and (
                (_pobjs(tok, {"on", "against"}) + _pobjs(gov, {"on", "against"}) or any(
                    t.ent_type_ == "GPE" and t.dep_ == "compound"
                    for t in tok.subtree if t.i < tok.i))  # "eases Venezuela oil curbs"
                and not _health_context(tok.doc[:])  # ("... Quarantine-free flights ...")
            ):
                return "sanction"  # "easing restrictions on Cuban remittances"
            aimed = _pobjs(tok, {"on", "against"}) + (
                _pobjs(gov, {"on", "against"}) if gov is not None else [])
            # (goods under "import restrictions" are a trade dispute's: "import
            # restrictions against German goods")
            heads = lx.LISTED_HEADS if mods & {"import", "export"} else lx.LISTED_HEADS | lx.GOODS
            if not kinds and lemma != "control" and any(
                t.ent_type_ == "GPE" or _lemma(t) in STATE_HEADS or (
                    _lemma(t) in heads or t.lower_ in heads
                ) and any(c.dep_ in ("amod", "compound", "nmod", "poss") and (
                    _national(c) or c.ent_type_ == "GPE") for c in t.children)
                for t in _gerund_subjects(aimed)
            ) and not _health_context(tok.doc[:]):
                # "imposes curbs on Turkish firms", "mulls curbs on Moldovan wine",
                # "restrictions on Russia": at a state, its people or firms, its goods
                return "sanction"
        if kinds and kinds <= lx.MOVEMENT_BAN_KINDS and any(
            _mod_lemmas(t) & {"work", "labour", "labor", "employment", "worker"}
            for t in _pobjs(tok, {"on"})
        ):
            return None  # "a ban on Pakistani work visas": labour migration policy
        if kinds and kinds <= lx.MOVEMENT_BAN_KINDS:
            # A travel ban is a sanction when aimed at people ("visa bans on Nicaraguan
            # officials"); on a whole country, or against an epidemic, it is border policy.
            if tok.dep_ == "compound" and _lemma(tok.head) in lx.LIST_NOUNS and (
                not _health_context(tok.sent)
            ):
                return "sanction"  # "its entry-ban list": a list of people barred by name
            aimed = _pobjs(tok, {"on", "against", "for"})
            if tok.dep_ in ("dobj", "nsubjpass"):
                aimed += _pobjs(tok.head, {"on", "against"})
            # "lifted the visa restrictions it imposed in 2023 on two Guatemalan congressmen"
            aimed += [t for r in _children(tok, "relcl") for t in _pobjs(r, {"on", "against"})]
            if tok.dep_ == "dobj" and _lemma(tok.head) == "face":
                aimed += _children(tok.head, "nsubj")  # "officials could face visa bans"
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and (
                _lemma(tok.head.head) in lx.PUNISH_VERBS
            ):
                aimed += _children(tok.head.head, "dobj")  # "penalised six officials with"
                # "hit back with entry bans on three lawmakers", "on" hung on the verb
                aimed += _pobjs(tok.head.head, {"on", "against"})
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" and (
                _lemma(tok.head.head.head) in ("warn", "threaten")
            ):
                aimed.append(tok.head.head)  # "warned Nigerian officials of visa bans"
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
        if kinds <= {"export"} and lemma == "ban" and on_what and all(
            x.pos_ != "PROPN" and not x.ent_type_
            and _lemma(x) not in STATE_HEADS | lx.LISTED_HEADS
            for t in _pobjs(tok, {"on"}) for x in t.subtree
        ) and not any(x.head.lower_ == "to" and x.ent_type_ in ("GPE", "NORP")
                      and x.head.head.i in (tok.i, tok.head.i) for x in tok.sent) and not (
            tok.dep_ == "pobj" and tok.head.lower_ == "with"  # "hits Russia with ..."
        ):
            return None  # "lifts export ban on maize": a producer's own trade rule
        if kinds:
            return "sanction"
    if nounish and lemma == "penalty" and tok.tag_ == "NNS" and (
        mods & lx.NEW_PENALTY_MODIFIERS or (
            tok.dep_ == "pobj" and tok.head.lower_ == "with"
            and _lemma(tok.head.head) in lx.PUNISH_VERBS | {"threaten"}
        ) or (  # "threatens penalties on Emirati firms blending Iranian crude"
            tok.dep_ == "dobj" and _lemma(tok.head) in ("threaten", "impose", "announce")
            and any(_aimed_at_state(t) for t in _pobjs(tok, {"on", "against"}))
        )
    ) and not _health_context(tok.sent):
        # Wire copy's synonym for sanctions: "imposed new penalties on Russian banks",
        # "threatened Turkey with penalties". Fines of courts and sports bodies have
        # no state source, which the actor rules require.
        return "sanction"
    if nounish and lemma == "blockade" and (mods & {"economic", "commercial", "financial",
                                                     "trade"} or cuban_blockade(tok)):
        return "sanction"  # "the economic, commercial and financial blockade" of Cuba
    if nounish and lemma in ("cap", "ceiling") and price_cap_on_state(tok):
        return "sanction"  # "the G7's price cap on Russian oil"
    if nounish and lemma == "countermeasure" and any(
        t.ent_type_ != "GPE" and _aimed_at_state(t) for t in _pobjs(tok, {"on", "against"}) + (
            _pobjs(tok.head, {"on", "against"}) if tok.dep_ == "dobj" else [])
    ):
        # "took countermeasures against two Canadian organizations and 20 individuals":
        # a state's people or firms named (a vague "countermeasures" against a state is
        # no measure yet)
        return "sanction"
    if nounish and lemma == "measure" and tok.tag_ == "NNS" and mods & (
        lx.NEW_PENALTY_MODIFIERS | {"coordinated"}
    ) and any(_aimed_at_state(t) for t in _pobjs(tok, {"against", "on"})) and (
        not _health_context(tok.sent)
    ):
        # "will consider fresh measures against North Korean entities", "further
        # coordinated measures against Tehran": a new round aimed at a state or its
        # people is a round of sanctions ("new measures against Hamas" is not).
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
    ) and not _mod_lemmas(tok) & lx.LEGISLATIVE_MODIFIERS:
        # "New EU measures target Belarusian potash" ("Senate measure targets ..." is a bill)
        return "sanction"
    if nounish and lemma in ("measure", "penalty") and tok.dep_ == "dobj" and (
        _predicate_lemma(tok.head) in lx.EASE_PREDICATES
    ) and any(_aimed_at_state(t) for t in _pobjs(tok, {"on", "against"})) and (
        not _health_context(tok.sent)
    ):
        return "sanction"  # "eased measures on the new government", not "on farmers"
    if nounish and lemma in ("measure", "penalty") and tok.dep_ == "nsubj" and (
        _kept_in_place(tok.head)
    ) and any(_aimed_at_state(t) or _lemma(t) == "member" and any(
        _lemma(o) in ("government", "regime") for o in _pobjs(t, {"of"})
    ) for t in _pobjs(tok, {"on", "against"})) and not _health_context(tok.sent):
        # "measures against former members of the Assad government would remain"
        return "sanction"
    if nounish and lemma in ("contact", "dealing") and mods & {"official", "diplomatic"}:
        # ("the suspension of all official dealings with the Kenyan government")
        return "relation"  # "would boycott all official contact with the United States"
    if nounish and low in ("ties", "relations", "relationship", "relationships"):
        if mods & lx.NON_DIPLOMATIC_RELATION_MODIFIERS:
            return None
        return "relation"
    if nounish and lemma in ("operation", "presence", "activity", "representation") and (
        "diplomatic" in mods
    ):
        return "relation"  # "resumed full diplomatic operations in Syria"
    if nounish and lemma == "representation" and any(
        t.lower_ == "level" and t.i > tok.i
        and any(x.lower_ == "to" for x in t.doc[max(tok.i, t.i - 4): t.i])
        for t in tok.head.subtree
    ):  # ("to charge d'affaires level" may be parsed as an infinitive)
        return "relation"  # "lower its representation in Venezuela to charge d'affaires level"
    if nounish and lemma == "level" and tok.dep_ in ("dobj", "nsubjpass") and any(
        _lemma(o) in ("staff", "representation", "relation", "tie") and (
            _lemma(o) == "representation" or "diplomatic" in _mod_lemmas(o)
        ) for o in _pobjs(tok, {"of"})
    ):
        return "relation"  # "lowered the level of its diplomatic staff in New Delhi"
    if nounish and lemma in lx.RIFT_NOUNS and not mods & lx.NON_DIPLOMATIC_RELATION_MODIFIERS:
        return "rift"  # coded only when ended or mended (classify)
    if low in ("d'affaires", "d’affaires"):
        return "envoy"  # "chargé d'affaires"
    if lemma in ("head", "chief") and nounish and any(
        _lemma(o) == "mission" and not _children(o, "det") or _lemma(o) in ("embassy", "consulate")
        for o in _pobjs(tok, {"of"})
    ):
        # "its head of mission in Kabul", "the heads of mission of Brazil", "the Russian
        # embassy's deputy chief of mission", "the deputy head of the Russian embassy"
        return "envoy"
    if low == "own" and tok.dep_ == "dobj" and _children(tok, "poss") and any(
        _lemma(t) in ("ambassador", "envoy") for t in tok.sent if t.i < tok.i
    ):
        return "envoy"  # "summons Australian envoy, recalls its own from Canberra"
    if lemma == "counterpart" and nounish and any(
        _lemma(t) in ("ambassador", "envoy", "diplomat") for t in tok.sent if t.i < tok.i
    ):
        # "expelled a Russian diplomat, and Moscow ordered a Latvian counterpart out"
        return "envoy"
    if lemma == "general" and nounish and any(
        _lemma(c) == "consul" for c in _children(tok, "compound")
    ):
        return "envoy"  # "Belarus's consul general", parsed with "general" as the head
    if lemma in lx.ENVOY_NOUNS or low.rstrip("s") in lx.ENVOY_NOUNS:
        base = lemma if lemma in lx.ENVOY_NOUNS else low.rstrip("s")
        if base in lx.ENVOY_NEEDS_EMBASSY and not mods & {
            "embassy", "diplomatic", "consular", "consulate"
        } and not {"high", "commission"} <= mods and not (
            _expelled_state_staff(tok) and base != "officer"
        ) and not any(
            _lemma(o) in ("embassy", "consulate") or _lemma(o) in ("staff", "personnel") and (
                _mod_lemmas(o) & {"embassy", "diplomatic", "consular"})
            or _lemma(o) == "mission" and (_children(o, "poss") or any(  # "of Russia's mission",
                c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.text[:1].isupper())
                for c in o.children))  # "at the Belarusian mission"
            for o in _pobjs(tok, {"of", "at", "from"})
        ):  # "two officials of Niger's embassy", "every member of its embassy staff"
            return None
        if base == "commissioner" and "high" not in mods:
            return None  # a high commissioner is a Commonwealth ambassador
        return "envoy"
    if lemma in lx.MISSION_NOUNS or low in ("embassies", "consulates") or (
        # "the Russian consular office", "its consular office" (not "leave only a consular
        # office open", which is what stays of an embassy)
        lemma in ("office", "section") and "consular" in mods and any(
            c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            for c in tok.children)
    ):
        # ("downgrades its mission in Tel Aviv to charge d'affaires level" is diplomatic)
        if lemma == "mission" and "diplomatic" not in mods and not (
            _mission_ordered_closed(tok) or _reopened_abroad(tok)
            or _CHARGE_LEVEL.search(tok.sent.text)
            or _TO_AMBASSADOR_LEVEL.search(tok.sent.text)  # "raise its mission to embassy level"
        ):
            return None
        return "mission"
    if lemma in ("expulsion", "expulsions") and not _pobjs(tok, {"of"}):
        return "expulsion"
    return None


def closing_order(m: Token) -> Token | None:
    """The order that closes mission `m`: "ordered the Dominican mission closed", and in
    headlines the parser breaks ("Warsaw orders Russia's last consulate in Poland
    closed", "orders" read as a subject or a compound); None when there is none."""
    after = m.doc[m.right_edge.i + 1] if m.right_edge.i + 1 < len(m.doc) else None
    if m.dep_ == "dobj" and _lemma(m.head) == "order" and any(
        _lemma(c) in ("close", "shut") and c.tag_ in ("VBN", "VBD")
        for c in [*m.children, *m.head.children, *([after] if after is not None else [])]
    ):  # (the participle right after the mission's phrase may hang on another verb:
        # "answered on Friday by ordering the U.S. consulate in Chengdu shut")
        return m.head
    if m.dep_ not in ("nsubj", "nsubjpass", "dobj") or not (
        _lemma(m.head) in ("close", "shut") or _lemma(m.head.head) in ("close", "shut")
    ):
        return None
    closed = m.head if _lemma(m.head) in ("close", "shut") else m.head.head
    misread = ("orders", "ordered")
    order = next((c for c in closed.children if c.dep_ == "nsubj" and c.i != m.i
                  and c.lower_ in misread), None)
    if order is None and closed.dep_ in ("ccomp", "xcomp", "relcl", "acl") and (
        _lemma(closed.head) == "order"
    ):
        order = closed.head
    return order or next((c for c in m.children if c.dep_ == "compound" and c.i < m.i
                          and c.lower_ in misread), None)


def _mission_ordered_closed(mission: Token) -> bool:
    """ "Maduro's government ordered the Dominican mission closed": a state's mission
    ordered closed is a diplomatic one."""
    return not _children(mission, "compound") and any(
        c.text[:1].isupper() for c in _children(mission, "amod", "poss")
    ) and closing_order(mission) is not None


def _reopened_abroad(mission: Token) -> bool:
    """ "Suriname reopens its mission in Caracas": a state's own mission in a state."""
    return mission.dep_ == "dobj" and _lemma(mission.head) == "reopen" and bool(
        _children(mission, "poss") or any(_national(c) for c in _children(mission, "amod"))
    ) and not _children(mission, "compound") and not any(  # ("its trade mission")
        c.ent_type_ == "ORG" for c in _children(mission.head, "nsubj")  # (the UN's)
    ) and any(t.ent_type_ == "GPE" for t in _pobjs(mission, {"in"}) + _pobjs(
        mission.head, {"in"}))


def _expelled_state_staff(tok: Token) -> bool:
    """ "Italy expels Russian officials": staff of a named state expelled (the verb
    itself says it; "students", "migrants" are not staff, and "the party expelled
    three officials" names no state)."""
    obj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" and (
        tok.head.head.pos_ == "NUM"
    ):
        obj = tok.head.head  # "expelled 12 of the other's officials"
    v = obj.head
    ordered_out = _lemma(v) in ("order", "tell") and v.pos_ == "VERB" and (
        any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)
        or any(_lemma(x) in ("leave", "depart", "quit") for x in _children(v, "xcomp")))
    # ("Italy orders two Russian officials out", "ordered two Russian officials to leave")
    if not (obj.dep_ in ("dobj", "nsubjpass") and (_lemma(v) == "expel" or ordered_out)
            and v.pos_ == "VERB"):
        return False
    return any((c.ent_type_ in ("NORP", "GPE") or (c.dep_ == "poss" and c.lower_ == "other"))
               and c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children)


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


def _national_goods(toks: list[Token]) -> list[Token]:
    """Goods named by their country: "Georgian wine", "Japanese seafood", "seafood from
    Japan's Fukushima region" (also as the subject of a gerund: "its ban on North Korean
    ships entering Japanese ports")."""
    toks = _gerund_subjects(toks)
    return [t for t in toks if (_lemma(t) in lx.GOODS or t.lower_ in lx.GOODS or (
        # "its ban on Belarusian potash transit": the goods' passage
        _lemma(t) in _GOODS_FLOWS and any(_lemma(c) in lx.GOODS for c in _children(
            t, "compound")))) and (any(
        _aimed_at_state(x) for x in _pobjs(t, {"from"})) or any(
        c.dep_ in ("amod", "compound") and c.i < t.i and (
            _national(c) or c.lower_ in _ORIGIN_PARTICIPLES and any(
                # "Israeli-flagged vessels", "Lithuanian-registered lorries" (the demonym
                # may be tagged a common noun before the hyphen)
                _national(g) or load_gazetteer().lookup_demonym(g.text) is not None
                for g in c.children))
        for c in t.children))]


# What marks goods as a state's after its name and a hyphen ("Russian-made drones").
_ORIGIN_PARTICIPLES = frozenset({"flagged", "registered", "owned", "made", "built", "grown",
                                 "origin"})
# The passage of goods a ban may stop: "potash transit", "coal shipments".
_GOODS_FLOWS = frozenset({"transit", "shipment", "transshipment", "cargo"})


# A state's firms and people a ban names by nationality; workers and members are left
# out ("bans Filipino workers" is labour policy, "barred Russian members" a club's rule).
_BANNED_PARTIES = (lx.LISTED_HEADS | lx.BARRED_PEOPLE | {"mps"}) - {
    "worker", "member", "people", "person", "agent", "manager"}


def _national_parties(toks: list[Token]) -> list[Token]:
    """Firms and people named by their country: "Turkish defence firm", "Chinese
    state-owned companies", "31 Moldovan MPs" (and their conjuncts)."""
    return [t for o in toks for t in (o, *o.conjuncts)
            if (_lemma(t) in _BANNED_PARTIES or t.lower_ in _BANNED_PARTIES) and any(
                c.dep_ in ("amod", "compound", "nmod") and c.i < t.i and (
                    _national(c) or c.ent_type_ == "GPE") for c in t.children)]


CUBA_NAMES = ("Cuba", "Cuban", "Cubans", "Havana")
_CUBA_WORDS = re.compile(r"\b(?:" + "|".join(CUBA_NAMES) + r")\b")
_SIEGE_MODIFIERS = frozenset({"naval", "military", "maritime", "sea", "port", "border", "road",
                              "rail", "trucker", "farmer", "student", "protest", "police"})


def cuban_blockade(tok: Token) -> bool:
    """"The blockade" in a text about Cuba: what Havana and its friends call the US
    embargo ("the criminal US blockade", "six decades of blockade"); a naval, border or
    protesters' blockade is not a sanction."""
    return bool(_CUBA_WORDS.search(tok.doc.text)) and not (
        _mod_lemmas(tok) & _SIEGE_MODIFIERS or any(
            _lemma(t) in _SIEGE_MODIFIERS for t in _pobjs(tok, {"of"})))


def price_cap_on_state(tok: Token) -> bool:
    """A cap on the price of a state's goods ("the price cap on Russian crude", "the
    ceiling on Russian crude prices", "capped the price of Russian oil"): a sanction on
    that state's exports; a cap on rents, fees or a firm's prices is not."""
    aimed = _pobjs(tok, {"on", "for", "of"})
    priced = "price" in _mod_lemmas(tok) or any(
        _lemma(t) == "price" for a in aimed for t in a.subtree)
    if _lemma(tok) == "price":  # the verb's object: "cap the price of Russian oil"
        priced, aimed = True, _pobjs(tok, {"of"})
    demonym = load_gazetteer().lookup_demonym
    return priced and any((t.ent_type_ in ("NORP", "GPE") or demonym(t.text)) and t.i < a.i or (
        t.dep_ == "poss" and not is_pronoun(t)) for a in aimed for t in a.subtree)


def _national(tok: Token) -> bool:
    """A nationality word: "Georgian", and "Kazakh" where it is tagged a proper noun."""
    return tok.ent_type_ == "NORP" or (tok.tag_ == "JJ" and tok.text[:1].isupper()) or (
        tok.tag_ == "NNP" and load_gazetteer().lookup_demonym(tok.text) is not None)


def _back_to_post(verb: Token) -> bool:
    """ "went back to his post": an envoy returning to the mission."""
    backs = [c for c in verb.children if c.lower_ == "back"]
    return bool(backs) and any(_lemma(t) == "post" for b in [verb, *backs]
                               for t in _pobjs(b, {"to"}))


def _barred_return(order: Token) -> bool:
    """ "told Iran's envoy not to return", "instructed the ambassador not to come back
    to Amman": the order is to stay away."""
    return any(
        (_lemma(x) == "return" or _lemma(x) == "come" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in x.children))
        and any(c.dep_ == "neg" for c in x.children)
        for x in _children(order, "xcomp")
    )


def governor(m: Token) -> Token | None:
    """The predicate acting on a measure noun: verb, nominalisation or modifier."""
    if _bearer(m) is not None:
        return None  # "Sanctions-hit Venezuela": "hit" describes the bearer, nobody acts
    misread = _misread_headline_verb(m)
    if misread is not None:
        return misread
    p = _governor(m)
    if p is not None and weighs_others_measure(p, m):
        return None
    if p is not None and p.i == m.i - 1 and _lemma(p) == "target" and p.head.i != p.i:
        # "plans targeted sanctions" mis-parsed with "targeted" as the verb.
        return p.head
    return p


def _joint_subject(v: Token) -> bool:
    """Whether `v`'s subject, or that of the verb it is the infinitive of, is two parties
    ("India and Canada agree to bring back ...")."""
    for verb in (v, v.head if v.dep_ == "xcomp" else v):
        if any(_children(s, "conj") for s in _children(verb, "nsubj")):
            return True
    return False


def _raised_to(t: Token) -> bool:
    return t.dep_ == "pobj" and t.head.lower_ == "to"


def _right_before(mod: Token, m: Token) -> bool:
    """Whether `mod` comes right before noun `m`, but for the noun's own compounds
    ("relaxed oil sanctions")."""
    return all(m.doc[j].dep_ == "compound" and m.doc[j].head.i == m.i
               for j in range(mod.i + 1, m.i)) and mod.i < m.i


# What a measure does or is worth: "studying the effect of sanctions on Iran" weighs
# a measure's outcome, not the measure.
_MEASURE_OUTCOMES = frozenset({"impact", "effect", "cost", "consequence", "toll",
                               "implication", "fallout", "efficacy", "effectiveness",
                               "legality", "damage", "success", "failure", "outcome"})

# Verbs of deliberation: "weighs sanctions" is a threat by the one weighing.
_WEIGHING = frozenset({"weigh", "consider", "discuss", "debate", "study", "mull", "eye"})


def _accreditation(t: Token) -> bool:
    """An envoy's accreditation: "accreditation", "credentials", "diplomatic status",
    "the status of Norwegian diplomats"."""
    return _lemma(t) in lx.ACCREDITATION_NOUNS or _lemma(t) == "status" and (
        "diplomatic" in _mod_lemmas(t)
        or any(measure_class(o) == "envoy" for o in _pobjs(t, {"of"})))


def name_to_verb(v: Token) -> bool:
    """Headline "Riyadh to lift ban on Lebanese imports, Beirut says" parsed with the
    verb as a clause of the name in front of "to" ("Maldives" even as a common noun): the
    name is the subject."""
    return v.dep_ in ("advcl", "acl", "relcl") and (
        v.head.pos_ == "PROPN" or v.head.pos_ == "NOUN" and v.head.text[:1].isupper()
    ) and v.head.i == v.i - 2 and (
        v.doc[v.i - 1].lower_ == "to") and v.head.dep_ in ("ROOT", "ccomp") and (
        v.head.i == v.sent.start or v.doc[v.head.i - 1].dep_ == "compound")


def weighs_others_measure(p: Token, m: Token) -> bool:
    """ "Asian buyers were weighing the EU's ban on Russian LNG": others weigh a measure
    in place (a mention of it); its owner threatens nothing."""
    return m.dep_ == "dobj" and m.head.i == p.i and _lemma(p) in _WEIGHING and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in m.children
    ) and not any(s.pos_ == "PROPN" or is_pronoun(s) for s in _children(p, "nsubj"))


def _governor(m: Token) -> Token | None:
    x = m
    while x.dep_ == "conj" and measure_class(x.head):
        x = x.head
    first = x
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i < first.i:
        first = first.head  # "weathered oligarchs, dissidents and sanctions"
    if first is not x and (first.dep_ in ("dobj", "pobj", "nsubjpass") and (
        measure_class(x) == "sanction") or first.dep_ == "dobj" and measure_class(x) == "relation"
    ):
        # "threatened Colombia with tariffs and sanctions", "suspends commercial flights
        # and diplomatic relations with Panama": the measure shares the predicate of the
        # noun it is coordinated with.
        return _governor(first)
    if x.dep_ == "pobj" and x.head.lower_ == "of" and (_lemma(x.head.head) in (
        lx.QUANTIFIER_NOUNS | lx.DURATION_NOUNS
    ) or (x.head.head.pos_ == "NUM" and measure_class(m) == "envoy")):
        # "a raft of sanctions", "ending decades of ties to Taiwan", "expelled 12 of the
        # other's officials"
        x = x.head.head
    if x.dep_ == "compound" and _lemma(x.head) in lx.CONTAINER_NOUNS:
        x = x.head  # "end the sanctions regime on Eritrea"
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.ent_type_ in (
        "DATE", "TIME") and x.head.head.dep_ == "pobj" and (
        x.head.head.head.head.pos_ == "VERB"
    ):
        return x.head.head.head.head  # "warned the junta on Monday of sanctions"
    if x.dep_ == "pobj" and x.head.lower_ in ("including", "notably") and (
        x.head.head.pos_ == "VERB" and _predicate_lemma(x.head.head) in _PREDICATES
    ):
        return x.head.head  # "ready to impose further costs on Moscow, including sanctions"
    if x.dep_ == "pobj" and x.head.lower_ == "including" and _lemma(x.head.head) in (
        "countermeasure", "measure", "step", "action"
    ) and x.head.head.dep_ == "dobj" and _lemma(x.head.head.head) == "take":
        # "will take resolute countermeasures, including sanctions on ...": the measures
        # named are taken
        return x.head.head.head
    if x.dep_ == "pobj" and x.head.lower_ == "over" and _lemma(x.head.head) == "roll":
        return x.head.head  # "roll over Belarus sanctions": the particle read as a preposition
    if x.dep_ == "compound" and x.head.lower_ in ("home", "packing") and (
        x.head.head.pos_ == "VERB"
    ):  # "ordered its ambassador home", "sent the Thai envoy packing": read as the head
        return x.head.head
    if x.dep_ == "compound" and _lemma(x.head) in ("status", "level", "rank") and _raised_to(
        x.head
    ) and measure_class(m) == "mission":
        x = x.head  # "raised its mission to full embassy status"
    if x.dep_ == "compound" and x.head.lower_ == "general" and measure_class(m) == "mission":
        x = x.head  # "the Estonian consulate general in St Petersburg"
    if x.dep_ in ("appos", "pobj", "dobj") and measure_class(m) == "envoy":
        # Translated word order, "recalls for consultations its ambassador in Vilnius",
        # "the immediate recall for consultations of its ambassadors": the envoy hung on
        # "consultations"; the recall above it acts on the envoy
        held = x.head.head if x.dep_ == "pobj" and x.head.lower_ == "of" else x.head
        if held.lower_ in ("consultations", "consultation") and held.dep_ == "pobj" and (
            held.head.lower_ == "for" and held.i < x.i
        ):
            return held.head.head
    if x.dep_ == "dobj" and x.head.pos_ == "VERB":
        # "decided to lift, with immediate effect, the sanctions on Guinea": the object
        # hung on the main verb belongs to the infinitive before it that has none
        bare = [c for c in _children(x.head, "xcomp") if c.i < x.i
                and not _children(c, "dobj") and _predicate_lemma(c) in _PREDICATES]
        if bare and any(t.is_punct for t in x.doc[bare[-1].i: x.i]):
            return bare[-1]
    if x.dep_ in ("dobj", "nsubjpass") and _predicate_lemma(x.head) in _PREDICATES - {
        "face", "risk", "draw", "trigger", "earn"
    } and x.head.pos_ in ("VERB", "AUX"):
        # "agreed to resume relations severed in 2018", "lifted sanctions imposed in
        # 2019": the participle describes the measure's past; the clause's own verb acts.
        return x.head
    # Headline "Norway and New Zealand weigh entry bans on ...": after coordinated
    # subjects the verb is read as a compound of the measure's own compound.
    nested = [g for c in _children(m, "compound") for g in _children(c, "compound")
              if g.i == c.i - 1 and g.i > m.sent.start and g.doc[g.i - 1].pos_ == "PROPN"]
    for child in list(m.children) + (list(x.children) if x is not m else []) + nested:
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
        if child.dep_ == "amod" and _right_before(child, m) and (
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
    if x.dep_ == "nsubj" and _reduced_relative(x) and measure_class(m) == "sanction":
        return x.head  # "Sanctions announced on Thursday by Britain ... target ..."
    if x.dep_ == "nsubj" and _kept_in_place(x.head) and (
        measure_class(m) == "sanction"
    ) and x.head.dep_ != "advcl":
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
        if measure_class(m) == "mission" and (
            _lemma(x.head) in ("cease", "halt", "suspend", "stop") and _works(x.head)
            or _lemma(x.head) in ("shut", "close") and any(
                _lemma(o) == "door" for o in _children(x.head, "dobj"))
        ):
            # "its embassy in Tehran ceased operations", "its Paris mission will shut its
            # doors": the mission closes
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
        if prep.lower_ == "of" and _accreditation(prep.head) and (
            prep.head.dep_ in ("dobj", "nsubjpass") and measure_class(m) == "envoy"
        ):
            return prep.head.head  # "revoked the accreditation of a Somali diplomat"
        if prep.lower_ == "at" and _lemma(prep.head) == "hint":
            return prep.head  # "Germany hints at sanctions"
        if prep.lower_ == "as" and _lemma(prep.head) in _APPOINT_VERBS and (
            measure_class(m) == "envoy"
        ):
            return prep.head  # "Riyadh appointed Faisal al-Mujfel as its envoy to Damascus"
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
        if prep.lower_ == "from" and _lemma(prep.head) in lx.EXCUSING_NOUNS:
            return prep.head  # "granted Budapest a one-year exemption from sanctions on ..."
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
            if _lemma(prep.head) in _MEASURE_OUTCOMES:
                return None  # "weighs the impact of bans on Israeli goods": a study
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


# What marks a past act's date: its anniversary is no act
_COMMEMORATIONS = frozenset({"anniversary", "jubilee", "centenary", "centennial"})
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


# What a kept measure may still be said to be ("remain unchanged"), and the phrases
# that time its keeping ("stay until ...", "remain for now").
_KEPT_STATES = frozenset(
    {"intact", "unchanged", "untouched", "valid", "effective", "active", "firm"})
_KEPT_TIMING = frozenset({"until", "till", "for", "through", "beyond", "into"})


def _works(v: Token) -> bool:
    """Whether `v` has a mission's work as its object ("resumed operations", "ceased its
    activities")."""
    return any(_lemma(o) in ("operation", "work", "activity") for o in _children(v, "dobj"))


def _kept_in_place(v: Token) -> bool:
    """Whether "stay", "remain" or "continue" says its subject is kept: "would stay in
    place", "remains in force", "will remain until prisoners are freed", "would
    continue until further notice". Not
    when it says what the subject is or where ("sanctions remain a threat", "remain
    on the table", "remain unclear", "continue to bite")."""
    if _lemma(v) not in ("stay", "remain", "continue"):
        return False
    if any(_lemma(o) in ("place", "force", "effect") for o in _pobjs(v, {"in"})):
        return True
    for c in v.children:
        if c.dep_ in ("attr", "oprd", "xcomp", "ccomp", "dobj", "npadvmod") or (
            c.dep_ == "acomp" and _lemma(c) not in _KEPT_STATES
        ) or (c.dep_ == "prep" and c.lower_ not in _KEPT_TIMING):
            return False
    return True


_ANNOUNCING_VERBS = frozenset({"announce", "unveil", "adopt", "impose", "agree", "approve",
                               "introduce"})


def _reduced_relative(x: Token) -> bool:
    """ "Sanctions announced on Thursday by Britain, Canada and New Zealand target ...",
    "the sanctions on Russia adopted by the bloc on Friday would hurt ...": a participle
    the parser reads as the main verb of its noun, which names its agent with "by" and
    has no object of its own."""
    v = x.head
    return v.tag_ in ("VBN", "VBD") and _lemma(v) in _ANNOUNCING_VERBS and bool(
        _pobjs(v, {"by"})) and not _children(v, "dobj", "auxpass", "aux")


def _left_in_place(v: Token) -> bool:
    """ "while leaving travel bans on former officials in place", "leaving the arms
    embargo intact": kept."""
    if _lemma(v) != "leave" or not _children(v, "dobj"):
        return False
    if any(_lemma(c) in _KEPT_STATES for c in _children(v, "oprd", "xcomp", "acomp")) or (
        v.dep_ == "advcl" and _lemma(v.head) in _KEPT_STATES  # "untouched" misread as a verb
    ):
        return True
    return any(_lemma(t) in ("place", "force", "effect") and t.dep_ == "pobj"
               and t.head.lower_ == "in" for t in v.subtree)  # (often hung on the object)


def _ruled_out(p: Token) -> bool:
    return _lemma(p) == "rule" and any(c.lower_ == "out" for c in p.children)


def _to_each_other(m: Token, p: Token) -> bool:
    """ "ambassadors to each other's capitals": envoys sent both ways ("to" hung on the
    envoys or on the verb)."""
    return any(c.dep_ == "poss" and c.lower_ == "other" and any(
        d.lower_ == "each" for d in c.children)
        for t in _pobjs(m, {"to"}) + _pobjs(p, {"to"}) for c in t.children)


NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})


_QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”"})


def _names_as(verb: Token) -> bool:
    """ "called US sanctions illegal", "branded them terrorism": a verb naming its object
    as something (an object predicate), not one calling for it."""
    return verb.pos_ == "VERB" and _lemma(verb) in NAMING_VERBS and (
        any(c.dep_ == "oprd" for c in verb.children) or any(
            # a quoted name after the object, read as its apposition ("calling the
            # decades-old US blockade 'anachronistic'") or as an adjective on its last
            # noun ("calling the US embargo on the island 'illegal and inhumane'")
            a.i > o.i and a.doc[a.i - 1].text in _QUOTE_MARKS and (
                a.pos_ == "ADJ" or a.dep_ == "appos" and a.head.i == o.i)
            for o in _children(verb, "dobj") for a in o.subtree))


def _harmed_by(p: Token, m: Token) -> bool:
    """ "Hit by Western sanctions, Moscow has rerouted ...", "Moscow, stung by US
    sanctions, ...": a participle of harm with the measure as its agent, modifying the
    sentence or a name, tells what the bearer lives under; no one acts in it. (A "new"
    measure is news: "Hit by fresh US sanctions on Friday, Moscow vowed ...".)"""
    # A sentence-initial participle may be tagged a proper noun ("Stung by EU sanctions");
    # a headline's noun phrase is its news ("Iranian Oil Minister Hit By U.S. Sanctions").
    participle = p.tag_ == "VBN" or (p.dep_ == "advcl" and p.i == p.sent.start)
    modifier = p.dep_ == "advcl" or (p.dep_ in ("acl", "amod") and p.head.dep_ != "ROOT")
    harm = _lemma(p) in lx.HARM_VERBS or p.lower_ in lx.BEARER_PARTICIPLES
    return participle and modifier and harm and not _children(p, "auxpass") and not (
        _mod_lemmas(m) & lx.NEW_MODIFIERS) and any(
        o.i == m.i or o.is_ancestor(m) for o in _pobjs(p, {"by"}))


_CAP_LOWERING = frozenset({"lower", "cut", "reduce", "tighten", "slash", "set"})


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
        if _lemma(m) in ("cap", "ceiling") and lemma in _CAP_LOWERING:
            return "impose_sanctions"  # "lowered the price cap on Russian oil": tightened
        if _lemma(m) in ("cap", "ceiling") and lemma == "raise":
            return "ease_sanctions"
        if lemma in lx.EASE_PREDICATES or lemma == "relief" or (
            lemma == "roll" and any(c.lower_ == "back" for c in p.children)
        ):
            return "ease_sanctions"  # "rolled back sanctions" (not "rolled out")
        if _enacted(p):
            return "impose_sanctions"  # "signed the sanctions bill into law"
        if lemma in ("stay", "remain") or _kept_in_place(p) or _left_in_place(p):
            return "impose_sanctions"  # kept in place (governor): maintained
        if _names_as(p):
            return None  # "called US sanctions illegal": a bare mention, not a call for them
        if _harmed_by(p, m):
            return None
        if lemma == "review" and (_children(m, "poss") or any(
            c.lower_ in ("the", "existing", "current", "these", "those") for c in m.children
        )):
            return None  # "is reviewing its sanctions on Syria": measures in place, not new
        if lemma in lx.THREAT_PREDICATES:
            return "threaten_sanctions"
        if lemma in lx.IMPOSE_PREDICATES or lemma == "take" and (
            _lemma(m) == "countermeasure" or m.head.lower_ == "including"
        ):  # ("decided to take countermeasures against ...", "..., including sanctions")
            return "impose_sanctions"
        return None
    if cls == "rift":
        # "patched up their diplomatic spat", "ended the diplomatic row": relations
        # restored; a trade dispute, a border row or a clubs' feud settled is not.
        if lemma in lx.RIFT_ENDING and "diplomatic" in _mod_lemmas(m):
            return "restore_relations"
        return None
    if cls == "relation":
        if lemma in lx.RESTORE_PREDICATES and p.dep_ == "pobj" and p.head.lower_ == "of" and (
            _lemma(p.head.head) in _COMMEMORATIONS
        ):
            return None  # "the 50th anniversary of the establishment of diplomatic relations"
        if lemma in lx.RESTORE_PREDICATES:
            return "restore_relations"
        if lemma in ("raise", "elevate") and _TO_AMBASSADOR_LEVEL.search(
            p.doc[p.i: p.sent.end].text
        ):
            # "raise their representation to ambassador level" (read on the surface: the
            # parser may take "to ambassador" for an infinitive)
            return "restore_relations"
        if lemma == "forge" and "diplomatic" in _mod_lemmas(m) and not (
            _mod_lemmas(m) & lx.CLOSER_MODIFIERS
        ):
            return "restore_relations"  # "forging diplomatic relations": establishing them
        if lemma in lx.SEVER_PREDICATES and lemma not in ("close", "shut", "shutter") and not (
            lemma == "snap" and any(c.dep_ == "prt" for c in p.children)  # "snapped up"
        ):
            return "sever_relations"
        if lemma == "put" and any(_lemma(o) == "hold" for o in _pobjs(p, {"on"})):
            return "sever_relations"  # "has put its ties with Nicaragua on hold": suspended
        if lemma == "scale" and any(c.lower_ in ("back", "down") for c in p.children):
            return "sever_relations"  # "Peru scales back diplomatic ties with Mexico"
        return None
    if cls == "envoy":
        subtree = {t.lower_ for t in p.subtree}
        if lemma in ("order", "tell", "ask", "instruct", "call") and subtree & {
            "consultation", "consultations"
        } and m.dep_ == "nsubjpass" and not any(
            c.dep_ == "prt" and c.lower_ == "in" for c in p.children
        ):  # (not "was called in by the Turkish foreign ministry": a summons)
            # "South Africa's high commissioner was told to return for consultations":
            # only the envoy's own state calls it home for consultations.
            return "recall_envoy"
        if lemma in ("instruct", "call") and subtree & {
            "consultation", "consultations"
        } and m.dep_ == "dobj" and any(
            lemma == "instruct" or c.lower_ in ("its", "their") for c in _children(m, "poss")
        ) and not any(
            c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in m.children
        ):
            # "has instructed Israel's ambassador to Slovenia to return to Israel for
            # consultations" (only a state instructs its own envoy), "decided to call its
            # ambassador in Washington to Bogota for consultations" (not "called Russia's
            # ambassador in for consultations", a summons)
            return "recall_envoy"
        if lemma in lx.ACCREDITATION_REVOKERS and any(_accreditation(t) for t in p.subtree):
            # "revoked the accreditation of two Polish diplomats", "stripped the envoy of
            # his accreditation": the host state ends their posting (before "withdraw",
            # which recalls one's own envoy).
            return "expel_diplomats"
        if lemma == "bring" and "back" in _own_clause_words(p) and not subtree & {
            "home", "from"
        } and _joint_subject(p):
            return "restore_relations"  # "India and Canada agree to bring back envoys"
        if lemma in ("recall", "withdraw", "pull", "recalling", "withdrawal", "yank") or (
            lemma in ("bring", "call", "summon", "order") and _own_clause_words(p) & {
                "home", "back"} and not _own_clause_words(p) & {"leave", "depart"}
        ):
            return "recall_envoy"
        if lemma in ("expel", "eject", "oust", "deport", "boot", "expulsion", "ouster",
                     "ejection") or low.startswith("expel"):
            return "expel_diplomats"
        if lemma in ("throw", "kick") and subtree & {"out"}:
            return "expel_diplomats"
        if caps_staff(p) and (m.dep_ in ("dobj", "nsubjpass") or m.dep_ == "pobj" and (
            m.head.head.lower_ == "number" and m.head.head.dep_ == "dobj"
        )):  # ("reduce the number of Iranian diplomats accredited to the State of Kuwait")
            # "Czechs cap Russian embassy staff": a host cutting another state's staff
            # expels them (``_from_measure`` keeps it only with that state named).
            return "expel_diplomats"
        if lemma in ("order", "give", "tell", "send", "ask", "instruct") and subtree & {
            "leave", "home", "depart", "out", "quit", "exit", "packing", "pack"
        }:
            return "expel_diplomats"
        if lemma == "give" and "go" in subtree and subtree & {"hours", "days", "week", "weeks"}:
            return "expel_diplomats"  # "gives Russian diplomat 48 hours to go"
        if lemma in ("order", "tell", "ask", "instruct") and _barred_return(p):
            # "told Israel's envoy, who had left Amman weeks earlier, not to return": an
            # envoy away from the post kept out of it is expelled (one's own envoy kept
            # home is not; the caller wants the envoy another state's).
            return "expel_diplomats"
        if lemma == "declare" and {"grata", "gratae"} & {t.lower_ for t in p.sent}:
            return "expel_diplomats"
        if lemma == "return" and subtree & {"consultation", "consultations", "home"}:
            return "recall_envoy"  # "the envoy's return for consultations was a protest"
        if lemma in ("exchange", "swap", "return", "restore", "reinstate") or (
            lemma == "send" and "back" in subtree
        ) or (lemma == "go" and _back_to_post(p)):
            return "restore_relations"  # "sent its ambassador back to Damascus"
        if lemma in _APPOINT_VERBS and (_RENEWAL.search(
            p.sent.text
        ) or _to_each_other(m, p)):
            # "named an ambassador to Israel for the first time in four years", or
            # "appointed ambassadors to each other's capitals" (an exchange); a routine
            # appointment is no event.
            return "restore_relations"
        return None
    if cls == "mission":
        if lemma in ("open", "reopen", "reopening", "opening", "restore", "inaugurate") or (
            lemma == "resume" and m.dep_ == "pobj" and any(_lemma(o) in (
                "operation", "work", "activity") for o in [m.head.head, *_children(p, "dobj")])
            or lemma == "resume" and m.dep_ == "nsubj" and _works(p)
        ):  # ("will resume the work of its diplomatic mission in Syria", "our embassy in
            # Libya resumed operations")
            if _TEMPORARY_CLOSURE.search(p.sent.text):
                return None  # "reopened after being closed for the Easter holiday"
            return "restore_relations"
        if lemma in ("upgrade", "upgrading", "elevate", "raise") and (
            _raised_to(m) or _raised_to(m.head) and m.dep_ == "compound"
            and _lemma(m.head) in ("status", "level", "rank")
            or m.dep_ == "dobj" and _TO_AMBASSADOR_LEVEL.search(p.doc[m.i: p.sent.end].text)
        ):  # (also "raise its mission in Kabul to embassy level", "to embassy" as a verb)
            # "upgrade liaison offices to full embassies", "raised its mission in
            # Damascus to full embassy status"
            return "restore_relations"
        if lemma in ("close", "shut", "shutter", "closure", "closing", "shutdown", "downgrade",
                     "mothball") or (
            lemma in ("lower", "reduce", "cut") and _CHARGE_LEVEL.search(p.sent.text)
        ):  # ("lowered its mission in Berlin to charge d'affaires level")
            if _TEMPORARY_CLOSURE.search(p.sent.text):
                return None  # "was closed for the weekend"
            return "close_mission"
        if lemma in ("suspend", "suspension", "halt", "cease") and m.dep_ == "pobj" or (
            lemma in ("suspend", "halt", "cease", "stop") and m.dep_ == "nsubj" and _works(p)
        ):  # ("its embassy in Tehran ceased operations")
            return "close_mission"  # "suspended operations at its embassy in Tehran"
        if lemma in ("order", "tell", "force") and {t.lower_ for t in p.subtree} & {
            "close", "shut", "closed"
        } and not _TEMPORARY_CLOSURE.search(p.sent.text):  # "ordered closed for the holiday"
            return "close_mission"  # "ordered the Russian consulate in Klaipeda to close"
        if lemma in ("order", "tell", "force") and any(
            _lemma(x) in lx.HALT_VERBS | {"cease"} and any(
                _lemma(o) in ("operation", "activity", "work", "operate", "function")
                for o in _children(x, "dobj", "xcomp"))  # ("to cease operating")
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


def _enacted(node: Token) -> bool:
    """ "adopted a resolution for tougher sanctions", "signed the sanctions bill into law".
    A bill passed or approved is still a bill ("Congress passes bill to sanction ...")
    until it is signed."""
    enacting = ("sign", "enact") if _lemma(node) == "bill" else (
        "adopt", "pass", "approve", "sign", "enact", "vote")
    return node.pos_ == "NOUN" and _lemma(node) in lx.PROPOSAL_NOUNS and (
        _lemma(node.head) in enacting) and not _children(node.head, "aux", "neg")


def _stopped_by_state(m: Token) -> bool:
    """A halt or suspension a state owns or orders: "Canada announced a suspension of
    arms sales" (not "Boeing announced a suspension of deliveries", a firm's)."""
    gov = m.head if m.dep_ in ("dobj", "nsubjpass") else None
    owners = [t for t in _children(m, "poss") if not is_pronoun(t)] + (
        _children(gov, "nsubj") if gov is not None else [])
    return any(_aimed_at_state(t) for t in owners)


def _aimed_at_state(t: Token) -> bool:
    """A state ("Tehran"), or people and firms marked as a state's ("North Korean
    entities", "Russia's banks")."""
    if t.ent_type_ == "GPE" or _lemma(t) in STATE_HEADS:
        return True
    # (also in apposition: "Belavia, the Belarusian flag carrier")
    # ("12 US military-industrial enterprises": the state read as a noun modifier;
    # "Lithuanian deputy minister": the demonym tagged a name)
    demonym = load_gazetteer().lookup_demonym
    return any((c.ent_type_ in ("NORP", "GPE") or demonym(c.text)) and c.dep_ in (
        "amod", "compound", "poss", "nmod") for x in [t, *_children(t, "appos")]
        for c in x.children)


_APPOINT_VERBS = frozenset({"name", "appoint", "nominate", "accredit", "pick"})
# Clauses hung on a predicate that tell of something else: "ordered out ..., with
# Kinshasa accusing its neighbour of sending troops to back the rebels".
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "conj", "parataxis"})
_CIRCUMSTANCE_PREPS = frozenset({"with", "after", "amid", "over", "despite", "following"})


def _own_clause_words(p: Token) -> set[str]:
    """The lower-case words of `p`'s subtree without the clauses and circumstances
    hung on it."""
    return {t.lower_ for t in _subtree_within(p, lambda c: c.dep_ in _OTHER_CLAUSES or (
        c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE_PREPS))}

_RENEWAL = re.compile(
    r"\b(?:first|again|since|restor\w*|resum\w*|normali[sz]\w*|reconcil\w*|rapprochement"
    r"|thaw|reset|re-?establish\w*|after\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?|gap|break|rift|hiatus)"
    # "to name ambassadors, ending 47-year gap"
    r"|ending\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:gap|break|rift|hiatus|freeze|standoff"
    r"|vacancy))\b",  # ("will name new envoy to Ukraine by autumn, ending two-year vacancy")
    re.IGNORECASE,
)
# (also "cuts Tel Aviv mission to a charge d'affaires")
_CHARGE_LEVEL = re.compile(r"\bcharg[ée]s?\s+d['’]affaires\s+level\b"
                           r"|\bto\s+an?\s+charg[ée]\s+d['’]affaires\b", re.IGNORECASE)
# Closures that say nothing about relations.
_TO_AMBASSADOR_LEVEL = re.compile(
    r"\bto\s+(?:(?:the|full|an?)\s+)*(?:ambassador(?:ial)?|embassy)\s+(?:level|status|rank)\b",
    re.IGNORECASE)
_TEMPORARY_CLOSURE = re.compile(
    r"\b(?:holidays?|maintenance|renovations?|repairs|(?:power|electricity)\s+(?:outages?|cuts?)"
    r"|blackouts?"
    r"|(?:for|over|during|at)\s+the\s+weekend"  # (not "to be gone by the weekend")
    r"|(?:one|two|three|four|five|\d+)-(?:day|week)\s+closure"  # "after a two-day closure"
    r"|for\s+(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?)"  # "for two days"
    # "is closed this Sunday for Hari Merdeka": shut for one day
    r"|closed\s+(?:this|on|next|today|tomorrow)\s*(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)?\s+for)\b",
    re.IGNORECASE,
)


_HEADLINE_EXPEL_FORMS = frozenset({"expel", "expels"})
# Headline verbs over an envoy that the parser reads as the envoy's modifier: "Lula
# withdraws ambassador to Israel ...", "Bahrain Returns Ambassador to Beirut".
_HEADLINE_ENVOY_FORMS = _HEADLINE_EXPEL_FORMS | frozenset(
    {"recall", "recalls", "withdraw", "withdraws", "return", "returns"})


# Headline verbs over a mission read as its modifier: "Taipei shuts embassy in Managua".
_HEADLINE_MISSION_FORMS = frozenset({"shuts", "closes", "reopens", "opens"})


# A host limiting a foreign mission's staff ("cap Russian embassy staff").
_STAFF_CAP_VERBS = frozenset({"cap", "cut", "reduce", "limit", "slash", "shrink", "trim"})


def caps_staff(p: Token) -> bool:
    """ "cap", "cut" a mission's staff; also "scale down" and "downsize" it."""
    lemma = _lemma(p)
    return lemma in _STAFF_CAP_VERBS | {"downsize"} or lemma == "scale" and any(
        c.lower_ == "down" for c in p.children)


def _misread_headline_verb(m: Token) -> Token | None:
    """Headline "Poland, Baltic states expel Russian diplomats": the verb read as an
    adjective of the envoys, the subjects as a list of names in front of it."""
    if _lemma(m) in lx.MISSION_NOUNS and m.dep_ == "ROOT":
        # "Taipei shuts embassy in Managua": the verb read as a compound of the mission
        return next((c for c in _children(m, "amod", "compound") if c.i == m.i - 1
                     and c.lower_ in _HEADLINE_MISSION_FORMS and c.i > m.sent.start), None)
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
