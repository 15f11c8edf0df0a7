"""Arabic event constructions of wave 2 (helper wA7), each with sentences of our own."""

from conftest import event_quads, fact_quads


def test_reaching_a_deal_with_both_parties_between_is_agree(pipeline):
    # "Chile and Peru reached a fisheries agreement": AGREE and agreement_with
    text = "توصلت تشيلي والبيرو إلى اتفاقية لتنظيم الصيد البحري."
    assert ("CHL", "AGREE", "PER", "actual") in event_quads(pipeline, text, "ar")
    assert ("CHL", "agreement_with", "PER", "actual") in fact_quads(pipeline, text, "ar")
    assert not any(q[1] == "SUPPORT" for q in event_quads(pipeline, text, "ar"))


def test_failing_to_reach_a_deal_states_no_agreement(pipeline):
    # "the minister resigned after failing to reach a deal with Ghana"
    text = "استقال وزير الخارجية النيجيري بعد إخفاقه في التوصل إلى اتفاق مع غانا."
    assert not any(q[1] == "agreement_with" for q in fact_quads(pipeline, text, "ar"))
    assert not any(q[1] == "AGREE" and q[3] != "negated" for q in event_quads(pipeline, text, "ar"))


def test_lifting_its_own_sanctions_or_suspension_concedes(pipeline):
    # "Canada lifted its sanctions on Syria"
    found = event_quads(pipeline, "رفعت كندا عقوباتها عن سوريا.", "ar")
    assert ("CAN", "CONCEDE", "SYR", "actual") in found
    # "Japan lifted its suspension of economic aid to Myanmar"
    found = event_quads(pipeline, "رفعت اليابان تعليقها للمساعدات الاقتصادية إلى ميانمار.", "ar")
    assert ("JPN", "CONCEDE", "MMR", "actual") in found
    assert not any(q[1] == "SANCTION" for q in found)


def test_an_act_after_a_purpose_marker_is_planned(pipeline):
    # "the Italian minister went to Tripoli to press for the release of the hostages"
    found = event_quads(pipeline, "توجه الوزير الإيطالي إلى ليبيا للضغط من أجل إطلاق سراح "
                        "الرهائن.", "ar")
    assert not any(q[1] == "RETREAT" and q[3] == "actual" for q in found)
    # "Turkey sent its envoy with the aim of restoring relations with Egypt"
    found = event_quads(pipeline, "أرسلت تركيا مبعوثها إلى القاهرة بهدف إعادة العلاقات مع "
                        "مصر.", "ar")
    assert not any(q[3] == "actual" and q[2] == "EGY" and q[1] != "CONSULT" for q in found)


def test_a_purpose_word_inside_a_name_is_no_cue(pipeline):
    # "Germany banned the Alternative for Germany party": the name holds "من أجل"
    found = event_quads(pipeline, "حظرت ألمانيا حزب البديل من أجل ألمانيا.", "ar")
    assert not any(q[3] == "planned" for q in found)
