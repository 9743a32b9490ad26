"""--fetch-articles end to end, in batch and in streaming mode: the acceptance
story as a feed item with only its headline and first sentence, linking to a
local page with the whole article, beside items whose pages are forbidden or
hostile."""

from __future__ import annotations

import json

import duckdb
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.monitor import run_pipeline
from schemas.alerts import validate_alert
from tests.article_server import article_server
from tests.stories import ACCEPTANCE_BODY, ACCEPTANCE_TITLE, rss

REQUIRED = {
    ("restore_relations", "MEX", "PRK", "intent"),
    ("express_support", "MEX", "CUB", "asserted"),
    ("express_support", "PRK", "CUB", "asserted"),
    ("impose_sanctions", "USA", "CUB", "reference"),
}
FIRST_SENTENCE = ACCEPTANCE_BODY.split(" North Korea has")[0]
STORY = "/news/mexico-north-korea.html"


def _feed(base: str) -> str:
    return rss([
        {"title": ACCEPTANCE_TITLE, "link": base + STORY, "description": FIRST_SENTENCE,
         "pubDate": "Sat, 24 Jul 2021 18:02:00 GMT"},
        {"title": "Le Mexique veut renouer avec la Corée du Nord",
         "link": base + "/news/relations-france.html", "pubDate": "Sat, 24 Jul 2021 19:00:00 GMT"},
        {"title": "Internal memo", "link": base + "/private/internal-memo.html",
         "pubDate": "Sat, 24 Jul 2021 20:00:00 GMT"},
        {"title": "Slow story", "link": base + "/news/slow.html",
         "pubDate": "Sat, 24 Jul 2021 21:00:00 GMT"},
        {"title": "Huge story", "link": base + "/news/huge.html",
         "pubDate": "Sat, 24 Jul 2021 22:00:00 GMT"},
        {"title": "Full text in the feed", "link": base + "/news/in-feed.html",
         "pubDate": "Sun, 25 Jul 2021 08:00:00 GMT", "description": "Chile acts.",
         "content": "<p>Chile acts.</p><p>Chile recalled its ambassador to Israel on Sunday.</p>"},
        {"title": "Full text, no description", "link": base + "/news/content-only.html",
         "pubDate": "Sun, 25 Jul 2021 09:00:00 GMT",
         "content": "<p>Peru restored diplomatic relations with Venezuela on Sunday.</p>"},
    ])


def _query(sql: str) -> list[tuple]:
    return duckdb.connect().execute(sql).fetchall()


def _table(out, name: str) -> str:
    return f"read_parquet('{out}/{name}/*/*.parquet', hive_partitioning = true)"


def _run(feed, out, *extra: str):
    return run_pipeline(PipelineOptions([
        "--feeds", str(feed), "--output", str(out), "--alerts-file", str(out / "alerts.jsonl"),
        "--fetch-timeout", "1.5", "--fetch-retries", "0", *extra]))


@pytest.fixture(scope="module")
def server():
    with article_server() as served:
        yield served


def test_acceptance_story_from_the_article_page(server, tmp_path):
    base, hits = server
    feed = tmp_path / "feed.xml"
    feed.write_text(_feed(base), encoding="utf-8")
    out = tmp_path / "out"
    fetch_args = ("--fetch-articles", "--allow-private-addresses",
                  "--article-host-interval", "0", "--max-article-bytes", "200000")
    outcome = _run(feed, out, *fetch_args)
    _check_acceptance_run(out, hits, outcome.totals)

    # a rerun into the same output fetches nothing again
    before = sum(n for path, n in hits.items() if path.startswith("/news/"))
    again = _run(feed, out, *fetch_args)
    assert again.totals["already_stored"] == 7 and again.totals["articles_fetched"] == 0
    assert sum(n for path, n in hits.items() if path.startswith("/news/")) == before


def test_streaming_fetches_each_new_article_as_it_comes(server, tmp_path):
    """The same feed polled once in streaming mode: the same pages, statuses, errors
    and body events as in batch, each article fetched on its own as it arrives."""
    base, hits = server
    feed = tmp_path / "feed.xml"
    feed.write_text(_feed(base), encoding="utf-8")
    out = tmp_path / "out"
    outcome = run_pipeline(PipelineOptions([
        "--streaming", "--feeds", str(feed), "--poll-interval", "0.5", "--max-polls", "1",
        "--output", str(out), "--alerts-file", str(out / "alerts.jsonl"),
        "--window-seconds", "1", "--fetch-timeout", "1.5", "--fetch-retries", "0",
        "--fetch-articles", "--allow-private-addresses", "--article-host-interval", "0",
        "--max-article-bytes", "200000"]))
    _check_acceptance_run(out, hits, outcome.totals)


