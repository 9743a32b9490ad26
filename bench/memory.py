"""Peak memory of the batch pipeline against corpus size.

    .venv/bin/python -m bench.memory [--copies 1,3,6,12] [--items N] [--corpus items.jsonl]

Writes the corpus (default: the replay corpus, else a generated one) as feed
files once, three, six and twelve times over -- each copy with its own guids and
links, so that no copy is de-duplicated away -- and runs the pipeline phase of
``bench.throughput`` on each size in a process of its own. Prints the articles
stored, the texts that reached spaCy, the seconds and the peak RSS of each run,
and the growth of peak RSS per 1,000 articles between consecutive sizes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.throughput import ROOT, load_items, write_feeds


def copied(items: list[dict], copies: int) -> list[dict]:
    """The items ``copies`` times over; copy k > 0 of an item gets a guid and a
    link of its own (a path segment: canonical links keep paths, not every
    query), so it is a new article with the same text."""
    out = list(items)
    for k in range(1, copies):
        for item in items:
            link = item.get("link")
            out.append({**item,
                        "guid": f"{item.get('guid') or ''}#copy-{k}",
                        "link": f"{link.rstrip('/')}/copy-{k}" if link else link})
    return out


def run_size(items: list[dict], copies: int, model: str | None, workers: int = 1) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        feeds = Path(tmp) / "feeds"
        feeds.mkdir()
        write_feeds(copied(items, copies), feeds)
        cmd = [sys.executable, "-m", "bench.throughput", "--phase", "pipeline",
               "--feeds-dir", str(feeds), "--workers", str(workers)]
        if model:
            cmd += ["--model", model]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bench.memory: the run with {copies} copies failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return {"copies": copies, "articles": result["articles"],
            "texts_coded": result["texts_coded"], "events": len(result["events"]),
            "seconds": round(result["seconds"], 1), "peak_rss_mb": result["peak_rss_mb"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="items JSONL; default: the replay corpus, else generated")
    parser.add_argument("--items", type=int, default=None, help="use the first N items")
    parser.add_argument("--copies", default="1,3,6,12",
                        help="comma-separated sizes, in copies of the corpus (default 1,3,6,12)")
    parser.add_argument("--model", default=None, help="spaCy model (default as the pipeline)")
    parser.add_argument("--workers", type=int, default=1,
                        help="pipeline worker processes (FnApiRunner multi_processing)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    sizes = sorted({int(c) for c in args.copies.split(",")})
    if not sizes or sizes[0] < 1:
        parser.error("--copies takes positive whole numbers, e.g. 1,3,6")

    items, corpus = load_items(args.corpus, args.items)
    runs = [run_size(items, copies, args.model, args.workers) for copies in sizes]
    for before, after in itertools.pairwise(runs):
        grown = after["peak_rss_mb"] - before["peak_rss_mb"]
        more = after["articles"] - before["articles"]
        after["mb_per_1000_more"] = round(1000 * grown / more, 3) if more else None
    if args.json:
        print(json.dumps({"corpus": corpus, "items": len(items), "workers": args.workers,
                          "runs": runs}, indent=1))
        return 0
    print(f"corpus: {corpus}, {len(items)} items; pipeline phase, {args.workers} worker(s), "
          "one run per size; peak RSS of the largest process")
    print(f"{'copies':>6}{'articles':>10}{'texts coded':>13}{'events':>8}{'seconds':>9}"
          f"{'peak RSS MB':>13}{'MB per 1,000 more':>19}")
    for run in runs:
        slope = run.get("mb_per_1000_more")
        print(f"{run['copies']:>6}{run['articles']:>10,}{run['texts_coded']:>13,}"
              f"{run['events']:>8}{run['seconds']:>9.1f}{run['peak_rss_mb']:>13.0f}"
              f"{'' if slope is None else f'{slope:+.3f}':>19}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
