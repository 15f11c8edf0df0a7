"""The whole evaluation table (`make eval`): every gold set diplomap is measured on, one run.

- seeds: the five seed articles (../shared, tuned on), facts and events P/R/F1;
- sample: the bundled sample corpus (read while tuning);
- PLOVER GSR: share of sentences whose labelled type is found (per type and overall),
  and the same with the labelled source and target (ISO-3 codes only); in English, and in the
  Arabic renderings of data/plover-gsr-ar scored against the same records;
- UN quad: relevance P/R/F1 and quad macro-F1 per language on a fixed sample of pairs;
- dev set (data/devset, one-to-three-sentence news items), Wikinews dev set (data/wikinews,
  whole-article excerpts) and essays (data/essays, foreign-policy analysis and longer news
  reports written for diplomap): tune and frozen test splits, per language, facts and events; on
  the frozen splits the 95 % interval of events F1, and for each later model the paired
  95 % interval of its events F1 gain over the first (documents resampled, diplomap.eval.bootstrap).

Seeds and the dev set are scored with each extraction model (rules alone, rules+scorer:
`diplomap.extract.components.MODELS`); the other sets with the default model.

Sets whose files are absent are skipped with the reason. `--json FILE` writes every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from rich.console import Console
from rich.table import Table

from diplomap.eval import from_files, from_texts, read_doc_texts, read_items, score
from diplomap.eval.bootstrap import DocumentCounts, document_counts, intervals, paired_intervals
from diplomap.eval.predictions import seed_dates
from diplomap.eval.scoring import Counts
from diplomap.extract.components import DEFAULT_MODEL, MODELS
from diplomap.extract.scorer_data import UN_QUAD, held_out, read_jsonl
from diplomap.ontology import ontology

MODELS_ORDER = list(MODELS)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVDATA = SHARED / "devdata"
DEVSET = ROOT / "data" / "devset"
WIKINEWS = ROOT / "data" / "wikinews"
ESSAYS = ROOT / "data" / "essays"
# result key: (folder, row label)
DEV_SETS = {"devset": (DEVSET, "dev"), "wikinews": (WIKINEWS, "wikinews"),
            "essays": (ESSAYS, "essays")}
GSR_ARABIC = ROOT / "data" / "plover-gsr-ar"
# tune: rules are written from it; calibrate: only the confidence map is fitted on it (and
# the fact reader's threshold chosen)
SPLITS = ["tune", "calibrate", "test"]
console = Console(width=150)


def scored(gold: list[dict], predicted: list[dict]) -> dict:
    report = score(gold, predicted)
    return {"facts": report.facts.as_dict(), "events": report.events.as_dict(),
            "by_label": {k: v.as_dict() for k, v in report.by_label.items()}}


def seeds(model: str = DEFAULT_MODEL) -> dict | str:
    gold_file, folder = SHARED / "gold" / "seeds.jsonl", SHARED / "seeds"
    if not gold_file.exists() or not folder.exists():
        return "../shared/gold or ../shared/seeds absent"
    dates = seed_dates(SHARED / "gold" / "README.md")
    gold = read_items(gold_file)
    return scored(gold, from_files(folder, {g["doc"] for g in gold}, dates, model=model))


def sample(model: str = DEFAULT_MODEL) -> dict:
    folder = ROOT / "src" / "diplomap" / "sample"
    gold = read_items(folder / "gold.jsonl")
    return scored(gold, from_files(folder / "corpus", {g["doc"] for g in gold}, {}, model=model))


def plover_gsr(model: str = "rules", scorer_held_out: bool = False,
               language: str = "en") -> dict | str:
    """Labelled type found; with `scorer_held_out`, only the 20 % of records the scorer never
    trained on (its other 80 % are training data: a model with the scorer is scored there
    only). Arabic: data/plover-gsr-ar's renderings, scored against their English records."""
    folder = DEVDATA / "plover-gsr"
    if not folder.exists():
        return "../shared/devdata/plover-gsr absent"
    if language == "ar" and not (GSR_ARABIC / "docs.jsonl").exists():
        return "data/plover-gsr-ar/docs.jsonl absent"
    english_name = _gsr_rendering(language)
    docs = [d for d in read_doc_texts((GSR_ARABIC if language == "ar" else folder) / "docs.jsonl")
            if not scorer_held_out or held_out("plover-gsr", english_name.get(d.name, d.name))]
    names = {english_name.get(d.name, d.name) for d in docs}
    gold = [g for g in read_items(folder / "gold.jsonl") if g["doc"] in names]
    predicted = [{**p, "doc": english_name.get(p["doc"], p["doc"])}
                 for p in from_texts(docs, model=model)]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for item in predicted:
        if item["kind"] == "event":
            by_doc[item["doc"]].append(item)
    found, with_actors, total = Counter(), Counter(), Counter()
    for item in gold:
        label, accept = item["event_type"], set(item.get("accept") or [item["event_type"]])
        total[label] += 1
        hits = [e for e in by_doc[item["doc"]] if e["event_type"] in accept]
        found[label] += bool(hits)
        pair = {item.get("source"), item.get("target")}
        with_actors[label] += any({e["source"], e["target"]} == pair for e in hits)
    return {"total": dict(total), "found": dict(found), "with_actors": dict(with_actors)}


