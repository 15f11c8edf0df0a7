"""Document context vs. the sentence alone: for every gold event and fact of a tune split,
is it read in the document, and is it read when its evidence sentence is given alone (same
language, the document's published date)? Misses found alone are losses the document
context causes; each is classified by the stage it is lost at (the rules' reading of the
sentence in context, the merge, the scorer's confirm/drop) and, for the rules, by how the
document's reading of that sentence differs (actors, modality, type, nothing).

    PYTHONPATH=src DIPLOMAP_PURE_PYTHON=1 python bench/isolate.py --set essays --save OUT.json
    python bench/isolate.py --load OUT.json [--show CAUSE] [--lost]

Sets: essays (data/essays, its tune parts 3-6 only: the test parts are never opened),
devset (data/devset tune), wikinews (data/wikinews tune)."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ESSAYS = Path("data/essays/parts")
TUNE_PARTS = ("3", "4", "5", "6")


def load_set(name: str) -> tuple[list, list[dict]]:
    from diplomap.eval import read_doc_texts, read_items
    if name == "essays":
        docs, gold = [], []
        for part in TUNE_PARTS:
            if (ESSAYS / f"part-{part}.gold.jsonl").exists():
                docs += read_doc_texts(ESSAYS / f"part-{part}.docs.jsonl")
                gold += read_items(ESSAYS / f"part-{part}.gold.jsonl")
        return docs, gold
    folder = Path("data") / name
    with open(folder / "docs.jsonl", encoding="utf-8") as handle:
        tune = {row["name"] for row in map(json.loads, handle) if row["split"] == "tune"}
    docs = [d for d in read_doc_texts(folder / "docs.jsonl") if d.name in tune]
    return docs, [g for g in read_items(folder / "gold.jsonl") if g["doc"] in tune]


class Stages:
    """A pipeline run that keeps the item keys after each stage: the rules before the
    merge ("rules"), after it ("merged"), after each component ("scorer", "confidence")."""

    def __init__(self) -> None:
        import diplomap.extract.extractor as extractor_module
        from diplomap.extract.merge import merge
        from diplomap.extract.pipeline import Pipeline

        self.pipeline = Pipeline()
        self.raw: list = []

        def keeping(result, published=None):
            self.raw = [*result.facts, *result.events]
            return merge(result, published)

        extractor_module.merge = keeping

    def __call__(self, name: str, text: str, lang: str, published: str | None) -> dict:
        from diplomap.lang import has_grammar
        from diplomap.text import Doc
        pipe = self.pipeline
        doc = Doc(text, lang=lang, published=published)
        doc.mentions = pipe.linker.link(doc)
        out: dict = {"sentences": doc.sentences}
        if not has_grammar(lang):
            return out
        extraction = pipe.extractor(lang).extract(doc, published)
        out["rules"] = [record(name, x, text, published) for x in self.raw]
        out["merged"] = [record(name, x, text, published) for x in items(extraction)]
        for component in pipe.components(lang):
            extraction = component(doc, extraction, published)
            out[type(component).__name__] = [record(name, x, text, published)
                                             for x in items(extraction)]
        out["final"] = out[list(out)[-1]]
        return out


def items(extraction) -> list:
    return [*extraction.facts, *extraction.events]


def record(name: str, item, text: str, published: str | None) -> dict:
    from diplomap.eval.predictions import event_item, fact_item
    from diplomap.eval.scoring import key
    from diplomap.extract.model import Fact
    span = item.evidence[0] if item.evidence else None
    evidence = text[span.start:span.end] if span else ""
    row = (fact_item(name, item.as_dict(), evidence) if isinstance(item, Fact)
           else event_item(name, item.as_dict(), evidence, published))
    row["key"] = canonical(key(row))
    row["sentences"] = sorted({e.sentence for e in item.evidence})
    row["trace"] = [list(s) for s in item.trace]
    row["confidence"] = item.confidence
    return row


def canonical(item_key: tuple) -> str:
    """The scorer's key as a string that equal keys share (a frozenset's repr depends on
    how it was built)."""
    return repr(tuple(tuple(sorted(x, key=str)) if isinstance(x, frozenset) else x
                      for x in item_key))


def locate(text: str, evidence: str) -> tuple[int, int] | None:
    """The span of the gold evidence in the text (exact, else whitespace-tolerant)."""
    evidence = evidence.strip()
    at = text.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    words = evidence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    if found:
        return found.span()
    for n in (8, 5):  # the first words only (an annotator's ellipsis or edit)
        found = re.search(r"\s+".join(map(re.escape, words[:n])), text)
        if found:
            return found.start(), found.start() + len(evidence)
    return None


def covering(sentences: list, span: tuple[int, int]) -> list[int]:
    return [i for i, (s, e) in enumerate(sentences) if s < span[1] and e > span[0]]


def run(set_name: str) -> list[dict]:
    from diplomap.eval.scoring import key
    from diplomap.ingest import detect_language
    docs, gold = load_set(set_name)
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    stages = Stages()
    alone_cache: dict = {}
    rows = []
    for number, doc in enumerate(docs):
        golds = by_doc.get(doc.name, [])
        if not golds:
            continue
        lang = doc.lang or detect_language(doc.text)
        whole = stages(doc.name, doc.text, lang, doc.published)
        if "final" not in whole:
            continue
        found = {r["key"] for r in whole["final"]}
        for g in golds:
            row = {"set": set_name, "doc": doc.name, "gold": g, "key": canonical(key(g)),
                   "in_doc": canonical(key(g)) in found}
            span = locate(doc.text, g["evidence"] if isinstance(g["evidence"], str)
                          else g["evidence"][0].get("text", ""))
            if span is None:
                row["alone"] = None
                rows.append(row)
                continue
            idx = covering(whole["sentences"], span)
            row["doc_sentences"] = idx
            start, end = whole["sentences"][idx[0]][0], whole["sentences"][idx[-1]][1]
            if len(whole["sentences"]) == 1:
                row["alone"] = row["in_doc"]  # the sentence is the document
                rows.append(row)
                continue
            cache_key = (lang, doc.text[start:end], doc.published)
            if cache_key not in alone_cache:
                alone_cache[cache_key] = stages(doc.name, doc.text[start:end], lang,
                                                doc.published)
            alone = alone_cache[cache_key]
            row["alone"] = row["key"] in {r["key"] for r in alone["final"]}
            # found in the document, but from another sentence's evidence only
            row["elsewhere"] = row["in_doc"] and not any(
                r["key"] == row["key"] and set(r["sentences"]) & set(idx) for r in whole["final"])
            if row["alone"] != row["in_doc"] or row["elsewhere"]:
                row["doc_stages"] = {s: [r for r in v if set(r["sentences"]) & set(idx)]
                                     for s, v in whole.items() if s != "sentences"}
                row["alone_stages"] = {s: v for s, v in alone.items() if s != "sentences"}
                row["sentence"] = doc.text[start:end]
            rows.append(row)
        print(f"{number + 1}/{len(docs)} {doc.name}", flush=True)
    return rows


# -- classification ----------------------------------------------------------------------

def has(stage: list[dict], k: str) -> bool:
    return any(r["key"] == k for r in stage)


def context_cause(row: dict) -> str:
    """Why the document loses what the sentence alone reads."""
    k, doc = row["key"], row["doc_stages"]
    if has(doc["rules"], k):
        if not has(doc["merged"], k):
            return "merge"
        if "ScorerConfirm" in doc and not has(doc["ScorerConfirm"], k):
            return "scorer-drop" if not retyped(doc, row) else "scorer-retype"
        return "other-stage"
    alone = row["alone_stages"]
    if not has(alone["rules"], k):
        return "scorer-proposes-alone-only"
    g = row["gold"]
    kind = g["kind"]
    label = g["predicate"] if kind == "fact" else g["event_type"]
    same = [r for r in doc["rules"] if r["kind"] == kind and
            (r.get("predicate") if kind == "fact" else r.get("event_type")) == label]
    if not same:
        return "type-other" if doc["rules"] else "nothing-in-context"
    if any(pair(r) == pair(g) for r in same):
        return "modality"
    return "actors:" + actor_detail(g, same, kind)


def retyped(doc: dict, row: dict) -> bool:
    return any(s[0] == "retype" for r in doc.get("ScorerConfirm", []) for s in r["trace"])


def pair(x: dict) -> frozenset:
    if x["kind"] == "fact":
        return frozenset((x["subject"], x["object"]))
    return frozenset((x.get("source"), x.get("target")))


def actor_detail(g: dict, same: list[dict], kind: str) -> str:
    """Which side the document reads differently, and the strategy that filled it."""
    a, b = ("subject", "object") if kind == "fact" else ("source", "target")
    best = max(same, key=lambda r: (r[a] == g[a]) + (r[b] == g[b]))
    if best[a] == g[a] and best[b] == g[b]:  # symmetric / swapped
        return "swapped"
    side = a if best[a] != g[a] else b
    slot = {"subject": "subject", "object": "object", "source": "source",
            "target": "target"}[side]
    strategies = [s[1] for s in best["trace"] if s[0] == slot]
    return f"{side}({strategies[0] if strategies else '?'})"


def lost_alone_cause(row: dict) -> str:
    """Why the sentence alone loses what the document reads."""
    k, alone, doc = row["key"], row["alone_stages"], row["doc_stages"]
    if has(alone["rules"], k):
        return "alone:merge" if not has(alone["merged"], k) else "alone:scorer-drop"
    if not has(doc["rules"], k):
        return "doc:scorer-proposes"
    for r in doc["rules"]:
        if r["key"] == k:
            slots = {s[0]: s[1] for s in r["trace"]}
            a, b = ("subject", "object") if r["kind"] == "fact" else ("source", "target")
            return f"alone:actors {a}={slots.get(a, '?')} {b}={slots.get(b, '?')}"
    return "alone:?"


def report(rows: list[dict], show: str | None, lost: bool) -> None:
    for set_name in sorted({r["set"] for r in rows}):
        mine = [r for r in rows if r["set"] == set_name]
        for lang in ("ar", "en"):
            sub = [r for r in mine if r["doc"].endswith(lang)]
            miss = [r for r in sub if not r["in_doc"]]
            ctx = [r for r in miss if r["alone"]]
            lost_rows = [r for r in sub if r["in_doc"] and r["alone"] is False
                         and not r.get("elsewhere")]
            print(f"== {set_name} {lang}: gold {len(sub)}, found in doc {len(sub) - len(miss)},"
                  f" missed {len(miss)}, of which found alone {len(ctx)};"
                  f" found in doc (at its sentence) but lost alone {len(lost_rows)};"
                  f" found elsewhere in doc only {sum(bool(r.get('elsewhere')) for r in sub)};"
                  f" evidence not located {sum(r['alone'] is None for r in sub)}")
            causes = Counter(context_cause(r) for r in ctx)
            for cause, n in causes.most_common():
                print(f"   {n:3}  {cause}")
            lost_causes = Counter(lost_alone_cause(r) for r in lost_rows)
            print("   lost alone:", ", ".join(f"{c} {n}" for c, n in lost_causes.most_common()))
    if show:
        for r in rows:
            cause = context_cause(r) if not r["in_doc"] and r["alone"] else None
            if cause is not None and (show == "all" or cause.startswith(show)):
                print_row(r, cause)
    if lost:
        for r in rows:
            if r["in_doc"] and r["alone"] is False and not r.get("elsewhere"):
                print_row(r, lost_alone_cause(r))


def print_row(r: dict, cause: str) -> None:
    g = r["gold"]
    label = g["predicate"] if g["kind"] == "fact" else g["event_type"]
    a, b = (g.get("subject"), g.get("object")) if g["kind"] == "fact" else (
        g.get("source"), g.get("target"))
    print(f"\n## {cause} | {r['doc']} {label} {a} {b} [{g.get('modality', 'actual')}]")
    print("   sentence:", " ".join(r["sentence"].split())[:400])
    for title, stages in (("doc", r["doc_stages"]), ("alone", r["alone_stages"])):
        for x in stages["final"] if title == "alone" else stages["rules"]:
            lab = x.get("predicate") or x.get("event_type")
            xa, xb = (x.get("subject"), x.get("object")) if x["kind"] == "fact" else (
                x.get("source"), x.get("target"))
            mark = "*" if x["key"] == r["key"] else " "
            steps = "; ".join(f"{s[0]}:{s[1]}" for s in x["trace"] if s[0] in (
                "source", "target", "subject", "object", "modality", "trigger"))
            print(f"   {title:5}{mark} {lab} {xa} {xb} [{x['modality']}] {steps}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", choices=("essays", "devset", "wikinews"))
    ap.add_argument("--save")
    ap.add_argument("--load", action="append")
    ap.add_argument("--show", help="print the context losses whose cause starts with this")
    ap.add_argument("--lost", action="store_true", help="print the items lost alone")
    a = ap.parse_args()
    rows: list[dict] = []
    for path in a.load or []:
        with open(path, encoding="utf-8") as handle:
            rows += json.load(handle)
    for set_name in a.set or []:
        rows += run(set_name)
    if a.save:
        with open(a.save, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, ensure_ascii=False)
    report(rows, a.show, a.lost)


if __name__ == "__main__":
    main()
