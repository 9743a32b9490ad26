"""Score the event coder on JSONL gold files.

    python -m pipelines.evaluate --gold eval/dev.jsonl [FILE ...] [--json]
    python -m pipelines.evaluate --split dev --by-modality --errors 20

Gold formats, decided per record:

* ``{"text": ..., "events": [{type, source, target, modality, ...}]}`` (our
  eval/*.jsonl and the shared dev_events.jsonl); ``[]`` means no event.
* ``{"text": ..., "is_diplo": bool}`` (CASE 2021 task 2): ``false`` records
  hold no event of our types and are scored as negatives; ``true`` (DIPLO)
  records have no gold triples for our types and are excluded from every
  score except an informational flag rate.
* ``{"outlet": ..., "guid": ..., "events": [...]}`` (our labels of real items,
  eval/replay_*.jsonl): no text, since the items' text may not be copied into
  the project; it is read from the replay corpus (``--replay-items``). The
  title and the summary are coded as two texts, as the pipeline codes them,
  and their events scored together against the item's labels.

The scoring rules live in ``pipelines.scoring`` (see its docstring). Texts go
through ``nlp.pipe`` in batches; each file is scored separately and, when
there are several, together.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from pipelines.scoring import EVENT_TYPES, MODALITIES, Event, Scorer, bootstrap_intervals

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"
REPLAY_ITEMS = EVAL_DIR.parents[1] / "shared" / "corpora" / "replay" / "items.jsonl"

# texts -> one list of predicted events per text, in order.
Predictor = Callable[[Sequence[str]], Iterable[list[Event]]]


@dataclass
class GoldItem:
    id: str
    text: str
    events: list[Event] | None  # None: no triple labels (CASE 2021 DIPLO)
    # Texts coded separately whose events together are the item's (a replay
    # item's title and summary); empty: ``text`` is coded as one.
    parts: tuple[str, ...] = ()

    @property
    def texts(self) -> tuple[str, ...]:
        return self.parts or (self.text,)


# (outlet, guid) -> (title, summary) of the replay corpus's items.
ReplayTexts = dict[tuple[str, str], tuple[str, str]]


class GoldFormatError(ValueError):
    """A gold file line that is not valid JSON or not in a known format."""


def _gold_event(raw: Any, where: str) -> Event:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: event is not an object: {raw!r}")
    etype = raw.get("type")
    modality = raw.get("modality", "asserted")
    if etype not in EVENT_TYPES:
        raise GoldFormatError(f"{where}: unknown event type {etype!r}")
    if modality not in MODALITIES:
        raise GoldFormatError(f"{where}: unknown modality {modality!r}")
    return Event.make(etype, raw.get("source"), raw.get("target"), modality)


def _replay_parts(record: dict, where: str, replay: ReplayTexts | None) -> tuple[str, str]:
    if replay is None:
        raise GoldFormatError(f"{where}: a replay label needs the replay corpus "
                              f"(--replay-items; default {REPLAY_ITEMS})")
    key = (str(record.get("outlet")), str(record["guid"]))
    if key not in replay:
        raise GoldFormatError(f"{where}: no item {key[1]!r} of {key[0]!r} in the replay corpus")
    return replay[key]


def parse_gold_record(record: Any, where: str, replay: ReplayTexts | None = None) -> GoldItem:
    """One JSON object of a gold file as a ``GoldItem``; ``replay`` resolves
    labels of replay items (records with ``guid`` and no ``text``)."""
    if isinstance(record, dict) and "text" not in record and "guid" in record:
        if not isinstance(record.get("events"), list):
            raise GoldFormatError(f"{where}: 'events' must be a list")
        parts = _replay_parts(record, where, replay)
        return GoldItem(str(record.get("id", where)), "\n".join(p for p in parts if p),
                        [_gold_event(e, where) for e in record["events"]],
                        tuple(p for p in parts if p) or ("",))
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise GoldFormatError(f"{where}: record needs a string 'text'")
    item_id = str(record.get("id", where))
    if "events" in record:
        events = record["events"]
        if not isinstance(events, list):
            raise GoldFormatError(f"{where}: 'events' must be a list")
        return GoldItem(item_id, record["text"], [_gold_event(e, where) for e in events])
    if "is_diplo" in record:
        # Non-DIPLO CASE records are hard negatives; DIPLO ones are unlabelled.
        return GoldItem(item_id, record["text"], None if record["is_diplo"] else [])
    raise GoldFormatError(f"{where}: record has neither 'events' nor 'is_diplo'")


@functools.lru_cache(maxsize=2)
def read_replay_texts(path: Path) -> ReplayTexts:
    """Title and summary of every replay item, cleaned as the pipeline cleans
    a feed's HTML fields. Read once per run (cached): every replay gold file
    is read twice (checked before the model loads, then scored)."""
    from transforms.text import html_to_text

    texts: ReplayTexts = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                texts[(item["outlet"], item["guid"])] = (
                    html_to_text(item.get("title")), html_to_text(item.get("summary")))
    return texts


def read_gold(path: Path, replay_items: Path | None = REPLAY_ITEMS) -> list[GoldItem]:
    items = []
    def replay() -> ReplayTexts | None:
        # Only a record without text needs the corpus.
        if replay_items is None or not replay_items.is_file():
            return None
        return read_replay_texts(replay_items)

    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{where}: invalid JSON: {err}") from err
            needs_replay = isinstance(record, dict) and "text" not in record
            items.append(parse_gold_record(record, where, replay() if needs_replay else None))
    return items


def coder_predictor(model: str | None, batch_size: int) -> Predictor:
    """Predictor backed by the real coder (imported lazily: it loads spaCy)."""
    from transforms.coder import load_nlp

    return nlp_predictor(load_nlp(model) if model else load_nlp(), batch_size)


def nlp_predictor(nlp, batch_size: int = 64) -> Predictor:
    """Predictor backed by a loaded spaCy pipeline that has the coder."""

    def predict(texts: Sequence[str]) -> Iterable[list[Event]]:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield [
                Event.make(
                    ev.event_type,
                    ev.source,
                    ev.target,
                    ev.modality,
                    getattr(ev, "confidence", None),
                )
                for ev in doc._.events
            ]

    return predict


def predict_items(items: Sequence[GoldItem], predict: Predictor) -> list[list[Event]]:
    """Each item's predicted events: those of all its texts together."""
    texts = [text for item in items for text in item.texts]
    per_text = list(predict(texts))
    if len(per_text) != len(texts):
        raise RuntimeError(f"predictor returned {len(per_text)} results for {len(texts)} texts")
    preds: list[list[Event]] = []
    at = 0
    for item in items:
        preds.append([ev for found in per_text[at:at + len(item.texts)] for ev in found])
        at += len(item.texts)
    return preds


