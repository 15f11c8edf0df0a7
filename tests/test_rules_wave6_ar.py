"""Arabic constructions of wave 6 (modality and reading), each with sentences of our own."""

from conftest import event_quads


def test_a_scheduling_word_after_a_noun_trigger_makes_its_act_planned(pipeline):
    # "a scheduled visit by its prime minister to Cyprus will take place in May"
    text = "أكدت اليونان أن زيارة مقررة لرئيس وزرائها إلى قبرص ستتم في مايو."
    found = event_quads(pipeline, text, "ar")
    assert ("GRC", "CONSULT", "CYP", "planned") in found
    # "an expected visit" (مرتقبة), announced
    found = event_quads(pipeline, "أعلنت اليونان عن زيارة مرتقبة لرئيس وزرائها إلى قبرص.", "ar")
    assert ("GRC", "CONSULT", "CYP", "planned") in found
    # an adjective between the noun and the word: "the scheduled phone call between ..."
    text = "وناقش الوزيران الاتصال الهاتفي المقرر بين الرئيس الأمريكي ونظيره الروسي."
    found = event_quads(pipeline, text, "ar")
    assert ("USA", "CONSULT", "RUS", "planned") in found


def test_a_noun_trigger_with_no_scheduling_word_stays_actual(pipeline):
    found = event_quads(pipeline, "أعلنت اليونان عن زيارة لرئيس وزرائها إلى قبرص.", "ar")
    assert ("GRC", "CONSULT", "CYP", "actual") in found


def test_what_an_act_prepares_is_planned(pipeline):
    # "Russia massed its forces on the border in preparation for invading Ukraine"
    found = event_quads(pipeline, "حشدت روسيا قواتها على الحدود تمهيداً لاجتياح أوكرانيا.", "ar")
    assert ("RUS", "ASSAULT", "UKR", "planned") in found
    assert ("RUS", "ASSAULT", "UKR", "actual") not in found
