"""Experiment (issue #9): a learned reader of actor pairs that proposes the events the rules miss.

    PYTHONPATH=src .venv/bin/python bench/pair_model.py extract [--wikinews]  # read tune once
    PYTHONPATH=src .venv/bin/python bench/pair_model.py cv --c 0.5 1 --thresholds 0.3 0.5 0.7 \
        --drop-none 0.8 0.9 0.95 --drop-type 0.02 0.05
    ... cv --c 1 --residual --no-dense --thresholds 0.1 0.15 0.2 0.3
    ... cv --c 1 --residual --scorer-type --thresholds 0.3 0.4 0.5 0.6
    ... cv --c 1 --residual --actual --thresholds 0.1 0.15 0.2 0.3

Needs the `train` extra (scikit-learn, scipy). Reads the dev set's TUNE split only (and
Wikinews' tune split with --wikinews); the frozen test split is never read.

What it does. `extract` runs the default model ("rules+scorer") over every tune document and,
for each sentence, every candidate pair of the actors the rules' sentence view resolves
(states, organisations, armed groups, territories; persons as their state; at most 8 distinct
actors a sentence; unordered, plus X -> X for each state), writes features: the sentence's
words and word bigrams, the words and bigrams between the two mentions and three words
around them, the actors' kinds, markers (preposition), between/agent/coordinated flags,
resolution, whether the first of the pair is the sentence's first actor, the default model's
event types for this pair in the sentence and in the sentence at all, every string feature
also conjoined with the language (hashed, crc32, 2^18), and the scorer's relevance and 16
sentence type probabilities (dense). Label: the gold event types of the document whose
unordered pair is the pair and whose evidence lies in the sentence, else NONE (a pair with
two types gives two rows). `--residual`: only the gold types the default model has not
coded for the pair are positives (what the candidate should add). `cv` fits a multinomial
logistic regression (lbfgs, one thread) with 5-fold cross-fitting BY ITEM (an item's .en
and .ar in one fold, fold = sha256("pairs:" + item) mod 5): every figure below is
out-of-fold. Decision: add the best non-NONE type of a pair whose probability passes the
threshold and which the default model has not coded (type, unordered pair) in the document;
modality from the sentence's cue (`ScorerConfirm.modality`; a negated cue adds nothing), or
`--actual`; `--scorer-type`: add when 1 - P(NONE) passes the threshold, typed by the
scorer's best sentence type not yet coded for the pair; `--drop-none` / `--drop-type`: drop
the default model's events of a pair whose P(NONE) is high / whose own type's P is low.

Caveat: the scorer was trained on 80 % of the tune items (`scorer_data`, held-out salt
"devset"), so its probabilities are in-sample there; "unseen" repeats each figure on the
210 tune items the scorer never trained on (noisy: about 300 gold events per language).

RESULTS (session wP16, 2026-12-05; tune split 1,141 items, 2,282 documents, 1,603 gold
events per language; 6,468 candidate pairs, 1,803 with a gold event; of the 3,214 gold
events located in a sentence, 2,457 (76 %) are a candidate pair of that sentence; 908 gold
types of candidate pairs are not coded by the default model).

events P / R / F1, out-of-fold          ar                     en      (added right/all ar, en)
baseline (default model)                0.674 0.517 0.585      0.676 0.548 0.605
  scorer-unseen items                   0.685 0.506 0.582      0.686 0.549 0.610
all labels, C 0.5, add thr 0.30         0.650 0.530 0.584      0.649 0.563 0.603  (21/78, 23/89)
                   add thr 0.50         0.662 0.522 0.584      0.662 0.553 0.603  (8/33, 7/37)
                   add thr 0.70         0.671 0.518 0.585      0.673 0.550 0.605  (3/10, 3/10)
all labels, C 1,   add thr 0.30         0.645 0.530 0.582      0.647 0.563 0.602  (22/88, 23/93)
                   add thr 0.50         0.660 0.524 0.584      0.660 0.554 0.602
residual, C 1,     add thr 0.10         0.643 0.530 0.581      0.646 0.564 0.602  (22/92, 25/98)
                   add thr 0.15         0.658 0.529 0.587      0.661 0.559 0.606  (20/59, 17/54)
                   add thr 0.20         0.667 0.525 0.588      0.668 0.554 0.606  (14/33, 9/28)
                   add thr 0.30         0.671 0.520 0.586      0.673 0.553 0.607  (6/13, 7/15)
  without the scorer's features, 0.15   0.664 0.521 0.584      0.662 0.552 0.602  (7/29, 6/35)
  added events actual, thr 0.15         0.655 0.532 0.587      0.661 0.561 0.607  (25/73, 20/60)
                       thr 0.20         0.665 0.527 0.588      0.668 0.556 0.607  (17/42, 12/33)
  typed by the scorer, 1-P(NONE) 0.40   0.661 0.525 0.586      0.659 0.558 0.604  (14/44, 15/55)
drop only (C 1), P(NONE) >= 0.80        0.713 0.499 0.587      0.717 0.533 0.612
                 P(NONE) >= 0.95        0.693 0.512 0.588      0.700 0.543 0.612
  scorer-unseen items, P(NONE) >= 0.80  0.768 0.479 0.590      0.753 0.534 0.625
drop only (C 1), P(type) < 0.02         0.702 0.506 0.588      0.706 0.534 0.608
With Wikinews' tune split added (2,440 documents; baseline ar 0.578, en 0.605), residual C 1,
add thr 0.15-0.30: ar 0.580, en 0.603-0.607.

Best out-of-fold gain over the default model: additions +0.003 (ar) / +0.003 (en); drops
+0.003 / +0.007. GO needs +0.015 in both languages: NO-GO, nothing integrated.

Why: the additions the pair model is surest of are right one time in three or four (the
default model's precision is 0.67), about what adding breaks even at. The pairs above 0.15
(residual, C 1, before the negated-cue filter), against the document's gold: right 39; a
gold event of the same pair with another type 32; of the same type with one actor shared
31; same type and pair, another modality 17 (the sentence's cue is not the event's); same
type, other pair 5; neither 10. The residual positives are ~450 a language over 16 types:
too few for words to type them (the pair model's argmax type is right for 45 % of them,
the scorer's best uncoded sentence type for 67 %, in-sample for most).
Learned confirmation at the pair level (drop P(NONE) >= 0.8) is the only signal that
shows on the scorer-unseen items (+0.008 / +0.015 there, +0.002 / +0.007 on all tune).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from diplomap.eval.tune_scorer import item_of
from diplomap.ontology import ontology

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path("/tmp/diplomap_pair_model.pkl")  # the extracted pairs, between the two steps
FOLDS = 5
DIM = 1 << 18
MAX_ACTORS = 8
TYPES = tuple(ontology().event_types)
LABELS = ("NONE", *TYPES)


def fold_of(item: str) -> int:
    """The item's fold: its .en and .ar documents share it."""
    return int.from_bytes(hashlib.sha256(f"pairs:{item}".encode()).digest()[:8], "big") % FOLDS


