"""Event records on the dev set: pairwise merge precision and recall, and the errors.

    python bench/eval_records.py [--seed N] [--errors 20]

Reads data/event_records/devset.jsonl (the gold events of data/devset as event mentions,
with hand-marked groups; see its README), stores the dev-set documents with their linked
entity mentions (the lexicon's linker) and the gold events as the extraction, one document
at a time in a shuffled order (the grouping runs incrementally as at ingest), then compares
the records with the hand-marked groups (and counts the mentions the grouping had to encode:
see `diplomap.store.records`).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

from diplomap.eval.records import pairwise
from diplomap.extract import Pipeline
from diplomap.extract.model import Event, Evidence, Extraction
from diplomap.ontology import ontology
from diplomap.store import NewDocument, add_document, connect
from diplomap.store.extractions import event_id, save_extraction
from diplomap.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "data" / "event_records" / "devset.jsonl"
DOCS = ROOT / "data" / "devset" / "docs.jsonl"


def _event(row: dict, text: str, sentences: list[tuple[int, int]]) -> Event | None:
    start = text.find(row["evidence"])
    if start < 0:
        print(f"{row['id']}: evidence not found in the text", file=sys.stderr)
        return None
    idx = next(i for i, (s, e) in enumerate(sentences) if s <= start < e)
    intensity, quad = ontology().intensity(row["event_type"], row["mode"])
    return Event(source=row["source"], event_type=row["event_type"], target=row["target"],
                 mode=row["mode"], date=row["date"], modality=row["modality"],
                 intensity=intensity, quad=quad,
                 evidence=[Evidence(idx, start, start + len(row["evidence"]))])


def load(conn: sqlite3.Connection, seed: int) -> dict[str, str]:
    """Store the dev-set documents in a shuffled order; {mention ID: event ID}."""
    rows = [json.loads(line) for line in DEVSET.open(encoding="utf-8")]
    docs = {d["name"]: d for d in map(json.loads, DOCS.open(encoding="utf-8"))}
    names = sorted({r["doc"] for r in rows})
    random.Random(seed).shuffle(names)
    pipeline = Pipeline()
    ids = {}
    for name in names:
        d = docs[name]
        sentences = split_sentences(d["text"])
        doc = NewDocument(text=d["text"], lang=d["language"], source=f"wcep-{d['language']}",
                          published=d["published"], path=name)
        add_document(conn, doc, sentences)
        mentions = pipeline.linker.link(pipeline(d["text"], d["language"], d["published"]).doc)
        events = []
        for row in (r for r in rows if r["doc"] == name):
            event = _event(row, d["text"], sentences)
            if event is not None:
                events.append(event)
                ids[row["id"]] = event_id(doc.id, event)
        save_extraction(conn, doc.id, mentions, Extraction(events=events), [])
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--errors", type=int, default=20)
    args = parser.parse_args()
    rows = {r["id"]: r for r in map(json.loads, DEVSET.open(encoding="utf-8"))}
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "devset.db")
        ids = load(conn, args.seed)
        record_of = dict(conn.execute("SELECT event_id, record_id FROM event_links"))
        n_records = conn.execute("SELECT count(*) FROM event_records").fetchone()[0]
        encoded = conn.execute("SELECT count(embedding) FROM event_links").fetchone()[0]
        conn.close()
    predicted = {m: record_of[e] for m, e in ids.items()}
    scores = pairwise(predicted, {m: rows[m]["group"] for m in ids})
    print(f"mentions {len(ids)}  records {n_records}  gold events "
          f"{len({rows[m]['group'] for m in ids})}  mentions encoded {encoded}")
    print(f"pairs: predicted {scores.predicted}  gold {scores.gold}  correct {scores.correct}")
    print(f"precision {scores.precision:.3f}  recall {scores.recall:.3f}")
    splits = {d["name"]: d["split"] for d in map(json.loads, DOCS.open(encoding="utf-8"))}
    for split in sorted(set(splits.values())):
        part = [m for m in ids if splits[rows[m]["doc"]] == split]
        s = pairwise({m: predicted[m] for m in part}, {m: rows[m]["group"] for m in part})
        print(f"  {split} split: {len(part)} mentions, precision {s.precision:.3f}"
              f"  recall {s.recall:.3f} ({s.correct}/{s.predicted} merges right,"
              f" {s.correct}/{s.gold} gold pairs)")
    for title, pairs in (("false merges", scores.false_merges), ("missed", scores.missed)):
        print(f"{title}: {len(pairs)}")
        for a, b in pairs[:args.errors]:
            for m in (a, b):
                r = rows[str(m)]
                print(f"  {m} {r['event_type']} {r['source']}->{r['target']} {r['mode']} "
                      f"{r['date']}: {r['evidence'][:90]}")
            print()


if __name__ == "__main__":
    main()
