"""Coding events: articles in, events-table rows out.

Each article gives up to three texts (title, summary, full content); texts
that cannot hold an event (``might_contain_event``, a keyword check that is a
superset of the coder's triggers) never reach spaCy, which is where nearly all
the time would go. The rest are batched into ``nlp.pipe``; the model is loaded
once per worker process and shared by its threads (``Shared``).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.shared import Shared

from transforms.coder import CODER_VERSION, EVENT_TYPES, CodedEvent, load_nlp, might_contain_event
from transforms.errors import ERRORS, error_record

_LOGGER = logging.getLogger(__name__)

# Article fields every event row repeats, so that the events table reads on
# its own without a join.
_ARTICLE_FIELDS = ("article_id", "url", "title", "published_at", "feed", "ingested_at")
# Where an event was found; "body" is the main text of the linked page
# (article field ``body_text``, set by --fetch-articles).
TEXT_PARTS = ("title", "summary", "content", "body")
_PART_FIELDS = {"body": "body_text"}


def _squash(text: str) -> str:
    return " ".join(text.split())


def texts_to_code(article: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(text_part, text) pairs of an article worth coding.

    A summary that the full content (or the fetched body) repeats is not
    coded twice: its events come from the full text, where their context is.
    An article marked ``coding_skipped`` (a language the coder does not read,
    see ``transforms.language``) yields nothing.
    """
    if article.get("coding_skipped"):
        return
    full_texts = [_squash(article.get(f) or "") for f in ("content", "body_text")]
    for part in TEXT_PARTS:
        text = article.get(_PART_FIELDS.get(part, part)) or ""
        if not text.strip():
            continue
        if part == "summary" and any(full and _squash(text) in full for full in full_texts):
            continue
        yield part, text


def event_id_for(article_id: str, text_part: str, event: CodedEvent) -> str:
    key = "\x1f".join(
        [
            article_id,
            text_part,
            str(event.start_char),
            event.event_type,
            event.source or "",
            event.target or "",
        ]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def event_row(unit: dict[str, Any], event: CodedEvent) -> dict[str, Any]:
    """An events-table row (``schemas.EVENTS_SCHEMA``)."""
    row = {name: unit[name] for name in _ARTICLE_FIELDS}
    row.update(event.as_dict())
    row.update(
        event_id=event_id_for(unit["article_id"], unit["text_part"], event),
        text_part=unit["text_part"],
        coder_version=CODER_VERSION,
    )
    return row


class ExtractTextsFn(beam.DoFn):
    """Article -> the texts of it that may hold an event, with the article
    fields an event row needs."""

    def __init__(self):
        self._texts = Metrics.counter("diplowatch", "texts_seen")
        self._skipped = Metrics.counter("diplowatch", "texts_prefiltered_out")

    def process(self, article: dict[str, Any]) -> Iterator[dict[str, Any]]:
        for part, text in texts_to_code(article):
            self._texts.inc()
            if not might_contain_event(text):
                self._skipped.inc()
                continue
            unit = {name: article.get(name) for name in _ARTICLE_FIELDS}
            unit.update(text_part=part, text=text)
            yield unit


class _NlpHolder:
    """Shared needs a weak-referenceable object to hand out."""

    def __init__(self, nlp):
        self.nlp = nlp


class CodeTextsFn(beam.DoFn):
    """A batch of texts -> event rows, through one ``nlp.pipe`` call."""

    def __init__(self, model: str | None, shared_handle: Shared):
        self._model = model
        self._shared_handle = shared_handle
        self._nlp = None
        self._coded = Metrics.counter("diplowatch", "texts_coded")
        self._events = Metrics.counter("diplowatch", "events")
        self._by_type = {t: Metrics.counter("diplowatch", f"events_{t}") for t in EVENT_TYPES}

    def setup(self) -> None:
        model = self._model
        self._nlp = self._shared_handle.acquire(lambda: _NlpHolder(load_nlp(model))).nlp

    def process(self, units: list[dict[str, Any]]) -> Iterator[Any]:
        try:
            docs = list(self._nlp.pipe([u["text"] for u in units]))
        except Exception:  # noqa: BLE001 - isolate the text that broke the batch
            _LOGGER.warning("nlp.pipe failed on a batch; coding its texts one by one")
            yield from self._one_by_one(units)
            return
        for unit, doc in zip(units, docs, strict=True):
            yield from self._rows(unit, doc)

    def _one_by_one(self, units: Iterable[dict[str, Any]]) -> Iterator[Any]:
        for unit in units:
            try:
                doc = self._nlp(unit["text"])
            except Exception as exc:  # noqa: BLE001 - becomes an error record
                yield beam.pvalue.TaggedOutput(
                    ERRORS,
                    error_record(
                        f"{unit['article_id']}:{unit['text_part']}", "code", exc,
                        feed=unit.get("feed"),
                    ),
                )
                continue
            yield from self._rows(unit, doc)

    def _rows(self, unit: dict[str, Any], doc) -> Iterator[dict[str, Any]]:
        self._coded.inc()
        for event in doc._.events:
            self._events.inc()
            self._by_type[event.event_type].inc()
            yield event_row(unit, event)


def text_size(unit: dict[str, Any]) -> int:
    """A text's weight in a batch: its length, since spaCy's working memory
    for a batch grows with the tokens in it."""
    return max(1, len(unit["text"]))


class CodeEvents(beam.PTransform):
    """Articles -> ``{"events": rows, "errors": error records}``.

    Texts go to spaCy in batches of ``min_batch_chars`` to
    ``max_batch_chars`` characters (a text longer than that alone): a batch's
    activations take about 3.4 KB per character while it runs (139 MB for
    256 headlines and summaries, 41,000 characters); past ~10,000 characters
    a larger batch is no faster, and below ~8,000 a smaller one is slower
    (``bench/PERFORMANCE.md``).
    Counting texts instead would let 256 fetched article bodies make one batch.
    """

    def __init__(self, model: str | None = None, min_batch_chars: int = 8_000,
                 max_batch_chars: int = 12_000):
        super().__init__()
        self._model = model
        self._min_batch_chars = min_batch_chars
        self._max_batch_chars = max_batch_chars

    def expand(self, articles):
        coded = (
            articles
            | "ExtractTexts" >> beam.ParDo(ExtractTextsFn())
            | "Batch" >> beam.BatchElements(
                min_batch_size=self._min_batch_chars, max_batch_size=self._max_batch_chars,
                element_size_fn=text_size,
            )
            | "Code" >> beam.ParDo(CodeTextsFn(self._model, Shared())).with_outputs(
                ERRORS, main="events"
            )
        )
        return {"events": coded.events, "errors": coded[ERRORS]}
