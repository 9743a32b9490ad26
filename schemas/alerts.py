"""The alert message: built from an events-table row, serialised as one JSON
object, and checked against ``alert.schema.json`` (shipped beside this file).
The JSON-lines sink and the Pub/Sub sink send the same bytes."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources
from typing import Any

ALERT_SCHEMA_VERSION = "1.0"

_EVENT_FIELDS = (
    "event_id", "event_type", "family", "modality", "source", "source_text",
    "target", "target_text", "cameo_code", "goldstein", "quad_class", "plover",
    "trigger", "sentence", "text_part", "start_char", "end_char", "confidence",
    "coder_version",
)
_SUMMARY_TEXT_MAX = 200


@cache
def alert_json_schema() -> dict[str, Any]:
    return json.loads(resources.files("schemas").joinpath("alert.schema.json").read_text())


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _round(value: float | None) -> float | None:
    # float32 columns come back with noise digits; alerts show what was meant.
    return None if value is None else round(float(value), 4)


def summary_line(event: dict[str, Any]) -> str:
    """'MEX → PRK: restore_relations (intent) — <headline or evidence sentence>'.

    The headline describes the event when the event was found in it; for an
    event found further down, the evidence sentence says more than a headline
    about something else."""
    text = event["title"] if event.get("text_part") == "title" else event["sentence"]
    text = " ".join((text or "").split())
    if len(text) > _SUMMARY_TEXT_MAX:
        text = text[: _SUMMARY_TEXT_MAX - 1].rstrip() + "…"
    source = event.get("source") or "UNK"
    target = event.get("target") or "UNK"
    return f"{source} → {target}: {event['event_type']} ({event['modality']}) — {text}"


def build_alert(event: dict[str, Any]) -> dict[str, Any]:
    """The alert message for one events-table row (``schemas.EVENTS_SCHEMA``)."""
    body = {name: event.get(name) for name in _EVENT_FIELDS}
    body["goldstein"] = _round(body["goldstein"])
    body["confidence"] = _round(body["confidence"])
    return {
        "schema_version": ALERT_SCHEMA_VERSION,
        "alert_id": event["event_id"],
        "summary": summary_line(event),
        "detected_at": _iso(event.get("ingested_at")),
        "event": body,
        "article": {
            "article_id": event["article_id"],
            "title": event.get("title"),
            "url": event.get("url"),
            "feed": event.get("feed"),
            "published_at": _iso(event.get("published_at")),
        },
    }


def encode_alert(alert: dict[str, Any]) -> str:
    """One line of JSON, keys sorted so equal alerts are equal bytes."""
    return json.dumps(alert, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def validate_alert(alert: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if the message breaks the schema."""
    import jsonschema

    jsonschema.validate(alert, alert_json_schema())
