"""Facts on constructions of wave 16, in both languages, on sentences of our own writing:
"mediation efforts by C" ("جهود وساطة بذلها C", "جهود الوساطة التي بذلتها C") is C's
mediation between the pair named before it."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt and Ethiopia signed a water deal after mediation efforts by Qatar."),
    ("en", "Egypt and Ethiopia agreed to a truce following mediation efforts by the Qatari "
           "foreign minister."),
    ("ar", "وقعت مصر وإثيوبيا اتفاقا بشأن المياه إثر جهود وساطة بذلتها قطر."),
    ("ar", "وقعت مصر وإثيوبيا اتفاقا بشأن المياه بعد جهود الوساطة التي بذلتها قطر."),
])
def test_mediation_efforts_by_a_state_mediate_between_the_pair_before(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "mediated"}
    assert found == {("QAT", "mediated", "EGY", "actual"),
                     ("QAT", "mediated", "ETH", "actual")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The council welcomed the mediation efforts of the African Union."),
    ("ar", "رحب المجلس بجهود الوساطة التي يبذلها الاتحاد الأفريقي."),
])
def test_mediation_efforts_with_no_pair_named_mediate_nothing(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "mediated" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt blocks the entry of all food aid into Sudan."),
    ("en", "Egypt prevented the delivery of humanitarian aid to Sudan."),
    ("ar", "منعت مصر دخول جميع المساعدات الغذائية إلى السودان."),
    ("ar", "منعت مصر وصول المساعدات الإنسانية إلى السودان."),
])
def test_aid_whose_entry_is_blocked_is_withheld_not_given(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = pipeline(text, lang, "2025-03-01").extraction
    assert not any(f.predicate == "aid_to" for f in result.facts), result.facts
    assert {(e.source, e.event_type, e.mode, e.target) for e in result.events} == {
        ("EGY", "COERCE", "withhold", "SDN")}, result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt blocked the entry of fuel, allowing aid to Sudan."),
    ("en", "Egypt stopped the delivery of fuel, so that aid reached Sudan."),
    ("ar", "منعت مصر دخول الصحفيين وسمحت بالمساعدات إلى السودان."),
    ("ar", "منعت مصر وصول الوقود وأرسلت المساعدات إلى السودان."),
])
def test_an_entry_blocked_before_another_clause_withholds_no_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = pipeline(text, lang, "2025-03-01").extraction
    assert not any((e.event_type, e.mode) == ("COERCE", "withhold")
                   for e in result.events), result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt prevented the delivery of medical aid to Sudan."),
    ("en", "Egypt blocked deliveries of aid to Sudan."),
    ("ar", "منعت مصر إدخال المساعدات إلى السودان."),
    ("ar", "عرقلت مصر وصول كل المساعدات إلى السودان."),
])
def test_the_passage_of_all_aid_blocked_stays_withheld(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = pipeline(text, lang, "2025-03-01").extraction
    assert ("EGY", "COERCE", "withhold", "SDN") in {
        (e.source, e.event_type, e.mode, e.target) for e in result.events}, result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway may suspend its trade with Egypt if humanitarian aid is blocked."),
    ("en", "Norway will act against Egypt if aid is blocked."),
    ("ar", "قد تعلق النرويج تجارتها مع مصر إذا جرى منع وصول المساعدات الإنسانية."),
    ("ar", "ستتحرك النرويج إذا تم منع دخول المساعدات."),
])
def test_aid_said_to_be_blocked_with_no_blocker_is_no_aid_and_no_act(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = pipeline(text, lang, "2025-03-01").extraction
    assert not any(f.predicate == "aid_to" for f in result.facts), result.facts
    assert not any(e.event_type in ("AID", "COERCE") for e in result.events), result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt sent humanitarian aid to Sudan."),
    ("ar", "أرسلت مصر مساعدات إنسانية إلى السودان."),
])
def test_aid_sent_stays_aid(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("EGY", "aid_to", "SDN", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile refuses to recognize the claims that the Peruvian defence minister voiced "
           "last week."),
    ("en", "Chile recognized Moroccan-held areas of the desert."),
    ("ar", "قالت وزارة الخارجية التشيلية إنها لم تعترف بأي دبلوماسي بيروفي عضواً في الوفد."),
    ("ar", "اعترف البرلمان التشيلي بتهجير سكان البيرو بوصفه جريمة."),
])
def test_a_thing_of_a_state_recognised_is_no_recognition_of_the_state(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "recognized" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Chile recognizes Kosovo.", "actual"),
    ("en", "Chile formally recognizes the State of Kosovo.", "actual"),
    ("en", "Chile will recognize a Kosovar state.", "planned"),
    ("ar", "اعترفت تشيلي بكوسوفو.", "actual"),
    ("ar", "اعترفت تشيلي رسميا بدولة كوسوفو.", "actual"),
    ("ar", "اعترفت كل من تشيلي والبيرو رسمياً بدولة كوسوفو.", "actual"),
])
def test_a_state_recognised_by_name_or_as_a_state_is_recognised(
        pipeline: Pipeline, lang: str, text: str, modality: str) -> None:
    assert ("CHL", "recognized", "XKX", modality) in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "recognised"), [
    ("en", "Chile recognized the new Kosovar government.", {"XKX"}),
    ("en", "Chile recognized the interim government of Kosovo.", {"XKX"}),
    ("en", "Chile has recognized both Kosovo and Palestine.", {"XKX", "PSE"}),
    ("en", "Chile recognized Kosovo and Palestine.", {"XKX", "PSE"}),
    ("ar", "اعترفت تشيلي يوم الأربعاء بكوسوفو.", {"XKX"}),
    ("ar", "اعترفت تشيلي الأسبوع الماضي بكوسوفو.", {"XKX"}),
    ("ar", "اعترفت تشيلي في 3 مارس 2024 بكوسوفو.", {"XKX"}),
])
def test_a_new_coordinated_or_dated_recognition_still_names_the_state(
        pipeline: Pipeline, lang: str, text: str, recognised: set[str]) -> None:
    found = {o for s, p, o, m in fact_quads(pipeline, text, lang)
             if (s, p, m) == ("CHL", "recognized", "actual")}
    assert found == recognised, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile recognized the new report on Kosovo."),
    ("en", "Chile recognized both the abuses and Kosovar suffering."),
    ("ar", "اعترفت تشيلي يوم الأربعاء بالانتهاكات في كوسوفو."),
])
def test_a_skipped_date_or_adjective_names_no_thing_recognised(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "recognized" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile says foreign troops in Peru could be part of any peace agreement."),
    ("en", "The talks between Chile and Peru broke down and produced no clear agreement."),
    ("en", "Chile opposes any trade deal with Peru."),
    ("en", "Chile and Peru reached no agreement on the border."),
    ("en", "Chile and Peru failed to reach any agreement on fishing."),
    ("ar", "انهارت المحادثات بين تشيلي والبيرو من دون أن تسفر عن أي اتفاق واضح."),
    ("ar", "انتهت المحادثات بين تشيلي والبيرو دون التوصل إلى أي اتفاق."),
])
def test_any_agreement_is_none_that_anyone_has(pipeline: Pipeline, lang: str,
                                               text: str) -> None:
    result = pipeline(text, lang, "2025-03-01").extraction
    assert not any(f.predicate == "agreement_with" for f in result.facts), result.facts
    # no agreement made: an AGREE, if any, is one not reached (negated)
    assert not any(e.event_type == "AGREE" and e.modality != "negated"
                   for e in result.events), result.events


@pytest.mark.parametrize("text", [
    "Chile and Peru reached no agreement on the border.",
    "Chile and Peru failed to reach any agreement on fishing.",
    "The talks produced no clear deal between Chile and Peru.",
])
def test_talks_that_reach_no_agreement_are_the_parties_agreement_negated(pipeline: Pipeline,
                                                                        text: str) -> None:
    events = pipeline(text, "en", "2025-03-01").extraction.events
    assert {(e.event_type, frozenset((e.source, e.target)), e.modality) for e in events} == {
        ("AGREE", frozenset(("CHL", "PER")), "negated")}, events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile did not sign any agreement with Peru."),
    ("en", "Chile has no agreement with Peru."),
    ("ar", "لم توقع تشيلي أي اتفاق مع البيرو."),
    ("ar", "رفضت تشيلي أي اتفاق مع البيرو."),
])
def test_any_agreement_under_a_negation_is_a_negated_agreement(pipeline: Pipeline, lang: str,
                                                               text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "agreement_with"}
    assert found == {("CHL", "agreement_with", "PER", "negated")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru signed an agreement on fishing."),
    ("ar", "وقعت تشيلي والبيرو اتفاقا بشأن الصيد."),
])
def test_an_agreement_signed_stays_an_agreement(pipeline: Pipeline, lang: str,
                                                text: str) -> None:
    assert ("CHL", "agreement_with", "PER", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "Norway begins supplying natural gas to Poland via Denmark.",
    "Poland faces an energy crisis after the suspension of Norwegian gas supplies.",
    "The Norwegian army cuts off the power supply for the region of Poland.",
    "Norway signs an export agreement to supply gas to Poland.",
])
def test_a_commodity_supplied_is_no_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Norway supplies drones to Poland.",
    "Norway has been supplying weapons to Poland since 2022.",
    "Norway supplied Poland with weapons.",
])
def test_arms_supplied_stay_aid(pipeline: Pipeline, text: str) -> None:
    assert any(q[:3] == ("NOR", "aid_to", "POL") for q in fact_quads(pipeline, text))


@pytest.mark.parametrize("text", [
    "Canada supplied military equipment to Ukraine.",
    "Canada has supplied Ukraine with heavy military equipment.",
    "Canadian weapons supplies to Ukraine resumed in May.",
    "Japan approved arms supplies to Ukraine.",
])
def test_military_equipment_or_arms_supplies_are_aid(pipeline: Pipeline, text: str) -> None:
    assert any(q[1:3] == ("aid_to", "UKR") for q in fact_quads(pipeline, text))


@pytest.mark.parametrize("text", [
    "Norway supplied drilling equipment to Poland.",
    "Norway raised the prices of its gas supplies to Poland.",
])
def test_equipment_or_supplies_of_no_arms_are_no_aid(pipeline: Pipeline, text: str) -> None:
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Peruvian drone strike targets an oil refinery in Arica, Chile."),
    ("en", "Five people are killed in Peruvian strikes on power plants in Santiago, Chile."),
    ("en", "Peru accused Chile of the shelling. A soldier was injured by a land mine in Chile."),
    ("ar", "أصابت غارة بيروفية مصفاة نفط في أريكا في تشيلي."),
])
def test_a_facility_hit_or_named_with_no_holder_is_no_investment(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "invested_in" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chevron's refinery in Kazakhstan produced more oil this year."),
])
def test_a_companys_facility_named_with_it_stays_an_investment(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("ORG:chevron", "invested_in", "KAZ", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "بحث وزير خارجية تشيلي مع نظيره البيروفي سير مفاوضات السلام في بوليفيا."),
    ("ar", "التقى رئيس تشيلي رئيس البيرو في محادثات تناولت مفاوضات السلام الخاصة ببوليفيا."),
    ("ar", "قالت وزارة الدفاع التشيلية إن الهجمات محاولة للتشكيك في مفاوضات السلام."),
])
def test_peace_negotiations_held_or_discussed_are_no_policy(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "policy" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile has always favoured the peaceful settlement of disputes."),
    ("ar", "تدعو تشيلي دائما إلى التسوية السلمية للنزاعات."),
])
def test_a_peaceful_settlement_favoured_stays_a_policy(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("CHL", "policy", "peaceful_settlement", "actual") in fact_quads(
        pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mediators in Egypt and Qatar say both sides are close to a truce."),
    ("en", "Mediators from Egypt and Qatar met the delegation in Cairo."),
    ("en", "Mediators in the United Arab Emirates and Oman say a truce is near."),
    ("ar", "وأكد الوسطاء في مصر وقطر أن الطرفين باتا أقرب إلى هدنة."),
    ("ar", "التقى كبير الوسطاء المشترك بين الاتحاد الأفريقي والأمم المتحدة بالرئيس التشادي."),
])
def test_the_names_mediators_come_from_are_no_parties(pipeline: Pipeline, lang: str,
                                                      text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "mediated" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Oman, one of the mediators in the talks between Iran and Bahrain, hosted a meeting.",
    "Oman and Kuwait, the mediators in the dispute between Iran and Bahrain, met in Muscat.",
])
def test_mediators_in_talks_between_a_pair_still_mediate(pipeline: Pipeline,
                                                          text: str) -> None:
    found = fact_quads(pipeline, text)
    assert {("OMN", "mediated", "IRN", "actual"), ("OMN", "mediated", "BHR", "actual")} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Qatar acted as mediator between Chad and Sudan."),
    ("ar", "وقعت تشاد والسودان اتفاق سلام بوساطة قطر."),
])
def test_a_mediator_between_a_pair_still_mediates(pipeline: Pipeline, lang: str,
                                                  text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert {("QAT", "mediated", "TCD", "actual"), ("QAT", "mediated", "SDN", "actual")} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An officer of the United Nations Assistance Mission for Chad saved many lives."),
    ("ar", "قدم سفير بيرو إحاطة عن أنشطة بعثة الأمم المتحدة لتقديم المساعدة إلى تشاد."),
    ("en", "Chad praised the work of the UN Assistance Mission in Somalia."),
    ("ar", "رحبت تشاد بعمل بعثة الأمم المتحدة لتقديم المساعدة إلى الصومال."),
    ("ar", "رحبت مصر ببعثة الاتحاد الأفريقي لتقديم المساعدة إلى الصومال."),
])
def test_an_assistance_missions_name_states_no_aid(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United Nations sends humanitarian assistance to Chad."),
    ("ar", "قدمت الأمم المتحدة مساعدات إنسانية إلى تشاد."),
])
def test_assistance_sent_stays_aid(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("UN", "aid_to", "TCD", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt sent an assistance mission to Sudan."),
    ("en", "Egypt sent an assistance mission for flood victims to Sudan."),
    ("ar", "أرسلت مصر بعثة طبية لتقديم المساعدة إلى السودان."),
])
def test_a_mission_a_state_sends_to_give_aid_is_aid(pipeline: Pipeline, lang: str,
                                                    text: str) -> None:
    assert ("EGY", "aid_to", "SDN", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "The council welcomed commissions of inquiry established by the Human Rights Council "
    "in Chad.",
    "The report of the panel set up by the Security Council on Chad was released.",
])
def test_an_organisation_after_by_founded_what_is_not_named(pipeline: Pipeline,
                                                            text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "founder_of" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "رحب المجلس بالمبادرة التي أطلقت من قبل السعودية والجامعة العربية."),
    ("ar", "أشاد الوزير بالخطة التي وضعت على يد قطر والاتحاد الأفريقي."),
    ("en", "The council welcomed the plan launched by Saudi Arabia and the Arab League."),
])
def test_a_name_coordinated_with_the_founding_agent_is_an_agent_too(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "founder_of" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "توسطت قطر بين مصر والسودان بتيسير من الاتحاد الأفريقي."),
    ("ar", "جرت محادثات بين مصر والسودان بوساطة قطر والاتحاد الأفريقي."),
    ("en", "Talks between Egypt and Sudan were mediated by Qatar and the African Union."),
])
def test_an_organisation_after_a_mediation_marker_is_no_party_mediated(
        pipeline: Pipeline, lang: str, text: str) -> None:
    """The mediation frames have agent markers too (`_agent_as_object` applies there): the
    organisation behind the marker mediates; the parties stay."""
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "mediated"}
    assert {("QAT", "mediated", "EGY", "actual"), ("QAT", "mediated", "SDN", "actual")} <= found
    assert not any(o == "AU" for _, _, o, _ in found), found


@pytest.mark.parametrize(("text", "founders"), [
    ("The Shanghai Cooperation Organisation was founded by China and Russia in 2001.",
     {"CHN", "RUS"}),
    ("Kazakhstan founded the Conference on Interaction and Confidence-Building Measures in "
     "Asia.", {"KAZ"}),
])
def test_a_state_after_by_or_before_founded_still_founds(pipeline: Pipeline, text: str,
                                                         founders: set[str]) -> None:
    found = {s for s, p, _, _ in fact_quads(pipeline, text) if p == "founder_of"}
    assert found == founders, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The members of the Security Council asked the President of the Council to convey "
           "their concern to the representative of Chad."),
    ("en", "Council members also stressed that a United Nations office should open in Chad "
           "soon."),
    ("en", "Chad rejected the report on Monday. Members of the Security Council asked for calm."),
    ("en", "Chad rejected the report on Monday. Council members also stressed that a UN office "
           "should open there."),
    ("ar", "وأقر أعضاء المجلس بضرورة فتح مكتب للأمم المتحدة في تشاد."),
])
def test_members_of_a_body_name_no_member_state(pipeline: Pipeline, lang: str,
                                                text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "member_of" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chad is a member of the African Union."),
    ("en", "Chad joined the African Union in 2001."),
    ("ar", "تشاد عضو في الاتحاد الأفريقي."),
    ("en", "Chad welcomed the envoy. It is a member of the African Union."),
    ("en", "Chad welcomed the envoy. It has been a member of the African Union since 1960."),
    ("ar", "رحبت تشاد بالمبعوث. وهي عضو في الاتحاد الأفريقي."),
])
def test_a_member_named_stays_a_member(pipeline: Pipeline, lang: str, text: str) -> None:
    assert any(q[:3] == ("TCD", "member_of", "AU") for q in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize("text", [
    "Chad rejected the report on Monday. A Security Council committee set up under resolution "
    "2000 met in New York.",
    "Students and opposition groups launched a protest outside the African Union office in "
    "Chad.",
    "Chad rejected the report on Monday. The African Union established a mission in the Sahel.",
])
def test_english_names_its_founder_a_guessed_state_is_none(pipeline: Pipeline,
                                                            text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "founder_of" for _, p, _, _ in found), found
