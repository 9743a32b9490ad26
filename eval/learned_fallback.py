"""Experiment: a learned fallback for units where the rule coder finds nothing.

    .venv/bin/python -m eval.learned_fallback [--folds 5] [--seed 13] [--json]

Every tuning text is parsed once with ``load_nlp()`` (the coder included). For each
unit (sentence) that passes ``has_trigger_word``, candidates are (type, source
mention, target mention) for ordered pairs of the coder's own mentions
(``SentenceCoder.mentions``) with different codes, for the types of the families
whose trigger lemmas occur in the unit. Features come from the dependency parse
(paths between the mentions and the trigger, roles in the trigger's clause,
negation and modal cues). A small numpy logistic regression is trained with 5-fold
cross-validation split by item; in the held-out fold it adds events only in units
where the rules produced no counted event, with modality "asserted". Rules alone
and rules + model are scored with ``pipelines.scoring`` on the same items.

An UNK-source candidate is not generated: gold uses an UNK source for about 1 % of
counted events in the tuning sets (printed as ``gold_unk_source``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipelines.evaluate import GoldItem, read_gold  # noqa: E402
from pipelines.scoring import Event, Scorer  # noqa: E402
from transforms.coder import lexicon as lx  # noqa: E402
from transforms.coder.schema import EVENT_TYPES  # noqa: E402

DATASETS = (
    ROOT / "eval" / "dev.jsonl",
    ROOT / "eval" / "replay_dev.jsonl",
    ROOT.parent / "shared" / "eval" / "dev_events.jsonl",
)
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
FRACTIONS = (0.25, 0.5, 1.0)
MAX_PATH = 6

# Lemmas that make a unit a candidate for a family's types.
TRIGGERS: dict[str, frozenset[str]] = {
    "sanction": lx.SANCTION_NOUNS | lx.BAN_NOUNS | lx.SANCTION_VERBS | lx.MEASURE_NOUNS
    | lx.LIST_NOUNS,
    "diplomatic": lx.RELATION_NOUNS | lx.MISSION_NOUNS | lx.SUPPORT_VERBS | lx.SUPPORT_NOUNS
    | lx.RECOGNISE_VERBS | lx.PRAISE_VERBS | lx.RIFT_NOUNS
    | (lx.ENVOY_NOUNS - lx.ENVOY_NEEDS_EMBASSY) | {"expel", "expulsion", "recall", "grata"},
}
# Predicate classes of the lexicon, as features of the trigger's governing word.
PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "impose": lx.IMPOSE_PREDICATES, "ease": lx.EASE_PREDICATES,
    "threat": lx.THREAT_PREDICATES, "restore": lx.RESTORE_PREDICATES,
    "sever": lx.SEVER_PREDICATES, "recall": lx.RECALL_PREDICATES,
    "expel": lx.EXPEL_PREDICATES, "support": lx.SUPPORT_VERBS | lx.PRAISE_VERBS,
}
_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case", "det"})
_MODALS = lx.FUTURE_MODALS | lx.WEAK_MODALS


# ------------------------------------------------------------------ features


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _np_head(tok):
    """The noun a mention's head token belongs to ("Russian" in "the Russian government")."""
    while tok.dep_ in _NP_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def dep_path(a, b) -> str | None:
    """Dependency labels from `a` up to the common ancestor and down to `b`, with the
    prepositions passed through; None when they share no ancestor."""
    up, down = _ancestors(a), _ancestors(b)
    down_at = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in down_at:
            j = down_at[t.i]
            if k + j > MAX_PATH:
                return "LONG"
            steps = [f"{x.dep_}^" + (f"[{x.head.lower_}]" if x.head.pos_ == "ADP" else "")
                     for x in up[:k]]
            steps += ["v" + x.dep_ for x in reversed(down[:j])]
            return " ".join(steps) or "SAME"
    return None


