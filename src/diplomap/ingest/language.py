"""Offline language identification (py3langid's bundled model)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

KNOWN = ("ar", "en", "ru")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """'ar', 'en', 'ru', or 'other' (judged on the first 1,200 characters)."""
    sample = text[:1200]
    if not any(ch.isalpha() for ch in sample):
        return "other"
    lang = _classify(_identifier(), sample)
    return lang if lang in KNOWN else "other"


def _classify(identifier, sample: str) -> str:
    """py3langid's `classify` without its dense product: a text of 1,200 characters has a
    few hundred of the model's ~7,500 features, so only their rows of the class matrix are
    summed (the same log-probabilities; the label is their argmax, and normalising them
    into probabilities does not move it)."""
    counts = identifier.instance2fv(sample)
    present = np.flatnonzero(counts)
    scores = counts[present].astype(np.float64) @ identifier.nb_ptc[present]
    return identifier.nb_classes[int(np.argmax(scores + identifier.nb_pc))]