def _check_acceptance_run(out, hits, totals) -> None:
    """What a run over ``_feed`` with --fetch-articles must have written."""
    events = _query(f"SELECT event_type, source, target, modality, text_part, sentence, "
                    f"start_char, end_char, article_id FROM {_table(out, 'events')}")
    assert REQUIRED <= {e[:4] for e in events}
    assert ("recall_envoy", "CHL", "ISR", "asserted") in {e[:4] for e in events}
    # the body-only events were found in the body, at offsets into body_text
    parts = {(e[0], e[1], e[2]): e[4] for e in events}
    assert parts[("impose_sanctions", "USA", "CUB")] == "body"
    assert parts[("express_support", "PRK", "CUB")] == "body"
    bodies = dict(_query(f"SELECT article_id, body_text FROM {_table(out, 'articles')}"))
    for *_, part, sentence, start, end, article_id in events:
        if part == "body":
            assert bodies[article_id][start:end] == sentence
    # nothing from the page's boxes and comments
    assert not {e[1] for e in events} & {"DEU", "CAN", "RUS", "GBR", "JPN", "KOR"}

    rows = {r[0]: r[1:] for r in _query(
        "SELECT title, fetch_status, detected_language, extracted_by, author, coding_skipped "
        f"FROM {_table(out, 'articles')}")}
    story = rows[ACCEPTANCE_TITLE]
    assert story[0] == "fetched" and story[1] == "en" and story[2].startswith("trafilatura")
    assert story[3] == "Ana Lucía Herrera" and story[4] is None
    assert rows["Le Mexique veut renouer avec la Corée du Nord"][:2] == ("fetched", "fr")
    assert rows["Le Mexique veut renouer avec la Corée du Nord"][4].startswith("language fr")
    assert rows["Internal memo"][0] == "refused:robots"
    assert rows["Slow story"][0] == "failed:timeout"
    assert rows["Huge story"][0] == "failed:too_large"
    assert rows["Full text in the feed"][0] == "feed_content"
    assert rows["Full text, no description"][0] == "feed_content"
    assert hits["/news/in-feed.html"] == 0 and hits["/private/internal-memo.html"] == 0
    assert hits["/news/content-only.html"] == 0

    errors = {(stage, message.split("]")[0] + "]") for stage, message in _query(
        f"SELECT stage, message FROM {_table(out, 'errors')}")}
    assert errors == {("article_fetch", "[robots]"), ("article_fetch", "[timeout]"),
                      ("article_fetch", "[too_large]"), ("language", "[language_not_coded]")}
    assert totals["articles_fetched"] == 2
    assert totals["article_fetch_failed"] == 2 and totals["robots_refused"] == 1
    assert totals["articles_skipped_language"] == 1
    assert totals["articles_new"] == 7  # every item is stored, fetched or not

    alerts = [json.loads(line) for line in (out / "alerts.jsonl").read_text().splitlines()]
    for alert in alerts:
        validate_alert(alert)
    assert any(a["event"]["text_part"] == "body" for a in alerts)


def test_without_fetch_articles_only_headline_and_summary_count(server, tmp_path):
    base, hits = server
    feed = tmp_path / "feed.xml"
    feed.write_text(_feed(base), encoding="utf-8")
    out = tmp_path / "out"
    requests_before = sum(hits.values())
    outcome = _run(feed, out)
    found = set(_query(f"SELECT event_type, source, target, modality, text_part "
                       f"FROM {_table(out, 'events')}"))
    # the headline and first sentence support these, and only these, of the four
    assert {e[:4] for e in found} & REQUIRED == {
        ("restore_relations", "MEX", "PRK", "intent"),
        ("express_support", "MEX", "CUB", "asserted"),
    }
    assert {e[4] for e in found} <= {"title", "summary", "content"}
    assert sum(hits.values()) == requests_before  # no page was requested
    assert outcome.totals["articles_fetched"] == 0
    (status,) = {s for (s,) in _query(f"SELECT fetch_status FROM {_table(out, 'articles')}")}
    assert status is None
