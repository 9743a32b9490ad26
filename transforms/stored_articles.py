"""Articles an earlier run already stored are not stored, coded or alerted
again: running the same feeds twice into one --output adds nothing the second
time, and a feed polled again tomorrow adds only what is new."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from transforms.normalize import PickRepresentativeFn, pack_article, unpack_article
from transforms.parked_articles import ClaimStoredIdsFn, ParkArticlesFn, PickParkedFn
from transforms.parquet_output import read_parquet_table


def stored_articles_glob(output: str) -> str:
    """The committed article files of an output folder (never the hidden
    staging area of a run in progress)."""
    return FileSystems.join(output, "articles", "dt=*", "*.parquet")


def _article_ids(readable: fileio.ReadableFile) -> Iterator[str]:
    with readable.open() as fh:
        table = read_parquet_table(fh, columns=["article_id"])
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


class _PickNewFn(PickRepresentativeFn):
    """(article_id, copies and stored markers) -> the copy to keep, unless
    the id is stored already. The counters are those of ``DeduplicateArticles``
    followed by ``DropStoredArticles``."""

    def __init__(self) -> None:
        super().__init__()
        self._stored = Metrics.counter("diplowatch", "already_stored")
        self._new = Metrics.counter("diplowatch", "articles_new")

    def process(self, keyed: tuple[str, Iterable[dict[str, Any] | None]]
                ) -> Iterator[dict[str, Any]]:
        _, values = keyed
        copies, stored = [], False
        for value in values:  # a grouped iterable: read once
            if value is None:
                stored = True
            else:
                copies.append(unpack_article(value))
        if not copies:  # stored by an earlier run, not seen in this one
            return
        article = self.keep(copies)
        if stored:
            self._stored.inc()
            return
        self._new.inc()
        yield article


class DeduplicateNewArticles(beam.PTransform):
    """``DeduplicateArticles`` then ``DropStoredArticles(stored_ids)`` in one
    grouping: each article crosses a stage boundary (is encoded, grouped and
    decoded) once instead of twice.

    In memory, the stored ids join the articles as ``(id, None)``: an
    article (packed with ``normalize.pack_article``) is never None.

    With ``park`` (a folder no other run writes to), the articles and the
    claims (id and ticket) of articles and stored ids wait in files there and
    only the tickets of the claims' segments are grouped (``parked_articles``):
    a local run's memory then no longer grows with the run's size.
    """

    def __init__(self, stored_ids: beam.PCollection, park: str | None = None):
        super().__init__()
        self._stored_ids = stored_ids
        self._park = park

    def expand(self, articles):
        stored = self._stored_ids
        if self._park is None:
            keyed = articles | "KeyById" >> beam.Map(lambda a: (a["article_id"], pack_article(a)))
            stored = stored | "KeyStored" >> beam.Map(lambda i: (i, None))
            pick = _PickNewFn()
        else:
            keyed = articles | "Park" >> beam.ParDo(ParkArticlesFn(self._park))
            stored = stored | "ClaimStored" >> beam.ParDo(ClaimStoredIdsFn(self._park))
            pick = PickParkedFn(self._park)
        return (
            (keyed, stored)
            | "Both" >> beam.Flatten()
            | "Group" >> beam.GroupByKey()
            | "PickNew" >> beam.ParDo(pick)
        )
