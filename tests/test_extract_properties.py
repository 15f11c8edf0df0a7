"""Extraction never fails on arbitrary text, and its evidence always reads back."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomap.extract import Pipeline

WORDS = ["كازاخستان", "وروسيا", "بالصين", "منظمة شنغهاي للتعاون", "انضمت", "إلى", "وقّعت",
         "اتفاقية", "مع", "بين", "زار", "الرئيس", "لم", "تعترف", "من المقرر", "عام 2019",
         "٢٠٢٣", "3.9 مليار دولار", "،", ".", "؟", "\u200f", "ـ", "ً", "🙂", "\n", "Kazakhstan",
         "joined", "the", "SCO", "and", "signed", "(CSTO)", "“", "”"]


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    return Pipeline()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=40),
       st.sampled_from(["ar", "en"]), st.sampled_from([None, "2020", "2024-06", "2025-01-04"]))
def test_any_text_extracts_with_readable_evidence(parts, lang, published) -> None:
    text = " ".join(parts)
    reading = pipeline()(text, lang, published)
    for item in reading.extraction.facts + reading.extraction.events:
        for span in item.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            start, end = reading.doc.sentences[span.sentence]
            assert (span.start, span.end) == (start, end)
    for mention in reading.doc.mentions:
        assert text[mention.start:mention.end] == mention.text