def tune_docs(folder: Path):
    from diplomap.eval import read_doc_texts
    with open(folder / "docs.jsonl", encoding="utf-8") as f:
        rows = [json.loads(x) for x in f]
    names = {r["name"] for r in rows if r.get("split") == "tune"}
    return [d for d in read_doc_texts(folder / "docs.jsonl") if d.name in names]


def tune_gold(folder: Path, names: set[str]) -> list[dict]:
    from diplomap.eval import read_items
    return [g for g in read_items(folder / "gold.jsonl") if g["doc"] in names]


def sentence_of(doc, offset: int) -> int | None:
    for i, (s, e) in enumerate(doc.sentences):
        if s <= offset < e:
            return i
    return None


def _bucket(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else "8+")


def pair_features(view, a, b, prediction, rule_pair: set[str], rule_sentence: set[str],
                  first_entity: str | None, lang: str) -> tuple[list[str], list[float]]:
    """String features (hashed later) and dense features of one candidate pair (a before b;
    a is b for a domestic pair)."""
    words = [w[0] for w in view.words]
    f = [f"w:{w}" for w in words] + [f"b:{x} {y}" for x, y in pairwise(words)]
    domestic = a.entity == b.entity
    f.append("dom" if domestic else "pair")
    f.append(f"k:{a.kind}|{b.kind}")
    f.append(f"kd:{domestic}|{a.kind}")
    lo, hi = a.first, b.last if not domestic else a.last
    if not domestic:
        between = words[a.last:b.first]
        f += [f"bt:{w}" for w in between]
        f += [f"bb:{x} {y}" for x, y in pairwise(between)]
        f.append(f"dist:{_bucket(len(between))}")
    f += [f"L:{w}" for w in words[max(0, lo - 3):lo]] + [f"R:{w}" for w in words[hi:hi + 3]]
    f += [f"L1:{words[lo - 1]}" if lo > 0 else "L1:^", f"R1:{words[hi]}" if hi < len(words)
          else "R1:$"]
    for tag, x in (("A", a), ("B", b)):
        f.append(f"{tag}m:{x.marker}" if x.marked else f"{tag}unmarked")
        if x.between:
            f.append(f"{tag}between")
        if x.agent:
            f.append(f"{tag}agent")
        if x.coordinated:
            f.append(f"{tag}coord")
        f.append(f"{tag}res:{x.resolution}")
        if x.person:
            f.append(f"{tag}person")
    f.append(f"first:{'A' if a.entity == first_entity else 'notA'}")
    f.append(f"startA:{_bucket(a.first)}")
    for t in rule_pair:
        f.append(f"rp:{t}")
    if not rule_pair:
        f.append("rp:none")
    for t in rule_sentence:
        f.append(f"rs:{t}")
    if not rule_sentence:
        f.append("rs:none")
    f = [f"{lang}:{x}" for x in f] + [x for x in f if not x.startswith(("w:", "b:", "bt:", "bb:"))]
    dense = [prediction.relevance] + [prediction.event_type.get(t, 0.0) for t in TYPES]
    return f, dense


