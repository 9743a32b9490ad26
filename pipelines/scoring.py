"""Pure scoring of coded events against gold labels (no model, no I/O).

The unit is one text. For each text we compare the *counted* gold events with
the *counted* predicted events as (type, source, target) triples. The rules,
which follow docs/event-coding-guide.md and the evaluation issue:

1. Counted events. Events whose modality is ``negated`` or ``hypothetical``
   are never alerted, so they are dropped from both sides before matching:
   they are neither expected nor predicted. A predicted ``negated`` event for a
   gold ``asserted`` one is therefore a miss, and a predicted ``asserted`` event
   for a gold ``negated`` one is a false positive.
2. Sets, not lists. Within one text, each side is reduced to a set of triples:
   a duplicate triple (same event in headline and body) counts once. The first
   occurrence keeps its modality; the highest confidence is kept.
3. Joint subjects. ``restore_relations`` and ``sever_relations`` are compared
   as unordered pairs: (restore, B, A) matches (restore, A, B), and a side that
   emits both directions holds the triple only once. The guide allows either
   direction or both for joint subjects; the gold format does not say which
   events had joint subjects, so direction is ignored for these two types
   everywhere (a reversed "Bolivia cut ties with Israel" is not penalised).
4. Unknown actors. ``UNK`` (or a missing code) in a gold or predicted slot is a
   wildcard for that slot, but only one slot of a pair may be matched that
   way: the event type must be equal and the *other* actor must be equal.
   (gold ``(impose, UNK, RUS)`` matches predicted ``(impose, USA, RUS)``;
   ``(impose, USA, UNK)`` does not match ``(impose, UNK, RUS)``; two identical
   triples always match, UNK or not.) Exact matches are paired first; the
   remaining events are paired by a maximum bipartite matching over these
   wildcard-compatible pairs, so one event never matches twice.
5. Vague repeats. An unpaired event with an ``UNK`` actor that is compatible
   with an event already paired is a vaguer mention of that same event (the
   headline "Baltic states expel Russian envoys" above a body naming Estonia
   and Lithuania): it is dropped as ``redundant``, neither hit nor error.

Scores: true positives are matched pairs; false positives are unmatched
counted predictions; false negatives are unmatched counted gold events.
Per type, the type of a pair is unambiguous (types must be equal).

Error kinds. Each miss and each false positive is also put in one kind, so
that a score says *why* it is low without listing the texts (a held-out set
can be diagnosed without being read). A miss: the coder called the event
negated or hypothetical (``uncounted``); it found the type with another source
(``source``), target (``target``) or both (``actors``); it found the same
actors with another type (``type``); it found something else in the text
(``other``); or it found nothing in the text (``nothing``). A false positive:
the gold calls the event negated or hypothetical (``uncounted``); the gold has
the type with other actors (``source``, ``target``, ``actors``) or the actors
with another type (``type``); the gold has other events (``other``); or the
text has no counted gold event (``no_event``).

Items (texts) whose gold is ``None`` are *unlabelled for triples* (CASE 2021
DIPLO records): they are left out of triple, detection, calibration and
modality scores, and only their flag rate is reported, for information.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "restore_relations",
    "sever_relations",
    "recall_envoy",
    "expel_diplomats",
    "express_support",
    "impose_sanctions",
    "ease_sanctions",
    "threaten_sanctions",
)
MODALITIES: tuple[str, ...] = (
    "asserted",
    "intent",
    "threat",
    "reference",
    "negated",
    "hypothetical",
)
UNCOUNTED_MODALITIES = frozenset({"negated", "hypothetical"})
COUNTED_MODALITIES: tuple[str, ...] = tuple(
    m for m in MODALITIES if m not in UNCOUNTED_MODALITIES
)
SYMMETRIC_TYPES = frozenset({"restore_relations", "sever_relations"})
UNK = "UNK"

# Upper edges are exclusive except for the last bin, which includes 1.0.
CALIBRATION_BINS: tuple[tuple[float, float], ...] = (
    (0.0, 0.5),
    (0.5, 0.8),
    (0.8, 0.9),
    (0.9, 1.0),
)


@dataclass(frozen=True)
class Event:
    """One gold or predicted event, reduced to what scoring needs."""

    type: str
    source: str
    target: str
    modality: str = "asserted"
    confidence: float | None = None

    @classmethod
    def make(
        cls,
        type: str,
        source: str | None,
        target: str | None,
        modality: str | None = "asserted",
        confidence: float | None = None,
    ) -> Event:
        """Build an event, coding a missing or blank actor as ``UNK``."""
        return cls(
            type=type,
            source=(source or "").strip() or UNK,
            target=(target or "").strip() or UNK,
            modality=modality or "asserted",
            confidence=None if confidence is None else float(confidence),
        )

    @property
    def counted(self) -> bool:
        return self.modality not in UNCOUNTED_MODALITIES

    @property
    def key(self) -> tuple[str, str, str]:
        """The triple as compared; joint-subject types lose their direction."""
        if self.type in SYMMETRIC_TYPES:
            a, b = sorted((self.source, self.target))
            return (self.type, a, b)
        return (self.type, self.source, self.target)


def dedupe_counted(events: Iterable[Event]) -> list[Event]:
    """Counted events as a set of triples, in first-seen order (rules 1-3)."""
    first: dict[tuple[str, str, str], Event] = {}
    best_conf: dict[tuple[str, str, str], float | None] = {}
    for ev in events:
        if not ev.counted:
            continue
        k = ev.key
        if k not in first:
            first[k] = ev
            best_conf[k] = ev.confidence
        elif ev.confidence is not None and (
            best_conf[k] is None or ev.confidence > best_conf[k]
        ):
            best_conf[k] = ev.confidence
    return [
        Event(e.type, e.source, e.target, e.modality, best_conf[k]) for k, e in first.items()
    ]


def _slots_compatible(g: tuple[str, str], p: tuple[str, str]) -> bool:
    wild = 0
    for gs, ps in zip(g, p, strict=True):
        if gs == ps:
            continue
        if gs == UNK or ps == UNK:
            wild += 1
        else:
            return False
    return wild <= 1


def compatible(gold: Event, pred: Event) -> bool:
    """Whether two events may be paired (rules 3 and 4)."""
    if gold.type != pred.type:
        return False
    g = (gold.source, gold.target)
    if _slots_compatible(g, (pred.source, pred.target)):
        return True
    return gold.type in SYMMETRIC_TYPES and _slots_compatible(g, (pred.target, pred.source))


@dataclass
class Matching:
    """Result of matching one text's counted events."""

    pairs: list[tuple[Event, Event]]  # (gold, predicted)
    missed: list[Event]  # gold without a partner (false negatives)
    spurious: list[Event]  # predictions without a partner (false positives)
    redundant: list[Event] = field(default_factory=list)  # vague repeats (rule 5)


