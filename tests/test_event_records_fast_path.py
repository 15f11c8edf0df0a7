"""The fast path of the event-record grouping (`records._extend`: new mentions that only join
stored records) gives the very tables that reclustering every touched region gives."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from diplomap.store import connect, records, transaction

WORDS = [f"w{i}" for i in range(40)]
DATES = [None, "2024-03-01", "2024-03-02", "2024-03-09", "2024-03", "2024-04", "2024"]
PUBLISHED = [None, "2024-03-03", "2024-03-10", "2024-04-02"]


def _sentences(rng: random.Random) -> list[str]:
    return [" ".join(rng.sample(WORDS[:12], 6) if rng.random() < 0.6 else rng.sample(WORDS, 6))
            for _ in range(3)]


def _document(conn: sqlite3.Connection, rng: random.Random, doc_id: str) -> None:
    text = ". ".join(_sentences(rng))
    conn.execute("INSERT OR REPLACE INTO documents (id, text, lang, published, source,"
                 " ingested_at, n_chars) VALUES (?, ?, ?, ?, ?, '2024', ?)",
                 (doc_id, text, rng.choice(["en", "ar"]), rng.choice(PUBLISHED),
                  rng.choice([None, "", "wire", "paper"]), len(text)))
    _events(conn, rng, doc_id, text)


def _events(conn: sqlite3.Connection, rng: random.Random, doc_id: str, text: str) -> None:
    starts = [0] + [i + 2 for i, c in enumerate(text) if c == "."]
    for k in range(rng.randint(1, 4)):
        source, target = rng.choice([("KAZ", "RUS"), ("RUS", "KAZ"), ("CHN", "KAZ")])
        start = rng.choice(starts)
        end = text.find(".", start)
        conn.execute(
            "INSERT INTO events (id, doc_id, source, source_person, event_type, mode, target,"
            " target_person, date, location, intensity, quad, modality, confidence, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0, 'VC', 'actual', 0.9, ?)",
            (f"{doc_id}-{k}", doc_id, source, rng.choice([None, None, "p1", "p2"]),
             rng.choice(["CONSULT", "CONSULT", "AID"]), rng.choice([None, None, "visit", "call"]),
             target, rng.choice([None, None, "q1"]), rng.choice(DATES),
             rng.choice([None, None, "Astana", "Moscow"]),
             json.dumps([{"sentence": starts.index(start), "start": start,
                          "end": end if end > 0 else len(text)}])))


def grouped_store(path: Path, rng: random.Random, n: int) -> sqlite3.Connection:
    """A database at `path` of `n` random documents (`_document`), each stored and grouped
    into event records."""
    conn = connect(path)
    with transaction(conn):
        groupings = []
        for i in range(n):
            _document(conn, rng, f"d{i:03d}")
            groupings.append(records.Grouping(f"d{i:03d}", [],
                                              records.store_links(conn, f"d{i:03d}")))
        records.group_documents(conn, groupings)
    return conn


def _run(path: Path, seed: int, embedding: bool = True) -> list[list[str]]:
    """Ingest random documents in random batches (some extracted again); every table (but
    the encoder vectors kept in event_links, without `embedding`)."""
    rng = random.Random(seed)
    conn = connect(path)
    ids = [f"d{i:03d}" for i in range(90)]
    done: list[str] = []
    while ids or rng.random() < 0.3:
        batch = [ids.pop() for _ in range(min(len(ids), rng.randint(1, 12)))]
        again = rng.sample(done, min(len(done), rng.choice([0, 0, 0, 1, 2])))
        with transaction(conn):
            groupings = []
            for doc_id in batch:
                _document(conn, rng, doc_id)
                groupings.append(records.Grouping(doc_id, [], records.store_links(conn, doc_id)))
            for doc_id in again:
                seeds = records.forget_document(conn, doc_id)
                conn.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
                text = conn.execute("SELECT text FROM documents WHERE id = ?",
                                    (doc_id,)).fetchone()[0]
                _events(conn, rng, doc_id, text)
                groupings.append(records.Grouping(doc_id, seeds,
                                                  records.store_links(conn, doc_id)))
            records.group_documents(conn, groupings)
        done += batch
        if not ids:
            break
    links = "*" if embedding else ", ".join(
        r[1] for r in conn.execute("PRAGMA table_info(event_links)") if r[1] != "embedding")
    tables = [sorted(repr(tuple(r)) for r in conn.execute(f"SELECT {columns} FROM {t}"))
              for t, columns in (("event_records", "*"), ("event_links", links),
                                 ("record_summary", "*"))]
    conn.close()
    return tables


def _count_regroups(monkeypatch) -> list[int]:
    """Wrap `records._regroup_grown` to record how many records each call regrouped."""
    regroup = records._regroup_grown
    grown: list[int] = []

    def counted_regroup(conn, changed, growth):
        regroup(conn, changed, growth)
        grown.append(len(changed))

    monkeypatch.setattr(records, "_regroup_grown", counted_regroup)
    return grown


@pytest.mark.parametrize("seed", range(6))
def test_fast_path_equals_reclustering(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(records, "_encoder", lambda: None)
    extend = records._extend
    outcomes: list[bool] = []

    def counted(*args):
        found = extend(*args)
        outcomes.append(found is not None and bool(found))
        return found

    monkeypatch.setattr(records, "_extend", counted)
    grown = _count_regroups(monkeypatch)
    fast = _run(tmp_path / "fast.db", seed)
    monkeypatch.setattr(records, "_extend", lambda *args: None)
    # the reference: every region reclustered, the groups found again from the records
    monkeypatch.setattr(records, "_regroup_grown",
                        lambda conn, changed, growth: records._regroup_multilateral(
                            conn, changed, set()))
    plain = _run(tmp_path / "plain.db", seed)
    assert fast == plain
    assert any(outcomes) and not all(outcomes)  # both paths were taken
    assert grown  # and batches that only added were regrouped from the groups
    assert any("'" in row.split(",")[11] for row in fast[0])  # some records are grouped


@pytest.mark.parametrize("seed", range(6))
def test_reclustered_regions_that_only_grew_regroup_from_the_groups(tmp_path, monkeypatch,
                                                                     seed):
    """A region reclustered whole (`_extend` undecided) where no stored mention moved keeps
    the batch additive (`_Growth.capture_clusters`): its groups found from the old ones and
    the new mentions' sentences equal those found again from every record."""
    monkeypatch.setattr(records, "_encoder", lambda: None)
    monkeypatch.setattr(records, "_extend", lambda *args: None)
    grown = _count_regroups(monkeypatch)
    reclustered = _run(tmp_path / "reclustered.db", seed)
    monkeypatch.setattr(records, "_regroup_grown",
                        lambda conn, changed, growth: records._regroup_multilateral(
                            conn, changed, set()))
    plain = _run(tmp_path / "plain.db", seed)
    assert reclustered == plain
    assert grown  # some batches only added
    assert any("'" in row.split(",")[11] for row in plain[0])  # some records are grouped


