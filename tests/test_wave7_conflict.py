"""Conflict and coercion constructions of wave 7, in Arabic and English. Sentences of our own
writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

# -- the alleged charge of an arrest accuses the arrested (extractor._charges) -------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Kenyan police arrest a former governor over alleged bribery in road contracts.", "en"),
    ("Kenya detained a former governor for his alleged role in a fraud scheme.", "en"),
    ("اعتقلت الشرطة الكينية حاكماً سابقاً بتهمة رشوة مزعومة في عقود الطرق.", "ar"),
])
def test_an_arrest_over_an_alleged_charge_also_accuses_the_arrested(
        pipeline: Pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "COERCE", "KEN") in found
    assert ("KEN", "ACCUSE", "KEN") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Estonian police detain two men on suspicion of spying for Russia.", "en"),
    ("Estonia arrested two men on suspicion of espionage on behalf of Russia.", "en"),
    ("احتجزت الشرطة الإستونية رجلين للاشتباه في تجسسهما لصالح روسيا.", "ar"),
])
def test_the_state_a_charge_says_the_arrested_served_is_accused(
        pipeline: Pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("EST", "ACCUSE", "RUS") in found
    assert ("EST", "ACCUSE", "EST") not in found  # the one they served, not themselves


def test_a_conviction_for_spying_for_a_state_accuses_that_state(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "A Russian court convicted a French researcher of spying "
                                    "for the United States.")
    assert ("RUS", "SANCTION", "FRA") in found
    assert ("RUS", "ACCUSE", "USA") in found


def test_the_arrested_are_not_the_accusers_of_the_state_they_served(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Iranian authorities arrested two British nationals on "
                                    "suspicion of espionage on behalf of Israel.")
    assert ("IRN", "ACCUSE", "ISR") in found
    assert ("GBR", "ACCUSE", "ISR") not in found


@pytest.mark.parametrize(("text", "lang"), [
    # a conviction's charge is its reason, no accusation of its own
    ("A Kenyan court sentenced a former governor to ten years for alleged bribery.", "en"),
    # people said to be connected to something: no charge the arrest is for
    ("Kenyan police arrest 30 people allegedly connected to a smuggling ring.", "en"),
    # the charge of an arrest not worded as alleged
    ("Kenyan police arrested 30 protesters for blocking a highway.", "en"),
])
def test_no_accusation_without_an_alleged_charge_of_an_arrest(
        pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("KEN", "ACCUSE", "KEN") not in event_triples(pipeline, text, lang)


def test_an_indictment_by_another_state_stays_its_own(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Police in Kenya arrest a businessman following an "
                                    "indictment by a federal grand jury in the United States.")
    assert ("KEN", "ACCUSE", "KEN") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Latvian police detain an officer and his Russian partner on suspicion of spying for "
     "Russia.", "en"),
    ("احتجزت الشرطة اللاتفية ضابطاً وشريكه الروسي للاشتباه في تجسسهما لصالح روسيا.", "ar"),
])
def test_a_fact_word_between_an_arrest_and_its_charge_does_not_part_them(
        pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("LVA", "ACCUSE", "RUS") in event_triples(pipeline, text, lang)


def test_an_allegation_the_arrested_made_in_a_relative_clause_is_no_charge(
        pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Estonia detains a former Latvian adviser, who has accused "
                                    "the Latvian president of corruption.")
    assert ("EST", "COERCE", "LVA") in found
    assert ("EST", "ACCUSE", "LVA") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya expels a Ugandan diplomat accused of espionage.", "en"),
    ("Kenya expels two Ugandan diplomats over alleged spying.", "en"),
    ("Kenya sanctions three Ugandan firms for allegedly smuggling gold.", "en"),
    # the charge after the punished's name and its description
    ("Kenya sanctions a judge of the Ugandan Supreme Court, John Okello, over alleged "
     "abuses.", "en"),
    ("طردت كينيا دبلوماسيا أوغنديا بتهمة التجسس.", "ar"),
    ("فرضت كينيا عقوبات على قاضي المحكمة العليا الأوغندية جون أوكيلو، بسبب انتهاكات مزعومة "
     "لحقوق الإنسان.", "ar"),
])
def test_the_alleged_charge_of_a_sanction_or_an_expulsion_accuses_the_punished(
        pipeline: Pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "SANCTION", "UGA") in found, found
    assert ("KEN", "ACCUSE", "UGA") in found, found
    assert ("UGA", "ACCUSE", "UGA") not in found, found  # the punished accuse no one


@pytest.mark.parametrize(("text", "lang"), [
    # a reason not worded as alleged, a violation stated as a finding, a relative clause's
    # own allegation: no accusation the sanction makes
    ("Kenya sanctions three Ugandan firms for smuggling gold.", "en"),
    ("Kenya fines a Ugandan airline for breaching its aviation rules.", "en"),
    ("Kenya expels a Ugandan diplomat who had accused Nairobi of spying.", "en"),
])
def test_no_accusation_without_an_alleged_charge_of_a_sanction(
        pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("KEN", "ACCUSE", "UGA") not in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # the punished's own allegation against the punisher, before the punishment: theirs
    ("Kenya expelled a Ugandan diplomat after Uganda accused Nairobi of espionage.", "en"),
    ("Kenya sanctioned Ugandan officials after Uganda accused Kenya of smuggling gold.", "en"),
    ("Kenya arrested a Ugandan journalist after Uganda accused Nairobi of spying.", "en"),
    ("طردت كينيا دبلوماسيا أوغنديا بعد أن اتهمت أوغندا نيروبي بالتجسس.", "ar"),
])
def test_an_allegation_the_punished_made_of_the_punisher_is_no_charge(
        pipeline: Pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("UGA", "ACCUSE", "KEN") in found, found
    assert ("KEN", "ACCUSE", "UGA") not in found, found


@pytest.mark.parametrize("text", [
    # the case an arrest named as the reason was made in is held against the arrested, not
    # the expelled: no abduction by Uganda
    "Kenya expels a Ugandan diplomat over the arrest of a Kenyan activist in a kidnapping case.",
    "Kenya expelled two Ugandan envoys over the detention of a Kenyan trader in an abduction "
    "case.",
])
def test_the_reason_of_a_punishment_that_is_a_reason_is_not_the_outer_punished(
        pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text, "en")
    assert ("KEN", "SANCTION", "UGA") in found, found
    assert not [t for t in found if t[1] == "ASSAULT"], found


@pytest.mark.parametrize("text", [
    # "on ... charges" read as an accusation of its own takes the clause's subject as the
    # accuser: an acquittal, a protest at an arrest accuse no one
    "The court in Kenya acquitted a Ugandan journalist on all charges.",
    "A Kenyan court cleared a Ugandan journalist on espionage charges.",
    "Uganda protested the arrest of its journalist on espionage charges in Kenya.",
])
def test_the_charges_an_act_is_on_are_no_accusation_by_its_subject(pipeline: Pipeline,
                                                                   text: str) -> None:
    assert ("UGA", "ACCUSE", "KEN") not in event_triples(pipeline, text, "en")


@pytest.mark.parametrize("text", [
    # charges another brought, charges dropped: not what the arrest or sanction is on
    "Kenya sanctioned a Ugandan firm on the basis of charges filed by Tanzania.",
    "Kenya arrested a Ugandan journalist on Monday, days after charges were dropped.",
])
def test_charges_the_punishment_is_not_on_accuse_no_one(pipeline: Pipeline,
                                                         text: str) -> None:
    assert ("KEN", "ACCUSE", "UGA") not in event_triples(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang", "accused"), [
    ("Kenya extradited a Ugandan man to Tanzania, where he faces fraud charges.", "en", "UGA"),
    ("Kenya deported a Ugandan activist to Tanzania to face charges of sedition.", "en", "UGA"),
    ("A Kenyan court approves a Ugandan national's extradition to Tanzania, where he faces "
     "fraud charges.", "en", "UGA"),
    ("سلمت كينيا رجلا أوغنديا إلى تنزانيا، حيث يواجه تهما تتعلق بالاحتيال.", "ar", "UGA"),
    # no one sent named but by the receiver: its own people
    ("وافق المدرب السابق على تسليمه من كينيا إلى تنزانيا لمواجهة المحاكمة بتهمة الاحتيال.",
     "ar", "TZA"),
])
def test_charges_faced_where_one_is_sent_are_the_receivers_accusation(
        pipeline: Pipeline, text: str, lang: str, accused: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("TZA", "ACCUSE", accused) in found, found
    assert not [t for t in found if t[1] == "ACCUSE" and t[0] == "KEN"], found


@pytest.mark.parametrize(("text", "lang"), [
    # sent nowhere, or no charges faced there: no accusation
    ("Kenya extradited a Ugandan man to Tanzania.", "en"),
    ("Kenya sent troops to Tanzania to face the rebels.", "en"),
    # troops deployed are no one handed over: the charges they face are not the receiver's
    # accusation of its own people
    ("Kenya sent troops to Somalia, where they face charges of abuse.", "en"),
    ("Kenya deployed soldiers to Somalia, where they faced charges of looting.", "en"),
    ("سلمت كينيا رجلا أوغنديا إلى تنزانيا.", "ar"),
])
def test_a_handing_over_with_no_charges_faced_accuses_no_one(
        pipeline: Pipeline, text: str, lang: str) -> None:
    assert not [t for t in event_triples(pipeline, text, lang) if t[1] == "ACCUSE"]


# -- a punitive act planned under a condition threatens the one who must meet it ----------

@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya will impose tariffs on Tanzanian goods if Tanzania does not lift its ban.", "en"),
    ("ستفرض كينيا رسوماً جمركية على السلع التنزانية إذا لم ترفع تنزانيا حظرها.", "ar"),
])
def test_a_punitive_act_planned_under_if_is_a_threat(pipeline: Pipeline, text: str,
                                                     lang: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert ("KEN", "THREATEN", "TZA", "actual") in quads
    assert ("KEN", "SANCTION", "TZA", "actual") not in quads


def test_a_visit_planned_under_if_threatens_no_one(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Kenya will send a delegation to Tanzania if the talks go "
                                    "well.")
    assert not [t for t in found if t[1] == "THREATEN"]


@pytest.mark.parametrize("text", [
    # "on charges of" (no kind in the gap) obeys the same rule: an acquittal, another's
    # arrest the subject protests accuse no one
    "A Kenyan court cleared a Ugandan journalist on charges of espionage.",
    "Uganda protested the arrest of its journalist on charges of espionage in Kenya.",
])
def test_charges_of_an_act_not_its_subjects_punishment_accuse_no_one(pipeline: Pipeline,
                                                                     text: str) -> None:
    assert ("UGA", "ACCUSE", "KEN") not in event_triples(pipeline, text, "en")


@pytest.mark.parametrize(("text", "accusation"), [
    # the charge of a punishment its subject inflicts accuses the punished
    ("Kenyan police detained a Ugandan journalist on espionage charges.",
     ("KEN", "ACCUSE", "UGA")),
    ("Bolivia orders the arrest of former president Evo Morales on statutory rape charges.",
     ("BOL", "ACCUSE", "BOL")),
])
def test_charges_of_the_subjects_punishment_accuse_the_punished(pipeline: Pipeline,
                                                                text: str,
                                                                accusation: tuple) -> None:
    assert accusation in event_triples(pipeline, text, "en")
