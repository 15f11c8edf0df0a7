"""Arabic relations restored with the pair's own pronoun (issue 9, Arabic parity), as English
"restore diplomatic relations" reads them: a joint SUPPORT of the two states; relations
looked at again or recast are none restored."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "pair"), [
    ("أعادت بوليفيا وإسرائيل رسمياً علاقاتهما الدبلوماسية، التي كان الرئيس البوليفي السابق "
     "قد قطعها عام 2023.", ("BOL", "ISR")),
    ("استعادت سوريا وأوكرانيا علاقاتهما الدبلوماسية خلال لقاء في نيويورك.", ("SYR", "UKR")),
    ("أعلنت السنغال أنها ستستعيد علاقاتها الدبلوماسية مع المغرب.", ("SEN", "MAR")),
    ("قررت تونس إعادة علاقاتها الدبلوماسية مع سوريا بعد قطيعة طويلة.", ("TUN", "SYR")),
    ("استأنفت قطر ومصر علاقاتهما الدبلوماسية.", ("QAT", "EGY")),
])
def test_relations_restored_with_their_pronoun_are_support(pipeline, text, pair):
    assert (pair[0], "SUPPORT", pair[1]) in event_triples(pipeline, text, "ar")


def test_english_reads_the_same_restoration(pipeline):
    found = event_triples(pipeline, "Syria and Ukraine restore diplomatic relations.", "en")
    assert ("SYR", "SUPPORT", "UKR") in found


@pytest.mark.parametrize("text", [
    "أعادت ألمانيا النظر في علاقاتها مع الصين.",
    "أعادت فرنسا تقييم علاقاتها مع الجزائر.",
    "أعادت اليابان سفيرها إلى الصين.",
    "التقى الرئيسان في إطار تقارب بوساطة تركية يهدف إلى استعادة العلاقات الثنائية بين "
    "إثيوبيا والصومال.",
])
def test_relations_reconsidered_or_aimed_at_are_none_restored(pipeline, text):
    assert not any(t == "SUPPORT" for _, t, _ in event_triples(pipeline, text, "ar"))
