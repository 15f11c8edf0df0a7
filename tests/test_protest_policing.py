"""Protests and how states meet them (issue 9): the police's or security forces' force on
protesters, a second event beside the protest (ASSAULT, the state on its own people), in
both languages; police that only escort or protect, or clashes with no crowd and no force,
are none."""

from __future__ import annotations

import pytest

from conftest import event_quads

# The crowd named by its protest anywhere in the sentence (grammar `crowd_events`), not only
# by a noun of people before the clash: "protests and clashes with police" (tune: Kenya,
# 2025-06-13, both languages; devdata: Madagascar "protests ... with clashes with riot
# police", Mexico "clashes with police during protests"); the Arabic clash nouns of the
# English frame ("مواجهات مع الشرطة", "اشتباكات بين الشرطة والمحتجين": Kenya 2025-06-13,
# 2025-06-25)
PROTEST_CLASH = [
    ("en", "The killing of a student in Nairobi, Kenya, prompted protests and clashes with "
           "police this week.", "KEN"),
    ("en", "Eleven people are killed in clashes with security forces amid anti-government "
           "protests in Antananarivo, Madagascar.", "MDG"),
    ("en", "Twenty people are injured in clashes with police during protests across Mexico.",
     "MEX"),
    ("ar", "اعتقلت الشرطة الكينية مدوناً، ما أثار احتجاجات ومواجهات مع الشرطة هذا الأسبوع.",
     "KEN"),
    ("ar", "قُتل شخصان خلال اشتباكات بين الشرطة والمحتجين في العاصمة الكينية نيروبي.", "KEN"),
    ("ar", "أصيب عشرون شخصاً خلال مواجهات بين قوات الأمن والمتظاهرين في مدينة مكسيكو.",
     "MEX"),
]


@pytest.mark.parametrize(("lang", "text", "state"), PROTEST_CLASH)
def test_clash_with_police_beside_a_protest_is_force_on_own_people(pipeline, lang, text,
                                                                    state):
    assert (state, "ASSAULT", state, "actual") in event_quads(pipeline, text, lang)


# No crowd and no protest named: armed men, rival groups; police that escort a march or
# protect an embassy use no force
NO_FORCE = [
    ("en", "Gunmen clashed with security forces in Zamfara, Nigeria, killing ten soldiers."),
    ("en", "Clashes between two rival groups leave three dead in Nairobi, Kenya."),
    ("en", "Police escorted the march through central Nairobi, Kenya."),
    ("en", "Police protect the embassy in Nairobi, Kenya, during the protest."),
    ("ar", "اندلعت مواجهات بين قبيلتين متنافستين في شمال كينيا خلال الاحتجاجات."),
    ("ar", "حمت الشرطة السفارة في العاصمة الكينية نيروبي خلال الاحتجاج."),
    ("ar", "رافقت الشرطة المسيرة في وسط العاصمة الكينية نيروبي."),
]


@pytest.mark.parametrize(("lang", "text"), NO_FORCE)
def test_no_force_on_protesters(pipeline, lang, text):
    found = event_quads(pipeline, text, lang)
    assert not [q for q in found if q[1] == "ASSAULT" and q[0] == q[2]]


# A bare clash ("clashes in <place>") where a crowd (or its protest) and a member of a
# state's force are named is that force's on the crowd (frame assault_crowd_clash, key
# `force_named`, grammar `force_members`). Tune: Douala (Cameroon, 2025-10-26), Lordegan
# (Iran, 2025-12-31), Muridke (Pakistan, 2025-10-12), both languages
CROWD_CLASH = [
    ("en", "Four protestors are killed and several policemen are injured during clashes in "
           "Douala, Cameroon.", "CMR"),
    ("en", "A Basij officer is killed and 13 others are injured in clashes in Shiraz, Iran, "
           "during demonstrations over rising living costs.", "IRN"),
    ("ar", "قُتل ضابط شرطة وأصيب 13 آخرون في اشتباكات بمدينة شيراز الإيرانية، خلال مظاهرات "
           "احتجاجاً على ارتفاع تكاليف المعيشة.", "IRN"),
    ("ar", "قُتل أربعة محتجين وأصيب شرطيان خلال اشتباكات في مدينة دوالا الكاميرونية.", "CMR"),
]


@pytest.mark.parametrize(("lang", "text", "state"), CROWD_CLASH)
def test_clash_naming_crowd_and_force_is_force_on_own_people(pipeline, lang, text, state):
    assert (state, "ASSAULT", state, "actual") in event_quads(pipeline, text, lang)


# No member of a force named: who clashed with the protesters is not said (tune: Lima,
# 2025-10-16, not coded); no crowd named: a clash of armed men
NO_FORCE_NAMED = [
    ("en", "One person is killed and 100 people are wounded during clashes in Lima, Peru, as "
           "protestors demand the resignation of the president."),
    ("en", "Two soldiers are killed during clashes in Zamfara, Nigeria."),
    ("ar", "قُتل شخص وأصيب مئة آخرون خلال اشتباكات في العاصمة البيروفية ليما، فيما طالب "
           "المحتجون باستقالة الرئيس."),
]


@pytest.mark.parametrize(("lang", "text"), NO_FORCE_NAMED)
def test_bare_clash_without_crowd_and_force_is_none(pipeline, lang, text):
    found = event_quads(pipeline, text, lang)
    assert not [q for q in found if q[1] == "ASSAULT" and q[0] == q[2]]


# A protest that only dates the clash ("days after protests", "بعد أيام من احتجاجات") names
# no crowd the forces clash with (grammar `crowd_event_links`: amid, during, over, خلال، وسط،
# أثناء، إثر join it); one joined by such a word still does
DATED_BY_PROTEST = [
    ("en", "Militants clashed with security forces in Balochistan, Pakistan, days after "
           "protests over the killing of a student."),
    ("en", "Militants clashed with security forces in Balochistan, Pakistan, after weeks of "
           "protests."),
    ("ar", "اشتبك مسلحون مع قوات الأمن في بلوشستان بباكستان بعد أيام من احتجاجات على مقتل "
           "طالب."),
]


@pytest.mark.parametrize(("lang", "text"), DATED_BY_PROTEST)
def test_protest_dating_a_clash_names_no_crowd(pipeline, lang, text):
    found = event_quads(pipeline, text, lang)
    assert not [q for q in found if q[1] == "ASSAULT" and q[0] == q[2]]


JOINED_PROTEST = [
    ("en", "Police clashed with demonstrators during protests in Shiraz, Iran.", "IRN"),
    ("en", "Two people are killed in clashes with security forces in Quetta, Pakistan, amid "
           "a wave of protests.", "PAK"),
    ("ar", "قُتل شخصان في اشتباكات مع قوات الأمن في بلوشستان بباكستان خلال احتجاجات على "
           "مقتل طالب.", "PAK"),
    ("ar", "أصيب عشرة أشخاص في مواجهات مع الشرطة في كراتشي الباكستانية وسط احتجاجات على "
           "الغلاء.", "PAK"),
]


@pytest.mark.parametrize(("lang", "text", "state"), JOINED_PROTEST)
def test_protest_joined_to_a_clash_names_its_crowd(pipeline, lang, text, state):
    assert (state, "ASSAULT", state, "actual") in event_quads(pipeline, text, lang)
