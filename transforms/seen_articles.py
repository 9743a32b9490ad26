"""De-duplication across time: an article (by ``article_id``, i.e. canonical
URL) seen again within ``horizon`` (the next poll of its feed, another
outlet's copy, a re-published message) is dropped, so it gives no second
article row and no second alert.

A stateful DoFn keyed by ``article_id``: the state is when the article was
first seen, and an event-time timer clears it ``horizon`` later, so state is
bounded by the articles of one horizon. Beam's ``DeduplicatePerKey`` does the
same job but would force the slow bundle-based runner path everywhere.

``prior_article_ids`` seeds the state from the articles a previous run wrote
into the same ``--output``, so a restarted pipeline does not alert again on
what the feeds still carry.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
from typing import Any

import apache_beam as beam
from apache_beam.coders import VarIntCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import Duration, Timestamp

from transforms.parquet_output import read_parquet_table

LOG = logging.getLogger(__name__)

DEFAULT_HORIZON_S = 7 * 24 * 3600


def prior_article_ids(output: str | None, horizon_s: float,
                      now: dt.datetime | None = None) -> dict[str, int]:
    """``article_id -> first seen (epoch micros)`` of the articles written to
    ``output``/articles/ (local folders only) within the last ``horizon_s``."""
    if not output or "://" in output:
        return {}
    now = now or dt.datetime.now(dt.UTC)
    since = now - dt.timedelta(seconds=horizon_s)
    seen: dict[str, int] = {}
    # dt=*/ only: files still under the hidden .temp folders are not written yet.
    for path in sorted(glob.glob(os.path.join(output, "articles", "dt=*", "*.parquet"))):
        try:
            table = read_parquet_table(path, columns=["article_id", "ingested_at"])
        except Exception as err:  # a damaged file must not stop a restart
            LOG.warning("cannot read %s for de-duplication: %s", path, err)
            continue
        for row in table.to_pylist():
            ingested = row["ingested_at"]
            if ingested is None or ingested < since:
                continue
            micros = int(ingested.timestamp() * 1_000_000)
            known = seen.get(row["article_id"])
            seen[row["article_id"]] = micros if known is None else min(known, micros)
    return seen


_FIRST_SEEN = ReadModifyWriteStateSpec("first_seen", VarIntCoder())  # epoch micros
_EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)
_FIRST_SEEN_PARAM = beam.DoFn.StateParam(_FIRST_SEEN)
_EXPIRE_PARAM = beam.DoFn.TimerParam(_EXPIRE)


class _SeenArticlesFn(beam.DoFn):
    def __init__(self, horizon_s: float, output: str | None):
        self._horizon = Duration(seconds=horizon_s)
        self._horizon_s = horizon_s
        self._output = output
        self._dropped = Metrics.counter("diplowatch", "duplicates_dropped")
        self._unique = Metrics.counter("diplowatch", "articles_unique")
        # The names the run summary uses: new rows, and ones an earlier run wrote.
        self._new = Metrics.counter("diplowatch", "articles_new")
        self._stored = Metrics.counter("diplowatch", "already_stored")

    def setup(self):
        self._prior = prior_article_ids(self._output, self._horizon_s)

    def process(self, keyed: tuple[str, dict[str, Any]],
                timestamp=beam.DoFn.TimestampParam,
                first_seen=_FIRST_SEEN_PARAM, expire=_EXPIRE_PARAM):
        article_id, article = keyed
        first = first_seen.read()
        if first is None and article_id in self._prior:
            first = self._prior.pop(article_id)
            if timestamp - Timestamp(micros=first) < self._horizon:
                first_seen.write(first)
                expire.set(Timestamp(micros=first) + self._horizon)
                self._stored.inc()
                return
        if first is not None and timestamp - Timestamp(micros=first) < self._horizon:
            self._dropped.inc()
            return
        first_seen.write(timestamp.micros)
        expire.set(timestamp + self._horizon)
        self._unique.inc()
        self._new.inc()
        yield article

    @on_timer(_EXPIRE)
    def forget(self, first_seen=_FIRST_SEEN_PARAM):
        first_seen.clear()


class SeenArticles(beam.PTransform):
    """Article rows -> the rows whose ``article_id`` was not seen in the last
    ``horizon_s`` seconds (of element time), in the global window. ``output``:
    the run's --output, whose articles seed what was seen before."""

    def __init__(self, horizon_s: float = DEFAULT_HORIZON_S, output: str | None = None):
        super().__init__()
        if horizon_s <= 0:
            raise ValueError("horizon_s must be positive")
        self._horizon_s = horizon_s
        self._output = output

    def expand(self, articles):
        return (
            articles
            # Typed so that the key coder is a deterministic one, as state needs.
            | "KeyById" >> beam.Map(lambda a: (a["article_id"], a)).with_output_types(
                tuple[str, Any])
            | "FirstSighting" >> beam.ParDo(_SeenArticlesFn(self._horizon_s, self._output))
        )
