"""Experiment (issue 9, NO-GO): a candidate-level judge of events -- keep, re-type or drop.

    PYTHONPATH=src python bench/retype_judge.py --folds-dir DIR --cache FILE [--nested]
        [--c 0.3] [--candidates default|rules]
    (needs the `train` extra: scikit-learn and scipy)

For every event the default model ("rules+scorer", before its final map) extracts from the
TUNE split of data/devset, features are: the rule's type, mode, trigger frame and trigger
words, source and target strategies, modality and its cue, confidence band, the sentence's
folded words and bigrams (hashed, 2^18), conjunctions of these with the rule's type, and the
scorer's sentence probabilities (16 types, relevance, quads) with the rules' and the combined
confidence. Label: the gold type whose unordered {source, target} pair and modality match the
candidate in its document's gold (the rule's own type when the gold has it), else NONE. A
multinomial logistic model (scikit-learn, lbfgs) gives P(type | candidate); an event is
dropped when P(NONE) >= drop, re-typed to the best other codable type when P(it) >= retype
and P(rule type) < current. Every document is read by a scorer that never saw it
(`diplomap.eval.tune_scorer.readings("crossfit")`: four scorers trained without a quarter of
the tune items each), so the scorer's features are out-of-sample as on new text.

Protocol: 5 folds by ITEM (an item's Arabic and English documents share a fold); the model
of fold k is trained on the other four; `--nested` chooses the thresholds (9 x 31 grid,
objective mean F1 + 0.5 min F1 as tune_scorer) on inner out-of-fold probabilities of those
four folds only, then applies them to fold k. The frozen test splits are never read.

Figures (data/devset tune, 1,141 documents per language, 1,603 gold events each; events
P / R / F1):

                                                    ar P / R / F1          en P / R / F1
rules (`tune.py --model rules`)                     0.646 / 0.495 / 0.561  0.659 / 0.535 / 0.590
default, shipped scorer (`tune.py`; that scorer
  trained on 80 % of these items)                   0.669 / 0.512 / 0.580  0.678 / 0.545 / 0.604
default, cross-fitted scorer (the baseline on the
  judge's footing)                                  0.665 / 0.502 / 0.572  0.663 / 0.536 / 0.593
JUDGE, nested cross-fitted (C 0.3, all features)    0.668 / 0.498 / 0.571  0.666 / 0.535 / 0.593
judge, thresholds chosen on its own out-of-fold
  probabilities (optimistic)                        0.673 / 0.497 / 0.572  0.673 / 0.534 / 0.595
judge over the rules' events + proposals (in place
  of confirm's drop; optimistic)                    0.652 / 0.500 / 0.566  0.656 / 0.537 / 0.591
oracle: drop every NONE                             0.864 / 0.502 / 0.635  0.849 / 0.536 / 0.657
oracle: drop every NONE, re-type to the label       1.000 / 0.540 / 0.701  1.000 / 0.579 / 0.733

Gain over the cross-fitted default: ar -0.001, en +0.000 (against `tune.py`'s in-sample
figures: -0.009 / -0.011). GO needs +0.015 in both languages: NO-GO, nothing integrated.
Ablations (optimistic thresholds, C 0.1 / 0.3 / 1): no words, no bigrams, structure and
scores only, rule type and scores only, no scores: every one within -0.002 .. +0.002 F1.

Why it cannot pay (2,627 candidates: 1,774 keep the right type, 568 are NONE, 285 have a
pair and modality the gold codes with another type, spread over 110 (rule type, gold type)
pairs, none with more than 11 examples). Where the scorer's best type is not the rule's type,
the rule's type is right 771 times and the scorer's best 79 times. Out of fold (C 0.3), the 12
candidates whose best other type reaches P 0.3 hold 1 right re-type and 7 events already
right: re-typing never reaches the precision it needs. Dropping an event raises F1 only when
its chance of being right is below about F1 / 2 = 0.29; the judge ranks NONE better than the
rules' or the combined confidence (out-of-fold AUC 0.705 against 0.665 / 0.666), but at P(NONE)
>= 0.7 it drops 112 events, 42 of them right (0.38), and at 0.8 only 52 (11 right).
Adding the other type beside the rule's (instead of replacing it) finds types the gold has,
but mostly keys that another candidate of the pair already predicts: by set scoring no
threshold, of the judge or of the scorer alone, gains (at best +0.000 in one language and
-0.001 in the other).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise, product
from pathlib import Path

import numpy as np

from diplomap.eval.predictions import event_item
from diplomap.eval.scoring import key
from diplomap.eval.tune_scorer import item_of
from diplomap.extract.confirm import STRATEGY, by_sentence_of, combined, logit, settings
from diplomap.extract.model import Event, Extraction
from diplomap.extract.plover import codable
from diplomap.extract.scorer import Prediction, tokens
from diplomap.ontology import ontology

NONE = "NONE"
DIM = 1 << 18           # hashed symbolic and word features
FOLDS = 5
LANGS = ("ar", "en")


# -- candidates -------------------------------------------------------------------------------
@dataclass
class Candidate:
    doc: str
    lang: str
    source: str
    target: str | None
    event_type: str
    modality: str
    symbols: list[str]
    dense: list[float]
    label: str = NONE
    # which types give a key found in the gold (for scoring a re-type)
    right_types: frozenset[str] = field(default_factory=frozenset)
    default: bool = True        # the default model keeps it


def fold_of(name: str, folds: int = FOLDS, salt: str = "judge") -> int:
    digest = hashlib.sha256(f"{salt}:{item_of(name)}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % folds


def steps_of(event: Event) -> dict[str, tuple[str, str]]:
    """The first step of each slot of the event's trace: (strategy, detail)."""
    out: dict[str, tuple[str, str]] = {}
    for step in event.trace:
        slot, strategy, detail = step[0], step[1], step[2] if len(step) > 2 else ""
        out.setdefault(slot, (str(strategy), str(detail)))
    return out