def extract(args) -> None:
    from diplomap.eval.predictions import event_item
    from diplomap.extract.components import DEFAULT_MODEL
    from diplomap.extract.confirm import PROPOSE_KINDS, ScorerConfirm, by_sentence_of, sentence_view
    from diplomap.extract.pipeline import Pipeline

    folders = [ROOT / "data/devset"] + ([ROOT / "data/wikinews"] if args.wikinews else [])
    docs, gold = [], []
    for folder in folders:
        d = tune_docs(folder)
        docs += d
        gold += tune_gold(folder, {x.name for x in d})
    gold_by_doc = defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc"]].append(g)
    pipeline = Pipeline((), DEFAULT_MODEL)
    rows, default_items, ceiling = [], [], Counter()
    t0 = time.time()
    for n, d in enumerate(docs):
        lang = d.lang
        reading = pipeline(d.text, lang, d.published)
        doc, extraction = reading.doc, reading.extraction
        extractor = pipeline.extractor(lang)
        confirm = next(c for c in pipeline.components(lang) if isinstance(c, ScorerConfirm))
        events = extraction.events
        for e in events:
            span = e.evidence[0]
            item = event_item(d.name, e.as_dict(), doc.text[span.start:span.end])
            item["_sentence"] = by_sentence_of(e)
            default_items.append(item)
        # the gold events of the document by sentence and unordered pair
        labels: dict[tuple[int, frozenset], set[str]] = defaultdict(set)
        for g in gold_by_doc[d.name]:
            if g.get("kind") != "event" or g.get("event_type") not in TYPES:
                continue
            at = doc.text.find(g.get("evidence") or "\0")
            i = sentence_of(doc, at) if at >= 0 else None
            if i is not None:
                labels[(i, frozenset((g.get("source"), g.get("target"))))].add(g["event_type"])
        predictions = confirm.predictions(doc, list(range(len(doc.sentences))))
        seen_keys = set()
        for i in range(len(doc.sentences)):
            view = sentence_view(doc, i, extractor, d.published)
            actors = [x for x in view.args if x.kind in PROPOSE_KINDS and not x.implicit]
            firsts: dict[str, object] = {}
            for x in actors:
                firsts.setdefault(x.entity, x)
            ents = list(firsts.values())[:MAX_ACTORS]
            if not ents:
                continue
            modality, _cue = confirm.modality(view)
            rule_events = [e for e in events if by_sentence_of(e) == i]
            rule_sentence = {e.event_type for e in rule_events}
            first_entity = ents[0].entity
            cands = [(a, b) for k, a in enumerate(ents) for b in ents[k + 1:]]
            cands += [(a, a) for a in ents if a.kind == "state"]
            for a, b in cands:
                pair = frozenset((a.entity, b.entity))
                rule_pair = {e.event_type for e in rule_events
                             if frozenset((e.source, e.target)) == pair}
                feats, dense = pair_features(view, a, b, predictions[i], rule_pair,
                                             rule_sentence, first_entity, lang)
                key = (i, pair)
                seen_keys.add(key)
                rows.append({"doc": d.name, "item": item_of(d.name), "lang": lang,
                             "sentence": i, "source": a.entity, "target": b.entity,
                             "feats": feats, "dense": dense, "labels": sorted(labels.get(key, ())),
                             "modality": modality, "words": len(view.words),
                             "default_pair": sorted(rule_pair)})
        for key, types in labels.items():
            ceiling["gold"] += len(types)
            ceiling["candidate"] += len(types) if key in seen_keys else 0
        if n % 200 == 0:
            print(f"{n}/{len(docs)} docs, {len(rows)} pairs, {time.time() - t0:.0f} s",
                  file=sys.stderr)
    with CACHE.open("wb") as f:
        pickle.dump({"rows": rows, "default": default_items, "gold": gold,
                     "docs": [(d.name, d.lang) for d in docs]}, f)
    print(f"{len(docs)} docs, {len(rows)} pairs; gold events located in a sentence "
          f"{ceiling['gold']}, of which a candidate pair {ceiling['candidate']}")


