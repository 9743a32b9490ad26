"""Rules for measure nouns (``triggers.measure_class``): the events a noun of ties,
rifts, envoys, missions, expulsions or sanctions makes under its governing predicate, and the
targets a measure names (``MeasureRules``, a mixin of ``extract.SentenceCoder``)."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .actors import STATE_HEADS, Actor, is_pronoun, is_state
from .diplomatic_rules import _LEAVE_VERBS
from .gazetteer import UNKNOWN, normalise
from .modality import _endure_modifier
from .syntax import _children, _gerund_subjects, _lemma, _mod_lemmas, _pobjs
from .triggers import (
    _HEADLINE_ENVOY_FORMS,
    Candidate,
    _back_to_post,
    _bearer,
    _harmed_by,
    caps_staff,
    classify,
    governor,
    measure_class,
)

# Common nouns that may stand for a state in "ties with the Chinese government".
_RELATION_PARTY_HEADS = STATE_HEADS | frozenset({
    "authority", "leadership", "side", "counterpart", "neighbour", "neighbor", "republic",
    "kingdom", "federation", "emirate", "people", "ally", "state",
})
# "joined a wave of expulsions": others' acts, told as a whole.
_WAVE_NOUNS = frozenset({"wave", "series", "spate", "string", "round", "flurry", "raft",
                         "slew", "rash", "cascade"})


# Nominalised acts whose agent may hang on their "of" object.
_NOMINAL_ACTS = frozenset({
    "expulsion", "ouster", "ejection", "recall", "withdrawal", "closure", "closing",
    "shutdown", "imposition", "lifting", "easing", "removal", "restoration", "resumption",
    "severing", "severance", "suspension", "reopening", "opening",
})


def _collateral(x: Token | None, v: Token) -> bool:
    """Measure phrase `x` is the subject of `v`, a verb of harm: what `v` hits is the
    measure's collateral damage, not whom it is aimed at."""
    return x is not None and x.dep_ == "nsubj" and x.head.i == v.i and (
        _lemma(v) in lx.HARM_VERBS)


# A state's own presence abroad, not a relation between its subjects.
_ONE_SIDED_NOUNS = frozenset({"operation", "presence", "activity", "representation", "level"})

# Names that, bare in front of "sanctions", are the imposer's: "US sanctions", "EU sanctions".
_IMPOSER_NAMES = frozenset({"US", "USA", "UK", "EU", "UN", "G7", "UNITED STATES",
                            "UNITED KINGDOM", "EUROPEAN UNION", "UNITED NATIONS"})


def _chain_text(c: Token) -> str:
    """The words of compound `c` with the compounds in front of it ("Tel Aviv")."""
    start = c.i
    while start > 0 and c.doc[start - 1].dep_ == "compound" and c.doc[start - 1].head.i == start:
        start -= 1
    return c.doc[start: c.i + 1].text


# Moving goods somewhere: "shipping drone engines to Russia in breach of the embargo".
_SHIPPING_WORDS = frozenset({"ship", "shipping", "export", "sell", "supply", "send",
                             "deliver", "transfer", "smuggle", "divert", "route", "part",
                             "engine", "component", "good", "equipment", "technology"})


def _goods_origins(m: Token, p: Token | None) -> list[Token]:
    """ "lifted its ban on fruit and vegetables from Lebanon": where banned goods come
    from, the phrase hung on the ban or on its verb."""
    held = [m, p] if p is not None and m.dep_ == "dobj" else [m]
    return [t for h in held for t in _pobjs(h, {"from"})]


