"""The monitor pipeline end to end: the acceptance story, the sample feeds,
odd real feeds, and fail-fast command-line checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.monitor import run_pipeline
from schemas.alerts import validate_alert
from tests.conftest import ROOT, SAMPLE_FEEDS, shared_path
from tests.stories import acceptance_feed


def monitor(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.monitor", *args],
        cwd=cwd, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def query(sql: str, *params) -> list[tuple]:
    return duckdb.connect().execute(sql, list(params)).fetchall()


def table(out: Path, name: str) -> str:
    return f"read_parquet('{out}/{name}/*/*.parquet', hive_partitioning = true)"


def test_acceptance_story(tmp_path):
    feed = tmp_path / "that.xml"
    feed.write_text(acceptance_feed(), encoding="utf-8")
    out = tmp_path / "out"
    alerts_file = out / "alerts.jsonl"
    outcome = run_pipeline(PipelineOptions(
        ["--feeds", str(feed), "--output", str(out), "--alerts-file", str(alerts_file)]))

    events = set(query(f"SELECT event_type, source, target, modality FROM {table(out, 'events')}"))
    required = {
        ("restore_relations", "MEX", "PRK", "intent"),
        ("express_support", "MEX", "CUB", "asserted"),
        ("express_support", "PRK", "CUB", "asserted"),
        ("impose_sanctions", "USA", "CUB", "reference"),
    }
    assert required <= events

    alerts = [json.loads(line) for line in alerts_file.read_text(encoding="utf-8").splitlines()]
    for alert in alerts:
        validate_alert(alert)
    alerted = {(a["event"]["event_type"], a["event"]["source"], a["event"]["target"],
                a["event"]["modality"]) for a in alerts}
    assert {
        ("restore_relations", "MEX", "PRK", "intent"),
        ("express_support", "MEX", "CUB", "asserted"),
        ("express_support", "PRK", "CUB", "asserted"),
    } <= alerted
    assert not any(a["event"]["modality"] == "reference" for a in alerts)
    assert not any(t == "impose_sanctions" for t, *_ in alerted)
    # one alert per distinct event, however often the article mentions it
    assert len(alerted) == len(alerts)
    assert outcome.totals["alerts"] == len(alerts)
    assert outcome.totals["articles_unique"] == 1
    # the event row points at its evidence
    for text, sentence, start, end in query(
        f"SELECT a.content, e.sentence, e.start_char, e.end_char FROM {table(out, 'events')} e "
        f"JOIN {table(out, 'articles')} a USING (article_id) WHERE e.text_part = 'content'"
    ):
        assert text[start:end] == sentence


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "out"
    result = monitor("--feeds", str(SAMPLE_FEEDS), "--output", str(out),
                     "--alerts-file", str(out / "alerts.jsonl"), "--show-events")
    return result, out


def test_sample_feeds_run_and_summary(sample_run):
    result, out = sample_run
    assert result.returncode == 0, result.stderr
    lines = result.stdout
    assert "feeds read                3" in lines
    assert "duplicates dropped        1" in lines
    assert "errors                    1" in lines
    assert "restore_relations" in lines  # the events table is printed
    (error_input, stage), = query(f"SELECT input, stage FROM {table(out, 'errors')}")
    assert error_input.endswith("not-a-feed.xml") and stage == "parse"


def test_sample_feeds_events(sample_run):
    _, out = sample_run
    events = set(query(f"SELECT event_type, source, target FROM {table(out, 'events')} "
                       "WHERE modality NOT IN ('negated', 'hypothetical')"))
    for expected in [
        ("sever_relations", "BOL", "ISR"),
        ("recall_envoy", "CHL", "ISR"),
        ("recall_envoy", "COL", "ISR"),
        ("impose_sanctions", "EU", "BLR"),
        ("expel_diplomats", "MYS", "PRK"),
        ("threaten_sanctions", "USA", "RUS"),
        ("ease_sanctions", "USA", "VEN"),
        ("recall_envoy", "LTU", "CHN"),
        ("express_support", "JPN", "PHL"),
        ("impose_sanctions", "AUS", "MMR"),
    ]:
        assert expected in events, expected
    # hard negatives yield nothing
    titles = {t for (t,) in query(f"SELECT title FROM {table(out, 'events')}")}
    for negative in ("Toyota", "FIFA", "Court sanctions", "Pop band", "Trade between",
                     "Foreign ministers meet"):
        assert not any(negative in t for t in titles), negative
    # the denial is stored as negated and never alerted
    (modality,) = {m for (m,) in query(
        f"SELECT modality FROM {table(out, 'events')} WHERE title LIKE 'Britain denies%' "
        "AND event_type = 'sever_relations'")}
    assert modality == "negated"


def test_sample_feeds_alerts_are_valid_and_deduplicated(sample_run):
    _, out = sample_run
    alerts = [json.loads(x) for x in (out / "alerts.jsonl").read_text().splitlines()]
    assert alerts
    for alert in alerts:
        validate_alert(alert)
    # the duplicate article (another outlet's copy with tracking parameters) adds no alert
    mexico = [a for a in alerts if a["event"]["event_type"] == "restore_relations"
              and a["event"]["source"] == "MEX"]
    assert len(mexico) == 1
    assert "?" not in mexico[0]["article"]["url"]
    assert not any("Britain denies" in (a["article"]["title"] or "") for a in alerts)


def test_odd_real_feeds_go_through_and_the_empty_one_lands_in_errors(tmp_path):
    folder = shared_path("corpora", "feeds-misc")
    out = tmp_path / "out"
    outcome = run_pipeline(PipelineOptions(["--feeds", str(folder), "--output", str(out)]))
    totals = outcome.totals
    errors = query(f"SELECT input, stage, error_class, message FROM {table(out, 'errors')}")
    empty = [e for e in errors if e[0].endswith("headlines_dailytelegraph_20211018.xml")]
    assert len(empty) == 1 and empty[0][3]
    # every entry read is an article, a counted duplicate or an error record
    assert totals["entries_read"] == (totals["articles_unique"] + totals["duplicates_dropped"]
                                      + totals["errors_normalize"])
    (articles,) = query(f"SELECT count(*) FROM {table(out, 'articles')}")[0]
    assert articles == totals["articles_new"] == totals["articles_unique"] > 0
    # the local runner's de-duplication went through parked files, each copy once
    assert totals["articles_parked"] == totals["articles_unique"] + totals["duplicates_dropped"]
    # every non-empty file is read
    assert totals["feeds_read"] + totals["feeds_failed"] == len(list(folder.iterdir()))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "--feeds is required"),
        (["--feeds", "/no/such/feeds.xml"], "/no/such/feeds.xml"),
        (["--feeds", "ftp://example.com/feed.xml"], "ftp://example.com/feed.xml"),
        (["--feeds", "samples/feeds"], "--output is required"),
    ],
)
def test_bad_command_line_fails_fast_with_one_line(args, message, tmp_path):
    extra = [] if "--output is required" in message or not args else ["--output", str(tmp_path)]
    result = monitor(*args, *extra)
    assert result.returncode == 2
    assert result.stdout == ""
    err = result.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("diplowatch: error: ")
    assert message in err[0]
    assert "Traceback" not in result.stderr


def test_rerun_into_the_same_output_adds_nothing(tmp_path):
    out = tmp_path / "out"
    args = ["--feeds", str(SAMPLE_FEEDS), "--output", str(out)]
    first = run_pipeline(PipelineOptions([*args, "--alerts-file", str(tmp_path / "a1.jsonl")]))
    before = {name: query(f"SELECT count(*) FROM {table(out, name)}")[0][0]
              for name in ("articles", "events")}
    second = run_pipeline(PipelineOptions([*args, "--alerts-file", str(tmp_path / "a2.jsonl")]))
    after = {name: query(f"SELECT count(*) FROM {table(out, name)}")[0][0]
             for name in ("articles", "events")}
    assert before == after and before["articles"] == first.totals["articles_new"] > 0
    assert second.totals["already_stored"] == first.totals["articles_new"]
    assert second.totals["articles_new"] == second.totals["events"] == 0
    assert (tmp_path / "a1.jsonl").read_text() and not (tmp_path / "a2.jsonl").read_text()
    # both runs are recorded; nothing is left in staging
    assert len(list((out / "_runs").glob("*.json"))) == 2
    assert not list((out / ".staging").glob("*"))


def test_an_unfinished_run_is_invisible_and_reported(tmp_path):
    out = tmp_path / "out"
    # what a run killed before its commit leaves: complete files, but staged
    killed = out / ".staging" / "20260101T000000Z-dead00" / "articles" / "dt=2021-07-24"
    killed.mkdir(parents=True)
    first = tmp_path / "first"
    run_pipeline(PipelineOptions(["--feeds", str(SAMPLE_FEEDS), "--output", str(first)]))
    for staged in (first / "articles").glob("dt=*/*.parquet"):
        (killed / staged.name).write_bytes(staged.read_bytes())
    assert not list(out.glob("articles/*/*.parquet"))  # what readers look at

    result = monitor("--feeds", str(SAMPLE_FEEDS), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "run 20260101T000000Z-dead00 has staged files but never committed" in result.stderr
    # the staged articles were not taken as stored: this run wrote them all
    assert "already stored            0" in result.stdout


def test_batch_publishes_alerts_to_a_topic(pubsub_emulator, tmp_path):
    from tests.pubsub_emulator import pull_all, unique_name

    topic = pubsub_emulator.create_topic(unique_name("alerts"))
    subscription = pubsub_emulator.create_subscription(topic, unique_name("all"))
    feed = tmp_path / "that.xml"
    feed.write_text(acceptance_feed(), encoding="utf-8")
    out = tmp_path / "out"
    outcome = run_pipeline(PipelineOptions([
        "--feeds", str(feed), "--output", str(out), "--alerts-file", str(out / "a.jsonl"),
        "--alerts-topic", topic]))
    assert outcome.totals["alerts_published"] == outcome.totals["alerts"] >= 3
    received = pull_all(subscription, expected=outcome.totals["alerts"])
    assert sorted(m.data.decode() for m in received) == sorted(
        (out / "a.jsonl").read_text(encoding="utf-8").splitlines())
    assert {m.attributes["event_type"] for m in received} == {
        "restore_relations", "express_support"}
