"""Parquet round trip: rows written by WriteParquetTable read back unchanged,
by pyarrow and by DuckDB with Hive partitioning."""

import datetime as dt
import glob
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import apache_beam as beam
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.coders.coders import FastPrimitivesCoder
from apache_beam.testing.test_pipeline import TestPipeline

from schemas import ARTICLES_SCHEMA, SCHEMA_VERSION
from transforms.normalize import pack_article, to_article, unpack_article
from transforms.parquet_output import (
    MAX_BUFFERED_BYTES,
    ParquetSink,
    WriteParquetTable,
    WriteStagedParquetTable,
    partition_of,
    row_memory,
)

UTC = dt.UTC


def article(i: int, published: dt.datetime | None) -> dict:
    return {
        "article_id": f"{i:032x}",
        "url": f"https://news.example/{i}",
        "link": f"https://news.example/{i}?utm_source=x",
        "guid": f"g{i}",
        "feed": "samples/feeds/x.rss",
        "feed_title": "X",
        "title": f"Title {i} — with ünïcode",
        "summary": "Summary.",
        "content": "",
        "language": "en",
        "published_at": published,
        "ingested_at": dt.datetime(2026, 11, 29, 12, 0, tzinfo=UTC),
        "duplicates": i % 2,
        # schema 1.1: what --fetch-articles adds (null on items it did not fetch)
        "body_text": f"Body {i}.\nSecond paragraph." if i % 2 else None,
        "author": "A. Writer" if i % 2 else None,
        "page_date": dt.date(2021, 7, 24) if i % 2 else None,
        "extracted_by": "trafilatura 2.3.1" if i % 2 else None,
        "fetch_status": "fetched" if i % 2 else "feed_content",
        "detected_language": "en",
        "coding_skipped": None,
    }


def test_partition_uses_first_set_field_in_utc():
    tokyo = dt.timezone(dt.timedelta(hours=9))
    late_evening_in_tokyo = dt.datetime(2021, 7, 25, 1, 0, tzinfo=tokyo)
    row = {"published_at": late_evening_in_tokyo, "ingested_at": None}
    assert partition_of(row, "published_at", "ingested_at") == "dt=2021-07-24"
    row = {"published_at": None, "ingested_at": dt.datetime(2026, 1, 2, tzinfo=UTC)}
    assert partition_of(row, "published_at", "ingested_at") == "dt=2026-01-02"
    with pytest.raises(ValueError):
        partition_of({"published_at": None}, "published_at")


def test_round_trip_partitions_and_values(tmp_path):
    rows = [article(i, dt.datetime(2021, 7, 24 + i % 3, 10, i, tzinfo=UTC)) for i in range(25)]
    rows.append(article(99, None))  # no published date: partitioned by ingest date
    with TestPipeline(runner="FnApiRunner") as p:
        _ = (
            p
            | beam.Create(rows)
            | WriteParquetTable(str(tmp_path), "articles", ARTICLES_SCHEMA, "run1",
                                ("published_at", "ingested_at"))
        )

    folders = sorted(os.path.basename(d) for d in glob.glob(str(tmp_path / "articles" / "dt=*")))
    assert folders == ["dt=2021-07-24", "dt=2021-07-25", "dt=2021-07-26", "dt=2026-11-29"]
    files = glob.glob(str(tmp_path / "articles" / "dt=*" / "run1-*.parquet"))
    assert files, "no Parquet files written"
    # Nothing half-written or temporary where readers look.
    assert not glob.glob(str(tmp_path / "articles" / "dt=*" / ".*"))

    read_back = []
    for path in files:
        table = pq.read_table(path)
        assert table.schema.metadata[b"diplowatch.schema_version"] == SCHEMA_VERSION.encode()
        assert table.schema.remove_metadata() == ARTICLES_SCHEMA.remove_metadata()
        read_back.extend(table.to_pylist())
    assert sorted(read_back, key=lambda r: r["article_id"]) == sorted(
        rows, key=lambda r: r["article_id"])

    con = duckdb.connect()
    got = con.execute(
        "SELECT dt, count(*) FROM read_parquet(?, hive_partitioning = true) "
        "GROUP BY dt ORDER BY dt",
        [str(tmp_path / "articles" / "*" / "*.parquet")],
    ).fetchall()
    assert [(str(d), n) for d, n in got] == [
        ("2021-07-24", 9), ("2021-07-25", 8), ("2021-07-26", 8), ("2026-11-29", 1)]


def test_sink_writes_row_groups_and_footer(tmp_path):
    path = tmp_path / "x.parquet"
    sink = ParquetSink(ARTICLES_SCHEMA, row_group_size=4)
    with open(path, "wb") as fh:
        sink.open(fh)
        for i in range(10):
            sink.write(article(i, None))
        sink.flush()
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 10
    assert meta.num_row_groups == 3  # 4 + 4 + 2


def _staged_run(tmp_path, rows, **kwargs):
    listed = tmp_path / "listed.txt"
    with TestPipeline(runner="FnApiRunner") as p:
        _ = (
            p
            | beam.Create(rows)
            | WriteStagedParquetTable(str(tmp_path / "staging"), "articles", ARTICLES_SCHEMA,
                                      "run1", ("published_at", "ingested_at"), **kwargs)
            | beam.io.WriteToText(str(listed), shard_name_template="")
        )
    files = sorted(glob.glob(str(tmp_path / "staging" / "articles" / "dt=*" / "*")))
    return sorted(listed.read_text().splitlines()), files


