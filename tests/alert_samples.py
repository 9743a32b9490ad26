"""Hand-made events-table rows and the alert messages built from them, for the
Pub/Sub publishing and consuming tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from schemas.alerts import build_alert, encode_alert

UTC = dt.UTC


def event_row(n: int, **overrides: Any) -> dict[str, Any]:
    """An events row (schemas.EVENTS_SCHEMA) with a distinct event id per ``n``."""
    row = {
        "event_id": f"{n:032x}",
        "article_id": f"{n + 1000:032x}",
        "url": f"https://worldwire.example/story-{n}",
        "title": "Mexico seeks to renew ties with North Korea",
        "published_at": dt.datetime(2021, 7, 24, 18, 2, tzinfo=UTC),
        "feed": "samples/feeds/worldwire.rss",
        "ingested_at": dt.datetime(2026, 11, 29, 12, 0, tzinfo=UTC),
        "event_type": "restore_relations",
        "family": "diplomatic",
        "modality": "intent",
        "source": "MEX",
        "source_text": "Mexico",
        "target": "PRK",
        "target_text": "North Korea",
        "cameo_code": "032",
        "goldstein": 4.5,
        "quad_class": 1,
        "plover": "AGREE",
        "trigger": "renew ties",
        "sentence": "Mexico seeks to renew ties with North Korea",
        "text_part": "title",
        "start_char": 0,
        "end_char": 43,
        "confidence": 0.9,
        "coder_version": "test",
    }
    row.update(overrides)
    return row


def sample_events() -> list[dict[str, Any]]:
    """Four events: two families, three modalities, one unknown source, one
    article without URL or date."""
    return [
        event_row(1),
        event_row(2, event_type="impose_sanctions", family="sanction", modality="asserted",
                  source="USA", source_text="Washington", target="RUS", target_text="Russia",
                  cameo_code="163", title="US imposes new sanctions on Russian banks",
                  sentence="US imposes new sanctions on Russian banks", trigger="imposes"),
        event_row(3, event_type="threaten_sanctions", family="sanction", modality="threat",
                  source="EU", source_text="the EU", target="IRN", target_text="Iran",
                  cameo_code="1312", title="EU warns Iran of sanctions", url=None,
                  published_at=None, sentence="EU warns Iran of sanctions"),
        event_row(4, event_type="express_support", family="diplomatic", modality="asserted",
                  source=None, source_text=None, target="UKR", target_text="Ukraine",
                  cameo_code="051", title="Allies rally", text_part="content",
                  sentence="Several governments pledged support for Ukraine."),
    ]


def sample_alerts() -> list[dict[str, Any]]:
    return [build_alert(event) for event in sample_events()]


def sample_lines() -> list[str]:
    return [encode_alert(alert) for alert in sample_alerts()]
