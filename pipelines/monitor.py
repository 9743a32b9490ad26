"""The diplowatch monitor: feeds -> articles -> events -> Parquet + alerts.

    python -m pipelines.monitor --feeds samples/feeds --output out \\
        --alerts-file out/alerts.jsonl

Batch by default, on Beam's FnApiRunner (in-process, offline). Any other Beam
runner takes ``--runner`` and its own options.
"""

from __future__ import annotations

import dataclasses
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

from pipelines.clean_exit import exit_after_work
from pipelines.options import DEFAULT_BATCH_RUNNER, MonitorOptions
from pipelines.report import counters, events_table, read_run_events, summary
from schemas import ARTICLES_SCHEMA, ERRORS_SCHEMA, EVENTS_SCHEMA
from transforms.alerts import BuildAlerts
from transforms.articles import ArticlePolicy, FetchArticles
from transforms.code_events import CodeEvents
from transforms.coder import ModelNotFound, check_model
from transforms.feed_sources import FeedSpecError, validate_feed_spec
from transforms.feeds import ParsePolicy, ReadFeeds
from transforms.fetch import FetchPolicy
from transforms.normalize import DeduplicateArticles, NormalizeArticles
from transforms.parked_articles import PARKED
from transforms.parquet_output import WriteStagedParquetTable
from transforms.pubsub_alerts import PublishAlerts, parse_topic_path
from transforms.run_commit import STAGING, CommitRun, remove_staging, staging_dir
from transforms.stored_articles import DeduplicateNewArticles, ReadStoredArticleIds


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
    de-duplicate, drop what ``stored_ids`` says is already stored, fetch the
    new articles' pages (with ``article_policy``), code events and build alert
    messages. With ``stored_ids``, ``park`` is the folder where articles wait
    while they are de-duplicated (``parked_articles``); None groups them in
    memory."""

    def __init__(self, model: str | None = None, stored_ids: beam.PCollection | None = None,
                 article_policy: ArticlePolicy | None = None, park: str | None = None):
        super().__init__()
        self._model = model
        self._stored_ids = stored_ids
        self._article_policy = article_policy
        self._park = park

    def expand(self, entries):
        normalized = entries | "Normalize" >> NormalizeArticles()
        if self._stored_ids is None:
            articles = normalized["articles"] | "Deduplicate" >> DeduplicateArticles()
        else:
            articles = normalized["articles"] | "DeduplicateNew" >> DeduplicateNewArticles(
                self._stored_ids, self._park)
        failures = [normalized["errors"]]
        if self._article_policy is not None:
            pages = articles | "FetchArticles" >> FetchArticles(self._article_policy)
            articles = pages["articles"]
            failures.append(pages["errors"])
        coded = articles | "CodeEvents" >> CodeEvents(self._model)
        alerts = coded["events"] | "BuildAlerts" >> BuildAlerts()
        errors = (*failures, coded["errors"]) | "FlattenErrors" >> beam.Flatten()
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
    if options.alerts_topic:
        try:
            parse_topic_path(options.alerts_topic)
        except ValueError as exc:
            raise UsageError(f"--alerts-topic: {exc}") from None
    if options.dead_letter_file and not options.alerts_topic:
        raise UsageError("--dead-letter-file goes with --alerts-topic")
    try:
        check_model(options.spacy_model)
    except ModelNotFound as exc:
        raise UsageError(str(exc)) from None
    if min(options.max_feed_bytes, options.fetch_timeout, options.max_entries_per_feed) <= 0:
        raise UsageError(
            "--max-feed-bytes, --fetch-timeout and --max-entries-per-feed must be positive")
    if options.fetch_retries < 0:
        raise UsageError("--fetch-retries must be 0 or more")
    if min(options.max_article_bytes, options.article_fetch_threads, options.max_per_host) <= 0:
        raise UsageError(
            "--max-article-bytes, --article-fetch-threads and --max-per-host must be positive")
    if options.article_host_interval < 0:
        raise UsageError("--article-host-interval must be 0 or more")


def fetch_policy(options: MonitorOptions) -> FetchPolicy:
    return FetchPolicy(
        timeout=options.fetch_timeout,
        max_bytes=options.max_feed_bytes,
        allow_private_addresses=options.allow_private_addresses,
        retries=options.fetch_retries,
    )


def article_policy(options: MonitorOptions) -> ArticlePolicy | None:
    """With --fetch-articles: the feed fetch policy (same SSRF guard, timeout,
    retries, User-Agent) with the page size cap, and the per-host limits."""
    if not options.fetch_articles:
        return None
    return ArticlePolicy(
        fetch=dataclasses.replace(fetch_policy(options), max_bytes=options.max_article_bytes),
        max_per_host=options.max_per_host,
        min_host_interval=options.article_host_interval,
        threads=options.article_fetch_threads,
    )


# Runners that hold a grouping's whole output in memory: with them the
# articles are parked in files while they are de-duplicated. Dataflow, Flink
# and Spark shuffle through disk, where parking would only add a random read
# per article from object storage.
_IN_MEMORY_RUNNERS = frozenset({"DirectRunner", "FnApiRunner", "BundleBasedDirectRunner",
                                "SwitchingDirectRunner"})


def parks_articles(options: PipelineOptions) -> bool:
    runner = options.view_as(StandardOptions).runner or DEFAULT_BATCH_RUNNER
    name = runner if isinstance(runner, str) else type(runner).__name__
    return name in _IN_MEMORY_RUNNERS


def build(pipeline: beam.Pipeline, options: MonitorOptions, run_id: str) -> None:
    """The batch graph: ReadFeeds -> DetectEvents -> Parquet tables + alerts.

    Tables are written to the run's staging folder and committed in one step
    at the end (``transforms.run_commit``); articles already in ``--output``
    are skipped, so a rerun adds no duplicate rows and sends no second alert.
    """
    out = options.output
    read = pipeline | "ReadFeeds" >> ReadFeeds(
        list(options.feeds), fetch_policy(options),
        ParsePolicy(max_entries=options.max_entries_per_feed))
    stored_ids = pipeline | "StoredArticleIds" >> ReadStoredArticleIds(out)
    staging = staging_dir(out, run_id)
    found = read["entries"] | "DetectEvents" >> DetectEvents(
        options.spacy_model, stored_ids, article_policy(options),
        park=FileSystems.join(staging, PARKED) if parks_articles(options) else None)
    by_published = ("published_at", "ingested_at")
    articles = found["articles"] | "WriteArticles" >> WriteStagedParquetTable(
        staging, "articles", ARTICLES_SCHEMA, run_id, by_published)
    events = found["events"] | "WriteEvents" >> WriteStagedParquetTable(
        staging, "events", EVENTS_SCHEMA, run_id, by_published)
    errors = (
        (read["errors"], found["errors"])
        | "AllErrors" >> beam.Flatten()
        | "CountErrors" >> CountErrors()
        | "WriteErrors" >> WriteStagedParquetTable(
            staging, "errors", ERRORS_SCHEMA, run_id, ("at",))
    )
    (articles, events, errors) | "StagedFiles" >> beam.Flatten() | "Commit" >> CommitRun(
        out, run_id)
    if options.alerts_file:
        found["alerts"] | "WriteAlerts" >> beam.io.WriteToText(
            options.alerts_file, shard_name_template="", num_shards=1)
    if options.alerts_topic:
        found["alerts"] | "PublishAlerts" >> PublishAlerts(
            options.alerts_topic, options.dead_letter_file)


def _finish_staging(output: str, run_id: str) -> None:
    """A run that wrote no file at all has no commit step to tidy up after it."""
    if FileSystems.exists(staging_dir(output, run_id)):
        remove_staging(output, run_id)


def unfinished_runs(output: str) -> list[str]:
    """Runs whose staged output was never committed (killed or failed)."""
    folder = os.path.join(output, STAGING)
    if "://" in output or not os.path.isdir(folder):
        return []
    return sorted(os.listdir(folder))


@dataclass(frozen=True)
class RunOutcome:
    run_id: str
    totals: Counter  # the run's diplowatch counters
    seconds: float


def launch_path(path: str | None) -> str | None:
    """A local path made absolute on the launching machine; URLs and Beam
    filesystem paths (gs://, s3://, ...) unchanged. Workers resolve paths in
    their own working directory (on a cluster, or in an SDK container, not
    the launcher's), so a relative path must never reach them."""
    if not path or FileSystems.get_scheme(path.strip()) is not None:
        return path
    return os.path.abspath(os.path.expanduser(path.strip()))


def resolve_launch_paths(monitor: MonitorOptions) -> None:
    """Rewrites --feeds and the output paths with ``launch_path``."""
    monitor.feeds = [launch_path(spec) for spec in monitor.feeds or []]
    monitor.output = launch_path(monitor.output)
    monitor.alerts_file = launch_path(monitor.alerts_file)
    monitor.dead_letter_file = launch_path(monitor.dead_letter_file)


def run_pipeline(options: PipelineOptions) -> RunOutcome:
    """Run the monitor with already validated options and wait for it."""
    monitor = options.view_as(MonitorOptions)
    resolve_launch_paths(monitor)
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
    _finish_staging(monitor.output, run_id)
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
    for old_run in unfinished_runs(monitor.output):
        print(f"diplowatch: note: run {old_run} has staged files but never committed them "
              "(it failed, was killed, or is still running); nothing of it is visible. Once it "
              f"is not running, delete {os.path.join(monitor.output, STAGING, old_run)} "
              "(this run redoes its work).", file=sys.stderr)
    outcome = run_pipeline(options)
    print(summary(outcome.totals, outcome.run_id, monitor.output, monitor.alerts_file,
                  outcome.seconds, alerts_topic=monitor.alerts_topic,
                  streaming=options.view_as(StandardOptions).streaming))
    if monitor.show_events:
        print()
        print(events_table(read_run_events(FileSystems.join(monitor.output, "events"),
                                           outcome.run_id)))
    return 0


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # (not sys.exit: native thread pools may abort the interpreter's teardown after a
    # finished run; clean_exit.py)
    exit_after_work(run(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    main()
