"""The Arabic passive charge with the charged one described at length between "إلى" and the
charges ("وُجّهت إلى السيدة الأولى السابقة في كوريا الجنوبية ... تهم"; en "X was charged
with"): an accusation by the charged one's own state, on sentences of our own writing, with
near-misses that must not fire."""

from __future__ import annotations

import pytest

from conftest import event_triples


def accusations(pipeline, text: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, "ar") if k == "ACCUSE"}


@pytest.mark.parametrize(("text", "state"), [
    ("وُجّهت إلى السيدة الأولى السابقة في كوريا الجنوبية كيم كون هي تهم تلقي الرشوة.", "KOR"),
    ("وُجّهت إلى زوجة رئيس الوزراء الياباني السابق في طوكيو تهمة التهرب الضريبي.", "JPN"),
    ("وجهت إلى الرجل الذي أطلق النار في مدينة ليون الفرنسية تهمة القتل العمد.", "FRA"),
    ("ووُجّهت إلى نائب وزير الدفاع البرازيلي السابق في ولاية ساو باولو تهمة الفساد.", "BRA"),
])
def test_passive_charges_after_a_long_description(pipeline, text, state):
    assert (state, state) in accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    # an invitation, strikes, a letter directed to someone: no charges
    "وجهت إلى الوزير الفرنسي دعوة لزيارة بلاده، في زيارة تهم البلدين.",
    "وجهت إلى إيران ضربات قوية خلال الأسبوع الماضي بعد تهم بالتخريب.",
    "وجهت إلى الحكومة المصرية أسئلة كثيرة حول قضايا تهم المواطنين.",
    "وُجّهت إلى رئيس الوزراء الياباني رسالة من الوزير يطلب فيها إسقاط تهم الفساد.",
])
def test_no_charge_directed_through_another_noun(pipeline, text):
    assert not accusations(pipeline, text)