def _distance(a, b) -> int:
    up, down = _ancestors(a), _ancestors(b)
    down_at = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in down_at:
            return k + down_at[t.i]
    return 99


def _clause_verb(tok):
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _role(m, verb) -> str:
    n = _np_head(m)
    for x in (n, *[c for c in [n.head] if n.dep_ == "conj"]):
        if x.head.i == verb.i and x.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
            return x.dep_
        if x.dep_ == "pobj" and x.head.head.i == verb.i:
            return f"pobj[{x.head.lower_}]"
    return "other"


def triggers_of(span) -> dict[str, list]:
    """The family -> trigger tokens of a unit."""
    found: dict[str, list] = {}
    for tok in span:
        for family, lemmas in TRIGGERS.items():
            if _lemma(tok) in lemmas or tok.lower_ in lemmas:
                found.setdefault(family, []).append(tok)
    return found


def pair_features(span, src, tgt, trig_toks: list) -> list[str]:
    """Type-independent features of (source mention, target mention) in `span`."""
    doc = span.doc
    s, t = doc[src.head], doc[tgt.head]
    trig = min(trig_toks, key=lambda x: (_distance(s, x) + _distance(t, x), abs(x.i - s.i)))
    verb = _clause_verb(trig)
    feats = [
        f"trig={_lemma(trig)}",
        f"trig_pos={trig.pos_}",
        f"verb={_lemma(verb)}",
        f"p_st={dep_path(s, t)}",
        f"p_s={dep_path(s, trig)}",
        f"p_t={dep_path(t, trig)}",
        f"dep_s={_np_head(s).dep_}",
        f"dep_t={_np_head(t).dep_}",
        f"role_s={_role(s, verb)}",
        f"role_t={_role(t, verb)}",
        f"roles={_role(s, verb)}|{_role(t, verb)}",
        f"order={'st' if s.i < t.i else 'ts'}",
        f"pos_s={'pre' if s.i < trig.i else 'post'}",
        f"pos_t={'pre' if t.i < trig.i else 'post'}",
        f"ent_s={s.ent_type_ or '-'}",
        f"ent_t={t.ent_type_ or '-'}",
    ]
    for name, lemmas in PREDICATE_CLASSES.items():
        for tok, where in ((verb, "verb"), (trig.head, "thead"), (trig, "trig")):
            if _lemma(tok) in lemmas:
                feats.append(f"class_{where}={name}")
    around = [verb, trig, *verb.children, *trig.children]
    if any(c.dep_ == "neg" or _lemma(c) in lx.NEGATIONS for c in around):
        feats.append("negated")
    modals = {_lemma(c) for c in verb.children if c.dep_ == "aux" and _lemma(c) in _MODALS}
    feats += [f"modal={m}" for m in sorted(modals)]
    lemmas = {_lemma(x) for x in span}
    if lemmas & lx.THREAT_CUES:
        feats.append("threat_cue")
    if lemmas & lx.CONDITIONAL_MARKS:
        feats.append("conditional")
    if _lemma(verb.head) in lx.INTENT_CUES or _lemma(verb) in lx.INTENT_CUES:
        feats.append("intent_cue")
    feats += [f"bag={w}" for w in sorted({_lemma(x) for x in trig_toks})]
    return feats


def candidate_features(etype: str, pair: list[str]) -> list[str]:
    """A candidate's features: the pair's, shared by all types (so that "source is the
    subject" is learnt once), and the same conjoined with the type, plus a type bias."""
    return pair + [f"T={etype}"] + [f"{etype}|{f}" for f in pair]


# ------------------------------------------------------------------ data


@dataclass
class Candidate:
    type: str
    source: str
    target: str
    feats: list[str]
    label: int


@dataclass
class Unit:
    rule_counted: bool
    blocked: set[tuple[str, str, str]]  # triples the rules coded as uncounted here
    cands: list[Candidate] = field(default_factory=list)


