"""Arabic boycott verb (protest_boycott): its perfect with an object pronoun ("قاطعته",
"قاطعوه") is a boycott, as English "boycotted by"; the bare imperfect "تقاطع" (an
intersection, "تقاطع المصالح") and the adjective "قاطعة" (categorical) are not."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


def boycotts(pipeline: Pipeline, text: str) -> set[tuple]:
    return {e for e in event_quads(pipeline, text, "ar") if e[1] == "PROTEST"}


@pytest.mark.parametrize("text", [
    "صوت الكنيست الإسرائيلي على تأييد الخطة، في تصويت قاطعته الأحزاب المشاركة في الحكومة.",
    "أقر البرلمان الإسرائيلي القانون في جلسة قاطعوها احتجاجا.",
])
def test_perfect_with_object_pronoun_is_a_boycott(pipeline, text):
    assert ("ISR", "PROTEST", "ISR", "actual") in boycotts(pipeline, text)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود أمريكيين عند تقاطع طرق في مدينة مكسيكو.",
    "رفضت إيران بصورة قاطعة المقترح الأمريكي.",
    "تحدث الوزير عن تقاطع المصالح بين روسيا والصين.",
])
def test_intersection_and_categorical_are_no_boycott(pipeline, text):
    assert not boycotts(pipeline, text)
