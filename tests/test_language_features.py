"""Language identification counts py3langid's features in numpy (`_Features`): the very
counts of py3langid's own `instance2fv`, so the very languages."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from diplomap.ingest.language import _classify, _features, _identifier, detect_language


def _texts() -> list[str]:
    rng = random.Random(12)
    made_up = ["".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(0, 300)))
               for _ in range(60)]
    own = ["", "a", "ab", "abc", "abcd", "é", "\ud800 lone surrogate", "x" * 3000,
           "أعلنت الحكومة يوم الاثنين عن خطة جديدة للتعاون مع جيرانها في مجال المياه.",
           "The ministers met on Tuesday and agreed to reopen the border crossing.",
           "Министры встретились во вторник и договорились открыть границу.",
           "Ο υπουργός συναντήθηκε με τον ομόλογό του.", "2024-05-01 12:00 / 3.5%"]
    folder = Path(__file__).resolve().parents[1] / "src" / "diplomap" / "sample" / "corpus"
    corpus = [json.loads(p.read_text(encoding="utf-8"))["text"]
              for p in sorted(folder.glob("*.json"))]
    return own + made_up + corpus


def _counts(text: str) -> np.ndarray:
    """The whole feature vector from `present` (the test's oracle's shape)."""
    counts = np.zeros(_features().size, dtype=np.int64)
    present, found = _features().present(text)
    counts[present] = found
    return counts


@pytest.mark.parametrize("text", _texts())
def test_feature_counts_are_py3langid_s(text: str) -> None:
    sample = text[:1200]
    expected = _identifier().instance2fv(sample)
    assert np.array_equal(_counts(sample), expected.astype(np.int64))
    present, _ = _features().present(sample)
    assert bool(np.all(np.diff(present) > 0))  # strictly ascending


@pytest.mark.parametrize("text", [t for t in _texts() if any(c.isalpha() for c in t[:1200])])
def test_the_label_is_py3langid_s(text: str) -> None:
    sample = text[:1200]
    assert _classify(_identifier(), _features(), sample) == _identifier().classify(sample)[0]


def test_languages_told_apart() -> None:
    assert detect_language("أعلنت الحكومة يوم الاثنين عن خطة جديدة للتعاون مع جيرانها.") == "ar"
    assert detect_language("The ministers met on Tuesday and agreed to reopen the border.") == "en"
    assert detect_language("12345 -- 678") == "other"
