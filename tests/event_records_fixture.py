"""Loading the event-record fixtures (tests/fixtures/event_records): own articles, their
event rows given by hand (no extractor, so the test does not move with the rules), saved
through save_extraction as an extraction would be."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from diplomap.extract.model import Event, Evidence, Extraction
from diplomap.ontology import ontology
from diplomap.store import NewDocument, add_document
from diplomap.store.extractions import save_extraction
from diplomap.text import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "event_records"


def read(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _evidence(text: str, sentences: list[tuple[int, int]], phrase: str) -> Evidence:
    start = text.index(phrase)
    idx = next(i for i, (s, e) in enumerate(sentences) if s <= start < e)
    return Evidence(idx, start, start + len(phrase))


def save_article(conn: sqlite3.Connection, article: dict, rows: list[dict]) -> str:
    """Store one article and its event rows; the document ID."""
    text = article["text"]
    sentences = split_sentences(text)
    doc = NewDocument(text=text, lang=article["lang"], source=article["source"],
                      published=article["published"], path=article["name"])
    add_document(conn, doc, sentences)
    events, mentions = [], []
    for row in rows:
        ev = _evidence(text, sentences, row["evidence"])
        intensity, quad = ontology().intensity(row["event_type"], row.get("mode"))
        events.append(Event(source=row["source"], event_type=row["event_type"],
                            target=row["target"], mode=row.get("mode"), date=row.get("date"),
                            location=row.get("location"), intensity=intensity, quad=quad,
                            source_person=row.get("source_person"),
                            target_person=row.get("target_person"), evidence=[ev]))
        mentions += [SimpleNamespace(sentence=ev.sentence, start=ev.start, end=ev.start + 1,
                                     text=text[ev.start], entity_id=e, resolution="name")
                     for e in row.get("entities", [])]
    save_extraction(conn, doc.id, mentions, Extraction(events=events), [])
    return doc.id


def load(conn: sqlite3.Connection, order: list[str] | None = None) -> dict[str, str]:
    """Save the fixture articles in `order` (names; all, in file order, by default);
    {event ID: truth label} of the mentions saved."""
    articles = {a["name"]: a for a in read("articles.jsonl")}
    rows = read("events.jsonl")
    for name in order or list(articles):
        save_article(conn, articles[name], [r for r in rows if r["doc"] == name])
    return truth(conn)


def truth(conn: sqlite3.Connection) -> dict[str, str]:
    """{event ID: truth label}, matched on document, evidence text and dyad."""
    labels = {}
    rows = read("events.jsonl")
    for event_id, path, text, evidence, source, target in conn.execute(
            "SELECT e.id, d.path, d.text, e.evidence, e.source, e.target FROM events e"
            " JOIN documents d ON d.id = e.doc_id"):
        span = json.loads(evidence)[0]
        phrase = text[span["start"]:span["end"]]
        label = {r["truth"] for r in rows if r["doc"] == path and r["evidence"] == phrase
                 and (r["source"], r["target"]) == (source, target)}
        assert len(label) == 1, (path, phrase)
        labels[event_id] = label.pop()
    return labels


def records(conn: sqlite3.Connection) -> dict[str, str]:
    """{event ID: record ID}."""
    return dict(conn.execute("SELECT event_id, record_id FROM event_links").fetchall())
