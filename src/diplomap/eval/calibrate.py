"""Calibrating the extractor's confidence, in two steps (never on a frozen test split):

    python -m diplomap.eval.calibrate          # the rules' bands, on the dev sets' tune splits
    python -m diplomap.eval.tune_scorer        # the scorer's combination (same splits)
    python -m diplomap.eval.calibrate --final  # the final map, on the calibrate splits

The first rewrites `extract/data/calibration.yaml`: the observed precision of each band of
the rules. The rules are written against those splits (data/devset's news items and
data/wikinews's whole articles), so those numbers are optimistic on
unseen text; the last step fits the map every model ends with
(`extract/data/final_confidence.yaml`, `diplomap.extract.final_confidence`) on the splits no
rule is written from and only the fact reader's threshold is chosen on: the calibrate splits
of data/devset (news items), data/wikinews (whole articles) and data/essays (analysis and
longer reports), pooled.
Both print reliability tables: items, mean confidence and observed precision per bin, on every
split."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise, product
from pathlib import Path
from typing import NamedTuple

import numpy as np
import yaml

from diplomap.extract import calibration, final_confidence
from diplomap.extract.calibration import DATA, band
from diplomap.extract.components import DEFAULT_MODEL
from diplomap.extract.model import Event, Fact

ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "data" / "devset"
WIKINEWS = ROOT / "data" / "wikinews"
ESSAYS = ROOT / "data" / "essays"
# where the final map is fitted: every genre the product reads, each its calibrate split
CALIBRATION_SETS = (DEVSET, WIKINEWS, ESSAYS)
PRIOR = 4.0  # pseudo-items of the overall precision added to each band
MIN_ITEMS = 20  # an origin with fewer calibration items keeps its confidence unmapped
L2 = 1.0  # keeps a small calibration set from fitting a steep curve


class Outcome(NamedTuple):
    """One extracted item on a dev set: its label (band or origin), its confidence, whether
    the gold has it, and the document it came from."""

    label: str
    confidence: float
    right: bool
    document: str


def outcomes(documents: Iterable, gold: list[dict], model: str = "rules",
             final: bool = False, label: Callable[[str, Fact | Event], str] | None = None
             ) -> list[Outcome]:
    """The outcome of every item `model` extracts from `documents` (DocText rows), an item
    being right when the gold of its document has its key; the label is the rules' band
    unless `label` says otherwise. By default the rules' own confidences: never the scorer's
    combination nor the final map."""
    from diplomap.eval.scoring import key
    from diplomap.extract.pipeline import Pipeline
    from diplomap.ingest import detect_language

    gold_keys = {key(g) for g in gold}
    labelled = label or (lambda kind, item: band(kind, item.trace))
    pipeline = Pipeline((), model=model, final_map=final)
    out = []
    for doc in documents:
        reading = pipeline(doc.text, doc.lang or detect_language(doc.text), doc.published)
        items: list[tuple[str, Fact | Event, dict]] = [
            ("fact", f, {"kind": "fact", "doc": doc.name, **f.as_dict()})
            for f in reading.extraction.facts]
        items += [("event", e, {"kind": "event", "doc": doc.name, **e.as_dict()})
                  for e in reading.extraction.events]
        for kind, item, row in items:
            out.append(Outcome(labelled(kind, item), item.confidence, key(row) in gold_keys,
                               doc.name))
    return out


def tune_split(folders: Sequence[Path] = (DEVSET, WIKINEWS)) -> tuple[list, list[dict]]:
    """The documents and gold of the TUNE splits of the dev sets: the short news items and the
    whole articles (never a frozen test split, never a calibration split)."""
    return pooled(folders, "tune")


def pooled(folders: Sequence[Path], name: str) -> tuple[list, list[dict]]:
    """The documents and gold of split `name` of each dev set, together. Gold is joined to
    documents by name, so a name in two folders is an error."""
    docs: list = []
    gold: list[dict] = []
    for folder in folders:
        more_docs, more_gold = split(folder, name)
        shared = {d.name for d in docs} & {d.name for d in more_docs}
        if shared:
            raise ValueError(f"{folder}: documents named as in another folder: "
                             f"{sorted(shared)[:5]}")
        docs += more_docs
        gold += more_gold
    return docs, gold


def split(devset: Path, name: str) -> tuple[list, list[dict]]:
    """The documents and gold of one split of the dev set."""
    from diplomap.eval import read_doc_texts, read_items

    splits = {json.loads(line)["name"]: json.loads(line)["split"]
              for line in (devset / "docs.jsonl").open(encoding="utf-8") if line.strip()}
    docs = [d for d in read_doc_texts(devset / "docs.jsonl") if splits.get(d.name) == name]
    names = {d.name for d in docs}
    return docs, [g for g in read_items(devset / "gold.jsonl") if g["doc"] in names]


def calibrate(results: Sequence[Outcome]) -> dict:
    """Observed precision per band, smoothed with PRIOR pseudo-items of its kind's mean."""
    counts: Counter = Counter()
    right: Counter = Counter()
    for name, _, ok, _ in results:
        kind = name.split(":")[0]
        for key in (name, f"{kind}:*"):
            counts[key] += 1
            right[key] += ok
    bands = {}
    for name in sorted(counts):
        kind = name.split(":")[0]
        mean = right[f"{kind}:*"] / counts[f"{kind}:*"]
        value = (right[name] + PRIOR * mean) / (counts[name] + PRIOR)
        bands[name] = {"confidence": round(value, 3), "items": counts[name],
                       "right": right[name]}
    return {"source": "data/devset and data/wikinews split tune (diplomap.eval.calibrate)",
            "prior": PRIOR, "bands": bands}


