-- diplomap schema v1: documents, sentences, mentions, entities, facts, events.
-- Offsets (start, end) are character offsets into documents.text, end exclusive.

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,          -- content hash of text
    text         TEXT NOT NULL,             -- the original text, as decoded
    title        TEXT,
    url          TEXT,                      -- URL, or the path the document came from
    path         TEXT,
    source       TEXT,                      -- --source tag
    lang         TEXT NOT NULL,             -- ar | en | ru | other
    published    TEXT,                      -- ISO date at known precision, or NULL
    ingested_at  TEXT NOT NULL,
    n_chars      INTEGER NOT NULL,
    extracted_at TEXT,                      -- NULL until the extract stage has run
    extractor    TEXT                       -- version of the extractor that ran
);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_lang ON documents(lang);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sentences (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
    id     TEXT PRIMARY KEY,
    kind   TEXT NOT NULL,
    en     TEXT,
    ar     TEXT,
    qid    TEXT
);

CREATE TABLE mentions (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    surface     TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    resolution  TEXT NOT NULL,              -- name | acronym | adjective | metonym | title
    PRIMARY KEY (doc_id, start, end, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id);

-- A fact is a standing relation; its key is (subject, predicate, object, modality).
CREATE TABLE facts (
    id         TEXT PRIMARY KEY,
    subject    TEXT NOT NULL,
    predicate  TEXT NOT NULL,
    object     TEXT NOT NULL,
    modality   TEXT NOT NULL DEFAULT 'actual'
);
CREATE INDEX facts_subject ON facts(subject, predicate);
CREATE INDEX facts_object ON facts(object, predicate);

-- One row per fact and document that states it, with its attributes there.
CREATE TABLE fact_mentions (
    fact_id     TEXT NOT NULL REFERENCES facts(id),
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    attrs       TEXT NOT NULL DEFAULT '{}',  -- JSON
    confidence  REAL NOT NULL,
    evidence    TEXT NOT NULL,               -- JSON list of {sentence, start, end}
    PRIMARY KEY (fact_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX fact_mentions_doc ON fact_mentions(doc_id);

CREATE TABLE events (
    id            TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source        TEXT,
    source_person TEXT,
    source_org    TEXT,
    event_type    TEXT NOT NULL,
    mode          TEXT,
    context       TEXT NOT NULL DEFAULT '[]', -- JSON list
    target        TEXT,
    target_person TEXT,
    date          TEXT,
    location      TEXT,
    intensity     REAL NOT NULL,
    quad          TEXT NOT NULL,
    modality      TEXT NOT NULL DEFAULT 'actual',
    confidence    REAL NOT NULL,
    evidence      TEXT NOT NULL              -- JSON list of {sentence, start, end}
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_source ON events(source, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_type ON events(event_type, date);
CREATE INDEX events_date ON events(date);

-- Full-text search over sentences, on text normalised by diplomap.text (clitics split off).
CREATE VIRTUAL TABLE sentence_fts USING fts5(
    body, doc_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
