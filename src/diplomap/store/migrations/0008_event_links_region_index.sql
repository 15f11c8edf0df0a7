-- diplomap schema v8: the regions of the event-record grouping found in one index (issue 12).
--
-- At every batch the writer finds each touched block's region (records._region_span,
-- _SUMMARY_SQL, the new mentions of `_extend`): the rows whose interval overlaps a span.
-- On event_links_block (block, lo) every row of the block that starts before the span's
-- end was read from event_links itself to test its end: the block's whole history, again
-- at every batch. With hi in the index that test is made in it: _region_span reads the
-- index alone, and only the rows of the region are read from the table. It replaces
-- event_links_block, its prefix. (The record is left out: it is rewritten as records
-- are regrouped, and an index holding it is rewritten with it.)
CREATE INDEX IF NOT EXISTS event_links_region ON event_links(block, lo, hi);
DROP INDEX IF EXISTS event_links_block;
