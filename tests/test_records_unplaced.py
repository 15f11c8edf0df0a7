"""Mentions with no interval are records of their own: `records._clusters` sets them apart
instead of clustering them (the clusters of `cluster` all the same), and `_unplaced` reads
them without keeping them in the decoded cache."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from diplomap.store import connect, records, transaction
from test_event_records_fast_path import _document
from test_records_score_bounds import _mention


@pytest.mark.parametrize("seed", range(4))
def test_clusters_equal_those_of_cluster(monkeypatch, seed: int) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    rng = random.Random(seed)
    for _ in range(50):
        mentions = [_mention(rng, i) for i in range(rng.randint(0, 12))]
        for m in mentions:
            if rng.random() < 0.4:  # unplaced: no interval, or only half of one
                m.lo, m.hi = rng.choice([(None, None), (None, m.hi), (m.lo, None)])
        expected = {records.record_id(c[0].block, c[0]): c for c in records.cluster(mentions)}
        found = records._clusters(mentions)
        assert found == expected
        assert sum(len(c) for c in found.values()) == len(mentions)


def test_unplaced_are_read_without_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    rng = random.Random(3)
    conn = connect(tmp_path / "d.db")
    with transaction(conn):
        for i in range(20):
            _document(conn, rng, f"d{i:03d}")
            records.store_links(conn, f"d{i:03d}")
        docs = [f"d{i:03d}" for i in range(20)]
        by_load: dict[str, list] = {}
        for m in records._load(conn, f"l.lo IS NULL AND l.doc_id IN ({','.join('?' * 20)})",
                               docs):
            by_load.setdefault(m.block, []).append(m)
        records.forget_decoded(conn)
        found = records._unplaced(conn, docs)
        assert not records._decoded(conn).mentions
    assert by_load  # the documents have unplaced mentions
    assert {b: sorted(m.event_id for m in ms) for b, ms in found.items()} == {
        b: sorted(m.event_id for m in ms) for b, ms in by_load.items()}
    for block, ms in found.items():
        loaded = {m.event_id: m for m in by_load[block]}
        for m in ms:
            assert m == loaded[m.event_id]