@cache
def _gsr_rendering(language: str) -> dict[str, str]:
    """A rendering's name -> the English record it renders (none for English); read once."""
    if language != "ar":
        return {}
    return {d["name"]: d["source_doc"] for d in read_jsonl(GSR_ARABIC / "docs.jsonl")}


def un_quad(pairs: int, model: str = "rules", scorer_held_out: bool = False) -> dict | str:
    """Relevance and quad of the pipeline's events per UN sentence; with `scorer_held_out`,
    only the pairs the scorer never trained on."""
    folder = DEVDATA / "un-quad"
    if not folder.exists():
        return "../shared/devdata/un-quad absent"
    gold = {g["doc"]: g for g in read_items(folder / "gold.jsonl")}
    docs = [d for d in read_doc_texts(folder / "docs.jsonl")
            if _pair(d.name) <= pairs
            and (not scorer_held_out or held_out("un-quad", str(_pair(d.name))))]
    quad_of = {code: spec.quad for code, spec in ontology().event_types.items()}
    predicted: dict[str, Counter] = defaultdict(Counter)
    for item in from_texts(docs, model=model):
        if item["kind"] == "event":
            predicted[item["doc"]][quad_of[item["event_type"]]] += 1
    out = {}
    for lang in ("ar", "en"):
        names = [d.name for d in docs if d.name.startswith(f"un-{lang}-")]
        truth = {n: (UN_QUAD[gold[n]["quad"]] if n in gold else None) for n in names}
        guess = {n: (predicted[n].most_common(1)[0][0] if predicted[n] else None)
                 for n in names}
        relevance = _counts((bool(truth[n]), bool(guess[n])) for n in names)
        per_quad = [_counts((truth[n] == quad, guess[n] == quad) for n in names)
                    for quad in ontology().quads]
        out[lang] = {"sentences": len(names),
                     "relevance": (relevance.precision, relevance.recall, relevance.f1),
                     "quad_macro_f1": sum(c.f1 for c in per_quad) / len(per_quad)}
    return out


def _counts(pairs: Iterable[tuple[bool, bool]]) -> Counts:
    """(in the gold, predicted) per sentence."""
    counts = Counts()
    for truth, guess in pairs:
        counts.tp += truth and guess
        counts.fp += guess and not truth
        counts.fn += truth and not guess
    return counts


def _pair(name: str) -> int:
    return int(name.split("-")[2].split(".")[0])


def devset(model: str = DEFAULT_MODEL, folder: Path = DEVSET) -> dict | str:
    docs_file, gold_file = folder / "docs.jsonl", folder / "gold.jsonl"
    if not docs_file.exists() or not gold_file.exists():
        return f"{folder.relative_to(ROOT)}/docs.jsonl or gold.jsonl absent"
    docs = list(read_doc_texts(docs_file))
    splits = {json.loads(line)["name"]: json.loads(line)["split"]
              for line in docs_file.open(encoding="utf-8")}
    gold = read_items(gold_file)
    predicted = from_texts(docs, model=model)
    out = {}
    for split in sorted(set(splits.values()), key=SPLITS.index):
        for lang in ("ar", "en"):
            names = {d.name for d in docs if splits[d.name] == split and d.name.endswith(lang)}
            part_gold = [g for g in gold if g["doc"] in names]
            part_predicted = [p for p in predicted if p["doc"] in names]
            out[f"{split}/{lang}"] = scored(part_gold, part_predicted)
            DOC_COUNTS[folder.name, model, f"{split}/{lang}"] = document_counts(
                part_gold, part_predicted, names)
    return out


