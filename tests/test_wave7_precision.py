"""Wave 7, precision: constructions in which the rules read acts that did not happen on the
day reported, in sentences of our own writing (Arabic and English)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples
modalities = event_quads


@pytest.mark.parametrize(("text", "lang"), [
    ("Qatar opened negotiations with Hamas over the release of the captured Israeli soldiers.",
     "en"),
    ("Egypt hosted talks with Hamas on the release of all Israeli hostages.", "en"),
    ("Hamas accepted the proposal, saying that the deal's second phase includes the release "
     "of all Israeli hostages.", "en"),
    ("بدأت قطر مفاوضات مع حركة حماس بشأن الإفراج عن الجنود الإسرائيليين الأسرى.", "ar"),
    ("وافقت حماس على الخطة التي قدمتها مصر، بما في ذلك الإفراج عن الرهائن الإسرائيليين.", "ar"),
])
def test_what_talks_or_a_plan_lay_down_is_no_act(pipeline: Pipeline, text: str,
                                                 lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not {e for e in found if e[1] == "RETREAT"}, found


@pytest.mark.parametrize(("text", "lang", "talks"), [
    ("Qatar opened negotiations with Hamas over the release of the captured Israeli soldiers.",
     "en", ("QAT", "CONSULT", "ORG:hamas")),
    ("بدأت قطر مفاوضات مع حركة حماس بشأن الإفراج عن الجنود الإسرائيليين الأسرى.", "ar",
     ("QAT", "CONSULT", "ORG:hamas")),
])
def test_the_talks_themselves_stay(pipeline: Pipeline, text: str, lang: str,
                                   talks: tuple) -> None:
    assert talks in events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("France suspended its security agreements with Mali over the arrest of a French "
     "diplomat.", "en", ("MLI", "COERCE", "FRA")),
    ("Hamas freed three Israeli hostages in exchange for the release of Palestinian "
     "prisoners.", "en", ("ORG:hamas", "RETREAT", "ISR")),
    ("أفرجت إسرائيل عن 100 أسير فلسطيني بعد اتفاق مع حماس.", "ar", ("ISR", "RETREAT", "PSE")),
])
def test_acts_beside_a_deal_still_happen(pipeline: Pipeline, text: str, lang: str,
                                         act: tuple) -> None:
    found = events(pipeline, text, lang)
    assert act in found or act[::-1] in found, found


@pytest.mark.parametrize(("text", "lang", "group"), [
    ("Israeli jets bombed several Hezbollah depots in southern Lebanon.", "en", "ORG:hezbollah"),
    ("Israel launched airstrikes on Sanaa, Yemen, targeting the Houthis.", "en", "ORG:houthis"),
    ("Israeli warplanes struck Hezbollah's positions near Tyre, Lebanon.", "en",
     "ORG:hezbollah"),
    # the belonging (affiliation_words) as an owner link
    ("Israeli jets shelled two sites belonging to Hezbollah near Tyre, Lebanon.", "en",
     "ORG:hezbollah"),
    ("شنت إسرائيل غارات على جنوب لبنان، استهدفت مواقع تابعة لحزب الله.", "ar",
     "ORG:hezbollah"),
    ("قصفت الطائرات الإسرائيلية مواقع حزب الله في جنوب لبنان.", "ar", "ORG:hezbollah"),
    ("قصفت إسرائيل ميناء الحديدة في اليمن، مستهدفة الحوثيين.", "ar", "ORG:houthis"),
])
def test_a_group_holding_what_is_struck_is_the_target(pipeline: Pipeline, text: str, lang: str,
                                                      group: str) -> None:
    found = {e for e in events(pipeline, text, lang) if e[1] == "ASSAULT"}
    assert ("ISR", "ASSAULT", group) in found, found
    assert all(e[2] == group for e in found), found  # the place's state is where, no target
    assert all(e[0] == "ISR" for e in found), found  # ... and the group no doer


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("Israeli airstrikes killed 12 people in southern Lebanon.", "en", ("ISR", "ASSAULT", "LBN")),
    ("Hezbollah fired rockets at Israeli army positions in the Golan.", "en",
     ("ORG:hezbollah", "ASSAULT", "ISR")),
    ("قتل 12 شخصا في غارات إسرائيلية على جنوب لبنان.", "ar", ("ISR", "ASSAULT", "LBN")),
    # a verb-first subject before the noun struck holds nothing: it strikes
    ("هاجم مسلحو حركة الشباب قاعدة عسكرية كينية.", "ar", ("ORG:al_shabaab", "ASSAULT", "KEN")),
    ("Al-Shabaab fighters attacked a Kenyan military base.", "en",
     ("ORG:al_shabaab", "ASSAULT", "KEN")),
])
def test_strikes_on_a_state_with_no_group_named_stay(pipeline: Pipeline, text: str, lang: str,
                                                     act: tuple) -> None:
    assert act in events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A French citizen was arrested on suspicion of spying.", "en"),
    ("Two Canadian tourists were detained for three days.", "en"),
    ("اعتُقل مواطن فرنسي بتهمة التجسس.", "ar"),
    ("احتُجز ثلاثة سياح كنديين ثلاثة أيام.", "ar"),
])
def test_people_named_by_their_nationality_are_not_their_state_acting(
        pipeline: Pipeline, text: str, lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not {e for e in found if e[0] == e[2]}, found


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("French police arrested a French citizen in Paris.", "en", ("FRA", "COERCE", "FRA")),
    ("Police in Mali arrested a French citizen.", "en", ("MLI", "COERCE", "FRA")),
    ("اعتقلت الشرطة الفرنسية مواطنا فرنسيا في باريس.", "ar", ("FRA", "COERCE", "FRA")),
])
def test_a_state_named_otherwise_still_acts(pipeline: Pipeline, text: str, lang: str,
                                            act: tuple) -> None:
    assert act in events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A gunman opened fire on protesters demanding the release of Turkish prisoners.", "en"),
    ("Israeli airstrikes kill at least 50 Palestinians in Gaza, including 20 people seeking "
     "aid assistance.", "en"),
    ("فتح مسلح النار على محتجين يطالبون بالإفراج عن السجناء الأتراك.", "ar"),
    ("هاجم رجل محتجين يطالبون بالإفراج عن الرهائن الإسرائيليين في مدينة دنفر بالولايات "
     "المتحدة.", "ar"),
])
def test_what_people_acted_on_are_doing_is_no_act(pipeline: Pipeline, text: str,
                                                  lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not {e for e in found if e[1] in ("REQUEST", "RETREAT")}, found


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("Protesters demanding the release of Turkish prisoners marched to the embassy of Sweden.",
     "en", ("TUR", "REQUEST", "SWE")),
    # the ICC's prosecutor stands for the court (official_as_state)
    ("Karim Khan became the first person on whom the American government imposes sanctions.",
     "en", ("USA", "SANCTION", "ICC")),
    pytest.param("أصبح كريم خان أول شخص تفرض عليه الحكومة الأمريكية عقوبات.", "ar",
                 ("USA", "SANCTION", "ICC"), marks=pytest.mark.xfail(
                     strict=True, reason="'تفرض عليه X': the name after the resumptive "
                     "pronoun is read as the target, not the verb's subject (ICC -> USA)")),
])
def test_people_acting_in_their_own_clause_still_act(pipeline: Pipeline, text: str, lang: str,
                                                     act: tuple) -> None:
    assert act in events(pipeline, text, lang)
