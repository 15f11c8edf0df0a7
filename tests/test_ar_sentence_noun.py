"""A sentence named as a noun in Arabic ("حكم الإعدام", "الحكم بسجن X"), upheld or confirmed by
a court, is a conviction, as the English "death sentence", "prison sentence" read (tune
wcep:2025-01-28:016.ar "ثبّتت محكمة مقاطعة كيوتو حكم الإعدام الصادر بحق", wcep:2025-05-17:011.ar
"وأيدت حكم الإعدام الصادر بحقه"). Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("ar", "ثبّتت محكمة يابانية حكم الإعدام الصادر بحق رجل قتل ستة وثلاثين شخصاً.", "JPN"),
    ("ar", "أيدت محكمة مصرية الحكم بسجن الناشط خمس سنوات.", "EGY"),
    ("ar", "وأيدت محكمة إيرانية أحكام الإعدام الصادرة بحق ثلاثة رجال.", "IRN"),
    ("en", "A Japanese court upholds the death sentence of a man convicted of murder.", "JPN"),
])
def test_an_upheld_sentence_is_a_conviction(pipeline: Pipeline, lang: str, text: str,
                                            state: str) -> None:
    found = typed_events(pipeline, text, lang)
    assert ("SANCTION", "convict", state, state) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "دعت منظمة العفو الدولية إيران إلى إلغاء عقوبة الإعدام."),
    ("ar", "قال الوزير إن حكم القانون يجب أن يسود في البلاد."),
])
def test_a_penalty_or_rule_named_is_no_conviction(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    found = typed_events(pipeline, text, lang)
    assert not any(kind == "SANCTION" for kind, *_ in found), found
