"""Mechanical checks of an annotation part: JSON, verbatim evidence, closed sets, ID shapes.

    python data/devset/check_part.py data/devset/parts/part-0
"""

from __future__ import annotations

import json
import re
import sys

EVENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
               "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
               "COERCE", "ASSAULT"}
PREDICATES = {"member_of", "founder_of", "chair_of", "partner_of", "agreement_with",
              "recognized", "border_with", "invested_in", "aid_to", "hosts", "mediated",
              "proposed", "policy"}
MODALITIES = {"actual", "planned", "negated", "hypothetical"}
ID = re.compile(r"^([A-Z]{3}|[A-Z][A-Z0-9_]+|(PER|LOC|ORG|INIT|DOC):[a-z0-9_]+)$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def problems(stem: str) -> list[str]:
    """The problems of one annotator's part, `<stem>.docs.jsonl` and `<stem>.gold.jsonl`."""
    return check(stem + ".docs.jsonl", stem + ".gold.jsonl")


def check(docs_file: str, gold_file: str) -> list[str]:
    docs = {}
    out = []
    for n, line in enumerate(open(docs_file, encoding="utf-8"), 1):
        doc = json.loads(line)
        docs[doc["name"]] = doc
        if doc["language"] not in ("en", "ar") or not doc["name"].endswith("." + doc["language"]):
            out.append(f"docs line {n}: name/language mismatch")
    for n, line in enumerate(open(gold_file, encoding="utf-8"), 1):
        item = json.loads(line)
        where = f"gold line {n}"
        doc = docs.get(item.get("doc"))
        if doc is None:
            out.append(f"{where}: unknown doc {item.get('doc')!r}")
            continue
        if item.get("evidence", "") not in doc["text"] or not item.get("evidence"):
            out.append(f"{where}: evidence is not verbatim in {item['doc']}")
        if item.get("modality", "actual") not in MODALITIES:
            out.append(f"{where}: modality {item.get('modality')!r}")
        if item.get("date") and not DATE.match(item["date"]):
            out.append(f"{where}: date {item['date']!r}")
        if item["kind"] == "event":
            if item.get("event_type") not in EVENT_TYPES:
                out.append(f"{where}: event_type {item.get('event_type')!r}")
            ids = [item.get("source"), item.get("target")]
        elif item["kind"] == "fact":
            if item.get("predicate") not in PREDICATES:
                out.append(f"{where}: predicate {item.get('predicate')!r}")
            ids = [item.get("subject")]
            if item.get("predicate") != "policy":
                ids.append(item.get("object"))
        else:
            out.append(f"{where}: kind {item.get('kind')!r}")
            continue
        out += [f"{where}: bad ID {i!r}" for i in ids if not (i and ID.match(i))]
    return out


if __name__ == "__main__":
    found = problems(sys.argv[1])
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)
