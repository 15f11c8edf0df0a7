"""Police firing on people of their own state is an assault within it (ONTOLOGY "Actors in
events"; the ontology's ASSAULT `domestic: [firearms]`), unless a group is named as the
shooter. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    "A man with a knife attacked diners in Lyon, France. Police shot him dead.",
    "A man with a knife attacked diners in Lyon, France. He was shot dead by police.",
])
def test_police_shooting_an_attacker_is_a_domestic_assault(pipeline: Pipeline,
                                                          text: str) -> None:
    assert ("FRA", "ASSAULT", "FRA") in events(pipeline, text)


def test_a_group_named_behind_by_is_the_shooter(pipeline: Pipeline) -> None:
    found = events(pipeline, "Two soldiers were shot by an ELN patrol near Cali, Colombia.")
    assert ("COL", "ASSAULT", "COL") not in found, found


def test_other_force_needs_a_target_named(pipeline: Pipeline) -> None:
    found = events(pipeline, "Fighting spread in Colombia. The army shelled hills near a "
                             "river town on Monday.")
    assert ("COL", "ASSAULT", "COL") not in found, found


def test_police_dispersing_their_own_protesters_is_a_domestic_assault(
        pipeline: Pipeline) -> None:
    found = events(pipeline, "Protests spread across Kenya. Kenyan police fired tear gas at "
                             "protesters in Nairobi.")
    assert ("KEN", "ASSAULT", "KEN") in found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Two shop owners are shot dead outside a market in Puebla, Mexico.", "en"),
    ("A tourist was shot in Lyon, France, on Sunday.", "en"),
    ("قُتل صاحبا متجرين برصاص مجهولين في المكسيك.", "ar"),  # read MEX ASSAULT MEX before
    ("قُتل ثلاثة أشخاص برصاص مسلحين في قرية بالمكسيك.", "ar"),
])
def test_a_shooting_with_no_shooter_named_is_no_state_act(pipeline: Pipeline, text: str,
                                                           lang: str) -> None:
    # a gunman acts for no state (data/devset/GUIDE.md): the place names no doer
    found = events(pipeline, text, lang)
    assert not any(t == "ASSAULT" for _, t, _ in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Protests spread in Kenya. Two protesters were shot by police in Nairobi.", "en"),
    ("قُتل متظاهران برصاص الشرطة الكينية.", "ar"),
])
def test_a_shooting_by_police_stays_the_state_s(pipeline: Pipeline, text: str,
                                                lang: str) -> None:
    assert ("KEN", "ASSAULT", "KEN") in events(pipeline, text, lang)


# A state's armed force striking its own people at home is an assault on its own state in any
# mode (the ontology's ASSAULT `domestic_at_home`): its organ named as the doer, people named
# as the casualties, a place of its own as where it is done.
@pytest.mark.parametrize(("text", "lang"), [
    ("The Sudanese army shells a market in Darfur, killing 40 civilians.", "en"),
    ("At least 40 people are killed in a Sudanese army airstrike on a market in Darfur, Sudan.",
     "en"),
    ("Sudanese soldiers kill 40 civilians in Darfur.", "en"),
    ("قصف الجيش السوداني سوقا في شمال دارفور، ما أسفر عن مقتل 40 مدنيا.", "ar"),
    ("قتل جنود سودانيون 40 مدنيا في دارفور.", "ar"),
    ("شن الجيش السوداني غارة جوية على سوق في دارفور أسفرت عن مقتل 54 شخصا.", "ar"),
])
def test_an_army_striking_its_own_people_at_home(pipeline: Pipeline, text: str,
                                                 lang: str) -> None:
    found = events(pipeline, text, lang)
    assert ("SDN", "ASSAULT", "SDN") in found, found


@pytest.mark.parametrize(("text", "lang", "state"), [
    # a court or a parliament is where a shooting happened, no armed force
    ("A man opens fire inside a court in Tirana, Albania, killing a judge and injuring two "
     "people.", "en", "ALB"),
    ("فتح رجل النار داخل محكمة في تيرانا بألبانيا، ما أسفر عن مقتل قاض وإصابة شخصين.", "ar",
     "ALB"),
    # a place of another state: the raid is abroad
    ("Israeli forces raid a camp in Jenin, in the Israeli-occupied West Bank, killing ten "
     "people.", "en", "ISR"),
    # the police arrest people; the ambush that killed officers is someone else's
    ("Nigerian police arrest six suspects after an ambush in Benue State kills eleven "
     "officers.", "en", "NGA"),
    # fighters, no people of its own
    ("The Sudanese army kills 40 RSF fighters in Darfur.", "en", "SDN"),
    ("The Sudanese army shells hills near a town in Darfur.", "en", "SDN"),
    ("قصف الجيش السوداني تلالا قرب بلدة في دارفور.", "ar", "SDN"),
    # the people are those of another act: freed after the town is taken, or fleeing
    ("The Sudanese army retakes a town in Kordofan, Sudan, and frees 30 civilians held by "
     "the RSF.", "en", "SDN"),
    ("استعاد الجيش السوداني مدينة ود مدني بالسودان وحرر 30 مدنيا احتجزتهم قوات الدعم السريع.",
     "ar", "SDN"),
    # the army reports another's strike: the speaker is no doer of it
    ("The Sudanese army says RSF drones struck a market in Omdurman, Sudan, killing 12 "
     "civilians.", "en", "SDN"),
    ("The Malian army says jihadist drones hit a fair in Mopti, Mali, killing 12 civilians.",
     "en", "MLI"),
])
def test_force_at_home_needs_an_armed_doer_and_its_own_people(
        pipeline: Pipeline, text: str, lang: str, state: str) -> None:
    found = events(pipeline, text, lang)
    assert (state, "ASSAULT", state) not in found, found


# Unnamed fighters opening the clause are its doers, who act for no one (data/devset/GUIDE.md):
# the nationality of what they attack is no doer, in the verb or in the participle after it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Unknown gunmen attack a Chinese mining camp in Niger, killing three workers.", "en"),
    ("Gunmen storm a Turkish-run clinic in Mogadishu, Somalia, wounding two nurses.", "en"),
    ("هاجم مسلحون مجهولون منجما صينيا في النيجر، ما أسفر عن مقتل ثلاثة عمال.", "ar"),
    # with no word between the fighters and the object's nationality
    ("Gunmen attack Chinese workers in Niger, killing three.", "en"),
    ("هاجم مسلحون منجما صينيا في النيجر.", "ar"),
    ("فتح مسلحون مجهولون النار على حافلة تقل عمالا صينيين في باكستان.", "ar"),
])
def test_unnamed_gunmen_are_no_state(pipeline: Pipeline, text: str, lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(s in ("CHN", "TUR") for s, _, _ in found), found


@pytest.mark.parametrize(("text", "lang", "doer"), [
    # fighters a name owns still act for it
    ("Taliban fighters attack a Pakistani border post, killing three soldiers.", "en",
     "ORG:taliban"),
    ("Militants from a splinter faction of Boko Haram attack a Nigerian army base, killing "
     "three soldiers.", "en", "ORG:boko_haram"),
    ("هاجم مسلحو طالبان مركزا للشرطة الباكستانية.", "ar", "ORG:taliban"),
])
def test_named_fighters_keep_their_group(pipeline: Pipeline, text: str, lang: str,
                                         doer: str) -> None:
    found = events(pipeline, text, lang)
    assert any(s == doer and t == "ASSAULT" for s, t, _ in found), found


# A fighter noun after a trigger that holds its doer ("أطلق X النار على رجل مسلح") is whom
# the act is done to, not an unnamed doer: the state's force keeps its act.
@pytest.mark.parametrize("text", [
    "أطلقت الشرطة الأمريكية النار على رجل مسلح قرب البيت الأبيض في واشنطن.",
    "أطلقت الشرطة الأمريكية النار على رجل مسلح فأصابته في واشنطن.",
])
def test_an_armed_man_fired_on_is_no_doer(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, "ar")
    assert ("USA", "ASSAULT", "USA") in found, found
