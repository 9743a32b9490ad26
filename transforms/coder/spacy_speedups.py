"""Faster stand-ins for two of spaCy's own components, with the same output.

After the neural networks, the largest costs of parsing with ``en_core_web_sm``
were two pure-Python parts of stock components:

* the rule lemmatizer caches only the forms it inflects: for base forms (most
  tokens) it rebuilds the token's morphology dict each time, and for the rest
  it tests candidate forms against word lists of up to 57,000 entries with
  ``in`` (a tenth of the parse);
* the attribute ruler runs its ~180 patterns through the ``Matcher``, whose
  ``IN``/``NOT_IN``/``REGEX`` predicates are Python calls made at every token
  for every pattern (a sixth of the parse once the lemmatizer was mended).

``speed_up`` swaps each for an exact equivalent where it can, and leaves a
component alone when it cannot be sure of that (an attribute ruler whose
patterns use anything but the forms listed in ``_RuleIndex``).
tests/test_model_loading.py checks the annotations against the stock pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


def speed_up(nlp: Language) -> None:
    """Make the rule lemmatizers and attribute rulers of ``nlp`` fast (same output)."""
    for _, proc in nlp.pipeline:
        if isinstance(proc, Lemmatizer):
            memoise_rule_lemmas(proc)
        elif isinstance(proc, AttributeRuler):
            index_attribute_rules(proc)


class _MemberList(list):
    """A list whose ``in`` is a set lookup: the same answers, in O(1)."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


