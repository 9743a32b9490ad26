"""Rules for sanction triggers other than the measure noun's own reading: sanction
measures and their targets and owners, sanctions lists, designations and listings, bans,
halts and cut-offs of trade, asset freezes, licences, waivers and exemptions, "hit with",
blocked measures and sanction verbs (``SanctionRules``, a mixin of
``extract.SentenceCoder``)."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .actors import STATE_HEADS, Actor, ActorResolver, is_pronoun, is_state
from .gazetteer import ORGANISATIONS, UNKNOWN
from .modality import _YEAR, _borne, _broken, _reaction_verb
from .prefilter import has_trigger_word, might_contain_event, trade_waiver
from .syntax import _SEPARATING_PREPS, _children, _lemma, _mod_lemmas, _pobjs, low_by_agents
from .triggers import (
    _DEADLINE_VERBS,
    CUBA_NAMES,
    Candidate,
    _enacted,
    _headline_participle,
    _health_context,
    _national,
    _national_goods,
    _national_parties,
    _proposal_of_misread_infinitive,
    _reduced_relative,
    _stray_co_agents,
    cuban_blockade,
    measure_class,
    price_cap_on_state,
)


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


def _kept_frozen(v: Token) -> tuple[Token, Token] | None:
    """(the keeping verb, the assets) of "keep Russian assets immobilised", however the
    participle is parsed: a modifier of the assets, the keeping verb's object predicate,
    or a clause with the assets as its subject."""
    keepers = ("keep", "leave", "hold")
    if v.dep_ == "acl" and v.tag_ == "VBN" and _lemma(v.head) in lx.ASSET_NOUNS and (
        v.head.dep_ == "dobj" and _lemma(v.head.head) in keepers
    ):
        return v.head.head, v.head
    if v.dep_ in ("oprd", "ccomp") and _lemma(v.head) in keepers:
        assets = [a for a in _children(v.head, "dobj") + _children(v, "nsubj")
                  if _lemma(a) in lx.ASSET_NOUNS]
        if assets:
            return v.head, assets[0]
    return None


# A halt over money owed is a supplier's, not a state's measure: "halted in March over
# an unpaid contract dispute".
_COMMERCIAL_DISPUTES = frozenset({"contract", "payment", "commercial", "pricing", "price",
                                  "debt", "billing", "unpaid"})


def _commercial_dispute(v: Token) -> bool:
    """The halt (or the halt a resumption would end) is told as caused by a commercial
    dispute, anywhere in the sentence: "no plans to resume ... shipments to Ankara,
    which were halted in March over an unpaid contract dispute"."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("over", "amid") and _lemma(t) in (
        "dispute", "row", "disagreement") and {_lemma(c) for c in t.subtree}
        & _COMMERCIAL_DISPUTES for t in v.sent)


def _spare_parts(t: Token) -> bool:
    """ "spare parts", "spare-parts" as the thing halted."""
    return _lemma(t) == "part" and "spare" in _mod_lemmas(t)


def _trade_origins(goods: Token) -> list[Token]:
    """ "imports originating in or transiting through Pakistan": where goods come from."""
    return [t for acl in _children(goods, "acl") for x in [acl, *acl.conjuncts]
            if _lemma(x) in ("originate", "come", "transit")
            for t in _pobjs(x, {"in", "from", "through"})]


# Beside the appeal verbs: "pushes for an end to", "seeks the lifting of".
_END_SEEKING_VERBS = frozenset({"push", "seek", "press", "plead"})
# "welcomed the lifting of UN sanctions": a reaction to an end that came.
_END_REACTION_VERBS = frozenset({"welcome", "hail", "praise", "applaud", "celebrate", "salute",
                                 "laud", "commend", "greet", "condemn", "criticise", "criticize",
                                 "denounce", "slam", "decry", "deplore", "regret", "lament"})
# A measure as subject of these menaces something, not a state: "US sanctions threaten
# access to chip design software".
_MENACE_VERBS = frozenset({"threaten", "warn", "menace", "endanger", "jeopardise", "jeopardize"})


