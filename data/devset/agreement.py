"""Agreement of two annotators: the second, independent gold of some batch-13 and batch-14
items (second/, written from the same documents without seeing the first) scored against the
first (gold.jsonl) with diplomap's own scorer, per language, for each batch and for all.

    .venv/bin/python data/devset/agreement.py
    .venv/bin/python data/devset/agreement.py data/essays   # another set laid out the same way
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from diplomap.eval import read_items, score

HERE = Path(__file__).resolve().parent


def main(folder: Path = HERE) -> None:
    items = set((folder / "second" / "items.txt").read_text(encoding="utf-8").split())
    batch = {row["id"]: row.get("batch", 1) for row in map(json.loads, (
        folder / "items.jsonl").read_text(encoding="utf-8").splitlines()) if row["id"] in items}
    second = [g for path in sorted((folder / "second").glob("second-*.gold.jsonl"))
              for g in read_items(path)]
    first = [g for g in read_items(folder / "gold.jsonl") if g["doc"].rsplit(".", 1)[0] in items]
    groups = {f"batch {b}": {i for i in items if batch[i] == b}
              for b in sorted(set(batch.values()))}
    for name, chosen in {**groups, "all": items}.items():
        for lang in ("ar", "en"):
            print(json.dumps({"items": name, "n": len(chosen), "language": lang,
                              **_agreement(first, second, chosen, lang)}))


def _agreement(first: list[dict], second: list[dict], chosen: set[str], lang: str) -> dict:
    a, b = ([g for g in gold if g["doc"].endswith("." + lang)
             and g["doc"].rsplit(".", 1)[0] in chosen] for gold in (first, second))
    report = score(a, b)
    return {"events": [sum(g["kind"] == "event" for g in x) for x in (a, b)],
            "facts": [sum(g["kind"] == "fact" for g in x) for x in (a, b)],
            "events_f1": round(report.events.f1, 3), "facts_f1": round(report.facts.f1, 3)}


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
