"""Calibrating the extractor's confidence on the TUNE split of data/devset (never on the
frozen test split): `python -m diplomap.eval.calibrate` rewrites
`extract/data/calibration.yaml` and prints the bands and the reliability table."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path

import yaml

from diplomap.extract import calibration
from diplomap.extract.calibration import DATA, band
from diplomap.extract.model import Event, Fact

ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "data" / "devset"
PRIOR = 4.0  # pseudo-items of the overall precision added to each band


def outcomes(documents: Iterable, gold: list[dict]) -> list[tuple[str, float, bool]]:
    """(band, confidence, right) of every item extracted from `documents` (DocText rows),
    an item being right when the gold of its document has its key."""
    from diplomap.eval.scoring import key
    from diplomap.extract.pipeline import Pipeline
    from diplomap.ingest import detect_language

    gold_keys = {key(g) for g in gold}
    pipeline = Pipeline((), model="rules")  # the rules' own bands: never the scorer's combination
    out = []
    for doc in documents:
        reading = pipeline(doc.text, doc.lang or detect_language(doc.text), doc.published)
        items: list[tuple[str, Fact | Event, dict]] = [
            ("fact", f, {"kind": "fact", "doc": doc.name, **f.as_dict()})
            for f in reading.extraction.facts]
        items += [("event", e, {"kind": "event", "doc": doc.name, **e.as_dict()})
                  for e in reading.extraction.events]
        for kind, item, row in items:
            out.append((band(kind, item.trace), item.confidence, key(row) in gold_keys))
    return out


def tune_split(devset: Path = DEVSET) -> tuple[list, list[dict]]:
    """The documents and gold of the TUNE split of the dev set (never the frozen test)."""
    return split(devset, "tune")


def split(devset: Path, name: str) -> tuple[list, list[dict]]:
    """The documents and gold of one split of the dev set."""
    from diplomap.eval import read_doc_texts, read_items

    splits = {json.loads(line)["name"]: json.loads(line)["split"]
              for line in (devset / "docs.jsonl").open(encoding="utf-8") if line.strip()}
    docs = [d for d in read_doc_texts(devset / "docs.jsonl") if splits.get(d.name) == name]
    names = {d.name for d in docs}
    return docs, [g for g in read_items(devset / "gold.jsonl") if g["doc"] in names]


def calibrate(results: list[tuple[str, float, bool]]) -> dict:
    """Observed precision per band, smoothed with PRIOR pseudo-items of its kind's mean."""
    counts: Counter = Counter()
    right: Counter = Counter()
    for name, _, ok in results:
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
    return {"source": "data/devset split tune (diplomap.eval.calibrate)",
            "prior": PRIOR, "bands": bands}


def reliability(results: list[tuple[str, float, bool]],
                edges: Sequence[float] = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
                ) -> list[dict]:
    """Per confidence bin: items, observed precision and mean confidence."""
    rows = []
    for low, high in pairwise(edges):
        inside = [(c, ok) for _, c, ok in results if low <= c < high]
        if inside:
            rows.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "items": len(inside),
                         "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                         "observed": round(sum(ok for _, ok in inside) / len(inside), 3)})
    return rows


def write_calibration(path: Path = DATA, devset: Path = DEVSET) -> dict:
    docs, gold = tune_split(devset)
    data = calibrate(outcomes(docs, gold))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# written by `python -m diplomap.eval.calibrate`: do not edit\n"
                    + yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    calibration.table.cache_clear()
    return data


def main() -> None:  # pragma: no cover - a maintenance command
    data = write_calibration()
    for name, row in data["bands"].items():
        print(f"{name:55s} {row['items']:5d} {row['right']:5d} {row['confidence']:.3f}")
    for name, why in (("tune", "in-sample"), ("test", "frozen, held out: report only")):
        docs, gold = split(DEVSET, name)
        print(f"reliability on the {name} split ({why}): bin, items, mean confidence, "
              "observed precision")
        for row in reliability(outcomes(docs, gold)):
            print(row)


if __name__ == "__main__":  # pragma: no cover
    main()
