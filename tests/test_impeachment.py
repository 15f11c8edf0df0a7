"""An impeachment or a removal by a legislature or a court removes the official (SANCTION,
convict, within the state), in both languages ("votes to impeach", "the impeachment of",
"removes X from power", "صوّت على عزله", "قرار عزل الرئيس", "عزل ... من السلطة"); an
impeachment complaint is the charge (ACCUSE), not the removal (issue 9, the type of a pair)."""

from __future__ import annotations

import pytest

from conftest import event_quads

REMOVAL = [
    ("en", "Peru's Congress votes to impeach President Luis Mora.", "PER"),
    ("en", "The Senate of Paraguay approves the impeachment of Vice President Ana Gómez.", "PRY"),
    ("en", "Ecuador's National Assembly removes President Luis Mora from power.", "ECU"),
    ("ar", "صوّت البرلمان البيروفي على عزله بعد أسابيع من الاحتجاجات في ليما.", "PER"),
    ("ar", "أيّدت المحكمة العليا في الإكوادور قرار عزل الرئيس لويس مورا.", "ECU"),
    ("ar", "عزل البرلمان الإكوادوري الرئيس لويس مورا من السلطة.", "ECU"),
]


@pytest.mark.parametrize(("lang", "text", "state"), REMOVAL)
def test_impeachment_removes_the_official(pipeline, lang, text, state):
    assert (state, "SANCTION", state, "actual") in event_quads(pipeline, text, lang)


COMPLAINT = [
    ("en", "The Paraguayan Congress files an impeachment complaint against Vice President "
           "Ana Gómez.", "PRY"),
    ("ar", "قدّم الكونغرس الباراغوياني شكوى عزل ضد نائبة الرئيس آنا غوميز.", "PRY"),
]


@pytest.mark.parametrize(("lang", "text", "state"), COMPLAINT)
def test_an_impeachment_complaint_is_a_charge(pipeline, lang, text, state):
    found = event_quads(pipeline, text, lang)
    assert (state, "ACCUSE", state, "actual") in found
    assert (state, "SANCTION", state, "actual") not in found


# Review 18/2 finding 5: what is no removal of a state's own official: isolating someone
# ("على عزله دولياً"), a foreign state wanting a leader gone, a motion or a process only being
# prepared, and an impeachment that failed
NOT_REMOVAL = [
    ("ar", "عملت واشنطن على عزله دولياً بعد الانتخابات."),
    ("en", "The United States wants to remove Maduro from power in Venezuela."),
    ("ar", "تسعى الولايات المتحدة إلى عزل الرئيس الفنزويلي مادورو من السلطة."),
    ("en", "The Paraguayan Congress filed a motion for the impeachment of Vice President Ana "
           "Gómez."),
    ("en", "The Paraguayan Congress is preparing the impeachment of Vice President Ana Gómez."),
    ("en", "Peru's Congress failed to impeach President Luis Mora."),
    ("ar", "فشل البرلمان البيروفي في عزل الرئيس لويس مورا."),
    # an inquiry whose aim is a removal: "لعزل الرئيس" states the aim, not the act
    ("ar", "قال البرلمان الكوري إنه يمضي في تحقيق رسمي لعزل الرئيس يون."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_REMOVAL)
def test_no_removal_of_an_own_official(pipeline, lang, text):
    found = event_quads(pipeline, text, lang)
    assert not any(t == "SANCTION" for _, t, _, _ in found)
