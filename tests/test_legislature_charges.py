"""A legislature's formal steps against an official: a subpoena asks (REQUEST), an
impeachment inquiry and a contempt vote charge (ACCUSE, allege); the summoning of an envoy
stays a protest. Sentences of our own writing."""

from __future__ import annotations

import pytest

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    "أصدر البرلمان الكيني، يوم الثلاثاء، أمر استدعاء لوزير المالية جون مبادي لتقديم سجلات.",
    "أصدرت المحكمة العليا في كينيا مذكرة استدعاء لوزير الداخلية.",
])
def test_a_subpoena_asks_for_documents(pipeline, text: str) -> None:
    found = events(pipeline, text, "ar")
    assert ("KEN", "REQUEST", "KEN") in found
    assert ("KEN", "ACCUSE", "KEN") not in found


def test_the_summoning_of_an_envoy_stays_a_protest(pipeline) -> None:
    found = events(pipeline, "استدعت كينيا سفير أوغندا احتجاجاً على التصريحات.", "ar")
    assert ("KEN", "ACCUSE", "UGA") in found


@pytest.mark.parametrize("text", [
    "أصدرت الخارجية الكينية مذكرة استدعاء للسفير الأوغندي احتجاجاً على التصريحات.",
    "أصدرت وزارة الخارجية الكينية أمر استدعاء للسفير الأوغندي.",
])
def test_a_summons_order_for_an_envoy_is_no_subpoena(pipeline, text: str) -> None:
    # "مذكرة استدعاء للسفير": the envoy's summons (a protest), not a request for documents
    found = events(pipeline, text, "ar")
    assert ("KEN", "ACCUSE", "UGA") in found
    assert not any(t[1] == "REQUEST" for t in found), found


def test_a_state_of_contempt_is_no_contempt_vote(pipeline) -> None:
    # no vote or decision holds anyone in contempt: "a country living in contempt of the law"
    found = events(pipeline, "قال الرئيس البرازيلي إن البلاد تعيش في حالة ازدراء للقانون.", "ar")
    assert not any(t[1] == "ACCUSE" for t in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "فتح البرلمان البرازيلي تحقيقاً رسمياً لعزل الرئيس البرازيلي."),
    ("ar", "صوّت البرلمان البرازيلي على قواعد تحقيق العزل الجاري بحق الرئيس البرازيلي."),
    ("ar", "صوّت البرلمان البرازيلي على اعتبار وزير العدل في حالة ازدراء للبرلمان."),
    ("en", "The Brazilian parliament opened an impeachment investigation into the Brazilian "
           "president."),
])
def test_an_impeachment_inquiry_or_a_contempt_vote_charges_the_official(
        pipeline, lang: str, text: str) -> None:
    assert ("BRA", "ACCUSE", "BRA") in events(pipeline, text, lang)
