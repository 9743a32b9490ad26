"""Making a batch run's output visible all at once.

A batch run writes its Parquet files under ``<output>/.staging/<run_id>/``,
which readers do not look at (a hidden folder outside the table folders).
When every file is written, one step moves them into the tables and records
the run in ``<output>/_runs/<run_id>.json``. A run killed before that step
leaves nothing a reader would pick up. Articles are moved last: a later run
skips the articles already stored (``stored_articles``), so an article must
never be visible before its events are.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

STAGING = ".staging"
RUNS = "_runs"


def staging_dir(output: str, run_id: str) -> str:
    return FileSystems.join(output, STAGING, run_id)


def final_path(output: str, run_id: str, staged: str) -> str:
    prefix = staging_dir(output, run_id).rstrip("/") + "/"
    if not staged.startswith(prefix):
        raise ValueError(f"{staged} is not in the staging folder of run {run_id}")
    return FileSystems.join(output, staged[len(prefix):])


def _table_of(output: str, final: str) -> str:
    return final[len(output.rstrip("/")) + 1:].split("/", 1)[0]


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0]


def commit_staged_files(output: str, run_id: str, staged: Iterable[str]) -> list[str]:
    """Move staged files into place; returns the final paths. Idempotent."""
    moves = sorted(
        ((path, final_path(output, run_id, path)) for path in staged),
        key=lambda move: (_table_of(output, move[1]) == "articles", move[1]),
    )
    pending = [(src, dst) for src, dst in moves if FileSystems.exists(src)]
    for folder in sorted({_parent(dst) for _, dst in pending}):
        if not FileSystems.exists(folder):
            try:
                FileSystems.mkdirs(folder)
            except OSError:
                pass  # made meanwhile
    for src, dst in pending:  # one by one, in order
        FileSystems.rename([src], [dst])
    missing = [dst for _, dst in moves if not FileSystems.exists(dst)]
    if missing:
        raise OSError(f"commit of run {run_id} lost files: {missing[:3]}")
    return [dst for _, dst in moves]


def write_run_record(output: str, run_id: str, files: list[str]) -> str:
    path = FileSystems.join(output, RUNS, f"{run_id}.json")
    record = {
        "run_id": run_id,
        "committed_at": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
        "files": files,
    }
    folder = FileSystems.join(output, RUNS)
    if not FileSystems.exists(folder):
        FileSystems.mkdirs(folder)
    with FileSystems.create(path) as fh:
        fh.write(json.dumps(record, indent=1).encode())
    return path


def remove_staging(output: str, run_id: str) -> None:
    folder = staging_dir(output, run_id)
    if FileSystems.exists(folder):
        FileSystems.delete([folder])


class _CommitFn(beam.DoFn):
    def __init__(self, output: str, run_id: str):
        self._output = output
        self._run_id = run_id
        self._committed = Metrics.counter("diplowatch", "files_committed")

    def process(self, element: tuple[None, Iterable[str]]):
        _, staged = element
        files = commit_staged_files(self._output, self._run_id, staged)
        self._committed.inc(len(files))
        write_run_record(self._output, self._run_id, files)
        remove_staging(self._output, self._run_id)
        yield from files


class CommitRun(beam.PTransform):
    """Staged file paths (every table's) -> the committed paths, moved in one
    step once all of them are written."""

    def __init__(self, output: str, run_id: str):
        super().__init__()
        self._output = output
        self._run_id = run_id

    def expand(self, staged_paths):
        return (
            staged_paths
            | "OneGroup" >> beam.Map(lambda path: (None, path))
            | "AllFiles" >> beam.GroupByKey()
            | "Commit" >> beam.ParDo(_CommitFn(self._output, self._run_id))
        )
