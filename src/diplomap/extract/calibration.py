"""Confidence that means something: the share of items of the same band that were right.

An item's band is read from its trace: fact or event, whether its source (subject) was
named in the sentence or inferred (focal state, carried subject), the strategy that chose
its target (object), and whether its modality is actual. `diplomap.eval.calibrate`
counts, on the TUNE split of data/devset, how many predicted items of each band match the
gold, and stores the observed precision per band (smoothed towards the overall precision)
in `data/calibration.yaml`, which `calibrated` reads:

    .venv/bin/python -m diplomap.eval.calibrate    # rewrites data/calibration.yaml
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml

from diplomap.extract import strategies as st
from diplomap.resources import package_path

DATA = package_path("extract", "data", "calibration.yaml")
INFERRED = frozenset({st.FOCAL_ACTOR, st.CARRIED_SUBJECT, st.IMPLICIT_OBJECT,
                      st.IMPLICIT_ORG, st.DOMESTIC, "unknown", ""})
DEFAULT = {"named": 0.75, "inferred": 0.5}  # before any calibration: the old two levels


def band(kind: str, trace: Sequence) -> str:
    """The calibration band of an item from its trace ("event:named/inferred:actual")."""
    roles = {step[0]: step[1] for step in trace}
    source = roles.get("source", roles.get("subject", ""))
    target = roles.get("target", roles.get("object", ""))
    modality = roles.get("modality", "actual")
    return (f"{kind}:{'inferred' if source in INFERRED else 'named'}/{target or 'none'}:"
            f"{'actual' if modality == 'actual' else 'modal'}")


@cache
def table(path: str = str(DATA)) -> dict[str, float]:
    file = Path(path)
    if not file.exists():
        return {}
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    return {str(k): float(v["confidence"]) for k, v in (data.get("bands") or {}).items()}


def calibrated(kind: str, trace: Sequence) -> tuple[float, str]:
    """(confidence, band) of an item: the band's observed precision on the tune split."""
    name = band(kind, trace)
    found = table().get(name)
    if found is None:
        found = table().get(f"{kind}:*")
    if found is None:
        found = DEFAULT["inferred" if ":inferred/" in name else "named"]
    return round(found, 3), name