class _RuleLemmaMemo:
    """``Lemmatizer.rule_lemmatize`` with every answer cached.

    The answer depends on the token's text, part of speech and morphology
    alone (and on tables fixed after loading), so that is the key; the word
    lists keep their contents and order (they still serialise as lists).
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos, words in list(index.items()):
            if isinstance(words, list) and not isinstance(words, _MemberList):
                index[pos] = _MemberList(words)
        self._lemmatize = lemmatizer.rule_lemmatize
        self._memo: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = self._memo.get(key)
        if lemmas is None:
            lemmas = self._memo[key] = self._lemmatize(token)
        return lemmas


def memoise_rule_lemmas(lemmatizer: Lemmatizer) -> None:
    if lemmatizer.mode == "rule" and not isinstance(lemmatizer.lemmatize, _RuleLemmaMemo):
        lemmatizer.lemmatize = _RuleLemmaMemo(lemmatizer)


# The token attributes an indexed pattern may test, as ``Doc.to_array`` gives
# them: string hashes (symbol ids for spaCy's symbols, as the Matcher compares
# them) and 0/1 for the flag.
_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP,
          "IS_SPACE": IS_SPACE}
_FLAGS = frozenset({"IS_SPACE"})
# One column per attribute (TEXT is ORTH), in the order ``Doc.to_array`` is asked for them.
_COLUMNS = list(dict.fromkeys(_ATTRS.values()))
_COLUMN = {name: _COLUMNS.index(attr) for name, attr in _ATTRS.items()}
# What a pattern is filed under: the first of these its first token must have
# a given value of (most selective first).
_ANCHORS = ("LOWER", "ORTH", "TEXT", "NORM", "TAG", "DEP", "IS_SPACE")


class _Unsupported(ValueError):
    """A pattern the index cannot match exactly like the Matcher."""


def _hash(name: str, value: Any) -> int:
    """``value`` of attribute ``name`` as ``Doc.to_array`` gives it."""
    if name in _FLAGS and isinstance(value, bool):
        return int(value)
    if name not in _FLAGS and isinstance(value, str):
        return get_string_id(value)
    raise _Unsupported(f"{name} value {value!r}")


def _test(name: str, value: Any, strings: Any) -> Callable[[int], bool]:
    if not isinstance(value, dict):
        wanted = _hash(name, value)
        return wanted.__eq__
    if len(value) != 1:
        raise _Unsupported(f"predicates {sorted(value)}")
    (op, arg), = value.items()
    if op == "IN":
        return frozenset(_hash(name, v) for v in arg).__contains__
    if op == "NOT_IN":
        excluded = frozenset(_hash(name, v) for v in arg)
        return lambda h: h not in excluded
    if op == "REGEX" and isinstance(arg, str) and name not in _FLAGS:
        search = re.compile(arg).search
        answers: dict[int, bool] = {}  # a string's answer never changes

        def matches(h: int) -> bool:
            answer = answers.get(h)
            if answer is None:
                answer = answers[h] = bool(search(strings[h]))
            return answer

        return matches
    raise _Unsupported(f"predicate {op}")


class _RuleIndex:
    """``AttributeRuler.match`` over an index of the ruler's patterns.

    Handles patterns of one or more tokens, each token a conjunction of tests
    of ``_ATTRS`` (equality, ``IN``, ``NOT_IN``, ``REGEX``; no ``OP``): what
    spaCy's English tag maps and morph rules are made of. A pattern is filed
    under the values one attribute of its first token must have (the first of
    ``_ANCHORS`` it tests for equality or ``IN``), so a token is only tried
    against patterns that can start there.
    Returns the list ``match`` returns: (pattern number, match key, start,
    end), sorted, so that ``set_annotations`` applies later patterns over
    earlier ones.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self._ruler = ruler
        # Held, so that a later matcher cannot take its id: see ``current``.
        self._matcher = ruler.matcher
        self._sizes = self._sizes_of(ruler)
        # anchor column -> a value of it -> [(number, key, length, other tests)]
        self._anchored: dict[int, dict[int, list]] = {}
        self._everywhere: list = []  # no equality or IN on the first token
        for number, entry in enumerate(ruler.patterns):
            key = strings[str(number)]
            for pattern in entry["patterns"]:
                self._add(number, key, pattern, strings)
        self._anchors = [(c, self._anchored[c]) for c in sorted(self._anchored)]

    @staticmethod
    def _sizes_of(ruler: AttributeRuler) -> tuple[int, int]:
        return len(ruler.matcher), len(ruler.attrs)

    def _add(self, number: int, key: int, pattern: Any, strings: Any) -> None:
        if not isinstance(pattern, list) or not pattern:
            raise _Unsupported(f"pattern {pattern!r}")
        named = []  # (offset, attribute name, test)
        for offset, token_spec in enumerate(pattern):
            if not isinstance(token_spec, dict) or not token_spec:
                raise _Unsupported(f"token pattern {token_spec!r}")
            for name, value in token_spec.items():
                if name not in _ATTRS:
                    raise _Unsupported(f"attribute {name}")
                named.append((offset, name, _test(name, value, strings)))
        anchor = next((name for name in _ANCHORS if name in pattern[0] and (
            not isinstance(pattern[0][name], dict) or list(pattern[0][name]) == ["IN"])), None)
        # (offset, column, test) of every test the anchor does not already make
        rest = [(offset, _COLUMN[name], test) for offset, name, test in named
                if (offset, name) != (0, anchor)]
        if anchor is None:
            self._everywhere.append((number, key, len(pattern), rest))
            return
        value = pattern[0][anchor]
        by_value = self._anchored.setdefault(_COLUMN[anchor], {})
        for v in value["IN"] if isinstance(value, dict) else [value]:
            by_value.setdefault(_hash(anchor, v), []).append((number, key, len(pattern), rest))

    def current(self, ruler: AttributeRuler) -> bool:
        """Whether the ruler's patterns are still the ones indexed (``clear``,
        ``from_bytes`` and ``initialize`` make a new matcher, ``add`` grows it)."""
        return ruler.matcher is self._matcher and self._sizes_of(ruler) == self._sizes

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        ruler = self._ruler
        if not self.current(ruler):  # patterns added since: the stock path
            return AttributeRuler.match(ruler, doc)
        rows = doc.to_array(_COLUMNS).tolist()
        n = len(rows)
        found = set()
        for start, row in enumerate(rows):
            candidates = [c for column, by_value in self._anchors
                          for c in by_value.get(row[column], ())]
            for number, key, length, tests in candidates + self._everywhere:
                end = start + length
                if end <= n and all(test(rows[start + offset][column])
                                    for offset, column, test in tests):
                    found.add((number, key, start, end))
        return sorted(found)


def index_attribute_rules(ruler: AttributeRuler) -> None:
    """Give ``ruler`` an indexed ``match`` if all its patterns allow one."""
    if isinstance(ruler.__dict__.get("match"), _RuleIndex) and ruler.match.current(ruler):
        return
    try:
        index = _RuleIndex(ruler)
    except _Unsupported:
        ruler.__dict__.pop("match", None)
        return
    ruler.match = index
