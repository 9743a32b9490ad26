"""Publishing alerts to Pub/Sub, with a dead-letter file for what cannot go.

Beam's own ``WriteToPubSub`` runs only on some runners (locally only on the
streaming BundleBasedDirectRunner), so ``PublishAlerts`` publishes from a DoFn
with google-cloud-pubsub's batching ``PublisherClient``; it works the same on
every runner, batch or streaming.

Each message carries the alert JSON line as its body (the very bytes the
``--alerts-file`` sink writes) and the attributes of ``alert_attributes`` so
that subscribers can filter server-side, e.g.
``attributes.event_type = "impose_sanctions" AND attributes.family = "sanction"``.

Delivery is at least once: transient errors are retried with bounded
exponential backoff; an alert that still cannot be delivered (retries ran out,
topic missing, permission denied, not a valid alert) becomes a dead-letter
record, counted and logged, and appended to the dead-letter JSONL file. A
bundle that the runner retries may publish some alerts twice; ``alert_id``
lets subscribers drop duplicates.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import re
import threading
from pathlib import Path
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from schemas.alerts import alert_json_schema

LOG = logging.getLogger(__name__)

ATTRIBUTE_NAMES = ("event_type", "family", "modality", "source", "target", "article_id")
# Actors the coder could not resolve are "UNK" in the events table and the
# summary line; the attribute says the same, so one filter finds them all.
UNKNOWN_ACTOR = "UNK"

# Pub/Sub resource names: https://cloud.google.com/pubsub/docs/pubsub-basics
# (3-255 chars, starts with a letter, not "goog"). Project ids are checked only
# for shape: the emulator accepts any, and legacy ids contain ":" and ".".
_RESOURCE = r"(?!goog)[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}"
_TOPIC_PATH = re.compile(rf"projects/(?P<project>[^/\s]+)/topics/(?P<name>{_RESOURCE})")
_SUBSCRIPTION_PATH = re.compile(
    rf"projects/(?P<project>[^/\s]+)/subscriptions/(?P<name>{_RESOURCE})"
)


def _parse_path(path: str, pattern: re.Pattern, kind: str) -> tuple[str, str]:
    match = pattern.fullmatch(path or "")
    if match is None:
        raise ValueError(
            f"{kind} must look like projects/PROJECT/{kind}s/NAME (NAME: 3-255 letters, "
            f"digits or -_.~+%, starting with a letter, not 'goog'); got {path!r}"
        )
    return match["project"], match["name"]


def parse_topic_path(path: str) -> tuple[str, str]:
    """'projects/P/topics/T' -> ('P', 'T'), or ValueError saying what is wrong."""
    return _parse_path(path, _TOPIC_PATH, "topic")


def parse_subscription_path(path: str) -> tuple[str, str]:
    """'projects/P/subscriptions/S' -> ('P', 'S'), or ValueError."""
    return _parse_path(path, _SUBSCRIPTION_PATH, "subscription")


def alert_attributes(alert: dict[str, Any]) -> dict[str, str]:
    """The Pub/Sub attributes of an alert message (all strings, as Pub/Sub wants).

    A missing or null ``source``/``target`` is "UNK", as in the events table;
    any other missing value is "" (a valid alert has them all)."""
    event = alert.get("event") or {}
    article = alert.get("article") or {}
    return {
        "event_type": str(event.get("event_type") or ""),
        "family": str(event.get("family") or ""),
        "modality": str(event.get("modality") or ""),
        "source": str(event.get("source") or UNKNOWN_ACTOR),
        "target": str(event.get("target") or UNKNOWN_ACTOR),
        "article_id": str(article.get("article_id") or ""),
    }


def dead_letter_record(message: str, reason: str, topic: str) -> str:
    """One JSON line: the alert exactly as it would have been sent (so it can
    be replayed), why it was not, where it was going, and when it gave up."""
    try:
        alert_id = json.loads(message).get("alert_id")
    except (ValueError, AttributeError):
        alert_id = None
    return json.dumps(
        {
            "alert_id": alert_id,
            "alert": message,
            "reason": reason,
            "topic": topic,
            "failed_at": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
        },
        ensure_ascii=False, sort_keys=True,
    )


def _describe(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}"
    cause = error.__cause__ or getattr(error, "cause", None)
    if cause is not None and str(cause) not in text:
        text += f" (last error: {type(cause).__name__}: {cause})"
    return text


class _PublishFn(beam.DoFn):
    """Publishes alert JSON lines; outputs a dead-letter line for each failure.

    Futures are awaited once ``max_outstanding`` are pending and at the end of
    the bundle, so a bundle only finishes when every alert in it is either
    acknowledged by Pub/Sub or dead-lettered."""

    def __init__(self, topic: str, *, retry_deadline: float, initial_backoff: float,
                 max_backoff: float, rpc_timeout: float, batch_max_messages: int,
                 batch_max_latency: float, max_outstanding: int):
        self._topic = topic
        self._retry_deadline = retry_deadline
        self._initial_backoff = initial_backoff
        self._max_backoff = max_backoff
        self._rpc_timeout = rpc_timeout
        self._batch_max_messages = batch_max_messages
        self._batch_max_latency = batch_max_latency
        self._max_outstanding = max_outstanding
        self._published = Metrics.counter("diplowatch", "alerts_published")
        self._dead_lettered = Metrics.counter("diplowatch", "alerts_dead_lettered")

    def setup(self):
        import jsonschema
        from google.api_core import exceptions, retry
        from google.cloud import pubsub_v1

        transient = retry.if_exception_type(
            exceptions.ServiceUnavailable, exceptions.DeadlineExceeded, exceptions.Aborted,
            exceptions.InternalServerError, exceptions.ResourceExhausted, exceptions.Unknown,
            exceptions.Cancelled,
        )
        self._publisher = pubsub_v1.PublisherClient(
            batch_settings=pubsub_v1.types.BatchSettings(
                max_messages=self._batch_max_messages, max_latency=self._batch_max_latency,
            ),
            publisher_options=pubsub_v1.types.PublisherOptions(
                retry=retry.Retry(
                    predicate=transient, initial=self._initial_backoff,
                    maximum=self._max_backoff, multiplier=2.0, timeout=self._retry_deadline,
                ),
                timeout=self._rpc_timeout,
            ),
        )
        self._validator = jsonschema.Draft202012Validator(alert_json_schema())
        # A backstop so that a wedged client cannot hang the bundle forever;
        # the retry deadline normally answers long before.
        self._result_timeout = (self._retry_deadline + self._rpc_timeout
                                + self._batch_max_latency + 30.0)
        self._pending: list = []

    def start_bundle(self):
        self._pending = []

    def process(self, message: str, timestamp=beam.DoFn.TimestampParam,
                window=beam.DoFn.WindowParam):
        try:
            alert = json.loads(message)
            error = next(iter(self._validator.iter_errors(alert)), None)
            if error is not None:
                raise ValueError(f"not a valid alert: {error.message}")
            future = self._publisher.publish(
                self._topic, message.encode("utf-8"), **alert_attributes(alert)
            )
        except Exception as err:  # one bad alert must not stop the others
            yield self._dead_letter(message, _describe(err), timestamp, window)
            return
        self._pending.append((message, future, timestamp, window))
        if len(self._pending) >= self._max_outstanding:
            yield from self._settle()

    def finish_bundle(self):
        yield from self._settle()

    def teardown(self):
        publisher = getattr(self, "_publisher", None)
        if publisher is not None:
            publisher.stop()  # flushes anything still batched

    def _settle(self):
        pending, self._pending = self._pending, []
        for message, future, timestamp, window in pending:
            try:
                future.result(timeout=self._result_timeout)
            except Exception as err:
                yield self._dead_letter(message, _describe(err), timestamp, window)
            else:
                self._published.inc()

    def _dead_letter(self, message: str, reason: str, timestamp, window) -> WindowedValue:
        self._dead_lettered.inc()
        LOG.warning("alert not delivered to %s: %s", self._topic, reason)
        # Explicit windowing: _settle also emits for elements of earlier calls.
        return WindowedValue(dead_letter_record(message, reason, self._topic), timestamp,
                             (window,))


class _AppendLinesFn(beam.DoFn):
    """Appends each line to a local file as soon as it arrives.

    Chosen over WriteToText / fileio.WriteToFiles because a dead letter should
    be on disk the moment it happens, in one file an operator can ``tail -f``,
    in batch and in streaming alike, with no windowing or trigger to wait for.
    ``flock`` plus one ``write`` per line keeps lines whole when several worker
    threads or processes share the file. The price: the path must be on a
    filesystem the workers share with the operator (local runners); on a
    remote runner, write the PCollection that PublishAlerts returns instead."""

    _lock = threading.Lock()

    def __init__(self, path: str):
        self._path = path

    def setup(self):
        self._file = None  # opened on the first line: no file means no dead letters

    def process(self, line: str):
        with self._lock:
            if self._file is None:
                Path(self._path).parent.mkdir(parents=True, exist_ok=True)
                self._file = open(self._path, "a", encoding="utf-8")  # closed in teardown
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
            try:
                self._file.write(line + "\n")
                self._file.flush()
            finally:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        yield line

    def teardown(self):
        if getattr(self, "_file", None) is not None:
            self._file.close()
            self._file = None


class PublishAlerts(beam.PTransform):
    """Alert JSON lines -> Pub/Sub ``topic``; returns the dead-letter lines.

    ``dead_letter_path``: a local JSONL file that each undeliverable alert is
    appended to (``{"alert_id", "alert", "reason", "topic", "failed_at"}``);
    with None the dead letters are only counted, logged and returned.
    The retry and batching knobs exist so tests can fail fast; the defaults
    suit a real topic."""

    def __init__(self, topic: str, dead_letter_path: str | None = None, *,
                 retry_deadline: float = 120.0, initial_backoff: float = 0.1,
                 max_backoff: float = 10.0, rpc_timeout: float = 30.0,
                 batch_max_messages: int = 100, batch_max_latency: float = 0.05,
                 max_outstanding: int = 1000):
        super().__init__()
        parse_topic_path(topic)
        if dead_letter_path is not None and "://" in dead_letter_path:
            raise ValueError(
                f"dead_letter_path must be a local file, got {dead_letter_path!r}"
            )
        if max_outstanding < 1 or batch_max_messages < 1:
            raise ValueError("max_outstanding and batch_max_messages must be at least 1")
        self._topic = topic
        self._dead_letter_path = dead_letter_path
        self._publish_fn = _PublishFn(
            topic, retry_deadline=retry_deadline, initial_backoff=initial_backoff,
            max_backoff=max_backoff, rpc_timeout=rpc_timeout,
            batch_max_messages=batch_max_messages, batch_max_latency=batch_max_latency,
            max_outstanding=max_outstanding,
        )

    def expand(self, alerts):
        dead_letters = alerts | "Publish" >> beam.ParDo(self._publish_fn)
        if self._dead_letter_path is None:
            return dead_letters
        return dead_letters | "WriteDeadLetters" >> beam.ParDo(
            _AppendLinesFn(self._dead_letter_path)
        )