# -- learning ---------------------------------------------------------------------------------
def hashed(rows: list[dict]):
    from scipy import sparse
    indptr, indices = [0], []
    for r in rows:
        cols = sorted({zlib.crc32(x.encode()) % DIM for x in r["feats"]})
        indices += cols
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    used, cols = np.unique(np.array(indices), return_inverse=True)  # only the columns in use
    x = sparse.csr_matrix((data, cols, np.array(indptr)), shape=(len(rows), len(used)))
    dense = np.array([r["dense"] for r in rows], dtype=np.float32)
    return sparse.hstack([x, sparse.csr_matrix(dense * 2.0)]).tocsr()


def training_set(rows: list[dict], idx: np.ndarray, residual: bool = False):
    """Row indices and label ids: a pair with several gold types gives one row per type;
    `residual`: only the types the default model has not coded (the pair's others: NONE)."""
    ri, y = [], []
    for k in idx:
        labels = rows[k]["labels"]
        if residual:
            labels = [t for t in labels if t not in rows[k]["coded"]]
        labels = labels or ["NONE"]
        for t in labels:
            ri.append(k)
            y.append(LABELS.index(t))
    return np.array(ri), np.array(y)


def oof_probabilities(rows: list[dict], x, c: float, use_dense: bool = True,
                      residual: bool = False) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    if not use_dense:
        x = x[:, :x.shape[1] - len(TYPES) - 1]
    folds = np.array([fold_of(r["item"]) for r in rows])
    out = np.zeros((len(rows), len(LABELS)))
    for k in range(FOLDS):
        tr, te = np.where(folds != k)[0], np.where(folds == k)[0]
        ri, y = training_set(rows, tr, residual)
        model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
        model.fit(x[ri], y)
        p = model.predict_proba(x[te])
        out[np.ix_(te, model.classes_)] = p
    return out


@dataclass(frozen=True)
class Decision:
    """How out-of-fold pair probabilities become the candidate's events."""

    threshold: float = 2.0          # add: best non-NONE type's P >= threshold (2: add nothing)
    scorer_type: bool = False       # add: 1 - P(NONE) >= threshold, typed by the scorer's
    #                                 best sentence type the default has not coded for the pair
    actual: bool = False            # added events are actual (else the sentence's cue;
    #                                 a negated cue adds nothing)
    drop_none: float | None = None  # drop default events of a pair with P(NONE) >= this
    drop_type: float | None = None  # drop default events whose type has P < this


ADDED: dict[str, tuple[int, int]] = {}  # per language: right and all of the last additions


def evaluate(data: dict, probs: np.ndarray, how: Decision,
             only_items: set[str] | None = None) -> dict[str, tuple[float, float, float]]:
    """Events P/R/F1 per language of the default model's events with the pair model's
    additions and drops (`only_items`: those items' documents only)."""
    from diplomap.eval import score
    rows, default, gold = data["rows"], data["default"], data["gold"]
    if only_items is not None:
        default = [p for p in default if item_of(p["doc"]) in only_items]
        gold = [g for g in gold if item_of(g["doc"]) in only_items]
    coded = {(p["doc"], p["event_type"], frozenset((p.get("source"), p.get("target"))))
             for p in default}
    added, by_key = [], {}
    for r, p in zip(rows, probs, strict=True):
        if only_items is not None and r["item"] not in only_items:
            continue
        pair = frozenset((r["source"], r["target"]))
        by_key[(r["doc"], r["sentence"], pair)] = p
        if how.scorer_type:
            if 1.0 - p[0] < how.threshold:
                continue
            sentence_p = [q if (r["doc"], t, pair) not in coded else -1.0
                          for t, q in zip(TYPES, r["dense"][1:], strict=True)]
            t = TYPES[int(np.argmax(sentence_p))]
        else:
            best = int(np.argmax(p[1:])) + 1
            if p[best] < how.threshold:
                continue
            t = LABELS[best]
        modality = "actual" if how.actual else r["modality"]
        if (r["doc"], t, pair) in coded or modality == "negated":
            continue
        coded.add((r["doc"], t, pair))
        added.append({"doc": r["doc"], "kind": "event", "source": r["source"],
                      "target": r["target"], "event_type": t, "modality": modality})
    kept = []
    for e in default:
        p = by_key.get((e["doc"], e["_sentence"], frozenset((e.get("source"), e.get("target")))))
        if p is not None and ((how.drop_none is not None and p[0] >= how.drop_none) or (
                how.drop_type is not None and p[LABELS.index(e["event_type"])] < how.drop_type)):
            continue
        kept.append(e)
    out = {}
    for lang in ("ar", "en"):
        g = [x for x in gold if x["doc"].endswith("." + lang)]
        q = [x for x in kept + added if x["doc"].endswith("." + lang)]
        e = score(g, q).events
        out[lang] = (e.precision, e.recall, e.f1)
        a = score(g, [x for x in added if x["doc"].endswith("." + lang)]).events
        ADDED[lang] = (a.tp, a.tp + a.fp)
    return out


