"""The clock of streaming mode: ``Ticks``, an unbounded source of periodic
ticks, and ``StreamingDirectRunner``, the local streaming runner it runs on.

Why not Beam's ``PeriodicImpulse``: on the BundleBasedDirectRunner (the only
local runner that runs streaming pipelines without downloading anything) a
splittable DoFn fails in streaming mode (its GroupByKey escapes the streaming
override) and, where it runs, holds the watermark at -inf until it ends, so no
window would ever close. ``Ticks`` is therefore a primitive on that runner,
evaluated the way the runner evaluates its own Pub/Sub source: each
evaluation emits the ticks that are due, hands itself back as unprocessed
work, and holds the watermark at the next tick. On every other runner it
expands to ``PeriodicImpulse``.

Stopping: ``request_stop(name)`` (what Ctrl-C does) or ``max_runtime`` ends the
source; its watermark goes to +inf, every open window fires and is written,
and the pipeline finishes by itself: a drain, not a kill. Fetches still in
flight then are abandoned; their items were never written, so the next run
picks them up.

Feed polling (``PollFeeds``): on each tick (every ``COLLECT_INTERVAL_S``) a
``FeedPoller`` starts the polls that are due in its thread pool and hands
over those that finished, so a slow feed never holds up the others. It does
conditional GETs, per-feed exponential backoff and a per-host limit. Its
state lives in the worker process (one poller per run and process): on a
distributed runner each worker would keep its own, which costs some 304s
but no correctness, since de-duplication is done downstream by key.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.metrics import Metrics
from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner
from apache_beam.runners.direct.transform_evaluator import (
    TransformEvaluatorRegistry,
    _TransformEvaluator,
)
from apache_beam.runners.direct.util import TransformResult
from apache_beam.transforms.window import GlobalWindows
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Timestamp

from transforms.errors import ERRORS, error_record
from transforms.feed_sources import FeedSpecError, expand_feed_spec
from transforms.feeds import ParseFeedFn, ParsePolicy
from transforms.fetch import FetchPolicy, FetchResult, fetch

_NAMESPACE = "diplowatch"

# Longest a tick evaluation blocks: bounds how late a stop request is seen.
_MAX_WAIT_S = 0.2
_sleep = time.sleep  # the ticks' own name for it, so a test can make it overrun

# Stop requests, by source name. Module state on purpose: the local runner
# runs the sources in this process, where the Ctrl-C handler sets them.
_STOPS: dict[str, threading.Event] = {}
_STOPS_LOCK = threading.Lock()


def stop_event(name: str) -> threading.Event:
    with _STOPS_LOCK:
        return _STOPS.setdefault(name, threading.Event())


def request_stop(name: str) -> None:
    """Ask every ``Ticks`` source with ``stop_name`` == ``name`` to end."""
    stop_event(name).set()


def request_stop_all() -> None:
    """Ask every ``Ticks`` source of this process to end."""
    with _STOPS_LOCK:
        events = list(_STOPS.values())
    for event in events:
        event.set()


def forget_stop(name: str) -> None:
    with _STOPS_LOCK:
        _STOPS.pop(name, None)


class Ticks(beam.PTransform):
    """Unbounded PCollection of ints: tick ``i`` is emitted at ``start + i *
    interval`` (wall clock) with that time as its timestamp, the first one at
    once. Ends when ``max_runtime`` seconds have passed or ``request_stop
    (stop_name)`` is called."""

    def __init__(self, interval: float, *, stop_name: str = "", max_runtime: float | None = None):
        super().__init__()
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.interval = float(interval)
        self.stop_name = stop_name
        self.max_runtime = max_runtime

    def get_windowing(self, inputs):
        return beam.Windowing(GlobalWindows())

    def infer_output_type(self, input_type):
        return int

    def expand(self, pbegin):
        if isinstance(pbegin.pipeline.runner, BundleBasedDirectRunner):
            # A primitive: _TicksEvaluator produces its elements.
            _register_evaluator()
            return pvalue.PCollection(pbegin.pipeline, is_bounded=False)
        from apache_beam.transforms.periodicsequence import PeriodicImpulse

        start = time.time()
        stop = start + self.max_runtime if self.max_runtime else MAX_TIMESTAMP.micros / 1e6
        interval = self.interval
        return (
            pbegin
            | "PeriodicImpulse" >> PeriodicImpulse(
                start_timestamp=start, stop_timestamp=stop, fire_interval=interval)
            | "TickNumber" >> beam.Map(lambda at: int(round((at - start) / interval)))
        )


class _TickState:
    """Where a running ``Ticks`` source is: travels in its unprocessed bundle."""

    def __init__(self, start: float, next_index: int):
        self.start = start
        self.next_index = next_index


class _TicksEvaluator(_TransformEvaluator):
    """Evaluates ``Ticks`` on the BundleBasedDirectRunner (see module doc)."""

    def start_bundle(self):
        self._state: _TickState | None = None

    def process_element(self, element):
        self._state = element.value

    def finish_bundle(self) -> TransformResult:
        ticks: Ticks = self._applied_ptransform.transform
        now = time.time()
        state = self._state or _TickState(now, 0)
        stop = stop_event(ticks.stop_name).is_set() if ticks.stop_name else False
        if ticks.max_runtime is not None and now >= state.start + ticks.max_runtime:
            stop = True
        bundles = []
        if not stop:
            due = state.start + state.next_index * ticks.interval
            if due > now:
                _sleep(min(due - now, _MAX_WAIT_S))
                now = time.time()
            # A sleep that overran the end must not emit a tick past it.
            end = (state.start + ticks.max_runtime if ticks.max_runtime is not None
                   else float("inf"))
            if due <= now < end:
                bundle = self._evaluation_context.create_bundle(
                    list(self._outputs)[0])
                # Ticks missed (a long stall) are skipped, not replayed in a burst.
                index = max(state.next_index, int((now - state.start) // ticks.interval))
                bundle.output(GlobalWindows.windowed_value(
                    index, timestamp=Timestamp.of(state.start + index * ticks.interval)))
                bundles.append(bundle)
                state = _TickState(state.start, index + 1)
        if stop:
            # No more work and no hold: the watermark goes to +inf.
            return TransformResult(self, bundles, [], None, {None: None})
        unprocessed = self._evaluation_context.create_bundle(
            pvalue.PBegin(self._applied_ptransform.transform.pipeline))
        next_due = state.start + state.next_index * ticks.interval
        hold = Timestamp.of(min(now, next_due))
        # Stamped with the hold: a pending bundle holds the watermark too.
        unprocessed.add(GlobalWindows.windowed_value(state, timestamp=hold))
        return TransformResult(self, bundles, [unprocessed], None, {None: hold})


def _register_evaluator() -> None:
    # The registry's hook for evaluators of transforms it does not know.
    TransformEvaluatorRegistry._test_evaluators_overrides[Ticks] = _TicksEvaluator


def _count_every_bundle() -> None:
    """Work around a Beam 2.77 direct-runner bug: a worker thread's
    StateSampler caches its ScopedStates together with the MetricsContainer
    of the first bundle it ran for a step, so the Metrics of every later
    bundle of that step land in a container nobody commits, and streaming
    runs report nearly zero counters. Emptying the cache before each bundle
    (no state is active between bundles) gives each bundle its container."""
    from apache_beam.runners.direct import executor

    original = executor.TransformExecutor.call
    if getattr(original, "_counts_every_bundle", False):
        return

    def call(self, state_sampler):
        state_sampler._states_by_name.clear()
        return original(self, state_sampler)

    call._counts_every_bundle = True
    executor.TransformExecutor.call = call


class StreamingDirectRunner(BundleBasedDirectRunner):
    """The BundleBasedDirectRunner, able to evaluate ``Ticks`` and counting
    the Metrics of every bundle."""

    def run_pipeline(self, pipeline, options):
        _register_evaluator()
        _count_every_bundle()
        return super().run_pipeline(pipeline, options)


# ---------------------------------------------------------------- feed polling

# How often finished fetches are collected: bounds the delay between a poll
# that sees an item and the item entering the pipeline.
COLLECT_INTERVAL_S = 0.25
DEFAULT_MAX_BACKOFF_S = 3600.0
DEFAULT_MAX_PER_HOST = 2
_POOL_THREADS = 8


@dataclasses.dataclass
class FeedState:
    """What the poller remembers of one feed between polls."""

    etag: str | None = None
    last_modified: str | None = None
    file_stamp: tuple[int, int] | None = None  # (mtime_ns, size) of a local file
    failures: int = 0  # consecutive
    next_due: float = 0.0  # wall clock
    polls: int = 0  # finished polls, whatever their outcome
    started: int = 0  # polls started
    in_flight: bool = False


def backoff_delay(interval: float, failures: int, max_backoff: float,
                  retry_after: float | None = None) -> float:
    """Seconds until the next poll of a feed after ``failures`` consecutive
    failures: the interval doubled per failure, capped at ``max_backoff``
    (never less than the interval), at least the server's Retry-After."""
    delay = interval if failures <= 0 else interval * 2 ** min(failures, 32)
    delay = min(delay, max(max_backoff, interval))
    if retry_after is not None:
        delay = max(delay, min(retry_after, max(max_backoff, interval)))
    return delay