def reliability(results: Sequence[Outcome],
                edges: Sequence[float] = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
                ) -> list[dict]:
    """Per confidence bin: items, observed precision and mean confidence."""
    rows = []
    for low, high in pairwise(edges):
        inside = [(c, ok) for _, c, ok, _ in results if low <= c < high]
        if inside:
            rows.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "items": len(inside),
                         "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                         "observed": round(sum(ok for _, ok in inside) / len(inside), 3)})
    return rows


def write_calibration(path: Path = DATA, folders: Sequence[Path] = (DEVSET, WIKINEWS)
                      ) -> dict:
    docs, gold = tune_split(folders)
    data = calibrate(outcomes(docs, gold))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# written by `python -m diplomap.eval.calibrate`: do not edit\n"
                    + yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    calibration.table.cache_clear()
    return data


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50,
                 weights: np.ndarray | None = None) -> np.ndarray:
    """Coefficients (bias first) of a logistic regression, by Newton's method with an L2
    penalty on the slopes; `weights` (one per row, mean 1) weigh the rows' losses."""
    a = np.hstack([np.ones((len(x), 1)), x])
    r = np.ones(len(x)) if weights is None else weights
    w = np.zeros(a.shape[1])
    penalty = np.diag([0.0] + [l2] * x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-a @ w))
        gradient = a.T @ (r * (p - y)) + penalty @ w
        hessian = a.T @ (a * (r * p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(len(w))
        w -= np.linalg.solve(hessian, gradient)
    return w


def document_weights(results: Sequence[Outcome]) -> np.ndarray:
    """One weight per outcome, 1/sqrt(items of its document), scaled to mean 1. The items of
    one document are not independent (a group expanded to its members gives dozens of items
    that are all right or all wrong together), so a document counts by the square root of
    its items rather than by their number."""
    per_document = Counter(o.document for o in results)
    weights = np.array([per_document[o.document] ** -0.5 for o in results])
    return weights * (len(weights) / weights.sum())


def fit_curves(results: Sequence[Outcome]) -> dict:
    """Per origin of the confidence, the logistic curve from logit(confidence) to right,
    each document weighed by `document_weights`."""
    curves = {}
    for name in sorted({o.label for o in results}):
        rows = [o for o in results if o.label == name]
        if len(rows) < MIN_ITEMS or len({o.right for o in rows}) < 2:
            continue
        x = np.array([[final_confidence.bounded_logit(o.confidence)] for o in rows])
        y = np.array([float(o.right) for o in rows])
        fitted = fit_logistic(x, y, l2=L2, weights=document_weights(rows))
        slope, intercept = (float(v) for v in fitted[::-1])
        if slope < 0:  # a falling map would reverse the ranking: keep the share right alone
            slope, intercept = 0.0, final_confidence.bounded_logit(float(y.mean()))
        curves[name] = {"slope": round(slope, 4), "intercept": round(intercept, 4),
                        "items": len(rows), "right": sum(o.right for o in rows)}
    return curves


def final_results(folders: Sequence[Path] = CALIBRATION_SETS, split_name: str = "calibrate"
                  ) -> list[Outcome]:
    """The outcomes (labelled by origin, confidence before the map) on the calibration
    splits, pooled: the rules' items from the rules model, the scorer's and the fact reader's
    from the rules+scorer+facts model (`pooled`). The folders are not weighted against each
    other: a document weighs by its items (`document_weights`), so the folder that yields
    more items per document (the essays' analysis pieces, then Wikinews' whole articles)
    weighs more per document."""
    docs, gold = pooled(folders, split_name)
    def by_origin(kind: str, item: Fact | Event) -> str:
        return final_confidence.origin(item.trace)
    rules = outcomes(docs, gold, "rules", label=by_origin)
    # the fact reader only adds facts after the scorer: one pass gives both their items
    learned = [o for o in outcomes(docs, gold, "rules+scorer+facts", label=by_origin)
               if o.label != "rules"]
    return rules + learned


def write_final(path: Path = final_confidence.DATA,
                folders: Sequence[Path] = CALIBRATION_SETS) -> dict:
    names = ", ".join(str(folder.relative_to(ROOT)) for folder in folders)
    data = {"source": f"{names} split calibrate (diplomap.eval.calibrate --final)",
            "curves": fit_curves(final_results(folders))}
    path.write_text("# written by `python -m diplomap.eval.calibrate --final`: do not edit\n"
                    + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    final_confidence.curves.cache_clear()
    return data


def main() -> None:  # pragma: no cover - a maintenance command
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--final", action="store_true",
                        help="fit the final confidence map on the calibrate splits of data/devset, "
                        "data/wikinews and data/essays")
    if parser.parse_args().final:
        final_main()
    else:
        bands_main()


def final_main() -> None:  # pragma: no cover - a maintenance command
    data = write_final()
    for name, row in data["curves"].items():
        print(f"{name:14s} {row['items']:5d} {row['right']:5d} slope {row['slope']:.3f} "
              f"intercept {row['intercept']:.3f}")
    whys = {"tune": "rules written from it", "test": "frozen: report only",
            "calibrate": "the map is fitted here"}
    for folder, (name, why) in product(CALIBRATION_SETS, whys.items()):
        docs, gold = split(folder, name)
        print(f"reliability of the default model's confidence, {folder.name} {name} ({why}): "
              "bin, items, mean confidence, observed precision")
        for row in reliability(outcomes(docs, gold, DEFAULT_MODEL, final=True)):
            print(row)


def bands_main() -> None:  # pragma: no cover - a maintenance command
    data = write_calibration()
    for name, row in data["bands"].items():
        print(f"{name:55s} {row['items']:5d} {row['right']:5d} {row['confidence']:.3f}")
    for folder, name, why in ((DEVSET, "tune", "in-sample"), (WIKINEWS, "tune", "in-sample"),
                              (DEVSET, "test", "frozen, held out: report only")):
        docs, gold = split(folder, name)
        print(f"reliability on the {folder.name} {name} split ({why}): bin, items, "
              "mean confidence, observed precision")
        for row in reliability(outcomes(docs, gold)):
            print(row)


if __name__ == "__main__":  # pragma: no cover
    main()
