-- diplomap schema v9: the region queries of the event-record grouping read one index (issue 12).
--
-- At every batch the writer reads each touched block's region from event_links: its new
-- mentions (records._extend: record_id '') and the per-record summary (_SUMMARY_SQL: rank,
-- lo, hi, event ID, record). On event_links_region (block, lo, hi) each row of the region
-- was read from event_links itself, a table of wide rows (evidence spans, signature,
-- entities, vector), one page each: for the summary, and to test the record of every row
-- when only the new ones were wanted. With rank, event_id and record_id in the index the
-- summary reads the index alone (and events), and only the new mentions are read from
-- the table. It replaces event_links_region, its prefix. A regrouped mention's record is
-- rewritten in this index too: in a 10,000-document ingest that costs less than the table
-- reads it saves.
CREATE INDEX IF NOT EXISTS event_links_region_cover
    ON event_links(block, lo, hi, rank, event_id, record_id);
DROP INDEX IF EXISTS event_links_region;