@dataclass
class Sample:
    dataset: str
    item: GoldItem
    rule_events: list[Event]
    units: list[Unit]


def unit_candidates(span, resolvers: dict, gold_keys: set) -> list[Candidate]:
    from transforms.coder.extract import SentenceCoder

    out: list[Candidate] = []
    trig = triggers_of(span)
    for family, toks in trig.items():
        mentions = SentenceCoder(resolvers[family]).mentions(span)
        for src in mentions:
            for tgt in mentions:
                if src.code == tgt.code:
                    continue
                pair = pair_features(span, src, tgt, toks)
                pair.append(f"n_mentions={min(len(mentions), 5)}")
                for etype, fam in EVENT_TYPES.items():
                    if fam != family:
                        continue
                    key = Event.make(etype, src.code, tgt.code).key
                    out.append(Candidate(etype, src.code, tgt.code,
                                         candidate_features(etype, pair),
                                         int(key in gold_keys)))
    return out


def build_samples(datasets: tuple[Path, ...], batch_size: int = 32) -> list[Sample]:
    """Parse every text once; keep rule events and the candidates of trigger units."""
    from transforms.coder import COMPONENT_NAME, load_nlp
    from transforms.coder.actors import ActorResolver
    from transforms.coder.component import _units
    from transforms.coder.gazetteer import load_gazetteer
    from transforms.coder.headline import is_title_case, normalise_headline
    from transforms.coder.prefilter import has_trigger_word

    nlp = load_nlp()
    gaz = load_gazetteer()
    items = [(path.stem, item) for path in datasets for item in read_gold(path)
             if item.events is not None]
    texts = [t for _, item in items for t in item.texts]
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    # Title-case headlines are parsed again case-normalised, as the coder does.
    heads: dict[str, object] = {}
    for doc in docs:
        for sent in _units(doc):
            if has_trigger_word(sent.text) and is_title_case(sent.text):
                heads[normalise_headline(sent.text, gaz)] = None
    with nlp.select_pipes(disable=[COMPONENT_NAME]):
        for d in nlp.pipe(list(heads), batch_size=batch_size):
            heads[d.text] = d
    samples: list[Sample] = []
    at = 0
    for dataset, item in items:
        gold_keys = {e.key for e in item.events if e.counted}
        rule_events: list[Event] = []
        units: list[Unit] = []
        for doc in docs[at: at + len(item.texts)]:
            evs = doc._.events or []
            rule_events += [Event.make(e.event_type, e.source, e.target, e.modality,
                                       e.confidence) for e in evs]
            resolvers = {f: ActorResolver(gaz, f) for f in TRIGGERS}
            for sent in _units(doc):
                if not has_trigger_word(sent.text):
                    continue
                here = [e for e in evs if e.start_char == sent.start_char]
                unit = Unit(
                    rule_counted=any(e.modality in ("asserted", "intent", "threat",
                                                    "reference") for e in here),
                    blocked={Event.make(e.event_type, e.source, e.target).key for e in here},
                )
                spans = ([*heads[normalise_headline(sent.text, gaz)].sents]
                         if is_title_case(sent.text) else [sent])
                for span in spans:
                    unit.cands += unit_candidates(span, resolvers, gold_keys)
                units.append(unit)
        at += len(item.texts)
        samples.append(Sample(dataset, item, rule_events, units))
    return samples


# ------------------------------------------------------------------ model


