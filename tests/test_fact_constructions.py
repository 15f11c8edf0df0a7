"""Facts stated by constructions of wire reporting (issue 9), in both languages where the
construction exists, on sentences of our own writing: who gives aid when the text names
the donor after "from" or the receiver after "withhold ... from", sums pledged, numbers
with a decimal point inside a clause."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def facts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.facts
    return {(f.subject, f.predicate, f.object, f.modality) for f in found}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya welcomed military aid from Turkey."),
    ("en", "The Kenyan government says it accepts assistance from Turkey to fight piracy."),
    ("ar", "رحبت كينيا بالمساعدات العسكرية من تركيا."),
])
def test_the_state_after_from_gives_the_aid(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert ("TUR", "aid_to", "KEN", "actual") in found, found
    assert not any(s == "KEN" and p == "aid_to" for s, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Canada threatened to withhold aid from Haiti.",
    "Canada threatened to cut humanitarian aid from Haiti.",
])
def test_aid_withheld_from_a_state_was_aid_to_it(pipeline: Pipeline, text: str) -> None:
    found = facts(pipeline, text, "en")
    assert ("CAN", "aid_to", "HTI", "actual") in found, found
    assert not any(s == "HTI" for s, _, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan pledged $300 million to Sudan."),
    ("en", "Japan pledges $40.5 million (6 billion yen) to Sudan for relief."),
    ("ar", "تعهدت اليابان بتقديم 300 مليون دولار (45 مليار ين) للسودان."),
])
def test_a_sum_pledged_is_aid_promised(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert ("JPN", "aid_to", "SDN", "planned") in found, found
    assert not any(m == "actual" for _, p, _, m in found if p == "aid_to"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The European Union pledges €1.5 billion (US$1.6 billion) to Sudan for aid, "
           "while Spain pledges €50 million."),
    ("ar", "تعهد الاتحاد الأوروبي بتقديم 1.5 مليار يورو مساعدات للسودان، فيما تعهدت إسبانيا "
           "بتقديم 50 مليون يورو."),
])
def test_the_aid_a_pledge_promises_is_the_pledgers(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = facts(pipeline, text, lang)
    assert ("EU", "aid_to", "SDN", "planned") in found, found
    assert not any(o == "ESP" or s == "SDN" for s, p, o, _ in found if p == "aid_to"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile indefinitely closes its border with Bolivia."),
    ("en", "The Chilean government closed the border with Bolivia before the vote."),
    ("ar", "أغلقت تشيلي حدودها مع بوليفيا إلى أجل غير مسمى."),
    ("ar", "قررت الحكومة التشيلية إغلاق الحدود مع بوليفيا."),
])
def test_a_border_closed_with_a_state_is_shared_with_it(pipeline: Pipeline, lang: str,
                                                         text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, p, o, _ in found if p == "border_with"} == {("CHL", "BOL")}, found
    events = pipeline(text, lang, "2025-03-01").extraction.events
    assert ("CHL", "SANCTION", "BOL") in {(e.source, e.event_type, e.target) for e in events}


def test_aid_cut_from_a_state_stays_a_sanction(pipeline: Pipeline) -> None:
    # the aid cut stands no longer: no aid_to (threatened, it stands)
    reading = pipeline("Sweden cuts military aid from Kenya.", "en", "2025-03-01").extraction
    assert not any(f.predicate == "aid_to" for f in reading.facts), reading.facts
    assert [(e.event_type, e.target) for e in reading.events] == [("SANCTION", "KEN")]
    reading = pipeline("Sweden threatened to cut military aid from Kenya.", "en",
                       "2025-03-01").extraction
    assert {(f.subject, f.object) for f in reading.facts if f.predicate == "aid_to"} == {
        ("SWE", "KEN")}, reading.facts


@pytest.mark.parametrize(("lang", "text", "mediators"), [
    ("en", "Chad and Sudan signed a peace deal brokered by Qatar.", {"QAT"}),
    ("en", "Chad and Sudan agree to a ceasefire mediated by Qatar and Turkey.", {"QAT", "TUR"}),
    ("en", "The leaders of Chad and Sudan commit to a truce facilitated by the Qatari "
           "government.", {"QAT"}),
    ("ar", "وقعت تشاد والسودان اتفاق سلام بوساطة قطر.", {"QAT"}),
    ("ar", "أعلنت تشاد والسودان وقف إطلاق النار برعاية قطر وتركيا.", {"QAT", "TUR"}),
    ("ar", "التزمت تشاد والسودان بهدنة جرى التوصل إليها بتيسير من الحكومة القطرية.", {"QAT"}),
])
def test_the_agent_of_a_brokered_deal_mediated_between_its_parties(
        pipeline: Pipeline, lang: str, text: str, mediators: set[str]) -> None:
    reading = pipeline(text, lang, "2025-03-01").extraction
    found = {(f.subject, f.object, f.modality) for f in reading.facts if f.predicate == "mediated"}
    assert found == {(m, p, "actual") for m in mediators for p in ("TCD", "SDN")}, found
    # the brokering names how the deal came about: no talks of its own on the day
    assert not any(e.source in mediators for e in reading.events), reading.events


def test_mediators_named_as_subjects_are_no_parties(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Qatar and Egypt mediated the Chad-Sudan conflict.", "en")
    assert not any(o in ("QAT", "EGY") for _, p, o, _ in found if p == "mediated"), found


@pytest.mark.parametrize(("lang", "text"), [
    # (agreeing to resume an act is none: tests/test_facts_wave18_constructions.py)
    ("en", "Chile and Peru agree to establish a joint fisheries commission."),
    ("en", "Chile and Peru agreed on a new fishing treaty."),
    ("ar", "اتفقت تشيلي وبيرو على تطوير ميناء مشترك."),
    ("ar", "اتفقت تشيلي وبيرو على معاهدة جديدة للصيد."),
    ("en", "Chile and Peru agree on a treaty to end the Bolivia dispute."),
])
def test_two_states_agreeing_have_an_agreement(pipeline: Pipeline, lang: str,
                                               text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {frozenset((s, o)) for s, p, o, _ in found if p == "agreement_with"} == {
        frozenset(("CHL", "PER"))}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile agrees to buy more wheat from Peru."),
    ("en", "Chile and Peru did not agree to resume direct flights."),
    ("ar", "وافقت تشيلي على شراء القمح من بيرو."),
])
def test_one_party_agreeing_is_no_agreement(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert not any(p == "agreement_with" and m == "actual" for _, p, _, m in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agree to upgrade their relations to a strategic partnership."),
    ("ar", "اتفقت تشيلي وبيرو على رفع علاقاتهما إلى شراكة استراتيجية."),
])
def test_agreeing_to_a_partnership_states_the_partnership(pipeline: Pipeline, lang: str,
                                                          text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(p, frozenset((s, o))) for s, p, o, _ in found} == {
        ("partner_of", frozenset(("CHL", "PER")))}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chilean troops fired on a crowd seeking humanitarian aid in Peru."),
    ("en", "Five people were killed by Chilean forces near an aid distribution centre in Peru."),
    ("ar", "قتل خمسة أشخاص بنيران القوات التشيلية قرب مركز لتوزيع المساعدات في بيرو."),
])
def test_aid_sought_or_handed_out_names_no_giver(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    found = facts(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile says. A drone strike hit a camp near the Peruvian border."),
    ("ar", "قالت تشيلي ذلك. أصابت غارة بطائرة مسيرة معسكرا قرب الحدود البيروفية."),
])
def test_a_border_named_by_one_adjective_is_nobodys_pair(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    found = facts(pipeline, text, lang)
    assert not any(p == "border_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chilean troops struck a camp near the border with Peru."),
    ("ar", "قصفت القوات التشيلية معسكرا قرب الحدود مع بيرو."),
])
def test_a_border_with_a_named_state_is_the_actors(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, p, o, _ in found if p == "border_with"} == {("CHL", "PER")}, found


@pytest.mark.parametrize("text", [
    "Japan announced new military aid for Sudan.",
    "Japan's humanitarian aid to Sudan will double next year.",
])
def test_the_state_after_to_or_for_receives_the_aid(pipeline: Pipeline, text: str) -> None:
    found = facts(pipeline, text, "en")
    assert {(s, o) for s, p, o, _ in found if p == "aid_to"} == {("JPN", "SDN")}, found


def test_aid_carried_for_a_state_does_not_make_it_a_giver(pipeline: Pipeline) -> None:
    found = facts(pipeline, "A plane carrying relief supplies for Jamaica crashed in "
                  "Florida, United States.", "en")
    assert not any(s == "JAM" for s, p, _, _ in found if p == "aid_to"), found


@pytest.mark.parametrize(("text", "event", "given"), [
    ("هددت كندا بحجب المساعدات عن هايتي.", "THREATEN", {("CAN", "HTI")}),
    ("هددت كندا بقطع المساعدات عن هايتي.", "THREATEN", {("CAN", "HTI")}),
    # cut or suspended, the aid stands no longer
    ("قطعت كندا المساعدات الإنسانية عن هايتي.", "SANCTION", set()),
    ("علقت كندا المساعدات عن هايتي.", "SANCTION", set()),
])
def test_aid_withheld_or_cut_from_a_state_ar(pipeline: Pipeline, text: str, event: str,
                                            given: set[tuple[str, str]]) -> None:
    reading = pipeline(text, "ar", "2025-03-01").extraction
    assert {(f.subject, f.object) for f in reading.facts if f.predicate == "aid_to"} == given, \
        reading.facts
    assert (event, "HTI") in {(e.event_type, e.target) for e in reading.events}


@pytest.mark.parametrize(("text", "giver"), [
    ("أعلنت اليابان عن مساعدات عسكرية جديدة للسودان.", {"JPN"}),
    ("طائرة تحمل مساعدات إغاثية لجامايكا تحطمت في فلوريدا بالولايات المتحدة.", set()),
])
def test_the_state_after_li_receives_the_aid_ar(pipeline: Pipeline, text: str,
                                                giver: set[str]) -> None:
    found = facts(pipeline, text, "ar")
    assert {s for s, p, _, _ in found if p == "aid_to"} == giver, found
    assert not any(s in ("SDN", "JAM") for s, p, _, _ in found if p == "aid_to"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chad and Sudan reach an agreement mediated by Egypt and Qatar."),
    ("en", "Chad and Sudan signed a peace deal brokered by Egypt and Qatar."),
    ("ar", "وقعت تشاد والسودان اتفاق سلام بوساطة مصر وقطر."),
])
def test_mediators_are_no_parties_of_the_deal(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    mediated = {(s, o) for s, p, o, _ in found if p == "mediated"}
    assert mediated == {(m, p) for m in ("EGY", "QAT") for p in ("TCD", "SDN")}, found
    assert not any({s, o} & {"EGY", "QAT"} for s, p, o, _ in found if p != "mediated"), found


def test_mediators_with_no_parties_named_mediate_no_one(pipeline: Pipeline) -> None:
    found = facts(pipeline, "In an agreement mediated by the United Nations and Qatar, "
                  "Yemen released 40 prisoners.", "en")
    assert not any(p == "mediated" and o in ("UN", "QAT") for _, p, o, _ in found), found


def test_aid_sought_from_trucks_names_no_giver(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Chilean troops fired on a crowd trying to get humanitarian aid "
                  "from trucks in Peru.", "en")
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Saudi Arabia will invest US$600 billion in Kenya.", "planned"),
    ("en", "Saudi Arabia announces that it will invest US$600 billion in the Kenyan economy.",
     "planned"),
    ("en", "Japan invested $2 billion in Kenya last year.", "actual"),
    ("ar", "أعلنت السعودية أنها ستستثمر 600 مليار دولار في الاقتصاد الكيني.", "planned"),
])
def test_the_state_invested_in_stands_after_in(pipeline: Pipeline, lang: str, text: str,
                                               modality: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o, m) for s, p, o, m in found if p == "invested_in"} == {
        ("JPN" if "Japan" in text else "SAU", "KEN", modality)}, found


def test_investments_in_a_state_go_into_it(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Chile expressed its intent to increase its investments in "
                  "Peru.", "en")
    assert {(s, o) for s, p, o, _ in found if p == "invested_in"} == {("CHL", "PER")}, found


def test_a_sum_in_a_gap_is_skipped_like_a_name(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Chile pledges an additional £160 million to Peru.", "en")
    assert ("CHL", "aid_to", "PER", "planned") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("فرضت كندا عقوبات على مسؤولين من هونغ كونغ بتهمة القمع العابر للحدود.", set()),
    ("تعاونت تشيلي وبيرو في مكافحة الجريمة المنظمة العابرة للحدود.", set()),
    ("أطلقت القوات التشيلية النار عبر الحدود مع بيرو.", {("CHL", "PER")}),
])
def test_transnational_names_no_shared_border_ar(pipeline: Pipeline, text: str,
                                                 expected: set) -> None:
    found = facts(pipeline, text, "ar")
    assert {(s, o) for s, p, o, _ in found if p == "border_with"} == expected, found


# --- aid, investment, agreements and membership on more constructions ---------------------
def predicate(found: set[tuple], name: str) -> set[tuple]:
    return {(s, o, m) for s, p, o, m in found if p == name}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile accused Peru of supplying the rebels with weapons."),
    ("en", "Chile urged Peru to send humanitarian aid to Bolivia."),
    ("ar", "اتهمت تشيلي بيرو بإرسال أسلحة إلى بوليفيا."),
    ("ar", "دعت تشيلي بيرو إلى تقديم مساعدات إنسانية لبوليفيا."),
])
def test_aid_asked_for_or_alleged_is_no_aid_given(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    assert not predicate(facts(pipeline, text, lang), "aid_to")


@pytest.mark.parametrize("text", [
    "أبدت تشيلي وبيرو استعدادهما لمساعدة بعضهما البعض.",
    "كانت الشاحنات تنقل القمح من تشيلي لمساعدة اقتصاد بيرو.",
    "أطلقت القوات التشيلية النار على بيروفيين أثناء محاولتهم الحصول على مساعدات إنسانية.",
    "أطلقت القوات التشيلية النار على بيروفيين ينتظرون المساعدات.",
])
def test_helping_and_aid_sought_name_no_giver_ar(pipeline: Pipeline, text: str) -> None:
    assert not predicate(facts(pipeline, text, "ar"), "aid_to")


def test_the_singular_with_its_kind_is_aid_ar(pipeline: Pipeline) -> None:
    found = facts(pipeline, "قدمت تشيلي مساعدة عسكرية لبيرو.", "ar")
    assert predicate(found, "aid_to") == {("CHL", "PER", "actual")}, found


def test_aid_waited_for_names_no_giver(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Chilean troops fired on Peruvians waiting for food aid.", "en")
    assert not predicate(found, "aid_to"), found


@pytest.mark.parametrize(("text", "modality"), [
    ("Chile provided Peru with humanitarian assistance worth $10 million.", "actual"),
    ("Chile will provide Peru with air defence systems.", "planned"),
    ("Chile has sent $6 billion in weapons to Peru since 2022.", "actual"),
    ("Chile will send Patriot missiles to Peru.", "planned"),
    ("Chile sent humanitarian aid to Gaza.", "actual"),
])
def test_the_receiver_of_arms_and_aid(pipeline: Pipeline, text: str, modality: str) -> None:
    expected = "PSE" if "Gaza" in text else "PER"
    assert predicate(facts(pipeline, text, "en"), "aid_to") == {("CHL", expected, modality)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile announced it would provide $300 million in aid to Peru."),
    ("en", "Chile agreed to provide aid to Peru."),
    ("en", "Chile offered aid to Peru."),
    ("ar", "أعلنت تشيلي أنها ستقدم 300 مليون دولار مساعدات لبيرو."),
    ("ar", "التزمت تشيلي بالتبرع بمليار دولار لبيرو."),
])
def test_aid_promised_is_planned_once(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert predicate(found, "aid_to") == {("CHL", "PER", "planned")}, found


def test_an_aid_package_approved_is_given_ar(pipeline: Pipeline) -> None:
    found = facts(pipeline, "وافقت تشيلي على حزمة مساعدات عسكرية لبيرو.", "ar")
    assert predicate(found, "aid_to") == {("CHL", "PER", "actual")}, found


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Chile pledged to invest $10 billion in Peru.", "planned"),
    ("en", "Chile holds a 20 percent stake in Peru's national airline.", "actual"),
    ("ar", "استحوذت تشيلي على حصة الأغلبية في ميناء كالاو البيروفي.", "actual"),
])
def test_investments_pledged_and_stakes(pipeline: Pipeline, lang: str, text: str,
                                        modality: str) -> None:
    found = facts(pipeline, text, lang)
    assert predicate(found, "invested_in") == {("CHL", "PER", modality)}, found
    assert not predicate(found, "aid_to"), found


@pytest.mark.parametrize("text", [
    "Chile reached a deal with Peru on lithium exports.",
    "Chile and Peru struck an agreement on fishing rights.",
])
def test_a_deal_reached_is_an_agreement(pipeline: Pipeline, text: str) -> None:
    found = facts(pipeline, text, "en")
    assert {(s, o) for s, o, _ in predicate(found, "agreement_with")} == {("CHL", "PER")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union suspended Chad's membership after the coup."),
    ("ar", "علّق الاتحاد الأفريقي عضوية تشاد بعد الانقلاب."),
    ("ar", "أعلن الاتحاد الأفريقي تعليق عضوية تشاد."),
])
def test_a_suspended_membership_is_the_members(pipeline: Pipeline, lang: str,
                                               text: str) -> None:
    found = facts(pipeline, text, lang)
    assert predicate(found, "member_of") == {("TCD", "AU", "actual")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile applied to join the African Union."),
    ("en", "Chile's bid to join the African Union stalled."),
    ("ar", "تقدمت تشيلي بطلب للانضمام إلى الاتحاد الأفريقي."),
])
def test_membership_applied_for_is_planned(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert predicate(found, "member_of") == {("CHL", "AU", "planned")}, found


def test_the_imperfect_of_chairing_ar(pipeline: Pipeline) -> None:
    found = facts(pipeline, "تترأس تشيلي الاتحاد الأفريقي هذا العام.", "ar")
    assert predicate(found, "chair_of") == {("CHL", "AU", "actual")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru upgraded their ties to a comprehensive strategic partnership."),
    ("ar", "رفعت تشيلي وبيرو علاقاتهما إلى مستوى الشراكة الاستراتيجية الشاملة."),
])
def test_ties_upgraded_to_a_partnership_are_the_pairs(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, o, _ in predicate(found, "partner_of")} == {("CHL", "PER")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile brokered a prisoner exchange between Peru and Bolivia."),
    ("ar", "توسطت تشيلي في صفقة تبادل أسرى بين بيرو وبوليفيا."),
])
def test_a_mediation_reaches_over_the_act_it_brokered(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, o, _ in predicate(found, "mediated")} == {
        ("CHL", "PER"), ("CHL", "BOL")}, found


def test_an_agreement_on_a_treaty_is_no_promise_ar(pipeline: Pipeline) -> None:
    found = facts(pipeline, "وقّع رئيسا تشيلي وبيرو بيانا يؤكد الاتفاق على معاهدة دفاع مشترك.",
                  "ar")
    assert {m for _, _, m in predicate(found, "agreement_with")} == {"actual"}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru received a $50 million grant from Chile."),
    ("en", "Peru welcomed the loan from Chile."),
])
def test_a_grant_or_loan_from_a_state_is_its_aid(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, o, _ in predicate(found, "aid_to")} == {("CHL", "PER")}, found


def test_an_agreement_finalised_is_signed(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Chile and Peru finalized a trade agreement.", "en")
    assert {(s, o) for s, o, _ in predicate(found, "agreement_with")} == {("CHL", "PER")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan presented its plan for the Middle Corridor."),
    ("ar", "طرحت كازاخستان مشروع الممر الأوسط."),
])
def test_a_plan_put_forward_is_proposed(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert ("KAZ", "INIT:middle_corridor", "actual") in predicate(found, "proposed"), found


@pytest.mark.parametrize("text", [
    "Kazakh oil company Acme Petroleum is majority-owned by BP.",
    "Acme Petroleum, the largest refiner in Kazakhstan, which is majority-owned by British "
    "oil company BP, was sanctioned.",
])
def test_a_company_majority_owned_by_another_is_its_investment(pipeline: Pipeline,
                                                               text: str) -> None:
    found = facts(pipeline, text, "en")
    assert ("ORG:bp", "KAZ", "actual") in predicate(found, "invested_in"), found


@pytest.mark.parametrize(("text", "owner"), [
    ("تواجه شركة النفط الكازاخية (Acme Petroleum)، المملوكة في أغلبها لشركة «بي بي» "
     "البريطانية، عقوبات جديدة.", "ORG:bp"),
    ("تواجه شركة النفط الكازاخية (Acme Petroleum)، المملوكة في أغلبها لجهات بريطانية، "
     "عقوبات جديدة.", "GBR"),
])
def test_a_company_majority_owned_by_another_is_its_investment_ar(
        pipeline: Pipeline, text: str, owner: str) -> None:
    found = facts(pipeline, text, "ar")
    assert predicate(found, "invested_in") == {(owner, "KAZ", "actual")}, found


@pytest.mark.parametrize("text", [
    "تواجه شركة النفط الكازاخية (Acme Petroleum)، المملوكة للدولة، عقوبات جديدة.",
    "تواجه شركة النفط الكازاخية (Acme Petroleum)، المملوكة في أغلبها لجهات كازاخية، "
    "عقوبات جديدة.",
])
def test_a_company_state_owned_or_owned_at_home_is_no_investment_ar(pipeline: Pipeline,
                                                                   text: str) -> None:
    assert not predicate(facts(pipeline, text, "ar"), "invested_in")


@pytest.mark.parametrize("text", [
    "British oil company Acme Petroleum is majority-owned by BP.",
    "Kazakh oil company Acme Petroleum is majority-owned by the Kazakh government.",
])
def test_a_company_majority_owned_at_home_is_no_investment(pipeline: Pipeline,
                                                          text: str) -> None:
    assert not predicate(facts(pipeline, text, "en"), "invested_in")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Senegal and the Movement of Democratic Forces of Casamance hold talks mediated by "
           "Gambia."),
    ("ar", "أجرت السنغال وحركة القوى الديمقراطية في كازامانس محادثات بوساطة غامبيا."),
])
def test_the_casamance_separatists_are_a_party_of_talks(pipeline: Pipeline, lang: str,
                                                       text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, o, _ in predicate(found, "mediated")} == {
        ("GMB", "SEN"), ("GMB", "ORG:mfdc")}, found
