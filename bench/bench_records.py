"""Cost of grouping event mentions into records, per document, as a corpus grows.

    python bench/bench_records.py [--docs 2000 10000] [--events 3] [--states 40] [--no-encoder]

Generates documents whose events are drawn from 40 states, 8 event types and two years of
dates (a third of the events undated, some dated to a month; a fifth of the documents
re-report an earlier event, as agencies do), each with an evidence sentence of its own,
and saves them one by one through `save_extraction` (one transaction per document, as
ingest does), once with the grouping and once without it. Prints the milliseconds per
document of both and their difference (the cost of grouping), for the first and the last
tenth of the corpus (the cost must not grow with the corpus), with the encoder when it is
installed unless --no-encoder (and how many mentions the grouping encoded). `--states 3` is
the worst case of a focused corpus: every event between three states, so each block (type
and pair) holds hundreds of mentions.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from diplomap.extract.model import Event, Evidence, Extraction
from diplomap.ontology import ontology
from diplomap.store import NewDocument, add_document, connect, extractions

STATES = [f"S{i:02d}" for i in range(40)]
N_STATES = 40
TYPES = ["CONSULT", "AGREE", "SUPPORT", "ACCUSE", "COOPERATE", "SANCTION", "THREATEN", "AID"]
VERBS = ["met", "agreed with", "signed with", "accused", "worked with", "sanctioned",
         "threatened", "helped"]
PLACES = ["the capital", "Geneva", "the border", "New York", "a summit", "the coast"]


def _event(rng: random.Random) -> dict:
    day = 1 + rng.randrange(730)
    year, rest = (2024, day) if day <= 365 else (2025, day - 365)
    month, dom = 1 + min(11, (rest - 1) // 31), 1 + (rest - 1) % 28
    precision = rng.random()
    date = (None if precision < 0.33 else f"{year}-{month:02d}" if precision < 0.45
            else f"{year}-{month:02d}-{dom:02d}")
    a, b = rng.sample(STATES[:N_STATES], 2)
    k = rng.randrange(len(TYPES))
    return {"source": a, "target": b, "type": TYPES[k], "date": date,
            "published": f"{year}-{month:02d}-{min(28, dom + rng.randrange(3)):02d}",
            "sentence": f"Officials of {a} {VERBS[k]} {b} in {rng.choice(PLACES)} about "
                        f"{rng.choice(['trade', 'water', 'security', 'energy', 'transit'])} "
                        f"number {rng.randrange(1000)}."}


def corpus(n_docs: int, per_doc: int, seed: int = 13) -> list[tuple[str, str, list[dict]]]:
    rng = random.Random(seed)
    seen: list[dict] = []
    docs = []
    for i in range(n_docs):
        events = [dict(rng.choice(seen)) if seen and rng.random() < 0.2 else _event(rng)
                  for _ in range(per_doc)]
        seen.extend(events)
        docs.append((f"Report {i}. " + " ".join(e["sentence"] for e in events),
                     events[0]["published"], events))
    return docs


def _save(conn, text: str, published: str, events: list[dict]) -> None:
    doc = NewDocument(text=text, lang="en", source=f"agency{hash(text) % 5}",
                      published=published)
    sentences, rows, offset = [], [], text.index(".") + 2
    sentences.append((0, offset - 1))
    for e in events:
        start = text.index(e["sentence"], offset)
        sentences.append((start, start + len(e["sentence"])))
        offset = start + len(e["sentence"])
        intensity, quad = ontology().intensity(e["type"], None)
        rows.append(Event(source=e["source"], event_type=e["type"], target=e["target"],
                          date=e["date"], intensity=intensity, quad=quad,
                          evidence=[Evidence(len(sentences) - 1, start, offset)]))
    add_document(conn, doc, sentences)
    mentions = [SimpleNamespace(sentence=i + 1, start=s, end=s + 9, text=text[s:s + 9],
                                entity_id=e["source"], resolution="name")
                for i, ((s, _), e) in enumerate(zip(sentences[1:], events, strict=True))]
    extractions.save_extraction(conn, doc.id, mentions, Extraction(events=rows), [])


def run(docs: list, grouping: bool) -> list[float]:
    """Seconds per document saved."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "bench.db")
        patches = [] if grouping else [
            mock.patch.object(extractions, "forget_document", lambda conn, doc_id: []),
            mock.patch.object(extractions, "group_documents", lambda *a, **k: None)]
        for p in patches:
            p.start()
        try:
            for text, published, events in docs:
                t = time.perf_counter()
                _save(conn, text, published, events)
                times.append(time.perf_counter() - t)
        finally:
            for p in patches:
                p.stop()
        records = conn.execute("SELECT count(*) FROM event_records").fetchone()[0]
        mentions = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        encoded = conn.execute("SELECT count(embedding) FROM event_links").fetchone()[0]
        conn.close()
    if grouping:
        print(f"    {mentions} mentions in {records} records, {encoded} encoded")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--events", type=int, default=3)
    parser.add_argument("--states", type=int, default=40, choices=range(2, 41),
                        metavar="2..40")
    parser.add_argument("--no-encoder", action="store_true")
    args = parser.parse_args()
    global N_STATES
    N_STATES = args.states
    if args.no_encoder:
        os.environ["DIPLOMAP_RECORD_ENCODER"] = "0"
    for n in args.docs:
        docs = corpus(n, args.events)
        print(f"{n} documents, {args.events} events each among {args.states} states "
              f"(encoder {'off' if args.no_encoder else 'on if installed'}):")
        with_ = run(docs, True)
        without = run(docs, False)
        tenth = max(1, n // 10)
        for name, part in (("first tenth", slice(0, tenth)), ("last tenth", slice(-tenth, None)),
                           ("all", slice(None))):
            a, b = with_[part], without[part]
            ms_with, ms_without = 1000 * sum(a) / len(a), 1000 * sum(b) / len(b)
            print(f"  {name:<12} save with grouping {ms_with:6.2f} ms/doc, without "
                  f"{ms_without:6.2f} ms/doc: grouping {ms_with - ms_without:6.2f} ms/doc")


if __name__ == "__main__":
    main()