class LogReg:
    """Binary logistic regression on sparse binary features, trained full-batch with
    Adam and an L2 penalty (numpy only)."""

    def __init__(self, l2: float = 1e-4, steps: int = 300, lr: float = 0.05) -> None:
        self.l2, self.steps, self.lr = l2, steps, lr
        self.vocab: dict[str, int] = {}
        self.w = np.zeros(1)

    def _matrix(self, rows: list[list[str]], grow: bool) -> tuple[np.ndarray, np.ndarray]:
        r, c = [], []
        for i, feats in enumerate(rows):
            for f in feats:
                j = self.vocab.get(f)
                if j is None and grow:
                    j = self.vocab[f] = len(self.vocab) + 1  # 0 is the bias
                if j is not None:
                    r.append(i)
                    c.append(j)
            r.append(i)
            c.append(0)
        return np.asarray(r, dtype=np.int64), np.asarray(c, dtype=np.int64)

    def fit(self, rows: list[list[str]], labels: list[int]) -> LogReg:
        r, c = self._matrix(rows, grow=True)
        y = np.asarray(labels, dtype=np.float64)
        n, d = len(rows), len(self.vocab) + 1
        w, m, v = np.zeros(d), np.zeros(d), np.zeros(d)
        for step in range(1, self.steps + 1):
            z = np.bincount(r, weights=w[c], minlength=n)
            p = 1.0 / (1.0 + np.exp(-z))
            g = np.bincount(c, weights=(p - y)[r], minlength=d) / n + self.l2 * w
            g[0] -= self.l2 * w[0]
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w -= self.lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        self.w = w
        return self

    def predict(self, rows: list[list[str]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        r, c = self._matrix(rows, grow=False)
        z = np.bincount(r, weights=self.w[c], minlength=len(rows))
        return 1.0 / (1.0 + np.exp(-z))


# ------------------------------------------------------------------ evaluation


def model_events(model: LogReg, sample: Sample, threshold: float,
                 everywhere: bool = False) -> list[Event]:
    """Events the model adds in the sample's units without a counted rule event (in
    every unit when `everywhere`): the best type per ordered pair, above `threshold`."""
    out: list[Event] = []
    for unit in sample.units:
        if (unit.rule_counted and not everywhere) or not unit.cands:
            continue
        probs = model.predict([c.feats for c in unit.cands])
        best: dict[tuple[str, str], tuple[float, Candidate]] = {}
        for p, cand in zip(probs, unit.cands, strict=True):
            k = (cand.source, cand.target)
            if k not in best or p > best[k][0]:
                best[k] = (float(p), cand)
        for p, cand in best.values():
            ev = Event.make(cand.type, cand.source, cand.target, "asserted", p)
            if p >= threshold and (everywhere or ev.key not in unit.blocked):
                out.append(ev)
    return out


def _summary(scorer: Scorer) -> dict:
    o = scorer.report()["triples"]["overall"]
    return {k: o.get(k) for k in ("precision", "recall", "f1", "tp", "fp", "fn")}


def _no_gold_fp_rate(samples: list[Sample], preds: list[list[Event]]) -> float | None:
    neg = [any(e.counted for e in p) for s, p in zip(samples, preds, strict=True)
           if not any(e.counted for e in s.item.events)]
    return sum(neg) / len(neg) if neg else None


def cross_validate(samples: list[Sample], folds: int, seed: int, fraction: float = 1.0,
                   everywhere: bool = False) -> dict[float, list[list[Event]]]:
    """Model events per sample (held-out fold predictions), per threshold; `fraction`
    of each training split is used (the same first part of a fixed shuffle)."""
    order = list(range(len(samples)))
    random.Random(seed).shuffle(order)
    fold_of = {i: k % folds for k, i in enumerate(order)}
    added: dict[float, list[list[Event]]] = {t: [[] for _ in samples] for t in THRESHOLDS}
    for k in range(folds):
        train = [samples[i] for i in order if fold_of[i] != k]
        train = train[: max(1, int(len(train) * fraction))]
        rows = [c for s in train for u in s.units for c in u.cands]
        model = LogReg().fit([c.feats for c in rows], [c.label for c in rows])
        for i, s in enumerate(samples):
            if fold_of[i] == k:
                for t in THRESHOLDS:
                    added[t][i] = model_events(model, s, t, everywhere)
    return added


def score(samples: list[Sample], added: list[list[Event]] | None,
          rules: bool = True) -> dict:
    scorer = Scorer()
    preds = []
    for i, s in enumerate(samples):
        pred = (s.rule_events if rules else []) + (added[i] if added else [])
        preds.append(pred)
        scorer.add(s.item.id, s.item.events, pred, s.item.text)
    out = _summary(scorer)
    out["no_gold_flag_rate"] = _no_gold_fp_rate(samples, preds)
    return out


def added_correct(samples: list[Sample], added: list[list[Event]]) -> tuple[int, int]:
    """How many model events were added, and how many of them match an unfound gold
    event (rules ∪ model true positives minus rules' own)."""
    n = sum(len(a) for a in added)
    right = 0
    for s, a in zip(samples, added, strict=True):
        gold = {e.key for e in s.item.events if e.counted}
        rule = {e.key for e in s.rule_events if e.counted}
        right += len({e.key for e in a} & (gold - rule))
    return n, right


def load_samples(cache: Path | None) -> list[Sample]:
    """The parsed samples, from `cache` (a pickle outside the project) when it exists."""
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    samples = build_samples(DATASETS)
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(samples, f)
    return samples


def reach(samples: list[Sample]) -> dict[str, int]:
    """Where the gold events the rules miss (exact triple) could be found at all."""
    out = {"missed": 0, "in_open_unit_candidates": 0, "in_any_candidates": 0}
    for s in samples:
        rule = {e.key for e in s.rule_events if e.counted}
        open_keys = {Event.make(c.type, c.source, c.target).key
                     for u in s.units if not u.rule_counted for c in u.cands}
        any_keys = {Event.make(c.type, c.source, c.target).key
                    for u in s.units for c in u.cands}
        for k in {e.key for e in s.item.events if e.counted} - rule:
            out["missed"] += 1
            out["in_open_unit_candidates"] += k in open_keys
            out["in_any_candidates"] += k in any_keys
    return out


def complementarity(samples: list[Sample], model: list[list[Event]]) -> dict[str, int]:
    """Exact-triple recall of the model on gold the rules found and gold they missed:
    a fallback helps only if the model finds what the rules do not."""
    out = Counter()
    for s, pred in zip(samples, model, strict=True):
        rule = {e.key for e in s.rule_events if e.counted}
        found = {e.key for e in pred}
        for k in {e.key for e in s.item.events if e.counted}:
            side = "rules_found" if k in rule else "rules_missed"
            out[side] += 1
            out[side + "_model_found"] += k in found
    return dict(out)


def run(folds: int, seed: int, cache: Path | None = None) -> dict:
    samples = load_samples(cache)
    gold = [e for s in samples for e in s.item.events if e.counted]
    cands = [c for s in samples for u in s.units for c in u.cands]
    open_units = [u for s in samples for u in s.units if not u.rule_counted]
    result: dict = {
        "items": len(samples),
        "gold_events": len(gold),
        "gold_unk_source": sum(e.source == "UNK" for e in gold),
        "candidates": len(cands),
        "positive_candidates": sum(c.label for c in cands),
        "units": sum(len(s.units) for s in samples),
        "units_without_rule_event": len(open_units),
        "positives_in_those_units": sum(c.label for u in open_units for c in u.cands),
        "by_threshold": {},
        "learning_curve": {},
    }
    names = ["pooled", *dict.fromkeys(s.dataset for s in samples)]
    subsets = {n: [i for i, s in enumerate(samples) if n == "pooled" or s.dataset == n]
               for n in names}
    full = cross_validate(samples, folds, seed)
    for t in THRESHOLDS:
        rows = {}
        for name, idx in subsets.items():
            sub = [samples[i] for i in idx]
            add = [full[t][i] for i in idx]
            n, right = added_correct(sub, add)
            rows[name] = {"rules": score(sub, None), "combined": score(sub, add),
                          "added": n, "added_right": right}
        result["by_threshold"][str(t)] = rows
    alone = cross_validate(samples, folds, seed, everywhere=True)
    result["model_alone_pooled"] = {str(t): score(samples, alone[t], rules=False)
                                    for t in THRESHOLDS}
    result["reach"] = reach(samples)
    result["model_alone_split"] = {str(t): complementarity(samples, alone[t])
                                   for t in THRESHOLDS}
    base = score(samples, None)["f1"]
    for frac in FRACTIONS:
        added = full if frac == 1.0 else cross_validate(samples, folds, seed, frac)
        own = alone if frac == 1.0 else cross_validate(samples, folds, seed, frac, True)
        result["learning_curve"][str(frac)] = {
            "combined_f1_gain": {str(t): score(samples, added[t])["f1"] - base
                                 for t in THRESHOLDS},
            "model_alone_f1": {str(t): score(samples, own[t], rules=False)["f1"]
                               for t in THRESHOLDS},
        }
    return result


def render(res: dict) -> str:
    lines = [
        f"items {res['items']}  gold events {res['gold_events']}  (UNK source "
        f"{res['gold_unk_source']})  units {res['units']}  units w/o rule event "
        f"{res['units_without_rule_event']}",
        f"candidates {res['candidates']}  positive {res['positive_candidates']}  "
        f"positive in units w/o rule event {res['positives_in_those_units']}",
        "",
        f"{'thr':>4} {'set':<14} {'rules P/R/F1':<20} {'combined P/R/F1':<20} "
        f"{'added':>5} {'right':>5} {'noGoldFlag r->c':>16}",
    ]
    for t, rows in res["by_threshold"].items():
        for name, r in rows.items():
            a, b = r["rules"], r["combined"]
            lines.append(
                f"{t:>4} {name:<14} {a['precision']:.3f}/{a['recall']:.3f}/{a['f1']:.3f}   "
                f"{b['precision']:.3f}/{b['recall']:.3f}/{b['f1']:.3f}   "
                f"{r['added']:>5} {r['added_right']:>5} "
                f"{a['no_gold_flag_rate']:.3f}->{b['no_gold_flag_rate']:.3f}")
    lines += ["", "reach of the rules' misses (exact triples): " + json.dumps(res["reach"]),
              "", "model alone, every unit, pooled (5-fold CV):"]
    for t, r in res["model_alone_pooled"].items():
        lines.append(f"  t={t}: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
                     f"(tp {r['tp']} fp {r['fp']})  no-gold flag rate "
                     f"{r['no_gold_flag_rate']:.3f}")
    lines.append("model alone on gold the rules found / missed (exact triples):")
    for t, c in res["model_alone_split"].items():
        lines.append(f"  t={t}: found {c.get('rules_found_model_found', 0)}/"
                     f"{c.get('rules_found', 0)}  missed {c.get('rules_missed_model_found', 0)}/"
                     f"{c.get('rules_missed', 0)}")
    lines += ["", "learning curve, pooled: combined F1 - rules F1 | model-alone F1",
              "frac  " + " ".join(f"t={t:<5}" for t in THRESHOLDS) + " | "
              + " ".join(f"t={t:<4}" for t in THRESHOLDS)]
    for frac, curve in res["learning_curve"].items():
        lines.append(f"{frac:<5} "
                     + " ".join(f"{g:+.4f} " for g in curve["combined_f1_gain"].values())
                     + " | " + " ".join(f"{f:.3f} " for f in curve["model_alone_f1"].values()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the parsed candidates (e.g. /tmp/fallback.pkl), reused "
                         "when it exists; the texts are parsed again when absent")
    args = ap.parse_args(argv)
    # Through the package, so that a cache pickled here names `eval.learned_fallback`
    # classes and not `__main__` ones.
    from eval import learned_fallback

    res = learned_fallback.run(args.folds, args.seed, args.cache)
    print(json.dumps(res, indent=1) if args.json else render(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