def symbols_of(event: Event, lang: str, words: Sequence[str], sentence_types: set[str],
               best: str) -> list[str]:
    steps = steps_of(event)
    rt = event.event_type
    frame, trigger = steps.get("trigger", ("", ""))
    out = [f"rt={rt}", f"rt={rt}|lang={lang}", f"lang={lang}", f"mode={event.mode}",
           f"mode={event.mode}|rt={rt}", f"frame={frame}", f"frame={frame}|rt={rt}",
           f"src={steps.get('source', ('', ''))[0]}", f"tgt={steps.get('target', ('', ''))[0]}",
           f"src={steps.get('source', ('', ''))[0]}|rt={rt}",
           f"tgt={steps.get('target', ('', ''))[0]}|rt={rt}",
           f"mod={event.modality}", f"mod={event.modality}|rt={rt}",
           f"band={steps.get('confidence', ('', ''))[0]}",
           f"sbest={best}", f"sbest={best}|rt={rt}",
           f"types_in_sentence={min(len(sentence_types), 3)}",
           f"srcorg={event.source.startswith('ORG:')}",
           f"tgtorg={(event.target or '').startswith('ORG:')}",
           f"domestic={event.source == event.target}", f"notarget={event.target is None}"]
    cue = steps.get("modality", ("", ""))[1]
    if cue:
        out += [f"cue={w}" for w in tokens(cue)]
    out += [f"trig={w}" for w in tokens(trigger)]
    out += [f"trig={w}|rt={rt}" for w in tokens(trigger)]
    out += [f"w={w}" for w in words]
    out += [f"b={a} {b}" for a, b in pairwise(words)]
    return out


