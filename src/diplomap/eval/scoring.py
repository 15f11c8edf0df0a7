"""Scoring of ONTOLOGY section 4: per-document set matching of facts and events."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from diplomap.ontology import ontology


class GoldError(ValueError):
    """A gold file that cannot be read."""


def read_items(path: str | Path) -> list[dict]:
    """Items of a gold (or prediction) JSONL file, with a clear error per bad line."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            if item.get("kind") not in ("fact", "event") or "doc" not in item:
                raise GoldError(f"{path}:{number}: needs 'doc' and 'kind' fact|event")
            items.append(item)
    return items


def modality(item: dict) -> str:
    attrs = item.get("attrs") or {}
    if attrs.get("polarity") == "negative":
        return "negated"
    return item.get("modality") or attrs.get("modality") or "actual"


def key(item: dict) -> tuple:
    """The identity an item is matched on (within its document)."""
    if item["kind"] == "fact":
        subject, obj = item["subject"], item["object"]
        if item["predicate"] in ontology().symmetric:
            subject, obj = sorted((subject, obj))
        return ("fact", item["doc"], item["predicate"], subject, obj, modality(item))
    pair = frozenset((item.get("source"), item.get("target")))
    return ("event", item["doc"], item["event_type"], pair, modality(item))


def label(item_key: tuple) -> str:
    return item_key[2]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    facts: Counts = field(default_factory=Counts)
    events: Counts = field(default_factory=Counts)
    by_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    attributes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "facts": self.facts.as_dict(), "events": self.events.as_dict(),
            "by_label": {k: v.as_dict() for k, v in sorted(self.by_label.items())},
            "attributes": {k: {"right": r, "total": t, "accuracy": round(r / t, 4) if t else None}
                           for k, (r, t) in sorted(self.attributes.items())},
            "misses": self.misses, "false_positives": self.false_positives,
        }


def score(gold: list[dict], predicted: list[dict]) -> Report:
    """Compare per document, as sets; attributes are checked on matched items."""
    gold_by_key = _group(gold)
    pred_by_key = _group(predicted)
    founders = {(k[1], k[3], k[4]) for k in gold_by_key if k[0] == "fact" and k[2] == "founder_of"}
    report = Report()
    for item_key, items in pred_by_key.items():
        if item_key in gold_by_key:
            _count(report, item_key, "tp")
            _attributes(report, items[0], gold_by_key[item_key])
        elif _excused(item_key, founders):
            continue
        else:
            _count(report, item_key, "fp")
            report.false_positives.append(items[0])
    for item_key, items in gold_by_key.items():
        if item_key not in pred_by_key:
            _count(report, item_key, "fn")
            report.misses.append(items[0])
    return report


def _group(items: list[dict]) -> dict[tuple, list[dict]]:
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for item in items:
        grouped[key(item)].append(item)
    return grouped


def _excused(item_key: tuple, founders: set) -> bool:
    """A predicted member_of where the gold says founder_of is neither right nor wrong."""
    return item_key[0] == "fact" and item_key[2] == "member_of" and (
        item_key[1], item_key[3], item_key[4]) in founders


def _count(report: Report, item_key: tuple, outcome: str) -> None:
    for counts in (report.facts if item_key[0] == "fact" else report.events,
                   report.by_label[label(item_key)]):
        setattr(counts, outcome, getattr(counts, outcome) + 1)


def _attributes(report: Report, pred: dict, golds: list[dict]) -> None:
    checks = [_checks(pred, g) for g in golds]
    best = max(checks, key=lambda c: sum(c.values()))
    for name, right in best.items():
        report.attributes[name][0] += int(right)
        report.attributes[name][1] += 1


def _checks(pred: dict, gold: dict) -> dict[str, bool]:
    out: dict[str, bool] = {}
    if gold["kind"] == "event":
        out["direction"] = (pred.get("source"), pred.get("target")) == (
            gold.get("source"), gold.get("target"))
        if gold.get("date"):
            out["date"] = pred.get("date") == gold["date"]
            if not pred.get("undated"):  # the dates read from the text alone
                out["date_stated"] = out["date"]
        if gold.get("mode"):
            out["mode"] = pred.get("mode") == gold["mode"]
        return out
    gattrs, pattrs = gold.get("attrs") or {}, pred.get("attrs") or {}
    start_keys = ontology().start_keys
    told = next((gattrs[k] for k in start_keys if gattrs.get(k)), None)
    if told:  # a start date is right under any start attribute ("since" or "date")
        out["date"] = told in tuple(pattrs.get(k) for k in start_keys)
    if gattrs.get("level"):
        out["level"] = pattrs.get("level") == gattrs["level"]
    if gattrs.get("amount_usd") is not None:
        out["amount"] = _same_number(pattrs.get("amount_usd"), gattrs["amount_usd"])
    return out


def _same_number(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) < 0.5  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
