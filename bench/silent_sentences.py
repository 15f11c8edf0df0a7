"""Silent sentences: where the learned scorer sees an event and the rules find none.

    PYTHONPATH=src python bench/silent_sentences.py [CORPUS.jsonl] [--lang en]
        [--min-relevance 0.8] [--min-type 0.6] [--out FILE.jsonl]

A dev tool run by hand (never at run time) to find the constructions the rules miss on text
nobody annotated. It reads an unlabelled corpus (default: the WCEP 2025 items of
../shared/devdata that are in no split of data/devset, so the frozen test items are never
read), runs the rules (model `rules`) and the bundled scorer over every sentence, and lists
the sentences that hold no rule event while the scorer's relevance and its best type's
probability reach the thresholds, grouped by that type, commonest type first.

They are leads, not gold: the scorer is wrong at times, and some sentences are rightly
silent ("No arrests were made"). A construction found this way still needs two independent
instances and its own test sentences before it becomes a rule. The corpus is JSONL, one
document per line, in the layout of ../shared/devdata/wcep-2025 (`id`, `text`, `date`) or
of data/devset (`name`, `text`, `language`, `published`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from diplomap.eval import DocText, read_doc_texts
from diplomap.extract.pipeline import Pipeline
from diplomap.extract.scorer import Scorer

ROOT = Path(__file__).resolve().parents[1]
WCEP = ROOT.parent / "shared" / "devdata" / "wcep-2025" / "items.jsonl"
DEVSET_DOCS = ROOT / "data" / "devset" / "docs.jsonl"


@dataclass(frozen=True)
class Silent:
    """A sentence with no rule event that the scorer finds eventful."""

    document: str
    event_type: str
    probability: float
    relevance: float
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"doc": self.document, "type": self.event_type,
                "p": round(self.probability, 2), "relevance": round(self.relevance, 2),
                "text": self.text}


def read_corpus(path: Path, lang: str, skip: set[str]) -> Iterator[DocText]:
    """The corpus's documents whose item is not in `skip` (IDs without a language suffix),
    in language `lang` when they do not give one."""
    for doc in read_doc_texts(path):
        if doc.name.rsplit(".", 1)[0] not in skip and doc.name not in skip:
            yield replace(doc, lang=doc.lang or lang)


def devset_items(path: Path = DEVSET_DOCS) -> set[str]:
    """The item IDs of every split of the dev set (frozen test included), to leave out."""
    if not path.exists():
        return set()
    with open(path, encoding="utf-8") as handle:
        return {json.loads(line)["name"].rsplit(".", 1)[0] for line in handle if line.strip()}


def silent_sentences(documents: Iterable[DocText], pipeline: Pipeline, scorer: Scorer,
                     min_relevance: float, min_type: float) -> Iterator[Silent]:
    for d in documents:
        lang = d.lang or "en"
        reading = pipeline(d.text, lang, d.published)
        doc = reading.doc
        ruled = {e.evidence[0].sentence for e in reading.extraction.events}
        quiet = [i for i in range(len(doc.sentences)) if i not in ruled]
        if not quiet:
            continue
        predictions = scorer.score([doc.sentence_text(i) for i in quiet], lang)
        for index, p in zip(quiet, predictions, strict=True):
            probability = p.event_type.get(p.best_type, 0.0)
            if p.relevance >= min_relevance and probability >= min_type:
                yield Silent(d.name, p.best_type, probability, p.relevance,
                             doc.sentence_text(index))


def report(found: Sequence[Silent]) -> str:
    """The silent sentences by type, commonest type first, most probable first."""
    counts = Counter(s.event_type for s in found)
    lines = [f"{len(found)} silent sentences: "
             + ", ".join(f"{t} {n}" for t, n in counts.most_common())]
    for event_type, _ in counts.most_common():
        lines.append(f"\n{event_type}")
        for s in sorted((s for s in found if s.event_type == event_type),
                        key=lambda s: -s.probability):
            lines.append(f"  {s.probability:.2f} {s.document}: {s.text}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=WCEP,
                        help="JSONL corpus [default: ../shared/devdata's WCEP 2025 items]")
    parser.add_argument("--lang", choices=("ar", "en"), default="en",
                        help="language of documents that do not give one [default: en]")
    parser.add_argument("--min-relevance", type=float, default=0.8)
    parser.add_argument("--min-type", type=float, default=0.6)
    parser.add_argument("--out", type=Path, help="also write the sentences here as JSONL")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: no such corpus", file=sys.stderr)
        return 2
    try:
        documents = list(read_corpus(args.corpus, args.lang, devset_items()))
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    found = list(silent_sentences(documents, Pipeline(model="rules", final_map=False),
                                  Scorer.load(), args.min_relevance, args.min_type))
    print(f"{len(documents)} documents read")
    print(report(found))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(s.as_dict(), ensure_ascii=False) + "\n" for s in found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
