"""Error records: every input that fails at some stage becomes one record on
the ``errors`` tagged output of the DoFn that failed, never an exception that
stops the run."""

from __future__ import annotations

import datetime as dt
from typing import Any

# Name of the tagged output that every fallible DoFn uses for its failures.
ERRORS = "errors"

_MAX_MESSAGE = 2000


def error_record(
    input: str,
    stage: str,
    error: BaseException | str,
    *,
    feed: str | None = None,
    error_class: str | None = None,
) -> dict[str, Any]:
    """One row of the errors table (``schemas.ERRORS_SCHEMA``)."""
    if isinstance(error, BaseException):
        cls = error_class or type(error).__name__
        message = str(error) or cls
    else:
        cls = error_class or "Error"
        message = error
    return {
        "input": str(input)[:_MAX_MESSAGE],
        "stage": stage,
        "error_class": cls,
        "message": message[:_MAX_MESSAGE],
        "feed": feed,
        "at": dt.datetime.now(dt.UTC),
    }
