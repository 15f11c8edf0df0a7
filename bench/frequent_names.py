"""The most frequent capitalised names of the dev news that the lexicon does not resolve.

    PYTHONPATH=src python bench/frequent_names.py [--top 400] [--min 3] [--examples]

A dev tool run by hand when the lexicon is extended (never at run time). Reads the English
news of ../shared/devdata (WCEP 2025 and Wikinews), leaves out every frozen test item
(data/devset items of split "test", data/wikinews items of splits "test" and "calibrate"),
finds capitalised name sequences (1-5 words, with of/the/for/and/de/al-/bin inside), links
each text with the package lexicon and counts the sequences that the linker does not cover
entirely, most frequent first. The count is of documents, not of occurrences, so that one
long article does not weigh more than many short items.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from diplomap.lexicon import default_linker
from diplomap.text.doc import Doc

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "devdata"
SOURCES = (SHARED / "wcep-2025" / "items.jsonl", SHARED / "wikinews-en" / "articles.jsonl")
FROZEN = ((ROOT / "data" / "devset" / "items.jsonl", {"test"}),
          (ROOT / "data" / "wikinews" / "items.jsonl", {"test", "calibrate"}))

# a word of a name: capitalised, with inner hyphens/apostrophes/dots (al-Assad, O'Brien, U.S.)
WORD = r"(?:(?:al|el|ad|as|an|ar|at|az|ash)-)?[A-Z][\w'’.-]*\w|[A-Z]"
JOINERS = r"of|the|for|and|de|del|da|bin|ibn|al|el|von|van|der|la|le|du|wal"
NAME_RE = re.compile(rf"\b(?:{WORD})(?:\s+(?:(?:{JOINERS})\s+)*(?:{WORD}))*")
CAPITAL_RE = re.compile(r"[A-Z]")
POSSESSIVE_RE = re.compile(r"['’]s?$")
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'-]*\b")
# capitalised only because they open a sentence or are calendar words
_FUNCTION_TEXT = """
a an the in on at of for to from by with and or but as after before during following
since until while when where this that these those it its he she they his her their
there here about over under into between among against amid despite according however
meanwhile also some many several other more most no not all both each
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())


def frozen_ids() -> set[str]:
    """IDs (as the sources spell them) of the items that must not be read."""
    ids: set[str] = set()
    for path, splits in FROZEN:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("split") in splits:
                ids.add(row["id"].removeprefix("wikinews:"))
    return ids


def documents() -> Iterator[tuple[str, str, str | None]]:
    """(id, text, date) of every readable English news item."""
    skip = frozen_ids()
    for path in SOURCES:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row["id"] not in skip:
                yield row["id"], row["text"], row.get("date")


def trimmed(start: int, words: list[str]) -> tuple[int, list[str]] | None:
    """The sequence without leading/trailing function words (``The``, ``In``), or None."""
    while words and words[0].lower() in FUNCTION_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in FUNCTION_WORDS:
        words = words[:-1]
    if not words or len(words) > 5:
        return None
    return start, words


def name_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each capitalised sequence of 1-5 words."""
    for m in NAME_RE.finditer(text):
        span = trimmed(m.start(), m.group().split())
        if span is None:
            continue
        start, words = span
        end = text.find(words[-1], start) + len(words[-1])
        name = POSSESSIVE_RE.sub("", text[start:end])
        yield start, start + len(name), name


def uncovered(start: int, end: int, covered: list[bool], text: str) -> bool:
    """Whether some capitalised word of the name lies outside every linked mention
    (the joiners do not count: "Armenia and Azerbaijan" is resolved)."""
    return any(not covered[m.start() + start] for m in CAPITAL_RE.finditer(text[start:end]))


def common_word(name: str, lower: Counter[str], counts: Counter[str]) -> bool:
    """A single word written in lower case at least as often as capitalised (``Police``,
    ``Yesterday``): capitalised because it opens a sentence, not a name."""
    return " " not in name and lower[name.lower()] >= counts[name]


def count_unresolved(limit: int | None = None) -> tuple[Counter[str], dict[str, str]]:
    """Document frequency of the unresolved names, and one example sentence of each."""
    linker = default_linker()
    counts: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    example: dict[str, str] = {}
    for n, (doc_id, text, date) in enumerate(documents()):
        if limit is not None and n >= limit:
            break
        doc = Doc(text, "en", date)
        covered = [False] * len(text)
        for mention in linker.link(doc):
            covered[mention.start:mention.end] = [True] * (mention.end - mention.start)
        seen = set()
        for start, end, name in name_spans(text):
            if name not in seen and uncovered(start, end, covered, text):
                seen.add(name)
                example.setdefault(name, f"{doc_id}: {text[max(0, start - 60):end + 60]}")
        counts.update(seen)
        lower.update(set(LOWER_WORD_RE.findall(text)))
    for name in [n for n in counts if common_word(n, lower, counts)]:
        del counts[name]
    return counts, example


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=400)
    parser.add_argument("--min", type=int, default=3, help="least document frequency")
    parser.add_argument("--examples", action="store_true", help="print a context of each")
    parser.add_argument("--limit", type=int, help="read only the first N documents")
    args = parser.parse_args()
    counts, example = count_unresolved(args.limit)
    for name, freq in counts.most_common(args.top):
        if freq < args.min:
            break
        print(f"{freq:5d}  {name}" + (f"\t| {example[name]!r}" if args.examples else ""))


if __name__ == "__main__":
    main()
