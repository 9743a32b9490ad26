"""Feed polling for streaming mode: conditional GET, backoff, per-host limits,
and the Ticks clock on the local streaming runner."""

from __future__ import annotations

import threading
import time

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from transforms.fetch import FetchError, FetchPolicy, FetchResult, fetch
from transforms.polling import (
    FeedPoller,
    NotModified,
    StreamingDirectRunner,
    Ticks,
    backoff_delay,
    forget_stop,
    request_stop,
)

LOCAL = FetchPolicy(allow_private_addresses=True, timeout=5)


def wait_finished(poller: FeedPoller, count: int, timeout: float = 10.0) -> list:
    done: list = []
    deadline = time.monotonic() + timeout
    while len(done) < count:
        assert time.monotonic() < deadline, f"only {len(done)} of {count} polls finished"
        done.extend(poller.take_finished())
        time.sleep(0.01)
    return done


def test_backoff_doubles_per_failure_up_to_the_cap_and_never_gives_up():
    assert backoff_delay(30, 0, 3600) == 30
    assert [backoff_delay(30, n, 3600) for n in (1, 2, 3)] == [60, 120, 240]
    assert backoff_delay(30, 10, 3600) == 3600
    assert backoff_delay(30, 10_000, 3600) == 3600  # no overflow, still polled
    assert backoff_delay(30, 1, 10) == 30  # a cap below the interval is the interval
    assert backoff_delay(30, 1, 3600, retry_after=500) == 500
    assert backoff_delay(30, 1, 3600, retry_after=99_999) == 3600


def test_fetch_sends_the_validators_and_maps_304_to_an_empty_result(feed):
    first = fetch(feed.url, LOCAL)
    assert first.status == 200 and first.headers["etag"]
    again = fetch(feed.url, LOCAL, headers={"If-None-Match": first.headers["etag"]})
    assert (again.status, again.content) == (304, b"")
    assert feed.not_modified == 1
    feed.add_item("https://news.example/b", "Japan imposes sanctions on Kenya")
    changed = fetch(feed.url, LOCAL, headers={"If-None-Match": first.headers["etag"]})
    assert changed.status == 200 and b"news.example/b" in changed.content


def test_second_poll_is_conditional_and_a_change_is_fetched_again(feed):
    poller = FeedPoller([feed.url], LOCAL, interval=0.05)
    try:
        assert poller.poll_due() == [feed.url]
        [(_, result)] = wait_finished(poller, 1)
        assert isinstance(result, FetchResult) and result.status == 200
        time.sleep(0.06)
        poller.poll_due()
        [(_, result)] = wait_finished(poller, 1)
        assert isinstance(result, NotModified)
        assert feed.not_modified == 1
        feed.add_item("https://news.example/b", "Japan imposes sanctions on Kenya")
        time.sleep(0.06)
        poller.poll_due()
        [(_, result)] = wait_finished(poller, 1)
        assert isinstance(result, FetchResult) and b"news.example/b" in result.content
    finally:
        poller.close()


def test_unchanged_local_file_is_not_read_again(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
    poller = FeedPoller([str(path)], LOCAL, interval=0.01)
    try:
        poller.poll_due()
        [(_, first)] = wait_finished(poller, 1)
        time.sleep(0.02)
        poller.poll_due()
        [(_, second)] = wait_finished(poller, 1)
        assert isinstance(first, FetchResult) and isinstance(second, NotModified)
    finally:
        poller.close()


def test_failures_back_off_exponentially_and_a_success_resets(feed):
    feed.fail_next = 2
    poller = FeedPoller([feed.url], LOCAL, interval=10.0, max_backoff=100.0)
    state = poller.feeds[feed.url]
    try:
        for failures in (1, 2):
            before = time.time()
            poller.poll_due(now=state.next_due)
            [(_, outcome)] = wait_finished(poller, 1)
            assert isinstance(outcome, FetchError) and outcome.reason == "http_503"
            assert state.failures == failures
            # Due again after 20 s, then 40 s: 10 s doubled per failure.
            assert state.next_due - before == pytest.approx(10 * 2 ** failures, abs=1.0)
        poller.poll_due(now=state.next_due)
        [(_, outcome)] = wait_finished(poller, 1)
        assert isinstance(outcome, FetchResult)
        assert state.failures == 0
    finally:
        poller.close()


def test_a_feed_is_never_polled_twice_at_once():
    release = threading.Event()

    def slow_fetch(location, policy, headers=None):
        release.wait(5)
        raise FetchError("timeout", "slow")

    poller = FeedPoller(["https://a.example/feed"], LOCAL, interval=0.0001, fetcher=slow_fetch)
    try:
        assert poller.poll_due() == ["https://a.example/feed"]
        time.sleep(0.01)
        assert poller.poll_due() == []  # still in flight
        release.set()
        wait_finished(poller, 1)
    finally:
        poller.close()


def test_with_max_polls_no_feed_is_polled_more_while_a_slow_one_catches_up():
    # Regression: a run stopped once every feed had N polls, so a fast feed
    # was polled more than N times while a slow one was still on its way.
    release = threading.Event()
    calls: dict[str, int] = {"https://slow.example/feed": 0, "https://fast.example/feed": 0}

    def fetcher(location, policy, headers=None):
        calls[location] += 1
        if "slow" in location:
            release.wait(5)
        raise FetchError("http_404", "gone")

    poller = FeedPoller(list(calls), LOCAL, interval=0.0001, max_backoff=0.0001,
                        fetcher=fetcher, max_polls=3)
    try:
        deadline = time.monotonic() + 5
        while calls["https://fast.example/feed"] < 3 and time.monotonic() < deadline:
            poller.poll_due()
            poller.take_finished()
            time.sleep(0.002)
        for _ in range(20):  # long past due: still not polled again
            poller.poll_due()
            time.sleep(0.002)
        assert calls == {"https://slow.example/feed": 1, "https://fast.example/feed": 3}
        assert not poller.polled_at_least(3)
        release.set()
        while not poller.polled_at_least(3):
            assert time.monotonic() < deadline + 5, poller.feeds
            poller.poll_due()
            time.sleep(0.002)
        assert calls == {"https://slow.example/feed": 3, "https://fast.example/feed": 3}
        assert poller.poll_due() == []
    finally:
        poller.close()


def test_requests_to_one_host_are_limited_others_go_on():
    lock = threading.Lock()
    running: dict[str, int] = {}
    peak: dict[str, int] = {}

    def tracking_fetch(location, policy, headers=None):
        host = location.split("/")[2]
        with lock:
            running[host] = running.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), running[host])
        time.sleep(0.2)
        with lock:
            running[host] -= 1
        raise FetchError("timeout", "done")

    feeds = [f"https://busy.example/{i}" for i in range(6)] + ["https://other.example/x"]
    poller = FeedPoller(feeds, LOCAL, interval=60, max_per_host=2, fetcher=tracking_fetch)
    try:
        started = time.monotonic()
        poller.poll_due()
        wait_finished(poller, len(feeds))
        assert peak == {"busy.example": 2, "other.example": 1}
        # Six requests two at a time: three rounds of 0.2 s, not one.
        assert time.monotonic() - started >= 0.55
    finally:
        poller.close()