def score_items(items: Sequence[GoldItem], predictions: Iterable[list[Event]]) -> Scorer:
    scorer = Scorer()
    preds = list(predictions)
    if len(preds) != len(items):
        raise RuntimeError(f"predictor returned {len(preds)} results for {len(items)} texts")
    for item, pred in zip(items, preds, strict=True):
        scorer.add(item.id, item.events, pred, item.text)
    return scorer


def evaluate(
    gold_files: Sequence[Path], predict: Predictor, replay_items: Path | None = REPLAY_ITEMS,
) -> list[tuple[str, Scorer]]:
    """Score each file, plus all files together when there are several."""
    results: list[tuple[str, Scorer]] = []
    combined = Scorer()
    for path in gold_files:
        items = read_gold(path, replay_items)
        preds = predict_items(items, predict)
        results.append((str(path), score_items(items, preds)))
        if len(gold_files) > 1:
            for item, pred in zip(items, preds, strict=True):
                combined.add(item.id, item.events, pred, item.text)
    if len(gold_files) > 1:
        results.append(("ALL FILES", combined))
    return results


# ---------------------------------------------------------------- rendering


def _f(x: float | None) -> str:
    return "    -" if x is None else f"{x:5.3f}"


def render_text(
    name: str, scorer: Scorer, by_modality: bool, max_errors: int, out: TextIO,
    error_kinds: bool = False, intervals: int = 0,
) -> None:
    rep = scorer.report()
    w = out.write
    w(f"\n=== {name}\n")
    w(f"texts: {rep['items']} (scored for triples: {rep['items_scored']})\n")
    if rep["unlabelled"]["items"]:
        u = rep["unlabelled"]
        w(
            f"excluded from triple scoring: {u['items']} texts without triple labels "
            f"(CASE 2021 DIPLO); {u['flagged']} flagged (rate {_f(u['flag_rate'])}), "
            "for information only\n"
        )
    w("\ntriples (type, source, target); negated/hypothetical neither expected nor predicted\n")
    w(f"{'type':<20} {'gold':>5} {'pred':>5} {'tp':>4}  {'P':>5}  {'R':>5}  {'F1':>5}\n")
    rows = list(rep["triples"]["by_type"].items()) + [("OVERALL", rep["triples"]["overall"])]
    for t, s in rows:
        w(
            f"{t:<20} {s['tp'] + s['fn']:>5} {s['tp'] + s['fp']:>5} {s['tp']:>4}  "
            f"{_f(s['precision'])}  {_f(s['recall'])}  {_f(s['f1'])}\n"
        )
    w(f"macro F1 over types with gold events: {_f(rep['triples']['overall']['macro_f1'])}; "
      f"vague UNK repeats ignored: {rep['triples']['overall']['redundant_unk']}\n")

    ci = bootstrap_intervals(scorer, intervals)
    if ci.get("f1"):
        def span(name: str) -> str:
            return "-" if ci[name] is None else f"{ci[name][0]:.3f}-{ci[name][1]:.3f}"
        w(f"{ci['level']:.0%} intervals ({ci['resamples']} bootstrap resamples of the texts): "
          f"P {span('precision')}, R {span('recall')}, F1 {span('f1')}, "
          f"item F1 {span('item_f1')}\n")

    d = rep["detection"]
    w(
        f"\nitem detection (text has >=1 counted event): tp {d['tp']} fp {d['fp']} "
        f"fn {d['fn']} tn {d['tn']}  P {_f(d['precision'])} R {_f(d['recall'])} "
        f"F1 {_f(d['f1'])}\n"
    )
    fa = rep["false_alarm"]
    w(
        f"false alarms on texts with no counted gold event: {fa['flagged']}/{fa['negatives']}"
        f" (rate {_f(fa['rate'])})\n"
    )

    w("\nconfidence calibration (counted predictions)\n")
    w(f"{'bin':<12} {'count':>5} {'correct':>7} {'share':>6} {'mean conf':>9}\n")
    for b in rep["calibration"]:
        w(
            f"{b['bin']:<12} {b['count']:>5} {b['correct']:>7} {_f(b['share_correct']):>6} "
            f"{_f(b['mean_confidence']):>9}\n"
        )
    mo = rep["modality"]
    w(f"\nmodality accuracy on matched triples: {mo['correct']}/{mo['matched']} "
      f"({_f(mo['accuracy'])})\n")

    if by_modality:
        bm = rep["by_modality"]
        w("\nby modality: recall per gold modality / precision per predicted modality\n")
        for m, s in bm["gold_recall"].items():
            w(f"  gold {m:<10} {s['matched']:>4}/{s['gold']:<4} R {_f(s['recall'])}\n")
        for m, s in bm["pred_precision"].items():
            w(f"  pred {m:<10} {s['matched']:>4}/{s['predicted']:<4} P {_f(s['precision'])}\n")
        w("  confusion (gold -> predicted) on matched triples:\n")
        for g, row in mo["confusion"].items():
            cells = ", ".join(f"{p}: {n}" for p, n in sorted(row.items()))
            w(f"    {g:<10} {cells}\n")
        w(f"  false positives where gold says negated/hypothetical: "
          f"{sum(bm['fp_from_uncounted_gold'].values())}\n")
        w(f"  misses where the coder said negated/hypothetical: "
          f"{sum(bm['fn_from_uncounted_pred'].values())}\n")

    if error_kinds:
        ek = rep["error_kinds"]
        w("\nerror kinds (scoring.error_kind): what the coder found instead\n")
        for side, label in (("missed", "misses"), ("spurious", "false positives")):
            cells = ", ".join(f"{k} {n}" for k, n in ek[side].items())
            w(f"  {label:<16} {sum(ek[side].values()):>4}: {cells}\n")
        from transforms.coder.prefilter import might_contain_event  # (loads spaCy)

        worded = [might_contain_event(err["text"]) for err in scorer.errors
                  for e in err["missed"] if e["kind"] == "nothing"]
        if worded:
            w(f"  of the {len(worded)} misses with nothing found, {sum(worded)} are in texts "
              "that pass the pre-filter (a trigger word is there; the rules found no event)\n")

    if max_errors:
        shown = min(max_errors, len(scorer.errors))
        w(f"\ntexts with errors: showing {shown} of {len(scorer.errors)}\n")
        for err in scorer.errors[:max_errors]:
            w(f"- [{err['id']}] {err['text'][:160]}\n")
            for tag in ("missed", "spurious"):
                for e in err[tag]:
                    w(f"    {tag:<8} {e['type']} {e['source']} -> {e['target']} "
                      f"({e['modality']})\n")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m pipelines.evaluate", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument("--gold", nargs="+", type=Path, default=[], metavar="FILE",
                    help="JSONL gold files (events or CASE 2021 is_diplo format)")
    ap.add_argument("--split", action="append", default=[], metavar="NAME",
                    help="shorthand for --gold eval/NAME.jsonl (repeatable: dev, test, test_feeds, "
                         "replay_dev, replay_test)")
    ap.add_argument("--model", default=None, help="spaCy model passed to load_nlp")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--by-modality", action="store_true",
                    help="add recall/precision per modality and the modality confusion")
    ap.add_argument("--error-kinds", action="store_true",
                    help="count misses and false positives by kind (actors, type, nothing "
                         "found, ...) without listing texts")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list the first N texts with misses or false positives")
    ap.add_argument("--intervals", type=int, default=1000, metavar="N",
                    help="95%% intervals of triple P/R/F1 and item F1 from N bootstrap "
                         "resamples of the texts (0: none; default %(default)s)")
    ap.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size")
    ap.add_argument("--replay-items", type=Path, default=REPLAY_ITEMS, metavar="FILE",
                    help="the replay corpus that labels of replay items (eval/replay_*.jsonl) "
                         "take their text from (default: %(default)s)")
    return ap


