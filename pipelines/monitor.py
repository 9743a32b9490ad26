"""The diplowatch monitor: feeds -> articles -> events -> Parquet + alerts.

    python -m pipelines.monitor --feeds samples/feeds --output out \\
        --alerts-file out/alerts.jsonl

Batch by default, on Beam's FnApiRunner (in-process, offline). Any other Beam
runner takes ``--runner`` and its own options.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipelines.options import DEFAULT_BATCH_RUNNER, MonitorOptions
from pipelines.report import counters, events_table, read_run_events, summary
from schemas import ARTICLES_SCHEMA, ERRORS_SCHEMA, EVENTS_SCHEMA
from transforms.alerts import BuildAlerts
from transforms.code_events import CodeEvents
from transforms.coder import ModelNotFound, check_model
from transforms.feed_sources import FeedSpecError, validate_feed_spec
from transforms.feeds import ReadFeeds
from transforms.fetch import FetchPolicy
from transforms.normalize import DeduplicateArticles, NormalizeArticles
from transforms.parquet_output import WriteParquetTable


class UsageError(Exception):
    """Bad command-line input: reported as one line, exit status 2."""


class _CountErrorsFn(beam.DoFn):
    def __init__(self):
        self._errors = Metrics.counter("diplowatch", "errors")

    def process(self, record):
        self._errors.inc()
        Metrics.counter("diplowatch", f"errors_{record['stage']}").inc()
        yield record


class CountErrors(beam.PTransform):
    def expand(self, errors):
        return errors | beam.ParDo(_CountErrorsFn())


class DetectEvents(beam.PTransform):
    """Feed entries -> ``{"articles", "events", "alerts", "errors"}``: normalise,
    de-duplicate, code events and build alert messages."""

    def __init__(self, model: str | None = None):
        super().__init__()
        self._model = model

    def expand(self, entries):
        normalized = entries | "Normalize" >> NormalizeArticles()
        articles = normalized["articles"] | "Deduplicate" >> DeduplicateArticles()
        coded = articles | "CodeEvents" >> CodeEvents(self._model)
        alerts = coded["events"] | "BuildAlerts" >> BuildAlerts()
        errors = (normalized["errors"], coded["errors"]) | "FlattenErrors" >> beam.Flatten()
        return {
            "articles": articles,
            "events": coded["events"],
            "alerts": alerts,
            "errors": errors,
        }


def new_run_id() -> str:
    """Names this run's files, so that runs into one --output never overwrite
    each other's files."""
    now = dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def validate(options: MonitorOptions) -> None:
    """Fail fast, with one line, on input the run could not use."""
    if options.view_as(StandardOptions).streaming:
        from pipelines.streaming import StreamingUsageError, validate_streaming

        try:
            validate_streaming(options)
        except StreamingUsageError as exc:
            raise UsageError(str(exc)) from None
    elif not options.feeds:
        raise UsageError("--feeds is required (a feed file, folder, glob, URL, .txt or OPML)")
    if not options.output:
        raise UsageError("--output is required (the folder to write Parquet to)")
    for spec in options.feeds or ():
        try:
            validate_feed_spec(spec)
        except FeedSpecError as exc:
            raise UsageError(str(exc)) from None
    for path, what in ((options.output, "--output"), (options.alerts_file, "--alerts-file")):
        if path and "://" not in path:
            folder = path if what == "--output" else (os.path.dirname(path) or ".")
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise UsageError(f"{what} {path}: cannot create {folder}: {exc.strerror}") from None
            if not os.access(folder, os.W_OK):
                raise UsageError(f"{what} {path}: folder {folder} is not writable")
    try:
        check_model(options.spacy_model)
    except ModelNotFound as exc:
        raise UsageError(str(exc)) from None
    if options.max_feed_bytes <= 0 or options.fetch_timeout <= 0:
        raise UsageError("--max-feed-bytes and --fetch-timeout must be positive")


def build(pipeline: beam.Pipeline, options: MonitorOptions, run_id: str) -> None:
    """The batch graph: ReadFeeds -> DetectEvents -> Parquet tables + alerts."""
    policy = FetchPolicy(
        timeout=options.fetch_timeout,
        max_bytes=options.max_feed_bytes,
        allow_private_addresses=options.allow_private_addresses,
    )
    read = pipeline | "ReadFeeds" >> ReadFeeds(list(options.feeds), policy)
    found = read["entries"] | "DetectEvents" >> DetectEvents(options.spacy_model)

    out = options.output
    found["articles"] | "WriteArticles" >> WriteParquetTable(
        out, "articles", ARTICLES_SCHEMA, run_id, ("published_at", "ingested_at"))
    found["events"] | "WriteEvents" >> WriteParquetTable(
        out, "events", EVENTS_SCHEMA, run_id, ("published_at", "ingested_at"))
    if options.alerts_file:
        found["alerts"] | "WriteAlerts" >> beam.io.WriteToText(
            options.alerts_file, shard_name_template="", num_shards=1)
    (
        (read["errors"], found["errors"])
        | "AllErrors" >> beam.Flatten()
        | "CountErrors" >> CountErrors()
        | "WriteErrors" >> WriteParquetTable(out, "errors", ERRORS_SCHEMA, run_id, ("at",))
    )


def _remove_empty_temp_folders(output: str) -> None:
    """WriteToFiles leaves its (hidden, by then empty) .temp folders behind."""
    if "://" in output:
        return
    for table in ("articles", "events", "errors"):
        folder = os.path.join(output, table)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            path = os.path.join(folder, name)
            if name.startswith(".temp") and os.path.isdir(path) and not os.listdir(path):
                os.rmdir(path)


@dataclass(frozen=True)
class RunOutcome:
    run_id: str
    totals: Counter  # the run's diplowatch counters
    seconds: float


def run_pipeline(options: PipelineOptions) -> RunOutcome:
    """Run the monitor with already validated options and wait for it."""
    monitor = options.view_as(MonitorOptions)
    standard = options.view_as(StandardOptions)
    run_id = new_run_id()
    started = time.monotonic()
    if standard.streaming:
        from pipelines.streaming import run_streaming

        return run_streaming(options, run_id)
    standard.runner = standard.runner or DEFAULT_BATCH_RUNNER
    pipeline = beam.Pipeline(options=options)
    build(pipeline, monitor, run_id)
    result = pipeline.run()
    result.wait_until_finish()
    _remove_empty_temp_folders(monitor.output)
    return RunOutcome(run_id, counters(result), time.monotonic() - started)


def run(argv: Sequence[str] | None = None) -> int:
    """The command line: validate, run, report. Returns the exit status."""
    options = PipelineOptions(argv)
    monitor = options.view_as(MonitorOptions)
    try:
        validate(monitor)
    except UsageError as exc:
        print(f"diplowatch: error: {exc}", file=sys.stderr)
        return 2
    outcome = run_pipeline(options)
    print(summary(outcome.totals, outcome.run_id, monitor.output, monitor.alerts_file,
                  outcome.seconds))
    if monitor.show_events:
        print()
        print(events_table(read_run_events(FileSystems.join(monitor.output, "events"),
                                           outcome.run_id)))
    return 0


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(run(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    main()
