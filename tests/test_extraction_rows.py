"""`extraction_rows`: the rows one document's extraction writes, shared by `save_extraction`
and the batch engines."""

from __future__ import annotations

import json
from pathlib import Path

from diplomap.extract.model import Event, Evidence, Extraction, Fact
from diplomap.store import NewDocument, add_document, connect
from diplomap.store.extractions import extraction_rows, save_extraction

TEXT = "Kazakhstan and Russia signed a treaty. They signed it again."


def _extraction() -> Extraction:
    facts = [Fact("KAZ", "agreement_with", "RUS", {"year": "2024"}, evidence=[Evidence(0, 0, 5)]),
             Fact("KAZ", "agreement_with", "RUS", {"year": "2023", "kind": "treaty"},
                  evidence=[Evidence(1, 40, 45)])]
    event = Event("KAZ", "AGREE", "RUS", date="2024", intensity=3.0, quad="VC",
                  evidence=[Evidence(0, 0, 5)])
    again = Event("KAZ", "AGREE", "RUS", date="2024", intensity=3.0, quad="VC",
                  evidence=[Evidence(1, 40, 45)])
    return Extraction(facts=facts, events=[event, again])


def test_a_fact_stated_twice_is_one_mention_with_both_evidences() -> None:
    rows = extraction_rows("d1", [], _extraction(), [])
    assert len(rows.facts) == 1 and len(rows.fact_mentions) == 1
    mention = rows.fact_mentions[0]
    assert json.loads(mention["attrs"]) == {"year": "2024", "kind": "treaty"}  # first wins
    assert [e["sentence"] for e in json.loads(mention["evidence"])] == [0, 1]


def test_an_event_id_seen_twice_is_one_row_and_counted_once(tmp_path: Path) -> None:
    rows = extraction_rows("d1", [], _extraction(), [])
    assert len(rows.events) == 1 and json.loads(rows.events[0]["evidence"])[0]["sentence"] == 1
    conn = connect(tmp_path / "x.db")
    doc = NewDocument(text=TEXT, lang="en")
    add_document(conn, doc, [(0, 38), (39, len(TEXT))])
    save_extraction(conn, doc.id, [], _extraction(), [])
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert conn.execute("SELECT sum(n) FROM event_summary").fetchone()[0] == 1
