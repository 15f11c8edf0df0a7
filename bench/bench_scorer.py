"""Extraction speed of each model (rules, rules+scorer) and the scorer's own cost, in one
process on one core, over seed-sized documents (the sample corpus and ../shared/seeds).

    python bench/bench_scorer.py [--docs 300] [--cold]

Prints documents/s per model (reading: linking and extraction, no database), the
rules+scorer component's time per document and per sentence it scored, and the share of
sentences it scored. `--cold` forgets the scorer's per-word cache before every document (the
worst case: every word unseen).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import templates
from diplomap.extract.components import MODELS
from diplomap.extract.confirm import ScorerConfirm
from diplomap.extract.pipeline import Pipeline
from diplomap.ingest import detect_language


class Counting:
    """Wraps a component: its time, and the sentences its scorer read."""

    def __init__(self, component: ScorerConfirm, cold: bool) -> None:
        self.component, self.cold = component, cold
        self.seconds, self.sentences = 0.0, 0
        score = component.scorer.score

        def counted(texts, lang):  # type: ignore[no-untyped-def]
            self.sentences += len(texts)
            return score(texts, lang)

        component.scorer = _Proxy(component.scorer, counted)  # type: ignore[assignment]

    def __call__(self, doc, extraction, published):  # type: ignore[no-untyped-def]
        if self.cold:
            self.component.scorer.model.clear_cache()
        start = time.perf_counter()
        out = self.component(doc, extraction, published)
        self.seconds += time.perf_counter() - start
        return out


class _Proxy:
    def __init__(self, scorer, score) -> None:  # type: ignore[no-untyped-def]
        self._scorer, self.score = scorer, score

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._scorer, name)


def run(n_docs: int, cold: bool) -> None:
    base = templates()
    texts = [f"{base[i % len(base)]}\n(copy {i})\n" for i in range(n_docs)]
    langs = [detect_language(t) for t in texts]
    sentences = 0
    for model in MODELS:
        pipeline = Pipeline(model=model)
        counters: list[Counting] = []
        for lang in sorted(set(langs)):  # compile before timing
            wrapped = [Counting(c, cold) if isinstance(c, ScorerConfirm) else c
                       for c in pipeline.components(lang)]
            counters += [c for c in wrapped if isinstance(c, Counting)]
            pipeline._components[lang] = wrapped  # type: ignore[assignment]
            pipeline(texts[0], lang)
        for counter in counters:
            counter.seconds, counter.sentences = 0.0, 0
        start = time.perf_counter()
        for text, lang in zip(texts, langs, strict=True):
            reading = pipeline(text, lang, "2024-01-01")
            sentences += len(reading.doc.sentences) if model == "rules" else 0
        seconds = time.perf_counter() - start
        line = f"{model:<13} {n_docs / seconds:7.0f} docs/s"
        if counters:
            spent = sum(c.seconds for c in counters)
            scored = sum(c.sentences for c in counters)
            line += (f"   component {1000 * spent / n_docs:.2f} ms/doc"
                     f" ({100 * spent / seconds:.0f} % of the time), scored {scored} of "
                     f"{sentences} sentences ({100 * scored / max(sentences, 1):.0f} %), "
                     f"{1e6 * spent / max(scored, 1):.0f} us per scored sentence")
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--cold", action="store_true",
                        help="forget the scorer's word cache before every document")
    args = parser.parse_args()
    run(args.docs, args.cold)


if __name__ == "__main__":
    main()
