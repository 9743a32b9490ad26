"""Which replay items eval/replay_dev.jsonl and eval/replay_test.jsonl label.

    python eval/select_replay_items.py [--items ../shared/corpora/replay/items.jsonl]

Prints one JSON line per selected item: {"id", "outlet", "guid", "split"}. The
selection does not depend on the coder: every item whose title or summary has a
word of the diplomatic or sanctions vocabulary (``VOCABULARY``), plus 118 of the
items with a word of backing, severing or restoring but none of that vocabulary
(``ACTION_WORDS``; mostly hard negatives such as reopened shops), taken in the
order of ``item_key``. Items are numbered in that order (``rp-NNNN``) and go to
the dev split or the test split by the last hex digit of their key, so the
split is fixed and balanced without looking at the labels.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ITEMS = ROOT.parent / "shared" / "corpora" / "replay" / "items.jsonl"

VOCABULARY = re.compile(
    r"\b(sanction\w*|embargo\w*|ambassador\w*|envoy\w*|diplomat\w*|embass(y|ies)|consul\w*"
    r"|expel\w*|expuls\w*|persona non grata|blacklist\w*|asset freeze|freez\w+ (the )?assets"
    r"|(diplomatic )?(relations|ties)|recogni[sz]\w*|normali[sz]\w*|charg[eé] d'affaires)\b",
    re.I)
ACTION_WORDS = re.compile(
    r"\b(backs|backed|backing|stands? by|stood by|solidarity with|supports|supported|severs?"
    r"|severed|cuts? ties|restores?d?|reopen\w*)\b", re.I)
ACTION_SAMPLE = 118


def item_key(item: dict) -> str:
    return hashlib.sha1(f"{item['outlet']}|{item['guid']}".encode()).hexdigest()


def split_of(key: str) -> str:
    return "replay_dev" if int(key[-1], 16) < 8 else "replay_test"


def select(items: list[dict]) -> Iterator[dict]:
    def text(item: dict) -> str:
        return f"{item.get('title') or ''} {item.get('summary') or ''}"

    vocabulary = [it for it in items if VOCABULARY.search(text(it))]
    actions = sorted((it for it in items
                      if ACTION_WORDS.search(text(it)) and not VOCABULARY.search(text(it))),
                     key=item_key)[:ACTION_SAMPLE]
    for n, item in enumerate(sorted(vocabulary + actions, key=item_key), 1):
        yield {"id": f"rp-{n:04d}", "outlet": item["outlet"], "guid": item["guid"],
               "split": split_of(item_key(item))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=Path, default=DEFAULT_ITEMS)
    args = ap.parse_args(argv)
    with open(args.items, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    for row in select(items):
        sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