def main(argv: Sequence[str] | None = None, predict: Predictor | None = None,
         out: TextIO | None = None) -> int:
    """CLI entry point. ``predict`` replaces the real coder (tests)."""
    out = out or sys.stdout
    ap = _parser()
    args = ap.parse_args(argv)
    files = list(args.gold) + [EVAL_DIR / f"{name}.jsonl" for name in args.split]
    if not files:
        ap.error("give --gold FILE or --split NAME")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        ap.error(f"no such gold file: {', '.join(missing)}")
    try:
        for f in files:
            read_gold(f, args.replay_items)  # fail on a bad file before loading the model
    except GoldFormatError as err:
        ap.error(str(err))
    if predict is None:
        predict = coder_predictor(args.model, args.batch_size)
    results = evaluate(files, predict, args.replay_items)

    if args.json:
        payload: dict[str, Any] = {"model": args.model, "splits": args.split, "files": {}}
        for name, scorer in results:
            rep = scorer.report()
            rep["intervals"] = bootstrap_intervals(scorer, args.intervals)
            rep["errors"] = scorer.errors[: args.errors] if args.errors else []
            payload["files"][name] = rep
        json.dump(payload, out, indent=2, sort_keys=True)
        out.write("\n")
    else:
        out.write(f"model: {args.model or 'default'}\n")
        for name, scorer in results:
            render_text(name, scorer, args.by_modality, args.errors, out, args.error_kinds,
                        args.intervals)
    return 0


if __name__ == "__main__":
    sys.exit(main())
