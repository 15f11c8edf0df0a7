"""Labelled sentences for the event scorer, with fixed hash-chosen held-out splits.

Development-time only (``train_scorer`` reads it; the runtime ``scorer`` never does).

Sources, each split so that no held-out sentence, nor its translation, is trained on:

- ``un-quad``: UN sentences in Arabic and English, relevance and quad. Split by PAIR
  number: a pair's two sentences are always on the same side.
- ``plover-gsr``: English sentences, one PLOVER type each (``accept`` lists the types
  that count). Split by record.
- the dev set's TUNE split (``data/devset``): each gold event gives its sentence the
  event's type; sentences without a gold event are negatives. Split by item, so the
  English text and its Arabic rendering stay together. The frozen TEST split is never read.
- the bundled sample corpus: training only.

A record is held out when ``sha256(salt:group) mod 100 < 20``: fixed, seed-free, and
stable when records are added.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from diplomap import sample
from diplomap.text import split_sentences

QUADS: tuple[str, ...] = ("VC", "MC", "VK", "MK")
TYPE_QUAD: dict[str, str] = {
    "AGREE": "VC", "CONSULT": "VC", "SUPPORT": "VC", "CONCEDE": "VC",
    "COOPERATE": "MC", "AID": "MC", "RETREAT": "MC",
    "REQUEST": "VK", "ACCUSE": "VK", "REJECT": "VK", "THREATEN": "VK",
    "PROTEST": "MK", "SANCTION": "MK", "MOBILIZE": "MK", "COERCE": "MK", "ASSAULT": "MK",
}
TYPES: tuple[str, ...] = tuple(TYPE_QUAD)
UN_QUAD = {"VerCoop": "VC", "MatCoop": "MC", "VerConf": "VK", "MatConf": "MK"}
HELD_OUT_PERCENT = 20

REPO = Path(__file__).resolve().parents[3]
SHARED_DEVDATA = REPO.parent / "shared" / "devdata"
DEVSET = REPO / "data" / "devset"
SAMPLE = sample.ROOT


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled sentence.

    ``relevant`` is None when the source says nothing about relevance; ``types`` is
    empty when the source gives no PLOVER type (un-quad gives only the quad).
    """

    text: str
    lang: str
    source: str  # un, gsr, devset, sample
    group: str  # split unit: translations and a document's sentences share it
    split: str  # train or test
    relevant: bool | None
    quad: str | None
    types: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()


def held_out(salt: str, group: str) -> bool:
    """The fixed 20 % of groups that are never trained on."""
    digest = hashlib.sha256(f"{salt}:{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 100 < HELD_OUT_PERCENT


def _split(salt: str, group: str) -> str:
    return "test" if held_out(salt, group) else "train"


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _gold_by_doc(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for item in read_jsonl(path):
        out.setdefault(item["doc"], []).append(item)
    return out


def un_quad(root: Path = SHARED_DEVDATA / "un-quad") -> list[Example]:
    """UN sentences; a sentence without a gold line is labelled not relevant."""
    gold = _gold_by_doc(root / "gold.jsonl")
    out = []
    for doc in read_jsonl(root / "docs.jsonl"):
        name = doc["name"]
        lang, pair = name[3:5], str(int(name[6:11]))
        items = gold.get(name, [])
        quad = UN_QUAD[items[0]["quad"]] if items else None
        out.append(Example(doc["text"], lang, "un", f"un:{pair}", _split("un-quad", pair),
                           bool(items), quad))
    return out


def plover_gsr(root: Path = SHARED_DEVDATA / "plover-gsr") -> list[Example]:
    """PLOVER gold standard records: every sentence codes at least one event."""
    gold = _gold_by_doc(root / "gold.jsonl")
    out = []
    for doc in read_jsonl(root / "docs.jsonl"):
        items = [g for g in gold.get(doc["name"], []) if g.get("kind") == "event"]
        types = tuple(dict.fromkeys(g["event_type"] for g in items if g["event_type"] in TYPE_QUAD))
        if not types:
            continue
        accept = tuple(dict.fromkeys(t for g in items for t in g.get("accept", [g["event_type"]])))
        out.append(Example(doc["text"], "en", "gsr", f"gsr:{doc['name']}",
                           _split("plover-gsr", doc["name"]), True, TYPE_QUAD[types[0]],
                           types, accept))
    return out


def sentence_examples(text: str, gold: Iterable[dict], lang: str, source: str,
                      group: str, split: str) -> list[Example]:
    """A document's sentences, each labelled with the types of the gold events whose
    evidence starts in it; a sentence without one is a negative."""
    spans = split_sentences(text)
    types: list[list[str]] = [[] for _ in spans]
    for item in gold:
        if item.get("kind") != "event" or item.get("event_type") not in TYPE_QUAD:
            continue
        at = text.find(item.get("evidence") or "\0")
        hit = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
        if hit is not None:
            types[hit].append(item["event_type"])
    out = []
    for (s, e), found in zip(spans, types, strict=True):
        sentence = text[s:e].strip()
        if len(sentence) < 3:
            continue
        distinct = tuple(dict.fromkeys(found))
        quad = TYPE_QUAD[distinct[0]] if distinct else None
        out.append(Example(sentence, lang, source, group, split, bool(distinct), quad,
                           distinct, distinct))
    return out


def devset_tune(root: Path = DEVSET) -> list[Example]:
    """Sentences of the dev set's tune documents (the test split is skipped unread)."""
    gold = _gold_by_doc(root / "gold.jsonl")
    out = []
    for doc in read_jsonl(root / "docs.jsonl"):
        if doc.get("split") != "tune":
            continue
        item = doc["name"].rsplit(".", 1)[0]
        out += sentence_examples(doc["text"], gold.get(doc["name"], []), doc["language"],
                                 "devset", f"devset:{item}", _split("devset", item))
    return out


def sample_corpus(root: Path = SAMPLE) -> list[Example]:
    """The bundled sample articles: training only (they are diplomap's own writing)."""
    gold = _gold_by_doc(root / "gold.jsonl")
    out = []
    for path in sorted((root / "corpus").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        lang = sample.language_of(path)
        out += sentence_examples(doc["text"], gold.get(path.name, []), lang, "sample",
                                 f"sample:{path.stem}", "train")
    return out


def load_all(devdata: Path = SHARED_DEVDATA, devset: Path = DEVSET) -> list[Example]:
    """Every labelled sentence; raises FileNotFoundError when ../shared/devdata is absent."""
    if not devdata.exists():
        raise FileNotFoundError(f"{devdata} is absent: training reads ../shared/devdata")
    return (un_quad(devdata / "un-quad") + plover_gsr(devdata / "plover-gsr")
            + devset_tune(devset) + sample_corpus())
