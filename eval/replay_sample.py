"""Replay check of the event coder on a corpus of real feed items.

    python eval/replay_sample.py [--items ../shared/corpora/replay/items.jsonl]
        [--out out/replay_flags.jsonl] [--seed 7] [--sample 50]

Codes each item's title and summary as separate texts (``nlp.pipe``, with
``might_contain_event`` skipping texts first, as the pipeline does), prints how many
items are flagged per event type (flagged = at least one event whose modality is not
negated or hypothetical, so background ``reference`` events count too), writes every
flagged item to ``--out`` and prints a random sample of ``--sample`` flagged items
(fixed ``--seed``) to judge by hand.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.coder import load_nlp, might_contain_event  # noqa: E402

UNFLAGGED = frozenset({"negated", "hypothetical"})

_TAG = re.compile(r"<[^>]+>")


def clean(text: str | None) -> str:
    """Feed summaries may carry markup; the coder reads plain text."""
    return " ".join(html.unescape(_TAG.sub(" ", text or "")).split())


def code_items(items: list[dict], batch_size: int = 64) -> list[list[dict]]:
    """Flagged events of each item (title and summary coded separately)."""
    nlp = load_nlp()
    texts: list[tuple[int, str, str]] = []
    for i, item in enumerate(items):
        for part in ("title", "summary"):
            text = clean(item.get(part))
            if might_contain_event(text):
                texts.append((i, part, text))
    out: list[list[dict]] = [[] for _ in items]
    docs = nlp.pipe((t for _, _, t in texts), batch_size=batch_size)
    for (i, part, _), doc in zip(texts, docs, strict=True):
        for ev in doc._.events:
            if ev.modality not in UNFLAGGED:
                out[i].append({"part": part, **ev.as_dict()})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=Path,
                    default=ROOT.parent / "shared" / "corpora" / "replay" / "items.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "replay_flags.jsonl")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample", type=int, default=50)
    args = ap.parse_args(argv)

    items = [json.loads(line) for line in args.items.open(encoding="utf-8") if line.strip()]
    flagged = code_items(items)
    per_type: Counter = Counter()
    rows = []
    for item, events in zip(items, flagged, strict=True):
        if not events:
            continue
        for etype in {e["event_type"] for e in events}:
            per_type[etype] += 1
        rows.append({"outlet": item.get("outlet"), "guid": item.get("guid"),
                     "title": clean(item.get("title")), "events": events})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"items: {len(items)}; flagged items: {len(rows)}")
    for etype, n in per_type.most_common():
        print(f"  {etype:<20} {n}")
    sample = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    print(f"\nsample of {len(sample)} flagged items (seed {args.seed})")
    for n, row in enumerate(sample, 1):
        print(f"\n#{n} [{row['outlet']}] {row['title']}")
        for e in row["events"]:
            print(f"   {e['part']:<7} {e['event_type']} {e['source']} -> {e['target']} "
                  f"({e['modality']}, {e['confidence']}) trigger={e['trigger']!r} "
                  f"src={e['source_text']!r} tgt={e['target_text']!r}")
            print(f"           | {e['sentence'][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
