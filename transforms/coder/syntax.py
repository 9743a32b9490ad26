"""Generic readings of a spaCy parse shared by all the coder's rules: a token's lemma,
its children by dependency, the objects of its prepositions, the modifiers before a noun,
a subtree without the clauses hung on it, and reason or time phrases that separate a
clause from the act."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

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
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _REASON_PREPS and not (
            node.head.lower_ == "for" and node.head.head.lower_ in ("bound", "destined")
        ):  # (not where goods go: "machine tools bound for Russia")
            return True
        node = node.head
    return False


# Phrasal verbs read as the one verb they mean: "is drawing up sanctions" drafts them,
# "set up diplomatic relations" establishes them.
_PHRASAL: dict[tuple[str, str], str] = {("draw", "up"): "draft", ("set", "up"): "establish"}
_PHRASAL_VERBS = frozenset(verb for verb, _ in _PHRASAL)


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma in _PHRASAL_VERBS:
        for c in tok.children:
            if c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL:
                return _PHRASAL[lemma, c.lower_]
    return lemma


def _subtree_within(tok: Token, skip: Callable[[Token], bool]) -> list[Token]:
    """`tok` and the tokens below it, not entering a child for which `skip` holds (a
    clause or phrase that tells of something else)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not skip(c))
    return out


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    return out


def _gerund_subjects(toks: list[Token]) -> list[Token]:
    """`toks` with each gerund object replaced by its subject: "a ban on North Korean
    ships entering Japanese ports" is a ban on the ships."""
    return [n for t in toks for n in ((_children(t, "nsubj") or [t]) if t.dep_ == "pcomp"
                                      else [t])]


def low_by_agents(p: Token, *, deep: bool = False, outside: Token | None = None) -> list[Token]:
    """The agent of the passive verb `p` when the parser hangs its by-phrase lower.

    First on an open complement ("was ordered to leave by Nigeria"), then on the target or
    the last of the targets ("Sanctions were imposed on eight Iranian officials by
    Australia"; "... against a Georgian billionaire and two judges by the governments of
    Lithuania, Latvia and Estonia", that last one maybe read as the verb's conjunct): there
    only a named state or body, or "the government(s) of" one. With `deep`, last, the last
    proper noun of any by-phrase further down, outside the phrase `outside` ("Travel bans
    were imposed on six Haitian politicians accused of financing gangs by the Dominican
    Republic"; not "Sanctions by the US ...", the measure's own owner).
    """
    if not _children(p, "auxpass"):
        return []
    agent = [t for x in _children(p, "xcomp") for t in _pobjs(x, {"by"})]
    if agent:
        return agent
    agent = [t for o in _pobjs(p, {"on", "against", "to", "from"})
             + [c for c in _children(p, "conj") if c.pos_ in ("NOUN", "PROPN")]
             for x in [o, *o.conjuncts] for t in _pobjs(x, {"by"})
             if t.ent_type_ in ("GPE", "ORG", "NORP") or (
                 _lemma(t) in ("government", "authority") and _pobjs(t, {"of"}))]
    if agent or not deep or _pobjs(p, {"by"}):
        return agent
    return [t for t in p.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"
            and t.head.head.i != p.i and t.pos_ == "PROPN"
            and not (outside is not None and outside.is_ancestor(t))][-1:]


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


def _in_favour_of(tok: Token) -> list[Token]:
    """The objects of "in favour of" hung on `tok` ("dropped Taipei in favour of Beijing")."""
    return [o for f in _pobjs(tok, {"in"}) if f.lower_ in ("favour", "favor")
            for o in _pobjs(f, {"of"})]
