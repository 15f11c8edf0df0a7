"""Parity of the two languages on data/parity: the events found in an English sentence and in
its Arabic rendering.

    PYTHONPATH=src python bench/parity.py [--show] [--model rules|rules+scorer]

A dev tool run by hand (never at run time). There is no gold: for each sentence it reads the
English and the Arabic with the same model, keys each event by (type, source, target), and
prints the counts and the agreement F1 (twice the shared events over the events of both
sides). `--show` lists every sentence whose two readings differ, with the events found on one
side only. See data/parity/README.md for how the sentences were chosen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from diplomap.eval import DocText, from_texts

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "data" / "parity" / "sentences.jsonl"

Key = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class Pair:
    id: str
    date: str | None
    en: str
    ar: str


@dataclass(frozen=True)
class Agreement:
    english: int
    arabic: int
    shared: int

    @property
    def f1(self) -> float:
        total = self.english + self.arabic
        return 2 * self.shared / total if total else 1.0


def read_pairs(path: Path = SENTENCES) -> list[Pair]:
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                row = json.loads(line)
                pairs.append(Pair(row["id"], row.get("date"), row["en"], row["ar"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a parity line ({exc})") from exc
    return pairs


def events_by_doc(items: list[dict]) -> dict[str, set[Key]]:
    out: dict[str, set[Key]] = {}
    for item in items:
        if item["kind"] == "event":
            out.setdefault(item["doc"], set()).add(
                (item["event_type"], item.get("source"), item.get("target")))
    return out


def compare(pairs: Sequence[Pair], events: dict[str, set[Key]]
            ) -> tuple[Agreement, list[tuple[Pair, set[Key], set[Key]]]]:
    """The counts over all pairs, and the pairs whose readings differ (English only, Arabic
    only)."""
    english = arabic = shared = 0
    differing = []
    for pair in pairs:
        en, ar = events.get(f"{pair.id}.en", set()), events.get(f"{pair.id}.ar", set())
        english, arabic, shared = english + len(en), arabic + len(ar), shared + len(en & ar)
        if en != ar:
            differing.append((pair, en - ar, ar - en))
    return Agreement(english, arabic, shared), differing


def documents(pairs: Sequence[Pair]) -> list[DocText]:
    return [doc for p in pairs for doc in (DocText(f"{p.id}.en", p.en, "en", p.date),
                                           DocText(f"{p.id}.ar", p.ar, "ar", p.date))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list the differing sentences")
    parser.add_argument("--model", choices=("rules", "rules+scorer"), default=None,
                        help="extraction model [default: the package default]")
    parser.add_argument("--sentences", type=Path, default=SENTENCES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        pairs = read_pairs(args.sentences)
    except (OSError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    agreement, differing = compare(pairs, events_by_doc(from_texts(documents(pairs),
                                                                   model=args.model)))
    if args.show:
        for pair, en_only, ar_only in differing:
            print(f"{pair.id}\n  EN {pair.en}\n  AR {pair.ar}")
            for key in sorted(en_only, key=str):
                print("   en only", *key)
            for key in sorted(ar_only, key=str):
                print("   ar only", *key)
    print(f"{len(pairs)} sentences: English events {agreement.english}, Arabic events "
          f"{agreement.arabic}, shared {agreement.shared}, agreement F1 {agreement.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
