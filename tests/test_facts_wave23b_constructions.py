"""Facts of wave 23b, in both languages, on sentences of our own writing: aid paid for by a
purpose clause ("will use X to fund aid for Y") is as planned as the clause's verb, aid being
stopped is none, members of a society are no state's members, an agreeing adjunct after a
meeting, a deal after a comma, a bare "on the border" between the act's two parties."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister said Japan will draw on its emergency reserve fund of two hundred "
           "million yen to finance humanitarian aid for Sudan."),
    ("ar", "قال الوزير إن اليابان ستستخدم جزءا من صندوق الطوارئ لتمويل مساعدات إنسانية "
           "للسودان."),
])
def test_aid_funded_by_a_future_verb_far_before_is_planned(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("JPN", "aid_to", "SDN", "planned") in found, found
    assert not any(p == "aid_to" and m == "actual" for _, p, _, m in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan used its emergency reserve fund of two hundred million yen last year "
           "to finance humanitarian aid for Sudan."),
    ("ar", "استخدمت اليابان صندوق الطوارئ لتمويل مساعدات إنسانية للسودان."),
])
def test_aid_funded_by_a_past_verb_stays_actual(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("JPN", "aid_to", "SDN", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister said Japan will use the interest on Iranian deposits in its banks "
           "to fund food aid for Sudan."),
    ("ar", "قال الوزير إن اليابان ستستخدم فوائد الودائع الإيرانية في بنوكها لتمويل مساعدات "
           "غذائية للسودان."),
])
def test_the_clause_subject_not_an_adjective_in_its_object_funds_the_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("JPN", "aid_to", "SDN", "planned") in found, found
    assert not any(s == "IRN" and p == "aid_to" for s, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The prime minister said Britain will halt payments and loans in aid to Malawi."),
    ("ar", "قال رئيس الوزراء إن بريطانيا ستوقف المدفوعات والقروض التي تمنحها لملاوي في إطار "
           "المساعدات."),
])
def test_aid_that_a_state_stops_is_no_aid_fact(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Britain halted its visits and will send aid to Malawi."),
    ("ar", "قطعت بريطانيا علاقاتها مع زامبيا، وأرسلت مساعدات إلى ملاوي."),
])
def test_aid_in_a_clause_of_its_own_after_a_stopping_stands(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(s == "GBR" and p == "aid_to" and o == "MWI" for s, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two of the victims were members of the Lebanese Red Cross Society, and another "
           "worked for the WHO."),
    ("ar", "كان اثنان من الضحايا أعضاء في جمعية الصليب الأحمر اللبناني، وعمل آخر في منظمة "
           "الصحة العالمية."),
])
def test_members_of_a_national_society_make_no_state_a_member(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "member_of" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya and Ghana are members of the African Union."),
    ("ar", "كينيا وغانا من أعضاء الاتحاد الأفريقي."),
])
def test_states_that_are_members_of_an_organisation_stay_members(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("KEN", "member_of", "AU", "actual") in found, found


def test_an_agreeing_adjunct_after_a_meeting_is_agreed_by_the_pair_that_met(
        pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "The Kenyan president met the Ghanaian president in Mombasa, "
                            "agreeing to cut tariffs on cocoa.", "en")
    pairs = {frozenset((s, o)) for s, p, o, _ in found if p == "agreement_with"}
    assert frozenset(("KEN", "GHA")) in pairs, found


def test_an_agreeing_adjunct_with_no_meeting_before_states_no_agreement(
        pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "The Kenyan president toured the port of Mombasa, agreeing to "
                            "cut tariffs on Ghanaian cocoa.", "en")
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland agreed to buy thirty Korean-made tanks for its army, in a deal worth "
           "two billion dollars."),
    ("ar", "وافقت بولندا على شراء ثلاثين دبابة كورية الصنع، لصالح جيشها، في صفقة تبلغ قيمتها "
           "ملياري دولار."),
])
def test_a_deal_after_a_comma_is_between_the_parties_of_its_sentence(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    pairs = {frozenset((s, o)) for s, p, o, _ in found if p == "agreement_with"}
    assert frozenset(("POL", "KOR")) in pairs, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland bought thirty tanks for its army, in a deal worth two billion dollars."),
    ("ar", "اشترت بولندا ثلاثين دبابة لجيشها، في صفقة تبلغ قيمتها ملياري دولار."),
])
def test_a_deal_after_a_comma_with_one_party_names_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chad accused Sudan of shelling a village on the border."),
    ("en", "Sudan shelled a Chadian village on the border."),
    ("ar", "اتهمت تشاد السودان بقصف قرية صغيرة تقع على الحدود."),
    ("ar", "قصف السودان قرية تشادية على الحدود."),
])
def test_a_bare_border_lies_between_the_subject_and_object_of_the_act(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    pairs = {frozenset((s, o)) for s, p, o, _ in found if p == "border_with"}
    assert pairs == {frozenset(("TCD", "SDN"))}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chad accused Sudan of shelling a village near the border with Libya."),
    ("ar", "اتهمت تشاد السودان بقصف قرية قرب الحدود مع ليبيا."),
])
def test_a_border_named_with_its_state_keeps_that_state(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    pairs = {frozenset((s, o)) for s, p, o, _ in found if p == "border_with"}
    assert frozenset(("TCD", "SDN")) not in pairs, found


def test_a_proposal_that_is_the_topic_of_another_act_states_no_proposer(
        pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "اجتمعت كينيا مع الاتحاد الأفريقي بشأن مقترح لنشر قوات جديدة.",
                  "ar")
    assert not any(p == "proposed" for _, p, _, _ in found), found


def test_a_proposal_made_still_names_its_proposer(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "اقترحت الصين مبادرة الحزام والطريق عام 2013.", "ar")
    assert ("CHN", "proposed", "INIT:bri", "actual") in found, found
