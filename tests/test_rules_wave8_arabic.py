"""Wave 8, second round (Arabic): constructions where the Arabic rendering of an item missed
an event its English rendering read right, met in several Arabic sources.

The ranks of a force named with it after a preposition ("جنود من الجيش المكسيكي", "عنصر في
الشرطة") act for the force, as the members of a parliament act for it: the force is the
clause's subject, not a name a preposition governs.

"زعم" and "ادعى" (claimed) report speech as "قال" does: a hostile act another actor did,
stated as what is claimed, is also the claimant's accusation of its doer (en "claims that")."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("text", "expected"), [
    ("فتح جنود من الجيش البوليفي النار على متظاهرين في لاباز.",
     ("BOL", "ASSAULT", "BOL", "actual")),
    ("أطلق عنصر من الشرطة الكينية النار على محتجين أمام البرلمان.",
     ("KEN", "ASSAULT", "KEN", "actual")),
    ("فتح جنود من الجيش السوداني النار على قافلة تابعة للجيش التشادي.",
     ("SDN", "ASSAULT", "TCD", "actual")),
])
def test_ranks_of_a_force_act_for_it(pipeline, text, expected):
    assert expected in event_quads(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "expected"), [
    ("زعمت أرمينيا أن القوات الأذربيجانية قصفت بلدة غوريس الأرمينية.",
     {("ARM", "ACCUSE", "AZE", "actual"), ("AZE", "ASSAULT", "ARM", "actual")}),
    ("وادعى الرئيس الصومالي أن القوات الإثيوبية قصفت مواقع للجيش الصومالي.",
     {("SOM", "ACCUSE", "ETH", "actual"), ("ETH", "ASSAULT", "SOM", "actual")}),
])
def test_claimed_hostile_act_is_the_claimants_accusation(pipeline, text, expected):
    assert expected <= event_quads(pipeline, text, "ar")


def test_claim_of_no_hostile_act_accuses_no_one(pipeline):
    text = "وزعم الجيش الإسرائيلي أن الشاحنة عبرت الحدود ليلا."
    assert not any(kind == "ACCUSE" for _, kind, _, _ in event_quads(pipeline, text, "ar"))


def test_leaders_are_no_claim(pipeline):
    # "زعماء" (leaders) begins like "زعم": no speech verb, the meeting stays the leaders'
    text = "التقى زعماء مصر والأردن في القاهرة وبحثوا العلاقات الثنائية."
    assert not any(kind == "ACCUSE" for _, kind, _, _ in event_quads(pipeline, text, "ar"))


@pytest.mark.parametrize(("text", "expected"), [
    # a subject of several words between the verb and "النار"
    ("أطلق جهاز الحرس الرئاسي الغاني النار على متظاهرين في أكرا.",
     ("GHA", "ASSAULT", "GHA", "actual")),
    ("فتح ضابط في الشرطة العسكرية الكينية النار على محتجين في نيروبي.",
     ("KEN", "ASSAULT", "KEN", "actual")),
    # a man, a suspect: people shot at or arrested, as en "man", "suspect"
    ("أطلقت الشرطة النيجيرية النار على رجل أعزل في لاغوس.",
     ("NGA", "ASSAULT", "NGA", "actual")),
    ("فككت الشرطة البرتغالية شبكة لتهريب المهاجرين إلى إسبانيا، واعتقلت خمسة مشتبهاً بهم.",
     ("PRT", "COERCE", "PRT", "actual")),
])
def test_fire_opened_by_a_long_subject_on_people(pipeline, text, expected):
    assert expected in event_quads(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "فتح الاتفاق بين كينيا والصومال الباب أمام وقف إطلاق النار على الحدود.",
    "فتح رجل النار خارج مبنى البرلمان الكيني في نيروبي.",
])
def test_no_fire_opened(pipeline, text):
    assert not any(kind == "ASSAULT" for _, kind, _, _ in event_quads(pipeline, text, "ar"))
