"""Train the fact reader (development time; needs the ``train`` extra).

    python -m diplomap.eval.train_fact_reader             # train, choose the threshold,
                                                             # write extract/data/fact_reader/
    python -m diplomap.eval.train_fact_reader --evaluate  # facts on the calibration splits,
                                                             # rules+scorer with and without it

Training data: every ordered actor pair (`fact_reader.candidates`) of the TUNE documents of
the dev set (news items) and of the essays (analysis and reports), labelled with the gold
fact whose evidence lies in the pair's sentence (symmetric predicates in both orders), else
"none". A multinomial logistic regression (scikit-learn) over the feature strings that occur
at least `MIN_COUNT` times. The threshold is the one that gives the best facts F1 of
rules+scorer plus the proposals on the CALIBRATION splits of the dev set, the essays and
Wikinews, pooled (no rule is written from them, and only the confidence map is fitted
there besides). The frozen test splits are never read. Deterministic: sorted vocabulary,
the lbfgs solver, no sampling.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from diplomap.eval.predictions import fact_item
from diplomap.eval.scoring import score
from diplomap.extract import fact_reader as fr
from diplomap.extract.extractor import Extractor
from diplomap.extract.pipeline import Pipeline
from diplomap.ontology import ontology
from diplomap.text import Doc

REPO = Path(__file__).resolve().parents[3]
TRAIN = (("devset", "tune"), ("essays", "tune"))
CALIBRATE = (("devset", "calibrate"), ("essays", "calibrate"), ("wikinews", "calibrate"))
MIN_COUNT = 2
C = 0.5
MAX_ITER = 3000
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.96, 0.05))
LANGUAGES = ("ar", "en")


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    lang: str
    published: str | None
    gold: tuple[dict, ...]


def read_split(folder: Path, split: str) -> list[Document]:
    """The documents of one split of a data set (`docs.jsonl`, `gold.jsonl`); the other
    splits' documents are skipped unread."""
    docs = [json.loads(line) for line in (folder / "docs.jsonl").open(encoding="utf-8")
            if line.strip()]
    names = {d["name"] for d in docs if d.get("split") == split}
    gold: dict[str, list[dict]] = {}
    for line in (folder / "gold.jsonl").open(encoding="utf-8"):
        item = json.loads(line) if line.strip() else {}
        if item.get("doc") in names:
            gold.setdefault(item["doc"], []).append(item)
    return [Document(d["name"], d["text"], d["language"], d.get("published"),
                     tuple(gold.get(d["name"], []))) for d in docs if d["name"] in names]


def read_sets(sets: Iterable[tuple[str, str]]) -> list[Document]:
    return [d for name, split in sets for d in read_split(REPO / "data" / name, split)]


def labels(doc: Doc, gold: Iterable[dict]) -> dict[tuple[int, str, str], str]:
    """(sentence, subject, object) -> predicate of the gold facts with an actor object."""
    onto = ontology()
    out: dict[tuple[int, str, str], str] = {}
    for item in gold:
        if item.get("kind") != "fact" or item.get("predicate") not in onto.predicates:
            continue
        at = doc.text.find(item.get("evidence") or "\0")
        sentence = doc.sentence_of(at) if at >= 0 else None
        if sentence is None:
            continue
        subject, predicate, obj = item["subject"], item["predicate"], item["object"]
        out.setdefault((sentence, subject, obj), predicate)
        if predicate in onto.symmetric:
            out.setdefault((sentence, obj, subject), predicate)
    return out


def examples(pipeline: Pipeline, documents: Iterable[Document]
             ) -> Iterator[tuple[list[str], str]]:
    """(features, label) of every candidate pair of the documents."""
    for document in documents:
        doc = Doc(document.text, lang=document.lang, published=document.published)
        doc.mentions = pipeline.linker.link(doc)
        extractor = pipeline.extractor(document.lang)

        def resolve(entity_id: str, published: str | None = document.published,
                    extractor: Extractor = extractor):
            return extractor._resolve(entity_id, published)

        actors = fr.sentence_actors(doc, resolve)
        gold = labels(doc, document.gold)
        for candidate in fr.candidates(doc, resolve):
            key = (candidate.sentence, candidate.subject.entity, candidate.object.entity)
            yield (fr.features(doc, candidate, actors.get(candidate.sentence, [])),
                   gold.get(key, fr.NONE))


