"""Agreement of two annotators: the second, independent gold of some batch-13 items
(second/, written from the same documents without seeing the first) scored against the
first (gold.jsonl) with diplomap's own scorer, per language.

    .venv/bin/python data/devset/agreement.py
"""

from __future__ import annotations

import json
from pathlib import Path

from diplomap.eval import read_items, score

HERE = Path(__file__).resolve().parent


def main() -> None:
    items = set((HERE / "second" / "items.txt").read_text(encoding="utf-8").split())
    second = [g for path in sorted((HERE / "second").glob("second-*.gold.jsonl"))
              for g in read_items(path)]
    first = [g for g in read_items(HERE / "gold.jsonl") if g["doc"].rsplit(".", 1)[0] in items]
    for lang in ("ar", "en"):
        a = [g for g in first if g["doc"].endswith("." + lang)]
        b = [g for g in second if g["doc"].endswith("." + lang)]
        report = score(a, b)
        print(json.dumps({"language": lang, "items": len(items),
                          "events": [sum(g["kind"] == "event" for g in x) for x in (a, b)],
                          "facts": [sum(g["kind"] == "fact" for g in x) for x in (a, b)],
                          "events_f1": round(report.events.f1, 3),
                          "facts_f1": round(report.facts.f1, 3)}))


if __name__ == "__main__":
    main()
