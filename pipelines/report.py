"""What a run prints when it ends: the summary from Beam metrics, and the
events it found as a table."""

from __future__ import annotations

import os
import textwrap
from collections import Counter

from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter

from transforms.code_events import TEXT_PARTS
from transforms.coder import EVENT_TYPES
from transforms.parquet_output import read_parquet_table


def counters(result) -> Counter:
    """The run's diplowatch counters, summed over the steps that report them."""
    totals: Counter = Counter()
    query = result.metrics().query(MetricsFilter().with_namespace("diplowatch"))
    for metric in query["counters"]:
        # Runners that cannot tell committed from attempted values report None.
        value = metric.committed if metric.committed is not None else metric.attempted
        totals[metric.key.metric.name] += value or 0
    return totals


def summary(totals: Counter, run_id: str, output: str, alerts_file: str | None,
            seconds: float, alerts_topic: str | None = None, streaming: bool = False) -> str:
    # No-break spaces keep "type count" together when the list is wrapped.
    events_by_type = ", ".join(
        f"{t}\u00a0{totals[f'events_{t}']}" for t in EVENT_TYPES if totals[f"events_{t}"]
    )
    error_stages = ", ".join(
        f"{name[len('errors_'):]} {n}" for name, n in sorted(totals.items())
        if name.startswith("errors_") and n
    )
    lines = [
        f"diplowatch run {run_id} finished in {seconds:.1f} s",
        # A batch run reads each feed once, so its reads add up to what was
        # listed and found; a streaming run polls feeds again and again.
        f"  feeds read          {totals['feeds_read']:>7}"
        + (f"   of {totals['feeds_listed']} listed" if not streaming else "")
        + f" ({totals['feeds_failed']} failed)",
        f"  entries             {totals['entries_read']:>7}"
        + (f"   of {totals['entries_found']} found" if not streaming else "")
        + f" ({totals['entries_failed']} unreadable,"
        f" {totals['entries_over_limit']} over the per-feed limit)",
        f"  duplicates dropped  {totals['duplicates_dropped']:>7}",
        *([f"  article pages       {totals['articles_fetched']:>7}   fetched"
           f" ({totals['article_fetch_failed']} failed, {totals['robots_refused']} refused by"
           f" robots.txt, {totals['articles_skipped_language']} not coded: language)"]
          if totals['articles_fetched'] or totals['article_fetch_failed']
          or totals['robots_refused'] else []),
        f"  already stored      {totals['already_stored']:>7}   (by an earlier run)",
        f"  articles written    {totals['articles_new']:>7}   -> {output}/articles/",
        f"  events              {totals['events']:>7}   -> {output}/events/",
        *(line.replace("\u00a0", " ") for line in textwrap.wrap(
            events_by_type, 90, initial_indent="      by type: ",
            subsequent_indent="               ")),
        f"  alerts              {totals['alerts']:>7}"
        + (f"   -> {alerts_file}" if alerts_file else "")
        + ("" if alerts_file or alerts_topic else "   (no --alerts-file or --alerts-topic)"),
        *([f"  alerts published    {totals['alerts_published']:>7}   -> {alerts_topic}"
           f"  ({totals['alerts_dead_lettered']} dead-lettered)"] if alerts_topic else []),
        f"  errors              {totals['errors']:>7}   -> {output}/errors/"
        + (f"  ({error_stages})" if error_stages else ""),
    ]
    return "\n".join(lines)


def read_run_events(events_dir: str, run_id: str) -> list[dict]:
    """The events this run wrote, from any Beam filesystem (gs://, local, ...)."""
    pattern = FileSystems.join(events_dir, "dt=*", f"{run_id}-*.parquet")
    files = sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    rows: list[dict] = []
    for path in files:
        with FileSystems.open(path) as fh:
            rows.extend(read_parquet_table(fh).to_pylist())
    return rows


def events_table(rows: list[dict], width: int = 120) -> str:
    """The events grouped under their article, newest article first."""
    if not rows:
        return "No events found."
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(row)
    articles = sorted(
        by_article.values(),
        key=lambda evs: (evs[0]["published_at"] is not None, evs[0]["published_at"]),
        reverse=True,
    )
    lines = []
    for events in articles:
        first = events[0]
        day = f"{first['published_at']:%Y-%m-%d}" if first["published_at"] else "undated   "
        lines.append(f"{day}  {textwrap.shorten(first['title'] or '(untitled)', width - 12)}")
        lines.append(f"            {first['url'] or os.path.basename(first['feed'] or '')}")
        events.sort(key=lambda r: (TEXT_PARTS.index(r["text_part"]), r["start_char"],
                                   r["event_type"], r["source"] or "", r["target"] or ""))
        for r in events:
            pair = f"{r['source'] or 'UNK'} → {r['target'] or 'UNK'}"
            head = (f"    {r['event_type']:<19} {r['modality']:<12} {pair:<12} "
                    f"{r['confidence']:.2f}  {r['text_part']:<8} ")
            quote = textwrap.shorten(r["sentence"], max(20, width - len(head)), placeholder="…")
            lines.append(head + quote)
        lines.append("")
    lines.append(f"{len(rows)} events in {len(by_article)} articles "
                 "(alerts go out for asserted, intent and threat).")
    return "\n".join(lines)