def _consult_document(conn: sqlite3.Connection, doc_id: str,
                      consults: list[tuple[str, str, str]]) -> None:
    """A document whose one sentence codes a CONSULT of each (source, target, date)."""
    text = "w1 w2 w3 w4 w5 w6 w7 w8."
    conn.execute("INSERT INTO documents (id, text, lang, published, source, ingested_at,"
                 " n_chars) VALUES (?, ?, 'en', '2024-04-02', NULL, '2024', ?)",
                 (doc_id, text, len(text)))
    for k, (source, target, date) in enumerate(consults):
        conn.execute(
            "INSERT INTO events (id, doc_id, source, event_type, target, date, intensity,"
            " quad, modality, confidence, evidence) VALUES (?, ?, ?, 'CONSULT', ?,"
            " ?, 1.0, 'VC', 'actual', 0.9, ?)",
            (f"{doc_id}-{k}", doc_id, source, target, date,
             json.dumps([{"sentence": 0, "start": 0, "end": len(text) - 1}])))


def _summit(conn: sqlite3.Connection, doc_id: str, dyads: list[tuple[str, str]]) -> None:
    """A document whose one sentence codes a CONSULT of each of `dyads` (March 2024)."""
    _consult_document(conn, doc_id, [(source, target, "2024-03") for source, target in dyads])