# (set folder, model, split/lang) -> each document's counts, for the intervals
DOC_COUNTS: dict[tuple[str, str, str], DocumentCounts] = {}


def add_intervals(results: dict, folder: Path) -> None:
    """Into each row of a dev set's `results`: on frozen splits the 95 % interval of P/R/F1;
    for each model after the first, the paired interval of its F1 gain over the first."""
    first = MODELS_ORDER[0]
    for model in MODELS:
        if isinstance(results[model], str):
            continue
        for key, row in results[model].items():
            counts = DOC_COUNTS[folder.name, model, key]
            if key.startswith("test"):
                row["intervals"] = {kind: {name: i.as_dict() for name, i in found.items()}
                                    for kind, found in intervals(counts).items()}
            if model != first and not isinstance(results[first], str):
                gain = paired_intervals(DOC_COUNTS[folder.name, first, key], counts)
                row[f"gain_over_{first}"] = {kind: d.as_dict() for kind, d in gain.items()}


SECONDS: dict[str, float] = {}


def timed(name: str, func, *args) -> dict | str:
    start = time.perf_counter()
    with console.status(f"evaluating {name}"):
        result = func(*args)
    SECONDS[name] = round(time.perf_counter() - start, 1)
    return result


def fmt(value: Iterable[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in value)


def summary_table(results: dict) -> Table:
    table = Table(title="diplomap evaluation (P / R / F1)")
    for column in ("set", "facts", "events", "notes"):
        table.add_column(column)
    for model in MODELS:
        r = results["seeds"][model]
        if isinstance(r, str):
            table.add_row(f"seeds {model}", "-", "-", f"skipped: {r}")
            continue
        table.add_row(f"seeds {model}", *_prf(r), "; ".join(
            x for x in (f"events F1 {r['events']['f1']:.3f}", _default(model)) if x))
    for model in MODELS:
        r = results["sample"][model]
        table.add_row(f"sample {model}", *_prf(r), "; ".join(x for x in (
            "scorer trained on these sentences" if "scorer" in model else "",
            f"events F1 {r['events']['f1']:.3f}", _default(model)) if x))
    for name, (_, label) in DEV_SETS.items():
        _dev_rows(table, results[name], label)
    for name, gsr in results["plover_gsr"].items():
        if isinstance(gsr, str):
            table.add_row(f"PLOVER GSR {name}", "-", "-", f"skipped: {gsr}")
            continue
        total, found = sum(gsr["total"].values()), sum(gsr["found"].values())
        half = sum(1 for t, n in gsr["total"].items() if gsr["found"].get(t, 0) * 2 >= n)
        table.add_row(f"PLOVER GSR {name}", "-", f"type found {found / total:.2f}",
                      f"with actors {sum(gsr['with_actors'].values()) / total:.2f}; "
                      f"types found in >= half: {half}/{len(gsr['total'])}; {total} records")
    for name, un in results["un_quad"].items():
        if isinstance(un, str):
            table.add_row(f"UN quad {name}", "-", "-", f"skipped: {un}")
            continue
        for lang, r in un.items():
            table.add_row(f"UN quad {lang} {name}", "-", f"relevance {fmt(r['relevance'])}",
                          f"quad macro-F1 {r['quad_macro_f1']:.2f} ({r['sentences']} sentences)")
    return table


def _dev_rows(table: Table, results: dict, label: str) -> None:
    for model in MODELS:
        dev = results[model]
        if isinstance(dev, str):
            table.add_row(f"{label} set {model}", "-", "-", f"skipped: {dev}")
            continue
        for key, r in dev.items():
            table.add_row(f"{label} {key} {model}", *_prf(r), "; ".join(
                x for x in (_split_note(key, model, label), _gain(results, model, key, r),
                            _default(model)) if x))


def _prf(r: dict) -> list[str]:
    return [fmt((r[k]["precision"], r[k]["recall"], r[k]["f1"])) for k in ("facts", "events")]


def _split_note(key: str, model: str, label: str) -> str:
    if key.startswith("test"):
        return "frozen: report only"
    if key.startswith("calibrate"):
        return "calibration only: no rule written from it" + (
            "; the fact reader's threshold chosen on it" if "facts" in model else "")
    trained = "scorer" in model and label == "dev"
    read = "facts" in model and label in ("dev", "essays")
    return "rules written from it" + ("; scorer trained on 80 % of these items" if trained
                                      else "") + ("; fact reader trained on it" if read else "")


def _gain(results: dict, model: str, key: str, r: dict) -> str:
    """Events F1 to three places (the rows print two), with its 95 % interval where there is
    one, beside the first model's: the gain and its paired interval."""
    figure = f"events F1 {r['events']['f1']:.3f}"
    if "intervals" in r:
        events = r["intervals"]["events"]["f1"]
        figure += f" [{events['low']:.3f}, {events['high']:.3f}]"
    first = results[MODELS_ORDER[0]]
    if model == MODELS_ORDER[0] or isinstance(first, str):
        return figure
    delta = r["events"]["f1"] - first[key]["events"]["f1"]
    gain = r.get(f"gain_over_{MODELS_ORDER[0]}", {}).get("events")
    if not gain:
        return f"{figure} ({delta:+.3f})"
    return (f"{figure} ({delta:+.3f} [{gain['low']:+.3f}, {gain['high']:+.3f}], "
            f"above in {gain['better_share']:.0%} of resamples)")


def _default(model: str) -> str:
    return "default model" if model == DEFAULT_MODEL else ""


def gsr_table(gsr: dict) -> Table:
    table = Table(title="PLOVER GSR, rules: labelled type found, per type")
    for column in ("type", "sentences", "found", "share", "with actors"):
        table.add_column(column, justify="right")
    for label in sorted(gsr["total"]):
        n = gsr["total"][label]
        table.add_row(label, str(n), str(gsr["found"].get(label, 0)),
                      f"{gsr['found'].get(label, 0) / n:.2f}",
                      f"{gsr['with_actors'].get(label, 0) / n:.2f}")
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--un-pairs", type=int, default=10**6,
                        help="read only the UN sentence pairs numbered up to N [default: all]")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    args = parser.parse_args()
    # the scorer trained on 80 % of GSR and of the UN pairs: with it, only the rest is scored
    held = "(scorer's held-out 20 %)"
    results = {"seeds": {m: timed(f"seeds {m}", seeds, m) for m in MODELS},
               "sample": {m: timed(f"sample {m}", sample, m) for m in MODELS},
               **{name: {m: timed(f"{name} {m}", devset, m, folder) for m in MODELS}
                  for name, (folder, _) in DEV_SETS.items()},
               "plover_gsr": {
                   "rules (all)": timed("PLOVER GSR", plover_gsr, "rules"),
                   f"rules {held}": timed("GSR held out", plover_gsr, "rules", True),
                   f"rules+scorer {held}": timed("GSR held out +scorer", plover_gsr,
                                                 "rules+scorer", True),
                   "ar rules (all)": timed("PLOVER GSR ar", plover_gsr, "rules", False, "ar"),
                   f"ar rules {held}": timed("GSR ar held out", plover_gsr, "rules", True, "ar"),
                   f"ar rules+scorer {held}": timed("GSR ar held out +scorer", plover_gsr,
                                                    "rules+scorer", True, "ar")},
               "un_quad": {
                   "rules": timed("UN quad", un_quad, args.un_pairs),
                   f"rules {held}": timed("UN held out", un_quad, args.un_pairs, "rules", True),
                   f"rules+scorer {held}": timed("UN held out +scorer", un_quad, args.un_pairs,
                                                 "rules+scorer", True)}}
    for name, (folder, _) in DEV_SETS.items():
        timed(f"{name} intervals", add_intervals, results[name], folder)
    console.print(summary_table(results))
    console.print("seconds: " + ", ".join(f"{k} {v}" for k, v in SECONDS.items()))
    if isinstance(results["plover_gsr"]["rules (all)"], dict):
        console.print(gsr_table(results["plover_gsr"]["rules (all)"]))
    if args.json:
        figures = {**results, "seconds": SECONDS}
        args.json.write_text(json.dumps(figures, indent=1, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
