"""Fact constructions of pledges, aid and agreements (recall on unseen reporting), each
with sentences of our own."""

from conftest import event_quads, fact_quads


def _pair(found: set[tuple], a: str, predicate: str, b: str) -> bool:
    return any(q[1] == predicate and {q[0], q[2]} == {a, b} for q in found)


def test_an_organisation_after_an_arabic_verb_is_its_subject_not_the_instrument(pipeline):
    # "The EU signed an agreement with Tunisia"
    found = fact_quads(pipeline, "وقّع الاتحاد الأوروبي اتفاقية للهجرة مع تونس.", "ar")
    assert _pair(found, "EU", "agreement_with", "TUN")
    # "The IMF signed a memorandum of understanding with Egypt"
    found = fact_quads(pipeline, "وقّع صندوق النقد الدولي مذكرة تفاهم مع مصر.", "ar")
    assert _pair(found, "IMF", "agreement_with", "EGY")
    # "The UN and Iraq signed an agreement"
    found = fact_quads(pipeline, "وقّعت الأمم المتحدة والعراق اتفاقية جديدة.", "ar")
    assert _pair(found, "UN", "agreement_with", "IRQ")
    found = event_quads(pipeline, "وقّعت منظمة الصحة العالمية اتفاقاً مع الأردن.", "ar")
    assert any(q[1] == "SUPPORT" and {q[0], q[2]} == {"WHO", "JOR"} for q in found)


def test_an_organisation_named_by_its_treaty_after_signing_is_the_instrument(pipeline):
    # "the signing of the Collective Security Treaty with Armenia and Belarus"
    found = fact_quads(pipeline, "وجرى توقيع معاهدة الأمن الجماعي مع أرمينيا وبيلاروس.", "ar")
    assert not any("CSTO" in (q[0], q[2]) for q in found)


def test_aid_approved_by_a_lender_named_inside_the_approval_is_its_aid(pipeline):
    # "The World Bank approved an emergency aid package for Jordan"
    found = fact_quads(pipeline, "وافق البنك الدولي على حزمة مساعدات طارئة للأردن.", "ar")
    assert ("WORLD_BANK", "aid_to", "JOR", "actual") in found


def test_aid_two_states_agree_to_provide_is_planned_by_each(pipeline):
    # "Qatar and Turkey agreed to provide aid to Syria"
    found = fact_quads(pipeline, "اتفقت قطر وتركيا على تقديم مساعدات لسوريا.", "ar")
    assert ("QAT", "aid_to", "SYR", "planned") in found
    assert ("TUR", "aid_to", "SYR", "planned") in found
    assert not any(q[1] == "aid_to" and q[3] == "actual" for q in found)


def test_a_sum_lent_granted_sent_or_disbursed_to_a_receiver_is_aid(pipeline):
    assert ("AFDB", "aid_to", "KEN", "actual") in fact_quads(
        pipeline, "The African Development Bank lends $250 million to Kenya.")
    assert ("CHN", "aid_to", "LAO", "actual") in fact_quads(
        pipeline, "China grants Laos $80 million for a new hospital.")
    assert ("IMF", "aid_to", "PAK", "actual") in fact_quads(
        pipeline, "The IMF approves the disbursement of $1 billion to Pakistan.")
    assert ("KWT", "aid_to", "JOR", "actual") in fact_quads(
        pipeline, "Kuwait earmarks $30 million for Jordan.")
    assert ("IND", "aid_to", "LKA", "actual") in fact_quads(
        pipeline, "India extends a $100 million credit line to Sri Lanka.")
    # Arabic: "China granted Nepal 100 million dollars", "Turkey announced a credit line for Syria"
    assert ("CHN", "aid_to", "NPL", "actual") in fact_quads(
        pipeline, "منحت الصين نيبال 100 مليون دولار.", "ar")
    assert ("TUR", "aid_to", "SYR", "actual") in fact_quads(
        pipeline, "أعلنت تركيا عن خط ائتمان بقيمة 500 مليون دولار لسوريا.", "ar")
    assert ("AFDB", "aid_to", "GHA", "actual") in fact_quads(
        pipeline, "أقرض بنك التنمية الأفريقي غانا 300 مليون دولار.", "ar")