def _grouped_tables(conn: sqlite3.Connection) -> tuple[list[list[str]], dict[str, str | None]]:
    """The grouping's tables as sorted rows and each event's group; closes the connection."""
    tables = [sorted(repr(tuple(r)) for r in conn.execute(f"SELECT * FROM {t}"))
              for t in ("event_records", "event_links", "record_summary")]
    groups = dict(conn.execute("SELECT l.event_id, r.group_id FROM event_links l"
                               " JOIN event_records r ON r.id = l.record_id"))
    conn.close()
    return tables, groups


def _grouped_after_renaming(path: Path) -> tuple[list[list[str]], dict[str, str | None]]:
    """Two batches: a summit's two records (one group), then a report of one of them whose
    mention comes first in the canonical order, so that record is renamed."""
    conn = connect(path)
    # (the old record's ID is the least of the group's: a group kept from it would show)
    for batch in (("d1", [("KAZ", "RUS"), ("CHN", "KAZ")]), ("a2", [("KAZ", "RUS")])):
        with transaction(conn):
            _summit(conn, *batch)
            records.group_documents(conn, [records.Grouping(
                batch[0], [], records.store_links(conn, batch[0]))])
    return _grouped_tables(conn)


def _captured_regions(monkeypatch) -> list[tuple[bool, int]]:
    """(the batch still additive, the region's clusters) at each `capture_clusters` call."""
    captured: list[tuple[bool, int]] = []
    capture = records._Growth.capture_clusters

    def counted(self, conn, clusters, before):
        capture(self, conn, clusters, before)
        captured.append((self.additive, len(clusters)))

    monkeypatch.setattr(records._Growth, "capture_clusters", counted)
    return captured


def _regroup_in_full(monkeypatch) -> None:
    """Grown regions regroup like any other (the reference the fast path must equal)."""
    monkeypatch.setattr(records, "_regroup_grown",
                        lambda conn, changed, growth: records._regroup_multilateral(
                            conn, changed, set()))


def test_a_renamed_record_keeps_its_group(tmp_path, monkeypatch):
    """A new mention before a stored record's anchor renames the record (`record_id`): the
    reclustered region still only grew, and the renamed record stays in its old group."""
    monkeypatch.setattr(records, "_encoder", lambda: None)
    monkeypatch.setattr(records, "_extend", lambda *args: None)
    captured = _captured_regions(monkeypatch)
    renamed, groups = _grouped_after_renaming(tmp_path / "renamed.db")
    _regroup_in_full(monkeypatch)
    plain, _ = _grouped_after_renaming(tmp_path / "plain.db")
    assert renamed == plain
    assert captured and all(additive for additive, _ in captured)
    assert groups["a2-0"] == groups["d1-0"] == groups["d1-1"] is not None


def _consults(conn: sqlite3.Connection, doc_id: str, dates: list[str]) -> None:
    """A document whose one sentence codes a KAZ-RUS CONSULT on each of `dates`."""
    _consult_document(conn, doc_id, [("KAZ", "RUS", day) for day in dates])


