-- diplomap schema v6: a record that loses a mention (its document deleted) gets its mode, date
-- and location again from the remaining mentions, and its reports ignore an empty publication
-- date (issue 12 follow-up).
--
-- v4's events_records_delete recomputed the counts and reports but kept the first-named mode,
-- date and location, possibly those of the deleted mention, and took '' for the earliest report.
-- A record that then grows takes them from its stored row (records._grown_row): the stale
-- values stayed. Here every one is what records._stored_record_row reads: the value of the
-- first member naming one (NULL and '' name none) in the canonical order
-- (records._CANONICAL_SQL: rank || lo || hi || event_id, each member's string then char(31)
-- then the value; the least string is the first member). The anchor, when it names one, is
-- that member: it comes first in the canonical order. (An unplaced mention, lo and hi NULL,
-- is alone in its record: coalesce keeps its string, where _CANONICAL_SQL's would be NULL;
-- a placed member's is the same.) The date is set by an UPDATE of its own, only when it
-- changes, so that record_summary moves (records_summary_update) only then.

DROP TRIGGER IF EXISTS events_records_delete;

-- An event deleted outside save_extraction (its document deleted): its record loses it and
-- its counts, reports and first-named values are recomputed from the remaining mentions; an
-- empty record goes. (The remaining mentions are not split again until their region is
-- regrouped or `rebuild` runs.)
CREATE TRIGGER events_records_delete AFTER DELETE ON events
WHEN EXISTS (SELECT 1 FROM event_links WHERE event_id = OLD.id) BEGIN
    UPDATE event_records SET
        n_mentions = n_mentions - 1,
        n_documents = (SELECT count(DISTINCT l.doc_id) FROM event_links l
                       WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        n_sources = (SELECT count(DISTINCT coalesce(d.source, '')) FROM event_links l
                     JOIN documents d ON d.id = l.doc_id
                     WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        first_report = (SELECT min(nullif(d.published, '')) FROM event_links l
                        JOIN documents d ON d.id = l.doc_id
                        WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        last_report = (SELECT max(nullif(d.published, '')) FROM event_links l
                       JOIN documents d ON d.id = l.doc_id
                       WHERE l.record_id = event_records.id AND l.event_id != OLD.id),
        mode = (SELECT substr(f, instr(f, char(31)) + 1) FROM (
                    SELECT min(CASE WHEN e.mode IS NOT NULL AND e.mode != ''
                               THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                                    || l.event_id || char(31) || e.mode
                               END) AS f
                    FROM event_links l JOIN events e ON e.id = l.event_id
                    JOIN documents d ON d.id = l.doc_id
                    WHERE l.record_id = event_records.id AND l.event_id != OLD.id)),
        location = (SELECT substr(f, instr(f, char(31)) + 1) FROM (
                    SELECT min(CASE WHEN e.location IS NOT NULL AND e.location != ''
                               THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                                    || l.event_id || char(31)
                                    || e.location END) AS f
                    FROM event_links l JOIN events e ON e.id = l.event_id
                    JOIN documents d ON d.id = l.doc_id
                    WHERE l.record_id = event_records.id AND l.event_id != OLD.id))
    WHERE id = (SELECT record_id FROM event_links WHERE event_id = OLD.id);
    UPDATE event_records SET
        date = (SELECT substr(f, instr(f, char(31)) + 1) FROM (
                    SELECT min(CASE WHEN e.date IS NOT NULL AND e.date != ''
                               THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                                    || l.event_id || char(31) || e.date
                               END) AS f
                    FROM event_links l JOIN events e ON e.id = l.event_id
                    JOIN documents d ON d.id = l.doc_id
                    WHERE l.record_id = event_records.id AND l.event_id != OLD.id))
    WHERE id = (SELECT record_id FROM event_links WHERE event_id = OLD.id)
      AND date IS NOT (SELECT substr(f, instr(f, char(31)) + 1) FROM (
                    SELECT min(CASE WHEN e.date IS NOT NULL AND e.date != ''
                               THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                                    || l.event_id || char(31) || e.date
                               END) AS f
                    FROM event_links l JOIN events e ON e.id = l.event_id
                    JOIN documents d ON d.id = l.doc_id
                    WHERE l.record_id = event_records.id AND l.event_id != OLD.id));
    DELETE FROM event_records
    WHERE id = (SELECT record_id FROM event_links WHERE event_id = OLD.id) AND n_mentions <= 0;
    DELETE FROM event_links WHERE event_id = OLD.id;
END;

-- Records left stale by v4's trigger (a document deleted): their values once again, as the
-- trigger now keeps them. Only the rows that differ are written (a record is otherwise
-- untouched, its record_summary row too).
CREATE TEMP TABLE record_firsts AS
SELECT record_id, first_report, last_report,
       substr(mode, instr(mode, char(31)) + 1) AS mode,
       substr(date, instr(date, char(31)) + 1) AS date,
       substr(location, instr(location, char(31)) + 1) AS location
FROM (SELECT l.record_id AS record_id,
             min(nullif(d.published, '')) AS first_report,
             max(nullif(d.published, '')) AS last_report,
             min(CASE WHEN e.mode IS NOT NULL AND e.mode != ''
                 THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                      || l.event_id || char(31) || e.mode END) AS mode,
             min(CASE WHEN e.date IS NOT NULL AND e.date != ''
                 THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                      || l.event_id || char(31) || e.date END) AS date,
             min(CASE WHEN e.location IS NOT NULL AND e.location != ''
                 THEN l.rank || coalesce(l.lo, '') || coalesce(l.hi, '')
                      || l.event_id || char(31) || e.location END)
                 AS location
      FROM event_links l JOIN events e ON e.id = l.event_id
      JOIN documents d ON d.id = l.doc_id
      WHERE l.record_id != ''
      GROUP BY l.record_id);

UPDATE event_records SET
    mode = f.mode, location = f.location, first_report = f.first_report,
    last_report = f.last_report
FROM temp.record_firsts f
WHERE f.record_id = event_records.id
  AND (event_records.mode IS NOT f.mode OR event_records.location IS NOT f.location
       OR event_records.first_report IS NOT f.first_report
       OR event_records.last_report IS NOT f.last_report);

UPDATE event_records SET date = f.date
FROM temp.record_firsts f
WHERE f.record_id = event_records.id AND event_records.date IS NOT f.date;

DROP TABLE temp.record_firsts;
