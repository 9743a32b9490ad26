"""Throughput and memory of the batch pipeline against a plain spaCy loop.

    .venv/bin/python -m bench.throughput [--items N] [--corpus items.jsonl]
                                         [--workers W] [--model NAME]

Runs, each in a process of its own and on the same items:

(a) the baseline, a plain spaCy loop: ``nlp.pipe`` of the stock spaCy
    pipeline with the event coder appended (``spacy.load`` + ``add_pipe``;
    none of ``load_nlp``'s speed-ups) over every item's title and summary;
(b) the diplowatch batch pipeline end to end (``run_pipeline``: feed files ->
    Parquet + alerts), over the same items written as RSS files, timed from
    launch to the last file committed, model load included.

Prints items per second of each, the ratio b/a, the peak RSS of each process
(with its children), the event counts of both, and whether both found the same
events. The default corpus is ../shared/corpora/replay/items.jsonl (19,367 real
items) when it is there, else a generated corpus of the same size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
REPLAY_ITEMS = ROOT.parent / "shared" / "corpora" / "replay" / "items.jsonl"
ITEMS_PER_FEED = 250
_COUNTED_OUT = {"negated", "hypothetical"}


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


# -- corpus -----------------------------------------------------------------

_COUNTRIES = ["France", "Japan", "Brazil", "Kenya", "Canada", "India", "Mexico", "Turkey",
              "Norway", "Chile", "Egypt", "Vietnam", "Poland", "Ghana", "Peru", "Spain"]
_NEWS = [
    "{a} unveils budget with tax cuts for families",
    "Storm leaves thousands without power in {a}",
    "{a} central bank holds interest rates steady",
    "Football: {a} beat {b} 2-1 in World Cup qualifier",
    "Election count continues in {a} as turnout hits record",
    "Wildfires force evacuations in northern {a}",
    "{a} and {b} sign deal on renewable energy research",
    "Tech firm opens new headquarters in {a}",
    "{a} reports slowest economic growth in a decade",
    "Museum in {a} returns looted artefacts",
]
_EVENTS = [
    "{a} expels {b}'s ambassador over spying claims",
    "{a} imposes sanctions on {b} officials",
    "{a} recalls envoy from {b} for consultations",
    "{a} restores diplomatic ties with {b}",
    "{a} threatens sanctions against {b} over border dispute",
]


def generated_items(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """Headline-and-summary items with the replay corpus's mix: about 2% about
    diplomacy or sanctions."""
    rng = random.Random(seed)
    items = []
    for i in range(n):
        a, b = rng.sample(_COUNTRIES, 2)
        template = rng.choice(_EVENTS if rng.random() < 0.02 else _NEWS)
        title = template.format(a=a, b=b)
        items.append({
            "guid": f"gen-{i}",
            "link": f"https://bench.example/{i}",
            "title": title,
            "summary": f"{title.split(':')[-1].strip()}, officials said on Tuesday.",
            "published": "Tue, 05 Oct 2021 09:00:00 GMT",
        })
    return items


def load_items(corpus: str | None, limit: int | None) -> tuple[list[dict], str]:
    path = Path(corpus) if corpus else REPLAY_ITEMS
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            items = [json.loads(line) for line in fh]
        name = str(path)
    else:
        items, name = generated_items(limit or 19_367), "generated"
    return (items[:limit] if limit else items), name


def write_feeds(items: list[dict], folder: Path) -> None:
    for start in range(0, len(items), ITEMS_PER_FEED):
        parts = []
        for item in items[start:start + ITEMS_PER_FEED]:
            fields = [f"<title>{escape(item.get('title') or '')}</title>",
                      f"<description>{escape(item.get('summary') or '')}</description>"]
            if item.get("link"):
                fields.append(f"<link>{escape(item['link'])}</link>")
            if item.get("guid"):
                fields.append(f'<guid isPermaLink="false">{escape(item["guid"])}</guid>')
            if item.get("published"):
                fields.append(f"<pubDate>{escape(item['published'])}</pubDate>")
            parts.append("<item>" + "".join(fields) + "</item>")
        (folder / f"feed-{start // ITEMS_PER_FEED:05d}.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            "<title>bench</title><link>https://bench.example/</link><description>b"
            "</description>" + "".join(parts) + "</channel></rss>",
            encoding="utf-8",
        )


def event_key(article_id: str, part: str, event: dict) -> str:
    return "|".join([article_id, part, event["event_type"], event["source"] or "",
                     event["target"] or "", event["modality"]])


# -- the two phases, each run in a process of its own -------------------------

def phase_baseline(items: list[dict], model: str | None) -> dict:
    import spacy

    from transforms.coder import ABBREVIATIONS_NAME, COMPONENT_NAME, check_model
    from transforms.normalize import article_id_for
    from transforms.text import clean_text

    nlp = spacy.load(check_model(model))
    # The coder's two components, as load_nlp adds them, without its speed-ups.
    nlp.add_pipe(ABBREVIATIONS_NAME, first=True)
    nlp.add_pipe(COMPONENT_NAME, last=True)
    texts, keys = [], []
    for item in items:
        entry = {"link": item.get("link"), "guid": item.get("guid"), "feed": "bench",
                 "title": item.get("title") or "", "summary": item.get("summary") or ""}
        article_id = article_id_for(entry)
        for part in ("title", "summary"):
            text = clean_text(entry[part])
            if text:
                texts.append(text)
                keys.append((article_id, part))
    started = time.perf_counter()
    found = set()
    for (article_id, part), doc in zip(keys, nlp.pipe(texts, batch_size=256), strict=True):
        for event in doc._.events:
            if event.modality not in _COUNTED_OUT:
                found.add(event_key(article_id, part, event.as_dict()))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "texts": len(texts), "events": sorted(found)}


def phase_pipeline(feeds: Path, model: str | None, workers: int) -> dict:
    """The pipeline over feed files the parent wrote, so that this process's peak
    memory is the pipeline's own (not the corpus held by the harness)."""
    import duckdb
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipelines.monitor import run_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        args = ["--feeds", str(feeds), "--output", str(out),
                "--alerts-file", str(out / "alerts.jsonl")]
        if model:
            args += ["--spacy-model", model]
        if workers > 1:
            args += ["--direct_running_mode=multi_processing",
                     f"--direct_num_workers={workers}"]
        started = time.perf_counter()
        outcome = run_pipeline(PipelineOptions(args))
        seconds = time.perf_counter() - started
        rows = duckdb.connect().execute(
            "SELECT article_id, text_part, event_type, source, target, modality FROM "
            f"read_parquet('{out}/events/*/*.parquet')"
        ).fetchall() if list(out.glob("events/*/*.parquet")) else []
    found = {
        event_key(a, part, {"event_type": t, "source": s, "target": g, "modality": m})
        for a, part, t, s, g, m in rows if m not in _COUNTED_OUT
    }
    return {"seconds": seconds, "articles": outcome.totals["articles_new"],
            "texts_coded": outcome.totals["texts_coded"], "events": sorted(found)}


