"""Facts of wave 39, in both languages, on sentences of our own writing: a site where aid is
handed out that names who runs or funds it ("distribution sites run by X", "X food
distribution points", "an EU-funded aid distribution centre", "مواقع توزيع الغذاء التي يديرها
X", "نقاط توزيع المساعدات التابعة لـX") is the operator's aid to the state of the place the
sentence names, else of the people it names by their nationality; a site with no operator
named, or no receiver named, states no aid."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands queued on Monday at food distribution sites run by the World Food "
           "Programme in Chad."),
    ("ar", "اصطف الآلاف يوم الاثنين أمام مواقع توزيع الغذاء التي يديرها برنامج الأغذية "
           "العالمي في تشاد."),
])
def test_an_aid_site_run_by_an_operator_is_its_aid_to_the_place(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("WFP", "aid_to", "TCD", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds of Sudanese civilians gathered at UNICEF aid distribution points."),
    ("ar", "تجمع مئات المدنيين السودانيين عند نقاط توزيع المساعدات التابعة لليونيسف."),
])
def test_an_aid_site_gives_to_the_people_named_by_their_nationality(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("UNICEF", "aid_to", "SDN", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Families waited outside a Japanese-funded aid distribution centre in Chad."),
    ("ar", "انتظرت العائلات أمام مركز لتوزيع المساعدات تموله اليابان في تشاد."),
])
def test_the_funder_of_an_aid_site_gives_the_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("JPN", "aid_to", "TCD", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Five people were killed by gunfire near an aid distribution site in Chad."),
    ("ar", "قتل خمسة أشخاص بإطلاق نار قرب موقع لتوزيع المساعدات في تشاد."),
    ("en", "Officials closed the food distribution sites run by the World Food Programme."),
    ("ar", "أغلق المسؤولون مواقع توزيع الغذاء التي يديرها برنامج الأغذية العالمي."),
])
def test_an_aid_site_without_operator_or_receiver_states_no_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    # a name before an Arabic site is the subject of the verb before it, not its operator
    ("ar", "قصفت تشاد نقطة توزيع مساعدات في دارفور."),
    ("ar", "زار وزير الخارجية الياباني مركز توزيع المساعدات في تشاد."),
    ("ar", "قصفت تشاد مركز توزيع الوقود التابع لحركة العدل والمساواة في السودان."),
    # a name before the site in another clause runs no site
    ("en", "After talks with Japan, aid distribution points in Chad reopened."),
    ("en", "In a deal with the UN, food distribution points in Chad reopened."),
    # a hyphen joins the participle to its operator: "UN run" names none
    ("en", "Families waited outside a UN run aid distribution centre in Chad."),
    # a site its clause denies names no aid
    ("en", "No food distribution sites run by the World Food Programme remain open in Chad."),
])
def test_no_operator_is_read_across_a_verb_or_a_clause(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A WFP spokesman in Geneva said food distribution sites run by the World Food "
           "Programme in Sudan were looted."),
    ("ar", "قال متحدث باسم برنامج الأغذية العالمي في جنيف إن مواقع توزيع الغذاء التي يديرها "
           "برنامج الأغذية العالمي في السودان تعرضت للنهب."),
])
def test_the_site_serves_the_place_of_its_own_clause(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert found == {("WFP", "aid_to", "SDN", "actual")}, found


def test_a_planned_site_is_a_planned_aid(pipeline: Pipeline) -> None:
    found = {q for q in fact_quads(pipeline, "Japan plans to open aid distribution sites run "
                                   "by the World Food Programme in Chad.", "en")
             if q[1] == "aid_to"}
    assert found == {("WFP", "aid_to", "TCD", "planned")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thirty Sudanese were wounded near UNICEF food distribution sites."),
    ("ar", "أصيب ثلاثون سودانياً قرب مواقع توزيع الغذاء التابعة لليونيسف."),
    ("en", "Families waited outside a UN-run aid distribution centre in Sudan."),
])
def test_people_counted_in_words_or_a_hyphened_operator_give_the_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    operator = "UN" if "UN-run" in text else "UNICEF"
    assert (operator, "aid_to", "SDN", "actual") in fact_quads(pipeline, text, lang)
