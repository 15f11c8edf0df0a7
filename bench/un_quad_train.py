"""Relevance of an extraction model on the UN quad sentences the scorer trains on (its 80 %
train part, the part rules may be developed on; `make eval` scores the held-out 20 %).

A sentence is predicted relevant when the model extracts at least one event from it.
`--misses FILE` writes the relevant sentences it reads no event from (JSON lines), to rank
their predicates. Usage: PYTHONPATH=src python bench/un_quad_train.py [--lang ar] [--model rules]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from diplomap.eval.scoring import Counts
from diplomap.extract.pipeline import Pipeline
from diplomap.extract.scorer_data import SHARED_DEVDATA, un_quad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--model", default="rules")
    parser.add_argument("--misses", type=Path)
    args = parser.parse_args()
    examples = [e for e in un_quad(SHARED_DEVDATA / "un-quad")
                if e.lang == args.lang and e.split == "train"]
    pipeline = Pipeline(model=args.model)
    counts = Counts()
    misses = []
    for example in examples:
        found = bool(pipeline(example.text, args.lang, None).extraction.events)
        counts.tp += found and bool(example.relevant)
        counts.fp += found and not example.relevant
        if example.relevant and not found:
            counts.fn += 1
            misses.append({"quad": example.quad, "text": example.text})
    print(f"un-quad {args.lang} train n={len(examples)} {args.model}: relevance "
          f"P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f} "
          f"(tp {counts.tp} fp {counts.fp} fn {counts.fn})")
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n"
                                       for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
