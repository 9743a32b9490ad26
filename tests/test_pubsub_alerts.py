"""PublishAlerts against the Pub/Sub emulator: bodies, attributes, filters,
and the dead-letter file when Pub/Sub cannot take the alerts."""

from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.test_pipeline import TestPipeline

from pipelines.emulator import PubSubEmulator
from schemas.alerts import build_alert
from tests.alert_samples import event_row, sample_alerts, sample_lines
from tests.pubsub_emulator import emulator_applies_filters, pull_all, unique_name
from transforms.pubsub_alerts import (
    PublishAlerts,
    _AppendLinesFn,
    alert_attributes,
    dead_letter_record,
    parse_subscription_path,
    parse_topic_path,
)

# Fail fast in tests; the defaults are for real topics.
FAST = {"retry_deadline": 1.0, "initial_backoff": 0.05, "max_backoff": 0.2,
        "rpc_timeout": 2.0}


def run_publish(lines: list[str], topic: str, dead_letter_path: Path | None,
                **options) -> dict[str, int]:
    """Run PublishAlerts over ``lines``; returns the diplowatch counters."""
    pipeline = TestPipeline(runner="FnApiRunner")
    _ = (pipeline
         | beam.Create(lines)
         | PublishAlerts(topic, str(dead_letter_path) if dead_letter_path else None,
                         **{**FAST, **options}))
    result = pipeline.run()
    result.wait_until_finish()
    return counters(result)


def counters(result) -> dict[str, int]:
    query = result.metrics().query(MetricsFilter().with_namespace("diplowatch"))
    totals: dict[str, int] = {}
    for counter in query["counters"]:
        totals[counter.key.metric.name] = (totals.get(counter.key.metric.name, 0)
                                           + counter.committed)
    return totals