def match_events(gold: Sequence[Event], pred: Sequence[Event]) -> Matching:
    """Pair the counted gold and predicted events of one text.

    Both inputs may hold uncounted or duplicate events; they are filtered and
    de-duplicated here first.
    """
    gold_set = dedupe_counted(gold)
    pred_set = dedupe_counted(pred)
    pred_by_key = {p.key: p for p in pred_set}
    pairs: list[tuple[Event, Event]] = []
    used_pred: set[tuple[str, str, str]] = set()
    rest_gold: list[Event] = []
    for g in gold_set:
        p = pred_by_key.get(g.key)
        if p is not None:
            pairs.append((g, p))
            used_pred.add(p.key)
        else:
            rest_gold.append(g)
    rest_pred = [p for p in pred_set if p.key not in used_pred]

    # Kuhn's augmenting paths: lists are a handful of events per text.
    adj = [[j for j, p in enumerate(rest_pred) if compatible(g, p)] for g in rest_gold]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(rest_gold)):
        augment(i, set())
    gold_matched = {i: j for j, i in owner.items()}
    for i in sorted(gold_matched):
        pairs.append((rest_gold[i], rest_pred[gold_matched[i]]))
    missed = [g for i, g in enumerate(rest_gold) if i not in gold_matched]
    spurious = [p for j, p in enumerate(rest_pred) if j not in owner]
    paired_gold = [g for g, _ in pairs]
    paired_pred = [p for _, p in pairs]

    def vague_repeat(e: Event, partners: list[Event], is_gold: bool) -> bool:
        if UNK not in (e.source, e.target):
            return False
        return any(compatible(e, o) if is_gold else compatible(o, e) for o in partners)

    redundant = [g for g in missed if vague_repeat(g, paired_pred, True)]
    redundant += [p for p in spurious if vague_repeat(p, paired_gold, False)]
    missed = [g for g in missed if not vague_repeat(g, paired_pred, True)]
    spurious = [p for p in spurious if not vague_repeat(p, paired_gold, False)]
    return Matching(pairs=pairs, missed=missed, spurious=spurious, redundant=redundant)