def dense_of(event: Event, prediction: Prediction, types: Sequence[str]) -> list[float]:
    p_rule = prediction.event_type.get(event.event_type, 0.0)
    conf = steps_of(event).get("confidence", ("", "0.5"))[1]
    try:
        rules_conf = float(conf)
    except ValueError:
        rules_conf = event.confidence
    confirmed = combined(settings().combine, rules=rules_conf, relevance=prediction.relevance,
                         type=p_rule)
    return [*(prediction.event_type[t] for t in types), p_rule, logit(p_rule) / 5,
            prediction.relevance, logit(prediction.relevance) / 5,
            *prediction.quad.values(), rules_conf, confirmed, logit(confirmed) / 5]


def label_of(event: Event, gold_types: dict[tuple, list[str]]) -> tuple[str, frozenset[str]]:
    pair = (frozenset((event.source, event.target)), event.modality)
    found = gold_types.get(pair, [])
    if not found:
        return NONE, frozenset()
    if event.event_type in found:
        return event.event_type, frozenset(found)
    quad = ontology().intensity(event.event_type, None)[1]
    same_quad = [t for t in found if ontology().intensity(t, None)[1] == quad]
    return (same_quad or found)[0], frozenset(found)


def collect(part: str, folds_dir: Path | None, source: str = "default"
            ) -> tuple[list[Candidate], list[dict], dict]:
    """Every event the default model (before its final map) extracts from the tune documents
    (data/devset and data/wikinews), each read by a scorer that never saw it (`crossfit`),
    with its features and label; the gold; the baseline's predicted items."""
    from diplomap.eval.tune_scorer import readings

    docs, gold = readings(part, folds_dir)
    by_doc: dict[str, dict[tuple, list[str]]] = {}
    for g in gold:
        if g["kind"] == "event":
            k = key(g)
            by_doc.setdefault(g["doc"], {}).setdefault((k[3], k[4]), []).append(g["event_type"])
    out = []
    for r in docs:
        extraction = r.component(r.doc, r.rules, r.published)
        kept_events = extraction.events
        if source == "rules":  # the rules' events (none dropped) and the scorer's proposals
            extraction = Extraction(extraction.facts, [*r.rules.events, *(
                e for e in extraction.events if e.trace and e.trace[0][1] == STRATEGY)])
        if not extraction.events:
            continue
        sentences = sorted({by_sentence_of(e) for e in extraction.events})
        predictions = r.component.predictions(r.doc, sentences)
        types_of: dict[int, set[str]] = {}
        for e in extraction.events:
            types_of.setdefault(by_sentence_of(e), set()).add(e.event_type)
        word_cache = {i: tokens(r.doc.sentence_text(i)) for i in sentences}
        types = r.component.scorer.types
        kept = {(e.event_type, e.source, e.target, e.modality) for e in kept_events}
        for e in extraction.events:
            i = by_sentence_of(e)
            p = predictions[i]
            label, right = label_of(e, by_doc.get(r.name, {}))
            item = event_item(r.name, e.as_dict())
            out.append(Candidate(r.name, r.lang, e.source, e.target, e.event_type,
                                 item.get("modality") or "actual",
                                 symbols_of(e, r.lang, word_cache[i], types_of[i],
                                            p.best_type),
                                 dense_of(e, p, types), label, right,
                                 (e.event_type, e.source, e.target, e.modality) in kept))
    return out, [g for g in gold if g["kind"] == "event"], {}


# -- scoring ----------------------------------------------------------------------------------
def events_prf(cands: Sequence[Candidate], decided: Sequence[str | None], gold: list[dict],
               docs: set[str]) -> dict[str, tuple[float, float, float]]:
    """Events P/R/F1 per language of the candidates' decided types (None: dropped), on the
    documents `docs` (a document with no candidate still counts its gold)."""
    gold_keys = {key(g) for g in gold if g["doc"] in docs}
    pred_keys = set()
    for c, t in zip(cands, decided, strict=True):
        if t is not None and c.doc in docs:
            pred_keys.add(("event", c.doc, t, frozenset((c.source, c.target)), c.modality))
    out = {}
    for lang in LANGS:
        g = {k for k in gold_keys if k[1].endswith("." + lang)}
        p = {k for k in pred_keys if k[1].endswith("." + lang)}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        out[lang] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


