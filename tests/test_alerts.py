"""The alert message and the BuildAlerts transform."""

import json

import apache_beam as beam
import jsonschema
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from schemas.alerts import build_alert, encode_alert, summary_line, validate_alert
from tests.alert_samples import event_row
from transforms.alerts import BuildAlerts


def event(**overrides) -> dict:
    return event_row(1, **overrides)


def test_summary_line_has_the_documented_shape():
    assert summary_line(event()) == (
        "MEX → PRK: restore_relations (intent) — Mexico seeks to renew ties with North Korea"
    )


def test_summary_of_a_body_event_quotes_its_sentence():
    line = summary_line(event(text_part="content", sentence="North Korea backs Cuba.",
                              event_type="express_support", source="PRK", target="CUB",
                              modality="asserted"))
    assert line == "PRK → CUB: express_support (asserted) — North Korea backs Cuba."


def test_alert_validates_and_round_trips_as_json():
    alert = build_alert(event())
    validate_alert(alert)
    decoded = json.loads(encode_alert(alert))
    assert decoded == alert
    assert decoded["article"]["published_at"] == "2021-07-24T18:02:00Z"
    assert decoded["alert_id"] == decoded["event"]["event_id"]


def test_schema_rejects_a_reference_event():
    with pytest.raises(jsonschema.ValidationError):
        validate_alert(build_alert(event(modality="reference")))


def test_build_alerts_keeps_one_mention_per_event_and_only_alertable_modalities():
    headline = event()
    body = event(event_id="0" * 31 + "2", text_part="content", start_char=0, confidence=0.95,
                 sentence="Mexico's Foreign Minister expressed a desire to reopen relations.")
    reference = event(event_id="0" * 31 + "3", event_type="impose_sanctions", family="sanction",
                      modality="reference", source="USA", target="CUB", cameo_code="163")
    negated = event(event_id="0" * 31 + "4", modality="negated")
    with TestPipeline(runner="FnApiRunner") as p:
        alerts = (
            p
            | beam.Create([headline, body, reference, negated])
            | BuildAlerts()
            | beam.Map(lambda line: json.loads(line)["alert_id"])
        )
        # the body mention is more confident, so it is the one alerted on
        assert_that(alerts, equal_to(["0" * 31 + "2"]))
