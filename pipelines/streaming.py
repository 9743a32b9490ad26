"""Streaming mode of the monitor: ``python -m pipelines.monitor --streaming``.

    python -m pipelines.monitor --streaming --feeds FEEDS --poll-interval 30 \\
        --output out --alerts-topic projects/P/topics/alerts
    python -m pipelines.monitor --streaming --input-subscription projects/P/subscriptions/S \\
        --output out --alerts-topic projects/P/topics/alerts

Sources (either or both): feeds polled every ``--poll-interval`` seconds
(``transforms.polling``) and JSON items pulled from Pub/Sub
(``transforms.pubsub_input``). Items are stamped with the time they entered
the pipeline, so windows are windows of ingestion time and nothing is late.

    entries -> normalise -> first sighting within --dedupe-hours (SeenArticles)
      -> with --fetch-articles: its page, fetched as it comes (FetchArticles)
      -> code events, alerts per article at once -> --alerts-topic / --alerts-file
      -> fixed windows of --window-seconds -> Parquet articles/, events/, errors/

The alert path has no window to wait for: an article's events and alerts are
computed from that article alone (the same best-mention rule as batch), so an
alert goes out as soon as the poll or message that carries its item is read.
Parquet files are finished per window and renamed into place whole.

Runs locally on the BundleBasedDirectRunner (``StreamingDirectRunner``, which
adds the ``Ticks`` clock). Ctrl-C drains: the sources stop, every open window
is written, then the run ends and says how to resume; a second Ctrl-C aborts.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import defaultdict
from contextlib import contextmanager

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.transforms import trigger
from apache_beam.utils.shared import Shared
from apache_beam.utils.timestamp import Duration

from pipelines.options import MonitorOptions
from schemas import ARTICLES_SCHEMA, ERRORS_SCHEMA, EVENTS_SCHEMA
from schemas.alerts import build_alert, encode_alert
from transforms.alerts import alert_key, best_mention
from transforms.articles import FetchArticles
from transforms.code_events import CodeTextsFn, ExtractTextsFn
from transforms.coder import ALERT_MODALITIES
from transforms.errors import ERRORS
from transforms.feeds import ParsePolicy
from transforms.normalize import NormalizeArticles
from transforms.parquet_output import WriteParquetTable
from transforms.polling import (
    PollFeeds,
    StreamingDirectRunner,
    close_poller,
    forget_stop,
    request_stop,
    request_stop_all,
)
from transforms.pubsub_alerts import (
    PublishAlerts,
    _AppendLinesFn,
    parse_subscription_path,
    parse_topic_path,
)
from transforms.pubsub_input import PullMessages, create_run_subscription, delete_subscription
from transforms.seen_articles import SeenArticles

ALERTS = "alerts"
# Runners that cannot run this streaming pipeline (FnApiRunner: batch only;
# DirectRunner / PrismRunner: download Prism).
_UNSUITABLE_RUNNERS = ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner", "PrismRunner")


class StreamingUsageError(ValueError):
    """Bad streaming options: one line for the user."""


def validate_streaming(options: MonitorOptions) -> None:
    """Fail fast, with one line, on streaming options the run could not use."""
    if not options.feeds and not (options.input_subscription or options.input_topic):
        raise StreamingUsageError(
            "--streaming needs a source: --feeds (polled every --poll-interval seconds) "
            "and/or --input-subscription / --input-topic")
    if options.input_subscription and options.input_topic:
        raise StreamingUsageError("give --input-subscription or --input-topic, not both")
    try:
        if options.input_subscription:
            parse_subscription_path(options.input_subscription)
        for flag, topic in (("--input-topic", options.input_topic),
                            ("--alerts-topic", options.alerts_topic)):
            if topic:
                try:
                    parse_topic_path(topic)
                except ValueError as err:
                    raise ValueError(f"{flag}: {err}") from None
    except ValueError as err:
        raise StreamingUsageError(str(err)) from None
    for flag, value in (("--poll-interval", options.poll_interval),
                        ("--window-seconds", options.window_seconds),
                        ("--dedupe-hours", options.dedupe_hours),
                        ("--max-backoff", options.max_backoff)):
        if not value > 0:
            raise StreamingUsageError(f"{flag} must be more than 0, got {value}")
    if options.max_per_host < 1:
        raise StreamingUsageError("--max-per-host must be at least 1")
    if options.max_runtime is not None and not options.max_runtime > 0:
        raise StreamingUsageError("--max-runtime must be more than 0")
    if options.max_polls is not None:
        if options.max_polls < 1:
            raise StreamingUsageError("--max-polls must be at least 1")
        if not options.feeds:
            raise StreamingUsageError("--max-polls needs --feeds")
    if options.dead_letter_file and not options.alerts_topic:
        raise StreamingUsageError("--dead-letter-file is only used with --alerts-topic")
    runner = options.view_as(StandardOptions).runner
    if runner in _UNSUITABLE_RUNNERS:
        raise StreamingUsageError(
            f"--runner={runner} cannot run the streaming pipeline here; leave --runner out "
            "(BundleBasedDirectRunner) or name a streaming runner such as DataflowRunner")


# ---------------------------------------------------------------- transforms


class _CodeArticleFn(beam.DoFn):
    """Article -> event rows, and on ``ALERTS`` its alert messages at once.

    The batch graph groups mentions by alert key over the whole run; here one
    article's texts are coded together, so its best mention per alert key is
    known when the article is done, with nothing to wait for."""

    def __init__(self, model: str | None):
        self._extract = ExtractTextsFn()
        self._code = CodeTextsFn(model, Shared())
        self._alerts = Metrics.counter("diplowatch", "alerts")

    def setup(self):
        self._code.setup()

    def process(self, article):
        units = list(self._extract.process(article))
        if not units:
            return
        mentions = defaultdict(list)
        for out in self._code.process(units):
            yield out
            if isinstance(out, dict) and out["modality"] in ALERT_MODALITIES:
                mentions[alert_key(out)].append(out)
        for key in sorted(mentions, key=repr):
            self._alerts.inc()
            yield beam.pvalue.TaggedOutput(ALERTS, encode_alert(build_alert(
                best_mention(mentions[key]))))


class CodeArticles(beam.PTransform):
    """Articles -> ``{"events", "alerts", "errors"}`` with no window to wait for."""

    def __init__(self, model: str | None = None):
        super().__init__()
        self._model = model

    def expand(self, articles):
        coded = articles | "Code" >> beam.ParDo(_CodeArticleFn(self._model)).with_outputs(
            ALERTS, ERRORS, main="events")
        return {"events": coded.events, "alerts": coded[ALERTS], "errors": coded[ERRORS]}


def ingest_windows(seconds: float, allowed_lateness: float | None = None) -> beam.WindowInto:
    """Fixed windows of ingestion time. On time, a window fires once when the
    watermark passes its end; an element that still arrives late (only
    possible with a source that stamps its own times) within
    ``allowed_lateness`` (default: one window) fires a late pane of its own
    rather than being dropped."""
    lateness = seconds if allowed_lateness is None else allowed_lateness
    return beam.WindowInto(
        beam.window.FixedWindows(seconds),
        trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
        accumulation_mode=trigger.AccumulationMode.DISCARDING,
        allowed_lateness=Duration(seconds=lateness),
    )


def build_streaming(pipeline: beam.Pipeline, options: MonitorOptions, run_id: str,
                    subscription: str | None) -> None:
    """The streaming graph (see the module doc)."""
    from pipelines.monitor import CountErrors, article_policy, fetch_policy

    entries, errors = [], []
    if options.feeds:
        polled = pipeline | "PollFeeds" >> PollFeeds(
            list(options.feeds), fetch_policy(options), options.poll_interval, name=run_id,
            max_backoff=options.max_backoff, max_per_host=options.max_per_host,
            max_polls=options.max_polls, max_runtime=options.max_runtime, stop_name=run_id,
            parse_policy=ParsePolicy(max_entries=options.max_entries_per_feed))
        entries.append(polled["entries"])
        errors.append(polled["errors"])
    if subscription:
        pulled = pipeline | "PullMessages" >> PullMessages(
            subscription, stop_name=run_id, max_runtime=options.max_runtime)
        entries.append(pulled["entries"])
        errors.append(pulled["errors"])

    normalized = tuple(entries) | "AllEntries" >> beam.Flatten() | "Normalize" >> \
        NormalizeArticles()
    articles = normalized["articles"] | "FirstSighting" >> SeenArticles(
        options.dedupe_hours * 3600.0, options.output)
    pages = article_policy(options)
    if pages is not None:  # only first sightings are fetched, one by one as they come
        fetched = articles | "FetchArticles" >> FetchArticles(pages, batched=False)
        articles = fetched["articles"]
        errors.append(fetched["errors"])
    coded = articles | "CodeArticles" >> CodeArticles(options.spacy_model)

    if options.alerts_topic:
        coded["alerts"] | "PublishAlerts" >> PublishAlerts(
            options.alerts_topic, options.dead_letter_file, batch_max_latency=0.01)
    if options.alerts_file:
        coded["alerts"] | "AppendAlerts" >> beam.ParDo(_AppendLinesFn(options.alerts_file))

    # One file per window and partition: streaming windows hold few rows.
    seconds, out = options.window_seconds, options.output
    (articles
     | "ArticleWindows" >> ingest_windows(seconds)
     | "WriteArticles" >> WriteParquetTable(out, "articles", ARTICLES_SCHEMA, run_id,
                                            ("published_at", "ingested_at"), shards=1))
    (coded["events"]
     | "EventWindows" >> ingest_windows(seconds)
     | "WriteEvents" >> WriteParquetTable(out, "events", EVENTS_SCHEMA, run_id,
                                          ("published_at", "ingested_at"), shards=1))
    (tuple(errors) + (normalized["errors"], coded["errors"])
     | "AllErrors" >> beam.Flatten()
     | "CountErrors" >> CountErrors()
     | "ErrorWindows" >> ingest_windows(seconds)
     | "WriteErrors" >> WriteParquetTable(out, "errors", ERRORS_SCHEMA, run_id, ("at",), shards=1))


# ---------------------------------------------------------------- running


def remove_empty_temp_folders(output: str) -> None:
    """fileio.WriteToFiles leaves its hidden .temp folders behind, empty once
    every window was written."""
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


class _Interrupts:
    """First Ctrl-C: drain (stop the sources, finish open windows). Second:
    abort."""

    def __init__(self, run_id: str):
        self._run_id = run_id
        self.count = 0

    def __call__(self, signum, frame):
        self.count += 1
        if self.count == 1:
            print("\ndiplowatch: stopping: no new polls or pulls; finishing the open windows "
                  "(Ctrl-C again to abort without them)", file=sys.stderr, flush=True)
            request_stop(self._run_id)
            return
        raise KeyboardInterrupt


@contextmanager
def _ctrl_c_drains(run_id: str):
    if threading.current_thread() is not threading.main_thread():
        yield None
        return
    handler = _Interrupts(run_id)
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield handler
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _runner(options: PipelineOptions):
    name = options.view_as(StandardOptions).runner
    return StreamingDirectRunner() if name in (None, "BundleBasedDirectRunner") else name


def _describe_sources(options: MonitorOptions, subscription: str | None) -> str:
    parts = []
    if options.feeds:
        parts.append(f"polling {', '.join(options.feeds)} every {options.poll_interval:g} s")
    if subscription:
        parts.append(f"reading {subscription}")
    return "; ".join(parts)


def resume_hint(options: MonitorOptions) -> str:
    return (f"To resume, run the same command again: articles already written to "
            f"{options.output}/articles/ in the last {options.dedupe_hours:g} h are "
            "remembered, so they are neither written nor alerted again.")


def run_streaming(options: PipelineOptions, run_id: str):
    """Build and run the streaming pipeline until it is stopped (Ctrl-C,
    --max-runtime, --max-polls); returns the run's ``RunOutcome``."""
    from pipelines.monitor import RunOutcome
    from pipelines.report import counters

    monitor = options.view_as(MonitorOptions)
    options.view_as(StandardOptions).streaming = True
    started = time.monotonic()
    subscription, created = monitor.input_subscription, None
    if monitor.input_topic:
        _, topic_name = parse_topic_path(monitor.input_topic)
        created = subscription = create_run_subscription(
            monitor.input_topic, f"{topic_name}-diplowatch-{run_id}".lower()[:255])
    result = None
    aborted = False
    try:
        pipeline = beam.Pipeline(runner=_runner(options), options=options)
        build_streaming(pipeline, monitor, run_id, subscription)
        print(f"diplowatch streaming run {run_id}: {_describe_sources(monitor, subscription)}; "
              f"alerts -> {monitor.alerts_topic or monitor.alerts_file or '(none)'}; Parquet "
              f"per {monitor.window_seconds:g} s window -> {monitor.output}/. "
              "Ctrl-C stops.", file=sys.stderr, flush=True)
        with _ctrl_c_drains(run_id) as interrupts:
            result = pipeline.run()
            try:
                result.wait_until_finish()
            except KeyboardInterrupt:
                aborted = True
                result.cancel()
        drained = interrupts is not None and interrupts.count > 0
    finally:
        close_poller(run_id)
        forget_stop(run_id)
        if created:
            delete_subscription(created)
    remove_empty_temp_folders(monitor.output)
    if aborted:
        print("diplowatch: aborted: rows of the windows still open were not written (no "
              "file is half-written: unfinished ones stay in hidden .temp folders under "
              f"{monitor.output}/). Alerts already sent stay sent.", file=sys.stderr)
    elif drained:
        print("diplowatch: stopped; every open window was written.", file=sys.stderr)
    print(resume_hint(monitor), file=sys.stderr, flush=True)
    return RunOutcome(run_id, counters(result), time.monotonic() - started)


def stop(run_id: str) -> None:
    """Ask a running streaming run of this process to drain and end."""
    request_stop(run_id)


def stop_all() -> None:
    """Ask every streaming run of this process to drain and end (tests)."""
    request_stop_all()


__all__ = [
    "StreamingUsageError", "validate_streaming", "run_streaming", "build_streaming",
    "CodeArticles", "ingest_windows", "resume_hint", "stop", "stop_all",
]