def _run_phase(phase: str, args: argparse.Namespace, data: Path) -> dict:
    cmd = [sys.executable, "-m", "bench.throughput", "--phase", phase,
           "--items-file" if phase == "baseline" else "--feeds-dir", str(data),
           "--workers", str(args.workers)]
    if args.model:
        cmd += ["--model", args.model]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bench: the {phase} phase failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def by_type(keys: list[str]) -> Counter:
    return Counter(key.split("|")[2] for key in keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.throughput", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="items JSONL (outlet, guid, title, summary, link, "
                        "published); default: the replay corpus, else generated")
    parser.add_argument("--items", type=int, default=None, help="use the first N items")
    parser.add_argument("--workers", type=int, default=1,
                        help="pipeline worker processes (FnApiRunner multi_processing)")
    parser.add_argument("--model", default=None, help="spaCy model (default as the pipeline)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--phase", choices=["baseline", "pipeline"], help=argparse.SUPPRESS)
    parser.add_argument("--items-file", help=argparse.SUPPRESS)
    parser.add_argument("--feeds-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase == "baseline":  # inside a measured child process
        with open(args.items_file, encoding="utf-8") as fh:
            result = phase_baseline(json.load(fh), args.model)
    elif args.phase == "pipeline":
        result = phase_pipeline(Path(args.feeds_dir), args.model, args.workers)
    if args.phase:
        result["peak_rss_mb"] = round(peak_rss_mb(), 1)
        print(json.dumps(result))
        return 0

    items, corpus = load_items(args.corpus, args.items)
    with tempfile.TemporaryDirectory() as tmp:
        items_file = Path(tmp) / "items.json"
        items_file.write_text(json.dumps(items), encoding="utf-8")
        feeds = Path(tmp) / "feeds"
        feeds.mkdir()
        write_feeds(items, feeds)
        baseline = _run_phase("baseline", args, items_file)
        pipeline = _run_phase("pipeline", args, feeds)

    n = len(items)
    a_rate, b_rate = n / baseline["seconds"], n / pipeline["seconds"]
    same = baseline["events"] == pipeline["events"]
    result = {
        "corpus": corpus, "items": n, "workers": args.workers, "cpus": os.cpu_count(),
        "baseline": {"items_per_s": round(a_rate, 1), "seconds": round(baseline["seconds"], 2),
                     "peak_rss_mb": baseline["peak_rss_mb"], "events": len(baseline["events"]),
                     "by_type": by_type(baseline["events"])},
        "pipeline": {"items_per_s": round(b_rate, 1), "seconds": round(pipeline["seconds"], 2),
                     "peak_rss_mb": pipeline["peak_rss_mb"], "events": len(pipeline["events"]),
                     "by_type": by_type(pipeline["events"]),
                     "texts_coded": pipeline["texts_coded"]},
        "ratio": round(b_rate / a_rate, 2),
        "same_events": same,
        "only_baseline": sorted(set(baseline["events"]) - set(pipeline["events"]))[:20],
        "only_pipeline": sorted(set(pipeline["events"]) - set(baseline["events"]))[:20],
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"corpus: {corpus}, {n} items; {os.cpu_count()} CPUs; pipeline workers: {args.workers}")
    print(f"{'':34}{'items/s':>10}{'seconds':>10}{'peak RSS MB':>13}{'events':>8}")
    print(f"{'(a) spaCy nlp.pipe, every item':34}{a_rate:>10.1f}{baseline['seconds']:>10.1f}"
          f"{baseline['peak_rss_mb']:>13.0f}{len(baseline['events']):>8}")
    print(f"{'(b) diplowatch pipeline, end to end':34}{b_rate:>10.1f}"
          f"{pipeline['seconds']:>10.1f}{pipeline['peak_rss_mb']:>13.0f}"
          f"{len(pipeline['events']):>8}")
    print(f"ratio b/a: {b_rate / a_rate:.1f}x   same events: {'yes' if same else 'NO'}")
    for name in ("only_baseline", "only_pipeline"):
        for key in result[name]:
            print(f"  {name}: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