# -- the model --------------------------------------------------------------------------------
def design(cands: Sequence[Candidate]):
    from scipy import sparse

    rows, cols = [], []
    for n, c in enumerate(cands):
        for h in sorted({zlib.crc32(s.encode()) % DIM for s in c.symbols}):
            rows.append(n)
            cols.append(h)
    hashed = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                               shape=(len(cands), DIM))
    # each candidate's symbols are scaled to unit norm per block? keep binary.
    dense = sparse.csr_matrix(np.array([c.dense for c in cands], dtype=np.float32))
    x = sparse.hstack([hashed, dense]).tocsr()
    used = np.unique(x.indices)  # the columns some candidate has (a smaller model to fit)
    return x[:, used]


def fit(x, y: Sequence[str], c: float):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000, tol=1e-4)
    model.fit(x, list(y))
    return model


@dataclass(frozen=True)
class Thresholds:
    drop: float = 1.01          # drop when P(NONE) >= drop
    retype: float = 1.01        # re-type when P(best other type) >= retype ...
    current: float = 0.0        # ... and P(rule type) < current


@dataclass
class Readout:
    """What the decisions read from the class probabilities, per candidate."""

    p_none: np.ndarray
    p_rule: np.ndarray
    p_best: np.ndarray          # the best other type (codable with the pair), or 0
    best: list[str]


def readout(cands: Sequence[Candidate], probs: np.ndarray, classes: Sequence[str]) -> Readout:
    col = {c: i for i, c in enumerate(classes)}
    none = col.get(NONE)
    p_none = probs[:, none] if none is not None else np.zeros(len(cands))
    p_rule = np.array([p[col[c.event_type]] if c.event_type in col else 0.0
                       for c, p in zip(cands, probs, strict=True)])
    p_best, best = np.zeros(len(cands)), []
    for n, (c, p) in enumerate(zip(cands, probs, strict=True)):
        found = next((classes[i] for i in np.argsort(-p) if classes[i] not in (
            NONE, c.event_type) and codable(classes[i], c.source, c.target)), "")
        best.append(found)
        p_best[n] = p[col[found]] if found else 0.0
    return Readout(p_none, p_rule, p_best, best)


def decide(cands: Sequence[Candidate], probs: np.ndarray | Readout, classes: Sequence[str],
           th: Thresholds) -> list[str | None]:
    r = probs if isinstance(probs, Readout) else readout(cands, probs, classes)
    drop = r.p_none >= th.drop
    retype = (r.p_best >= th.retype) & (r.p_rule < th.current)
    return [None if drop[n] else r.best[n] if retype[n] else c.event_type
            for n, c in enumerate(cands)]


def objective(prf: dict[str, tuple[float, float, float]]) -> float:
    f1 = [v[2] for v in prf.values()]
    return sum(f1) / len(f1) + 0.5 * min(f1)


GRID = [Thresholds(d, r, cur)
        for d in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
        for r, cur in [(1.01, 0.0), *product((0.3, 0.4, 0.5, 0.6, 0.7, 0.8),
                                                   (0.05, 0.1, 0.2, 0.3, 0.5))]]


def choose(cands: Sequence[Candidate], probs: np.ndarray, classes: Sequence[str],
           gold: list[dict], docs: set[str]) -> Thresholds:
    best, best_value = Thresholds(), objective(events_prf(
        cands, [c.event_type for c in cands], gold, docs))
    read = readout(cands, probs, classes)
    for th in GRID:
        value = objective(events_prf(cands, decide(cands, read, classes, th), gold, docs))
        if value > best_value + 1e-9:
            best, best_value = th, value
    return best


