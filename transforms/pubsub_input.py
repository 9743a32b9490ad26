"""Feed items and whole articles arriving as JSON messages on Pub/Sub (for
deployments where a separate crawler publishes them).

The message body is one JSON object, ``schemas/input_message.schema.json``.
``PullMessages`` pulls from a subscription on every tick of a ``Ticks`` clock
with the google-cloud-pubsub client (so it runs on every runner, the local one
included, and stops with the run's other sources), turns each message into
the entry dict of ``transforms.feeds`` and acknowledges it once it is out of
the DoFn. A message that is not a valid item is acknowledged too, and becomes
an error record (stage ``input``) holding its body: nothing is lost, nothing
comes back forever.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from functools import cache
from importlib import resources
from typing import Any

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.metrics import Metrics

from transforms.errors import ERRORS, error_record
from transforms.polling import Ticks
from transforms.text import clean_text, html_to_text

LOG = logging.getLogger(__name__)

# Pulls per second: bounds the time a message waits before it is pulled.
PULL_INTERVAL_S = 0.2
MAX_MESSAGES_PER_PULL = 500


class InputMessageError(ValueError):
    """The message is not a diplowatch input message; the text says why."""


@cache
def input_message_schema() -> dict[str, Any]:
    return json.loads(
        resources.files("schemas").joinpath("input_message.schema.json").read_text())


@cache
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(input_message_schema())


def _published_at(value: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError as err:
        raise InputMessageError(f"published_at {value!r} is not an RFC 3339 date-time") from err
    if when.tzinfo is None:
        raise InputMessageError(f"published_at {value!r} has no time zone")
    return when.astimezone(dt.UTC)


def message_to_entry(data: bytes, default_feed: str) -> dict[str, Any]:
    """The entry dict (``transforms.feeds`` contract) of one message body, or
    ``InputMessageError``."""
    try:
        item = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputMessageError(f"body is not UTF-8 JSON: {err}") from err
    if not isinstance(item, dict):
        raise InputMessageError(f"body is JSON {type(item).__name__}, not an object")
    error = next(iter(sorted(_validator().iter_errors(item), key=lambda e: e.path)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "message"
        raise InputMessageError(f"{where}: {error.message}"[:500])
    title = html_to_text(item.get("title") or "")
    summary = html_to_text(item.get("summary") or "")
    content = html_to_text(item.get("content") or "")
    if not (title or summary or content):
        raise InputMessageError("message has no text: title, summary and content are empty")
    return {
        "feed": item.get("feed") or default_feed,
        "feed_title": clean_text(item.get("feed_title")) or None,
        "guid": clean_text(item.get("guid")) or None,
        "link": (item.get("link") or "").strip() or None,
        "title": title,
        "summary": summary,
        "content": "" if content == summary else content,
        "published_at": _published_at(item["published_at"]) if item.get("published_at")
        else None,
        "language": clean_text(item.get("language")) or None,
        "bozo": None,
    }


class PullMessagesFn(beam.DoFn):
    """Tick -> entry dicts of the messages waiting on ``subscription``."""

    def __init__(self, subscription: str, max_messages: int = MAX_MESSAGES_PER_PULL):
        self._subscription = subscription
        self._max_messages = max_messages
        self._received = Metrics.counter("diplowatch", "messages_received")
        self._entries = Metrics.counter("diplowatch", "entries_read")
        self._pull_failures = Metrics.counter("diplowatch", "pull_failures")

    def setup(self):
        from google.cloud import pubsub_v1

        self._client = pubsub_v1.SubscriberClient()

    def teardown(self):
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()

    def process(self, tick: int):
        from google.api_core import exceptions

        try:
            response = self._client.pull(
                request={"subscription": self._subscription,
                         "max_messages": self._max_messages,
                         "return_immediately": True},
                timeout=10)
        except exceptions.DeadlineExceeded:
            return
        except exceptions.GoogleAPICallError as err:
            # Transient or not, the next tick tries again; say so once per tick.
            self._pull_failures.inc()
            LOG.warning("pull from %s failed: %s", self._subscription, err)
            return
        ack_ids = []
        for received in response.received_messages:
            self._received.inc()
            data = received.message.data
            try:
                entry = message_to_entry(data, self._subscription)
            except InputMessageError as err:
                yield pvalue.TaggedOutput(ERRORS, error_record(
                    data.decode("utf-8", "replace"), "input", err, feed=self._subscription))
            else:
                self._entries.inc()
                yield entry
            ack_ids.append(received.ack_id)
        if ack_ids:
            self._client.acknowledge(
                request={"subscription": self._subscription, "ack_ids": ack_ids})


class PullMessages(beam.PTransform):
    """Subscription -> ``{"entries", "errors"}`` until the run stops."""

    def __init__(self, subscription: str, *, stop_name: str = "",
                 max_runtime: float | None = None, interval: float = PULL_INTERVAL_S):
        super().__init__()
        self._subscription = subscription
        self._ticks = Ticks(interval, stop_name=stop_name, max_runtime=max_runtime)

    def expand(self, pbegin):
        pulled = (
            pbegin
            | "Ticks" >> self._ticks
            | "Pull" >> beam.ParDo(PullMessagesFn(self._subscription)).with_outputs(
                ERRORS, main="entries")
        )
        return {"entries": pulled.entries, "errors": pulled[ERRORS]}


def create_run_subscription(topic: str, name: str) -> str:
    """A subscription on ``topic`` for this run (for --input-topic); returns
    its path. Messages published before it exists are not delivered to it."""
    from google.cloud import pubsub_v1

    from transforms.pubsub_alerts import parse_topic_path

    project, _ = parse_topic_path(topic)
    path = f"projects/{project}/subscriptions/{name}"
    with pubsub_v1.SubscriberClient() as subscriber:
        subscriber.create_subscription(
            request={"name": path, "topic": topic, "ack_deadline_seconds": 60})
    return path


def delete_subscription(path: str) -> None:
    from google.api_core import exceptions
    from google.cloud import pubsub_v1

    try:
        with pubsub_v1.SubscriberClient() as subscriber:
            subscriber.delete_subscription(request={"subscription": path})
    except exceptions.GoogleAPICallError as err:
        LOG.warning("could not delete subscription %s: %s", path, err)
