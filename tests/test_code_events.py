"""CodeEvents and DetectEvents: articles in, event rows out."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.monitor import DetectEvents
from tests.stories import ACCEPTANCE_BODY, ACCEPTANCE_TITLE
from transforms.code_events import CodeEvents, texts_to_code
from transforms.normalize import to_article

UTC = dt.UTC
INGESTED = dt.datetime(2026, 11, 29, 12, tzinfo=UTC)


def entry(title: str, summary: str = "", content: str = "", link: str | None = None) -> dict:
    return {
        "feed": "test.rss", "feed_title": "Test", "guid": None,
        "link": link or f"https://news.example/{abs(hash(title))}",
        "title": title, "summary": summary, "content": content,
        "published_at": dt.datetime(2021, 7, 24, tzinfo=UTC), "language": "en", "bozo": None,
    }


def test_a_summary_repeated_by_the_content_is_coded_once():
    article = to_article(entry("T", summary="First sentence.",
                               content="First sentence. Second sentence."), INGESTED)
    assert [part for part, _ in texts_to_code(article)] == ["title", "content"]
    article = to_article(entry("T", summary="Other words.", content="Body."), INGESTED)
    assert [part for part, _ in texts_to_code(article)] == ["title", "summary", "content"]


def triple(row: dict) -> tuple:
    return (row["text_part"], row["event_type"], row["source"], row["target"], row["modality"])


def test_code_events_codes_title_and_body_and_skips_texts_without_triggers():
    articles = [
        to_article(entry(ACCEPTANCE_TITLE, content=ACCEPTANCE_BODY), INGESTED),
        to_article(entry("Weather: sunny spells across the region"), INGESTED),
    ]
    with TestPipeline(runner="FnApiRunner") as p:
        coded = p | beam.Create(articles) | CodeEvents(min_batch_chars=1, max_batch_chars=40)
        triples = coded["events"] | beam.Map(triple)
        assert_that(
            triples | "Required" >> beam.Filter(lambda t: t in {
                ("title", "restore_relations", "MEX", "PRK", "intent"),
                ("content", "restore_relations", "MEX", "PRK", "intent"),
                ("content", "express_support", "MEX", "CUB", "asserted"),
                ("content", "express_support", "PRK", "CUB", "asserted"),
                ("content", "impose_sanctions", "USA", "CUB", "reference"),
            }) | beam.Distinct(),
            equal_to([
                ("title", "restore_relations", "MEX", "PRK", "intent"),
                ("content", "restore_relations", "MEX", "PRK", "intent"),
                ("content", "express_support", "MEX", "CUB", "asserted"),
                ("content", "express_support", "PRK", "CUB", "asserted"),
                ("content", "impose_sanctions", "USA", "CUB", "reference"),
            ]),
            label="AcceptanceEvents",
        )
        assert_that(coded["errors"], equal_to([]), label="NoErrors")


def test_event_rows_are_complete_and_deterministic(tmp_path):
    article = to_article(entry(ACCEPTANCE_TITLE, content=ACCEPTANCE_BODY), INGESTED)

    def check_and_record(path):
        def matcher(rows):
            assert rows
            for row in rows:
                assert row["article_id"] == article["article_id"]
                assert 0.0 <= row["confidence"] <= 1.0
                text = article[row["text_part"]]
                assert text[row["start_char"]:row["end_char"]] == row["sentence"]
                assert row["cameo_code"] and row["coder_version"]
            path.write_text("\n".join(sorted(r["event_id"] for r in rows)))
        return matcher

    for name in ("first", "second"):
        with TestPipeline(runner="FnApiRunner") as p:
            coded = p | beam.Create([article]) | CodeEvents()
            assert_that(coded["events"], check_and_record(tmp_path / name))
    assert (tmp_path / "first").read_text() == (tmp_path / "second").read_text()


def test_detect_events_deduplicates_before_coding_and_alerts_once():
    story = entry(ACCEPTANCE_TITLE, content=ACCEPTANCE_BODY,
                  link="https://news.example/mexico?utm_source=rss")
    copy = dict(story, feed="other.rss", link="https://NEWS.example/mexico#top")
    with TestPipeline(runner="FnApiRunner") as p:
        found = p | beam.Create([story, copy]) | DetectEvents()
        assert_that(found["articles"] | beam.Map(lambda a: (a["url"], a["duplicates"])),
                    equal_to([("https://news.example/mexico", 1)]), label="OneArticle")
        assert_that(
            found["alerts"] | "AlertCount" >> beam.combiners.Count.Globally(),
            equal_to([3]),  # restore MEX→PRK, support MEX→CUB, support PRK→CUB
            label="ThreeAlerts",
        )