def _acts_on_measure(t: Token, m: Token) -> bool:
    """ "Germany's foreign minister said EU sanctions ...", "Chinese banks complied with
    US sanctions": a name in the subject of a verb above the measure speaks of it or
    deals with it; it is not the state the measure is aimed at."""
    while t.dep_ in ("poss", "compound", "amod", "nmod", "appos", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.i in {a.i for a in m.ancestors}


# What a licence may let firms do with a sanctioned state's buyers.
_SUPPLY_VERBS = frozenset({"supply", "sell", "export", "provide", "ship", "deliver"})


_PERMIT_VERBS = frozenset({"authorise", "authorize", "allow", "permit"})
# What a waiver does for its holder: "a waiver that lets Iraq pay Iran".
_LETTING_VERBS = _PERMIT_VERBS | {"let", "enable"}
# Who weighs or prepares listings not yet made ("is weighing designations of ...").
_LISTING_PLANNERS = frozenset({"weigh", "consider", "prepare", "draft", "propose", "mull",
                               "discuss", "eye", "plan", "study", "contemplate", "ready"})
# Parties listings are drawn up against beyond the usual heads ("Cambodian tycoons").
_PLANNED_LISTED_HEADS = frozenset({"tycoon", "magnate", "refiner", "leader"})
_LICENCE_GIVING = frozenset({"issue", "grant", "extend", "renew", "publish"})


# What a passive ban keeps people out of: "barred from entering ...", "from travel to ...",
# "from Turkish ports", "from the territory of ...".
_ENTERING = frozenset({"enter", "entering", "entry", "travel", "travelling", "traveling",
                       "visit", "visiting"})
_PLACE_NOUNS = frozenset({"port", "airspace", "water", "harbour", "harbor", "territory", "soil"})
# The speaker's own land, named by no name: "the country", "the mainland".
_OWN_LAND = frozenset({"country", "territory", "mainland", "nation", "soil"})


# "aligns with EU listings of ...", "will mirror the EU ban on ...", "adopted the bloc's 19th
# package": a state taking over another body's measure, and the measure it takes over.
ADOPTING_VERBS = frozenset({"align", "adopt", "mirror", "transpose", "implement", "apply",
                            "replicate", "copy"})
_ADOPTED_MEASURES = lx.TOLD_MEASURES | {"package", "listing", "list", "round"}


class SanctionRules:
    """Sanction rules; relies on ``SentenceCoder``'s resolver and actor methods."""

    def _from_ban_verb(self, v: Token) -> list[Candidate]:
        """ "by banning imports of European farm goods": a trade ban on a state."""
        direct = _children(v, "dobj", "nsubjpass")
        # "restrict visas for Russian officials": a visa ban aims at the people it names.
        objs = [o for o in direct if _lemma(o) in lx.BAN_VERB_OBJECTS | {"visa"}]
        targets: list[Actor] = []

        def add_states(found: list[Actor]) -> None:
            for a in found:
                if is_state(a.code) and all(a.code != b.code for b in targets):
                    targets.append(a)

        def barred(toks: list[Token]) -> None:
            for o in toks:
                add_states(self.res.resolve(o, allow_unknown=False))

        froms = _pobjs(v, {"from"})
        healthy = not _health_context(v.sent)
        if not objs and healthy and any(
            c.lower_ in ("entering", "entry", "travelling", "traveling") for c in v.subtree
        ):
            barred(direct)  # "barred Russian officials from entering the country"
        elif not objs and _lemma(v) == "bar" and not froms and any(
            _lemma(o) in lx.BARRED_PEOPLE for o in direct
        ) and healthy:
            barred(direct)  # "Moscow bars 21 New Zealand lawmakers": by name, from the country
        elif not objs and _lemma(v) in ("bar", "ban") and healthy and any(
            _lemma(o) == "holder" and "passport" in _mod_lemmas(o) for o in direct
        ):
            barred(direct)  # "Maldives to ban Israeli passport holders": an entry ban
        elif not objs and healthy and any(
            _lemma(c) in ("port", "airspace", "water", "harbour", "harbor") for c in froms
        ):
            barred(direct)  # "Canada bars Russian ships from its ports": the ships' state
        elif not objs and healthy and _national_goods(direct):
            barred(_national_goods(direct))  # "Moscow bans Georgian wine": a state's goods
        elif not objs and healthy and any(
            _lemma(c) in lx.GOODS and (froms or _pobjs(c, {"from"}))
            for o in direct for c in (o, *o.conjuncts)
        ):
            # "bans tomatoes and apples from Azerbaijan", "farm produce from Malawi and
            # South Africa": goods from a state
            barred([c for f in froms + [t for o in direct for t in _pobjs(o, {"from"})]
                    for c in (f, *f.conjuncts)])
        elif not objs and healthy and (parties := _national_parties(direct)):
            # "Baghdad bans Turkish defence firm", "barring Chinese companies from bidding
            # for public contracts": a ban on a state's firms or people (not a
            # regulator's: "India's markets regulator SEBI barred a U.S. trading firm")
            if any(_lemma(t) in lx.REGULATOR_HEADS for a in self.agent_tokens(v)
                   for t in a.subtree):
                return []
            barred(parties)
        elif not objs and healthy and any(_lemma(c) in lx.PURCHASE_VERBS for c in froms):
            # "US bars Huawei from buying American chips": an export ban on a state's
            # firm (a firm's state from the firms list; a private person names none).
            barred(direct)
        elif not objs and any(_lemma(c) in lx.OPERATE_VERBS for c in froms):
            # "barred its banks from dealing with four Russian lenders": a ban on
            # dealings with a state's firms.
            for c in froms:
                add_states(self._expand_target(_pobjs(c, {"with"})))
        elif not objs or (
            # (the whole text: "U.S. to restrict travel from India. ... as a second Covid
            # wave overwhelms hospitals")
            {_lemma(o) for o in objs} <= lx.MOVEMENT_BAN_KINDS and _health_context(v.doc[:])
        ):
            return []
        # "banned imports of Chinese poultry over bird flu": a measure against a disease
        # (not "citing safety concerns", a pretext the news reads as a sanction)
        if {_lemma(o) for o in objs} <= {"import", "export", "shipment"} and any(
            t.lower_ in lx.DISEASE_WORDS for t in v.sent
        ):
            return []
        for o in objs:
            preps = {"of", "from"} | ({"to"} if _lemma(o) in ("export", "sale", "shipment")
                                      else set()) | ({"with"} if _lemma(o) in (
                                          "trade", "transaction") else set()) | (
                {"for", "to"} if _lemma(o) == "visa" else set())  # "visas for X members"
            verb_preps = ({"to"} & preps) | ({"from"} if _lemma(o) == "import" else set())
            # "barred entry to four Guatemalan officials": "to" may hang on the verb.
            # (a name with a title is a person, whatever its tag: "Serbian minister Vulin")
            people = [t for t in _pobjs(o, {"to"}) + _pobjs(v, {"to"}) if _lemma(o) == "entry"
                      and (t.ent_type_ not in ("GPE", "LOC", "FAC") or any(
                          _lemma(c) in lx.BARRED_PEOPLE for c in _children(t, "compound")))
                      and _lemma(t) not in ("country", "territory", "port", "city", "region")]
            # "bans Russian and Belarusian grain imports": the goods' states named on them
            named_on = [c for m in o.children if m.dep_ in ("amod", "compound")
                        and m.ent_type_ in ("NORP", "GPE") for c in (m, *m.conjuncts)
                        ] if _lemma(o) == "import" else []
            if _lemma(o) in ("export", "sale", "shipment"):
                # "bars exports of Colombian coal to Israel": "to" on the goods
                named_on = [t for g in _pobjs(o, {"of"}) for t in _pobjs(g, {"to"})]
            for inner in _pobjs(o, preps) + _pobjs(v, verb_preps) + people + _trade_origins(
                    o) + named_on:
                for a in self.res.resolve(inner, allow_unknown=False):
                    if all(a.code != b.code for b in targets):
                        targets.append(a)
        cands = self._imposition(v, targets)
        if cands and not cands[0].sources and _children(v, "auxpass"):
            # "were barred from entering Estonia, Latvia and Lithuania", "banned from EU
            # airspace": a passive ban with no agent is the barring place's.
            cands[0].sources = self._barring_places(v, targets)
        return cands

    def _adopted_measure(self, v: Token) -> list[Candidate]:
        """ "Montenegro aligns with EU listings of Iranian drone makers", "Norway will
        mirror the EU ban on Russian LNG transshipment", "Norway will apply the EU's new
        curbs on Russian shipping": the adopter's own measure on the target, and the
        owner's measure (background) it takes over."""
        if not (has_trigger_word(v.sent.text) and might_contain_event(v.doc.text)):
            # ("Switzerland adopts EU's latest Belarus listings.": no word the pre-filter
            # knows, so a text it skips; read the same with the pre-filter or without)
            return []
        objs = _pobjs(v, {"with"}) if _lemma(v) == "align" else _children(v, "dobj")
        # ("the European Union's newest round of penalties on Russia")
        objs = [o for o in objs if _lemma(o) in _ADOPTED_MEASURES
                or o.lower_ in ("listing", "listings")]
        for m in objs:
            aimed = bool(_pobjs(m, {"on", "against", "of", "targeting"}))
            # the owner: "the EU's", "EU listings", "US curbs on ..."; a state named on a
            # measure with no target phrase is its target ("the bloc's 20th Russia package")
            owner = [a for c in m.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                     for a in self.res.resolve(c, allow_unknown=False)
                     if a.code in ORGANISATIONS or is_state(a.code) and (
                         c.dep_ == "poss" or aimed)]
            if not owner:
                continue
            if v.pos_ == "VERB":
                adopters = self.resolve_all(self.agent_tokens(v))
            else:  # headline verb read as a noun: "Montenegro aligns with EU listings"
                adopters = self.resolve_all([c for c in v.children if c.dep_ in (
                    "compound", "nmod", "nsubj") and c.i < v.i])
            own = {a.code for a in owner}
            adopters = [a for a in adopters if a.code not in own and a.code != UNKNOWN]
            if not adopters:
                continue
            named = [m, *(o for o in _pobjs(m, {"of"}) if _lemma(o) in ("penalty", "sanction",
                                                                         "measure"))]
            tgt_toks = [t for n in named for t in (
                _pobjs(n, {"on", "against", "of", "targeting"})
                + [c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN"])]
            taken = own | {a.code for a in adopters}
            targets = [a for a in self._expand_target(tgt_toks)
                       if is_state(a.code) and a.code not in taken]
            if not targets:
                # "aligned itself with the EU's latest package, extending asset freezes to a
                # further 69 Russians": the state the sentence names after the measure
                # (in the same clause: not "...; 4) Tokyo hosted a G7 meeting"; not a venue:
                # "..., Podgorica said in Tirana")
                targets = [a for a in self.mentions(v.sent) if a.head > m.i
                           and is_state(a.code) and a.code not in taken and not any(
                               t.text in (";", ")") for t in v.doc[m.i: a.head]) and not (
                               v.doc[a.head].dep_ == "pobj"
                               and v.doc[a.head].head.lower_ in ("in", "at"))][:1]
            if not targets:
                continue
            cand = Candidate("impose_sanctions", v, v, adopters, targets, confidence=0.85)
            cand.notes.add("no_fallback")
            ref = Candidate("impose_sanctions", m, m, owner, list(targets), confidence=0.8)
            ref.notes |= {"no_fallback", "bare", "background", "existing"}
            return [cand, ref]
        return []

    def _barring_places(self, v: Token, targets: list[Actor]) -> list[Actor]:
        """The states or bloc that passive ban `v` keeps its people or ships out of; the
        speaker's state for "the country" ("the ministry said they had been barred from
        entering the country")."""
        places: list[Token] = []
        for f in _pobjs(v, {"from"}):
            if _lemma(f) in _ENTERING:
                places += _children(f, "dobj") + _pobjs(f, {"to", "into"})
            elif _lemma(f) in _PLACE_NOUNS:
                places += [c for c in f.children if c.dep_ in ("amod", "compound", "poss")]
                places += _pobjs(f, {"of"})
            else:
                places.append(f)  # "barred from Germany", "from the bloc"
        places = [c for p in places for c in (p, *p.conjuncts)]
        taken = {a.code for a in targets}
        found: list[Actor] = []
        for a in self.resolve_all(places):
            if (is_state(a.code) or a.code in ORGANISATIONS) and a.code not in taken | {
                b.code for b in found
            }:
                found.append(a)
        if found or not any(_lemma(p) in _OWN_LAND for p in places):
            return found
        return [a for a in self._reporters(v) if a.code not in taken]

    def _from_halt_verb(self, v: Token) -> list[Candidate]:
        """ "Beijing suspends imports of Lithuanian beef", "halted all trade with Israel":
        a state stopping trade with another state's goods or firms; and export licences or
        permits stopped ("froze new export licences for military equipment to Turkey"):
        an export ban on the state they were for. Trade resumed is the ban eased."""
        # "halts all exports to and imports from Israel": each coordinated object
        direct = [c for o in _children(v, "dobj", "nsubjpass") for c in (o, *o.conjuncts)]
        # ("suspends 30 of 350 arms export licences": the licences the number counts)
        direct += [t for o in direct if o.pos_ == "NUM" for t in _pobjs(o, {"of"})]
        # "restart approvals of military export licences for Fiji", "resume licensing of
        # armoured-vehicle exports to Egypt": what is approved or licensed
        direct += [t for o in direct if _lemma(o) in lx.LICENSING_NOUNS
                   for t in _pobjs(o, {"of"})]
        objs = [c for c in direct if _lemma(c) in lx.HALT_OBJECTS or _spare_parts(c)]
        # Aid is no trade: "suspended aid deliveries in Baghdad"
        objs = [c for c in objs if not _mod_lemmas(c) & {"aid", "humanitarian", "relief"}]
        licences = [c for c in direct if _lemma(c) in lx.LICENCE_NOUNS]
        if not objs and not licences or _health_context(v.sent) or _commercial_dispute(v):
            return []
        inner: list[Token] = [
            t for c in licences for t in c.subtree
            if t.dep_ == "pobj" and t.head.lower_ in ("to", "for")] + [
            t for o in direct if _lemma(o) in lx.LICENSING_NOUNS
            for t in _pobjs(o, {"to", "for"})]  # "approvals of ... licences for Fiji"
        if licences and not inner:
            inner = _pobjs(v, {"to", "for"})  # "resumed the issuance of permits to Ankara"
        for o in objs:
            preps = {"of", "from", "with"} | ({"to"} if _lemma(o) != "import" else set())
            # "halted all Lebanese imports": the goods' state named on them
            inner += _pobjs(o, preps) + _trade_origins(o) + [
                c for c in o.children if c.dep_ in ("amod", "compound")
                and c.ent_type_ in ("NORP", "GPE")]
            if _lemma(o) in ("delivery", "spare", "part"):
                # "deliveries of spare parts for the Chadian army's artillery", "howitzer
                # spares for Chad": whom they were for
                inner += [t for x in [o, *_pobjs(o, {"of"})] for t in _pobjs(x, {"to", "for"})]
                inner += [c for t in list(inner) for c in _children(t, "poss")]
            if _lemma(o) != "import":
                inner += _pobjs(v, {"to"})  # "suspended arms exports to Turkey", on the verb
            if _lemma(o) == "trade":
                inner += _pobjs(v, {"with"})  # "halted all trade with X", "with" on the verb
        targets: list[Actor] = []
        for t in inner:
            for a in self.res.resolve(t, allow_unknown=False):
                if is_state(a.code) and all(a.code != b.code for b in targets):
                    targets.append(a)
        # "suspend bilateral trade": with the other party of the sentence (fallback)
        bilateral = any(c.lower_ == "bilateral" for o in objs for c in o.children)
        objs = objs or licences
        if not targets and not bilateral:
            return []
        passive = bool(_children(v, "auxpass"))
        agents = _pobjs(v, {"by"}) if passive else self.agent_tokens(v)
        if v.pos_ == "NOUN":
            agents = [c for c in _children(v, "compound", "nsubj") if c.i < v.i] or agents
        # A state or bloc acts; "Boeing halts shipments" (a firm) imposes nothing.
        def statelike(t: Token) -> bool:
            return t.ent_type_ in ("GPE", "NORP") or _lemma(t) in STATE_HEADS or (
                self.res.gaz.lookup(t.text) in ORGANISATIONS) or (
                # "Mexico's defence ministry has suspended export permits"
                _lemma(t) in ("ministry", "department") and any(
                    c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("GPE", "NORP")
                    for c in t.children))

        def named_state(t: Token) -> bool:  # "Türkiye", which the model does not tag
            code = self.res.gaz.lookup(t.text)
            return t.pos_ == "PROPN" and code is not None and is_state(code)

        # "Beijing says it will suspend imports of ...": a pronoun acts for its antecedent.
        sources = [a for t in agents if statelike(t) or named_state(t) or t.pos_ == "PRON"
                   for a in self.resolve_all([t])
                   if t.pos_ != "PRON" or (a.code != UNKNOWN and statelike(v.doc[a.head]))]
        if not sources:
            return []
        # "Washington resumes sales of precision-guided bombs to Riyadh", "restores arms
        # export licences for Ankara": the halt ended
        etype = "ease_sanctions" if _lemma(v) in lx.RESUME_VERBS else "impose_sanctions"
        cand = Candidate(etype, v, v, sources, targets)
        if targets:
            cand.notes.add("no_fallback")
        return [cand]

    def _from_closed_entry(self, v: Token) -> list[Candidate]:
        """ "Entry to the Russian Federation is closed indefinitely for 41 Australian
        journalists", "Moscow closed entry into Russia for 13 Japanese nationals": an
        entry ban on the people's state, by the state entered."""
        entries = [c for c in _children(v, "dobj", "nsubjpass", "nsubj")
                   if _lemma(c) == "entry"]
        if not entries or _health_context(v.doc[:]):
            return []
        targets = [a for t in _pobjs(v, {"for"}) + _pobjs(entries[0], {"for"})
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        entered = _pobjs(entries[0], {"to", "into"})
        active = _children(v, "dobj")
        sources = [a for a in self.resolve_all(
            self.agent_tokens(v) if active else _pobjs(v, {"by"}) or entered)
            if is_state(a.code)]
        if not sources and active:
            sources = [a for a in self.resolve_all(entered) if is_state(a.code)]
        targets = [a for a in targets if a.code not in {s.code for s in sources}]
        if not targets or not sources:
            return []
        cand = Candidate("impose_sanctions", v, v, sources, targets[:1])
        cand.notes.add("no_fallback")
        return [cand]

    def _imposition(self, v: Token, targets: list[Actor],
                    event_type: str = "impose_sanctions") -> list[Candidate]:
        """Sanctions imposed (or eased) by verb `v` on `targets`; a passive's source is its
        by-agent."""
        if not targets:
            return []
        passive = bool(_children(v, "auxpass"))
        sources = self.resolve_all(_pobjs(v, {"by"}) if passive else self.agent_tokens(v))
        cand = Candidate(event_type, v, v, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_freeze_verb(self, v: Token) -> list[Candidate]:
        """ "froze the assets of ten Russian oligarchs", "unfroze Libyan assets"."""
        kept = _kept_frozen(v)
        if kept is not None:
            # "agrees to keep Russian assets immobilised": the keeper keeps them frozen
            keeper, assets = kept
            targets = [a for a in self._expand_target([assets]) if is_state(a.code)]
            sources = self.resolve_all(self.agent_tokens(keeper))
            if not targets or not sources or _lemma(v).startswith(("unfr", "unblock")):
                return []
            return [Candidate("impose_sanctions", keeper, v, sources, targets)]
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
        return self._licence_dealings(n) or self._licence_authorising(n)

    def _licence_dealings(self, n: Token) -> list[Candidate]:
        """ "issued a general licence allowing transactions with Syria": a waiver of
        sanctions on dealings with a state."""
        granted = self._waiver_to_trade(n)
        if granted is not None:
            return granted
        paying = self._waiver_to_pay(n)
        if paying is not None:
            return paying
        permits = {"allow", "authorize", "authorise", "permit"}
        dealing_nouns = {"transaction", "dealing", "business", "trade", "payment"}
        dealings = [o for acl in _children(n, "acl") if _lemma(acl) in permits
                    for o in _children(acl, "dobj")]
        # "a general trade licence allowing British firms to supply aircraft spare parts
        # to Syria's national carrier": what the permitted may sell, and to whom
        buyers = [t for acl in _children(n, "acl") if _lemma(acl) in permits
                  for x in _children(acl, "xcomp", "ccomp") if _lemma(x) in _SUPPLY_VERBS
                  for t in _pobjs(x, {"to"})]
        verb = n.head if n.dep_ in ("dobj", "nsubjpass") else None
        if n.dep_ == "compound" and n.head.dep_ in ("dobj", "nsubjpass") and (
            n.head.pos_ in ("PROPN", "NUM") or n.head.text[:1].isdigit()
        ):
            # "issued General License 8P, authorizing ...": the licence's name is the object
            verb, n = n.head.head, n.head
        if not dealings and n.dep_ in ("npadvmod", "compound") and _lemma(n.head) in permits:
            # The parse "a licence authorising transactions" with the participle as a
            # modifier of "transactions".
            dealings = [n.head.head] if n.head.dep_ == "amod" else []
            verb = n.head.head.head if dealings and n.head.head.dep_ == "dobj" else None
        if not dealings and verb is not None:
            # "issued a general licence on Friday authorising dealings with Syria's central
            # bank", the participle hung on a word after the licence: the permit that
            # follows the licence closely, and what it lets be dealt in.
            sent = n.sent
            permit = next((t for t in sent if n.i < t.i <= n.i + 4 and _lemma(t) in permits
                           and t.tag_ in ("VBG", "VBN")), None)
            if permit is not None:
                dealings = [t for t in sent if permit.i < t.i <= permit.i + 2
                            and _lemma(t) in dealing_nouns]
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
             for t in _pobjs(o, {"with", "to", "involving"}) + [
                 d for a in _children(o, "acl") if _lemma(a) == "involve"
                 for d in _children(a, "dobj")]] + places + buyers
        ) if is_state(a.code)]
        if not targets:
            return []
        cand = Candidate("ease_sanctions", verb, verb,
                         self.resolve_all(self.agent_tokens(verb)), targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _licence_authorising(self, n: Token) -> list[Candidate]:
        """A general or numbered licence issued, extended or renewed that authorises
        something touching a state ("OFAC issues GL 46 authorising ... Venezuelan-origin
        gas condensate", "issued General License 23 authorizing NGO transactions involving
        ... ministries in Afghanistan"): eased for the first other state after the
        permit, however the compliance register's headline is parsed. Not a wind-down
        licence, which comes with a listing and ends dealings."""
        sent = n.sent
        numbered = n.text == "GL" or n.i > 0 and n.doc[n.i - 1].lower_ in ("general", "specific")
        permit = next((t for t in sent if n.i < t.i <= n.i + 6 and _lemma(t) in _PERMIT_VERBS),
                      None)
        verb = next((t for t in sent if _lemma(t) in _LICENCE_GIVING and (
            t.pos_ == "VERB" or t.tag_ == "NNS" and t.i < n.i)), None)
        if not numbered or permit is None or verb is None or any(
            t.lower_ in ("no", "wind", "wind-down") for t in sent
        ) or any(c.dep_ == "neg" for c in verb.children):
            return []
        mentions = self.mentions(sent)
        sources = self.resolve_all(self.agent_tokens(verb)) if verb.pos_ == "VERB" else []
        sources = sources or [a for a in mentions if a.head < verb.i][:1]
        codes = {a.code for a in sources}
        # the grantee first: "OFAC grants Serbia's NIS a 60-day specific licence"
        grantees = [t for t in _children(verb, "dative", "dobj") if t.i < n.i]
        targets = [a for a in self._expand_target(grantees)
                   if is_state(a.code) and a.code not in codes][:1] or [
            a for a in mentions if a.head > permit.i and is_state(a.code)
                   and a.code not in codes][:1] or [
            a for t in sent if t.i > permit.i and _national(t)
            for a in self.res.resolve(t, allow_unknown=False)
            if is_state(a.code) and a.code not in codes][:1]
        if not sources or not targets:
            return []
        cand = Candidate("ease_sanctions", verb, verb, sources, targets, confidence=0.75)
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

    def _waiver_to_pay(self, n: Token) -> list[Candidate] | None:
        """ "renewed a waiver that lets Iraq pay Iran for electricity", "issued a waiver
        allowing Iraq to keep paying Iran", "a waiver letting India buy oil from Iran":
        leave for anyone to pay a state, or buy from it, eases the sanctions aimed at
        that state (not at the payer, who was never their target)."""
        if _lemma(n) not in ("waiver", "exemption") or n.dep_ != "dobj" or (
            _lemma(n.head) not in ("grant", "give", "issue", "extend", "renew")
        ):
            return None
        verb = n.head
        lets = [c for c in _children(n, "acl", "relcl") if _lemma(c) in _LETTING_VERBS] + [
            c for c in _children(verb, "advcl") if c.i > n.i and _lemma(c) in _LETTING_VERBS]
        payees: list[Token] = []
        for let in lets:
            for x in _children(let, "ccomp", "xcomp"):
                # ("to keep paying Iran": the payment under "keep" or "continue")
                acts = [x] + [y for y in _children(x, "xcomp") if _lemma(x) in (
                    "keep", "continue")]
                payees += [o for a in acts if _lemma(a) == "pay"
                           for o in _children(a, "dobj", "dative")]
                payees += [o for a in acts if _lemma(a) in lx.PURCHASE_VERBS
                           for o in _pobjs(a, {"from"})]
        if not payees or _children(verb, "neg"):
            return None
        sources = self.resolve_all(self.agent_tokens(verb))
        codes = {a.code for a in sources}
        targets = [a for a in self.resolve_all(payees) if is_state(a.code)
                   and a.code not in codes]
        if not targets:
            return None
        cand = Candidate("ease_sanctions", verb, verb, sources, targets[:1], confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_designate(self, v: Token) -> list[Candidate]:
        """ "OFAC designated three Emirati shipping firms": a listing, so a sanction on
        the state of the firms or people named (not a state itself: "designated Taiwan
        a priority" is no listing)."""
        objs = [o for o in _children(v, "dobj", "nsubjpass") if o.ent_type_ != "GPE"]
        roles = [t for o in _children(v, "oprd") + _pobjs(v, {"as"}) for t in o.subtree]
        # "designated Brazilian judge Alexandre de Moraes under the Global Magnitsky Act":
        # a listing whoever is named (not "designated under the Heritage Act")
        under_sanctions_law = any(
            t.lower_ in lx.SANCTIONS_LAW_WORDS or measure_class(t) == "sanction"
            for o in _pobjs(v, {"under"}) for t in o.subtree)
        if not objs or roles and not any(_lemma(t) in lx.LISTING_ROLES for t in roles) or (
            not roles and not under_sanctions_law
            and not any(_lemma(o) in lx.LISTED_HEADS for o in objs)
        ):
            return []  # "designated the island a nature reserve"
        targets = [a for a in self._expand_target(objs) if is_state(a.code)]
        if not targets:
            titled = self._listed_under_title(v, objs)
            if titled is not None:
                return titled
        cands = self._imposition(v, targets)
        if under_sanctions_law and _children(v, "auxpass"):
            for cand in cands:
                if not cand.sources:
                    # "was designated under the Global Magnitsky Act by the Treasury", the
                    # agent hung on the law's name
                    cand.sources = self.resolve_all(
                        [b for o in _pobjs(v, {"under"}) for b in _pobjs(o, {"by"})])
        return cands

    def _listed_under_title(self, v: Token, objs: list[Token]) -> list[Candidate] | None:
        """ "Nicaragua: Council lists three more officials of the Ortega-Murillo
        government": parties of no named state listed under a press release's title
        label are that state's; the label is no agent, though parsed as one."""
        topic = self.topic or self._topic_label(v.sent)
        if topic is None or _children(v, "auxpass") or not any(
            _lemma(o) in lx.LISTED_HEADS for o in objs
        ):
            return None
        sources = [a for a in self.resolve_all(self.agent_tokens(v)) if a.code != topic.code]
        if not sources:
            return None
        cand = Candidate("impose_sanctions", v, v, sources, [topic])
        cand.notes.add("no_fallback")
        return [cand]

    def _nominal_owner(self, n: Token) -> list[Actor]:
        """Who does a nominal act: "the UK's designation of ...", "... by the EU"."""
        poss = [c for c in _children(n, "poss") if c.lower_ not in ("its", "their")]
        return self.resolve_all(poss or _pobjs(n, {"by"}))

    def _nominal_listing(self, n: Token) -> list[Candidate]:
        """ "Washington's blacklisting of six Chinese officials", "the UK's designation
        of Iran's Guards commanders", "Washington's removal of two Chinese universities
        from the Entity List": a listing (or delisting) as a noun."""
        lemma = _lemma(n)
        planned = self._planned_listing(n)
        if planned is not None:
            return planned
        if lemma == "listing":
            return []  # (only planned: "the listing of Chinese firms in Hong Kong" is a float)
        objs = [o for o in _pobjs(n, {"of"}) if o.ent_type_ != "GPE"]
        if not objs:
            return []
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

    def _planned_listing(self, n: Token) -> list[Candidate] | None:
        """ "Treasury is weighing designations of Chinese teapot refiners", "is drawing up
        Global Magnitsky designations against Cambodian tycoons", "EU ambassadors prepared
        listings of 25 Belarusian officials": listings weighed or prepared, by whoever
        weighs them, threaten the state of the parties named. Plural nouns only: "the
        designation of" one party is read as done."""
        if n.tag_ != "NNS" or n.dep_ != "dobj" or _children(n, "poss") or (
            _lemma(n.head) not in _LISTING_PLANNERS  # ("drawing up": "draft", syntax._lemma)
        ):
            return None
        # (not "on": "listings on" is no pre-filter word, so the rule must not need it)
        objs = [o for o in _pobjs(n, {"of", "against"}) if o.ent_type_ != "GPE"]
        if not any(_lemma(o) in lx.LISTED_HEADS | _PLANNED_LISTED_HEADS for o in objs):
            return None
        verb = n.head
        sources = [a for a in self.resolve_all(self.agent_tokens(verb)) if a.code != UNKNOWN]
        codes = {a.code for a in sources}
        targets = [a for a in self._expand_target(objs) if is_state(a.code)
                   and a.code not in codes]
        if not sources or not targets:
            return None
        cand = Candidate("threaten_sanctions", verb, n, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    @staticmethod
    def _measures_after(v: Token, prep: str) -> list[Token]:
        """The sanctions or bans named after `prep` on `v` ("exempted ... from its travel
        ban", "placed ... under sanctions"); none in a text about an epidemic."""
        measures = [t for t in _pobjs(v, {prep}) if measure_class(t) == "sanction" or (
            _lemma(t) in lx.BAN_NOUNS and _mod_lemmas(t) & lx.BAN_MODIFIERS)]
        return [] if _health_context(v.sent) else measures

    def _placed_under(self, v: Token) -> list[Candidate]:
        """ "Sixteen Nicaraguan judges were placed under travel bans by Costa Rica",
        "Japan put three Russian officials under sanctions": an imposition on the state
        of those placed under the measure (not "placed under house arrest")."""
        measures = self._measures_after(v, "under")
        if not measures:
            return []
        targets = [a for a in self._expand_target(_children(v, "dobj", "nsubjpass"))
                   if is_state(a.code)]
        cands = self._imposition(v, targets)
        for cand in cands:
            if not cand.sources and _children(v, "auxpass"):
                # "placed under sanctions by Japan", the agent hung on the measure
                # or naming it ("placed under an EU asset freeze")
                cand.sources = self.resolve_all(
                    [b for m in measures for b in _pobjs(m, {"by"})]) or [
                    a for m in measures for c in _children(m, "compound", "poss", "amod")
                    if not is_pronoun(c) for a in self.res.resolve(c, allow_unknown=False)]
        return cands

    def _cuba_blockaded(self, m: Token, owners: list[Actor]) -> list[Actor]:
        """Cuba, for "the blockade" in a text about it with no target named: "Sheinbaum
        called the US blockade 'anachronistic'" is the embargo on Cuba, not on Mexico.
        "The US embargo" is its name too ("blamed the U.S. embargo for fuel shortages on
        the island"); an embargo on arms or oil, another owner's, or one whose own "on"
        phrase names what it bars, is not."""
        if not (_lemma(m) == "blockade" or (
            _lemma(m) == "embargo" and any(a.code == "USA" for a in owners)
            and not _mod_lemmas(m) & lx.BAN_MODIFIERS - {"trade", "financial"}
            and not _pobjs(m, {"on", "against"})  # ("the US embargo on news of ...")
        )) or not cuban_blockade(m):
            return []
        return next(([a] for t in m.doc if t.text in CUBA_NAMES
                     for a in self.res.resolve(t, allow_unknown=False) if a.code == "CUB"), [])

    def _bloc_borders(self, v: Token) -> list[Candidate]:
        """ "ECOWAS closed its members' borders with Guinea-Bissau", "decide to reopen
        borders with Niger": a regional bloc closing its members' borders with a state is
        one of its sanctions (reopening them eases it). Neighbours closing a crossing
        between them is border policy, not a sanction (the guide's trade disputes)."""
        borders = [o for o in _children(v, "dobj", "nsubjpass") if _lemma(o) == "border"]
        if not borders:
            return []
        targets = [a for a in self._expand_target(
            [t for b in borders for t in _pobjs(b, {"with"})] + _pobjs(v, {"with"}))
            if is_state(a.code)]
        agents = [a for a in self.resolve_all(self.agent_tokens(v)) if a.code != UNKNOWN] or [
            a for a in self.mentions(v.sent) if a.head < v.i][:1]
        sources = [a for a in agents if a.code in ORGANISATIONS]
        if not targets or not sources or len(sources) != len(agents):
            return []
        etype = "ease_sanctions" if _lemma(v) in ("reopen", "open") else "impose_sanctions"
        cand = Candidate(etype, v, v, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_cap_verb(self, v: Token) -> list[Candidate]:
        """ "agreed to cap the price of Russian seaborne crude at $60": a price cap on a
        state's exports imposed by whoever caps it (not "capped rents")."""
        prices = [o for o in _children(v, "dobj", "nsubjpass") if price_cap_on_state(o)]
        targets = [a for a in self._expand_target([g for o in prices for g in _pobjs(o, {"of"})])
                   if is_state(a.code)]
        return self._imposition(v, targets)

    def _from_exempt(self, v: Token) -> list[Candidate]:
        """ "exempted Fijian officials from its travel ban": relief for those exempted."""
        if not self._measures_after(v, "from"):
            return []
        targets = [a for a in self._expand_target(_children(v, "dobj", "nsubjpass"))
                   if is_state(a.code)]
        return self._imposition(v, targets, "ease_sanctions")

    def _sanctions_list(self, m: Token) -> list[Candidate]:
        """ "added 40 Iranian entities to its sanctions list", "removed ... from it"."""
        lst = m.head if m.dep_ == "compound" and _lemma(m.head) in lx.LIST_NOUNS else m
        if _lemma(m) == "list" and m.dep_ != "pobj":
            return []
        misread = lst.head if lst.dep_ == "dobj" and lst.head.i == lst.i - 1 and any(
            c.dep_ == "aux" and c.lower_ == "to" and c.i == lst.i - 2 for c in lst.head.children
        ) and lst.head.dep_ in ("relcl", "acl", "advcl", "xcomp") else None
        # Headline "Sudan taken off U.S. terrorism blacklist": the particle read with the
        # verb, the list as its object and the one taken off as its subject.
        taken_off = lst.dep_ == "dobj" and lst.head.lower_ == "taken" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in lst.head.children)
        if misread is not None:
            # "adds 27 firms to export blacklist": "to export" read as an infinitive, the
            # list's modifier as its verb; the listing verb governs the clause.
            verb = misread.head.head if misread.head.dep_ == "dobj" else misread.head
        elif taken_off:
            verb = lst.head
        elif lst.dep_ != "pobj" or lst.head.lower_ not in ("to", "on", "from", "off", "into",
                                                           "in"):
            return []  # ("put 8 British individuals into its sanctions list", translated)
        else:
            verb = lst.head.head
            if verb.lower_ == "back" and verb.dep_ == "advmod":
                verb = verb.head  # "to put Cuba back on its list of state sponsors"
            while verb.pos_ in ("NOUN", "PROPN", "NUM", "ADP") and verb.dep_ in (
                "dobj", "conj", "pobj", "prep"
            ) and verb.head.i != verb.i and (verb.pos_ != "ADP" or verb.lower_ == "of"):
                # "removed 12 British individuals and entities from its sanctions list",
                # "removed a Turkish shipping company and two of its bulk carriers from
                # the SDN list": the list hung on the object the verb moves.
                verb = verb.head
        lemma = _lemma(verb)
        if lemma in ("add", "put", "place", "include", "name", "designate", "list") or (
            lemma in ("keep", "retain", "leave", "maintain") and lst.dep_ == "pobj"
            and lst.head.lower_ == "on"
        ):  # "keeps Cuba on terrorism sponsors list": the listing maintained
            etype = "impose_sanctions"
        elif lemma in ("remove", "delete", "drop", "take", "strike", "lift", "delist"):
            etype = "ease_sanctions"
        else:
            return []
        listed = _children(verb, "nsubj", "nsubjpass") if taken_off else _children(
            verb, "dobj", "nsubjpass")
        passive = bool(_children(verb, "auxpass")) or taken_off
        if passive and not listed and verb.dep_ == "ccomp" and _lemma(verb.head) in (
            "say", "report", "believe"
        ):
            # "Four Emirati operators said to be moving Iranian crude were added to ...":
            # the listed parties parsed as the subject of "said".
            listed = _children(verb.head, "nsubj")
        if lst.head.lower_ in ("into", "in") and lemma not in ("put", "place", "include", "add"):
            return []  # (not "the firms named in the list", "kept in the list")
        targets = self._expand_target(listed)
        if not targets and listed:
            # "adds 45 tankers to its list of Russia's shadow fleet": whose fleet it is
            targets = [a for f in _pobjs(lst, {"of"}) if _lemma(f) == "fleet"
                       for p in _children(f, "poss", "amod", "compound")
                       for a in self.res.resolve(p, allow_unknown=False) if is_state(a.code)]
        if not targets and listed:
            # "put 8 individuals and 4 institutions from the European Union countries and
            # from Britain into the sanctions list": where they are from, hung on the verb
            targets = [a for x in _children(verb, "prep") if x.lower_ == "from"
                       for f in (x, *x.conjuncts) for t in _children(f, "pobj")
                       for a in self.res.resolve(t, allow_unknown=False)]
        named_for = list({a.code: a for t in _children(lst, "compound")
                          for a in self.res.resolve(t, allow_unknown=False)
                          if is_state(a.code)}.values()) if "restricted" in _mod_lemmas(
            lst) else []
        if named_for:
            # "the Cuba Restricted List": the list of a state's firms others may not deal
            # with is named after that state, its target, never its owner
            targets = targets or named_for
        owner = [a for t in _children(lst, "poss", "compound", "amod")
                 for a in self.res.resolve(t, allow_unknown=False)
                 if a.code not in {n.code for n in named_for}]
        by = _pobjs(verb, {"by"})
        # A passive with no by-agent: the list's owner did the listing.
        sources = self.resolve_all(by) if passive and (by or owner) else self.resolve_all(
            self.agent_tokens(verb))
        if not sources:
            sources = owner
        if named_for and len(sources) > 1:
            sources = [a for a in sources if a.code not in {n.code for n in named_for}]
        if not targets and "control" in _mod_lemmas(lst) and not _mod_lemmas(lst) & (
            lx.LIST_KINDS - {"control"}
        ):
            # "added eleven companies to its export control list": whose firms, this
            # sentence does not say (not any state nearby).
            return []
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
        appealed = self._appealed_end(m, x, p, tgt_toks)
        if appealed is not None:
            return appealed
        if etype is not None and p is not None:
            owner = self._measure_owner(m)
            if not owner and x is not m and _lemma(p) in ("join", "adopt", "align"):
                owner = self._measure_owner(x)  # "aligned with the EU's 19th sanctions package"
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
                # ("... hit with sanctions by Canberra": the by-agent imposes them)
                by = [a for a in self.resolve_all(_pobjs(p, {"by"}) + _pobjs(x, {"by"}))
                      if a.code != UNKNOWN]
                sources = owner or by or [ActorResolver.make(UNKNOWN, [m], m.i, "unknown")]
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
                    warner = first.head if first.dep_ == "ccomp" or (
                        first.dep_ == "advcl" and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in first.children)
                    ) else None
                    if warner is not None and warner.dep_ == "relcl" and (
                        warner.head.dep_ == "dobj" and _lemma(warner.head.head) in (
                            "warn", "threaten", "tell")
                    ):
                        # "ECOWAS warned the officers who seized power ... that they faced
                        # sanctions": the "that" clause read as the relative clause's.
                        warner = warner.head.head
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
            elif x.dep_ == "nsubj" and x.head.i == p.i and _reduced_relative(x):
                # "Sanctions announced ... by Britain, Canada and New Zealand target two
                # Israeli ministers": the agents; whom the clause after it aims at.
                by = _pobjs(p, {"by"})
                sources = self.resolve_all(by + _stray_co_agents(p, by))
                tgt_toks = tgt_toks + [o for c in p.children if c.dep_ in ("ccomp", "conj")
                                       and _lemma(c) in ("target", "hit", "bar", "cover")
                                       for o in _children(c, "dobj")]
            else:
                sources = self.resolve_all(self.agent_tokens(p))
            separated = p.dep_ == "pobj" and p.head.lower_ in _SEPARATING_PREPS
            if not sources:
                # The agent hung on a clause below: "... accused of financing gangs by
                # the Dominican Republic".
                sources = [a for a in self.resolve_all(low_by_agents(p, deep=True, outside=m))
                           if is_state(a.code) or a.code in ORGANISATIONS]
            if not sources and not (_lemma(p) in ("join", "adopt", "align") and p.pos_ == "VERB"
                                    and not _children(p, "auxpass")):
                # "EU sanctions were extended": the measure's own modifiers. (Not a measure
                # adopted: "Swiss adopt EU's latest Russia sanctions package", the joiner
                # misparsed, is found by the fallback; the owner's is the reference below.)
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
            targets = self._expand_target(tgt_toks) or self._cuba_blockaded(m, sources or owner)
            excused = _lemma(p) in lx.EXCUSING_NOUNS and p.pos_ == "NOUN"
            if excused and not targets:
                # "granted Serbia's oil company NIS another reprieve from sanctions": the
                # grantee, when the measure names no target
                targets = [a for a in self._expand_target(
                    [t for t in _children(p.head, "dative", "dobj") if t.i < p.i]
                ) if is_state(a.code)] if p.dep_ == "dobj" else []
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
            if excused and not targets:
                cand.notes.add("no_fallback")  # an exemption for whom the text leaves open
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
                # (what is denied or imagined is the joining: "denied joining the EU's ...")
                ref.notes.add("existing")
                if not targets:
                    # ("aligns with EU's 18th package; SECO said the new Swiss measures
                    # ...": not the adopter's own state, found by the fallback)
                    ref.notes.add("no_fallback")
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
        targets = self._expand_target(tgt_toks) or self._cuba_blockaded(m, sources)
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
        topic = False
        if sources and not targets and not _mod_lemmas(m) & (
            lx.NEW_MODIFIERS | lx.NON_STATE_SANCTION_MODIFIERS
        ):
            # "Venezuela's oil output recovers despite US sanctions", "Iran's rial slid as
            # the economy struggled under U.S. sanctions": a named owner's measure, no
            # target in its phrase; the state the clause is about, its subject's owner.
            owners = {a.code for a in sources}
            topics = [a for t in m.sent if t.dep_ == "poss" and t.i < m.i
                      and t.head.dep_ in ("nsubj", "nsubjpass")
                      and _lemma(t.head.head) not in lx.REPORT_VERBS
                      for a in self.res.resolve(t, allow_unknown=False)
                      if is_state(a.code) and a.code not in owners]
            if len({a.code for a in topics}) == 1:
                targets, topic = topics[:1], True
            elif not topics and UNKNOWN not in owners and not (
                x.dep_ == "nsubj" and _lemma(x.head) in _MENACE_VERBS
            ):
                # "19 rounds of EU sanctions have failed to dent Moscow's war economy": the
                # one other state the sentence names, not its speaker or a state that deals
                # with the measure, nor a name listed with the owner in front of it ("US,
                # EU sanction talks"). A measure that menaces something aims at no state
                # named ("US sanctions threaten access to chip software ... in the UK");
                # "Western sanctions" have no named owner.
                others = {a.code: a for a in self.mentions(m.sent)
                          if is_state(a.code) and a.code not in owners
                          and not (a.head < m.i and all(
                              t.text in (",", "&") or t.lower_ == "and" or t.pos_ == "PROPN"
                              for t in m.doc[a.head + 1: m.i]))
                          and not _acts_on_measure(m.doc[a.head], m)}
                if len(others) == 1:
                    targets, topic = list(others.values()), True
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
        cand.confidence -= 0.2 if topic else 0.1
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
        if x.dep_ == "pobj" and x.head.lower_ == "by" and x.head.head.i == p.i and (
            _lemma(p) in lx.PUNISH_VERBS | lx.HARM_VERBS
        ) and not _children(p, "dobj", "dative") and not (
            _mod_lemmas(x) & lx.NON_STATE_SANCTION_MODIFIERS
        ):
            return self._harmed_subjects(p)
        if _lemma(p) not in lx.PUNISH_VERBS or p.tag_ not in ("VBD", "VBN") or not (
            x.dep_ == "pobj" and x.head.lower_ == "with" and x.head.head.i == p.i
        ) or _children(p, "dobj", "dative", "prt", "agent") or any(
            c.lower_ == "back" for c in p.children
        ) or _mod_lemmas(x) & lx.NON_STATE_SANCTION_MODIFIERS or any(
            t.lower_ == "by" for t in p.subtree  # "... by the federation": its own agent
        ) and not any(is_state(a.code) or a.code in ORGANISATIONS
                      for a in self.resolve_all(_pobjs(p, {"by"}) + _pobjs(x, {"by"}))):
            # (but "... hit with targeted financial sanctions by Canberra": a state's)
            return []
        subj = _children(p, "nsubjpass" if _children(p, "auxpass") else "nsubj")
        return [s for s in subj if s.tag_ not in ("PRP", "WDT", "WP") and (
            _lemma(s) not in lx.SPORT_PEOPLE) and any(
            is_state(a.code) for a in self.res.resolve(s, allow_unknown=False))]

    def _harmed_subjects(self, p: Token) -> list[Token]:
        """Who is hit when the measure is the agent: "Iran hit by new US sanctions" (a
        headline's verb without "was"), "a refiner, which ... was hit by EU sanctions" (a
        conjunct's shared subject, a relative pronoun's antecedent)."""
        verb = p
        subj = _children(verb, "nsubjpass", "nsubj")
        while not subj and verb.dep_ == "conj":
            verb = verb.head
            subj = _children(verb, "nsubjpass", "nsubj")
        subj = [verb.head if s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else s
                for s in subj]
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

    def _appealed_end(
        self, m: Token, x: Token, p: Token | None, tgt_toks: list[Token]
    ) -> list[Candidate] | None:
        """The end of a measure as the object of an appeal or a reaction. "Cuba calls
        for an end to the US embargo", "Hungary pushes for an end to EU sanctions on
        Russia", "Iran demanded the removal of US sanctions": an appeal to end a measure
        says it stands, its owner's (a reference); the appealer eases nothing. "Iran
        welcomed the lifting of UN sanctions", "Moscow welcomed the end of EU sanctions
        on Belarusian potash": a reaction to the end says it came, by the owner; the
        reacting state eases nothing. The target is the one named, else Cuba for its
        embargo, else the appealer or reacter; whose measure it is unsaid, nothing is
        coded."""
        end = p if p is not None and p.pos_ == "NOUN" and _lemma(p) in lx.EASE_PREDICATES else (
            x.head.head if x.dep_ == "pobj" and x.head.lower_ in ("of", "to")
            and x.head.head.pos_ == "NOUN" and _lemma(x.head.head) in lx.EASE_PREDICATES
            else None)  # "demanded the removal of US sanctions": the verb taken as governor
        if end is None:
            return None
        verb = end.head if end.dep_ == "dobj" else (
            end.head.head if end.dep_ == "pobj" and end.head.lower_ == "for" else None)
        if verb is None:
            return None
        if _lemma(verb) in lx.APPEAL_CUES | _END_SEEKING_VERBS:
            etype = "impose_sanctions"
        elif _lemma(verb) in _END_REACTION_VERBS and end.dep_ == "dobj":
            etype = "ease_sanctions"
            if any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_MODALS | lx.WEAK_MODALS
                   for c in verb.children):
                return []  # "Iran would welcome the lifting of sanctions": not come yet
        else:
            return None
        speakers = [a for a in self.resolve_all(self.agent_tokens(verb)) if is_state(a.code)]
        owner = [a for a in (self._measure_owner(m) or (
            self._measure_owner(x) if x is not m else [])) if a.code not in {
            b.code for b in speakers}]
        owned = {a.code for a in owner}
        targets = [a for a in self._expand_target(tgt_toks) if a.code not in owned] or (
            self._cuba_blockaded(m, owner)  # Barbados "called for an end to the US embargo"
        ) or [a for a in speakers if a.code not in owned]
        if not owner or not targets:
            return []
        cand = Candidate(etype, end, m, owner, targets, confidence=0.7)
        # Its own mode, not the appeal's or the reaction's: an appeal says the measure is
        # there; an end reacted to came, earlier if dated ("the lifting ... in 2016").
        cand.notes.update({"no_fallback", "reaction"})
        if etype == "impose_sanctions" or any(
            _YEAR.match(t.text) for t in end.subtree
        ):
            cand.notes.add("background")
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
        if any(c.dep_ == "det" and c.lower_ == "any" for t in {m, x} for c in t.children):
            # "Hungary would veto any EU sanctions on ...", "any new package of EU
            # sanctions": none proposed yet
            return []
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
        if any(_lemma(c) in lx.REGULATOR_HEADS for c in _children(m, "compound")):
            return out  # headline "Mongolia's financial regulator sanctions ... miner"
        by = _pobjs(m, {"by", "from"})
        aimed_at = {t.i for t in self._target_in_front(m)}  # "Cuba sanctions": on Cuba
        for t in [c for c in _children(m, "poss", "compound", "amod", "nmod")
                  if c.i not in aimed_at] + by + (
            _stray_co_agents(m, by) if by else []
        ):
            if t.lower_ in ("its", "their", "his", "her", "wide"):
                continue  # ("an EU-wide visa ban": its reach, not its owner)
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
        if any(_lemma(t) in ("penalty", "fine") for t in _pobjs(v, {"with"})):
            return []  # "sanctioned the local branch of a Swiss bank with a S$2 million penalty"
        objects = [c for c in _children(v, "dobj", "nsubjpass")] + _pobjs(v, {"on", "against"})
        if objects and not _children(v, "nsubjpass", "auxpass"):
            # "sanctioned 20 Russian tankers, along with a Chinese refinery"
            objects += [t for a in v.children if a.lower_ == "along" for t in _pobjs(a, {"with"})]
        bill = _proposal_of_misread_infinitive(v)
        if bill is not None:
            # "a bill to sanction officials of the court" (its object read as the noun
            # "sanction" modifies), "bill to sanction Turkey" (hung on the main verb): a
            # proposal of sanctions, or their imposition once "signed into law".
            objects = [v.head] if v.dep_ == "compound" else [
                o for o in _children(v.head.head, "dobj") if o.i > v.i]
            targets = self._expand_target(objects)
            sources = self.resolve_all(self.agent_tokens(v))
            etype = "impose_sanctions" if _enacted(bill) else "threaten_sanctions"
            return [Candidate(etype, v, v, sources, targets)]
        targets = self._expand_target(objects)
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