# The runner pickles DoFns; a module-level class is pickled by reference, so
# it finds this module's registry, not a copy of it.
_COLLECTED: dict[str, tuple[list, threading.Lock]] = {}


class _Collect(beam.DoFn):
    def __init__(self, key: str):
        self._key = key

    def process(self, tick, timestamp=beam.DoFn.TimestampParam):
        got, guard = _COLLECTED[self._key]
        with guard:
            got.append((tick, float(timestamp)))


def _run_ticks(ticks: Ticks, stop_after: float | None = None,
               stopped_at: list[float] | None = None) -> list[tuple[int, float]]:
    """The ticks seen; with ``stop_after``, a stop is requested then, and the
    wall-clock time of the request is appended to ``stopped_at``."""
    seen: list[tuple[int, float]] = []
    key = f"ticks-{id(seen)}"
    _COLLECTED[key] = (seen, threading.Lock())
    pipeline = beam.Pipeline(runner=StreamingDirectRunner(),
                             options=PipelineOptions(["--streaming"]))
    _ = pipeline | ticks | beam.ParDo(_Collect(key))

    def stop() -> None:
        if stopped_at is not None:
            stopped_at.append(time.time())
        request_stop(ticks.stop_name)

    if stop_after is not None:
        threading.Timer(stop_after, stop).start()
    try:
        pipeline.run().wait_until_finish()
    finally:
        _COLLECTED.pop(key)
        forget_stop(ticks.stop_name)
    return sorted(seen)


def test_ticks_are_periodic_timestamped_and_end_at_max_runtime():
    began = time.time()
    seen = _run_ticks(Ticks(0.5, max_runtime=2.2))
    numbers = [n for n, _ in seen]
    # A stalled machine may skip ticks, never repeat or reorder them.
    assert numbers[0] == 0 and numbers == sorted(set(numbers)) and numbers[-1] <= 4
    assert len(numbers) >= 2
    start = seen[0][1]
    assert [t - start for _, t in seen] == pytest.approx([n * 0.5 for n in numbers], abs=1e-3)
    assert began <= start <= began + 1
    assert time.time() - began < 10  # the run ended by itself


def test_a_stalled_machine_emits_no_tick_past_max_runtime(monkeypatch):
    # Regression: a sleep that overran the end (a loaded machine) emitted one
    # more tick, stamped after max_runtime.
    import transforms.polling as polling

    real_sleep = polling._sleep
    monkeypatch.setattr(polling, "_sleep", lambda seconds: real_sleep(seconds + 0.9))
    seen = _run_ticks(Ticks(0.5, max_runtime=1.2))
    start = seen[0][1]
    assert seen[0][0] == 0 and len(seen) >= 2
    assert all(t - start < 1.2 for _, t in seen), seen


def test_ticks_end_when_a_stop_is_requested():
    stopped_at: list[float] = []
    seen = _run_ticks(Ticks(0.2, stop_name="stop-test"), stop_after=1.0, stopped_at=stopped_at)
    assert seen, "no tick before the stop"
    # Measured from the request itself (a loaded machine may fire the timer
    # late): a tick evaluation sees it within one wait (0.2 s), so no tick is
    # stamped more than that, one interval and some scheduling after it.
    (stop,) = stopped_at
    assert max(t for _, t in seen) <= stop + 0.2 + 0.2 + 0.3
    assert time.time() - stop < 10
