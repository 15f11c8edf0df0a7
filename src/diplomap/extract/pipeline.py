"""The reading pipeline: text -> Doc (sentences) -> mentions -> facts and events."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from diplomap.extract.extractor import Extractor
from diplomap.extract.model import Extraction
from diplomap.extract.store import save_extraction
from diplomap.text import Doc


@dataclass
class Reading:
    doc: Doc
    extraction: Extraction


class Pipeline:
    """Compiled once (lexicon, automaton, predicate lexicons), then called per text."""

    def __init__(self, lexicon_paths: Sequence[str] = ()) -> None:
        from diplomap.lexicon import EntityLinker, load_lexicon

        self.lexicon = load_lexicon(tuple(lexicon_paths))
        self.linker = EntityLinker(self.lexicon)
        self._extractors: dict[str, Extractor] = {}

    def extractor(self, lang: str) -> Extractor:
        lang = lang if lang in ("ar", "en") else "ar"
        if lang not in self._extractors:
            self._extractors[lang] = Extractor(self.lexicon, lang)
        return self._extractors[lang]

    def __call__(self, text: str, lang: str = "ar", published: str | None = None) -> Reading:
        doc = Doc(text, lang=lang, published=published)
        doc.mentions = self.linker.link(doc)
        return Reading(doc, self.extractor(lang).extract(doc, published))

    def entity_rows(self, ids: Iterable[str]) -> list[dict]:
        rows = []
        for entity_id in sorted(set(ids)):
            entity = self.lexicon.entity(entity_id)
            if entity is not None:
                rows.append(entity_row(entity))
        return rows


def entity_row(entity) -> dict:
    names = getattr(entity, "names", {}) or {}
    arabic = names.get("ar") or []
    return {"id": entity.id, "kind": entity.kind, "en": getattr(entity, "en", None),
            "ar": arabic[0] if arabic else None, "qid": getattr(entity, "qid", None)}


def pending_documents(conn: sqlite3.Connection, force: bool = False) -> list[str]:
    where = "" if force else "WHERE extracted_at IS NULL"
    return [r[0] for r in conn.execute(f"SELECT id FROM documents {where} ORDER BY id")]


def stored_texts(conn: sqlite3.Connection, doc_ids: Iterable[str]
                 ) -> Iterator[tuple[str, str, str, str | None]]:
    """(id, text, lang, published) of each stored document in `doc_ids` (missing ones skipped)."""
    for doc_id in doc_ids:
        row = conn.execute("SELECT text, lang, published FROM documents WHERE id = ?",
                           (doc_id,)).fetchone()
        if row is not None:
            yield doc_id, row["text"], row["lang"], row["published"]


def extract_stored(conn: sqlite3.Connection, doc_ids: Iterable[str], pipeline: Pipeline,
                   on_doc: Callable[[str], None] | None = None) -> int:
    """Extract stored documents, each saved in its own transaction; returns the count."""
    done = 0
    for doc_id, text, lang, published in stored_texts(conn, doc_ids):
        reading = pipeline(text, lang, published)
        entities = pipeline.entity_rows(m.entity_id for m in reading.doc.mentions)
        save_extraction(conn, doc_id, reading.doc.mentions, reading.extraction, entities)
        done += 1
        if on_doc:
            on_doc(doc_id)
    return done
