"""The language of an article, and whether the event coder reads it.

Detection is py3langid (BSD, maintained fork of langid.py): a naive Bayes
model over byte n-grams for 97 languages, shipped inside the wheel (nothing is
downloaded), deterministic, about 0.3 ms per text. Its probabilities are
reliable on a paragraph and not on a headline, so a text shorter than
``MIN_CHARS`` or a guess below ``MIN_CONFIDENCE`` is "und" (undetermined);
undetermined articles are coded (the coder finds nothing in a language it
cannot read, and headline-only items are mostly in the feed's language).

Extension point: ``CODER_MODELS`` maps each language the coder reads to the
spaCy pipeline for it (``None``: the run's ``--spacy-model``); ``is_coded``
reads it, so articles in a language added here are no longer skipped. The
coder's rules are written for English: a language added here also needs its
trigger lists, and ``transforms.code_events.CodeTextsFn`` would then load the
named pipeline per language (today it loads one).
"""

from __future__ import annotations

import dataclasses
import threading

# Language (ISO 639-1) -> spaCy pipeline that codes it (None: --spacy-model).
CODER_MODELS: dict[str, str | None] = {"en": None}
UNDETERMINED = "und"
MIN_CHARS = 60
MIN_CONFIDENCE = 0.90
# Enough text for a confident guess; the rest only costs time.
MAX_CHARS = 3_000

_identifier = None
_identifier_lock = threading.Lock()


def _get_identifier():
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def load_detector() -> None:
    """Load the model now (a worker's ``setup``), not on the first article."""
    _get_identifier()


@dataclasses.dataclass(frozen=True)
class Detection:
    language: str  # ISO 639-1, or "und"
    confidence: float  # of the best guess, even when it was not taken


def detect_language(text: str) -> Detection:
    text = " ".join(text[:MAX_CHARS].split())
    if len(text) < MIN_CHARS:
        return Detection(UNDETERMINED, 0.0)
    language, confidence = _get_identifier().classify(text)
    if confidence < MIN_CONFIDENCE:
        return Detection(UNDETERMINED, confidence)
    return Detection(language, confidence)


def is_coded(language: str | None) -> bool:
    """Whether the coder reads articles in ``language``."""
    return language is None or language == UNDETERMINED or language in CODER_MODELS


def text_for_detection(article: dict) -> str:
    """The article's longest text: the fetched body, else the feed's full
    content, else headline and summary together."""
    for field in ("body_text", "content"):
        if (article.get(field) or "").strip():
            return article[field]
    return "\n".join(part for part in (article.get("title"), article.get("summary")) if part)