def fit(rows: list[tuple[list[str], str]]) -> fr.FactModel:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    cols = [[index[f] for f in set(feats) if f in index] for feats, _ in rows]
    matrix = sparse.csr_matrix(
        (np.ones(sum(map(len, cols)), dtype=np.float32),
         np.fromiter((c for row in cols for c in row), dtype=np.int64),
         np.cumsum([0, *map(len, cols)])), shape=(len(rows), len(names)))
    model = LogisticRegression(C=C, max_iter=MAX_ITER)
    model.fit(matrix, [label for _, label in rows])
    return fr.FactModel(index, model.coef_.T.astype(np.float32),
                        model.intercept_.astype(np.float32), list(model.classes_), 0.0)


def proposals(model: fr.FactModel, documents: list[Document]
              ) -> tuple[list[dict], list[tuple[dict, float]], list[dict]]:
    """The calibration documents read by rules+scorer: their items, every fact the reader
    would add at threshold 0 with its probability, and their gold."""
    pipeline = Pipeline(model="rules+scorer")
    base: list[dict] = []
    added: list[tuple[dict, float]] = []
    gold: list[dict] = []
    for document in documents:
        reading = pipeline(document.text, document.lang, document.published)
        for fact in reading.extraction.facts:
            span = fact.evidence[0]
            base.append(fact_item(document.name, fact.as_dict(),
                                  document.text[span.start:span.end]))
        reader = fr.FactReader(pipeline.extractor(document.lang), model)
        for fact in reader.propose(reading.doc, reading.extraction, document.published):
            span = fact.evidence[0]
            added.append((fact_item(document.name, fact.as_dict(),
                                    document.text[span.start:span.end]), fact.confidence))
        gold += [g for g in document.gold if g.get("kind") == "fact"]
    return base, added, gold


def facts_f1(gold: list[dict], predicted: list[dict]) -> dict[str, float]:
    result = score(gold, predicted).facts
    return {"precision": round(result.precision, 4), "recall": round(result.recall, 4),
            "f1": round(result.f1, 4), "tp": result.tp, "fp": result.fp, "fn": result.fn}


def choose_threshold(base: list[dict], added: list[tuple[dict, float]], gold: list[dict]
                     ) -> tuple[float, dict]:
    """The threshold with the best pooled facts F1 (1.0: none helps, the reader adds
    nothing), and the per-language scores before and at it."""
    best, best_f1 = 1.0, facts_f1(gold, base)["f1"]
    for threshold in THRESHOLDS:
        f1 = facts_f1(gold, base + [item for item, p in added if p >= threshold])["f1"]
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    kept = base + [item for item, p in added if p >= best]
    return best, {lang: {"before": facts_f1(in_language(gold, lang), in_language(base, lang)),
                         "after": facts_f1(in_language(gold, lang), in_language(kept, lang))}
                  for lang in LANGUAGES}


def in_language(items: list[dict], lang: str) -> list[dict]:
    return [i for i in items if i["doc"].endswith(f".{lang}")]


def write(model: fr.FactModel, threshold: float, report: dict, rows: int) -> None:
    fr.DATA.mkdir(parents=True, exist_ok=True)
    names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    with fr.WEIGHTS.open("wb") as handle:
        np.savez_compressed(handle, features=np.array(names), coef=model.coef,
                            intercept=model.intercept, classes=np.array(model.classes),
                            threshold=np.float32(threshold))
    digest = hashlib.sha256(fr.WEIGHTS.read_bytes()).hexdigest()
    fr.MANIFEST.write_text(json.dumps({
        "languages": list(LANGUAGES), "threshold": threshold, "sha256": digest,
        "features": len(names), "classes": list(model.classes), "training_pairs": rows,
        "train": [f"{name}/{split}" for name, split in TRAIN],
        "calibrate": [f"{name}/{split}" for name, split in CALIBRATE],
        "calibration_facts": report, "min_count": MIN_COUNT, "C": C,
        "scikit-learn": version("scikit-learn")}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {fr.WEIGHTS} ({fr.WEIGHTS.stat().st_size:,} bytes, {len(names):,} features, "
          f"threshold {threshold})")


def train() -> int:
    rows = list(examples(Pipeline(model="rules"), read_sets(TRAIN)))
    print(f"{len(rows):,} training pairs: {Counter(label for _, label in rows).most_common()}")
    model = fit(rows)
    threshold, report = choose_threshold(*proposals(model, read_sets(CALIBRATE)))
    write(model, threshold, report, len(rows))
    print(json.dumps(report, indent=1))
    return 0


def evaluate() -> int:
    model = fr.FactModel.load()
    base, added, gold = proposals(model, read_sets(CALIBRATE))
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
