"""Portability: the batch monitor gives the same outputs on every Beam runner
we can run here, including the Fn API path (job service + SDK harness) that
Flink, Spark and Dataflow use; its DoFns travel pickled and set themselves up
on the worker; and it reads feed archives through any Beam filesystem.

All runs launch from a scratch folder, so nothing may depend on the checkout
being the working directory; the multi-process workers see only the
installed package (as a worker built from setup.py or the Dockerfile would).
"""

from __future__ import annotations

import io
import json
import os
import pickle
import posixpath
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.io.filesystem import BeamIOError, FileMetadata, FileSystem
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.portability import common_urns, python_urns
from apache_beam.portability.api import beam_runner_api_pb2

from pipelines.monitor import build, resolve_launch_paths, run_pipeline
from pipelines.options import MonitorOptions
from tests.conftest import SAMPLE_FEEDS
from tests.stories import acceptance_feed

# Every local runner that needs no download (plain DirectRunner would fetch
# Prism). "multiprocess" is the direct runner's multi-processing mode: the
# FnApiRunner with two SDK worker subprocesses fed over gRPC. "portable" is
# PortableRunner on an in-process job service with the SDK harness in this
# process (LOOPBACK): the Fn API job path of Flink and Spark.
RUNNERS: dict[str, list[str]] = {
    "fnapi": ["--runner=FnApiRunner"],
    "bundle-based": ["--runner=BundleBasedDirectRunner"],
    "multiprocess": ["--runner=FnApiRunner", "--direct_running_mode=multi_processing",
                     "--direct_num_workers=2"],
    "portable": ["--runner=PortableRunner", "--job_endpoint=embed",
                 "--environment_type=LOOPBACK"],
}
BASELINE = "fnapi"

# Fields that differ from run to run by design.
RUN_DEPENDENT_ROW_FIELDS = ("ingested_at",)
RUN_DEPENDENT_ALERT_FIELDS = ("detected_at",)


@dataclass(frozen=True)
class Outputs:
    """What a run wrote, with run-dependent fields removed: rows keyed by id."""

    articles: dict[str, dict[str, Any]]
    events: dict[str, dict[str, Any]]
    alerts: list[str]  # canonical JSON, sorted
    errors: list[tuple[str, str, str]]  # (input, stage, error_class), sorted
    seconds: float


