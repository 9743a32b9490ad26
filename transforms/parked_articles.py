"""A claim check for the batch run's de-duplication: articles are parked in
files, and so are the claims that say where; only a few tickets per bundle
cross the grouping.

A local batch run (FnApiRunner) holds a grouping's whole input and output in
memory and hands the output to the next stage in one piece: anything grouped
per article makes the run's memory grow with the corpus (kilobytes per
article for the articles themselves, still ~0.4 KB for an id and a ticket,
most of it the runner's dict, lists and encoded copies). So nothing per
article crosses it:

- each bundle of the parking stage appends every article, encoded, to its own
  file, and a *claim* for it (its id and the article's ticket, ``(token,
  offset, length)`` in that file) to an in-memory buffer, one list per
  partition of ids; every ``MAX_BUFFERED_CLAIMS`` and at the end of the
  bundle the buffer is written to the same file, one *segment* per partition,
  and the segments' tickets are what the stage outputs: ``(partition,
  ticket)``, a few hundred per flush however long the articles;
- ids an earlier run stored become claims in segments the same way;
- the stage after the grouping gets one partition's segment tickets, reads
  its claims (a 1/``PARTITIONS`` share of the run's), sorts them out by id
  and reads back the one copy it keeps of each new article.

Each bundle writes a file of its own, named by a random token, in a folder of
the run's staging area (``<output>/.staging/<run_id>/.parked``): a retried
bundle never touches a file an earlier attempt wrote (its outputs, the only
way to the segments, are dropped with it), and the folder goes when the
run's staging area is removed.
"""

from __future__ import annotations

import struct
import uuid
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import IO, Any

import apache_beam as beam
from apache_beam.coders.coders import FastPrimitivesCoder
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindows
from apache_beam.utils.windowed_value import WindowedValue

from transforms.normalize import choose, pack_article, unpack_article

Ticket = tuple[str, int, int]  # (file token, offset, length)
Claim = bytes  # a parked copy's ticket and id, or the id of a stored article
Segment = tuple[int, Ticket]  # (partition, where its claims are)

# Partitions of the ids: the pick stage holds one partition's claims at a
# time, and each flush writes up to this many segments.
PARTITIONS = 256
# Claims a bundle buffers before it writes them out (~100 bytes each).
MAX_BUFFERED_CLAIMS = 50_000
_PARKED_COPY, _STORED = b"P", b"S"
_TICKET = struct.Struct(">8sQI")  # token (8 bytes of hex), offset, length
_LENGTH = struct.Struct(">I")

# The parked files' folder inside a batch run's staging folder (hidden, like
# it, from every reader of the tables).
PARKED = ".parked"

_CODER = FastPrimitivesCoder()
# Parked files a reading worker keeps open at once: one per parking bundle is
# the common case (a local run parks in a handful of bundles).
MAX_OPEN_FILES = 16


def parked_path(folder: str, token: str) -> str:
    return FileSystems.join(folder, f"{token}.bin")


def partition_of(article_id: str) -> int:
    """The partition of an id's claims: the same in every process (not
    ``hash``, which is salted per process)."""
    return zlib.crc32(article_id.encode("utf-8")) % PARTITIONS


def parked_claim(article_id: str, ticket: Ticket) -> Claim:
    token, offset, length = ticket
    return _PARKED_COPY + _TICKET.pack(bytes.fromhex(token), offset, length) + \
        article_id.encode("utf-8")


def stored_claim(article_id: str) -> Claim:
    return _STORED + article_id.encode("utf-8")


def read_claim(claim: Claim) -> tuple[str, Ticket | None]:
    """``(article_id, ticket)``; the ticket is None for a stored id."""
    if claim[:1] == _STORED:
        return claim[1:].decode("utf-8"), None
    if claim[:1] != _PARKED_COPY:
        raise ValueError(f"not a claim of parked_articles: {claim[:24]!r}")
    token, offset, length = _TICKET.unpack_from(claim, 1)
    return claim[1 + _TICKET.size:].decode("utf-8"), (token.hex(), offset, length)


def segment_claims(data: bytes) -> Iterator[Claim]:
    """The claims of a segment as written by ``_SpillClaimsFn``."""
    at = 0
    while at < len(data):
        (length,) = _LENGTH.unpack_from(data, at)
        at += _LENGTH.size
        claim = data[at:at + length]
        if len(claim) != length:
            raise ValueError(f"a parked segment ends inside a claim at byte {at}")
        yield claim
        at += length


