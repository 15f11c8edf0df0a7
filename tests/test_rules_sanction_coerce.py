"""SANCTION and COERCE: who punishes whom (wave 3b, from the dev set's batch 3 and the older
tune data). Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples
quads = event_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "اعتقلت الشرطة الهولندية سمير حداد، الطالب المغربي، في أمستردام."),
    ("ar", "احتجزت السلطات الهولندية أمس طالبة مغربية في روتردام."),
    ("en", "Dutch police detained Samir Haddad, the Moroccan student, in Amsterdam."),
])
def test_a_foreign_national_in_apposition_is_the_target(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    """Where adjectives follow their noun, the noun of people a nationality describes
    stands before it: the arrest is done to that state, not to the arresting one."""
    found = events(pipeline, text, lang)
    assert ("NLD", "COERCE", "MAR") in found
    assert ("NLD", "COERCE", "NLD") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police in London detained forty people at a rally for Palestine Action, which was "
           "proscribed last month."),
    ("ar", "احتجزت الشرطة في لندن أربعين شخصاً خلال تجمع دعماً لمنظمة «فلسطين أكشن» المحظورة."),
    ("ar", "احتجزت الشرطة في لندن أربعين شخصاً خلال تجمع دعماً لمنظمة «فلسطين أكشن» التي حُظرت "
           "الشهر الماضي."),
])
def test_a_group_banned_in_the_passive_is_the_target(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    """A ban in the passive with no agent, right after a named group (a relative word
    between), is done to the group by the state of the sentence, not by it to itself."""
    found = events(pipeline, text, lang)
    assert ("GBR", "COERCE", "ORG:palestine_action") in found
    assert ("GBR", "COERCE", "GBR") in found  # the arrests


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The RSF are accused of looting markets in Khartoum."),
    ("en", "Palestine Action said the rally in London, which was banned, would go ahead."),
])
def test_no_group_target_without_a_ban_right_after_it(pipeline: Pipeline, lang: str,
                                                      text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(t[2].startswith("ORG:") and t[0] != t[2] for t in found
                   if t[1] in ("COERCE", "ACCUSE"))


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "فرضت كندا عقوبات على شركتي النفط الروسيتين «لوك أويل» و«روسنفت»."),
    ("ar", "فرضت كندا عقوبات على شركة الطاقة الروسية العملاقة «روسنفت»."),
    ("en", "Canada imposed sanctions on Russian oil companies Lukoil and Rosneft."),
])
def test_a_nationality_describing_a_named_company_is_no_target(pipeline: Pipeline, lang: str,
                                                               text: str) -> None:
    """The nationality inside a company's description ("شركة الطاقة الروسية «X»") is no
    party: the named company is the target."""
    found = events(pipeline, text, lang)
    assert ("CAN", "SANCTION", "ORG:rosneft") in found
    assert ("CAN", "SANCTION", "RUS") not in found


@pytest.mark.parametrize("text", [
    "فرضت كندا عقوبات على شركة روسية، و«روسنفت».",
    "فرضت كندا عقوبات على شركات روسية.",
])
def test_a_nationality_not_describing_a_name_stays_a_target(pipeline: Pipeline,
                                                            text: str) -> None:
    assert ("CAN", "SANCTION", "RUS") in events(pipeline, text, "ar")


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "تراجعت صادرات النفط بسبب العقوبات التي فرضتها كندا على فنزويلا أمس."),
    ("ar", "أعلنت فنزويلا أنها ستقاطع القمة بسبب العقوبات التي فرضتها كندا على فنزويلا."),
    ("en", "Venezuela says it will boycott the summit due to sanctions imposed on Venezuela by "
           "Canada."),
])
def test_sanctions_named_in_a_relative_clause_or_as_a_cause(pipeline: Pipeline, lang: str,
                                                            text: str) -> None:
    """"العقوبات التي فرضتها X على Y" names who sanctioned whom; named as the cause of a
    planned act ("will boycott ... due to"), the sanctions are a given, not planned."""
    assert ("CAN", "SANCTION", "VEN", "actual") in quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Venezuela says it will impose sanctions on Canada."),
    ("ar", "أعلنت فنزويلا أنها ستفرض عقوبات على كندا."),
])
def test_a_plan_without_a_cause_between_stays_planned(pipeline: Pipeline, lang: str,
                                                      text: str) -> None:
    assert ("VEN", "SANCTION", "CAN", "planned") in quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two Moroccan nationals were arrested in Amsterdam on Friday."),
    ("en", "A Moroccan student was detained in the Netherlands last week."),
    ("ar", "اعتُقل مواطنان مغربيان في أمستردام يوم الجمعة."),
    ("ar", "احتُجزت طالبة مغربية في هولندا أمس."),
])
def test_foreign_nationals_arrested_in_the_passive(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    """With no agent, the state where it happens arrests; people named by another state's
    nationality are that state's (the dev set's convention), not the arresting state's."""
    found = events(pipeline, text, lang)
    assert ("NLD", "COERCE", "MAR") in found
    assert ("NLD", "COERCE", "NLD") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Forty Dutch protesters were arrested in Amsterdam on Friday."),
    ("ar", "اعتُقل أربعون متظاهراً في أمستردام يوم الجمعة."),
])
def test_own_people_arrested_in_the_passive_stay_domestic(pipeline: Pipeline, lang: str,
                                                          text: str) -> None:
    assert ("NLD", "COERCE", "NLD") in events(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Dozens of Sudanese activists were detained in Cairo on Friday."),
    ("en", "Sudanese protesters were detained in Cairo."),
    ("ar", "اعتُقل عشرات المحتجين السودانيين في القاهرة."),
])
def test_people_named_by_nationality_but_no_nationals_stay_domestic(
        pipeline: Pipeline, lang: str, text: str) -> None:
    """Protesters or activists may live where they are arrested: only nationals, citizens,
    tourists and students abroad are another state's people."""
    found = events(pipeline, text, lang)
    assert ("EGY", "COERCE", "SDN") not in found, found
    assert ("EGY", "COERCE", "EGY") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two Sudanese tourists were detained in Cairo on Friday."),
    ("ar", "احتُجز مواطن سوداني في القاهرة يوم الجمعة."),
])
def test_foreign_tourists_and_citizens_arrested_in_the_passive(pipeline: Pipeline, lang: str,
                                                               text: str) -> None:
    assert ("EGY", "COERCE", "SDN") in events(pipeline, text, lang)