MISS_KINDS: tuple[str, ...] = ("uncounted", "source", "target", "actors", "type", "other",
                                "nothing")
SPURIOUS_KINDS: tuple[str, ...] = ("uncounted", "source", "target", "actors", "type", "other",
                                   "no_event")


def _actor_kind(a: Event, b: Event) -> str:
    """Which actor slots of two events of one type differ, as an error kind
    (joint-subject types in their closer direction)."""
    orders = [(b.source, b.target)]
    if a.type in SYMMETRIC_TYPES:
        orders.append((b.target, b.source))
    kinds = []
    for source, target in orders:
        same_source, same_target = a.source == source, a.target == target
        kinds.append("target" if same_source else "source" if same_target else "actors")
    return min(kinds, key=("target", "source", "actors").index)


def _same_actors(a: Event, b: Event) -> bool:
    return {a.source, a.target} == {b.source, b.target}


def error_kind(event: Event, others: Sequence[Event], gold_side: bool) -> str:
    """The kind of one miss (``gold_side``: ``event`` is gold and ``others``
    are the text's predictions) or of one false positive (the reverse); see
    the module notes."""
    if any(compatible(event, o) if gold_side else compatible(o, event)
           for o in others if not o.counted):
        return "uncounted"
    counted = [o for o in others if o.counted]
    if not counted:
        return "nothing" if gold_side else "no_event"
    same_type = [o for o in counted if o.type == event.type]
    if same_type:
        return min((_actor_kind(event, o) for o in same_type),
                   key=("target", "source", "actors").index)
    if any(_same_actors(event, o) for o in counted):
        return "type"
    return "other"


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall, F1; ``None`` where the ratio is undefined (0/0)."""
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    if p is None or r is None:
        f1 = None
    else:
        f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


def calibration_bin(confidence: float | None) -> str:
    """Label of the calibration bin a confidence falls in."""
    if confidence is None:
        return "none"
    for lo, hi in CALIBRATION_BINS:
        last = hi == CALIBRATION_BINS[-1][1]
        if lo <= confidence < hi or (last and confidence == hi):
            return _bin_label(lo, hi, last)
    return "out_of_range"


def _bin_label(lo: float, hi: float, last: bool) -> str:
    return f"[{lo:.1f},{hi:.1f}{']' if last else ')'}"


@dataclass
class Scorer:
    """Accumulates per-text matchings; ``report()`` gives every score."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    det: Counter = field(default_factory=Counter)  # item-level tp/fp/fn/tn
    items: int = 0
    unlabelled: int = 0
    unlabelled_flagged: int = 0
    calib: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    calib_conf: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    modality_confusion: dict[str, Counter] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    gold_by_modality: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    pred_by_modality: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    # False positives explained by a gold negated/hypothetical event, and misses
    # explained by the coder calling a gold event negated/hypothetical.
    fp_from_uncounted_gold: Counter = field(default_factory=Counter)
    fn_from_uncounted_pred: Counter = field(default_factory=Counter)
    miss_kinds: Counter = field(default_factory=Counter)
    spurious_kinds: Counter = field(default_factory=Counter)
    redundant: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    # Per scored text: triple tp, fp, fn and its detection cell (for intervals).
    per_item: list[tuple[int, int, int, str]] = field(default_factory=list)

    def add(
        self,
        item_id: str,
        gold: Sequence[Event] | None,
        pred: Sequence[Event],
        text: str = "",
    ) -> Matching | None:
        """Score one text. ``gold=None`` marks a text without triple labels."""
        self.items += 1
        flagged = any(p.counted for p in pred)
        if gold is None:
            self.unlabelled += 1
            self.unlabelled_flagged += flagged
            return None
        m = match_events(gold, pred)
        self.redundant += len(m.redundant)
        for g, p in m.pairs:
            self.tp[g.type] += 1
            self.modality_confusion[g.modality][p.modality] += 1
            self.gold_by_modality[g.modality][0] += 1
            self.pred_by_modality[p.modality][0] += 1
        miss_kinds = [error_kind(g, pred, gold_side=True) for g in m.missed]
        spurious_kinds = [error_kind(p, gold, gold_side=False) for p in m.spurious]
        for g, kind in zip(m.missed, miss_kinds, strict=True):
            self.fn[g.type] += 1
            self.gold_by_modality[g.modality][1] += 1
            self.miss_kinds[kind] += 1
            if kind == "uncounted":
                self.fn_from_uncounted_pred[g.type] += 1
        for p, kind in zip(m.spurious, spurious_kinds, strict=True):
            self.fp[p.type] += 1
            self.pred_by_modality[p.modality][1] += 1
            self.spurious_kinds[kind] += 1
            if kind == "uncounted":
                self.fp_from_uncounted_gold[p.type] += 1
        scored = [(p, True) for _, p in m.pairs] + [(p, False) for p in m.spurious]
        for p, correct in scored:
            b = calibration_bin(p.confidence)
            self.calib[b][0] += 1
            self.calib[b][1] += correct
            if p.confidence is not None:
                self.calib_conf[b] += p.confidence

        has_gold = any(g.counted for g in gold)
        cell = ("tp" if flagged else "fn") if has_gold else ("fp" if flagged else "tn")
        self.det[cell] += 1
        self.per_item.append((len(m.pairs), len(m.spurious), len(m.missed), cell))
        if m.missed or m.spurious:
            self.errors.append(
                {
                    "id": item_id,
                    "text": text,
                    "missed": [_event_dict(e, k) for e, k in zip(m.missed, miss_kinds,
                                                                 strict=True)],
                    "spurious": [_event_dict(e, k) for e, k in zip(m.spurious, spurious_kinds,
                                                                   strict=True)],
                }
            )
        return m

    def report(self) -> dict[str, Any]:
        types = list(EVENT_TYPES) + sorted(
            t for t in set(self.tp) | set(self.fp) | set(self.fn) if t not in EVENT_TYPES
        )
        by_type = {t: prf(self.tp[t], self.fp[t], self.fn[t]) for t in types}
        overall = prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        f1s = [v["f1"] for v in by_type.values() if v["tp"] + v["fn"] > 0]
        overall["redundant_unk"] = self.redundant
        overall["macro_f1"] = sum(f or 0.0 for f in f1s) / len(f1s) if f1s else None

        det = prf(self.det["tp"], self.det["fp"], self.det["fn"])
        det["tn"] = self.det["tn"]
        negatives = self.det["fp"] + self.det["tn"]

        calibration = []
        labels = [
            _bin_label(lo, hi, hi == CALIBRATION_BINS[-1][1]) for lo, hi in CALIBRATION_BINS
        ]
        for label in labels + [b for b in ("none", "out_of_range") if b in self.calib]:
            n, ok = self.calib.get(label, [0, 0])
            calibration.append(
                {
                    "bin": label,
                    "count": n,
                    "correct": ok,
                    "share_correct": ok / n if n else None,
                    "mean_confidence": self.calib_conf[label] / n
                    if n and label not in ("none",)
                    else None,
                }
            )

        matched = sum(sum(c.values()) for c in self.modality_confusion.values())
        correct = sum(self.modality_confusion[m][m] for m in self.modality_confusion)
        return {
            "items": self.items,
            "items_scored": self.items - self.unlabelled,
            "triples": {"overall": overall, "by_type": by_type},
            "detection": det,
            "false_alarm": {
                "negatives": negatives,
                "flagged": self.det["fp"],
                "rate": self.det["fp"] / negatives if negatives else None,
            },
            "calibration": calibration,
            "modality": {
                "matched": matched,
                "correct": correct,
                "accuracy": correct / matched if matched else None,
                "confusion": {g: dict(c) for g, c in sorted(self.modality_confusion.items())},
            },
            "by_modality": {
                "gold_recall": {
                    m: {
                        "gold": sum(v),
                        "matched": v[0],
                        "recall": v[0] / sum(v) if sum(v) else None,
                    }
                    for m, v in sorted(self.gold_by_modality.items())
                },
                "pred_precision": {
                    m: {
                        "predicted": sum(v),
                        "matched": v[0],
                        "precision": v[0] / sum(v) if sum(v) else None,
                    }
                    for m, v in sorted(self.pred_by_modality.items())
                },
                "fp_from_uncounted_gold": dict(self.fp_from_uncounted_gold),
                "fn_from_uncounted_pred": dict(self.fn_from_uncounted_pred),
            },
            "error_kinds": {
                "missed": {k: self.miss_kinds[k] for k in MISS_KINDS},
                "spurious": {k: self.spurious_kinds[k] for k in SPURIOUS_KINDS},
            },
            "unlabelled": {
                "items": self.unlabelled,
                "flagged": self.unlabelled_flagged,
                "flag_rate": self.unlabelled_flagged / self.unlabelled
                if self.unlabelled
                else None,
                "note": "texts without triple labels (CASE 2021 DIPLO); excluded from "
                "triple, detection, calibration and modality scores",
            },
        }