def oof_probs(cands: Sequence[Candidate], x, folds: np.ndarray, c: float,
              classes: Sequence[str]) -> np.ndarray:
    """Out-of-fold class probabilities (columns in `classes` order)."""
    out = np.zeros((len(cands), len(classes)))
    y = np.array([c_.label for c_ in cands])
    for k in sorted(set(folds.tolist())):
        train, test = folds != k, folds == k
        model = fit(x[train], y[train], c)
        p = model.predict_proba(x[test])
        for j, name in enumerate(model.classes_):
            out[np.flatnonzero(test), classes.index(name)] = p[:, j]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--part", default="crossfit", choices=("crossfit", "all"))
    ap.add_argument("--folds-dir", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--c", type=float, nargs="+", default=[1.0])
    ap.add_argument("--nested", action="store_true")
    ap.add_argument("--candidates", choices=("default", "rules"), default="default",
                    help="the default model's events before its final map, or the rules' "
                         "events and the scorer's proposals (nothing dropped)")
    ap.add_argument("--train-wikinews", action="store_true")
    a = ap.parse_args(argv)
    if a.cache and a.cache.exists():
        cands, gold = pickle.loads(a.cache.read_bytes())
    else:
        cands, gold, _ = collect(a.part, a.folds_dir, a.candidates)
        if a.cache:
            a.cache.write_bytes(pickle.dumps((cands, gold)))
    dev_docs = {g["doc"] for g in gold if g["doc"].startswith("wcep:")}
    dev_docs |= {c.doc for c in cands if c.doc.startswith("wcep:")}
    print("candidates", len(cands), "labels", Counter(c.label == c.event_type for c in cands),
          "NONE", sum(c.label == NONE for c in cands))
    # baseline: the default model before its final map
    base = events_prf(cands, [c.event_type if c.default else None for c in cands], gold,
                      dev_docs)
    print("baseline (devset tune)", fmt(base))
    # oracle bounds
    print("oracle drop", fmt(events_prf(cands, [c.event_type if c.label != NONE else None
                                               for c in cands], gold, dev_docs)))
    print("oracle drop+retype", fmt(events_prf(cands, [None if c.label == NONE else c.label
                                                      for c in cands], gold, dev_docs)))
    use = [c for c in cands if a.train_wikinews or c.doc.startswith("wcep:")]
    x = design(use)
    folds = np.array([fold_of(c.doc) for c in use])
    classes = sorted({c.label for c in use})
    for c in a.c:
        probs = oof_probs(use, x, folds, c, classes)
        if not a.nested:
            th = choose(use, probs, classes, gold, dev_docs)
            print(f"C {c}: OOF probs, thresholds chosen on them (optimistic) {th}:",
                  fmt(events_prf(use, decide(use, probs, classes, th), gold, dev_docs)))
            continue
        decided: list[str | None] = [None] * len(use)
        for k in range(FOLDS):
            train = np.flatnonzero(folds != k)
            inner = [use[i] for i in train]
            inner_folds = np.array([fold_of(cc.doc, FOLDS - 1, f"inner{k}") for cc in inner])
            inner_probs = oof_probs(inner, x[train], inner_folds, c, classes)
            th = choose(inner, inner_probs, classes, gold, {cc.doc for cc in inner} & dev_docs)
            test = np.flatnonzero(folds == k)
            got = decide([use[i] for i in test], probs[test], classes, th)
            for i, t in zip(test, got, strict=True):
                decided[i] = t
            print(f"  fold {k}: {th}")
        print(f"C {c}: nested cross-fitted", fmt(events_prf(use, decided, gold, dev_docs)))
    return 0


def fmt(prf: dict[str, tuple[float, float, float]]) -> str:
    return "  ".join(f"{lang} P {p:.3f} R {r:.3f} F1 {f:.3f}" for lang, (p, r, f) in prf.items())


if __name__ == "__main__":
    sys.exit(main())
