"""Writing record dicts as Hive-partitioned Parquet: ``<table>/dt=YYYY-MM-DD/
<run_id>-<window>-<shard>.parquet``.

``WriteParquetTable`` is built on ``fileio.WriteToFiles`` (the Parquet
``FileSink`` is passed as a factory), which works in batch and in streaming:
records are written to temporary files under ``<table>/.temp…`` (a hidden
folder that Parquet readers skip) and renamed into place only when complete,
so readers never see a half-written file.

``WriteStagedParquetTable`` is the batch run's writer: its folder is the run's
hidden staging area, and ``transforms.run_commit`` moves the files it lists
into place, so it needs neither temporary files nor WriteToFiles' groupings
(which re-encode every record and, past 20 partitions a bundle, scatter them
over a few tiny files per partition).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

# Rows buffered before a row group is written: bounds memory per open file.
ROW_GROUP_SIZE = 10_000
# Memory WriteStagedParquetTable's buffered rows may take (over all
# partitions, as ``row_memory`` estimates it) before it writes them out:
# bounds a worker's memory on a large batch or on long fetched pages. 32 MiB
# is ~23,000 feed articles, so a run of that size writes one file a partition.
MAX_BUFFERED_BYTES = 32 * 1024 * 1024
# What a buffered row costs beyond its strings: the dict and its datetimes
# (tracemalloc over 5,000 decoded replay articles: 1,339 bytes a row, 819 of
# them strings).
_ROW_OVERHEAD = 600


def partition_of(record: dict[str, Any], *time_fields: str) -> str:
    """``dt=YYYY-MM-DD`` from the first of ``time_fields`` that is set (UTC)."""
    for name in time_fields:
        value = record.get(name)
        if value is not None:
            return "dt=" + value.astimezone(dt.UTC).strftime("%Y-%m-%d")
    raise ValueError(f"record has none of {time_fields} set")


class ParquetSink(fileio.FileSink):
    """Writes dict records into one Parquet file with a fixed schema."""

    def __init__(self, schema: pa.Schema, row_group_size: int = ROW_GROUP_SIZE):
        self._schema = schema
        self._row_group_size = row_group_size
        self._writer: pq.ParquetWriter | None = None
        self._rows: list[dict[str, Any]] = []

    def open(self, fh) -> None:
        self._writer = pq.ParquetWriter(fh, self._schema, compression="zstd")
        self._rows = []

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(record)
        if len(self._rows) >= self._row_group_size:
            self._write_rows()

    def _write_rows(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def flush(self) -> None:
        # fileio calls flush once, right before it closes the file handle, so
        # this is where the Parquet footer must be written.
        if self._writer is not None:
            self._write_rows()
            self._writer.close()
            self._writer = None


def _partitioned_naming(base_path: str, run_id: str) -> Callable[..., str]:
    """File naming for WriteToFiles that puts each file in its partition folder.

    WriteToFiles renames finished files to ``base_path/<name>`` but only creates
    ``base_path`` itself; on a local filesystem a rename into a missing
    ``dt=…`` folder fails (and WriteToFiles only logs that), so the folder is
    made here, just before the rename. Object stores have no folders.
    """

    def naming(window, pane, shard_index, total_shards, compression, destination) -> str:
        folder = FileSystems.join(base_path, destination)
        if not FileSystems.exists(folder):
            try:
                FileSystems.mkdirs(folder)
            except OSError:
                pass  # made meanwhile by another worker
        if isinstance(window, beam.window.IntervalWindow):
            span = f"{window.start.to_utc_datetime():%Y%m%dT%H%M%S}-"
        else:
            span = ""
        # A late pane of a window gets its own file instead of replacing the
        # on-time one.
        late = f"-p{pane.index}" if pane is not None and pane.index else ""
        return (
            f"{destination}/{run_id}-{span}{shard_index or 0:05d}-of-{total_shards or 1:05d}"
            f"{late}.parquet"
        )

    return naming


class _CheckWrittenFn(beam.DoFn):
    """Fails loudly if a finished file did not reach its final place (see
    ``_partitioned_naming``): a write that silently loses rows is the one
    failure a monitor must never have."""

    def __init__(self, base_path: str, table: str):
        self._base_path = base_path
        self._files = Metrics.counter("diplowatch", f"files_written_{table}")

    def process(self, result: fileio.FileResult):
        path = FileSystems.join(self._base_path, result.file_name)
        if not FileSystems.exists(path):
            raise OSError(f"Parquet file {path} was not moved into place")
        self._files.inc()
        yield path


class WriteParquetTable(beam.PTransform):
    """Writes dict records of ``schema`` to ``<output>/<table>/dt=…/`` and
    returns the paths of the files written."""

    def __init__(
        self,
        output: str,
        table: str,
        schema: pa.Schema,
        run_id: str,
        partition_fields: tuple[str, ...],
        shards: int = 0,
    ):
        super().__init__()
        self._base_path = FileSystems.join(output, table)
        self._table = table
        self._schema = schema
        self._run_id = run_id
        self._partition_fields = partition_fields
        self._shards = shards

    def expand(self, records):
        schema = self._schema
        fields = self._partition_fields
        return (
            records
            | "WriteFiles" >> fileio.WriteToFiles(
                path=self._base_path,
                destination=lambda record: partition_of(record, *fields),
                sink=lambda _destination: ParquetSink(schema),
                file_naming=_partitioned_naming(self._base_path, self._run_id),
                shards=self._shards,
            )
            | "CheckWritten" >> beam.ParDo(_CheckWrittenFn(self._base_path, self._table))
        )


def read_parquet_table(source: Any, columns: list[str] | None = None) -> pa.Table:
    """``pq.read_table`` of a path or of a Python file object (a Beam filesystem
    handle). A file object is read into memory first: Arrow threads calling back
    into a Python file can outlive the interpreter, which then aborts at exit
    ("terminate called without an active exception", apache/arrow#34314); turning
    Arrow's thread pools off made that rare, not impossible. Our files are small
    (a run's rows of one day)."""
    if not isinstance(source, (str, os.PathLike)):
        source = pa.BufferReader(source.read())
    return pq.read_table(source, columns=columns, use_threads=False, pre_buffer=False)


def write_parquet_file(path: str, rows: list[dict[str, Any]], schema: pa.Schema,
                       row_group_size: int = ROW_GROUP_SIZE) -> None:
    """``rows`` as one Parquet file of ``schema`` (the same settings as
    ``ParquetSink``: zstd, row groups of ``row_group_size``)."""
    table = pa.Table.from_pylist(rows, schema=schema)
    with FileSystems.create(path, mime_type="application/octet-stream",
                            compression_type=CompressionTypes.UNCOMPRESSED) as fh:
        pq.write_table(table, fh, compression="zstd", row_group_size=row_group_size)


def row_memory(record: dict[str, Any]) -> int:
    """The bytes a buffered record holds, near enough: a fixed overhead plus
    its strings, which are what varies (a fetched page's body can be a
    thousand times a headline, and a character of Chinese takes twice the
    memory of an ASCII one)."""
    size = _ROW_OVERHEAD
    for value in record.values():
        if isinstance(value, (str, bytes)):
            size += sys.getsizeof(value)
    return size


class _WriteStagedFilesFn(beam.DoFn):
    """Records -> paths of Parquet files, one per partition and window of a
    bundle (more when a bundle holds over ``max_buffered_bytes``).

    Names are unique per bundle attempt, so a retried bundle never overwrites
    a file another attempt listed; a failed attempt's files are never listed,
    so the commit does not move them and removing the staging folder drops them.
    """

    def __init__(self, base_path: str, table: str, schema: pa.Schema, run_id: str,
                 partition_fields: tuple[str, ...], max_buffered_bytes: int):
        self._base_path = base_path
        self._schema = schema
        self._run_id = run_id
        self._partition_fields = partition_fields
        self._max_buffered_bytes = max_buffered_bytes
        self._files = Metrics.counter("diplowatch", f"files_written_{table}")

    def start_bundle(self) -> None:
        self._buffers: dict[tuple[str, Any], list[dict[str, Any]]] = {}
        self._buffered = 0
        self._bundle = uuid.uuid4().hex[:12]
        self._written = 0

    def process(self, record: dict[str, Any],
                window=beam.DoFn.WindowParam) -> Iterator[WindowedValue]:
        key = (partition_of(record, *self._partition_fields), window)
        self._buffers.setdefault(key, []).append(record)
        self._buffered += row_memory(record)
        if self._buffered >= self._max_buffered_bytes:
            yield from self._write_all()

    def finish_bundle(self) -> Iterator[WindowedValue]:
        yield from self._write_all()

    def _write_all(self) -> Iterator[WindowedValue]:
        buffers, self._buffers, self._buffered = self._buffers, {}, 0
        for (partition, window), rows in sorted(buffers.items(), key=lambda kv: kv[0][0]):
            yield WindowedValue(self._write(partition, window, rows),
                                window.max_timestamp(), [window])

    def _write(self, partition: str, window, rows: list[dict[str, Any]]) -> str:
        span = ""
        if isinstance(window, beam.window.IntervalWindow):
            span = f"{window.start.to_utc_datetime():%Y%m%dT%H%M%S}-"
        # FileSystems.create makes a missing local folder.
        name = f"{self._run_id}-{span}{self._bundle}-{self._written:05d}.parquet"
        path = FileSystems.join(self._base_path, partition, name)
        write_parquet_file(path, rows, self._schema)
        self._written += 1
        self._files.inc()
        return path


class WriteStagedParquetTable(beam.PTransform):
    """Writes dict records of ``schema`` to ``<staging>/<table>/dt=…/`` and
    returns the paths of the files written, for ``run_commit.CommitRun``.

    For a batch run's staging folder only: files are written in place (no
    temporary file and rename), which is safe because no reader looks there
    and only the files this transform lists are ever committed. Each bundle
    writes one file per partition, so the records never leave the stage that
    produced them.
    """

    def __init__(self, staging: str, table: str, schema: pa.Schema, run_id: str,
                 partition_fields: tuple[str, ...],
                 max_buffered_bytes: int = MAX_BUFFERED_BYTES):
        super().__init__()
        if max_buffered_bytes < 1:
            raise ValueError("max_buffered_bytes must be positive")
        self._fn = _WriteStagedFilesFn(FileSystems.join(staging, table), table, schema,
                                       run_id, partition_fields, max_buffered_bytes)

    def expand(self, records):
        return records | "WriteFiles" >> beam.ParDo(self._fn)