def bootstrap_intervals(scorer: Scorer, resamples: int = 1000, seed: int = 0,
                        level: float = 0.95) -> dict[str, Any]:
    """Percentile intervals of triple P/R/F1 and item F1 over resamples of the
    texts (with replacement; a text's events stay together, since a text's
    errors are not independent). Our sets are small (65 to about 1,250 gold events):
    the interval says how far a score could move on another sample of the
    same kind of text. Deterministic for a given seed."""
    import numpy as np

    if not scorer.per_item or resamples <= 0:
        return {}
    counts = np.array([t[:3] for t in scorer.per_item], dtype=np.int64)
    cells = np.array([t[3] for t in scorer.per_item])
    det = np.stack([cells == c for c in ("tp", "fp", "fn")], axis=1).astype(np.int64)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(counts), size=(resamples, len(counts)))
    # How often each text is drawn, per resample: one matrix product per score.
    weights = np.zeros((resamples, len(counts)), dtype=np.int64)
    np.add.at(weights, (np.repeat(np.arange(resamples), len(counts)), picks.ravel()), 1)
    tp, fp, fn = (weights @ counts).T
    dtp, dfp, dfn = (weights @ det).T

    def ratio(a, b):
        return np.divide(a, b, out=np.full(a.shape, np.nan), where=b > 0)

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    scores = {
        "precision": precision,
        "recall": recall,
        "f1": ratio(2 * tp, 2 * tp + fp + fn),
        "item_f1": ratio(2 * dtp, 2 * dtp + dfp + dfn),
    }
    tail = (1 - level) / 2 * 100
    out: dict[str, Any] = {"level": level, "resamples": resamples, "seed": seed,
                           "unit": "text"}
    for name, values in scores.items():
        values = values[~np.isnan(values)]
        out[name] = ([float(np.percentile(values, tail)), float(np.percentile(values, 100 - tail))]
                     if len(values) else None)
    return out


def _event_dict(e: Event, kind: str | None = None) -> dict[str, Any]:
    return {
        "kind": kind,
        "type": e.type,
        "source": e.source,
        "target": e.target,
        "modality": e.modality,
        "confidence": e.confidence,
    }
