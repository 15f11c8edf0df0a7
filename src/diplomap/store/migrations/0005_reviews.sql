-- diplomap schema v5: analysts' reviews of facts and events (issue 14).
-- `reviews` is the history, append-only (no row is ever updated or deleted); `review_state`
-- holds each item's latest verdict, kept by a trigger. Items are keyed by IDs that survive
-- re-extraction of the same document: a fact by its fact_id (subject, predicate, object,
-- modality), an event by its event_id (document, type, source, target, modality, date,
-- mode). Nothing here refers to the extraction tables, so `extract --force` keeps reviews.

CREATE TABLE IF NOT EXISTS reviews (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('fact', 'event')),
    item_key     TEXT NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('right', 'wrong', 'unreviewed')),
    reviewer     TEXT NOT NULL,
    reviewed_at  TEXT NOT NULL,              -- ISO timestamp, UTC
    note         TEXT,
    doc_id       TEXT                        -- the event's document when reviewed (context)
);
CREATE INDEX IF NOT EXISTS reviews_item ON reviews(kind, item_key, id);

CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only: add a new review instead');
END;
CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only: add a new review instead');
END;

CREATE TABLE IF NOT EXISTS review_state (
    kind         TEXT NOT NULL,
    item_key     TEXT NOT NULL,
    verdict      TEXT NOT NULL,
    reviewer     TEXT NOT NULL,
    reviewed_at  TEXT NOT NULL,
    review_id    INTEGER NOT NULL,
    PRIMARY KEY (kind, item_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS review_state_verdict ON review_state(verdict, kind, item_key);

CREATE TRIGGER IF NOT EXISTS reviews_state AFTER INSERT ON reviews BEGIN
    INSERT INTO review_state (kind, item_key, verdict, reviewer, reviewed_at, review_id)
    VALUES (NEW.kind, NEW.item_key, NEW.verdict, NEW.reviewer, NEW.reviewed_at, NEW.id)
    ON CONFLICT (kind, item_key) DO UPDATE SET verdict = excluded.verdict,
        reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at,
        review_id = excluded.review_id;
END;
