"""Cooperation, contacts and talks stopped, frozen or ended: a discontinuing SANCTION of the
other party, not the cooperation itself nor (Arabic "أوقف", "إيقاف") an arrest
(lang/<code>/frames.yaml `sanction_discontinue`, `sanction_suspend`, `coerce_arrest`
`not_after`). Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events

STOPPED = [
    ("en", "Egypt announced it was stopping its security cooperation with Israel.", "EGY", "ISR"),
    ("en", "Turkey ended its military cooperation with Sweden on Monday.", "TUR", "SWE"),
    ("en", "Mali halted all contacts with Algeria.", "MLI", "DZA"),
    ("en", "Peru froze talks with Chile over the border dispute.", "PER", "CHL"),
    ("ar", "أوقفت مصر تعاونها الأمني مع إسرائيل.", "EGY", "ISR"),
    ("ar", "جمدت الكويت علاقاتها مع العراق.", "KWT", "IRQ"),
    ("ar", "قررت تونس إيقاف التعاون مع ليبيا.", "TUN", "LBY"),
    ("ar", "أعلنت الجزائر تجميد الاتصالات مع المغرب.", "DZA", "MAR"),
    # support stopped is support discontinued, not support given
    ("en", "Canada stopped its military support for Ukraine.", "CAN", "UKR"),
    ("ar", "قررت كندا إيقاف الدعم لأوكرانيا.", "CAN", "UKR"),
]


@pytest.mark.parametrize(("lang", "sentence", "source", "target"), STOPPED)
def test_stopped_cooperation_is_a_discontinuing_sanction(pipeline: Pipeline, lang: str,
                                                         sentence: str, source: str,
                                                         target: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert ("SANCTION", "discontinue", source, target) in found, found
    assert not {t for t, *_ in found} & {"COOPERATE", "COERCE"}, found


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # talks that ended (concluded) are talks held, not broken off
    ("en", "Japan and Korea ended their talks with a joint statement.", ""),
    # cooperation called for is no cooperation stopped
    ("en", "Egypt called for an end to the fighting and for cooperation with Israel.",
     "REQUEST"),
    # an act stopped for, during or after talks leaves the talks alone
    ("en", "Pakistan halted strikes for talks with Afghanistan.", ""),
    ("en", "Armenia paused shelling during dialogue with Azerbaijan.", ""),
    ("en", "The Houthis stopped attacks after contacts with Oman.", ""),
    ("ar", "أوقفت باكستان الغارات بعد الاتصالات مع أفغانستان.", ""),
    ("ar", "جمدت إسرائيل الاستيطان قبل المحادثات مع الفلسطينيين.", ""),
    # "أوقف" and "إيقاف" of a person stay arrests
    ("ar", "أعلنت الشرطة التركية إيقاف صحفي سويدي في إسطنبول.", "COERCE"),
    ("ar", "أوقفت السلطات التركية صحفيا سويديا.", "COERCE"),
    # people stopped for their cooperation with another state are arrested, no ties cut
    ("ar", "أوقفت الشرطة التونسية أربعة رجال بتهمة التعاون مع ليبيا.", "COERCE"),
    ("ar", "جمدت السلطات الكويتية أموال رجل أعمال بسبب علاقاته مع العراق.", ""),
])
def test_look_alikes_keep_their_own_reading(pipeline: Pipeline, lang: str, sentence: str,
                                            expected: str) -> None:
    types = {t for t, *_ in typed_events(pipeline, sentence, lang)}
    assert (not expected or expected in types) and "SANCTION" not in types, types


@pytest.mark.parametrize("sentence", [
    "قررت الحكومة المصرية إيقاف تصدير الغاز إلى الأردن.",
    "دعت مصر إسرائيل إلى إيقاف إطلاق النار في غزة.",
])
def test_an_act_stopped_is_no_arrest(pipeline: Pipeline, sentence: str) -> None:
    assert not any(m == "arrest" for _, m, *_ in typed_events(pipeline, sentence, "ar"))
