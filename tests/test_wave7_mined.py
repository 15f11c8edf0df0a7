"""Triggers mined from labelled data (wave 7), Arabic and English, each with sentences of
our own."""

from conftest import event_quads


def test_a_court_ordering_a_party_to_pay_sanctions_it(pipeline):
    text = "A court in Nairobi, Kenya, ordered the British army to pay compensation to herders."
    assert ("KEN", "SANCTION", "GBR", "actual") in event_quads(pipeline, text)
    # the passive: the one ordered to pay is still the target
    text = "Shell was ordered to pay $20 million by a Dutch court."
    assert ("NLD", "SANCTION", "ORG:shell", "actual") in event_quads(pipeline, text)
    # an order to do something else is no sanction
    text = "Kenya ordered the British army to hold its exercises elsewhere."
    assert not any(e[1] == "SANCTION" for e in event_quads(pipeline, text))


def test_a_court_ordering_a_party_to_pay_sanctions_it_arabic(pipeline):
    # "a Kenyan court ordered the British army to pay compensation to herders"
    text = "أمرت محكمة كينية الجيش البريطاني بدفع تعويضات لرعاة الماشية."
    assert ("KEN", "SANCTION", "GBR", "actual") in event_quads(pipeline, text, "ar")
    # "the appeals court upheld obliging France to pay ..." (إلزام)
    text = "أيدت محكمة الاستئناف الكينية إلزام فرنسا بدفع غرامة قدرها مليون دولار."
    assert ("KEN", "SANCTION", "FRA", "actual") in event_quads(pipeline, text, "ar")
    # an order to do something else is no sanction
    text = "أمرت كينيا الجيش البريطاني بإجراء تدريباته في مكان آخر."
    assert not any(e[1] == "SANCTION" for e in event_quads(pipeline, text, "ar"))
