"""`records._score_bounds` computes no link it does not need (a record that may not admit the
mention, links past BEST_SIMILARITY) and gives the bounds of computing them all; the
entities of a stored mention are decoded once per text."""

from __future__ import annotations

import random

import pytest

from diplomap.store import records
from diplomap.store.records import BEST_SIMILARITY, Mention, _Summary, link


def _bounds_of_all_links(r: _Summary, joined: list[Mention], m: Mention
                         ) -> tuple[float, float]:
    """_score_bounds as written before: every link computed."""
    if not records.compatible(m, r.anchor) or r.excludes(m) or not all(
            records.compatible(m, x) for x in joined):
        return 0.0, 0.0
    if any(x.doc_id == m.doc_id for x in joined):
        least = most = 2.0
    elif m.rank == 0 and (r.anchor.rank == 0 or any(x.rank == 0 for x in joined)):
        least = most = 1.5
    else:
        least = max([link(m, r.anchor), *(link(m, x) for x in joined)])
        most = max(least, BEST_SIMILARITY)
    return (least if r.admits(m) else 0.0), most


def _mention(rng: random.Random, i: int) -> Mention:
    day = rng.choice(["2024-03-01", "2024-03-02", "2024-03-05"])
    hi = rng.choice([day, "2024-03-31"])
    words = rng.sample(range(8), 4)
    return Mention(f"e{i}", "B", day, hi, rng.choice([0, 1, 2]), rng.choice("abcdef"),
                   rng.randint(0, 3), [[0, 10]], "en",
                   records.signature(f"w{k}" for k in words),
                   frozenset(rng.sample(["A", "B", "C", "D"], rng.randint(0, 2))),
                   event={"mode": rng.choice([None, "visit", "call"]),
                          "location": rng.choice([None, "Astana"]), "source": "KAZ",
                          "target": "RUS",
                          "source_person": rng.choice([None, "p1", "p2"])})


@pytest.mark.parametrize("seed", range(4))
def test_score_bounds_equal_those_of_every_link(monkeypatch, seed):
    monkeypatch.setattr(records, "_encoder", lambda: None)
    rng = random.Random(seed)
    checked = 0
    for i in range(400):
        anchor, m = _mention(rng, 0), _mention(rng, 1)
        joined = [_mention(rng, k) for k in range(2, 2 + rng.randint(0, 4))]
        named: dict[str, set[str]] = {}
        for x in [anchor, *joined]:
            for key, value in records._constraints(x):
                named.setdefault(key, set()).add(value)
        lo = rng.choice(["2024-03-01", "2024-03-02"])
        r = _Summary("r", anchor.canonical, anchor.canonical, lo, "2024-03-31", "2024-03-01",
                     "2024-03-31", 1 + len(joined), named=named,
                     counts={(k, v): 1 for k, vs in named.items() for v in vs}, anchor=anchor)
        assert records._score_bounds(r, joined, m) == _bounds_of_all_links(r, joined, m), i
        checked += records.compatible(m, anchor)
    assert checked


def test_best_link_stops_at_best_similarity(monkeypatch):
    calls: list[str] = []

    def counted(a, b):
        calls.append(b.event_id)
        return {"x": 0.4, "y": BEST_SIMILARITY, "z": 0.9}[b.event_id]

    monkeypatch.setattr(records, "link", counted)
    rng = random.Random(0)
    anchor, m = _mention(rng, 0), _mention(rng, 1)
    others = [_mention(rng, 2), _mention(rng, 3), _mention(rng, 4)]
    anchor.event_id, others[0].event_id, others[1].event_id, others[2].event_id = "x", "x", "y", "z"
    assert records._best_link(m, anchor, others) == BEST_SIMILARITY
    assert calls == ["x", "x", "y"]  # "z" is not computed


def test_entity_set_is_decoded_once_per_text():
    records._entity_set.cache_clear()
    first = records._entity_set('["LOC:astana", "STATE:KAZ"]')
    assert first == frozenset({"LOC:astana", "STATE:KAZ"})
    assert records._entity_set('["LOC:astana", "STATE:KAZ"]') is first
    assert records._entity_set("[]") == frozenset()
