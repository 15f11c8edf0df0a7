"""Build devset.jsonl: the gold events of data/devset as event mentions with hand-marked groups.

Every dev-set item is one news report written twice, in English (`<item>.en`) and in Arabic
(`<item>.ar`), and its gold lists the same events in both: an event of the English text and
its counterpart in the Arabic one (same type, actors, mode, modality and date; in gold order
when a document states two such events) are one real event. Across items, every pair of
events of one type and dyad whose dates can coincide was read (README.md lists them) and
the ones judged to be the same real event are merged in SAME_EVENT below.

Run from the repository root: python data/event_records/build.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
GOLD = HERE.parent / "devset" / "gold.jsonl"

# Hand judgements across items: (English document, evidence prefix) pairs that report the
# same real event as the first one named.
SAME_EVENT = [
    (("wcep:2025-11-01:005.en", "The United States threatens to carry out attacks in Nigeria"),
     ("wcep:2025-11-02:008.en", "U.S. president Donald Trump threatening military action")),
    (("wcep:2025-02-12:004.en", "protests against the government of former Bangladeshi"),
     ("wcep:2025-06-01:013.en", "the deaths of protesters that ousted Hasina")),
    (("wcep:2025-07-18:012.en", "a failed martial law attempt on December 3, 2024"),
     ("wcep:2025-06-03:019.en", "the failed declaration of martial law")),
]


def key(item: dict) -> tuple:
    return (item["event_type"], item["source"], item.get("target"), item.get("mode"),
            item.get("modality", "actual"), item.get("date"))


def main() -> None:
    events = [e for e in map(json.loads, GOLD.open(encoding="utf-8")) if e["kind"] == "event"]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_doc[e["doc"]].append(e)
    rows = []
    for doc, items in sorted(by_doc.items()):
        seen: dict[tuple, int] = defaultdict(int)
        item_id = doc.rsplit(".", 1)[0]
        for n, e in enumerate(items):
            k = key(e)
            seen[k] += 1
            group = f"{item_id}|{'|'.join(str(x) for x in k)}|{seen[k]}"
            rows.append({"id": f"{doc}#{n}", "doc": doc, "group": group,
                         **{f: e.get(f) for f in ("source", "event_type", "target", "mode",
                                                  "modality", "date", "evidence")}})
    groups = {}
    for first, *others in SAME_EVENT:
        target = _group_of(rows, *first)
        for other in others:
            groups[_group_of(rows, *other)] = target
    for row in rows:
        row["group"] = groups.get(row["group"], row["group"])
        row["modality"] = row["modality"] or "actual"
    with (HERE / "devset.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} mentions, {len({r['group'] for r in rows})} events")


def _group_of(rows: list[dict], doc: str, prefix: str) -> str:
    [row] = [r for r in rows if r["doc"] == doc and r["evidence"].startswith(prefix)]
    return row["group"]


if __name__ == "__main__":
    main()
