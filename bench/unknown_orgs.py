"""How the dev set's gold names organisations the lexicon lacks, and how many the rules read.

    PYTHONPATH=src python bench/unknown_orgs.py [--skip-batch N ...] [--list]

A dev tool run by hand (never at run time). Reads the tune split of data/devset (never the
frozen "test" items, never the held-out batches of `HELD_OUT`; `--skip-batch` leaves out
more batches), and for each document and gold `ORG:` actor (event source or target, fact
subject or object) that the package lexicon does not know, says how its slug relates to the
document's text:

- `name`: capitalised words of the text give the slug (`organisation_slug`: "Coalition
  for Change" -> coalition_for_change),
- `acronym`: a capitalised acronym of the text gives it ("NEOS" -> neos),
- `absent`: neither (an acronym the text never writes, "Party for Freedom" -> pvv, or a
  name in Arabic script),

and whether the rules (model `rules`) gave it as an argument of some sentence and as an
actor of some predicted item. `--list` prints each pair with its class.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

# the arguments are counted by wrapping `Extractor._sentence`, which the compiled build
# (diplomap.native) calls past the wrapper: the Python code is read, whatever the shell says
os.environ["DIPLOMAP_PURE_PYTHON"] = "1"

from diplomap.eval import DocText, from_texts, read_doc_texts, read_items
from diplomap.extract import sentence
from diplomap.extract.extractor import DocState, Extractor
from diplomap.extract.pipeline import Pipeline
from diplomap.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "data" / "devset"
SLOTS = ("source", "target", "subject", "object")
HELD_OUT = frozenset({15, 17})  # the batches held out for validation: never read
# a run of capitalised words with the particles names hold inside
NAME_RE = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|de|del|la|al|el|ni|y)\s+)*"
                     r"[A-Z][\w'’.&-]*)*")


def tune_docs(skip: set[int]) -> list[DocText]:
    """The tune documents of the dev set, less the items of the skipped batches."""
    kept = set()
    with open(DEVSET / "items.jsonl", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item.get("split") == "tune" and item.get("batch", 1) not in skip:
                kept.add(item["id"])
    return [d for d in read_doc_texts(DEVSET / "docs.jsonl") if d.name.rsplit(".", 1)[0] in kept]


def actors(items: list[dict]) -> Iterator[tuple[str, str]]:
    """(document, actor) of each slot of each item."""
    for item in items:
        for slot in SLOTS:
            value = item.get(slot)
            if isinstance(value, str):
                yield item["doc"], value


def how_written(text: str, slug: str) -> str:
    """`name`, `acronym` or `absent`: what in the text gives the slug."""
    for run in NAME_RE.finditer(text):
        words = run.group().split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if sentence.organisation_slug(" ".join(words[i:j])) == slug:
                    return "acronym" if j == i + 1 and words[i].isupper() else "name"
    return "absent"


def argument_ids(docs: list[DocText]) -> dict[str, set[str]]:
    """The entities each document's sentence views hold as arguments (model `rules`)."""
    seen: dict[str, set[str]] = {}
    current = [""]
    sentence_of = Extractor._sentence

    def recording(self: Extractor, doc: object, view: sentence.SentenceView,
                  state: DocState) -> None:
        seen.setdefault(current[0], set()).update(a.entity for a in view.args)
        sentence_of(self, doc, view, state)

    Extractor._sentence = recording  # type: ignore[method-assign]
    try:
        pipeline = Pipeline(model="rules")
        for doc in docs:
            current[0] = doc.name
            pipeline(doc.text, doc.lang or doc.name.rsplit(".", 1)[1], doc.published)
    finally:
        Extractor._sentence = sentence_of  # type: ignore[method-assign]
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-batch", type=int, action="append", default=[])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    lexicon = load_lexicon()
    docs = tune_docs(HELD_OUT | set(args.skip_batch))
    names = {d.name: d.text for d in docs}
    gold = [g for g in read_items(DEVSET / "gold.jsonl") if g["doc"] in names]
    pairs = sorted({(doc, actor) for doc, actor in actors(gold) if actor.startswith("ORG:")
                    and lexicon.entity(actor) is None})
    predicted = set(actors(from_texts(docs, model="rules")))
    argued = argument_ids(docs)
    counts: Counter[tuple[str, str, bool, bool]] = Counter()
    for doc, actor in pairs:
        written = how_written(names[doc], actor[4:])
        found = (actor in argued.get(doc, set()), (doc, actor) in predicted)
        counts[(doc.rsplit(".", 1)[1], written, *found)] += 1
        if args.list:
            print(doc, actor, written, "argument" * found[0], "predicted" * found[1])
    print("lang  text     argument  predicted  pairs (document, gold ORG: the lexicon lacks)")
    for (lang, written, argument, in_items), n in sorted(counts.items()):
        print(f"{lang:5s} {written:8s} {argument!s:9s} {in_items!s:10s} {n}")


if __name__ == "__main__":
    main()
