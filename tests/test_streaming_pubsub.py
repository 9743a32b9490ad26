"""Streaming mode against the Pub/Sub emulator: items in (a polled feed on
127.0.0.1 and the input topic) -> alerts out on the alerts topic with their
attributes -> read back by the consumer; a re-published duplicate gives no
second alert; bad input messages become error rows. The message parsing is
tested first, without the emulator."""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
import time

import duckdb
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from bench.feed_server import LiveFeedServer
from pipelines import consume_alerts
from pipelines.emulator import PubSubEmulator
from pipelines.monitor import run_pipeline
from pipelines.streaming import stop_all
from tests.pubsub_emulator import pull_all, unique_name
from transforms.pubsub_alerts import ATTRIBUTE_NAMES, alert_attributes
from transforms.pubsub_input import InputMessageError, input_message_schema, message_to_entry


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


# -- the input message, without the emulator --------------------------------------------

def test_a_message_becomes_an_entry_dict():
    entry = message_to_entry(body(
        link="https://news.example/a?utm_source=x", title="<b>Japan</b> imposes sanctions",
        summary="<p>Tokyo said so.</p>", published_at="2024-05-01T12:00:00+02:00",
        language="en", feed="https://news.example/rss"), "projects/p/subscriptions/s")
    assert entry == {
        "feed": "https://news.example/rss", "feed_title": None, "guid": None,
        "link": "https://news.example/a?utm_source=x", "title": "Japan imposes sanctions",
        "summary": "Tokyo said so.", "content": "",
        "published_at": dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC), "language": "en",
        "bozo": None,
    }
    only_guid = message_to_entry(body(guid="id-1", content="Full text."), "sub")
    assert (only_guid["feed"], only_guid["guid"], only_guid["content"]) == (
        "sub", "id-1", "Full text.")


@pytest.mark.parametrize("data, reason", [
    (b"\xff\xfe", "not UTF-8 JSON"),
    (b"{truncated", "not UTF-8 JSON"),
    (b"[1, 2]", "not an object"),
    (body(title="no identity"), "is not valid under any of the given schemas"),
    (body(link="ftp://x.example/a", title="t"), "does not match"),
    (body(link="https://x.example/a", title="t", url="typo"), "Additional properties"),
    (body(link="https://x.example/a", title=""), "no text"),
    (body(link="https://x.example/a", title="t", published_at="yesterday"), "RFC 3339"),
    (body(link="https://x.example/a", title="t", published_at="2024-05-01T12:00:00"),
     "no time zone"),
])
def test_bad_messages_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputMessageError, match=reason):
        message_to_entry(data, "sub")


def test_the_schema_example_is_a_valid_message():
    for example in input_message_schema()["examples"]:
        assert message_to_entry(json.dumps(example).encode(), "sub")["link"] == example["link"]


# -- end to end, on the emulator -------------------------------------------------------

def wait_for_alert(subscription: str, url: str, received: list, timeout: float = 120.0):
    """Pull ``subscription`` into ``received`` until an alert about ``url`` came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        received.extend(pull_all(subscription, expected=1, timeout=3, check_surplus=False))
        if any(json.loads(m.data)["article"]["url"] == url for m in received):
            return
    raise AssertionError(f"no alert about {url} within {timeout:.0f} s")


def test_items_in_by_poll_and_by_topic_give_alerts_with_attributes_once(
        pubsub_emulator: PubSubEmulator, tmp_path):
    from google.cloud import pubsub_v1

    alerts_topic = pubsub_emulator.create_topic(unique_name("alerts"))
    raw = pubsub_emulator.create_subscription(alerts_topic, unique_name("raw"))
    for_consumer = pubsub_emulator.create_subscription(alerts_topic, unique_name("consumer"))
    input_topic = pubsub_emulator.create_topic(unique_name("items"))
    feed = LiveFeedServer().start()
    feed.add_item("https://feed.example/recall", "France recalls its ambassador to Brazil")
    out = tmp_path / "out"
    outcome: list = []
    run = threading.Thread(target=lambda: outcome.append(run_pipeline(PipelineOptions([
        "--streaming", "--feeds", feed.url, "--poll-interval", "0.5",
        "--input-topic", input_topic, "--alerts-topic", alerts_topic,
        "--output", str(out), "--allow-private-addresses", "--window-seconds", "2",
        "--max-runtime", "170"]))))
    run.start()
    received: list = []
    publisher = pubsub_v1.PublisherClient()
    try:
        # The feed's alert says the pipeline is up and its input subscription exists.
        wait_for_alert(raw, "https://feed.example/recall", received)
        wire = "https://wire.example/sanctions"
        publisher.publish(input_topic, body(
            link=wire + "?utm_source=crawler", title="Japan imposes sanctions on Kenya",
            feed="crawler")).result(timeout=30)
        wait_for_alert(raw, wire, received)
        # The same article again (another copy of its link), bad messages, then a
        # new article: once that one alerts, the ones before it were processed.
        publisher.publish(input_topic, body(link=wire, title="Japan imposes sanctions on Kenya",
                                            feed="another-crawler")).result(timeout=30)
        publisher.publish(input_topic, b"{not json").result(timeout=30)
        publisher.publish(input_topic, body(title="no link")).result(timeout=30)
        last = "https://wire.example/ties"
        publisher.publish(input_topic, body(
            link=last, title="Chile restores diplomatic ties with Norway")).result(timeout=30)
        wait_for_alert(raw, last, received)
        received.extend(pull_all(raw, expected=1, timeout=3, check_surplus=False))
    finally:
        stop_all()
        run.join(timeout=120)
        feed.stop()
    assert not run.is_alive(), "the pipeline did not stop"

    by_url: dict[str, list] = {}
    for message in received:
        alert = json.loads(message.data)
        by_url.setdefault(alert["article"]["url"], []).append((alert, dict(message.attributes)))
        assert dict(message.attributes) == alert_attributes(alert)
        assert set(message.attributes) == set(ATTRIBUTE_NAMES)
    assert sorted(by_url) == sorted(["https://feed.example/recall", wire, last])
    assert all(len(alerts) == 1 for alerts in by_url.values()), by_url  # no second alert
    (_, attributes), = by_url[wire]
    assert {k: attributes[k] for k in ("event_type", "family", "source", "target")} == {
        "event_type": "impose_sanctions", "family": "sanction", "source": "JPN",
        "target": "KEN"}

    [totals] = [o.totals for o in outcome]
    assert totals["alerts_published"] == 3
    assert totals["duplicates_dropped"] >= 1
    errors = duckdb.sql(f"SELECT stage, input FROM read_parquet('{out}/errors/dt=*/*.parquet')"
                        ).fetchall()
    assert sorted(errors) == [("input", '{"title": "no link"}'), ("input", "{not json")]

    # The consumer reads the same alerts from its own subscription.
    printed = io.StringIO()
    status = consume_alerts.main(["--subscription", for_consumer, "--json", "--max", "3",
                                  "--timeout", "30"], out=printed, err=io.StringIO())
    assert status == 0
    assert sorted(json.loads(line)["article"]["url"]
                  for line in printed.getvalue().splitlines()) == sorted(by_url)