def _rows(output: Path, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted((output / table).glob("dt=*/*.parquet")):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def _keyed(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    keyed = {}
    for row in rows:
        assert row[key] not in keyed, f"{key} {row[key]} written twice"
        keyed[row[key]] = {k: v for k, v in row.items() if k not in RUN_DEPENDENT_ROW_FIELDS}
    return keyed


def read_outputs(output: Path, alerts_file: Path, seconds: float) -> Outputs:
    alerts = []
    for line in alerts_file.read_text(encoding="utf-8").splitlines():
        alert = json.loads(line)
        for field in RUN_DEPENDENT_ALERT_FIELDS:
            alert.pop(field)
        alerts.append(json.dumps(alert, sort_keys=True, ensure_ascii=False))
    return Outputs(
        articles=_keyed(_rows(output, "articles"), "article_id"),
        events=_keyed(_rows(output, "events"), "event_id"),
        alerts=sorted(alerts),
        errors=sorted((e["input"], e["stage"], e["error_class"])
                      for e in _rows(output, "errors")),
        seconds=seconds,
    )


@pytest.fixture(scope="module")
def launch_dir(tmp_path_factory) -> Path:
    """A scratch folder to launch from, holding the acceptance story and a
    copy of the sample feeds; every run names them by relative path."""
    root = tmp_path_factory.mktemp("launch")
    feeds = root / "feeds"
    shutil.copytree(SAMPLE_FEEDS, feeds / "samples")
    (feeds / "story.xml").write_text(acceptance_feed(), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def runs(launch_dir):
    """Runs the monitor once per runner (lazily) and caches its outputs."""
    done: dict[str, Outputs] = {}

    def outputs_on(runner: str) -> Outputs:
        if runner not in done:
            out = f"out-{runner}"
            with pytest.MonkeyPatch.context() as patch:
                patch.chdir(launch_dir)
                started = time.monotonic()
                run_pipeline(PipelineOptions([
                    "--feeds", "feeds/story.xml", "--feeds", "feeds/samples",
                    "--output", out, "--alerts-file", f"{out}/alerts.jsonl",
                    *RUNNERS[runner],
                ]))
                seconds = time.monotonic() - started
            done[runner] = read_outputs(launch_dir / out, launch_dir / out / "alerts.jsonl",
                                        seconds)
            print(f"\n{runner}: {seconds:.1f} s", file=sys.stderr)
        return done[runner]

    return outputs_on


def test_baseline_run_has_the_expected_content(runs, launch_dir):
    """The comparison below is only worth something if the baseline is not
    empty: the acceptance story's events and the sample feeds' error."""
    base = runs(BASELINE)
    found = {(e["event_type"], e["source"], e["target"], e["modality"])
             for e in base.events.values()}
    assert {
        ("restore_relations", "MEX", "PRK", "intent"),
        ("express_support", "MEX", "CUB", "asserted"),
        ("express_support", "PRK", "CUB", "asserted"),
        ("impose_sanctions", "USA", "CUB", "reference"),
        ("expel_diplomats", "MYS", "PRK", "asserted"),
    } <= found
    assert len(base.articles) >= 18 and len(base.alerts) >= 10
    assert [(Path(i).name, stage) for i, stage, _ in base.errors] == [
        ("not-a-feed.xml", "parse")]
    # Relative --feeds were resolved on the launching side.
    feeds = {a["feed"] for a in base.articles.values()}
    assert str(launch_dir / "feeds" / "story.xml") in feeds
    assert all(os.path.isabs(f) for f in feeds)


@pytest.mark.parametrize("runner", [
    "bundle-based",
    pytest.param("multiprocess", marks=pytest.mark.slow),
    pytest.param("portable", marks=pytest.mark.slow),
])
def test_runner_gives_the_same_outputs_as_the_baseline(runs, runner):
    base, got = runs(BASELINE), runs(runner)
    assert sorted(got.articles) == sorted(base.articles)
    assert sorted(got.events) == sorted(base.events)
    assert got.alerts == base.alerts
    assert got.errors == base.errors
    # Beyond the ids: every stored field but the ingestion time.
    assert got.articles == base.articles
    assert got.events == base.events


def _worker_pids(args: list[str], out: Path) -> set[int]:
    """The processes that ran a reshuffled probe stage under ``args``."""
    with beam.Pipeline(options=PipelineOptions(args)) as p:
        _ = (
            p
            | beam.Create(range(64))
            | beam.Reshuffle()
            | beam.Map(lambda _: os.getpid())
            | beam.Distinct()
            | beam.io.WriteToText(str(out / "pids"))
        )
    return {int(line) for path in out.glob("pids*") for line in path.read_text().split()}


@pytest.mark.slow
def test_multiprocess_mode_runs_two_worker_processes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pids = _worker_pids(RUNNERS["multiprocess"], tmp_path)
    assert len(pids) == 2
    assert os.getpid() not in pids


def test_relative_paths_reach_workers_absolute(tmp_path, monkeypatch):
    """Workers resolve paths in their own working directory, which is not
    the launcher's on a cluster; remote paths and URLs pass unchanged."""
    monkeypatch.chdir(tmp_path)
    options = PipelineOptions([
        "--feeds", "feeds/*.xml", "--feeds", "gs://archive/2021/**",
        "--feeds", "https://news.example/rss", "--output", "out",
        "--alerts-file", "~/alerts.jsonl",
    ])
    resolve_launch_paths(options.view_as(MonitorOptions))
    # What a runner serialises and hands to its workers:
    sent = options.get_all_options()
    assert sent["feeds"] == [str(tmp_path / "feeds" / "*.xml"), "gs://archive/2021/**",
                             "https://news.example/rss"]
    assert sent["output"] == str(tmp_path / "out")
    assert sent["alerts_file"] == os.path.expanduser("~/alerts.jsonl")


# Run in a fresh interpreter, isolated (-I: no PYTHONPATH, no script or
# working directory on sys.path) from an empty folder: it sees only what a
# worker has, the installed packages.
_WORKER_CHECK = r"""
import pickle, sys
from apache_beam.internal import pickler
payloads = pickle.load(open(sys.argv[1], "rb"))
for name, payload in payloads:
    fn = pickler.loads(payload)[0]
    before = {k: type(v).__name__ for k, v in vars(fn).items()}
    fn.setup()
    if hasattr(fn, "_nlp"):
        assert before["_nlp"] == "NoneType", name
        doc = fn._nlp("Mexico restored diplomatic relations with North Korea.")
        assert doc._.events, "the coder found no event after setup()"
    fn.teardown()
    print(type(fn).__name__)
"""


@pytest.mark.slow
def test_dofns_travel_small_and_set_up_on_a_bare_worker(tmp_path, launch_dir):
    """Every DoFn of the graph is pickled small (no model inside: it is
    loaded in setup()) and unpickles and sets up in a fresh interpreter that
    shares nothing with this process, not even its working directory."""
    options = PipelineOptions([
        "--feeds", str(launch_dir / "feeds"), "--output", str(tmp_path / "out"),
        "--alerts-file", str(tmp_path / "out" / "alerts.jsonl"),
    ])
    pipeline = beam.Pipeline(runner="FnApiRunner", options=options)
    build(pipeline, options.view_as(MonitorOptions), "portability-check")
    proto = pipeline.to_runner_api()
    payloads = []
    for transform in proto.components.transforms.values():
        if transform.spec.urn != common_urns.primitives.PAR_DO.urn:
            continue
        do_fn = beam_runner_api_pb2.ParDoPayload.FromString(transform.spec.payload).do_fn
        if do_fn.urn == python_urns.PICKLED_DOFN_INFO:
            payloads.append((transform.unique_name, do_fn.payload))
    assert len(payloads) >= 10
    largest = max(payloads, key=lambda p: len(p[1]))
    assert len(largest[1]) < 200_000, f"{largest[0]} pickles to {len(largest[1])} bytes"

    blob = tmp_path / "payloads.pickle"
    blob.write_bytes(pickle.dumps(payloads))
    bare = tmp_path / "bare"
    bare.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run([sys.executable, "-I", "-c", _WORKER_CHECK, str(blob)],
                            cwd=bare, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    names = result.stdout.split()
    assert len(names) == len(payloads)
    assert {"CodeTextsFn", "FetchFeedFn", "ParseFeedFn", "ExpandFeedSpecsFn"} <= set(names)


# ------------------------------------------------- reading through FileSystems


class MemoryFileSystem(FileSystem):
    """``memfs://``: an object store in memory (no directories, like gs:// and
    s3://), registered with Beam by subclassing ``FileSystem``. Only the
    in-process runner's workers can see it."""

    _files: dict[str, bytes] = {}

    @classmethod
    def scheme(cls) -> str:
        return "memfs"

    def join(self, basepath: str, *paths: str) -> str:
        return posixpath.join(basepath, *paths)

    def split(self, path: str) -> tuple[str, str]:
        return posixpath.split(path)

    def has_dirs(self) -> bool:
        return False

    def mkdirs(self, path: str) -> None:
        pass

    def _list(self, prefix: str):
        for path, data in sorted(self._files.items()):
            if path.startswith(prefix):
                yield FileMetadata(path, len(data), 0.0)

    def exists(self, path: str) -> bool:
        return path in self._files

    def size(self, path: str) -> int:
        return len(self._files[path])

    def last_updated(self, path: str) -> float:
        return 0.0

    def metadata(self, path: str) -> FileMetadata:
        if path not in self._files:
            raise BeamIOError(f"no such object {path}")
        return FileMetadata(path, len(self._files[path]), 0.0)

    def open(self, path, mime_type="application/octet-stream", compression_type=None):
        if path not in self._files:
            raise BeamIOError(f"no such object {path}")
        return io.BytesIO(self._files[path])

    def create(self, path, mime_type="application/octet-stream", compression_type=None):
        raise NotImplementedError("memfs is read-only here")

    def copy(self, source_file_names, destination_file_names):
        raise NotImplementedError("memfs is read-only here")

    def rename(self, source_file_names, destination_file_names):
        raise NotImplementedError("memfs is read-only here")

    def delete(self, paths):
        raise NotImplementedError("memfs is read-only here")


def test_feed_archives_are_read_through_beam_filesystems(runs, launch_dir, tmp_path):
    """The same feeds stored in an object store (a folder and a recursive
    glob) give the same articles, events and alerts as the local files."""
    archive = "memfs://archive"
    MemoryFileSystem._files = {
        f"{archive}/2021/07/story.xml": (launch_dir / "feeds" / "story.xml").read_bytes(),
        **{f"{archive}/samples/{p.name}": p.read_bytes() for p in SAMPLE_FEEDS.iterdir()},
    }
    out = tmp_path / "out"
    run_pipeline(PipelineOptions([
        "--feeds", f"{archive}/samples/", "--feeds", f"{archive}/20*/**/*.xml",
        "--output", str(out), "--alerts-file", str(out / "alerts.jsonl"),
        "--runner=FnApiRunner",
    ]))
    got, base = read_outputs(out, out / "alerts.jsonl", 0.0), runs(BASELINE)
    assert sorted(got.articles) == sorted(base.articles)
    assert sorted(got.events) == sorted(base.events)
    # Alerts name the feed they came from, so compare them without it.
    assert [_without_feed(a) for a in got.alerts] == [_without_feed(a) for a in base.alerts]
    assert {a["feed"] for a in got.articles.values()} == {
        f"{archive}/2021/07/story.xml", f"{archive}/samples/worldwire.rss",
        f"{archive}/samples/global-desk.atom", f"{archive}/samples/asia-briefs.rdf"}
    assert [(i, stage) for i, stage, _ in got.errors] == [
        (f"{archive}/samples/not-a-feed.xml", "parse")]


def _without_feed(alert_json: str) -> str:
    alert = json.loads(alert_json)
    alert["article"].pop("feed")
    return json.dumps(alert, sort_keys=True, ensure_ascii=False)
