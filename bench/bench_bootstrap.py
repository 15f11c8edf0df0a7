"""Bootstrap intervals' speed: 1,000 resamples of N documents' counts (as `make eval` draws
for each dev set), the matrix form of diplomap.eval.bootstrap against a resample-by-resample
loop over the same weights timed in the same run.

    python bench/bench_bootstrap.py [--docs 2000] [--resamples 1000]

Prints seconds for intervals() plus paired_intervals(), seconds for the loop, and their ratio
(the figure to track: machines here are shared and noisy).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text import timed
from diplomap.eval.bootstrap import DocumentCounts, intervals, paired_intervals, resample_weights


def looped_totals(counts: DocumentCounts, resamples: int) -> np.ndarray:
    """What a plain implementation does: each resample's totals summed in its own pass."""
    weights = resample_weights(len(counts.docs), resamples)
    return np.stack([np.tensordot(row, counts.counts, axes=1) for row in weights])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents (default 2000)")
    parser.add_argument("--resamples", type=int, default=1000, help="resamples (default 1000)")
    args = parser.parse_args()
    rng = np.random.default_rng(3)
    docs = tuple(f"doc{i}" for i in range(args.docs))
    a = DocumentCounts(docs, rng.integers(0, 4, size=(args.docs, 2, 3)))
    b = DocumentCounts(docs, rng.integers(0, 4, size=(args.docs, 2, 3)))
    intervals(a, resamples=10)  # numpy's first matrix product loads its libraries
    matrix = timed(lambda: (intervals(a, args.resamples),
                                 paired_intervals(a, b, args.resamples)), 3)
    loop = timed(lambda: (looped_totals(a, args.resamples),
                               looped_totals(b, args.resamples)), 3)
    print(f"{args.docs} documents, {args.resamples} resamples")
    print(f"  intervals + paired intervals  {matrix:8.3f} s")
    print(f"  resample-by-resample loop     {loop:8.3f} s")
    print(f"  ratio matrix / loop           {matrix / loop:8.2f}")


if __name__ == "__main__":
    main()
