"""Predictions in the gold format, from the store or from files read in memory."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from diplomap.store.filters import EventFilters, FactFilters
from diplomap.store.queries import cite_events, cite_fact_mentions, iter_events, iter_fact_mentions


def fact_item(doc: str, fact: dict, evidence: str = "") -> dict:
    return {"doc": doc, "kind": "fact", "subject": fact["subject"],
            "predicate": fact["predicate"], "object": fact["object"],
            "attrs": fact.get("attrs") or {}, "modality": fact.get("modality", "actual"),
            "evidence": evidence}


def event_item(doc: str, event: dict, evidence: str = "", published: str | None = None) -> dict:
    """An event in the gold format; one the text does not date is dated by its document's
    publication, as the PLOVER export dates it (and as the gold dates a day's news)."""
    keys = ("source", "event_type", "mode", "target", "modality", "source_person",
            "target_person")
    item = {"doc": doc, "kind": "event", **{k: event.get(k) for k in keys},
            "date": event.get("date") or published, "evidence": evidence}
    if not event.get("date") and published:
        item["undated"] = True  # dated by its publication: `date_stated` leaves it out
    return item


def from_store(conn: sqlite3.Connection, docs: set[str]) -> list[dict]:
    """Items of the stored documents whose file base name (or ID) is in `docs`."""
    items = []
    mentions = cite_fact_mentions(conn, iter_fact_mentions(conn, FactFilters()))
    for row in mentions:
        if row["doc"] in docs:
            items.append(fact_item(row["doc"], row, _first_text(row["evidence"])))
    events = [row for row in cite_events(conn, iter_events(conn, EventFilters()))
              if row["doc"] in docs]
    events.sort(key=_chronological)  # the scorer matches duplicates in the order given
    items += [event_item(row["doc"], row, _first_text(row["evidence"]),
                         row["cite"]["publication"]) for row in events]
    return items


def _chronological(event: dict) -> tuple:
    """Oldest first by the event's date, else its document's; undated first."""
    date = event["date"] or event["cite"]["publication"]
    return (date is not None, date or "", event["id"])


def _first_text(evidence: list[dict]) -> str:
    return evidence[0]["text"] if evidence else ""


def from_files(folder: Path, docs: set[str], published: dict[str, str],
               lexicons: Iterable[str] = (), model: str | None = None) -> list[dict]:
    """Read and extract the files of `folder` named in `docs`, without a database
    (`model`: the extraction model, `diplomap.extract.components.MODELS`; None: the default)."""
    from diplomap.ingest import Article, iter_articles

    def texts() -> Iterator[DocText]:
        for article in iter_articles([folder]):
            if not isinstance(article, Article):
                raise ValueError(str(article))
            name = PurePath(article.path).name
            if name in docs:
                date = (published.get(name) or published.get(PurePath(name).stem)
                        or article.published)
                yield DocText(name, article.text, None, date)

    return from_texts(texts(), lexicons, model)


def seed_dates(readme: Path) -> dict[str, str]:
    """Publication dates of the seed articles: the `| doc | published |` table of the gold's
    README (../shared/gold/README.md)."""
    return dict(re.findall(r"^\|\s*(\d{3}_[0-9a-f]+)\s*\|\s*(\d{4}(?:-\d{2}){0,2})",
                           readme.read_text(encoding="utf-8"), flags=re.M))


@dataclass(frozen=True)
class DocText:
    """A document to read in memory: its name in the gold, text, language (None: detect)."""

    name: str
    text: str
    lang: str | None = None
    published: str | None = None


def read_doc_texts(path: Path) -> Iterator[DocText]:
    """Documents of a JSONL file with `name`, `text` and optional `language`, `published`
    (the layout of ../shared/devdata and of data/devset), or an item's `id`, `text` and
    `date` (the layout of ../shared/devdata/wcep-2025)."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                yield DocText(row.get("name") or row["id"], row["text"], row.get("language"),
                              row.get("published") or row.get("date"))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a document line ({exc})") from exc


def from_texts(documents: Iterable[DocText], lexicons: Iterable[str] = (),
               model: str | None = None) -> list[dict]:
    """Extract each document in memory and return its items in the gold format."""
    from diplomap.extract.components import DEFAULT_MODEL
    from diplomap.extract.pipeline import Pipeline
    from diplomap.ingest import detect_language

    pipeline = Pipeline(tuple(lexicons), model or DEFAULT_MODEL)
    items: list[dict] = []
    for doc in documents:
        reading = pipeline(doc.text, doc.lang or detect_language(doc.text), doc.published)
        for fact in reading.extraction.facts:
            span = fact.evidence[0]
            items.append(fact_item(doc.name, fact.as_dict(), doc.text[span.start:span.end]))
        for event in reading.extraction.events:
            span = event.evidence[0]
            items.append(event_item(doc.name, event.as_dict(), doc.text[span.start:span.end],
                                    doc.published))
    return items