def read_dead_letters(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# -- without the emulator ------------------------------------------------------

def test_attributes_of_an_alert():
    assert alert_attributes(sample_alerts()[1]) == {
        "event_type": "impose_sanctions", "family": "sanction", "modality": "asserted",
        "source": "USA", "target": "RUS", "article_id": f"{1002:032x}",
    }


def test_unknown_actors_are_unk_and_other_missing_values_empty():
    alert = build_alert(event_row(7, source=None, target=None))
    attributes = alert_attributes(alert)
    assert (attributes["source"], attributes["target"]) == ("UNK", "UNK")
    assert alert_attributes({}) == {
        "event_type": "", "family": "", "modality": "", "source": "UNK", "target": "UNK",
        "article_id": "",
    }


@pytest.mark.parametrize("path", [
    "alerts", "projects/p/topics/", "projects/p/subscriptions/alerts", "projects//topics/alerts",
    "projects/p/topics/ab", "projects/p/topics/goog-alerts", "projects/p/topics/9alerts",
    "projects/p/topics/alerts/extra", " projects/p/topics/alerts",
])
def test_malformed_topic_paths_are_refused_with_the_expected_shape(path):
    with pytest.raises(ValueError, match="projects/PROJECT/topics/NAME"):
        parse_topic_path(path)
    with pytest.raises(ValueError, match="projects/PROJECT/topics/NAME"):
        PublishAlerts(path)


def test_well_formed_paths_parse():
    assert parse_topic_path("projects/my-proj/topics/diplo.alerts_v1") == (
        "my-proj", "diplo.alerts_v1")
    assert parse_subscription_path("projects/example.com:p/subscriptions/mine") == (
        "example.com:p", "mine")
    with pytest.raises(ValueError, match="projects/PROJECT/subscriptions/NAME"):
        parse_subscription_path("projects/p/topics/mine")


def test_dead_letter_path_must_be_local():
    with pytest.raises(ValueError, match="local file"):
        PublishAlerts("projects/p/topics/alerts", "gs://bucket/dead.jsonl")


def test_dead_letter_record_keeps_the_alert_replayable():
    line = sample_lines()[0]
    record = json.loads(dead_letter_record(line, "ServiceUnavailable: gone",
                                           "projects/p/topics/alerts"))
    assert record["alert"] == line
    assert record["alert_id"] == sample_alerts()[0]["alert_id"]
    assert record["reason"] == "ServiceUnavailable: gone"
    assert record["topic"] == "projects/p/topics/alerts"
    assert record["failed_at"].endswith("Z")
    assert json.loads(dead_letter_record("not json", "x", "t"))["alert_id"] is None


def test_dead_letter_file_is_appended_to_not_replaced(tmp_path):
    path = tmp_path / "sub" / "dead.jsonl"
    for batch in (["a", "b"], ["c"]):
        with TestPipeline(runner="FnApiRunner") as pipeline:
            _ = pipeline | beam.Create(batch) | beam.ParDo(_AppendLinesFn(str(path)))
    assert sorted(path.read_text().splitlines()) == ["a", "b", "c"]


# -- against the emulator ---------------------------------------------------------

def test_publishes_the_alert_json_with_its_attributes(pubsub_emulator: PubSubEmulator,
                                                      tmp_path):
    topic = pubsub_emulator.create_topic(unique_name("alerts"))
    subscription = pubsub_emulator.create_subscription(topic, unique_name("all"))
    dead = tmp_path / "dead.jsonl"

    counts = run_publish(sample_lines(), topic, dead)

    assert counts["alerts_published"] == 4
    assert counts.get("alerts_dead_lettered", 0) == 0
    assert not dead.exists()
    received = pull_all(subscription, expected=4)
    got = sorted((m.data.decode(), dict(m.attributes)) for m in received)
    expected = sorted((line, alert_attributes(alert))
                      for line, alert in zip(sample_lines(), sample_alerts(), strict=True))
    assert got == expected
    # One unknown actor travels as "UNK", so a filter can find it.
    assert {"source": "UNK", "target": "UKR"}.items() <= dict(
        next(attrs for _, attrs in got if attrs["event_type"] == "express_support")).items()


def test_invalid_alerts_go_to_dead_letters_and_the_rest_is_published(
        pubsub_emulator: PubSubEmulator, tmp_path):
    topic = pubsub_emulator.create_topic(unique_name("alerts"))
    subscription = pubsub_emulator.create_subscription(topic, unique_name("all"))
    good = sample_lines()[0]
    not_json = "{truncated"
    not_an_alert = json.dumps({"alert_id": "x"})
    dead = tmp_path / "dead.jsonl"

    counts = run_publish([good, not_json, not_an_alert], topic, dead)

    assert (counts["alerts_published"], counts["alerts_dead_lettered"]) == (1, 2)
    records = {r["alert"]: r for r in read_dead_letters(dead)}
    assert set(records) == {not_json, not_an_alert}
    assert records[not_json]["reason"].startswith("JSONDecodeError")
    assert "not a valid alert" in records[not_an_alert]["reason"]
    assert [m.data.decode() for m in pull_all(subscription, expected=1)] == [good]


def test_subscription_filter_on_event_type_is_accepted(pubsub_emulator: PubSubEmulator):
    from google.cloud import pubsub_v1

    topic = pubsub_emulator.create_topic(unique_name("alerts"))
    wanted = 'attributes.event_type = "impose_sanctions"'
    subscription = pubsub_emulator.create_subscription(topic, unique_name("sanctions"),
                                                       filter=wanted)
    with pubsub_v1.SubscriberClient() as subscriber:
        assert subscriber.get_subscription(subscription=subscription).filter == wanted


def test_subscription_filter_on_event_type_delivers_only_that_type(
        pubsub_emulator: PubSubEmulator):
    if not emulator_applies_filters(pubsub_emulator):
        pytest.skip("this Pub/Sub emulator stores subscription filters but does not apply "
                    "them (filtering arrived in Cloud SDK 555)")
    topic = pubsub_emulator.create_topic(unique_name("alerts"))
    sanctions = pubsub_emulator.create_subscription(
        topic, unique_name("sanctions"), filter='attributes.family = "sanction"')
    one_type = pubsub_emulator.create_subscription(
        topic, unique_name("impose"), filter='attributes.event_type = "impose_sanctions"')

    run_publish(sample_lines(), topic, None)

    assert sorted(json.loads(m.data)["event"]["event_type"]
                  for m in pull_all(sanctions, expected=2)) == [
        "impose_sanctions", "threaten_sanctions"]
    assert [m.attributes["event_type"] for m in pull_all(one_type, expected=1)] == [
        "impose_sanctions"]


def test_a_missing_topic_dead_letters_every_alert_at_once(pubsub_emulator: PubSubEmulator,
                                                         tmp_path):
    topic = pubsub_emulator.topic_path(unique_name("never-created"))
    dead = tmp_path / "dead.jsonl"

    counts = run_publish(sample_lines(), topic, dead)

    assert counts.get("alerts_published", 0) == 0
    assert counts["alerts_dead_lettered"] == 4
    records = read_dead_letters(dead)
    assert sorted(r["alert"] for r in records) == sorted(sample_lines())
    assert all(r["reason"].startswith("NotFound") and r["topic"] == topic for r in records)


# Pipeline steps find the emulator to stop through this registry: the runner
# pickles DoFns, and a process handle does not pickle.
_EMULATORS: dict[str, PubSubEmulator] = {}
_SEEN: dict[str, int] = {}


class _StopEmulatorAtSecondAlert(beam.DoFn):
    def __init__(self, key: str):
        self._key = key

    def process(self, line: str):
        _SEEN[self._key] = _SEEN.get(self._key, 0) + 1
        if _SEEN[self._key] == 2:
            _EMULATORS[self._key].stop()
        yield line


def test_alerts_dead_letter_when_the_emulator_stops_mid_run(pubsub_emulator: PubSubEmulator,
                                                           tmp_path):
    topic = pubsub_emulator.create_topic(unique_name("alerts"))
    dead = tmp_path / "dead.jsonl"
    key = unique_name("stop")
    _EMULATORS[key] = pubsub_emulator
    pipeline = TestPipeline(runner="FnApiRunner")
    # max_outstanding=1: each alert is confirmed before the next arrives, so
    # exactly the first one is delivered before the emulator goes away.
    _ = (pipeline
         | beam.Create(sample_lines())
         | beam.ParDo(_StopEmulatorAtSecondAlert(key))
         | PublishAlerts(topic, str(dead), max_outstanding=1, batch_max_messages=1, **FAST))
    try:
        result = pipeline.run()
        result.wait_until_finish()
    finally:
        _EMULATORS.pop(key)

    assert not pubsub_emulator.running
    counts = counters(result)
    assert (counts["alerts_published"], counts["alerts_dead_lettered"]) == (1, 3)
    records = read_dead_letters(dead)
    assert len(records) == 3
    # Nothing lost: the dead letters are exactly the alerts not published.
    assert len(set(r["alert"] for r in records)) == 3
    assert set(r["alert"] for r in records) < set(sample_lines())
    for record in records:
        assert record["reason"].startswith(("RetryError", "ServiceUnavailable")), record
        assert "Unavailable" in record["reason"] or "503" in record["reason"], record
