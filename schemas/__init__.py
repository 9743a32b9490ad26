"""Record shapes of diplowatch, defined once: the Parquet tables, the error
record and the alert message. Everything that writes or reads a record uses
these definitions."""

from schemas.tables import (
    ARTICLES_SCHEMA,
    ERRORS_SCHEMA,
    EVENTS_SCHEMA,
    SCHEMA_VERSION,
)

__all__ = ["ARTICLES_SCHEMA", "ERRORS_SCHEMA", "EVENTS_SCHEMA", "SCHEMA_VERSION"]