def _fmt(r: dict[str, tuple[float, float, float]]) -> str:
    return "  ".join(f"{lang} P {p:.3f} R {q:.3f} F1 {f:.3f}" for lang, (p, q, f) in r.items())


def cv(args) -> None:
    from diplomap.extract.scorer_data import held_out
    with CACHE.open("rb") as f:
        data = pickle.load(f)
    rows = data["rows"]
    coded_types = defaultdict(set)
    for p in data["default"]:
        coded_types[(p["doc"], frozenset((p.get("source"), p.get("target"))))].add(p["event_type"])
    for r in rows:
        r["coded"] = coded_types.get((r["doc"], frozenset((r["source"], r["target"]))), set())
    n_pos = sum(bool(r["labels"]) for r in rows)
    print(f"{len(rows)} pairs, {n_pos} with a gold event")
    x = hashed(rows)
    nothing = np.zeros((len(rows), len(LABELS)))
    items = {r["item"] for r in rows} | {item_of(p["doc"]) for p in data["default"]}
    unseen = {i for i in items if held_out("devset", i)}  # items the scorer never trained on
    print(f"baseline (default model)       {_fmt(evaluate(data, nothing, Decision()))}")
    print(f"baseline, scorer-unseen items  "
          f"{_fmt(evaluate(data, nothing, Decision(), unseen))}  ({len(unseen)} items)")
    for c in args.c:
        for dense in (True, False) if args.no_dense else (True,):
            t0 = time.time()
            probs = oof_probabilities(rows, x, c, dense, args.residual)
            print(f"-- C {c} scorer features {dense} residual labels {args.residual} "
                  f"({time.time() - t0:.0f} s)")
            for thr in args.thresholds:
                how = Decision(threshold=thr, scorer_type=args.scorer_type, actual=args.actual)
                r = evaluate(data, probs, how)
                added = dict(ADDED)
                ru = evaluate(data, probs, how, unseen)
                print(f"add thr {thr:.2f}  {_fmt(r)}  added right/all ar {added['ar'][0]}/"
                      f"{added['ar'][1]} en {added['en'][0]}/{added['en'][1]}"
                      f"  | unseen {_fmt(ru)}")
            for drop in args.drop_none:
                how = Decision(drop_none=drop)
                print(f"drop P(NONE) >= {drop:.2f}  {_fmt(evaluate(data, probs, how))}  | unseen "
                      f"{_fmt(evaluate(data, probs, how, unseen))}")
            for drop in args.drop_type:
                how = Decision(drop_type=drop)
                print(f"drop P(type) < {drop:.2f}  {_fmt(evaluate(data, probs, how))}  | unseen "
                      f"{_fmt(evaluate(data, probs, how, unseen))}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("--wikinews", action="store_true")
    c = sub.add_parser("cv")
    c.add_argument("--c", type=float, nargs="+", default=[0.5])
    c.add_argument("--thresholds", type=float, nargs="+",
                   default=[0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    c.add_argument("--drop-none", type=float, nargs="*", default=[])
    c.add_argument("--drop-type", type=float, nargs="*", default=[])
    c.add_argument("--actual", action="store_true")
    c.add_argument("--no-dense", action="store_true")
    c.add_argument("--residual", action="store_true")
    c.add_argument("--scorer-type", action="store_true")
    a = ap.parse_args()
    extract(a) if a.cmd == "extract" else cv(a)


if __name__ == "__main__":
    main()