def test_a_sum_committed_to_a_receiver_is_aid_promised(pipeline):
    assert ("NZL", "aid_to", "FJI", "planned") in fact_quads(
        pipeline, "New Zealand commits $15 million to Fiji.")


def test_a_sum_approved_or_an_exchange_rate_names_no_aid(pipeline):
    assert not fact_quads(pipeline, "The Senate approves a $95 billion budget.")
    assert not fact_quads(pipeline, "ارتفع سعر صرف الدولار إلى 50 جنيها في مصر.", "ar")


def test_an_agreement_signed_with_a_company_is_an_agreement_with_it(pipeline):
    # as the Arabic sign frame: a company is a party ("signs a deal with Boeing")
    found = fact_quads(pipeline, "Qatar signs a contract agreement with Boeing to buy "
                       "40 aircraft for flights to Brazil.")
    assert _pair(found, "QAT", "agreement_with", "ORG:boeing")
    assert not _pair(found, "QAT", "agreement_with", "BRA")


def test_a_package_worth_a_sum_for_a_receiver_is_aid(pipeline):
    assert ("KOR", "aid_to", "VNM", "actual") in fact_quads(
        pipeline, "South Korea unveils a $300 million package for Vietnam.")
    # "The EU announced a package worth 2 billion euros to support Jordan's economy"
    assert ("EU", "aid_to", "JOR", "actual") in fact_quads(
        pipeline, "أعلن الاتحاد الأوروبي عن حزمة بقيمة ملياري يورو لدعم اقتصاد الأردن.", "ar")
    # a state's own package for its economy is no aid
    assert not fact_quads(pipeline, "Spain approves a €10 billion package for its economy.")


def test_a_state_that_rejoins_an_organisation_is_its_member(pipeline):
    assert ("CAN", "member_of", "WHO", "actual") in fact_quads(
        pipeline, "Canada rejoins the World Health Organization.")


def test_a_trade_deal_named_by_its_parties_is_an_agreement_between_them(pipeline):
    found = fact_quads(pipeline, "The Canada–Ecuador free trade agreement takes effect.")
    assert _pair(found, "CAN", "agreement_with", "ECU")
    found = fact_quads(pipeline, "The Australia–UAE trade deal is delayed.")
    assert _pair(found, "AUS", "agreement_with", "ARE")
    # "free" of "free trade" frees nobody
    events = event_quads(pipeline, "Peru is negotiating a free trade agreement with Indonesia.")
    assert not any(q[1] == "RETREAT" for q in events)


def test_a_pact_or_a_deal_between_two_states_is_an_agreement(pipeline):
    found = fact_quads(pipeline, "The defence pact between Greece and France is renewed.")
    assert _pair(found, "GRC", "agreement_with", "FRA")
    # "The gas deal between Egypt and Cyprus takes effect"
    found = fact_quads(pipeline, "دخلت صفقة الغاز بين مصر وقبرص حيز التنفيذ.", "ar")
    assert _pair(found, "EGY", "agreement_with", "CYP")


def test_a_sum_vowed_or_pledged_as_an_amount_is_aid_promised(pipeline):
    assert ("ITA", "aid_to", "LBN", "planned") in fact_quads(
        pipeline, "Italy vows $40 million to Lebanon.")
    # "Japan pledged an amount of 15 million dollars to Somalia"
    assert ("JPN", "aid_to", "SOM", "planned") in fact_quads(
        pipeline, "تعهدت اليابان بمبلغ 15 مليون دولار للصومال.", "ar")
    # "Kuwait earmarked 20 million dollars for Jordan"
    assert ("KWT", "aid_to", "JOR", "actual") in fact_quads(
        pipeline, "رصدت الكويت 20 مليون دولار للأردن.", "ar")


def test_a_pledged_investment_stays_an_investment(pipeline):
    # "New Zealand pledged to invest 20 billion dollars in India"
    found = fact_quads(pipeline, "تعهدت نيوزيلندا باستثمار 20 مليار دولار في الهند.", "ar")
    assert ("NZL", "invested_in", "IND", "planned") in found
    assert not any(q[1] == "aid_to" for q in found)


