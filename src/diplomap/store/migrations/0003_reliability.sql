-- diplomap schema v3: event summaries that keep their sample IDs through re-extraction, and
-- the files an ingest has read (so a re-run skips unchanged files without reading them).

-- Sample IDs are topped up on insert while fewer than 20 are listed (not only while n < 20:
-- a re-extraction deletes listed events and re-inserts them when n is already large), and
-- refilled from the events when a delete empties the list of a non-empty row.
DROP TRIGGER events_summary_insert;
DROP TRIGGER events_summary_delete;
DROP TRIGGER events_summary_update;

CREATE TRIGGER events_summary_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
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

CREATE TRIGGER events_summary_delete AFTER DELETE ON events BEGIN
    UPDATE event_summary SET
        n = n - 1,
        intensity_sum = intensity_sum - OLD.intensity,
        sample_ids = trim(replace(',' || sample_ids || ',', ',' || OLD.id || ',', ','), ',')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality;
    DELETE FROM event_summary
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND n <= 0;
    UPDATE event_summary SET sample_ids = coalesce((
        SELECT group_concat(id, ',') FROM (
            SELECT e.id FROM events e
            WHERE e.source IS OLD.source AND e.target IS OLD.target
              AND substr(e.date, 1, 4) IS substr(OLD.date, 1, 4)
              AND e.quad = OLD.quad AND e.modality = OLD.modality
            ORDER BY e.date, e.id LIMIT 20)), '')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND sample_ids = '';
END;

-- An update is the delete of the old row and the insert of the new one.
CREATE TRIGGER events_summary_update
AFTER UPDATE OF source, target, date, quad, modality, intensity, id ON events BEGIN
    UPDATE event_summary SET
        n = n - 1,
        intensity_sum = intensity_sum - OLD.intensity,
        sample_ids = trim(replace(',' || sample_ids || ',', ',' || OLD.id || ',', ','), ',')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality;
    DELETE FROM event_summary
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND n <= 0;
    UPDATE event_summary SET sample_ids = coalesce((
        SELECT group_concat(id, ',') FROM (
            SELECT e.id FROM events e
            WHERE e.source IS OLD.source AND e.target IS OLD.target
              AND substr(e.date, 1, 4) IS substr(OLD.date, 1, 4)
              AND e.quad = OLD.quad AND e.modality = OLD.modality
            ORDER BY e.date, e.id LIMIT 20)), '')
    WHERE source = coalesce(OLD.source, '') AND target = coalesce(OLD.target, '')
      AND year = coalesce(substr(OLD.date, 1, 4), '') AND quad = OLD.quad
      AND modality = OLD.modality AND sample_ids = '';
    INSERT INTO event_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
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

-- Rows left without sample IDs by the earlier triggers.
UPDATE event_summary SET sample_ids = coalesce((
    SELECT group_concat(id, ',') FROM (
        SELECT e.id FROM events e
        WHERE coalesce(e.source, '') = event_summary.source
          AND coalesce(e.target, '') = event_summary.target
          AND coalesce(substr(e.date, 1, 4), '') = event_summary.year
          AND e.quad = event_summary.quad AND e.modality = event_summary.modality
        ORDER BY e.date, e.id LIMIT 20)), '')
WHERE sample_ids = '' OR sample_ids LIKE ',%';

-- Files read by ingest: a re-run skips a file whose size, times and inode are unchanged and
-- that was read with the same options (a changed file always changes its ctime).
CREATE TABLE ingested_files (
    path      TEXT NOT NULL,
    options   TEXT NOT NULL,      -- hash of the read options (fields, encoding, source, date)
    size      INTEGER NOT NULL,
    mtime_ns  INTEGER NOT NULL,
    ctime_ns  INTEGER NOT NULL,
    inode     INTEGER NOT NULL,
    read_ns   INTEGER NOT NULL,   -- when it was read (ns since the epoch)
    PRIMARY KEY (path, options)
) WITHOUT ROWID;
