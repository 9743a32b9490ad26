"""Event extraction from one parsed sentence: triggers, actors from the parse, modality."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import lexicon as lx
from .actors import Actor, ActorResolver, is_state
from .gazetteer import ORGANISATIONS, UNKNOWN

_VERBAL_LINKS = frozenset({
    "xcomp", "ccomp", "acl", "relcl", "dobj", "pobj", "prep", "nsubjpass", "nsubj", "attr",
    "conj", "advcl", "compound", "amod", "pcomp", "oprd", "agent", "dative", "appos",
    "npadvmod", "advmod", "acomp",
})


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


def measure_class(tok: Token) -> str | None:
    lemma, low = _lemma(tok), tok.lower_
    if tok.pos_ in ("ADP", "DET", "PRON", "PUNCT", "CCONJ", "ADV"):
        return None
    nounish = tok.pos_ != "VERB" or tok.tag_ in ("NNS", "NN")
    if nounish and (lemma in lx.SANCTION_NOUNS or low.rstrip("s") in lx.SANCTION_NOUNS):
        if lemma == "sanction" and tok.pos_ == "VERB":
            return None
        return "sanction"
    mods = _mod_lemmas(tok)
    if lemma in lx.BAN_NOUNS and (nounish or lemma == "freeze"):
        on_what = {_lemma(t) for t in _pobjs(tok, {"on"})}
        subj = {_lemma(t) for t in _children(tok, "nsubj")}
        if (mods | on_what | subj) & lx.BAN_MODIFIERS:
            return "sanction"
    if nounish and lemma in lx.MEASURE_NOUNS and mods & lx.MEASURE_MODIFIERS:
        return "sanction"
    if nounish and low in ("ties", "relations", "relationship", "relationships"):
        if mods & lx.NON_DIPLOMATIC_RELATION_MODIFIERS:
            return None
        return "relation"
    if lemma in lx.ENVOY_NOUNS or low.rstrip("s") in lx.ENVOY_NOUNS:
        base = lemma if lemma in lx.ENVOY_NOUNS else low.rstrip("s")
        if base in lx.ENVOY_NEEDS_EMBASSY and not mods & {
            "embassy", "diplomatic", "consular", "consulate"
        }:
            return None
        return "envoy"
    if lemma in lx.MISSION_NOUNS or low in ("embassies", "consulates"):
        if lemma == "mission" and "diplomatic" not in mods:
            return None
        return "mission"
    if lemma in ("expulsion", "expulsions") and not _pobjs(tok, {"of"}):
        return "expulsion"
    return None


def governor(m: Token) -> Token | None:
    """The predicate acting on a measure noun: verb, nominalisation or modifier."""
    x = m
    while x.dep_ == "conj" and measure_class(x.head):
        x = x.head
    if x.dep_ == "pobj" and x.head.lower_ == "of" and _lemma(x.head.head) in lx.QUANTIFIER_NOUNS:
        x = x.head.head
    for child in list(m.children) + (list(x.children) if x is not m else []):
        # "sanctions imposed by the US", headline "Somalia severs ties".
        if child.dep_ in ("acl", "relcl", "compound") and _lemma(child) in (
            lx.IMPOSE_PREDICATES | lx.EASE_PREDICATES | lx.RESTORE_PREDICATES
            | lx.SEVER_PREDICATES | lx.RECALL_PREDICATES | lx.EXPEL_PREDICATES
            | lx.THREAT_PREDICATES
        ) and child.pos_ != "ADJ":
            return child
    if x.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj", "dative", "appos"):
        return x.head
    if x.dep_ == "pobj":
        prep = x.head
        if prep.lower_ not in ("of", "with", "on", "for", "to", "by"):
            return None  # "over their ties with Israel" is a reason, not an act
        return prep.head if prep.head is not prep else None
    if x.dep_ in ("compound", "npadvmod", "amod", "nmod"):
        return x.head
    if x.dep_ == "ROOT":
        return None
    return x.head


def classify(cls: str, p: Token | None, m: Token) -> str | None:
    if p is None:
        return None
    lemma = _lemma(p)
    low = p.lower_
    if cls == "sanction":
        if lemma in lx.EASE_PREDICATES or lemma == "relief":
            return "ease_sanctions"
        if lemma in lx.THREAT_PREDICATES:
            return "threaten_sanctions"
        if lemma in lx.IMPOSE_PREDICATES:
            return "impose_sanctions"
        return None
    if cls == "relation":
        if lemma in lx.RESTORE_PREDICATES:
            return "restore_relations"
        if lemma in lx.SEVER_PREDICATES and lemma not in ("close", "shut", "shutter"):
            return "sever_relations"
        return None
    if cls == "envoy":
        subtree = {t.lower_ for t in p.subtree}
        if lemma in ("recall", "withdraw", "pull", "recalling", "withdrawal") or (
            lemma in ("bring", "call") and subtree & {"home", "back"}
        ):
            return "recall_envoy"
        if lemma in ("expel", "eject", "oust", "deport", "boot", "expulsion", "ouster",
                     "ejection") or low.startswith("expel"):
            return "expel_diplomats"
        if lemma in ("throw", "kick") and subtree & {"out"}:
            return "expel_diplomats"
        if lemma in ("order", "give", "tell", "send", "ask") and subtree & {"leave", "home"}:
            return "expel_diplomats"
        if lemma == "declare" and "grata" in {t.lower_ for t in p.sent}:
            return "expel_diplomats"
        if lemma in ("exchange", "return", "restore", "reinstate"):
            return "restore_relations"
        return None
    if cls == "mission":
        if lemma in ("open", "reopen", "reopening", "opening", "restore"):
            return "restore_relations"
        if lemma in ("close", "shut", "shutter", "closure", "closing", "shutdown"):
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
    threat: bool = False
    intent: bool = False
    reference: bool = False
    appeal: Token | None = None  # the urging verb, when the event is asked of someone
    future: bool = False
    sanction_threat: bool = False  # "vowed to impose", "weighs sanctions"
    stopped: bool = False  # "stop imposing sanctions": the measure exists


def _chain(tok: Token) -> list[tuple[Token, str]]:
    """Ancestors of `tok` with the dependency that links the child below to each."""
    out = []
    node = tok
    while node.head.i != node.i and node.dep_ in _VERBAL_LINKS:
        out.append((node.head, node.dep_))
        node = node.head
    return out


def modality_cues(pred: Token, measure: Token | None = None) -> ModalityCues:
    cues = ModalityCues()
    sent = pred.sent
    if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        cues.hypothetical = True
    nodes = [(pred, "self"), *_chain(pred)]
    if measure is not None:
        if any(c.lower_ == "no" for c in measure.children if c.dep_ == "det"):
            cues.negated = True
        mods = _mod_lemmas(measure)
        if mods & lx.REFERENCE_MODIFIERS and not mods & lx.NEW_MODIFIERS:
            cues.reference = True
    crossed_report = False
    for node, link in nodes:
        lemma = _lemma(node)
        own = node is pred
        if link in ("conj", "advcl"):
            # A first conjunct's modal verbs and negation are its own; a main clause
            # says nothing of the mode of an "after ..." clause below it.
            break
        prev_dep = link
        for child in node.children:
            if child.dep_ == "neg" and not crossed_report:
                cues.negated = True
            if child.dep_ == "aux" and child.lower_ in lx.FUTURE_MODALS and not crossed_report:
                cues.future = True
            if child.dep_ == "aux" and child.lower_ in lx.WEAK_MODALS and not crossed_report:
                cues.hypothetical = True
            if child.dep_ == "mark" and child.lower_ in lx.CONDITIONAL_MARKS and (
                node.dep_ in ("advcl", "ccomp") or child.lower_ == "whether"
            ):
                cues.hypothetical = True
            if child.dep_ == "nsubj" and _lemma(child) in lx.OBSERVER_HEADS:
                cues.hypothetical = True
        if not own:
            if lemma in lx.NEGATING_CUES and (
                lemma != "rule" or any(c.lower_ == "out" for c in node.children)
            ):
                cues.negated = True
            if lemma in lx.SPECULATION_CUES:
                cues.hypothetical = True
            if lemma in lx.THREAT_CUES:
                cues.threat = True
            if lemma in lx.SANCTION_THREAT_CUES and prev_dep in ("xcomp", "dobj", "pobj", "prep"):
                cues.sanction_threat = True
            if lemma in lx.STOP_CUES and prev_dep in ("xcomp", "dobj", "pcomp"):
                cues.stopped = True
            if lemma in lx.APPEAL_CUES and (
                (prev_dep == "xcomp" and _children(node, "dobj", "dative"))
                or prev_dep == "ccomp" or (prev_dep == "pobj" and lemma == "call")
                or (prev_dep == "dobj" and lemma in ("demand", "request"))
            ):
                cues.appeal = cues.appeal or node
            if lemma in lx.INTENT_CUES and prev_dep in (
                "xcomp", "acl", "pobj", "prep", "dobj", "compound", "relcl"
            ):
                cues.intent = True
            if lemma in ("question",) and any(c.lower_ == "out" for c in node.head.children):
                cues.negated = True
            if lemma in ("say", "tell", "report", "announce", "state", "add", "claim"):
                crossed_report = True
        if own and lemma in ("maintain", "keep"):
            cues.reference = True
        if own and (_pobjs(node, {"since"}) or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        )):
            cues.reference = True
    # "out of the question"
    for tok in sent:
        if tok.lower_ == "question" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out":
            cues.negated = True
    return cues


def decide_modality(cand: Candidate, cues: ModalityCues) -> str:
    if cand.event_type == "threaten_sanctions":
        return "negated" if cues.negated else "threat"
    if cues.negated:
        return "negated"
    if cues.threat:
        return "threat"  # "warned it could expel": a threat, not speculation
    if cues.hypothetical:
        return "hypothetical"
    if cand.event_type == "express_support":
        # A government declaring it "will support" another is voicing support now.
        return "intent" if cues.intent else "asserted"
    if cues.intent or cues.future:
        return "intent"
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

    # --- actors -------------------------------------------------------------------------

    def agent_tokens(self, p: Token, depth: int = 0) -> list[Token]:
        if depth > 6:
            return []
        if p.pos_ in ("NOUN", "PROPN") and p.tag_ != "VBZ":
            poss = _children(p, "poss")
            if poss:
                return poss
            by = _pobjs(p, {"by"})
            if by:
                return by
            if p.dep_ in ("dobj", "nsubjpass", "attr", "appos", "conj", "compound"):
                return self.agent_tokens(p.head, depth + 1)
            if p.dep_ == "pobj":
                return self.agent_tokens(p.head.head, depth + 1)
            if p.dep_ in ("nsubj", "ROOT"):
                return []
            return self.agent_tokens(p.head, depth + 1) if p.head is not p else []
        subj = _children(p, "nsubj")
        if subj:
            s = subj[0]
            if s.tag_ in ("WDT", "WP") and p.dep_ == "relcl":
                return [p.head]
            return [s]
        agent = _pobjs(p, {"by"})
        if agent:
            return agent
        if p.dep_ == "relcl":
            return [p.head]
        if p.dep_ == "acl":
            poss = _children(p.head, "poss")
            if poss:
                return poss
            return self.agent_tokens(p.head, depth + 1)
        if p.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "dep", "prep"):
            return self.agent_tokens(p.head, depth + 1)
        if p.dep_ == "pobj":
            return self.agent_tokens(p.head.head, depth + 1)
        if p.dep_ in ("dobj", "nsubjpass", "attr", "compound", "amod", "npadvmod"):
            return self.agent_tokens(p.head, depth + 1)
        return []

    def resolve_all(self, toks: list[Token]) -> list[Actor]:
        out: list[Actor] = []
        for t in toks:
            for a in self.res.resolve(t):
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def mentions(self, sent: Span) -> list[Actor]:
        """Every state or organisation named in the sentence, in order (for fallbacks)."""
        out: list[Actor] = []
        covered: set[int] = set()
        for ent in sent.ents:
            hit = self.res._span_lookup(list(ent))
            if hit:
                out.append(ActorResolver.make(hit[0], hit[1], ent.root.i, "fallback"))
                covered.update(range(ent.start, ent.end))
        for tok in sent:
            if tok.i in covered or not tok.text[:1].isupper():
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
            elif lemma in lx.SANCTION_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_sanction_verb(tok))
            elif lemma in lx.SUPPORT_VERBS and tok.pos_ in ("VERB", "AUX"):
                cands.extend(self._from_support_verb(tok))
            elif lemma in lx.SUPPORT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
                cands.extend(self._from_support_noun(tok))
            elif lemma in lx.RECOGNISE_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_recognise(tok))
            elif lemma in lx.QUIT_VERBS and tok.pos_ == "VERB":
                cands.extend(self._from_quit(tok))
        self._remember_subject(sent)
        return cands

    def _remember_subject(self, sent: Span) -> None:
        for s in _children(sent.root, "nsubj", "nsubjpass"):
            if s.lower_ in ("it", "they"):
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
            toks.extend(t for t in _pobjs(h, preps - {"over"}))
            for acl in _children(h, "acl", "relcl"):
                if _lemma(acl) in ("target", "aim", "hit", "affect"):
                    toks.extend(_children(acl, "dobj"))
                    toks.extend(_pobjs(acl, {"at", "against", "on"}))
        if p is not None and _lemma(p) in ("target", "hit", "punish", "slap", "sanction"):
            toks.extend(c for c in _children(p, "dobj", "nsubjpass", "dative") if c is not m)
        return toks

    def _expand_target(self, toks: list[Token]) -> list[Actor]:
        """Resolve targets, looking through "sales to Iran", "assets of X"."""
        out: list[Actor] = []
        for t in toks:
            actors = self.res.resolve(t, allow_unknown=True)
            if not actors:
                preps = {"of", "from", "in", "on", "against"}
                if _lemma(t) in ("sale", "export", "shipment", "supply", "transfer", "delivery"):
                    preps.add("to")
                for inner in _pobjs(t, preps):
                    actors.extend(self.res.resolve(inner))
            for a in actors:
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def _from_measure(self, m: Token, cls: str) -> list[Candidate]:
        p = governor(m)
        etype = classify(cls, p, m)
        x = m
        if m.dep_ == "pobj" and m.head.lower_ == "of" and (
            _lemma(m.head.head) in lx.QUANTIFIER_NOUNS
        ):
            x = m.head.head
        if cls == "sanction":
            return self._sanction_measure(m, x, p, etype)
        if etype is None or p is None:
            return []
        sources = self.resolve_all(self.agent_tokens(p))
        if cls == "relation":
            tgt_toks = _pobjs(m, {"with", "to", "between"}) + _pobjs(p, {"with", "between"})
            targets = self._expand_target(tgt_toks)
            cand = Candidate(etype, p, p, sources, targets)
            if not targets and len(sources) >= 2:
                cand.joint = True
            return [cand]
        if cls == "envoy":
            if etype == "recall_envoy":
                tgt = _pobjs(p, {"from", "to", "in"}) + _pobjs(m, {"from", "to", "in"})
                return [Candidate(etype, p, p, sources, self._expand_target(tgt))]
            if etype == "expel_diplomats":
                targets = []
                own = self.res.resolve_one(m, allow_unknown=False)
                if own and own.code not in (s.code for s in sources):
                    targets.append(own)
                for t in self._expand_target(_pobjs(m, {"from", "of"}) + _pobjs(p, {"from"})):
                    if all(t.code != a.code for a in targets):
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
            if not (poss and poss[0].lower_ in ("its", "their")):
                owner = self.res.resolve_one(m, allow_unknown=False)
            if etype == "restore_relations":
                return [Candidate(etype, p, p, sources, location)]
            src_codes = {s.code for s in sources}
            if owner and owner.code not in src_codes:
                return [Candidate("expel_diplomats", p, p, sources, [owner])]
            return [Candidate("sever_relations", p, p, sources, location)]
        if cls == "expulsion":
            targets = self._expand_target(self._targets_sanction(m, x, p if p else None))
            agent = self.agent_tokens(m)
            return [Candidate("expel_diplomats", m, m, self.resolve_all(agent), targets)]
        return []

    def _sanction_measure(
        self, m: Token, x: Token, p: Token | None, etype: str | None
    ) -> list[Candidate]:
        tgt_toks = self._targets_sanction(m, x, p)
        if etype is not None and p is not None:
            sources = self.resolve_all(self.agent_tokens(p))
            if not sources:
                # "EU sanctions were extended": the measure's own modifiers.
                sources = self._measure_owner(m)
            targets = self._expand_target(tgt_toks)
            cand = Candidate(etype, p, p, sources, targets)
            return [cand]
        # A bare mention: "U.S. sanctions on Cuba", "new sanctions against Syria by Canada".
        sources = self._measure_owner(m)
        if not sources and p is not None and _mod_lemmas(m) & lx.NEW_MODIFIERS:
            sources = self.resolve_all(self.agent_tokens(p))
        targets = self._expand_target(tgt_toks)
        if not sources or not targets:
            return []
        cand = Candidate("impose_sanctions", m, m, sources, targets)
        cand.notes.add("bare")
        cand.confidence -= 0.1
        return [cand]

    def _measure_owner(self, m: Token) -> list[Actor]:
        out: list[Actor] = []
        for t in _children(m, "poss", "compound", "amod", "nmod") + _pobjs(m, {"by", "from"}):
            if t.lower_ in ("its", "their", "his", "her"):
                continue
            for a in self.res.resolve(t, allow_unknown=False):
                if all(a.code != b.code for b in out):
                    out.append(a)
        return out

    def _from_sanction_verb(self, v: Token) -> list[Candidate]:
        targets = self._expand_target(
            [c for c in _children(v, "dobj", "nsubjpass")] + _pobjs(v, {"on", "against"})
        )
        passive = bool(_children(v, "nsubjpass", "auxpass"))
        sources = self.resolve_all(
            _pobjs(v, {"by"}) if passive else self.agent_tokens(v)
        )
        if _lemma(v) == "boycott":
            return []
        return [Candidate("impose_sanctions", v, v, sources, targets)]

    def _from_support_verb(self, v: Token) -> list[Candidate]:
        objs = _children(v, "dobj")
        if not objs:
            return []
        obj = objs[0]
        if _lemma(obj) in lx.NON_STATE_SUPPORT_HEADS or _mod_lemmas(obj) & {"opposition"}:
            return []
        if measure_class(obj):
            return []  # "backed sanctions" is about the measure, coded there
        targets = [a for a in self.res.resolve(obj, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        sources = self.resolve_all(self.agent_tokens(v))
        cand = Candidate("express_support", v, v, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_support_noun(self, n: Token) -> list[Candidate]:
        if _mod_lemmas(n) & lx.MATERIAL_SUPPORT_MODIFIERS:
            return []
        if not (n.dep_ in ("dobj", "conj") and _lemma(n.head) in lx.SUPPORT_NOUN_PREDICATES):
            return []
        tgt = _pobjs(n, {"for", "to", "with"})
        if not tgt:
            return []
        if any(_lemma(t) in lx.NON_STATE_SUPPORT_HEADS for t in tgt):
            return []
        targets = [a for t in tgt for a in self.res.resolve(t, allow_unknown=False)
                   if is_state(a.code)]
        if not targets:
            return []
        sources = self.resolve_all(self.agent_tokens(n.head))
        cand = Candidate("express_support", n.head, n, sources, targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_recognise(self, v: Token) -> list[Candidate]:
        objs = _children(v, "dobj")
        if not objs:
            return []
        obj = objs[0]
        if not (obj.ent_type_ in ("GPE", "NORP") or _lemma(obj) in lx.RECOGNISABLE_HEADS):
            return []
        targets = [a for a in self.res.resolve(obj, allow_unknown=False) if is_state(a.code)]
        if not targets:
            return []
        cand = Candidate("restore_relations", v, v, self.resolve_all(self.agent_tokens(v)),
                         targets)
        cand.notes.add("no_fallback")
        return [cand]

    def _from_quit(self, v: Token) -> list[Candidate]:
        if _lemma(v) == "withdraw":
            objs = _pobjs(v, {"from"})
        else:
            objs = _children(v, "dobj") + _pobjs(v, {"from"})
        targets = [a for t in objs for a in self.res.resolve(t, allow_unknown=False)
                   if a.code in ORGANISATIONS]
        if not targets:
            return []
        cand = Candidate("sever_relations", v, v, self.resolve_all(self.agent_tokens(v)),
                         targets)
        cand.notes.add("no_fallback")
        return [cand]

    # --- finishing ----------------------------------------------------------------------

    def finish(self, sent: Span, cands: list[Candidate]) -> list[Candidate]:
        """Modality, appeals, fallbacks; drops what cannot be coded."""
        out: list[Candidate] = []
        mentions = None
        for cand in cands:
            measure = cand.trigger if cand.trigger is not cand.predicate else None
            cues = modality_cues(cand.predicate, measure)
            if cand.event_type == "impose_sanctions" and cues.stopped:
                cand.event_type = "ease_sanctions"
            if cues.appeal is not None:
                if cand.event_type == "impose_sanctions":
                    cand.event_type = "threaten_sanctions"
                    cand.sources = self.resolve_all(self.agent_tokens(cues.appeal)) or cand.sources
                elif cand.event_type == "ease_sanctions":
                    # "urged the US to lift sanctions on X": the sanctions exist, by the urgee.
                    urgee = _children(cues.appeal, "dobj", "dative")
                    cand.event_type = "impose_sanctions"
                    cand.sources = self.resolve_all(urgee) or cand.sources
                    cues = ModalityCues(reference=True)
                elif cand.event_type != "threaten_sanctions":
                    continue  # an appeal to others is not their act
            if cand.event_type == "impose_sanctions" and (cues.threat or cues.sanction_threat):
                cand.event_type = "threaten_sanctions"
            if cand.event_type == "impose_sanctions" and "bare" in cand.notes:
                mods = _mod_lemmas(cand.trigger)
                if not (mods & lx.NEW_MODIFIERS):
                    cues.reference = True
            cand.modality = decide_modality(cand, cues)
            if not cand.sources and "no_fallback" not in cand.notes:
                mentions = mentions if mentions is not None else self.mentions(sent)
                left = [a for a in mentions if a.head < cand.trigger.i
                        and all(a.code != t.code for t in cand.targets)]
                if left:
                    # Headline order: the actor comes first ("Russia strikes back at US,
                    # expels diplomats").
                    cand.sources = [left[0]]
                    cand.confidence -= 0.25
            if not cand.targets and not cand.joint and "no_fallback" not in cand.notes:
                mentions = mentions if mentions is not None else self.mentions(sent)
                src_codes = {a.code for a in cand.sources}
                src_heads = {a.head for a in cand.sources}
                pool = [a for a in mentions if a.code not in src_codes
                        and a.head not in src_heads and is_state(a.code) or
                        (a.code in ORGANISATIONS and a.code not in src_codes
                         and cand.event_type in ("expel_diplomats", "sever_relations"))]
                right = [a for a in pool if a.head > cand.trigger.i]
                left = [a for a in pool if a.head < cand.trigger.i]
                pick = right[0] if right else (left[-1] if left else None)
                if pick is not None:
                    cand.targets = [pick]
                    cand.confidence -= 0.25
            if not cand.sources or not (cand.targets or cand.joint):
                continue
            out.append(cand)
            if cand.event_type == "ease_sanctions" and cand.modality == "negated":
                # "refused to lift sanctions on X": the sanctions stand.
                out.append(Candidate("impose_sanctions", cand.predicate, cand.trigger,
                                     cand.sources, cand.targets, "reference",
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