def test_aid_suspended_to_a_receiver_is_a_sanction_and_stands_no_longer(pipeline):
    # suspended, frozen or paused, the aid stands no longer (no aid_to; the tune's "orders a
    # freeze on all foreign aid to X" has none); threatened or lifted ("lifts its suspension
    # on aid to"), it stands
    text = "Belgium suspends development aid to Burundi."
    assert not any(q[1] == "aid_to" for q in fact_quads(pipeline, text))
    assert ("BEL", "SANCTION", "BDI", "actual") in event_quads(pipeline, text)
    assert not any(q[1] == "aid_to" for q in fact_quads(
        pipeline, "The United States pauses military aid to Colombia."))
    assert not any(q[1] == "aid_to" for q in fact_quads(
        pipeline, "The president orders a freeze on all foreign aid to Colombia."))
    assert ("BEL", "aid_to", "BDI", "actual") in fact_quads(
        pipeline, "Belgium threatened to suspend development aid to Burundi.")
    # Arabic: "Canada suspended its military aid to Mali", "froze the aid to Chad"
    text = "علّقت كندا المساعدات العسكرية لبوركينا فاسو."
    assert not any(q[1] == "aid_to" for q in fact_quads(pipeline, text, "ar"))
    assert ("CAN", "SANCTION", "BFA", "actual") in event_quads(pipeline, text, "ar")
    assert not any(q[1] == "aid_to" for q in fact_quads(
        pipeline, "جمّدت السويد المساعدات المقدمة لتشاد.", "ar"))
    assert ("CAN", "aid_to", "BFA", "actual") in fact_quads(
        pipeline, "هددت كندا بتعليق المساعدات العسكرية لبوركينا فاسو.", "ar")


def test_vaccines_sent_or_delivered_to_a_receiver_are_aid(pipeline):
    assert ("WHO", "aid_to", "YEM", "actual") in fact_quads(
        pipeline, "The World Health Organization delivers vaccines to Yemen.")
    # "Egypt sent vaccines to Libya"
    assert ("EGY", "aid_to", "LBY", "actual") in fact_quads(
        pipeline, "أرسلت مصر لقاحات إلى ليبيا.", "ar")


def test_the_name_after_invested_in_is_where_it_went_not_who_invested(pipeline):
    found = fact_quads(pipeline, "Denmark's pension fund sold its shares after reports that "
                       "it invested in a Turkish drone maker.")
    assert ("TUR", "invested_in", "DNK", "actual") not in found
    assert ("DNK", "invested_in", "TUR", "actual") in found


def test_a_number_sent_or_approved_is_aid_only_when_it_is_a_sum_of_money(pipeline):
    # a count of goods is no sum: "sent 12 million barrels of crude" sells or ships oil
    found = fact_quads(pipeline, "Norway sent 12 million barrels of crude to Poland in May.")
    assert not any(q[1] == "aid_to" for q in found)
    assert ("NOR", "aid_to", "SDN", "actual") in fact_quads(
        pipeline, "Norway granted 2 million euros to Sudan.")
    # Arabic: "Norway sent 12 million barrels of oil to Poland"
    found = fact_quads(pipeline, "أرسلت النرويج 12 مليون برميل من النفط إلى بولندا.", "ar")
    assert not any(q[1] == "aid_to" for q in found)


def test_a_sum_an_investment_noun_names_is_investment_not_aid(pipeline):
    found = fact_quads(pipeline, "Qatar approved 2 billion dollars of investment in Rwanda.")
    assert ("QAT", "invested_in", "RWA", "actual") in found
    assert not any(q[1] == "aid_to" for q in found)
    # Arabic: "Qatar earmarked 2 billion dollars of investments in Rwanda"
    found = fact_quads(pipeline, "رصدت قطر ملياري دولار من الاستثمارات في رواندا.", "ar")
    assert ("QAT", "invested_in", "RWA", "actual") in found
    assert not any(q[1] == "aid_to" for q in found)
