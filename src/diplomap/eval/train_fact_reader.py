"""Train the fact reader (development time; needs the ``train`` extra).

    python -m diplomap.eval.train_fact_reader             # train, choose the threshold,
                                                             # write extract/data/fact_reader/
    python -m diplomap.eval.train_fact_reader --evaluate  # facts on the calibration splits,
                                                             # rules+scorer with and without it

Training data: every ordered actor pair (`fact_reader.candidates`) of the TUNE documents of
the dev set (news items) and of the essays (analysis and reports), labelled with the gold
fact whose evidence lies in the pair's sentence (symmetric predicates in both orders; a
denied or conditional one's pair left out), else "none"; the pairs are those the reader sees
(`fact_reader.read_sentences`: the rules' view of each sentence). A multinomial logistic
regression (scikit-learn) over the feature strings that occur at least `MIN_COUNT` times.
The threshold is the one that gives the best facts F1 of rules+scorer plus the proposals on
the CALIBRATION splits of the dev set, the essays and Wikinews, pooled, among those that
lower neither language (no rule is written from them; the final confidence map is fitted
there too). The frozen test splits are never read. Deterministic: sorted vocabulary and
columns, the lbfgs solver, no sampling.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from importlib.metadata import version
from pathlib import Path

import numpy as np

from diplomap.eval.calibrate import pooled
from diplomap.eval.predictions import DocText, fact_item
from diplomap.eval.scoring import modality, score
from diplomap.extract import fact_reader as fr
from diplomap.extract.model import Fact
from diplomap.extract.pipeline import Pipeline
from diplomap.ontology import ontology

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "data"
TRAIN = (DATA / "devset", DATA / "essays")
CALIBRATE = (DATA / "devset", DATA / "essays", DATA / "wikinews")
MIN_COUNT = 2
C = 0.5
MAX_ITER = 3000
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.96, 0.05))
LANGUAGES = ("ar", "en")
# a gold fact stated as denied or conditional teaches no predicate: its pair is left out
UNSTATED = ("negated", "hypothetical")


def labels(doc: DocText, sentence_of, gold: Iterable[dict]
           ) -> tuple[dict[tuple[int, str, str], str], set[tuple[int, str, str]]]:
    """(sentence, subject, object) -> predicate of the gold facts the ontology knows
    (symmetric ones in both orders), and the pairs of denied or conditional ones."""
    onto = ontology()
    found: dict[tuple[int, str, str], str] = {}
    unstated: set[tuple[int, str, str]] = set()
    for item in gold:
        if item.get("kind") != "fact" or item.get("predicate") not in onto.predicates:
            continue
        at = doc.text.find(item.get("evidence") or "\0")
        sentence = sentence_of(at) if at >= 0 else None
        if sentence is None:
            continue
        pairs = [(sentence, item["subject"], item["object"])]
        if item["predicate"] in onto.symmetric:
            pairs.append((sentence, item["object"], item["subject"]))
        for pair in pairs:
            if modality(item) in UNSTATED:
                unstated.add(pair)
            else:
                found.setdefault(pair, item["predicate"])
    return found, unstated


def examples(pipeline: Pipeline, docs: Sequence[DocText], gold: Sequence[dict]
             ) -> Iterator[tuple[list[str], str]]:
    """(features, label) of every candidate pair of the documents (none for the pairs of a
    denied or conditional gold fact)."""
    by_doc: dict[str, list[dict]] = {}
    for item in gold:
        by_doc.setdefault(item["doc"], []).append(item)
    for document in docs:
        lang = document.lang or "ar"
        reading = pipeline(document.text, lang, document.published)
        sentences = fr.read_sentences(reading.doc, pipeline.extractor(lang),
                                      document.published)
        found, unstated = labels(document, reading.doc.sentence_of,
                                 by_doc.get(document.name, []))
        by_index = {s.index: s for s in sentences}
        for candidate in fr.candidates(sentences):
            key = (candidate.sentence, candidate.subject.entity, candidate.object.entity)
            if key not in unstated:
                yield (fr.features(by_index[candidate.sentence], candidate),
                       found.get(key, fr.NONE))


def fit(rows: list[tuple[list[str], str]]) -> fr.FactModel:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    cols = [sorted({index[f] for f in feats if f in index}) for feats, _ in rows]
    matrix = sparse.csr_matrix(
        (np.ones(sum(map(len, cols)), dtype=np.float32),
         np.fromiter((c for row in cols for c in row), dtype=np.int64),
         np.cumsum([0, *map(len, cols)])), shape=(len(rows), len(names)))
    model = LogisticRegression(C=C, max_iter=MAX_ITER)
    model.fit(matrix, [label for _, label in rows])
    return fr.FactModel(index, model.coef_.T.astype(np.float32),
                        model.intercept_.astype(np.float32), list(model.classes_), 0.0)


def proposals(model: fr.FactModel, docs: Sequence[DocText], gold: Sequence[dict]
              ) -> tuple[list[dict], list[tuple[dict, float]], list[dict]]:
    """The calibration documents read by rules+scorer: their fact items, every fact the
    reader adds at threshold 0 (each pair's best reading, so that a threshold keeps exactly
    the facts the reader would give at it) with its probability, and their fact gold."""
    pipeline = Pipeline(model="rules+scorer")
    base: list[dict] = []
    added: list[tuple[dict, float]] = []
    for document in docs:
        lang = document.lang or "ar"
        reading = pipeline(document.text, lang, document.published)
        reader = fr.FactReader(pipeline.extractor(lang), model)
        base += [_item(document, fact) for fact in reading.extraction.facts]
        added += [(_item(document, fact), fact.confidence) for fact in
                  reader.propose(reading.doc, reading.extraction, document.published, 0.0)]
    return base, added, [g for g in gold if g.get("kind") == "fact"]


def _item(document: DocText, fact: Fact) -> dict:
    span = fact.evidence[0]
    return fact_item(document.name, fact.as_dict(), document.text[span.start:span.end])


def facts_f1(gold: list[dict], predicted: list[dict]) -> dict[str, float]:
    result = score(gold, predicted).facts
    return {"precision": round(result.precision, 4), "recall": round(result.recall, 4),
            "f1": round(result.f1, 4), "tp": result.tp, "fp": result.fp, "fn": result.fn}


def in_language(items: list[dict], lang: str) -> list[dict]:
    return [i for i in items if i["doc"].endswith(f".{lang}")]


def choose_threshold(base: list[dict], added: list[tuple[dict, float]], gold: list[dict]
                     ) -> tuple[float | None, dict]:
    """The threshold with the best pooled facts F1 that lowers neither language's (None:
    none helps, and the reader adds nothing), and the per-language scores before and at it."""
    def at(threshold: float | None) -> list[dict]:
        return base if threshold is None else base + [i for i, p in added if p >= threshold]

    def per_language(threshold: float | None) -> dict[str, float]:
        return {lang: facts_f1(in_language(gold, lang), in_language(at(threshold), lang))["f1"]
                for lang in LANGUAGES}

    before = per_language(None)
    best: float | None = None
    best_f1 = facts_f1(gold, base)["f1"]
    for threshold in THRESHOLDS:
        f1 = facts_f1(gold, at(threshold))["f1"]
        if f1 > best_f1 and all(v >= before[k] for k, v in per_language(threshold).items()):
            best, best_f1 = threshold, f1
    return best, {lang: {"before": facts_f1(in_language(gold, lang), in_language(base, lang)),
                         "after": facts_f1(in_language(gold, lang), in_language(at(best), lang))}
                  for lang in LANGUAGES}


def write(model: fr.FactModel, threshold: float | None, report: dict, rows: int) -> None:
    fr.DATA.mkdir(parents=True, exist_ok=True)
    names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    with fr.WEIGHTS.open("wb") as handle:
        np.savez_compressed(handle, features=np.array(names), coef=model.coef,
                            intercept=model.intercept, classes=np.array(model.classes),
                            threshold=np.float64(np.inf if threshold is None else threshold))
    digest = hashlib.sha256(fr.WEIGHTS.read_bytes()).hexdigest()
    fr.MANIFEST.write_text(json.dumps({
        "languages": list(LANGUAGES), "threshold": threshold, "sha256": digest,
        "features": len(names), "classes": list(model.classes), "training_pairs": rows,
        "train": [f"{folder.name}/tune" for folder in TRAIN],
        "calibrate": [f"{folder.name}/calibrate" for folder in CALIBRATE],
        "calibration_facts": report, "min_count": MIN_COUNT, "C": C,
        "scikit-learn": version("scikit-learn")}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {fr.WEIGHTS} ({fr.WEIGHTS.stat().st_size:,} bytes, {len(names):,} features, "
          f"threshold {threshold})")


def train() -> int:
    rows = list(examples(Pipeline(model="rules"), *pooled(TRAIN, "tune")))
    print(f"{len(rows):,} training pairs: {Counter(label for _, label in rows).most_common()}")
    model = fit(rows)
    threshold, report = choose_threshold(*proposals(model, *pooled(CALIBRATE, "calibrate")))
    write(model, threshold, report, len(rows))
    print(json.dumps(report, indent=1))
    return 0


def evaluate() -> int:
    model = fr.FactModel.load()
    base, added, gold = proposals(model, *pooled(CALIBRATE, "calibrate"))
    kept = [item for item, p in added if p >= model.threshold]
    for lang in LANGUAGES:
        print(lang, "rules+scorer", facts_f1(in_language(gold, lang), in_language(base, lang)))
        print(lang, "+ fact reader", facts_f1(in_language(gold, lang),
                                              in_language(base + kept, lang)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--evaluate", action="store_true",
                        help="score the committed weights on the calibration splits")
    args = parser.parse_args(argv)
    return evaluate() if args.evaluate else train()


if __name__ == "__main__":
    sys.exit(main())
