"""Rules for expressions of support: support verbs and nouns, standing by and rallying
behind, coming to a state's defence, headline support, declared and possessed support,
backers, thanks for support and campaigns for a state (``SupportRules``, a mixin of
``extract.SentenceCoder``)."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .actors import STATE_HEADS, Actor, is_pronoun, is_state
from .gazetteer import normalise
from .syntax import _children, _lemma, _mod_lemmas, _pobjs
from .triggers import Candidate, measure_class


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


def _charged_with(v: Token) -> bool:
    """ "asset freezes against 261 individuals ... responsible for repression and for
    supporting Russia's war": support a measure or a charge lays at the door of the
    parties it names, not of whoever imposes it."""
    if v.dep_ != "pcomp" or v.head.lower_ != "for":
        return False
    prep = v.head
    doc = v.doc
    if prep.dep_ == "conj" and any(
        t.lower_ in _CHARGING_WORDS and doc[t.i + 1].lower_ == "for"
        for t in doc[max(v.sent.start, prep.i - 8): prep.i - 1]
    ):  # ("responsible for repression and for supporting ...", the second "for" hung
        # wherever the parser finds a place)
        return True
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    owner = prep.head
    if owner.dep_ in ("dobj", "nsubjpass") and owner.head.pos_ == "VERB":
        owner = owner.head  # ("listed 20 Iranian entities for supporting ...")
    return _lemma(owner) in _CHARGING_WORDS or (
        owner.pos_ == "VERB" and _lemma(owner) in lx.SANCTION_VERBS | _LISTING_VERBS
    ) or (
        owner.pos_ in ("NOUN", "PROPN") or owner.tag_ in ("NNS", "NN", "VBZ")
    ) and measure_class(owner) == "sanction"


# Adjectives that lay an act at a party's door: "responsible for supporting ...".
_CHARGING_WORDS = frozenset({"responsible", "liable", "guilty", "culpable"})
# Acts that list parties or freeze what they own: "froze the assets of Iranian officials
# for supporting Russia's war".
_LISTING_VERBS = frozenset({"freeze", "list", "designate", "target", "impose", "bar", "ban"})


def _assurer(n: Token) -> Token | None:
    """The verb of "assured Zelensky of continued US support" over support noun `n` (the
    "of" on the verb or on its object), else None."""
    if n.dep_ != "pobj" or n.head.lower_ != "of":
        return None
    for verb in (n.head.head, n.head.head.head):
        if _lemma(verb) in ("assure", "reassure") and (
            verb.i == n.head.head.i or n.head.head.dep_ == "dobj"
        ):
            return verb
    return None


# Verbs that deem someone or something legitimate: "regarded Nicolas Maduro as
# Venezuela's legitimate president", "described Bolivia's position as 'legitimate'".
_DEEM_VERBS = frozenset({"regard", "consider", "view", "see", "describe", "treat", "recognise",
                         "recognize", "deem", "defend", "hail"})
LEGITIMATE_WORDS = frozenset({"legitimate", "rightful", "lawful"})

# Verbs of contacting someone "to offer" them something.
_CONTACT_VERBS = frozenset({"telephone", "phone", "call", "ring", "visit", "meet", "write",
                            "host", "receive"})


# The nouns of the standing idioms "side by side" and "in one trench" ("shoulder to
# shoulder" is read wherever its "with" hangs).
_STAND_IDIOMS = frozenset({"side", "trench"})
_KIN_HEADS = frozenset({"brother", "brethren", "sister"})
# Verbs of still being where one was: "remains firmly behind", "is fully behind".
_STILL_VERBS = frozenset({"remain", "stay", "be"})

class SupportRules:
    """Support rules; relies on ``SentenceCoder``'s resolver and actor methods."""

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
            # "stands shoulder to shoulder with Azerbaijan", "side by side with the Lao
            # Party and State", "in one trench with Mauritania" (translated state media):
            # "with" hangs on the idiom.
            o for x in v.subtree if x.lower_ == "with" and (x.head.lower_ == "shoulder" or (
                x.head.lower_ in _STAND_IDIOMS
                and x.head.head.i in (v.i, *(c.i for c in v.children))))
            for o in _children(x, "pobj")
        ]
        # not the other side of a row: "... with Azerbaijan in row with Moscow", the
        # second "with" hung on the verb
        objs = [o for o in objs if not (o.head.lower_ == "with" and o.head.i > 0 and _lemma(
            o.doc[o.head.i - 1]) in lx.RIFT_NOUNS)]
        targets = [a for o in objs if self._support_target_ok(o)
                   for a in self.res.resolve(o, allow_unknown=False) if is_state(a.code)]
        # "Rabuka has thrown Fiji's weight behind Honiara": the state whose weight it is
        # backs, whoever throws it
        owners = [a for o in preps_of for c in _children(o, "poss") if not is_pronoun(c)
                  for a in self.res.resolve(c, allow_unknown=False) if is_state(a.code)]
        if owners and targets:
            cand = Candidate("express_support", v, v, owners, targets)
            cand.notes.add("no_fallback")
            return [cand]
        return self._support_by(v, v, targets)

    def _firmly_behind(self, behind: Token) -> list[Candidate]:
        """Verbless headline "Kashmir: Beijing 'firmly' behind Islamabad", "Moscow fully
        behind Damascus, Lavrov says": the state named right before the adverb backs the
        state after "behind". (With a verb, "stands firmly behind" is ``_from_stand_by``.)"""
        if behind.head.pos_ in ("VERB", "AUX") and _lemma(behind.head) in _STILL_VERBS:
            return self._still_behind(behind)
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
        targets = self._backed_states(_children(behind, "pobj"))
        if not sources or not targets:
            return []
        cand = Candidate("express_support", behind, behind, sources, targets, confidence=0.75)
        cand.notes.add("no_fallback")
        return [cand]

    def _still_behind(self, behind: Token) -> list[Candidate]:
        """ "Kenya 'remains fully behind' Haiti's council", "Beijing is squarely behind
        Islamabad": a state said to be firmly behind another backs it. The adverb is
        required: "India remains behind China in solar capacity" is a ranking."""
        doc, i = behind.doc, behind.i - 1
        while i > behind.sent.start and doc[i].is_quote:
            i -= 1
        if doc[i].lower_ not in lx.FIRM_ADVERBS or _children(behind.head, "neg"):
            return []
        verb = behind.head
        # "behind" read as an adverb leaves its object hung on the verb ("remains fully
        # behind' Haiti's Transitional Presidential Council")
        objs = _children(behind, "pobj") or [
            c for c in verb.children if c.i > behind.i and c.dep_ in ("npadvmod", "dobj", "attr")
        ][:1]
        return self._support_by(verb, behind, self._backed_states(objs))

    def _deemed_legitimate(self, adj: Token) -> list[Candidate]:
        """ "Russia regarded Nicolas Maduro as Venezuela's legitimate president": the
        deemer backs the one deemed, or what it is said of (its possessor). "The only
        legitimate government of China" is a recognition (its own rule), not support."""
        x = adj.head if adj.dep_ in ("amod", "conj") else adj
        as_ = x.head if x.dep_ in ("pobj", "amod", "acomp") and x.head.lower_ == "as" else x
        if as_.lower_ != "as" or any(c.lower_ == "only" for c in x.children):
            return []
        verb = as_.head
        while verb.dep_ == "dobj" or verb.pos_ in ("NOUN", "PROPN") and verb.head.i != verb.i:
            verb = verb.head  # "as" hung on the object ("described Bolivia's position as")
        if verb.pos_ != "VERB" or _lemma(verb) not in _DEEM_VERBS:
            return []
        deemed = _children(verb, "dobj") or _children(x, "poss")
        targets = [a for t in deemed if self._support_target_ok(t)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        cands = self._support_by(verb, adj, targets)
        for cand in cands:
            cand.notes.add("no_fallback")
        return cands

    def _backed_states(self, toks: list[Token]) -> list[Actor]:
        """The states named by `toks` that can be backed: a state, its government or
        stance, not its opposition or protesters."""
        return [a for t in toks if self._support_target_ok(t)
                and _lemma(t) not in lx.NON_STATE_SUPPORT_HEADS
                for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]

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
        return self._support_by(verb, n, self._backed_states(tgt))

    def _state_bid(self, obj: Token) -> bool:
        """ "endorsed Somalia's bid to join the EAC": a state's own bid is its stance; a
        "World Cup bid" or a candidate's bid is not."""
        if _lemma(obj) in ("candidate", "nominee") and _pobjs(obj, {"for"}) and any(
            t.ent_type_ == "ORG" or _lemma(t) in lx.INTERNATIONAL_POSTS
            for f in _pobjs(obj, {"for"}) for t in f.subtree
        ):
            # "Senegal Backs Mauritania's Candidate For African Development Bank
            # Presidency": a state's nominee for an international post is its bid.
            return any(is_state(a.code) for c in _children(obj, "poss")
                       for a in self.res.resolve(c, allow_unknown=False))
        if _lemma(obj) not in ("bid", "candidacy", "candidature") or _children(
            obj, "compound", "amod"
        ):
            return False
        # "Kyrgyzstan's candidacy", "the candidacy of the Kyrgyz Republic"
        return any(is_state(a.code) for c in _children(obj, "poss") + [
            o for o in _pobjs(obj, {"of"}) if o.pos_ == "PROPN"]  # not "of a Nigerian doctor"
                   for a in self.res.resolve(c, allow_unknown=False))

    def _names_state(self, tok: Token) -> bool:
        """A state's name or its government ("the Panamanian government's", "Phnom
        Penh's"), not a person ("Kamala Harris's selection" is no state's stance)."""
        if tok.ent_type_ == "PERSON" or not (
            tok.ent_type_ == "GPE" or _lemma(tok) in STATE_HEADS | {"leadership", "authority"}
            or self.res.description(tok) is not None  # "the kingdom's rejection"
        ):  # ("the Azerbaijani leadership's peace agenda", "the Palestinian Authority's
            # reform drive")
            return False
        actor = self.res.resolve_one(tok, allow_unknown=False)
        return actor is not None and is_state(actor.code)

    def _support_target_ok(self, obj: Token) -> bool:
        """The object of support names a state, its government, leader or stance."""
        if _mod_lemmas(obj) & lx.NON_STATE_SUPPORT_MODIFIERS:
            return False  # "Venezuela's opposition leader", "exiled dissidents"
        if self._state_bid(obj):
            return True
        if _lemma(obj) in lx.SUPPORT_TARGET_HEADS or obj.ent_type_ in ("GPE", "PERSON"):
            return True
        if _lemma(obj) in _KIN_HEADS:
            # "stands by its brothers in Doha": a seat of power names the government
            # (not "its brothers in Gaza", a people)
            return any(normalise(t.text) in self.res.gaz.seats for t in _pobjs(obj, {"in"}))
        if _lemma(obj) not in lx.NON_STATE_SUPPORT_HEADS and any(
            c.dep_ == "poss" and (self.res.lookup(c.text) or self._names_state(c))
            for c in obj.children
        ):
            # "backs Russia's war in Ukraine", "stood behind the Panamanian government's
            # defence of its sovereignty"
            return True
        if self.res.description(obj) is not None:
            return True  # "stood behind the Hashemite kingdom"
        return bool(self.res.lookup(obj.text)) or obj.pos_ == "PROPN"

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

    def _from_support_verb(self, v: Token) -> list[Candidate]:
        if _charged_with(v):
            return []
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
        if _lemma(obj) == "principle" and any(
            _lemma(c) in ("integrity", "sovereignty") for c in obj.conjuncts
        ):
            # "supports the one-China principle and the territorial integrity of the
            # People's Republic of China": the state's integrity is the stance backed.
            obj = next(c for c in obj.conjuncts if _lemma(c) in ("integrity", "sovereignty"))
        if (_lemma(obj) in lx.NON_STATE_SUPPORT_HEADS and not self._state_bid(obj)) or (
            _mod_lemmas(obj) & {"opposition"}
        ):
            return []
        if measure_class(obj):
            return []  # "backed sanctions" is about the measure, coded there
        if not self._support_target_ok(obj):
            return []  # "welcoming US tourists"
        if _lemma(v) in lx.PRAISE_VERBS | {"welcome", "greet"} and _lemma(obj) in (
            "decision", "move", "step", "announcement") and any(
            _lemma(c) in lx.EASE_PREDICATES for c in _children(obj, "acl", "relcl", "xcomp")
        ):
            # "Harare welcomes London's decision to scrap remaining sanctions": a
            # reaction to measures ended (dev dw-0175), no backing of London.
            return []
        if _lemma(v) in lx.PRAISE_VERBS | {"welcome", "greet"} and (
            _lemma(obj) == "recognition" or _lemma(obj) in lx.EASE_PREDICATES
        ):
            # "welcomes Portugal's recognition of Palestine", "welcomes Washington's repeal
            # of the Caesar Act": a reaction to an act, coded as the act
            return []
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
        assurer = _assurer(n)
        if assurer is not None:
            # "Putin assures Lukashenko of Russian backing": whom the assurer assures
            # (the object, or the object the "of" hangs on) has the backing.
            verb = assurer
            targets = [a for t in _children(verb, "dobj") if self._support_target_ok(t)
                       for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
            owners = [a for c in _children(n, "amod", "compound", "poss")
                      if c.i < n.i and c.lower_ not in ("its", "their", "his", "her")
                      for a in self.res.resolve(c, allow_unknown=False) if is_state(a.code)]
            if owners and targets:
                cand = Candidate("express_support", verb, n, owners, targets)
                cand.notes.add("no_fallback")
                return [cand]
            return self._support_by(verb, n, targets)
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
        if not tgt and _lemma(n.head) in ("offer", "give", "pledge", "promise", "assure"):
            # "offered Maduro his backing"; "telephoned Maduro to offer his backing"
            tgt = _children(n.head, "dative") or (
                _children(n.head.head, "dobj") if n.head.dep_ in ("xcomp", "advcl") and (
                    _lemma(n.head.head) in _CONTACT_VERBS) else [])
        if not tgt:
            return []
        if any(_lemma(t) in lx.NON_STATE_SUPPORT_HEADS and not self._state_bid(t) for t in tgt):
            return []
        targets = [a for t in tgt if self._support_target_ok(t)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        owners = [a for c in _children(n, "poss") if not is_pronoun(c)
                  for a in self.res.resolve(c, allow_unknown=False) if is_state(a.code)]
        if owners and targets and not self.resolve_all(self.agent_tokens(n.head)):
            # "Lao Prime Minister Sonexay Siphandone expressed the Lao government's full
            # backing for ...": the backing's owner, where the speaker names no state.
            cand = Candidate("express_support", n.head, n, owners, targets)
            cand.notes.add("no_fallback")
            return [cand]
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
        return self._owned_support(n, owners, _pobjs(n, {"for", "to", "with"}))

    def _owned_support(self, n: Token, owners: list[Actor], tgt: list[Token],
                       *notes: str) -> list[Candidate]:
        """Support noun `n` of `owners` for the states among `tgt`; none when a target
        is a non-state head ("support for the plan") other than a state's bid."""
        if not owners or not tgt or any(_lemma(t) in lx.NON_STATE_SUPPORT_HEADS
                                        and not self._state_bid(t) for t in tgt):
            return []
        targets = [a for t in tgt if self._support_target_ok(t)
                   for a in self.res.resolve(t, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        cand = Candidate("express_support", n, n, owners, targets, confidence=0.8)
        cand.notes.update({"no_fallback", *notes})
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
        return self._owned_support(n, owners, tgt, "background")

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
