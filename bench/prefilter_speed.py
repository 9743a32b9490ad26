"""Speed of the keyword pre-filter, ``might_contain_event``, on the replay corpus.

    .venv/bin/python -m bench.prefilter_speed [--runs 5] [--module PATH]

Loads the non-empty titles and summaries of ../shared/corpora/replay/items.jsonl,
loads the gazetteer (outside the timing), then times ``might_contain_event`` over
every text ``--runs`` times, each run with empty caches (a fresh worker meets every
word for the first time). Prints the median seconds and how many texts pass.

``--module`` times another copy of prefilter.py (say, the previous version copied
to /tmp) in place of transforms/coder/prefilter.py, for before/after comparisons;
the count of texts passing must be the same for both.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

from transforms.coder import prefilter

ROOT = Path(__file__).resolve().parents[1]
REPLAY = ROOT.parent / "shared" / "corpora" / "replay" / "items.jsonl"


def load_texts(path: Path = REPLAY) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            texts += [item.get("title") or "", item.get("summary") or ""]
    return [t for t in texts if t]


def load_module(path: Path) -> ModuleType:
    """A copy of prefilter.py, imported inside ``transforms.coder`` so that its
    relative imports (the gazetteer) resolve as the real module's do."""
    name = "transforms.coder._bench_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def clear_caches(module: ModuleType) -> None:
    """Empty the per-word caches; the gazetteer's keys (``_name_keys``) stay loaded."""
    for name in ("_word_key", "_stem_bits_of_word"):
        cached = getattr(module, name, None)
        if cached is not None:
            cached.cache_clear()
    words = getattr(module, "_WORD_BITS", None)
    if words is not None:
        words.clear()


def time_runs(module: ModuleType, texts: list[str], runs: int) -> tuple[list[float], int]:
    module._name_keys()  # the gazetteer: a one-off cost per worker, not per text
    seconds, passing = [], set()
    for _ in range(runs):
        clear_caches(module)
        start = time.perf_counter()
        results = [module.might_contain_event(text) for text in texts]
        seconds.append(time.perf_counter() - start)
        passing.add(sum(results))
    if len(passing) != 1:
        raise SystemExit(f"runs disagree on the texts passing: {sorted(passing)}")
    return seconds, passing.pop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--module", type=Path, help="another copy of prefilter.py to time")
    args = parser.parse_args(argv)
    if not REPLAY.exists():
        raise SystemExit(f"no replay corpus at {REPLAY}: nothing to time")
    texts = load_texts()
    module = load_module(args.module) if args.module else prefilter
    seconds, passing = time_runs(module, texts, args.runs)
    print(f"module: {module.__file__}")
    print(f"texts: {len(texts):,}  passing: {passing:,}")
    print(f"runs (s): {' '.join(f'{s:.3f}' for s in seconds)}")
    print(f"median: {statistics.median(seconds):.3f} s")


if __name__ == "__main__":
    main()
