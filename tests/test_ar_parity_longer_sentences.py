"""Arabic constructions the English version of the same news item already reads, lost in
the Arabic one (dev-set tune gap, ar missed / en found), each with sentences of our own."""

import pytest

from conftest import event_quads


def _pairs(pipeline, text: str, event_type: str) -> set[tuple[str, str]]:
    return {(s, t) for s, ty, t, _ in event_quads(pipeline, text, "ar") if ty == event_type}


@pytest.mark.parametrize("text, pair", [
    # "A French court convicted a Belgian man of fraud"
    ("أدانت محكمة فرنسية رجلاً بلجيكياً بتهمة الاحتيال.", ("FRA", "BEL")),
    # "The supreme court in Madrid convicted a Moroccan citizen"
    ("أدانت المحكمة العليا في مدريد مواطناً مغربياً بالاتجار بالمخدرات.", ("ESP", "MAR")),
    # "An Italian judge convicted a Tunisian national"
    ("وأدان قاضٍ إيطالي مواطناً تونسياً بتهمة السرقة.", ("ITA", "TUN")),
])
def test_a_court_that_condemns_someone_convicts_them(pipeline, text, pair):
    assert pair in _pairs(pipeline, text, "SANCTION")


@pytest.mark.parametrize("text", [
    # "France condemned the Belgian man's attack": a state that condemns convicts no one
    "أدانت فرنسا هجوم الرجل البلجيكي.",
    # "The court's ruling condemned by Spain": the court is condemned, not the one convicting
    "أدانت إسبانيا حكم المحكمة المغربية.",
])
def test_a_condemnation_by_a_state_is_no_conviction(pipeline, text):
    assert not _pairs(pipeline, text, "SANCTION")
