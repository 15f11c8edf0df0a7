-- diplomap schema v2: what the analysis, the HTTP API and the dashboard read fast.
-- Indexes for the event filters and dyads, and a per-year summary of events
-- kept up to date by triggers (any writer of `events` keeps it right).

-- Events page: actor (source or target) + type + date range, newest first.
CREATE INDEX events_source_type ON events(source, event_type, date);
CREATE INDEX events_target_type ON events(target, event_type, date);
-- Dyad series: both directions of a pair, covering what the series reads.
CREATE INDEX events_dyad ON events(source, target, date, modality, event_type, intensity);
-- Facts by predicate; a fact's best evidence first.
CREATE INDEX facts_predicate ON facts(predicate);
CREATE INDEX fact_mentions_best ON fact_mentions(fact_id, confidence DESC, doc_id);

-- One row per (source, target, year, quad, modality): counts, intensity sum and the
-- first event IDs (comma-separated, at most 20) behind the count. '' stands for NULL.
CREATE TABLE event_summary (
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
-- The focal state as target: counts read from the index alone.
CREATE INDEX event_summary_target ON event_summary(target, source, year, quad, modality, n);

CREATE TRIGGER events_summary_insert AFTER INSERT ON events BEGIN
    INSERT INTO event_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
    VALUES (coalesce(NEW.source, ''), coalesce(NEW.target, ''),
            coalesce(substr(NEW.date, 1, 4), ''), NEW.quad, NEW.modality, 1, NEW.intensity, NEW.id)
    ON CONFLICT (source, target, year, quad, modality) DO UPDATE SET
        n = n + 1,
        intensity_sum = intensity_sum + excluded.intensity_sum,
        sample_ids = CASE WHEN n < 20 THEN sample_ids || ',' || excluded.sample_ids
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
END;

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
    INSERT INTO event_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
    VALUES (coalesce(NEW.source, ''), coalesce(NEW.target, ''),
            coalesce(substr(NEW.date, 1, 4), ''), NEW.quad, NEW.modality, 1, NEW.intensity, NEW.id)
    ON CONFLICT (source, target, year, quad, modality) DO UPDATE SET
        n = n + 1,
        intensity_sum = intensity_sum + excluded.intensity_sum,
        sample_ids = CASE WHEN n < 20 THEN sample_ids || ',' || excluded.sample_ids
                          ELSE sample_ids END;
END;

-- Events stored before this migration.
INSERT INTO event_summary (source, target, year, quad, modality, n, intensity_sum, sample_ids)
SELECT coalesce(source, ''), coalesce(target, ''), coalesce(substr(date, 1, 4), ''), quad,
       modality, count(*), sum(intensity), ''
FROM events GROUP BY 1, 2, 3, 4, 5;
UPDATE event_summary SET sample_ids = coalesce((
    SELECT group_concat(id, ',') FROM (
        SELECT e.id FROM events e
        WHERE coalesce(e.source, '') = event_summary.source
          AND coalesce(e.target, '') = event_summary.target
          AND coalesce(substr(e.date, 1, 4), '') = event_summary.year
          AND e.quad = event_summary.quad AND e.modality = event_summary.modality
        ORDER BY e.date, e.id LIMIT 20)), '');
