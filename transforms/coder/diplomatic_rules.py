"""Rules for diplomatic acts beyond the measure noun's own reading: expulsions and
diplomats told to leave, closures and deadlines to vacate, staff caps, persona non grata,
recognition given, withdrawn or switched, quitting organisations, normalisation deals and
envoys called home (``DiplomaticRules``, a mixin of ``extract.SentenceCoder``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon as lx
from .actors import Actor, ActorResolver, is_state
from .gazetteer import ORGANISATIONS, UNKNOWN, normalise
from .prefilter import BODY_WORDS, DESCRIBED_BODY_WORDS, names_organisation
from .syntax import _children, _in_favour_of, _in_reason, _lemma, _pobjs, _subtree_within
from .triggers import (
    _DEADLINE_VERBS,
    _TEMPORARY_CLOSURE,
    Candidate,
    closing_order,
    measure_class,
)

_LEAVE_VERBS = frozenset({"leave", "depart", "exit", "quit",
                          # "ordered the apostolic nuncio to abandon the national territory"
                          "abandon",
                          # "the attache has two days to go", "have three days to go home"
                          "go"})


# Given a deadline to do these to a mission ("72 hours to vacate the consulate").
_VACATE_VERBS = frozenset({"vacate", "leave", "close", "shut", "quit", "evacuate"})


# Finite forms of an order to leave ("orders ... diplomats to leave"), not the noun "order".
_ORDER_FORMS = frozenset({"orders", "ordered", "order", "tells", "told", "tell"})


# Nouns for a body named by the word in front: "the ALBA bloc".
_BODY_NOUNS = frozenset({"bloc", "alliance", "group", "grouping", "union", "pact",
                         "organisation", "organization"})


def _g5_sahel(t: Token) -> bool:
    """ "the G5 Sahel" named as the body, whatever its words are tagged (not "the G5
    Sahel exercise")."""
    doc, i = t.doc, t.i if t.lower_ == "g5" else t.i - 1
    return i >= 0 and i + 1 < len(doc) and doc[i].lower_ == "g5" and doc[
        i + 1].lower_ == "sahel" and not (i + 2 < len(doc) and doc[i + 2].pos_ == "NOUN"
                                          and doc[i + 2].text.islower())


def _goes_home(v: Token) -> bool:
    """ "the embassy's staff have two days to go home": leaving for one's own country."""
    return _lemma(v) in ("go", "return") and any(
        c.dep_ == "advmod" and c.lower_ == "home" for c in v.children)


def _unlisted_body(t: Token) -> bool:
    """`t` is in an organisation's name the guide has no code for (prefilter.BODY_WORDS),
    also where the model tags no entity ("the Collective Security Treaty Organization",
    "the ALBA bloc")."""
    if t.lower_ in ("g5", "sahel"):
        return _g5_sahel(t)
    if t.lower_ == "forum":
        # the Pacific Islands Forum, not the meetings called forums ("the World
        # Economic Forum", "the Africa Climate Forum")
        return any(w.lower_ == "islands" for w in t.subtree)
    if (t.pos_ == "PROPN" or t.text.isupper()) and t.lower_ in BODY_WORDS or _lemma(
        t
    ) in _BODY_NOUNS and any(  # ("the CSTO" may be tagged a common noun)
        c.dep_ == "compound" and c.lower_ in BODY_WORDS for c in t.children
    ):  # (not "the Collective Security Treaty Organization summit")
        return True

    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return ent is not None and ent.label_ == "ORG" and bool(
        {w.lower_ for w in ent} & BODY_WORDS)


# Verbs that undo a decision: "revoked its decision on recognising Kosovo".
_REVERSING_VERBS = frozenset({"revoke", "reverse", "rescind", "withdraw", "cancel", "annul",
                              "retract"})
# Recognition a state seeks or wins, or that another takes back, is no recognition given
# ("withdrew its recognition of Kosovo" is read by the switch rule).
_RECOGNITION_SOUGHT = frozenset({"seek", "win", "gain", "want", "ask", "demand", "request",
                                 "need", "earn", "secure", "withdraw", "revoke", "rescind",
                                 "retract", "switch", "transfer", "shift", "oppose", "end",
                                 "drop", "abandon", "terminate", "cut"})
# "Syria's recognition of the Russian-backed breakaway republics": no state recognised.
_NOT_STATES = frozenset({"breakaway", "separatist", "self-proclaimed", "self-declared",
                         "rebel", "puppet", "so-called"})
# Heads of state and government: declaring one persona non grata expels no diplomat.
_LEADER_HEADS = frozenset({"president", "leader", "premier", "king", "queen", "monarch",
                           "chancellor", "emir", "sultan", "pm"})


def _name_as_modifier(t: Token) -> bool:
    """Whether the name `t` heads is followed by a common noun it modifies, which the parse
    left hanging under it ("the Association of Southeast Asian Nations football meeting")."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    end = ent.end if ent is not None else t.i + 1
    after = t.doc[end] if end < len(t.doc) else None
    return after is not None and after.pos_ == "NOUN" and after.text.islower()


def _quitting(v: Token, sources: list[Actor], bodies: list[Actor]) -> list[Candidate]:
    """Leaving the named bodies: a break with each, from the parse alone."""
    if not sources or not bodies:
        return []
    cand = Candidate("sever_relations", v, v, sources, bodies)
    cand.notes.add("no_fallback")
    return [cand]

class DiplomaticRules:
    """Diplomatic-act rules; relies on ``SentenceCoder``'s resolver and actor methods."""

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

    def _ordered_closed(self, m: Token) -> list[Candidate] | None:
        """ "Managua ordered the Costa Rican mission closed", headline "Bishkek orders
        Tajik consulate in Osh shut": an order to close another state's mission expels
        it, by the state that gives it."""
        order = closing_order(m)
        if order is None:
            return None
        agents = (self.agent_tokens(order) if order.pos_ in ("VERB", "AUX") else []) or [
            c for c in order.children if c.dep_ in ("compound", "amod", "nmod") and c.i < order.i]
        sources = [a for a in self.resolve_all(agents) if is_state(a.code)]
        src = {a.code for a in sources}
        owner = self.res.resolve_one(m, allow_unknown=False)
        if order.head.i == m.i:
            # the owner among the mission's own modifiers, not the "orders" compound's
            owner = next((a for c in m.children if c.dep_ in ("amod", "compound", "poss")
                          and c.i != order.i for a in [self.res.resolve_one(c, allow_unknown=False)]
                          if a is not None), None)
        if not sources or owner is None or not is_state(owner.code) or owner.code in src or (
            _TEMPORARY_CLOSURE.search(m.sent.text)
        ):
            return None
        return [Candidate("expel_diplomats", order, order, sources, [owner])]

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

    def _must_leave(self, m: Token) -> list[Candidate]:
        """ "Russian diplomats must leave Poland within 72 hours, the Polish foreign
        ministry said", "Two Russian diplomats have 72 hours to leave", "Poland said the
        Russian ambassador must leave the country": envoys who must leave, or have a
        deadline to, are expelled by the state that says so, else by the country they
        leave."""
        if m.dep_ != "nsubj":
            return []
        v = m.head
        if _lemma(v) in _LEAVE_VERBS and any(
            c.dep_ == "aux" and c.lower_ == "must" for c in v.children
        ):
            leave = v
        elif _lemma(v) == "have" and v.pos_ in ("VERB", "AUX"):
            leave = next((c for o in _children(v, "dobj") if o.ent_type_ in ("DATE", "TIME")
                          for c in o.children if c.dep_ in ("relcl", "acl")
                          and (_lemma(c) in _LEAVE_VERBS or _goes_home(c))), None) or next((
                              # "have until Friday to leave Poland"
                              c for c in [*_children(v, "advcl", "xcomp"), v.head]
                              if _lemma(c) in _LEAVE_VERBS and c.i > v.i and _pobjs(v, {"until"})
                          ), None)  # (also "has" read as the aux of "to quit")
        else:
            return []
        if leave is None or _children(v, "neg"):
            return []
        report = v.head if v.dep_ in ("ccomp", "parataxis") and (
            _lemma(v.head) in lx.REPORT_VERBS | {"inform", "notify", "decide"}
        ) else None  # ("has informed the Russian side that 45 staff members ... must leave")
        sources = [a for a in self.resolve_all(self.agent_tokens(report)) if is_state(a.code)
                   ] if report is not None else []
        if not sources:
            # ("must leave Poland", "must leave the Estonian territory")
            left = [o for o in _children(leave, "dobj") if o.pos_ == "PROPN" or (
                _lemma(o) in ("territory", "country", "soil") and any(
                    c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in o.children))]
            sources = [a for a in self.resolve_all(left) if is_state(a.code)]
        # every owner: "the envoys of the United States, Germany, France and seven other
        # countries must leave"
        return self._envoys_expelled(m, v, sources, confidence=0.75)

    def _envoys_expelled(self, m: Token, verb: Token, sources: list[Actor],
                         confidence: float) -> list[Candidate]:
        """The expulsion by the first of `sources` of every state envoy `m` belongs to,
        told at `verb`; none without both."""
        owners = [a for a in self.res.resolve(m, allow_unknown=False)
                  if is_state(a.code) and a.code not in {s.code for s in sources}]
        if not sources or not owners:
            return []
        cand = Candidate("expel_diplomats", verb, verb, sources[:1], owners, confidence=confidence)
        cand.notes.add("no_fallback")
        return [cand]

    def _ordered_out_after(self, m: Token) -> list[Candidate]:
        """ "Beirut summoned Iran's ambassador and ordered him to leave within a week",
        "summoned the Ethiopian envoy, then told her to go home", "... and ordered them
        out": the envoy a pronoun takes up in the next conjunct is expelled by the
        subject of both."""
        if m.dep_ != "dobj" or m.head.pos_ != "VERB":
            return []
        v = m.head
        # ("..., then orders him to leave": the second verb hung as "dep")
        for c in _children(v, "conj", "dep", "parataxis"):
            if c.pos_ != "VERB" or _lemma(c) not in ("order", "tell", "ask", "instruct") or (
                c.i < m.i
            ):
                continue
            if not any(o.lower_ in ("him", "her", "them") for o in _children(c, "dobj", "dative")):
                continue
            if not (any(_lemma(x) in _LEAVE_VERBS or _goes_home(x) for x in _children(c, "xcomp"))
                    or any(t.dep_ in ("prt", "advmod") and t.lower_ == "out" for t in c.children)):
                continue
            if _children(c, "neg"):
                return []
            sources = [a for a in self.resolve_all(self.agent_tokens(v)) if is_state(a.code)]
            return self._envoys_expelled(m, c, sources, confidence=0.8)
        return []

    def _given_days_to_leave(self, m: Token) -> list[Candidate]:
        """ "Two Chinese diplomats were given 48 hours to leave Lithuania", "Ahmad
        Sadeghi, Tehran's envoy, ... had been given seven days to leave Australia": envoys
        given a deadline to leave a country are expelled by it (the country named, not
        the one who reports it)."""
        subj = m.head if m.dep_ == "appos" else m
        given = subj.head
        if subj.dep_ != "nsubjpass" or _lemma(given) != "give":
            return []
        spans = [o for o in _children(given, "dobj") if o.ent_type_ in ("DATE", "TIME")]
        leave = next((c for o in spans for c in o.children if c.dep_ in ("relcl", "acl")
                      and _lemma(c) in _LEAVE_VERBS), None) or next((
                          c for c in _children(given, "advcl", "xcomp")
                          if _lemma(c) in _LEAVE_VERBS and spans), None)
        if leave is None:
            return []
        left = [o for o in _children(leave, "dobj") if o.pos_ == "PROPN"]
        sources = [a for a in self.resolve_all(left) if is_state(a.code)]
        owners = [a for a in self.res.resolve(m, allow_unknown=False)
                  if is_state(a.code) and a.code not in {s.code for s in sources}]
        if len(sources) != 1 or not owners:
            return []
        cand = Candidate("expel_diplomats", given, given, sources, owners, confidence=0.75)
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
        misread = next((c for x in [p, *_children(p, "nsubj")] for c in x.children
                        if c.dep_ == "compound" and c.i < p.i
                        and c.lower_ in ("orders", "tells")), None)
        if misread is not None and _children(p, "nsubj"):
            # Headline "Bamako orders Algeria to close consulates in Gao and Kidal", the
            # order read as a compound of the verb, its object as the verb's subject.
            return misread, _children(p, "nsubj")[0]
        if p.dep_ not in ("xcomp", "acl", "relcl") or _lemma(p.head) not in (
            "order", "tell", "force", "ask", "instruct", "direct"
        ):
            return None
        # The headline parse "U.S. orders China to close" makes "orders" a noun.
        objs = _children(p.head, "dobj", "dative", "appos")
        if not objs and _children(p.head, "auxpass"):
            objs = _children(p.head, "nsubjpass")  # "were told to withdraw"
        return (p.head, objs[0]) if objs else None

    def _no_longer_welcome(self, welcome: Token) -> list[Candidate]:
        """ "told Beijing its consul general in Osaka was no longer welcome", "South
        Africa's ambassador 'is no longer welcome in our great country', Rubio said":
        the state that says so expels the envoy."""
        be = welcome.head
        longer = [c for c in be.children if c.lower_ == "longer"]
        if welcome.dep_ != "acomp" or not longer or not any(
            c.dep_ == "neg" and c.lower_ == "no" for c in [*be.children, *longer[0].children]
        ):
            return []
        envoys = [s for s in _children(be, "nsubj") if measure_class(s) == "envoy" or (
            s.lower_ == "general" and any(measure_class(c) == "envoy"
                                          for c in _children(s, "compound")))]
        if not envoys and be.dep_ == "ccomp" and _children(be.head, "auxpass") and any(
            s.lower_ in ("he", "she", "they") for s in _children(be, "nsubj")
        ):
            # "The Greek ambassador has been told he is no longer welcome in Libya"
            envoys = [s for s in _children(be.head, "nsubjpass") if measure_class(s) == "envoy"]
        targets = [a for e in envoys[:1] for a in self.res.resolve(e, allow_unknown=False)
                   if is_state(a.code) or a.code in ORGANISATIONS]
        if envoys and not targets:
            # "told Beijing its consul general ...": the state the pronoun stands for
            told = _children(be.head, "dobj", "dative") if be.dep_ == "ccomp" else []
            owner = next((self.res.antecedent(c) for c in _children(envoys[0], "poss")
                          if c.lower_ in ("its", "their")), None) if not told else None
            targets = self.resolve_all(told[:1]) if told else (
                [owner] if owner is not None else [])
            targets = [a for a in targets if is_state(a.code)]
        codes = {a.code for a in targets}
        sources = [a for a in self._reporters(be) if a.code not in codes] or [
            # (no one said so: the state the envoy is no longer welcome in)
            a for t in _pobjs(be, {"in"}) + _pobjs(welcome, {"in"})
            for a in self.res.resolve(t, allow_unknown=False)
            if is_state(a.code) and a.code not in codes]
        if not sources or not targets:
            return []
        cand = Candidate("expel_diplomats", be, welcome, sources[:1], targets, confidence=0.75)
        cand.notes |= {"no_fallback", "no_longer_welcome"}
        return [cand]

    def _leader_named(self, tok: Token) -> bool:
        """Whether `tok` names a head of state or government or a foreign minister
        (leaders.tsv)."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return any(normalise(text) in self.res.gaz.leaders
                   for text in ([ent.text] if ent is not None else []) + [tok.text])

    def _persona_non_grata(self, grata: Token) -> list[Candidate]:
        """ "declared a Russian diplomat persona non grata", also in the passive."""
        verb = grata
        # "persona" itself may be tagged a verb ("declared the Russian president persona
        # non grata"): the declaring verb is above it.
        while (verb.pos_ not in ("VERB", "AUX") or verb.lower_ in ("persona", "personae")) and (
            verb.head.i != verb.i
        ):
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        declaring = [t for t in grata.sent if _lemma(t) == "declare" and t.i < grata.i
                     and t.pos_ == "VERB"]
        if _lemma(verb) != "declare" and declaring:
            # "denied a report that it had declared two diplomats ... persona non grata":
            # the phrase hung on the verb above; the declaring verb is the act's.
            verb = declaring[-1]
        # Not a clause joined to the declaration: "..., and the Ukrainian foreign ministry
        # said it would expel a Georgian diplomat" is the answer, another act.
        own = _subtree_within(verb, lambda c: c.dep_ in ("conj", "parataxis")
                              and c.pos_ in ("VERB", "AUX"))
        envoys = [t for t in own if measure_class(t) == "envoy"]
        named = _children(verb, "dobj", "nsubjpass")
        declarers = {t.i for s in _children(verb, "nsubj", "agent") for t in s.subtree}
        if not envoys and any(_lemma(t) in _LEADER_HEADS and t.i not in declarers
                              for t in own):
            return []  # "Congress declared Mexico's president persona non grata": no envoy
        if not envoys and any(self._leader_named(t) for t in own
                              if t.text[:1].isupper() and t.ent_type_ not in ("GPE", "NORP")
                              and t.i not in declarers):
            return []  # "Israel declared Lula persona non grata": a leader, no envoy
        targets: list[Actor] = []
        for t in envoys or named:
            for a in self.res.resolve(t, allow_unknown=False):
                if all(a.code != b.code for b in targets):
                    targets.append(a)
        low_by = [t for x in verb.subtree if x.lower_ in ("persona", "grata", "personae", "gratae")
                  for t in _pobjs(x, {"by"})]
        # A headline drops the auxiliary: "Two Russian diplomats declared persona non
        # grata by Bulgaria" (the envoys as subject, the state in a by-phrase).
        passive = bool(_children(verb, "auxpass")) or bool(
            (_pobjs(verb, {"by"}) or low_by)
            and any(measure_class(t) == "envoy" for t in _children(verb, "nsubj"))
        ) or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
        # ("its ambassador, declared persona non grata by Secretary of State Marco Rubio":
        # a participle with its agent)
        agents = _pobjs(verb, {"by"}) if passive else self.agent_tokens(verb)
        if passive and not agents:
            # "were declared persona non grata by Argentina": the by-phrase hangs low.
            agents = low_by
        sources = [a for a in self.resolve_all(agents)
                   if all(a.code != t.code for t in targets)]
        cand = Candidate("expel_diplomats", verb, verb, sources, targets)
        declared = named or [t for x in verb.subtree if x.lower_ in ("persona", "personae")
                             for t in _children(x, "nsubj")]  # ("him" read as its subject)
        if not targets and declared and all(t.lower_ in ("him", "her", "them") for t in declared):
            # "... has until Sunday to quit Lithuania, after the foreign ministry branded
            # him persona non grata": whose envoy he is was told before; no nearby guess
            cand.notes.add("no_fallback")
        return [cand]

    def _from_drop_recognition(self, v: Token) -> list[Candidate]:
        """ "Nauru recognises Beijing, drops Taiwan": switching recognition away."""
        gained = [a for t in _pobjs(v, {"for"}) + _in_favour_of(v)
                  for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        lemmas = {_lemma(t) for t in v.sent}
        if not gained and not lemmas & {"recognise", "recognize", "recognition"} and not (
            lemmas & {"tie", "relation"} and lemmas & {"establish", "restore", "switch"}
        ):
            return []  # "restores ties with China, dropping Taiwan" also switches
        dropped = [v.head if o.tag_ == "WDT" and v.dep_ == "relcl" else o
                   for o in _children(v, "dobj")]  # "Taiwan, which Honduras dropped ..."
        targets = [a for o in dropped
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
                    or self.res.gaz.lookup(t.text) is not None  # "the SADR", tagged ORG
                    for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            return self._recognition_act("sever_relations", verb, lost) if lost else []
        if verb is not None and _lemma(n) == "recognition" and _lemma(verb) in (
            "extend", "grant", "accord", "give"
        ):
            # "Diplomatic recognition was extended to Kosovo by Kenya".
            gained = [a for t in _pobjs(verb, {"to"}) + _pobjs(n, {"to"})
                      for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            return self._recognition_act("restore_relations", verb, gained) if gained else []
        if verb is not None and _lemma(n) == "recognition" and n.dep_ == "dobj" and _lemma(
            verb
        ) in ("win", "gain", "receive", "secure", "earn", "obtain", "get"):
            # "Pristina wins recognition from Funafuti": the one that grants it acts,
            # and the winner is recognised.
            granters = [a for t in _pobjs(verb, {"from"}) + _pobjs(n, {"from"})
                        for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            won = [a for a in self.resolve_all(self.agent_tokens(verb)) if is_state(a.code)]
            if not granters or not won:
                return []
            cand = Candidate("restore_relations", verb, verb, granters, won[:1])
            cand.notes.add("no_fallback")
            return [cand]
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

    def _from_recognise(self, v: Token) -> list[Candidate]:
        if v.dep_ == "xcomp" and _lemma(v.head) in ("keep", "continue", "remain"):
            return []  # "would keep recognising Taiwan": recognition kept, nothing new
        objs = _children(v, "dobj")
        # Headline "Guatemala breaks ties with Taiwan, recognizes China": the object is
        # parsed as a subject after the verb; the actor comes first (source fallback).
        inverted = [s for s in _children(v, "nsubj", "npadvmod") if s.i > v.i] if not objs else []
        # (or as an adverbial noun: "Nauru cuts ties with Taipei, recognises Beijing")
        objs = objs or inverted
        if not objs:
            return []
        obj = objs[0]
        if not (obj.ent_type_ in ("GPE", "NORP") or _lemma(obj) in lx.RECOGNISABLE_HEADS):
            return []
        if any(c.dep_ == "nummod" and c.lower_ == "one" for c in obj.children):
            return []  # "Kenya recognises only one Somalia": a stance on its unity
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
        decision = v.head.head if v.dep_ in ("pcomp", "acl") and v.head.lower_ in (
            "on", "to") else v.head if v.dep_ == "acl" else None
        if decision is not None and _lemma(decision) == "decision" and decision.dep_ == "dobj" and (
            _lemma(decision.head) in _REVERSING_VERBS
        ):
            # "has revoked its earlier decision on recognising the so-called state of
            # Kosovo": recognition withdrawn, by whoever revokes the decision.
            cand = Candidate("sever_relations", decision.head, v,
                             self.resolve_all(self.agent_tokens(decision.head)), targets)
            cand.notes.add("no_fallback")
            return [cand]
        cand = Candidate("restore_relations", v, v, sources, targets)
        cand.notes.add("source_fallback_only")
        return [cand]

    def _from_recognition_noun(self, n: Token) -> list[Candidate]:
        """ "Portugal's recognition of the State of Palestine", "citing Norway's
        recognition of Palestine last year": a state's recognition of another state,
        told as a noun. Not one sought, won or withdrawn (other rules read those)."""
        if n.dep_ == "pobj" and n.head.lower_ == "for" or _lemma(n.head) in _RECOGNITION_SOUGHT:
            return []
        objs = [o for o in _pobjs(n, {"of"})
                if (o.ent_type_ in ("GPE", "NORP") or _lemma(o) in lx.RECOGNISABLE_HEADS)
                and not {t.lower_ for t in o.subtree} & _NOT_STATES]
        owners = [o for o in _children(n, "poss") if o.ent_type_ in ("GPE", "NORP")]
        granted = n.dep_ == "dobj" and _lemma(n.head) in lx.RESUME_VERBS | {"grant", "extend"}
        if granted and not owners:
            # "Sierra Leone reinstates (its) recognition of Kosovo", "granted recognition
            # to": the verb's subject recognises
            owners = self.agent_tokens(n.head)
        if not objs or not owners:
            return []
        targets = [a for a in self.res.resolve(objs[0], allow_unknown=False) if is_state(a.code)]
        sources = [a for a in self.resolve_all(owners[:1])
                   if is_state(a.code) and a.code not in {t.code for t in targets}]
        if not targets or not sources:
            return []
        cand = Candidate("restore_relations", n, n, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _ceased_member(self, v: Token) -> list[Candidate]:
        """ "The Philippines ceased to be a member of the International Criminal Court":
        leaving the body."""
        members = [a for x in _children(v, "xcomp") if _lemma(x) == "be"
                   for a in _children(x, "attr") if _lemma(a) == "member"]
        targets = self._named_bodies([t for m in members for t in _pobjs(m, {"of"})])
        return _quitting(v, self.resolve_all(self.agent_tokens(v)), targets)

    def _named_bodies(self, toks: list[Token]) -> list[Actor]:
        """The organisations `toks` name as such (not "the U.N. agency", not "Europe")."""
        # (the name itself, not a noun it modifies: "the UN cultural agency" is UNESCO)
        return [a for t in toks for a in self.res.resolve(t, allow_unknown=False)
                if a.code in ORGANISATIONS and names_organisation(a.text)
                and (t.pos_ == "PROPN" or a.start_char <= t.idx < a.end_char)]

    def _described_body(self, toks: list[Token]) -> list[Actor]:
        """ "Buenos Aires notified the World Health Organization ... that it was leaving
        the body", "Mali, Niger and Burkina Faso formally left the bloc": the organisation
        a bare description takes up is the one named last before it in the text."""
        for t in toks:
            if _lemma(t) not in DESCRIBED_BODY_WORDS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children
            ) or any(c.dep_ in ("compound", "poss") or c.ent_type_ for c in t.children) or (
                _pobjs(t, {"of"})
            ):
                continue  # (not "the UN agency", "the BRICS bloc", "the body of a soldier")
            for prev in reversed(t.doc[: t.i]):
                if not prev.text[:1].isupper():
                    continue
                named = [a for a in self.res.resolve(prev, allow_unknown=False)
                         if a.code in ORGANISATIONS and names_organisation(a.text)]
                if named:
                    return [Actor(named[0].code, t.text, t.i, "pronoun", t.idx,
                                  t.idx + len(t.text))]
        return []

    def _from_quit(self, v: Token) -> list[Candidate]:
        if v.pos_ == "NOUN":
            # "announced its withdrawal from ECOWAS"; "announces ICC exit", the body
            # in front of the noun
            targets = self._named_bodies(_pobjs(v, {"from"}) + [
                c for c in _children(v, "compound") if c.i < v.i and c.pos_ == "PROPN"])
            targets = targets or self._described_body(_pobjs(v, {"from"}))
            if not targets and v.dep_ == "pobj" and v.head.lower_ == "of":
                # "would notify the World Health Organization of its withdrawal": the
                # body told is the body left.
                told = v.head.head
                if _lemma(told) in ("notify", "inform"):
                    targets = self._named_bodies(_children(told, "dobj"))
                elif told.dep_ == "dobj" and _lemma(told.head) in ("notify", "inform"):
                    targets = self._named_bodies([told])
            poss = _children(v, "poss")
            if not poss and v.dep_ == "pobj" and v.head.lower_ == "of" and (
                _lemma(v.head.head) in ("process", "procedure")
            ):
                poss = _children(v.head.head, "poss")  # "concluded its process of withdrawal"
            owners = []
            verb = v.head if v.dep_ == "dobj" else next(
                (a for a in v.ancestors if a.pos_ == "VERB"), None) if v.dep_ == "pobj" else None
            if poss and poss[0].lower_ == "their" and verb is not None:
                # "Burkina Faso, Mali and Niger announced their withdrawal", "will notify
                # the UN of their exit": every subject.
                owners = self.resolve_all(self.agent_tokens(verb))
            owners = owners or (self.resolve_all(poss) if poss else [])
            if not owners:
                # "formalised the withdrawal of the Argentine Republic from the WHO"
                owners = [a for a in self.resolve_all(_pobjs(v, {"of"})) if is_state(a.code)]
            if not owners:
                owners = self.resolve_all(self.agent_tokens(v))
            if not targets:
                # "its departure from the Organisation for the Development of the Senegal
                # River": a body the guide has no code for
                unknown = [t for t in _pobjs(v, {"from"})
                           if _unlisted_body(t) and not _name_as_modifier(t)]
                states = [a for a in owners if is_state(a.code)]
                if not unknown or not states:
                    return []
                targets = [ActorResolver.make(UNKNOWN, [unknown[0]], unknown[0].i, "unknown")]
                owners = states
            return _quitting(v, owners, targets)
        if _children(v, "oprd"):
            return []  # "leave Europe furious": a state of mind, not a departure
        if _lemma(v) == "withdraw":
            objs = _pobjs(v, {"from"})
        elif _lemma(v) in ("pull", "take"):
            # "pull out of the African Union", with "out" as a particle or a preposition;
            # "voted to take the country out of the ICC"
            objs = _pobjs(v, {"of", "from"}) + [t for o in v.children if o.lower_ == "out"
                                                for t in _pobjs(o, {"of"})]
        else:
            objs = _children(v, "dobj") + _pobjs(v, {"from"})
        # Not a body's name used as a modifier: "quit the Intergovernmental Authority on
        # Development meeting" left a meeting.
        objs = [o for o in objs if not _name_as_modifier(o)]
        # "withdraw from the Rome Statute of the International Criminal Court"
        objs += [t for o in objs if _lemma(o) in ("statute", "charter", "treaty")
                 for t in _pobjs(o, {"of"})]
        # The organisation itself, named as one: not "the U.N. agency" (one of its
        # bodies), not "Europe" (a place).
        targets = [a for t in objs for a in self.res.resolve(t, allow_unknown=False)
                   if a.code in ORGANISATIONS and a.start_char <= t.idx < a.end_char
                   and names_organisation(a.text)] or self._described_body(objs)
        if not targets:
            unknown = [t for t in objs if _unlisted_body(t)]
            states = [a for a in self.resolve_all(self.agent_tokens(v)) if is_state(a.code)]
            if not unknown or not states:
                return []
            cand = Candidate("sever_relations", v, v, states,
                             [ActorResolver.make(UNKNOWN, [unknown[0]], unknown[0].i, "unknown")])
            cand.notes.add("no_fallback")
            return [cand]
        sources = []
        if _lemma(v) in ("pull", "take"):
            # "moves to pull the U.S. out of WHO", "to take the country out of ECOWAS":
            # the state pulled out is the one leaving
            sources = [a for a in self.resolve_all(_children(v, "dobj")) if is_state(a.code)]
        cand = Candidate("sever_relations", v, v,
                         sources or self.resolve_all(self.agent_tokens(v)), targets)
        cand.notes.add("no_fallback")
        return [cand]
