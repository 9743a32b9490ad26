"""Streaming mode without Pub/Sub: TestStream tests of windowing, late data and
de-duplication across polls; per-article alerts; option checks; and the real
CLI polling a live feed on 127.0.0.1, resumed, and stopped with Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import apache_beam as beam
import duckdb
import pytest
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.windowed_value import PaneInfoTiming

from bench.feed_server import LiveFeedServer
from pipelines.monitor import UsageError, run_pipeline, validate
from pipelines.options import MonitorOptions
from pipelines.streaming import CodeArticles, ingest_windows
from schemas.alerts import validate_alert
from tests.conftest import ROOT
from transforms.normalize import to_article
from transforms.seen_articles import SeenArticles, prior_article_ids

T0 = 1_700_000_000  # a round epoch second; windows of 60 s start at multiples of 60
T0 -= T0 % 60


def article(link: str, title: str = "France expels Germany's ambassador") -> dict:
    import datetime as dt

    return to_article({"feed": "https://news.example/rss", "link": link, "title": title},
                      dt.datetime.fromtimestamp(T0, dt.UTC))


class _WindowStart(beam.DoFn):
    """(window start - T0, is a late pane, URLs in the pane)."""

    def process(self, ids, window=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        yield (int(window.start) - T0, pane.timing == PaneInfoTiming.LATE, sorted(ids))


def streaming_pipeline() -> TestPipeline:
    options = PipelineOptions()
    options.view_as(StandardOptions).streaming = True
    return TestPipeline(runner="BundleBasedDirectRunner", options=options)


def per_window(articles, seconds: int = 60, lateness: int | None = None):
    return (articles
            | "Windows" >> ingest_windows(seconds, lateness)
            | "Urls" >> beam.Map(lambda a: a["url"])
            | "PerWindow" >> beam.combiners.ToList().without_defaults()
            | "WindowStart" >> beam.ParDo(_WindowStart()))


def test_an_article_seen_again_in_later_polls_is_written_once_in_its_first_window():
    a = article("https://news.example/a")
    b = article("https://news.example/b", "Japan imposes sanctions on Kenya")
    copy = article("https://news.example/a?utm_source=rss")  # another outlet's link
    stream = (TestStream()
              .advance_watermark_to(T0)
              .add_elements([TimestampedValue(a, T0 + 1), TimestampedValue(b, T0 + 2)])
              .advance_watermark_to(T0 + 61)  # next poll, next window
              .add_elements([TimestampedValue(a, T0 + 61), TimestampedValue(b, T0 + 61)])
              .advance_watermark_to(T0 + 125)
              .add_elements([TimestampedValue(copy, T0 + 125)])
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        first = p | stream | SeenArticles(horizon_s=7 * 24 * 3600)
        assert_that(per_window(first), equal_to([
            (0, False, ["https://news.example/a", "https://news.example/b"])]))


def test_an_article_is_new_again_once_the_horizon_has_passed():
    a = article("https://news.example/a")
    stream = (TestStream()
              .advance_watermark_to(T0)
              .add_elements([TimestampedValue(a, T0 + 1)])
              .advance_watermark_to(T0 + 61)
              .add_elements([TimestampedValue(a, T0 + 62)])  # within 100 s: dropped
              .advance_watermark_to(T0 + 300)  # state expired (timer at T0 + 101)
              .add_elements([TimestampedValue(a, T0 + 301)])
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        first = p | stream | SeenArticles(horizon_s=100)
        assert_that(per_window(first), equal_to([
            (0, False, ["https://news.example/a"]),
            (300, False, ["https://news.example/a"])]))


def test_windows_fire_per_window_and_late_data_gets_a_late_pane_not_dropped():
    on_time = [article(f"https://news.example/{i}") for i in range(3)]
    late = article("https://news.example/late")
    too_late = article("https://news.example/too-late")
    stream = (TestStream()
              .advance_watermark_to(T0)
              .add_elements([TimestampedValue(on_time[0], T0 + 5),
                             TimestampedValue(on_time[1], T0 + 59)])
              .add_elements([TimestampedValue(on_time[2], T0 + 60)])
              .advance_watermark_to(T0 + 130)  # window 0 fired at 60, late data until 180
              .add_elements([TimestampedValue(late, T0 + 30)])
              # Past the allowed lateness: dropped, as Beam does (the real sources
              # stamp items on arrival, so they are never late).
              .advance_watermark_to(T0 + 200)
              .add_elements([TimestampedValue(too_late, T0 + 40)])
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        articles = p | stream | SeenArticles(horizon_s=3600)
        assert_that(per_window(articles, 60, lateness=120), equal_to([
            (0, False, ["https://news.example/0", "https://news.example/1"]),
            (60, False, ["https://news.example/2"]),
            (0, True, ["https://news.example/late"]),
        ]))


def test_a_late_copy_of_a_seen_article_is_still_a_duplicate():
    a = article("https://news.example/a")
    stream = (TestStream()
              .advance_watermark_to(T0)
              .add_elements([TimestampedValue(a, T0 + 50)])
              .advance_watermark_to(T0 + 90)
              .add_elements([TimestampedValue(a, T0 + 10)])  # older stamp, arrives later
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        first = p | stream | SeenArticles(horizon_s=3600)
        assert_that(first | beam.Map(lambda x: x["url"]), equal_to(["https://news.example/a"]))


def test_code_articles_alerts_once_per_event_with_the_best_mention():
    row = article("https://news.example/x", "Bolivia cuts diplomatic ties with Israel")
    row["summary"] = ("Bolivia severed diplomatic relations with Israel on Tuesday, the "
                      "government said.")
    with TestPipeline(runner="FnApiRunner") as p:
        coded = p | beam.Create([row]) | CodeArticles()
        alerts = coded["alerts"] | beam.Map(json.loads)

        def check(found):
            keys = [(a["event"]["event_type"], a["event"]["source"], a["event"]["target"])
                    for a in found]
            assert ("sever_relations", "BOL", "ISR") in keys
            assert len(keys) == len(set(keys)), keys  # one alert per event
            for alert in found:
                validate_alert(alert)

        assert_that(alerts, check, label="alerts")
        assert_that(coded["events"] | beam.Map(lambda e: e["event_type"]),
                    lambda types: sorted(types).count("sever_relations") >= 2, label="events")


def test_prior_article_ids_reads_only_recent_written_files(tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    now = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
    part = tmp_path / "articles" / "dt=2026-01-09"
    part.mkdir(parents=True)
    table = pa.table({"article_id": ["new", "old"],
                      "ingested_at": [now - dt.timedelta(hours=1), now - dt.timedelta(days=9)]})
    pq.write_table(table, part / "r-1.parquet")
    hidden = tmp_path / "articles" / ".temp123"
    hidden.mkdir()
    pq.write_table(pa.table({"article_id": ["unfinished"], "ingested_at": [now]}),
                   hidden / "x.parquet")
    assert set(prior_article_ids(str(tmp_path), 7 * 24 * 3600, now)) == {"new"}
    assert prior_article_ids(str(tmp_path / "nothing"), 3600, now) == {}


@pytest.mark.parametrize("args, message", [
    ([], "needs a source"),
    (["--input-subscription", "projects/p/subscriptions/sub", "--input-topic",
      "projects/p/topics/top"], "not both"),
    (["--input-topic", "topics/x"], "--input-topic: topic must look like"),
    (["--feeds", "samples/feeds", "--alerts-topic", "projects/p/alerts"],
     "--alerts-topic: topic must look like"),
    (["--input-subscription", "projects/p/topics/x"], "subscription must look like"),
    (["--feeds", "samples/feeds", "--poll-interval", "0"], "--poll-interval must be more"),
    (["--input-topic", "projects/p/topics/top", "--max-polls", "2"], "--max-polls needs"),
    (["--feeds", "samples/feeds", "--runner", "FnApiRunner"], "cannot run the streaming"),
    (["--feeds", "samples/feeds", "--dead-letter-file", "d.jsonl"], "only used with"),
])
def test_bad_streaming_options_fail_with_one_line(tmp_path, args, message):
    options = PipelineOptions(["--streaming", "--output", str(tmp_path), *args])
    with pytest.raises(UsageError, match=message) as caught:
        validate(options.view_as(MonitorOptions))
    assert "\n" not in str(caught.value)


# -- the real pipeline on a live feed ----------------------------------------------------


def parquet_rows(out: Path, table: str) -> list[dict]:
    files = sorted(out.glob(f"{table}/dt=*/*.parquet"))
    if not files:
        return []
    return duckdb.sql(f"SELECT * FROM read_parquet({[str(f) for f in files]!r})").fetchall()


def visible_parquet_files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.parquet") if not any(
        part.startswith(".") for part in p.relative_to(out).parts)]


def streaming_args(feed: LiveFeedServer, out: Path, *extra: str) -> list[str]:
    return ["--streaming", "--feeds", feed.url, "--poll-interval", "0.5",
            "--output", str(out), "--alerts-file", str(out / "alerts.jsonl"),
            "--allow-private-addresses", "--window-seconds", "1", *extra]


def test_polling_a_live_feed_alerts_each_article_once_and_a_rerun_resumes(feed, tmp_path):
    out = tmp_path / "out"

    def add_second_item_after_first_poll():
        deadline = time.monotonic() + 60
        while "https://news.example/a" not in feed.first_served and time.monotonic() < deadline:
            time.sleep(0.02)
        feed.add_item("https://news.example/b?utm_source=rss", "Japan imposes sanctions on Kenya")

    adder = threading.Thread(target=add_second_item_after_first_poll)
    adder.start()
    missing = feed.url.replace("feed.xml", "gone.xml")  # answers 404 at every poll
    outcome = run_pipeline(PipelineOptions(streaming_args(
        feed, out, "--max-polls", "4", "--feeds", missing, "--max-backoff", "0.5")))
    adder.join()

    alerts = [json.loads(x) for x in (out / "alerts.jsonl").read_text().splitlines()]
    urls = sorted(a["article"]["url"] for a in alerts)
    # Item a was in all four polls, b in three: one alert each all the same.
    assert urls == ["https://news.example/a", "https://news.example/b"]
    assert outcome.totals["alerts"] == 2
    assert outcome.totals["articles_new"] == 2
    assert outcome.totals["duplicates_dropped"] >= 1
    assert feed.not_modified >= 1  # the unchanged feed was not downloaded again
    articles = duckdb.sql(
        f"SELECT url FROM read_parquet('{out}/articles/dt=*/*.parquet')").fetchall()
    assert sorted(u for (u,) in articles) == urls
    events = duckdb.sql(
        f"SELECT event_type, source, target FROM read_parquet('{out}/events/dt=*/*.parquet')"
    ).fetchall()
    assert ("expel_diplomats", "FRA", "DEU") in events or ("recall_envoy", "FRA", "DEU") in \
        events, events
    # Files are named by run and window, in Hive partitions; nothing is left half-written.
    for path in visible_parquet_files(out):
        assert path.parent.name.startswith("dt=")
        assert path.name.startswith(outcome.run_id + "-")
    assert not [p for p in out.rglob(".temp*") if p.is_dir()]
    # The failing feed: an error row per failed poll, and polled on (backoff, not given up).
    failures = duckdb.sql(
        f"SELECT stage, message FROM read_parquet('{out}/errors/dt=*/*.parquet')").fetchall()
    assert len(failures) == 4
    assert all(stage == "fetch" and "HTTP 404" in message for stage, message in failures)

    # A rerun into the same output remembers what was written: nothing again.
    again = run_pipeline(PipelineOptions(streaming_args(feed, out, "--max-polls", "1")))
    assert again.totals["already_stored"] == 2
    assert again.totals["alerts"] == again.totals["articles_new"] == 0
    assert len((out / "alerts.jsonl").read_text().splitlines()) == 2


def test_ctrl_c_drains_open_windows_and_says_how_to_resume(feed, tmp_path):
    out = tmp_path / "out"
    # Long windows: the only window is still open when Ctrl-C comes.
    args = streaming_args(feed, out)
    args[args.index("--window-seconds") + 1] = "3600"
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipelines.monitor", *args], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 120
        alerts = out / "alerts.jsonl"
        while not (alerts.exists() and alerts.read_text().strip()):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "no alert within 120 s"
            time.sleep(0.1)
        if time.time() // 3600 == started // 3600:  # no hour boundary passed meanwhile
            assert visible_parquet_files(out) == []  # the window is open: nothing visible
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "every open window was written" in stderr
    assert "To resume, run the same command again" in stderr
    assert "articles written          1" in stdout
    assert [p.parent.parent.name for p in visible_parquet_files(out)
            if p.parent.parent.name == "articles"] == ["articles"]


def test_polling_keeps_the_entry_limit_and_reports_the_rest(feed, tmp_path):
    # Regression: the polled path parsed with the default limit, not --max-entries-per-feed.
    out = tmp_path / "out"
    feed.add_item("https://news.example/b", "Japan imposes sanctions on Kenya")
    feed.add_item("https://news.example/c", "Peru recalls its ambassador from Chile")
    outcome = run_pipeline(PipelineOptions(streaming_args(
        feed, out, "--max-polls", "1", "--max-entries-per-feed", "2")))
    assert outcome.totals["articles_new"] == 2
    articles = duckdb.sql(
        f"SELECT url FROM read_parquet('{out}/articles/dt=*/*.parquet')").fetchall()
    assert len(articles) == 2
    errors = duckdb.sql(
        f"SELECT stage, message FROM read_parquet('{out}/errors/dt=*/*.parquet')").fetchall()
    assert len(errors) == 1
    assert errors[0][0] == "parse" and "1 entries beyond the limit of 2" in errors[0][1], errors
