"""Offline language identification (py3langid's bundled model)."""

from __future__ import annotations

from functools import lru_cache

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
    lang, _ = _identifier().classify(sample)
    return lang if lang in KNOWN else "other"
