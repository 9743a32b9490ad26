"""A claim check for the batch run's de-duplication: articles are parked in
files and only small tickets cross the grouping.

A local batch run (FnApiRunner) holds a grouping's whole output in memory,
encoded, and hands it to the next stage in one piece; grouping the articles
themselves made the run's memory grow by kilobytes per article. Parked, an
article crosses the grouping as ``(token, offset, length)`` (some 20 bytes
beside its id) and is read back, once, by the stage that keeps it.

Each bundle of the parking stage appends to its own file, named by a random
token, in a folder of the run's staging area (``<output>/.staging/<run_id>/
.parked``): a retried bundle never touches a file an earlier attempt wrote,
and the folder goes when the run's staging area is removed.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import IO, Any

import apache_beam as beam
from apache_beam.coders.coders import FastPrimitivesCoder
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from transforms.normalize import choose, pack_article, unpack_article

Ticket = tuple[str, int, int]  # (file token, offset, length)

# The parked files' folder inside a batch run's staging folder (hidden, like
# it, from every reader of the tables).
PARKED = ".parked"

_CODER = FastPrimitivesCoder()
# Parked files a reading worker keeps open at once: one per parking bundle is
# the common case (a local run parks in a handful of bundles).
MAX_OPEN_FILES = 16


def parked_path(folder: str, token: str) -> str:
    return FileSystems.join(folder, f"{token}.bin")


class ParkArticlesFn(beam.DoFn):
    """Article rows -> ``(article_id, ticket)``; the rows go to this bundle's
    parked file."""

    def __init__(self, folder: str):
        self._folder = folder
        self._parked = Metrics.counter("diplowatch", "articles_parked")

    def start_bundle(self) -> None:
        self._token = uuid.uuid4().hex[:16]
        self._fh: IO[bytes] | None = None
        self._offset = 0

    def process(self, article: dict[str, Any]) -> Iterator[tuple[str, Ticket]]:
        data = _CODER.encode(pack_article(article))
        if self._fh is None:
            # FileSystems.create makes a missing local folder.
            self._fh = FileSystems.create(
                parked_path(self._folder, self._token),
                mime_type="application/octet-stream",
                compression_type=CompressionTypes.UNCOMPRESSED)
        self._fh.write(data)
        self._parked.inc()
        yield article["article_id"], (self._token, self._offset, len(data))
        self._offset += len(data)

    def finish_bundle(self) -> None:
        # Tickets are read only after the grouping, that is after every
        # bundle of this stage has finished: the file is complete by then.
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class ParkedArticles:
    """Reads parked articles back by ticket, keeping a few files open."""

    def __init__(self, folder: str, max_open: int = MAX_OPEN_FILES):
        self._folder = folder
        self._max_open = max_open
        self._open: OrderedDict[str, IO[bytes]] = OrderedDict()

    def read(self, ticket: Ticket) -> dict[str, Any]:
        token, offset, length = ticket
        fh = self._open.pop(token, None)
        if fh is None:
            if len(self._open) >= self._max_open:
                _, oldest = self._open.popitem(last=False)
                oldest.close()
            fh = FileSystems.open(parked_path(self._folder, token),
                                  compression_type=CompressionTypes.UNCOMPRESSED)
        self._open[token] = fh  # most recently used last
        fh.seek(offset)
        data = fh.read(length)
        if len(data) != length:
            raise OSError(f"parked file {parked_path(self._folder, token)} ends before "
                          f"offset {offset + length}: it was truncated or removed mid-run")
        return unpack_article(_CODER.decode(data))

    def close(self) -> None:
        while self._open:
            _, fh = self._open.popitem()
            fh.close()


class PickParkedFn(beam.DoFn):
    """(article_id, tickets and stored markers) -> the copy to keep, read
    back from its parked file, unless an earlier run stored the id. Copies
    are read only to choose among several; an article already stored is
    never read. Counters as ``stored_articles.DeduplicateNewArticles``'s."""

    def __init__(self, folder: str):
        self._folder = folder
        self._dropped = Metrics.counter("diplowatch", "duplicates_dropped")
        self._unique = Metrics.counter("diplowatch", "articles_unique")
        self._stored = Metrics.counter("diplowatch", "already_stored")
        self._new = Metrics.counter("diplowatch", "articles_new")

    def setup(self) -> None:
        self._parked = ParkedArticles(self._folder)

    def process(self, keyed: tuple[str, Iterable[Ticket | None]]
                ) -> Iterator[dict[str, Any]]:
        _, values = keyed
        tickets: list[Ticket] = []
        stored = False
        for value in values:  # a grouped iterable: read once
            if value is None:
                stored = True
            else:
                tickets.append(value)
        if not tickets:  # stored by an earlier run, not seen in this one
            return
        self._dropped.inc(len(tickets) - 1)
        self._unique.inc()
        if stored:
            self._stored.inc()
            return
        self._new.inc()
        copies = [self._parked.read(ticket) for ticket in tickets]
        best, duplicates = choose(copies)
        copies[best]["duplicates"] = duplicates  # decoded here: ours to change
        yield copies[best]

    def teardown(self) -> None:
        parked = getattr(self, "_parked", None)
        if parked is not None:
            parked.close()
