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


def test_troops_counted_in_the_accusative_are_deployed_arabic(pipeline):
    # "Namibia deployed 540 soldiers on the border with Angola": after 11-99 the counted
    # noun is an accusative singular (جندياً), as English "deploys 540 soldiers"
    text = "نشرت ناميبيا 540 جندياً على الحدود مع أنغولا."
    assert ("NAM", "MOBILIZE", "AGO", "actual") in event_quads(pipeline, text, "ar")
    text = "أرسلت تركيا 25 عنصراً إلى الصومال."
    assert ("TUR", "MOBILIZE", "SOM", "actual") in event_quads(pipeline, text, "ar")
    text = "نشرت كينيا 40 شرطياً في هايتي."
    assert ("KEN", "MOBILIZE", "HTI", "actual") in event_quads(pipeline, text, "ar")


def test_spoke_with_a_counterpart_is_consultation_arabic(pipeline):
    # as English "spoke with X" (the talks frame)
    text = "قالت رئيسة الوزراء التايلاندية إنها تحدثت مع رئيس الوزراء الكمبودي."
    assert ("THA", "CONSULT", "KHM", "actual") in event_quads(pipeline, text, "ar")
    text = "تحدث الرئيس الفرنسي مع نظيره الأمريكي بشأن أوكرانيا."
    assert ("FRA", "CONSULT", "USA", "actual") in event_quads(pipeline, text, "ar")
    # speaking to the press is no consultation
    text = "تحدث الرئيس الفرنسي إلى الصحفيين في باريس."
    assert not any(e[1] == "CONSULT" for e in event_quads(pipeline, text, "ar"))


def test_a_crowd_of_thousands_that_gathers_protests(pipeline):
    # as Arabic "احتشد"; the crowd counted in thousands or hundreds is what makes it a rally
    text = "Thousands of people gathered outside the parliament in Lisbon, Portugal."
    assert ("PRT", "PROTEST", "PRT", "actual") in event_quads(pipeline, text)
    text = "Tens of thousands gather in Warsaw, Poland, for an opposition march."
    assert ("POL", "PROTEST", "POL", "actual") in event_quads(pipeline, text)
    # leaders who gather hold a summit, not a protest
    text = "European leaders gather in Lisbon, Portugal, for a summit on migration."
    assert not any(e[1] == "PROTEST" for e in event_quads(pipeline, text))
    text = "Villagers gather firewood near the border in Tigray, Ethiopia."
    assert not any(e[1] == "PROTEST" for e in event_quads(pipeline, text))


def test_collaborating_with_a_state_is_cooperation(pipeline):
    # as "cooperate with" (Arabic "تعاون" reads both)
    text = "Kenya collaborated with Ethiopia on border security."
    assert ("KEN", "COOPERATE", "ETH", "actual") in event_quads(pipeline, text)
    text = "Peru says it will collaborate with Chile on fighting drug trafficking."
    assert ("PER", "COOPERATE", "CHL", "planned") in event_quads(pipeline, text)
    # a credit, not an act between states
    text = "The song was recorded in collaboration with a Nigerian singer."
    assert not any(e[1] == "COOPERATE" for e in event_quads(pipeline, text))


def test_strikes_launched_or_on_a_target_are_an_assault_arabic(pipeline):
    # as English "strikes on X", "killed in Israeli strikes"
    text = "شنت تركيا ضربات على مواقع تابعة لحزب العمال الكردستاني في العراق."
    found = event_quads(pipeline, text, "ar")
    assert any(e[0] == "TUR" and e[1] == "ASSAULT" for e in found)
    text = "قُتل عشرون سودانياً في ضربات تشادية قرب الحدود."
    assert ("TCD", "ASSAULT", "SDN", "actual") in event_quads(pipeline, text, "ar")
    # a blow to the economy is no attack
    text = "وجّهت العقوبات الأوروبية ضربة قوية للاقتصاد الروسي."
    assert not any(e[1] == "ASSAULT" for e in event_quads(pipeline, text, "ar"))
