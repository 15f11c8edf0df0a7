"""Prisoners exchanged between two sides: "a prisoner exchange between A and B", "صفقة لتبادل
الأسرى بين A وB" is the pair's own release (RETREAT/release between A and B), whoever
brokered or secured it; not a release by the broker, nor by a state of its own people
(lang/<code>/frames.yaml `release_exchanged`). Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events

EXCHANGED = [
    ("en", "Qatar brokered a prisoner exchange between Venezuela and the United States.",
     "VEN", "USA", "QAT"),
    ("en", "Turkish mediation secured a prisoner swap between Russia and Ukraine in 2024.",
     "RUS", "UKR", "TUR"),
    ("en", "The exchange of prisoners between Armenia and Azerbaijan took place on Monday.",
     "ARM", "AZE", ""),
    ("ar", "توسطت قطر في عدة عمليات لتبادل الأسرى بين فنزويلا والولايات المتحدة.",
     "VEN", "USA", "QAT"),
    ("ar", "جرى تبادل السجناء بين أرمينيا وأذربيجان يوم الاثنين.", "ARM", "AZE", ""),
]


@pytest.mark.parametrize(("lang", "sentence", "first", "second", "broker"), EXCHANGED)
def test_exchange_between_is_the_pairs_release(pipeline: Pipeline, lang: str, sentence: str,
                                               first: str, second: str, broker: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    released = {frozenset((s, o)) for t, m, s, o in found if (t, m) == ("RETREAT", "release")}
    assert frozenset((first, second)) in released, found
    assert not any(broker in pair or len(pair) == 1 for pair in released), found


@pytest.mark.parametrize(("lang", "sentence"), [
    # no exchange of prisoners: fire, accusations or views exchanged, prisoners held
    ("en", "The exchange of fire between Armenia and Azerbaijan killed two soldiers."),
    ("en", "The exchange of views between Japan and China was frank."),
    ("ar", "تبادل الاتهامات بين أرمينيا وأذربيجان مستمر."),
])
def test_other_exchanges_release_nobody(pipeline: Pipeline, lang: str, sentence: str) -> None:
    assert "RETREAT" not in {t for t, *_ in typed_events(pipeline, sentence, lang)}
