"""member_of stated by a state's description ("Poland, a NATO member,", "Germany and other
NATO allies", "X العضو في Y"), whatever its sentence says the state does; sentences of our
own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _members(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "member_of"}


@pytest.mark.parametrize(("lang", "text", "member", "body"), [
    ("en", "Poland, a NATO member, closed its border with Belarus.", "POL", "NATO"),
    ("en", "Hungary, an EU member state, blocked the sanctions package.", "HUN", "EU"),
    ("en", "Turkey, a member of NATO, objected to the plan.", "TUR", "NATO"),
    ("en", "Chile and several other NATO allies lifted the restrictions on Peru.", "CHL", "NATO"),
    ("en", "Russia and other BRICS countries criticised the tariffs.", "RUS", "BRICS"),
    ("en", "Three states recognised Palestine, with Peru becoming the first G7 country to do so.",
     "PER", "G7"),
    ("en", "Canada became the first G7 country to recognise the state.", "CAN", "G7"),
    ("ar", "قالت تركيا، العضو في حلف الناتو، إنها ترفض الخطة.", "TUR", "NATO"),
    ("ar", "أعلن الرئيس أن تشيلي وعدداً من حلفائها الآخرين في حلف الناتو رفعت جميع القيود.",
     "CHL", "NATO"),
    ("ar", "اعترفت ثلاث دول بدولة فلسطين، لتصبح كندا أول دولة من مجموعة السبع تُقدم على هذه "
           "الخطوة.", "CAN", "G7"),
    ("ar", "انتقدت روسيا وغيرها من دول مجموعة بريكس الرسوم الجمركية.", "RUS", "BRICS"),
])
def test_a_state_described_as_a_member(pipeline: Pipeline, lang: str, text: str, member: str,
                                       body: str) -> None:
    assert (member, body) in _members(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "member", "body"), [
    # a major non-NATO ally is outside NATO; partners and "its allies" are no members
    ("en", "Saudi Arabia, a major non-NATO ally, signed the deal.", "SAU", "NATO"),
    ("en", "Ukraine and other NATO partners met in Brussels.", "UKR", "NATO"),
    # the state before a participle after a comma is no subject of it
    ("en", "Peru recognised Palestine, becoming the first G7 country to do so.", "PSE", "G7"),
    # a nationality adjective describes the ministers, a person is no state member
    ("en", "The German and other EU ministers travelled to Damascus.", "DEU", "EU"),
    ("ar", "أصبح روبيو أول عضو في حكومة ترامب يحظى بمصادقة مجلس الشيوخ.", "USA", "USA"),
    # a member of parliament names no body a state belongs to
    ("ar", "حث أكثر من 100 عضو في البرلمان الصومالي الرئيس على الاستقالة.", "SOM", "SOM"),
])
def test_no_membership_where_the_description_names_none(pipeline: Pipeline, lang: str,
                                                        text: str, member: str,
                                                        body: str) -> None:
    assert (member, body) not in _members(pipeline, text, lang)


def test_no_membership_from_a_member_of_parliament(pipeline: Pipeline) -> None:
    text = "Smith, a member of parliament, said Chile would send aid to Peru."
    assert not _members(pipeline, text, "en")