class MeasureRules:
    """Reads measure nouns; relies on ``SentenceCoder``'s resolver and actor methods."""

    def _target_in_front(self, m: Token) -> list[Token]:
        """ "No change to Cuba sanctions", "the Iran sanctions": a country's bare name in
        front of a sanctions noun with no "on"/"against" target is the country they are
        on ("US sanctions", "EU sanctions" name their imposer; capitals and demonyms,
        "Washington sanctions", "American sanctions", stay owners)."""
        if _lemma(m) not in ("sanction", "embargo") or any(
            t.lower_ in ("on", "against") for t in m.children
        ):
            return []
        out = []
        for c in _children(m, "compound"):
            if c.i > m.i or c.pos_ != "PROPN":
                continue
            a = self.res.resolve_one(c, 1, allow_unknown=False)
            if a is not None and is_state(a.code) and normalise(a.text) in self.res.gaz.names \
                    and a.text.upper().replace(".", "") not in _IMPOSER_NAMES:
                out.append(c)
        return out

    def _shipped_to(self, m: Token, x: Token | None) -> list[Token]:
        """ "shipping drone engines to Russia in breach of the EU embargo": a named
        owner's measure that names no target is aimed where the goods went (not at the
        clause's subject, who ships or prosecutes; not "FIFA's transfer embargo")."""
        if x is None or not (x.dep_ == "pobj" and x.head.lower_ == "of" and _lemma(
            x.head.head) in ("breach", "violation", "contravention")) or any(
            t.head.lower_ in ("on", "against", "targeting") for t in m.subtree
        ) or not any(c.dep_ in ("compound", "poss", "amod") and self.res.resolve_one(
                c, 1, allow_unknown=False) is not None for c in x.children):
            return []
        return [t for t in x.sent if t.i < x.i and t.dep_ == "pobj" and (
            t.head.lower_ == "to" and t.ent_type_ == "GPE" and any(
                _lemma(w) in _SHIPPING_WORDS for w in x.doc[x.sent.start: t.i]))]

    def _targets_sanction(self, m: Token, x: Token | None, p: Token | None) -> list[Token]:
        shipped_to = self._shipped_to(m, x)
        if shipped_to:
            return shipped_to
        preps = {"on", "against", "to", "toward", "towards", "at", "targeting", "over"}
        heads = [t for t in (m, x, p) if t is not None]
        toks: list[Token] = []
        for h in heads:
            # "at" aims only from the measure itself: "proposed sanctions ... at a meeting
            # of EU ministers" names a venue.
            at = {"at"} if h is not p or _lemma(h) in ("aim", "direct") else set()
            toks.extend(_gerund_subjects([
                t for t in _pobjs(h, preps - {"over", "at"} | at)
                if not (t.head.lower_ == "at" and _lemma(t) in lx.VENUE_NOUNS)
                # ("veto on EU's 19th sanctions package": the measure's container)
                and not (x is not None and x.i != m.i and t.i == x.i)]))
            for acl in _children(h, "acl", "relcl"):
                # (also "lifted the sanctions it imposed on Niamey")
                if _lemma(acl) in ("target", "aim", "hit", "affect", "impose", "place", "slap"):
                    toks.extend(_children(acl, "dobj"))
                    toks.extend(_pobjs(acl, {"at", "against", "on"}))
        named = {t.i for t in toks}
        toks.extend(c for t in list(toks) if t.head.lower_ in ("on", "against")
                    and t.head.head.i == m.i and t.pos_ == "PROPN"
                    for k in _children(m, "conj") if k.i > t.i and k.i not in named
                    for c in (k, *k.conjuncts) if c.i >= k.i
                    and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG"))
        # (a list of states after the first read as the measure's own conjuncts: "its food
        # embargo on the EU, the United States, Canada and Norway")
        if _lemma(m) in ("halt", "suspension"):
            toks.extend(_pobjs(m, {"of"}))  # "its suspension of export permits for Turkey"
        if p is not None and _lemma(p) == "roll" and m.dep_ == "dobj":
            # "EU ministers roll over Iran sanctions": the particle read as a preposition
            toks.extend(t for t in _pobjs(p, {"over"}) if t.i < m.i)
        # The measure's own phrase names whom it is aimed at ("sanctions on Iran").
        aimed = any(t.head.lower_ in ("on", "against", "targeting") and t.head.head.i in (
            m.i, x.i if x is not None else m.i) for t in toks)
        front = [] if aimed else self._target_in_front(m)
        toks.extend(front)
        aimed = aimed or bool(front)
        if _lemma(m) in lx.BAN_NOUNS or "asset" in _mod_lemmas(m):
            # "travel bans for Georgian officials", "asset freezes for ...": people the
            # ban is meant for (a country after "for" is a beneficiary or a reason).
            # ("asset freezes" may be re-parsed as "asset embargo": compounds.py)
            toks.extend(t for t in _pobjs(m, {"for"}) if _lemma(t) in lx.LISTED_HEADS)
            toks.extend(t for t in _goods_origins(m, p) if t.ent_type_ == "GPE")
        if p is not None and _lemma(p) in (
            "target", "hit", "punish", "slap", "sanction", "warn", "threaten", "penalise",
            "penalize",
        ) and not (aimed and _collateral(x, p)):
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
            _lemma(x.head.head) in lx.HARM_VERBS or _harmed_by(x.head.head, m)
        ):
            toks.extend(_children(x.head.head, "nsubjpass"))  # "crippled by US sanctions"
            if x.head.head.dep_ in ("acl", "amod") and x.head.head.tag_ == "VBN":
                toks.append(x.head.head.head)  # "Cuba's economy, battered by the US embargo"
            if x.head.head.dep_ == "advcl" and _harmed_by(x.head.head, m):
                # "Hit by Western sanctions, Moscow has rerouted ...": the clause's subject
                toks.extend(_children(x.head.head.head, "nsubj", "nsubjpass"))
        if x is not None and x.dep_ == "pobj" and x.head.lower_ in ("despite", "amid"):
            # "Iran's oil exports hit a high despite US sanctions": the clause's subject.
            verb = x.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            while not _children(verb, "nsubj", "nsubjpass") and verb.dep_ == "xcomp":
                verb = verb.head  # "Aeroflot returns to profit despite ...": the subject above
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
        if x is not None and x.dep_ == "nsubj" and (
            _lemma(x.head) in ("target", "aim") or (
                _lemma(x.head) in lx.HARM_VERBS and not (aimed and _collateral(x, x.head)))
        ):  # "new US sanctions target Iranian drone makers"
            # Whom a measure aimed at one state hurts is collateral, not another target:
            # "US sanctions on Iran have hit Indian refiners" (only Iran is sanctioned).
            toks.extend(_children(x.head, "dobj"))  # "US sanctions have cut X's exports"
            toks.extend(_children(x.head, "dative"))  # "the embargo has cost Cuba $130bn"
        bearer = _bearer(m)
        if bearer is not None:
            toks.append(bearer)  # "Sanctions-hit Venezuela turns to Iran for fuel"
        return toks

    def _registered_in(self, t: Token) -> list[Actor]:
        """ "trading firms registered in the UAE and Uzbekistan": the firms' states."""
        if _lemma(t) not in lx.LISTED_HEADS:
            return []
        return [a for acl in _children(t, "acl") if _lemma(acl) in (
            "register", "base", "locate", "incorporate", "headquarter")
            for inner in _pobjs(acl, {"in"}) for a in self.res.resolve(inner, allow_unknown=False)]

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
            for inc in [i for x in [t, *t.conjuncts] for i in _pobjs(x, {"including"})
                        if _lemma(x) in lx.LISTED_HEADS]:
                # "six entities, including a Chinese supplier of drone parts"
                for x in [inc, *inc.conjuncts]:
                    found = [self.res.resolve_one(x, allow_unknown=False), *self._registered_in(x)]
                    actors += [a for a in found
                               if a is not None and all(a.code != b.code for b in actors)]
            for c in t.conjuncts if t.dep_ != "conj" else []:
                if c.i > t.i and self.res.resolve_one(c, allow_unknown=False) is None:
                    # "four Sudanese commanders and two gold traders registered in the UAE"
                    actors += [a for a in self._registered_in(c)
                               if all(a.code != b.code for b in actors)]
            if all(a.code == UNKNOWN for a in actors):
                # "Belavia, the Belarusian flag carrier": the firm's state in apposition
                named = [a for ap in _children(t, "appos")
                         for a in self.res.resolve(ap, allow_unknown=False)]
                actors = named or actors
            if not actors:
                preps = {"of", "from", "in", "on", "against"}
                if _lemma(t) in ("sale", "export", "shipment", "supply", "transfer", "delivery"):
                    preps.add("to")
                inners = _pobjs(t, preps)
                if _lemma(t) in lx.LICENCE_NOUNS:
                    # "its suspension of export permits for optics bound for Turkey"
                    inners += [x for x in t.subtree if x.dep_ == "pobj"
                               and x.head.lower_ in ("to", "for")]
                for inner in inners:
                    actors.extend(self.res.resolve(inner))
                actors.extend(self._registered_in(t))
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
        if cls == "expulsion" and any(measure_class(c) == "envoy" for c in _children(m, "poss")):
            return []  # "the Polish ambassador's expulsion": coded from the envoy (below)
        if cls == "expulsion" and not _children(m, "poss") and not _pobjs(m, {"by"}):
            left = self._left_after_expulsion(m)
            if left is not None:
                return [left]
        if cls == "sanction" and m.dep_ == "pobj" and m.head.lower_ == "under" and (
            _lemma(m.head.head) in ("place", "put") and m.head.head.pos_ == "VERB"
        ):
            return []  # "placed ... under sanctions": the verb's act (_placed_under)
        p = governor(m) if p is None else p
        if p is None and cls == "envoy" and m.dep_ == "nsubj" and m.head.pos_ == "VERB" and any(
            c.dep_ == "agent" for c in m.head.children
        ) and not _children(m.head, "dobj"):
            p = m.head  # headline passive without "were": "diplomats ordered out by Prague"
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
            or (m.head.head.pos_ == "NUM" and cls == "envoy")
        ):
            x = m.head.head  # "a raft of sanctions", "years of Western sanctions"
        if m.dep_ == "compound" and _lemma(m.head) in lx.CONTAINER_NOUNS:
            x = m.head  # "the EU's sanctions package on Russia"
        if cls == "sanction":
            found = self._sanction_measure(m, x, p, etype)
            if _lemma(m) in lx.BAN_NOUNS:
                # "its ban on fruit from Lebanon": where goods come from is no author
                origins = {t.i for t in _goods_origins(m, p)}
                for cand in found:
                    cand.sources = [a for a in cand.sources if a.head not in origins]
            if _lemma(m) in lx.MEASURE_NOUNS and not any(
                t.lower_ in ("on", "against", "targeting") for t in m.subtree
            ):
                # "announced a slew of retaliatory measures": a generic noun is a sanction
                # only where its phrase says whom it hits ("the punitive measures it
                # imposed on Pristina"), not on any state nearby.
                for cand in found:
                    cand.notes.add("source_fallback_only")
            return found
        if cls == "mission":
            ordered_closed = self._ordered_closed(m)
            if ordered_closed is not None:
                return ordered_closed
        if cls == "mission" and p is not None:
            given = self._deadline_to_vacate(m, p)
            if given is not None:
                return given
        if cls == "envoy" and (given := self._given_days_to_leave(m)):
            return given
        if etype is None or p is None:
            return (self._told_to_leave(m) or self._must_leave(m) or self._ordered_out_after(m)
                    ) if cls == "envoy" else []
        if cls == "envoy" and m.dep_ == "poss" and m.head.i == p.i and p.pos_ == "NOUN" and (
            etype == "expel_diplomats"
        ):
            # "the Polish ambassador's expulsion by Minsk", "its ambassador's expulsion from
            # Juba": the possessor is the one expelled; the agent, or the place left, acts.
            sources = self.resolve_all(_pobjs(p, {"by"}) or _pobjs(p, {"from"}))
            cand = Candidate(etype, p, m, sources, self._expand_target([m]))
            cand.notes.add("no_fallback")
            return [cand] if sources else []
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
            shared_with = _pobjs(m.head, {"with"}) if m.dep_ == "conj" and not _pobjs(
                m, {"with", "to", "between"}) else []  # "flights and relations with Panama"
            tgt_toks = [t for t in _pobjs(m, {"with", "to", "between"}) + _pobjs(
                p, {"with", "between"}) + shared_with
                # not "in solidarity with Mexico", hung on the ties or the verb
                if _lemma(t.doc[t.head.i - 1]) not in lx.SUPPORT_NOUNS]
            withs = _pobjs(m, {"with"})
            if withs:
                # "established relations with Tuvalu and Nauru", the second name hung on
                # the relations
                tgt_toks += [c for c in _children(m, "conj")
                             if c.pos_ == "PROPN" and c.i > withs[-1].i]
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
                if _lemma(m) in _ONE_SIDED_NOUNS and not (
                    etype == "restore_relations" and len(sources) == 2
                    and _lemma(m) == "representation"
                ):  # (two that raise their representation raise it with each other)
                    # "Albania and Ukraine were lowering their representation": each its
                    # own, somewhere this clause does not say.
                    cand.notes.add("no_fallback")
                else:
                    cand.joint = True  # "Riyadh and Tehran restored ties"
            return [cand]
        if cls == "envoy":
            if etype == "expel_diplomats" and self._own_envoy_home(m, p):
                etype = "recall_envoy"  # "ordered the country's ambassador to return home"
            # (headline "Tirana orders ...": "orders" read as a noun, its subject in front)
            senders = (self.resolve_all([c for c in _children(p, "compound") if c.i < p.i])
                       if p.pos_ == "NOUN" else []) or sources
            if etype == "recall_envoy" and _lemma(p) in ("order", "send") and senders and not (
                _children(m, "poss")
            ):
                # "Tirana orders two Russian envoys home": another state's envoys sent
                # home are expelled (one's own are "its ambassador").
                named = [a for c in _children(m, "amod", "compound") if c.i < m.i
                         for a in self.res.resolve(c, allow_unknown=False) if is_state(a.code)]
                if named and not {a.code for a in named} & {s.code for s in senders}:
                    return [Candidate("expel_diplomats", p, p, senders, named)]
            if etype == "recall_envoy":
                ordered = self._ordered_to(p)
                if ordered is not None and not {t.lower_ for t in p.subtree} & {
                    "consultation", "consultations"
                }:
                    # "China ordered Lithuania to withdraw its ambassador": a host that
                    # orders another state to pull its envoy out expels the envoy.
                    verb, obj = ordered
                    if obj.dep_ == "nsubjpass":
                        # "Argentina and Chile were told to withdraw their diplomats from
                        # Venezuela": the state they leave, or the agent, orders.
                        sources = self.resolve_all(_pobjs(verb, {"by"})) or [
                            a for a in self._expand_target(_pobjs(p, {"from"})
                                                           + _pobjs(m, {"from"}))
                            if is_state(a.code)]
                    src_codes = {s.code for s in sources}
                    host = [a for a in self._expand_target([obj])
                            if is_state(a.code) and a.code not in src_codes]
                    if sources and host:
                        return [Candidate("expel_diplomats", verb, p, sources, host)]
                if not sources and p.pos_ == "NOUN" and m.dep_ == "pobj" and (
                    m.head.lower_ == "of" and m.head.head.i == p.i
                ):
                    # "the recall of Algeria's ambassador": one recalls one's own envoy.
                    sources = self.resolve_all(_children(m, "poss"))
                    own = self.res.resolve_one(m, allow_unknown=False)
                    if not sources and own is not None and is_state(own.code):
                        sources = [own]  # "the recall of the Algerian ambassador"
                if (not sources and _children(p, "auxpass") or sources and all(
                    a.code == UNKNOWN for a in sources
                )) and not any(is_pronoun(c) for c in _children(m, "poss")):
                    # "Cabinet has resolved to bring home the entire South African
                    # diplomatic team": the envoys' own state, where the parse names none,
                    # and in a passive with no agent ("The Turkish ambassador in The Hague
                    # was recalled to Ankara").
                    own = self.res.resolve_one(m, allow_unknown=False)
                    sources = [own] if own is not None and is_state(own.code) else sources
                tgt = _pobjs(p, {"from", "to", "in"}) + _pobjs(m, {"from", "to", "in"}) + [
                    t for a in _children(m, "acl") if _lemma(a) in ("station", "post", "base")
                    for t in _pobjs(a, {"in"})]  # ("stationed in Tel Aviv")
                return [Candidate(etype, p, p, sources, self._expand_target(tgt))]
            if etype == "expel_diplomats" and caps_staff(p):
                return self._staff_capped(m, p, sources)
            if etype == "expel_diplomats":
                owners = self.res.resolve(m, allow_unknown=False)
                pronoun = next((c for c in m.children if c.dep_ == "poss"
                                and c.lower_ in ("its", "their")), None)
                holder = self.res.resolve_one(pronoun) if pronoun is not None else None
                if not owners and pronoun is not None and pronoun.lower_ == "their" and (
                    p.dep_ == "conj"
                ):
                    # "severed relations with Costa Rica, Panama and Guatemala and gave
                    # their diplomats 72 hours to leave": the states the first act named
                    first = p.head
                    partners = [a for a in self._expand_target(_pobjs(first, {"with"}) + [
                        t for o in _children(first, "dobj") for t in _pobjs(o, {"with"})])
                        if is_state(a.code) and a.code not in {s.code for s in sources}]
                    owners = partners if len(partners) >= 2 else owners
                if p.pos_ == "NOUN" and pronoun is not None and sources and (
                    holder is None or holder.code in {a.code for a in sources}
                ):
                    # "Pretoria said it regretted the expulsion of its ambassador": the
                    # speaker's own envoy was expelled; who expelled him is told elsewhere.
                    return []
                targets = [own for own in owners if own.code not in (s.code for s in sources)]
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
                said_by_owner = bool(sources) and _children(p, "auxpass") and not _pobjs(
                    p, {"by"}) and {a.code for a in sources} <= {a.code for a in owners}
                if said_by_owner:
                    # "Poland's ambassador has been told to leave Belarus, Warsaw said": the
                    # speaker is the envoy's own state; the state left expels.
                    sources, targets = [], owners
                if not sources and (_children(p, "auxpass") or _lemma(p) in _NOMINAL_ACTS) and (
                    len(left) == 1 and is_state(left[0].code) and targets
                ):
                    # "Two Russian diplomats were expelled from Bulgaria": the expeller.
                    return [Candidate(etype, p, p, left, targets)]
                if all(a.code == UNKNOWN for a in sources) and len(origin) == 1 and is_state(
                    origin[0].code
                ) and targets and origin[0].code not in {t.code for t in targets} and not any(
                    _lemma(s) in lx.NON_STATE_ACTOR_HEADS for s in _children(p, "nsubj")
                ):  # (not "The company ordered its Nigerian staff to leave Niger")
                    # "The co-presidency ... ordered Guatemala's ambassador to leave
                    # Nicaragua": an actor not named as a state; the state left expels.
                    return [Candidate(etype, p, p, origin, targets)]
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
            # (a seat of two words, "Tel Aviv", is a compound chain)
            seats = [c for c in _children(held, "compound") if c.i < held.i
                     and normalise(_chain_text(c)) in self.res.gaz.seats
                     and normalise(_chain_text(c)) not in self.res.gaz.names]
            if seats and owner is not None and not _children(held, "amod", "poss"):
                # "Israel to shut Dublin embassy": the city the mission is in, not its
                # owner
                location = location or self._expand_target(seats)
                owner = None
            if m.dep_ == "nsubj" and m.head.i == p.i and poss:
                # "its Paris embassy will shut its doors": the owner acts, in the seat
                sources = self.resolve_all(poss) or sources
                location = location or self._expand_target(seats)
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
            cand = Candidate("expel_diplomats", m, m, self.resolve_all(agent), targets)
            if not targets and m.dep_ == "pobj" and _lemma(m.head.head) in _WAVE_NOUNS and (
                _lemma(m.head.head.head) == "join"
            ):
                # "joining a wave of expulsions across Europe": others' acts, whose
                # targets this phrase does not name (not any state nearby).
                cand.notes.add("no_fallback")
            return [cand]
        return []
