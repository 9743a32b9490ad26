"""Articles an earlier run already stored are not stored, coded or alerted
again: running the same feeds twice into one --output adds nothing the second
time, and a feed polled again tomorrow adds only what is new."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics


def stored_articles_glob(output: str) -> str:
    """The committed article files of an output folder (never the hidden
    staging area of a run in progress)."""
    return FileSystems.join(output, "articles", "dt=*", "*.parquet")


def _article_ids(readable: fileio.ReadableFile) -> Iterator[str]:
    with readable.open() as fh:
        table = pq.read_table(fh, columns=["article_id"])
    yield from table.column("article_id").to_pylist()


class ReadStoredArticleIds(beam.PTransform):
    """The article_id of every article stored under ``output`` (none when the
    folder is new)."""

    def __init__(self, output: str):
        super().__init__()
        self._glob = stored_articles_glob(output)

    def expand(self, pbegin):
        return (
            pbegin
            | "Match" >> fileio.MatchFiles(self._glob, fileio.EmptyMatchTreatment.ALLOW)
            | "Read" >> fileio.ReadMatches()
            | "Ids" >> beam.FlatMap(_article_ids)
        )


class _KeepNewFn(beam.DoFn):
    def __init__(self):
        self._stored = Metrics.counter("diplowatch", "already_stored")
        self._new = Metrics.counter("diplowatch", "articles_new")

    def process(self, element: tuple[str, dict[str, list]]) -> Iterator[dict[str, Any]]:
        _, grouped = element
        if grouped["stored"]:
            self._stored.inc(len(grouped["new"]))
            return
        for article in grouped["new"]:  # one: articles are de-duplicated already
            self._new.inc()
            yield article


class DropStoredArticles(beam.PTransform):
    """Articles -> those whose id is not among ``stored_ids``.

    A join (CoGroupByKey) rather than a side input, so that the set of stored
    ids never has to fit in one worker's memory.
    """

    def __init__(self, stored_ids: beam.PCollection):
        super().__init__()
        self._stored_ids = stored_ids

    def expand(self, articles):
        return (
            {
                "new": articles | "KeyNew" >> beam.Map(lambda a: (a["article_id"], a)),
                "stored": self._stored_ids | "KeyStored" >> beam.Map(lambda i: (i, True)),
            }
            | "Join" >> beam.CoGroupByKey()
            | "KeepNew" >> beam.ParDo(_KeepNewFn())
        )