@pytest.mark.parametrize("max_buffered_bytes, min_files", [(MAX_BUFFERED_BYTES, 4), (5_000, 6)])
def test_staged_writer_lists_every_file_it_writes(tmp_path, max_buffered_bytes, min_files):
    rows = [article(i, dt.datetime(2021, 7, 24 + i % 3, 10, i, tzinfo=UTC)) for i in range(25)]
    rows.append(article(99, None))
    listed, files = _staged_run(tmp_path, rows, max_buffered_bytes=max_buffered_bytes)
    # Only the listed files exist (nothing temporary), each in its partition,
    # named for the run; one file a partition unless the buffer filled up.
    assert listed == files
    assert len(files) >= min_files
    if max_buffered_bytes == MAX_BUFFERED_BYTES:
        assert len(files) == 4
    read_back = []
    for path in files:
        assert os.path.basename(path).startswith("run1-") and path.endswith(".parquet")
        table = pq.read_table(path)
        assert table.schema.metadata[b"diplowatch.schema_version"] == SCHEMA_VERSION.encode()
        assert table.schema.remove_metadata() == ARTICLES_SCHEMA.remove_metadata()
        for row in table.to_pylist():
            assert partition_of(row, "published_at", "ingested_at") == path.split("/")[-2]
            read_back.append(row)
    assert sorted(read_back, key=lambda r: r["article_id"]) == sorted(
        rows, key=lambda r: r["article_id"])


def test_staged_writer_refuses_an_empty_buffer(tmp_path):
    with pytest.raises(ValueError):
        WriteStagedParquetTable(str(tmp_path), "articles", ARTICLES_SCHEMA, "run1",
                                ("published_at",), max_buffered_bytes=0)


_READ_AND_EXIT = """
import sys
from apache_beam.io.filesystems import FileSystems
from pipelines.clean_exit import exit_after_work
from transforms.parquet_output import read_parquet_table
for _ in range(5):
    with FileSystems.open(sys.argv[1]) as fh:
        rows = read_parquet_table(fh).to_pylist()
print(len(rows))
exit_after_work(0)
"""


def test_reading_through_a_beam_file_handle_exits_cleanly(tmp_path):
    """With Arrow's thread pools, a process that read Parquet through a Python
    file object aborted at exit in about half the runs (apache/arrow#34314);
    `make run --show-events` did. Reading without the pools made it rare, not
    impossible (it aborted in two CI runs of 2026-12-01), so the commands end through
    ``exit_after_work`` (pipelines/clean_exit.py), as this reader does: six clean exits in
    a row, with the printed rows intact."""
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"a": list(range(1000)), "b": ["x" * 50] * 1000}), path)
    root = Path(__file__).resolve().parents[1]
    for _ in range(6):
        done = subprocess.run([sys.executable, "-c", _READ_AND_EXIT, str(path)], cwd=root,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr[-500:]
        assert done.stdout.strip() == "1000"


def test_staged_writer_keeps_the_schemas_fields_of_each_buffered_row(tmp_path):
    # Buffered rows are packed to the schema's fields: fields beyond it are dropped
    # and missing ones are null, as pa.Table.from_pylist does with dict rows.
    when = dt.datetime(2021, 7, 24, 10, 0, 0, 123456, tzinfo=UTC)
    full = article(1, when)
    extra = {**article(2, when), "not_in_schema": [1, 2]}
    partial = {k: v for k, v in article(3, when).items() if k != "summary"}
    _, files = _staged_run(tmp_path, [full, extra, partial], max_buffered_bytes=1)
    rows = sorted((r for f in files for r in pq.read_table(f).to_pylist()),
                  key=lambda r: r["article_id"])
    assert rows == [full, article(2, when), {**partial, "summary": None}]


@pytest.mark.parametrize("text", [
    "",  # a feed headline and summary only
    "Body text of a fetched page. " * 700,  # ~20,000 ASCII characters
    "外交部发言人表示制裁。" * 500,  # 5,000 characters of two bytes each in memory
])
def test_row_memory_is_near_what_a_decoded_row_holds(text):
    # Rows as the writer gets them: decoded from the bytes that crossed a
    # stage boundary, so that no string is shared between rows.
    coder = FastPrimitivesCoder()
    entry = {"feed": "https://news.example/rss", "feed_title": "News", "title": "Title é",
             "summary": "A summary of the story, as feeds give it, in a sentence or two.",
             "content": text, "published_at": dt.datetime(2021, 7, 24, tzinfo=UTC)}
    encoded = [
        coder.encode(pack_article(to_article(
            {**entry, "guid": f"g{i}", "link": f"https://news.example/story-{i}"},
            dt.datetime(2021, 7, 24, 12, tzinfo=UTC))))
        for i in range(200)]
    tracemalloc.start()
    try:
        rows = [unpack_article(coder.decode(data)) for data in encoded]
        held = tracemalloc.get_traced_memory()[0] / len(rows)
    finally:
        tracemalloc.stop()
    assert 0.7 < row_memory(rows[0]) / held < 1.5


def test_long_pages_fill_the_staged_writers_budget_sooner(tmp_path):
    when = dt.datetime(2021, 7, 24, 10, tzinfo=UTC)
    short = [article(i, when) for i in range(10)]
    long = [{**article(i, when), "content": "word " * 10_000} for i in range(10, 20)]
    budget = 10 * row_memory(short[0]) + 1  # all ten short rows fit
    _, files = _staged_run(tmp_path / "short", short, max_buffered_bytes=budget)
    assert len(files) == 1
    _, files = _staged_run(tmp_path / "long", long, max_buffered_bytes=budget)
    assert len(files) == 10  # each long row alone is over the budget
    rows = [r for f in files for r in pq.read_table(f).to_pylist()]
    assert sorted(r["article_id"] for r in rows) == [a["article_id"] for a in long]
