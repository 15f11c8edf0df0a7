"""Merge the annotation parts into docs.jsonl and gold.jsonl (splits taken from items.jsonl).

    python data/devset/build.py              # this folder
    python data/devset/build.py data/wikinews   # another dev set laid out the same way
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from check_part import problems

HERE = Path(__file__).resolve().parent


def main(folder: Path = HERE) -> int:
    items = [json.loads(line) for line in open(folder / "items.jsonl", encoding="utf-8")]
    split = {item["id"]: item["split"] for item in items}
    order = {item["id"]: n for n, item in enumerate(items)}
    docs, gold, bad = [], [], []
    for stem in sorted((folder / "parts").glob("part-*.docs.jsonl")):
        part = str(stem).removesuffix(".docs.jsonl")
        bad += [f"{part}: {p}" for p in problems(part)]
        docs += [json.loads(line) for line in open(stem, encoding="utf-8")]
        gold += [json.loads(line) for line in open(part + ".gold.jsonl", encoding="utf-8")]
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    for doc in docs:
        doc["split"] = split[doc["name"].rsplit(".", 1)[0]]
    docs.sort(key=lambda d: (order[d["name"].rsplit(".", 1)[0]], d["language"]))
    rank = {d["name"]: n for n, d in enumerate(docs)}
    gold.sort(key=lambda g: rank[g["doc"]])
    missing = set(split) - {d["name"].rsplit(".", 1)[0] for d in docs}
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    counts = Counter((d["split"], d["language"]) for d in docs)
    print(f"{len(docs)} documents {dict(counts)}, {len(gold)} gold items; "
          f"items not annotated: {len(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
