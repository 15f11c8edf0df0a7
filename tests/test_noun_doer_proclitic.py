"""An Arabic attack noun's doer after the proclitic لـ, right after the noun and its
adjectives ("في غارة جوية لقوات الدعم السريع على مدينة الأبيض", "غارة للجيش النيجيري في
ولاية زامفارا"), the Arabic of "killed in an airstrike by X" (frame key
`noun_doer_proclitics`). Further on the proclitic governs any possessor, no doer. Sentences
of our own writing, after the unlabelled WCEP pool's English wordings."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "triple"), [
    ("قتل عشرة أشخاص في غارة جوية لقوات الدعم السريع على مدينة الأبيض.",
     ("ORG:rsf", "ASSAULT", "SDN")),
    ("قتل 20 شخصا في غارة للجيش النيجيري في ولاية زامفارا.", ("NGA", "ASSAULT", "NGA")),
    ("قتل 12 مدنيا في هجوم بطائرة مسيرة لقوات الدعم السريع على مستشفى في الأبيض.",
     ("ORG:rsf", "ASSAULT", "SDN")),
    ("قتل 30 شخصا على الأقل في غارات جوية للجيش السوداني على سوق في ولاية شمال دارفور.",
     ("SDN", "ASSAULT", "SDN")),
])
def test_doer_after_the_attack_noun_with_its_proclitic(pipeline: Pipeline, text: str,
                                                       triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "wrong"), [
    # a possessor further on is no doer
    ("أعلن الجيش الإسرائيلي أنه استهدف أهدافا لحزب الله في جنوب لبنان.",
     ("ORG:hezbollah", "ASSAULT", "ISR")),
    ("شنت الطائرات الإسرائيلية غارات على مواقع لحزب الله في البقاع.",
     ("ORG:hezbollah", "ASSAULT", "ISR")),
    ("شنت إسرائيل غارة جوية على الضاحية الجنوبية لبيروت.", ("LBN", "ASSAULT", "ISR")),
    # a verbal noun's proclitic with no target or place after it marks what was hit
    ("نددت الحكومة بالقصف الجوي لسوريا.", ("SYR", "ASSAULT", "SYR")),
])
def test_proclitic_name_away_from_the_noun_is_no_doer(pipeline: Pipeline, text: str,
                                                      wrong: tuple) -> None:
    assert wrong not in event_triples(pipeline, text, "ar")
