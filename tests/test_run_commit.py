"""Committing a run's staged files."""

import json

import pytest

from transforms.run_commit import (
    commit_staged_files,
    final_path,
    remove_staging,
    staging_dir,
    write_run_record,
)


def stage(output, run_id, *relative):
    paths = []
    for rel in relative:
        path = f"{staging_dir(str(output), run_id)}/{rel}"
        (output / ".staging" / run_id / rel).parent.mkdir(parents=True, exist_ok=True)
        (output / ".staging" / run_id / rel).write_text(rel)
        paths.append(path)
    return paths


def test_final_path_maps_staging_to_the_tables(tmp_path):
    staged = f"{staging_dir(str(tmp_path), 'r1')}/events/dt=2021-07-24/r1-0.parquet"
    expected = f"{tmp_path}/events/dt=2021-07-24/r1-0.parquet"
    assert final_path(str(tmp_path), "r1", staged) == expected
    with pytest.raises(ValueError):
        final_path(str(tmp_path), "r2", staged)


def test_commit_moves_articles_last_and_is_idempotent(tmp_path, monkeypatch):
    staged = stage(tmp_path, "r1", "articles/dt=2021-07-24/r1-0.parquet",
                   "events/dt=2021-07-24/r1-0.parquet", "errors/dt=2026-11-29/r1-0.parquet")
    order = []
    from apache_beam.io.filesystems import FileSystems
    real_rename = FileSystems.rename

    def recording_rename(src, dst):
        order.extend(dst)
        return real_rename(src, dst)

    monkeypatch.setattr(FileSystems, "rename", recording_rename)
    files = commit_staged_files(str(tmp_path), "r1", staged)
    assert [p.split("/")[-3] for p in order] == ["errors", "events", "articles"]
    assert all((tmp_path / p.split(f"{tmp_path}/")[1]).read_text() for p in files)
    # a retried commit (say, after a worker died mid-way) finds the moves done
    assert commit_staged_files(str(tmp_path), "r1", staged) == files


def test_commit_fails_loudly_when_a_file_is_gone(tmp_path):
    staged = stage(tmp_path, "r1", "events/dt=2021-07-24/r1-0.parquet")
    (tmp_path / ".staging" / "r1" / "events" / "dt=2021-07-24" / "r1-0.parquet").unlink()
    with pytest.raises(OSError, match="lost files"):
        commit_staged_files(str(tmp_path), "r1", staged)


def test_run_record_and_staging_cleanup(tmp_path):
    stage(tmp_path, "r1", "events/dt=2021-07-24/r1-0.parquet")
    record = write_run_record(str(tmp_path), "r1", ["a", "b"])
    assert json.loads(open(record).read())["files"] == ["a", "b"]
    remove_staging(str(tmp_path), "r1")
    assert not (tmp_path / ".staging" / "r1").exists()
