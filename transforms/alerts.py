"""Alerts: one message per distinct event of an article whose modality calls
for one (asserted, intent, threat). An article that reports the same event in
its headline and its body alerts once, with the most confident mention."""

from __future__ import annotations

from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas.alerts import build_alert, encode_alert
from transforms.coder import ALERT_MODALITIES

_PART_ORDER = {"title": 0, "summary": 1, "content": 2, "body": 3}


def alert_key(event: dict[str, Any]) -> tuple:
    return (event["article_id"], event["event_type"], event["source"], event["target"],
            event["modality"])


def best_mention(events) -> dict[str, Any]:
    """The mention to alert on: most confident, then earliest in the article.
    A total order, so every runner picks the same one."""
    return min(
        events,
        key=lambda e: (-e["confidence"], _PART_ORDER[e["text_part"]], e["start_char"],
                       e["event_id"]),
    )


class _EncodeAlertFn(beam.DoFn):
    def __init__(self):
        self._alerts = Metrics.counter("diplowatch", "alerts")

    def process(self, event: dict[str, Any]):
        self._alerts.inc()
        yield encode_alert(build_alert(event))


class BuildAlerts(beam.PTransform):
    """Event rows -> alert messages (JSON text, one per alert)."""

    def expand(self, events):
        return (
            events
            | "Alertable" >> beam.Filter(lambda e: e["modality"] in ALERT_MODALITIES)
            | "KeyByEvent" >> beam.Map(lambda e: (alert_key(e), e))
            | "BestMention" >> beam.CombinePerKey(best_mention)
            | "DropKey" >> beam.Values()
            | "Encode" >> beam.ParDo(_EncodeAlertFn())
        )
