"""Who gives and who receives money lent or invested (session 49, sentences of our own
writing): a lending programme a body approves in Arabic ("وافق صندوق النقد الدولي على
برنامج بقيمة ..."), as the English "approved a $N billion programme"; each with near-misses
that must not read so."""

from __future__ import annotations

import pytest

from conftest import event_quads, fact_quads


def _pairs(quads):
    return {(s, o) for s, _, o, _ in quads}


@pytest.mark.parametrize("text", [
    "وفي العام الماضي وافق صندوق النقد الدولي على برنامج بقيمة ملياري دولار للأردن.",
    "وكان البنك الدولي قد وافق في وقت سابق من العام على زيادة برنامج قرضه للأردن إلى 3"
    " مليارات دولار.",
])
def test_a_programme_a_lender_approves_is_its_aid(pipeline, text):
    facts = fact_quads(pipeline, text, "ar")
    lender = "IMF" if "النقد" in text else "WORLD_BANK"
    assert (lender, "JOR") in {(s, o) for s, p, o, _ in facts if p == "aid_to"}
    assert (lender, "JOR") in {(s, o) for s, t, o, _ in event_quads(pipeline, text, "ar")
                               if t == "AID"}


def test_a_lenders_programme_with_no_receiver_named_goes_to_the_focal_state(pipeline):
    text = ("يعاني الاقتصاد التونسي من أزمة حادة. وقد وافق صندوق النقد الدولي في مارس على"
            " برنامج بقيمة 1.9 مليار دولار.")
    assert ("IMF", "TUN") in {(s, o) for s, p, o, _ in fact_quads(pipeline, text, "ar")
                              if p == "aid_to"}


@pytest.mark.parametrize("text", [
    # a state's own programme is spent at home
    "أطلقت الحكومة المصرية برنامجاً بقيمة 5 مليارات دولار لدعم المصدرين.",
    # a programme of another kind approved by a state
    "وافقت الحكومة الأردنية على برنامج التعاون الثقافي مع المغرب.",
])
def test_a_programme_no_lender_approves_is_no_aid(pipeline, text):
    facts = fact_quads(pipeline, text, "ar")
    assert not [f for f in facts if f[1] == "aid_to"]
