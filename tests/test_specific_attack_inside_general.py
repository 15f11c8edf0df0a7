"""An Arabic attack form that opens on a word before the noun ("في ضربة", "أصيب X بقصف")
yields to the specific act whose noun starts inside it (frame key `yields_to`): "في ضربة
جوية للجيش السوداني على"، "أصيب X بقصف مدفعي لقوات الدعم السريع" keep the air strike's or
the shelling's mode and read the doer behind "لـ" (`noun_doer_proclitics`). After the
unlabelled WCEP pool's "killed in an airstrike by the Tatmadaw", "injured in a drone strike
by the Rapid Support Forces on a hospital", the tune split's "أصيب تسعة أشخاص في ضربات
صاروخية روسية"; sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events


@pytest.mark.parametrize(("text", "event"), [
    ("قتل خمسة مدنيين في ضربة جوية للجيش السوداني على مدينة نيالا.",
     ("ASSAULT", "aerial", "SDN", "SDN")),
    ("قتل 30 شخصا في ضربات جوية للجيش النيجيري على قرية في ولاية زامفارا.",
     ("ASSAULT", "aerial", "NGA", "NGA")),
    ("أصيب عشرة مدنيين بقصف مدفعي لقوات الدعم السريع على مدينة الفاشر.",
     ("ASSAULT", "heavy-weapons", "ORG:rsf", "SDN")),
    ("أصيب 15 شخصا بقصف بطائرات مسيرة لقوات الدعم السريع على مستشفى في الأبيض.",
     ("ASSAULT", "drone", "ORG:rsf", "SDN")),
    ("أصيب تسعة أشخاص في ضربات صاروخية روسية على مدينة خاركيف الأوكرانية.",
     ("ASSAULT", "heavy-weapons", "RUS", "UKR")),
])
def test_the_specific_attack_inside_the_general_form(pipeline: Pipeline, text: str,
                                                     event: tuple) -> None:
    assert event in typed_events(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "event"), [
    # no specific noun inside: the general attack stays
    ("أصيب ثلاثة جنود برصاص قوات الدعم السريع في مدينة الفاشر.",
     ("ASSAULT", None, "ORG:rsf", "SDN")),
    ("شنت إسرائيل ضربة جوية على مدينة غزة.", ("ASSAULT", None, "ISR", "PSE")),
])
def test_the_general_attack_stays_without_a_specific_one(pipeline: Pipeline, text: str,
                                                         event: tuple) -> None:
    assert event in typed_events(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "wrong"), [
    # a possessor away from the noun is still no doer
    ("قتل ثلاثة أشخاص في ضربة جوية استهدفت مواقع لحزب الله في جنوب لبنان.",
     "ORG:hezbollah"),
    # a blow to the economy is no strike
    ("وجهت العقوبات ضربة قوية للاقتصاد الروسي.", "RUS"),
])
def test_no_doer_away_from_the_noun(pipeline: Pipeline, text: str, wrong: str) -> None:
    assert all(e[2] != wrong for e in typed_events(pipeline, text, "ar"))
