"""pyarrow schemas of the articles, events and errors tables.

Records travel through the pipeline as plain dicts whose keys are exactly the
field names below; ``published_at`` and friends are timezone-aware UTC
``datetime`` objects. The partition column ``dt`` is not stored in the files:
it lives in the Hive-style directory name (``dt=YYYY-MM-DD``), as DuckDB,
Polars, Spark and BigQuery expect.

Bump ``SCHEMA_VERSION`` on any change that a reader would notice (a field
renamed, retyped or removed); adding a nullable field is backwards compatible
but still bumps the minor version.
"""

import pyarrow as pa

SCHEMA_VERSION = "1.1"

_UTC = pa.timestamp("us", tz="UTC")


def _schema(name: str, fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(
        fields,
        metadata={
            b"diplowatch.table": name.encode(),
            b"diplowatch.schema_version": SCHEMA_VERSION.encode(),
        },
    )


ARTICLES_SCHEMA = _schema(
    "articles",
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),  # canonical URL; null when the item had no link
        pa.field("link", pa.string()),  # the link as the feed gave it
        pa.field("guid", pa.string()),
        pa.field("feed", pa.string(), nullable=False),  # feed URL or path it came from
        pa.field("feed_title", pa.string()),
        pa.field("title", pa.string()),
        pa.field("summary", pa.string()),  # plain text, markup stripped
        pa.field("content", pa.string()),  # full text the feed carried (content:encoded)
        pa.field("language", pa.string()),
        pa.field("published_at", _UTC),
        pa.field("ingested_at", _UTC, nullable=False),
        pa.field("duplicates", pa.int32()),  # other copies of this article dropped
        # 1.1, set by --fetch-articles (null without it):
        pa.field("body_text", pa.string()),  # main text of the linked page, extracted
        pa.field("author", pa.string()),  # as the page states it
        pa.field("page_date", pa.date32()),  # publication date the page states
        pa.field("extracted_by", pa.string()),  # extractor and version
        pa.field("fetch_status", pa.string()),  # fetched|feed_content|no_link|refused:…|failed:…
        pa.field("detected_language", pa.string()),  # ISO 639-1 from the text, or "und"
        pa.field("coding_skipped", pa.string()),  # why events were not coded (language)
    ],
)

EVENTS_SCHEMA = _schema(
    "events",
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("published_at", _UTC),
        pa.field("feed", pa.string()),
        pa.field("event_type", pa.string(), nullable=False),
        pa.field("family", pa.string(), nullable=False),  # diplomatic | sanction
        pa.field("modality", pa.string(), nullable=False),
        pa.field("source", pa.string()),  # ISO 3166-1 alpha-3, IGO acronym or UNK
        pa.field("source_text", pa.string()),
        pa.field("target", pa.string()),
        pa.field("target_text", pa.string()),
        pa.field("cameo_code", pa.string()),
        pa.field("goldstein", pa.float32()),
        pa.field("quad_class", pa.int8()),
        pa.field("plover", pa.string()),
        pa.field("trigger", pa.string()),
        pa.field("sentence", pa.string()),
        pa.field("text_part", pa.string()),  # title | summary | content | body
        pa.field("start_char", pa.int32()),  # sentence offsets in that text part
        pa.field("end_char", pa.int32()),
        pa.field("confidence", pa.float32()),
        pa.field("coder_version", pa.string()),
        pa.field("ingested_at", _UTC),
    ],
)

ERRORS_SCHEMA = _schema(
    "errors",
    [
        pa.field("input", pa.string(), nullable=False),  # feed path/URL, or item id
        pa.field("stage", pa.string(), nullable=False),  # expand|fetch|parse|normalize|code|...
        pa.field("error_class", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("feed", pa.string()),
        pa.field("at", _UTC, nullable=False),
    ],
)