def _two_grown_in_one_region(path: Path) -> tuple[list[list[str]], dict[str, str | None]]:
    """A document's two records of one block and group (its one sentence, two days), then a
    batch in which both grow in one reclustered region: a report of the first day whose
    mention comes first (the first record renamed) and a report of the second day."""
    conn = connect(path)
    for batch in ([("m0", ["2024-03-01", "2024-03-09"])],
                  [("a0", ["2024-03-01"]), ("z0", ["2024-03-09"])]):
        with transaction(conn):
            groupings = []
            for doc_id, dates in batch:
                _consults(conn, doc_id, dates)
                groupings.append(records.Grouping(doc_id, [],
                                                  records.store_links(conn, doc_id)))
            records.group_documents(conn, groupings)
    return _grouped_tables(conn)


def test_two_records_of_a_group_grown_in_one_region(tmp_path, monkeypatch):
    """Two stored records of one group grow in one reclustered region, the first renamed:
    the renamed one's old ID must not come back among the group's members when the second
    is noted (`_Growth.capture_clusters`), or it would join the component and, being the
    least ID, name the group."""
    monkeypatch.setattr(records, "_encoder", lambda: None)
    monkeypatch.setattr(records, "_extend", lambda *args: None)
    block = records.block_key("CONSULT", "KAZ", "RUS", "actual")

    def rid(event_id: str) -> str:
        return hashlib.sha1(f"record\x1f{block}\x1f{event_id}".encode()).hexdigest()[:16]

    # the IDs this situation needs: the renamed record (old ID m0-0's, new a0-0's) is noted
    # before the other one (m0-1's), and its old ID is the least of all
    assert rid("m0-0") < rid("a0-0") < rid("m0-1")
    captured = _captured_regions(monkeypatch)
    grown, groups = _two_grown_in_one_region(tmp_path / "grown.db")
    _regroup_in_full(monkeypatch)
    plain, _ = _two_grown_in_one_region(tmp_path / "plain.db")
    assert captured[-1] == (True, 2)  # both records grew in the one region, the batch additive
    assert grown == plain
    assert groups["m0-0"] == groups["m0-1"] == groups["a0-0"] == groups["z0-0"] is not None


class _HashEncoder:
    """A stand-in sentence encoder: a text's vector from its hash (4 dimensions, so that
    many pairs reach COSINE and many do not)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts: list[str]) -> Any:
        self.texts += texts
        return [[int(h, 16) - 8 for h in hashlib.sha1(t.encode()).hexdigest()[:4]]
                for t in texts]


@pytest.mark.parametrize("seed", range(6))
def test_lazy_bounds_choose_as_the_computed_links(tmp_path, monkeypatch, seed):
    """`_extend` and `cluster` decided from the bounds of the links (`_lazy_score_bounds`,
    `_best_cluster`: a pair the encoder decides not encoded unless it decides) give the
    records that computing every link gives; only
    the encoder vectors kept (a cache) may differ, no text encoded that was not before."""
    lazy_encoder, exact_encoder = _HashEncoder(), _HashEncoder()
    monkeypatch.setattr(records, "_encoder", lambda: lazy_encoder)
    records._text_vectors.cache_clear()
    lazy = _run(tmp_path / "lazy.db", seed, embedding=False)

    def exact(r, joined, m):
        least, most = records._score_bounds(r, joined, m)
        return records._Bounds(least, least, most)

    def best_computed(candidates, m):
        best, best_score = None, 0.0
        for candidate in candidates:
            score = candidate.link(m)
            if score > best_score:
                best, best_score = candidate, score
        return best

    monkeypatch.setattr(records, "_lazy_score_bounds", exact)
    monkeypatch.setattr(records, "_best_cluster", best_computed)
    monkeypatch.setattr(records, "_encoder", lambda: exact_encoder)
    records._text_vectors.cache_clear()
    computed = _run(tmp_path / "computed.db", seed, embedding=False)
    records._text_vectors.cache_clear()
    assert lazy == computed
    assert exact_encoder.texts  # the encoder decided some links
    assert set(lazy_encoder.texts) <= set(exact_encoder.texts)