class _SpillClaimsFn(beam.DoFn):
    """Writes claims into this bundle's parked file, a segment per partition
    at each flush, and outputs ``(partition, segment ticket)``."""

    def __init__(self, folder: str, max_buffered: int | None = None):
        self._folder = folder
        self._max_buffered = max_buffered or MAX_BUFFERED_CLAIMS

    def start_bundle(self) -> None:
        self._token = uuid.uuid4().hex[:16]
        self._fh: IO[bytes] | None = None
        self._offset = 0
        self._buffered: dict[int, list[bytes]] = {}
        self._count = 0

    def _append(self, data: bytes) -> Ticket:
        if self._fh is None:
            # FileSystems.create makes a missing local folder.
            self._fh = FileSystems.create(
                parked_path(self._folder, self._token),
                mime_type="application/octet-stream",
                compression_type=CompressionTypes.UNCOMPRESSED)
        self._fh.write(data)
        ticket = (self._token, self._offset, len(data))
        self._offset += len(data)
        return ticket

    def _claim(self, article_id: str, claim: Claim) -> Iterator[Segment]:
        self._buffered.setdefault(partition_of(article_id), []).append(
            _LENGTH.pack(len(claim)) + claim)
        self._count += 1
        if self._count >= self._max_buffered:
            yield from self._flush()

    def _flush(self) -> Iterator[Segment]:
        buffered, self._buffered, self._count = self._buffered, {}, 0
        for partition in sorted(buffered):
            yield partition, self._append(b"".join(buffered[partition]))

    def finish_bundle(self) -> Iterator[WindowedValue]:
        # Segments are read only after the grouping, that is after every
        # bundle of this stage has finished: the file is complete by then.
        # Parking runs in batch, in the global window.
        for segment in self._flush():
            yield GlobalWindows.windowed_value(segment)
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class ParkArticlesFn(_SpillClaimsFn):
    """Article rows -> segments of their claims; the rows go to this
    bundle's parked file."""

    def __init__(self, folder: str, max_buffered: int | None = None):
        super().__init__(folder, max_buffered)
        self._parked = Metrics.counter("diplowatch", "articles_parked")

    def process(self, article: dict[str, Any]) -> Iterator[Segment]:
        ticket = self._append(_CODER.encode(pack_article(article)))
        self._parked.inc()
        article_id = article["article_id"]
        yield from self._claim(article_id, parked_claim(article_id, ticket))


class ClaimStoredIdsFn(_SpillClaimsFn):
    """Ids an earlier run stored -> segments of their claims."""

    def process(self, article_id: str) -> Iterator[Segment]:
        yield from self._claim(article_id, stored_claim(article_id))


class ParkedArticles:
    """Reads parked articles back by ticket, keeping a few files open."""

    def __init__(self, folder: str, max_open: int = MAX_OPEN_FILES):
        self._folder = folder
        self._max_open = max_open
        self._open: OrderedDict[str, IO[bytes]] = OrderedDict()

    def read(self, ticket: Ticket) -> dict[str, Any]:
        return unpack_article(_CODER.decode(self.read_bytes(ticket)))

    def read_bytes(self, ticket: Ticket) -> bytes:
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
        return data

    def close(self) -> None:
        while self._open:
            _, fh = self._open.popitem()
            fh.close()


class PickParkedFn(beam.DoFn):
    """(partition, segment tickets) -> for each id claimed in the partition,
    the copy to keep, read back from its parked file, unless an earlier run
    stored the id. Copies are read only to choose among several; an article
    already stored is never read. Counters as
    ``stored_articles.DeduplicateNewArticles``'s."""

    def __init__(self, folder: str):
        self._folder = folder
        self._dropped = Metrics.counter("diplowatch", "duplicates_dropped")
        self._unique = Metrics.counter("diplowatch", "articles_unique")
        self._stored = Metrics.counter("diplowatch", "already_stored")
        self._new = Metrics.counter("diplowatch", "articles_new")

    def setup(self) -> None:
        self._parked = ParkedArticles(self._folder)

    def process(self, keyed: tuple[int, Iterable[Ticket]]) -> Iterator[dict[str, Any]]:
        _, segments = keyed
        copies: dict[str, list[Ticket]] = {}
        stored: set[str] = set()
        for segment in segments:  # a grouped iterable: read once
            for claim in segment_claims(self._parked.read_bytes(segment)):
                article_id, ticket = read_claim(claim)
                if ticket is None:
                    stored.add(article_id)
                else:
                    copies.setdefault(article_id, []).append(ticket)
        # An id stored by an earlier run and not seen in this one has no
        # copies: nothing to count.
        for article_id, tickets in copies.items():
            self._dropped.inc(len(tickets) - 1)
            self._unique.inc()
            if article_id in stored:
                self._stored.inc()
                continue
            self._new.inc()
            yield self._keep(tickets)

    def _keep(self, tickets: list[Ticket]) -> dict[str, Any]:
        articles = [self._parked.read(ticket) for ticket in tickets]
        best, duplicates = choose(articles)
        articles[best]["duplicates"] = duplicates  # decoded here: ours to change
        return articles[best]

    def teardown(self) -> None:
        parked = getattr(self, "_parked", None)
        if parked is not None:
            parked.close()