def conditional_headers(state: FeedState) -> dict[str, str]:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _host_of(location: str) -> str:
    try:
        return (urlsplit(location).hostname or "").lower()
    except ValueError:
        return ""


def _file_stamp(location: str) -> tuple[int, int] | None:
    if "://" in location:
        return None
    try:
        stat = os.stat(location)
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


class NotModified(Exception):
    """The feed has not changed since the last poll (HTTP 304, same file)."""


class FeedPoller:
    """Polls feed locations every ``interval`` seconds in a thread pool:
    conditional GET (ETag / Last-Modified; mtime and size for local files),
    per-feed exponential backoff on errors (capped at ``max_backoff``, never
    giving up), at most ``max_per_host`` requests at once to one host, and
    never two polls of one feed at once. With ``max_polls``, no feed is polled
    more often than that: feeds drift apart (a failing feed is due again from
    the end of its poll, a slow one waits for its host), so a run that stops
    once every feed was polled N times would otherwise have polled some feeds
    more. Thread-safe; one per run and process (``poller_for``)."""

    def __init__(self, locations: list[str], policy: FetchPolicy, interval: float,
                 max_backoff: float = DEFAULT_MAX_BACKOFF_S,
                 max_per_host: int = DEFAULT_MAX_PER_HOST, fetcher=fetch,
                 max_polls: int | None = None):
        self.interval = interval
        self.max_polls = max_polls
        self.max_backoff = max_backoff
        # Retries are the scheduler's job (backoff across polls), not fetch's.
        self._policy = dataclasses.replace(policy, retries=0)
        self._fetch = fetcher
        self._lock = threading.Lock()
        self.feeds: dict[str, FeedState] = {loc: FeedState() for loc in dict.fromkeys(locations)}
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._max_per_host = max_per_host
        self._done: list[tuple[str, FetchResult | Exception]] = []
        self._pool = ThreadPoolExecutor(max_workers=_POOL_THREADS,
                                        thread_name_prefix="diplowatch-poll")

    def poll_due(self, now: float | None = None) -> list[str]:
        """Start a poll of every feed that is due; returns their locations."""
        now = time.time() if now is None else now
        started = []
        with self._lock:
            for location, state in self.feeds.items():
                if state.in_flight or now < state.next_due:
                    continue
                if self.max_polls is not None and state.started >= self.max_polls:
                    continue
                state.in_flight = True
                state.started += 1
                # Due again one interval after this poll started, not after it ended.
                state.next_due = now + self.interval
                started.append((location, conditional_headers(state), state.file_stamp))
        for location, headers, stamp in started:
            self._pool.submit(self._poll, location, headers, stamp)
        return [location for location, _, _ in started]

    def _semaphore(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            return self._hosts.setdefault(host, threading.BoundedSemaphore(self._max_per_host))

    def _poll(self, location: str, headers: dict[str, str],
              stamp: tuple[int, int] | None) -> None:
        outcome: FetchResult | Exception
        try:
            current = _file_stamp(location)
            if current is not None and current == stamp:
                raise NotModified(location)
            with self._semaphore(_host_of(location)):
                outcome = self._fetch(location, self._policy, headers=headers)
            if outcome.status == 304:
                raise NotModified(location)
        except Exception as err:  # noqa: BLE001 - every outcome is reported
            outcome = err
        self._record(location, outcome, _file_stamp(location))

    def _record(self, location: str, outcome: FetchResult | Exception,
                stamp: tuple[int, int] | None) -> None:
        now = time.time()
        with self._lock:
            state = self.feeds[location]
            state.in_flight = False
            state.polls += 1
            if isinstance(outcome, Exception) and not isinstance(outcome, NotModified):
                state.failures += 1
                retry_after = getattr(outcome, "retry_after", None)
                state.next_due = now + backoff_delay(self.interval, state.failures,
                                                     self.max_backoff, retry_after)
            else:
                state.failures = 0
                if isinstance(outcome, FetchResult):
                    state.etag = outcome.headers.get("etag") or state.etag
                    state.last_modified = (outcome.headers.get("last-modified")
                                           or state.last_modified)
                    state.file_stamp = stamp
            self._done.append((location, outcome))

    def take_finished(self) -> list[tuple[str, FetchResult | Exception]]:
        with self._lock:
            done, self._done = self._done, []
        return done

    def polled_at_least(self, polls: int) -> bool:
        with self._lock:
            return all(s.polls >= polls and not s.in_flight for s in self.feeds.values())

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


_POLLERS: dict[str, FeedPoller] = {}
_POLLERS_LOCK = threading.Lock()


def poller_for(name: str, make) -> FeedPoller:
    """The process's poller called ``name``, made by ``make()`` the first time:
    the runner may hold several copies of the DoFn, the feeds' state is one."""
    with _POLLERS_LOCK:
        poller = _POLLERS.get(name)
        if poller is None:
            poller = _POLLERS[name] = make()
        return poller


def close_poller(name: str) -> None:
    with _POLLERS_LOCK:
        poller = _POLLERS.pop(name, None)
    if poller is not None:
        poller.close()


class PollFeedsFn(beam.DoFn):
    """Tick -> the fetched feed documents (``FetchResult``) finished since the
    last tick, after starting the polls that are due; failures and feed specs
    that do not expand go to the errors output. With ``max_polls``, polls each
    feed that often and then asks the run to stop."""

    def __init__(self, name: str, specs: list[str], policy: FetchPolicy, interval: float,
                 max_backoff: float, max_per_host: int, max_polls: int | None = None,
                 stop_name: str = ""):
        self._name = name
        self._specs = list(specs)
        self._policy = policy
        self._interval = interval
        self._max_backoff = max_backoff
        self._max_per_host = max_per_host
        self._max_polls = max_polls
        self._stop_name = stop_name
        self._polls = Metrics.counter(_NAMESPACE, "polls")
        self._not_modified = Metrics.counter(_NAMESPACE, "polls_not_modified")
        self._failed = Metrics.counter(_NAMESPACE, "feeds_failed")

    def setup(self):
        self._spec_errors: list[Exception] = []
        self._poller = poller_for(self._name, self._make_poller)

    def _make_poller(self) -> FeedPoller:
        locations: list[str] = []
        for spec in self._specs:
            try:
                locations.extend(expand_feed_spec(spec, on_error=self._spec_errors.append))
            except Exception as err:  # noqa: BLE001 - a filesystem failing mid-listing
                self._spec_errors.append(FeedSpecError(f"{spec}: {type(err).__name__}: {err}"))
        return FeedPoller(locations, self._policy, self._interval, self._max_backoff,
                          self._max_per_host, max_polls=self._max_polls)

    def process(self, tick: int):
        while self._spec_errors:
            problem = self._spec_errors.pop()
            self._failed.inc()
            yield pvalue.TaggedOutput(ERRORS, error_record(
                getattr(problem, "location", None) or str(problem), "expand", problem,
                feed=getattr(problem, "location", None)))
        self._poller.poll_due()
        for location, outcome in self._poller.take_finished():
            self._polls.inc()
            if isinstance(outcome, NotModified):
                self._not_modified.inc()
            elif isinstance(outcome, Exception):
                self._failed.inc()
                yield pvalue.TaggedOutput(ERRORS, error_record(location, "fetch", outcome,
                                                               feed=location))
            else:
                yield outcome
        if self._max_polls and self._poller.polled_at_least(self._max_polls):
            request_stop(self._stop_name)


class PollFeeds(beam.PTransform):
    """Feed specs -> ``{"entries", "errors"}``, polled every ``interval``
    seconds until the run stops (see ``FeedPoller`` and ``Ticks``). Entries
    are timestamped with the moment their poll was collected."""

    def __init__(self, specs: list[str], policy: FetchPolicy, interval: float, *,
                 name: str, max_backoff: float = DEFAULT_MAX_BACKOFF_S,
                 max_per_host: int = DEFAULT_MAX_PER_HOST, max_polls: int | None = None,
                 max_runtime: float | None = None, stop_name: str = "",
                 parse_policy: ParsePolicy | None = None):
        super().__init__()
        self._parse_policy = parse_policy or ParsePolicy()
        self._fn = PollFeedsFn(name, specs, policy, interval, max_backoff, max_per_host,
                               max_polls, stop_name)
        self._ticks = Ticks(COLLECT_INTERVAL_S, stop_name=stop_name, max_runtime=max_runtime)

    def expand(self, pbegin):
        polled = (
            pbegin
            | "Ticks" >> self._ticks
            | "Poll" >> beam.ParDo(self._fn).with_outputs(ERRORS, main="documents")
        )
        parsed = polled.documents | "Parse" >> beam.ParDo(
            ParseFeedFn(self._parse_policy)).with_outputs(
            ERRORS, main="entries")
        errors = (polled[ERRORS], parsed[ERRORS]) | "Errors" >> beam.Flatten()
        return {"entries": parsed.entries, "errors": errors}
