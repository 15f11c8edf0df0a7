"""`records._components` (multilateral components found a breadth at a time) gives the
components of records linked through shared sentences, as a search one record at a time."""

from __future__ import annotations

import random
from pathlib import Path

from diplomap.store import records
from test_event_records_fast_path import grouped_store


def _linked(conn) -> dict[str, set[str]]:
    """Each stored record's records of the same type and modality sharing a sentence."""
    kind = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT id, event_type, modality FROM event_records")}
    by_sentence: dict[tuple, set[str]] = {}
    for rid, doc, sentence in conn.execute(
            "SELECT record_id, doc_id, sentence FROM event_links"):
        by_sentence.setdefault((doc, sentence), set()).add(rid)
    linked: dict[str, set[str]] = {rid: set() for rid in kind}
    for rids in by_sentence.values():
        for a in rids:
            linked[a] |= {b for b in rids if a in kind and b in kind and kind[a] == kind[b]}
    return linked


def test_components_are_the_connected_records(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    rng = random.Random(5)
    conn = grouped_store(tmp_path / "d.db", rng, 60)
    linked = _linked(conn)
    seeds = set(rng.sample(sorted(linked), 25)) | {"no-such-record"}
    found = records._components(conn, seeds)
    for component in found:
        seed = min(component & seeds)
        expected, stack = {seed}, [seed]
        while stack:
            for other in linked.get(stack.pop(), set()):
                if other not in expected:
                    expected.add(other)
                    stack.append(other)
        assert component == expected
        assert records._component(conn, seed) == expected
    assert set().union(*found) >= seeds  # every seed is in one, once
    assert sum(len(c) for c in found) == len(set().union(*found))
    assert any(len(c) > 1 for c in found)
