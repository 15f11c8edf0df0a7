-- diplomap schema v4: event records across documents (issue 13).
-- An event mention is a row of `events` (one per document item); mentions reported by several
-- documents as the same real event are grouped into one event record (store/records.py keeps
-- them, incrementally, when a document's extraction is saved). Records of one multilateral
-- event (a summit, a joint statement: per-pair events stated in one sentence) share group_id.

CREATE TABLE event_records (
    id            TEXT PRIMARY KEY,          -- from the record's content (its anchor mention)
    block         TEXT NOT NULL,             -- type, dyad (unordered for symmetric types), modality
    source        TEXT,                      -- of the anchor mention (the best-dated report)
    target        TEXT,
    event_type    TEXT NOT NULL,
    mode          TEXT,
    date          TEXT,                      -- the most precise own date of its mentions
    location      TEXT,
    intensity     REAL NOT NULL,
    quad          TEXT NOT NULL,
    modality      TEXT NOT NULL,
    group_id      TEXT,                      -- multilateral event, NULL when alone
    n_mentions    INTEGER NOT NULL,
    n_documents   INTEGER NOT NULL,
    n_sources     INTEGER NOT NULL,          -- distinct documents.source tags ('' = untagged)
    first_report  TEXT,                      -- earliest / latest publication date of its documents
    last_report   TEXT
);
CREATE INDEX event_records_source ON event_records(source, date);
CREATE INDEX event_records_target ON event_records(target, date);
CREATE INDEX event_records_type ON event_records(event_type, date);
CREATE INDEX event_records_date ON event_records(date);
CREATE INDEX event_records_group ON event_records(group_id);
CREATE INDEX event_records_dyad ON event_records(source, target, date, modality, event_type,
                                                 intensity);

-- One row per event mention: its record and what the grouping compares (kept so that a new
-- document is grouped without reading the other documents again).
CREATE TABLE event_links (
    event_id   TEXT PRIMARY KEY,
    record_id  TEXT NOT NULL,
    block      TEXT NOT NULL,
    lo         TEXT,                         -- the days the event can have happened on
    hi         TEXT,
    rank       INTEGER NOT NULL,             -- 0 day, 1 undated (report window), 2 month, 3 year
    doc_id     TEXT NOT NULL,
    sentence   INTEGER,                      -- first evidence sentence
    spans      TEXT NOT NULL,                -- JSON [[start, end], ...] of the evidence
    lang       TEXT NOT NULL,
    signature  BLOB NOT NULL,                -- MinHash of the evidence's normalised words
    entities   TEXT NOT NULL,                -- JSON list: entities of the evidence sentences, numbers
    embedding  BLOB                          -- sentence-encoder vector (int8), NULL without one
);
CREATE INDEX event_links_block ON event_links(block, lo);
CREATE INDEX event_links_record ON event_links(record_id);
CREATE INDEX event_links_sentence ON event_links(doc_id, sentence);

-- Per-year counts of records, as event_summary counts mentions (same triggers).
CREATE TABLE record_summary (
    source        TEXT NOT NULL,
    target        TEXT NOT NULL,
    year          TEXT NOT NULL,
    quad          TEXT NOT NULL,
    modality      TEXT NOT NULL,
    n             INTEGER NOT NULL,
    intensity_sum REAL NOT NULL,
    sample_ids    TEXT NOT NULL,
    PRIMARY KEY (source, target, year, quad, modality)
) WITHOUT ROWID;
CREATE INDEX record_summary_target ON record_summary(target, source, year, quad, modality, n);

CREATE TRIGGER records_summary_insert AFTER INSERT ON event_records BEGIN
    INSERT INTO record_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
    VALUES (coalesce(NEW.source, ''), coalesce(NEW.target, ''),
            coalesce(substr(NEW.date, 1, 4), ''), NEW.quad, NEW.modality, 1, NEW.intensity, NEW.id)
    ON CONFLICT (source, target, year, quad, modality) DO UPDATE SET
        n = n + 1,
        intensity_sum = intensity_sum + excluded.intensity_sum,
        sample_ids = CASE
            WHEN sample_ids = '' THEN excluded.sample_ids
            WHEN length(sample_ids) - length(replace(sample_ids, ',', '')) < 19
                THEN sample_ids || ',' || excluded.sample_ids
            ELSE sample_ids END;
END;

CREATE TRIGGER records_summary_delete AFTER DELETE ON event_records BEGIN
    UPDATE record_summary SET
        n = n - 1,
        intensity_sum = intensity_sum - OLD.intensity,
        sample_ids = trim(replace(',' || sample_ids || ',', ',' || OLD.id || ',', ','), ',')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality;
    DELETE FROM record_summary
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND n <= 0;
    UPDATE record_summary SET sample_ids = coalesce((
        SELECT group_concat(id, ',') FROM (
            SELECT e.id FROM event_records e
            WHERE e.source IS OLD.source AND e.target IS OLD.target
              AND substr(e.date, 1, 4) IS substr(OLD.date, 1, 4)
              AND e.quad = OLD.quad AND e.modality = OLD.modality
            ORDER BY e.date, e.id LIMIT 20)), '')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND sample_ids = '';
END;

-- An update is the delete of the old row and the insert of the new one.
CREATE TRIGGER records_summary_update
AFTER UPDATE OF source, target, date, quad, modality, intensity, id ON event_records BEGIN
    UPDATE record_summary SET
        n = n - 1,
        intensity_sum = intensity_sum - OLD.intensity,
        sample_ids = trim(replace(',' || sample_ids || ',', ',' || OLD.id || ',', ','), ',')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality;
    DELETE FROM record_summary
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND n <= 0;
    UPDATE record_summary SET sample_ids = coalesce((
        SELECT group_concat(id, ',') FROM (
            SELECT e.id FROM event_records e
            WHERE e.source IS OLD.source AND e.target IS OLD.target
              AND substr(e.date, 1, 4) IS substr(OLD.date, 1, 4)
              AND e.quad = OLD.quad AND e.modality = OLD.modality
            ORDER BY e.date, e.id LIMIT 20)), '')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND sample_ids = '';
    INSERT INTO record_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
    VALUES (coalesce(NEW.source, ''), coalesce(NEW.target, ''),
            coalesce(substr(NEW.date, 1, 4), ''), NEW.quad, NEW.modality, 1, NEW.intensity, NEW.id)
    ON CONFLICT (source, target, year, quad, modality) DO UPDATE SET
        n = n + 1,
        intensity_sum = intensity_sum + excluded.intensity_sum,
        sample_ids = CASE
            WHEN sample_ids = '' THEN excluded.sample_ids
            WHEN length(sample_ids) - length(replace(sample_ids, ',', '')) < 19
                THEN sample_ids || ',' || excluded.sample_ids
            ELSE sample_ids END;
END;

-- An event deleted outside save_extraction (its document deleted): its record loses it and
-- its counts are recomputed from the remaining mentions; an empty record goes. (The
-- remaining mentions are not split again until their region is regrouped or `rebuild` runs.)
CREATE TRIGGER events_records_delete AFTER DELETE ON events
WHEN EXISTS (SELECT 1 FROM event_links WHERE event_id = OLD.id) BEGIN
    UPDATE event_records SET
        n_mentions = n_mentions - 1,
        n_documents = (SELECT count(DISTINCT l.doc_id) FROM event_links l
                       WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        n_sources = (SELECT count(DISTINCT coalesce(d.source, '')) FROM event_links l
                     JOIN documents d ON d.id = l.doc_id
                     WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        first_report = (SELECT min(d.published) FROM event_links l
                        JOIN documents d ON d.id = l.doc_id
                        WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        last_report = (SELECT max(d.published) FROM event_links l
                       JOIN documents d ON d.id = l.doc_id
                       WHERE l.record_id = event_records.id AND l.event_id != OLD.id)
    WHERE id = (SELECT record_id FROM event_links WHERE event_id = OLD.id);
    DELETE FROM event_records
    WHERE id = (SELECT record_id FROM event_links WHERE event_id = OLD.id) AND n_mentions <= 0;
    DELETE FROM event_links WHERE event_id = OLD.id;
END;
