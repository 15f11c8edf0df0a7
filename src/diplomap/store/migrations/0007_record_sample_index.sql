-- diplomap schema v7: an index for the sample IDs of record_summary (issue 12).
--
-- records._resample sets each touched row's sample to its first 20 records by date and ID.
-- With only event_records_dyad (source, target, date, ...) it read every record of the dyad
-- and sorted them, at every batch: a busy dyad's undated records (most of a corpus without
-- dates) were read again and again, a cost growing with the store. On this index the
-- records of one (source, target, quad, modality) come in (date, id) order, so the 20 of
-- a year are the first 20 found from its first date.
CREATE INDEX IF NOT EXISTS event_records_sample ON event_records(source, target, quad, modality, date, id);
