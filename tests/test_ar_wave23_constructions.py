"""Arabic event constructions of the third wave, each with sentences of our own."""

from conftest import event_quads


def test_future_concession_is_the_concession(pipeline):
    # "Japan will lift the restrictions on Iran": an announced concession is a CONCEDE
    found = event_quads(pipeline, "أعلن رئيس الوزراء الياباني أن اليابان سترفع القيود "
                        "المفروضة على إيران.", "ar")
    assert ("JPN", "CONCEDE", "IRN", "actual") in found


def test_future_meeting_stays_planned(pipeline):
    found = event_quads(pipeline, "سيلتقي الرئيس الفرنسي نظيره البرازيلي في باريس.", "ar")
    assert all(q[3] == "planned" for q in found if q[1] == "CONSULT")
