"""Recall of the conflictual types (ASSAULT, COERCE, SANCTION, ACCUSE, REQUEST, RETREAT):
constructions that read them where nothing, or only another type, was read. Sentences of
our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

# -- a request of its own state and people: Arabic as English ("called for calm") ---------

@pytest.mark.parametrize("text", [
    "دعا الرئيس السوداني إلى التزام الهدوء.",
    "طالبت المعارضة السودانية باستقالة الحكومة.",
    "دعا الرئيس السوداني إلى بدء عملية انتقال السلطة.",
])
def test_an_arabic_request_of_calm_or_resignation_is_domestic(pipeline: Pipeline,
                                                              text: str) -> None:
    assert ("SDN", "REQUEST", "SDN", "actual") in event_quads(pipeline, text, "ar")


def test_a_domestic_request_needs_no_other_state_named(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "دعا وزير الخارجية الفرنسي إلى ضبط النفس في لبنان.", "ar")
    assert ("FRA", "REQUEST", "FRA") not in found


# -- the victims of an act's result in deaths are its target ------------------------------

@pytest.mark.parametrize(("text", "quad"), [
    ("شن الجيش النيجيري غارات جوية في ولاية بورنو، ما أسفر عن مقتل 30 مسلحا من جماعة "
     "بوكو حرام.", ("NGA", "ASSAULT", "ORG:boko_haram", "actual")),
    ("نفذت القوات الأمريكية ضربة بطائرة مسيرة في محافظة مأرب، ما أدى إلى مقتل ثلاثة من "
     "عناصر تنظيم القاعدة.", ("USA", "ASSAULT", "ORG:al_qaeda", "actual")),
    ("أطلق جنود إسرائيليون النار في رفح، ما أسفر عن مقتل خمسة فلسطينيين.",
     ("ISR", "ASSAULT", "PSE", "actual")),
])
def test_the_victims_of_an_attacks_result_are_its_target(pipeline: Pipeline, text: str,
                                                         quad: tuple) -> None:
    assert quad in event_quads(pipeline, text, "ar")


def test_deaths_with_no_doer_are_still_no_attack(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "انقلبت حافلة في ولاية كسلا، ما أسفر عن مقتل عشرين راكبا "
                                    "إثيوبيا.", "ar")
    assert not [t for t in found if t[1] == "ASSAULT"]


def test_an_attack_with_its_own_target_keeps_it(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "قصفت روسيا مدينة خاركيف الأوكرانية، ما أسفر عن مقتل "
                                    "عامل إغاثة بريطاني.", "ar")
    assert ("RUS", "ASSAULT", "UKR") in found
    assert ("RUS", "ASSAULT", "GBR") not in found


# -- English casualties before the act that caused them ("were killed in a X attack") -----

@pytest.mark.parametrize(("text", "triple"), [
    ("Four Syrian soldiers were killed in an ISIS ambush near Palmyra.",
     ("ORG:isis", "ASSAULT", "SYR")),
    ("Nine Palestinians are killed and 20 injured in Gaza during Israeli airstrikes.",
     ("ISR", "ASSAULT", "PSE")),
    ("Two American contractors were killed in an Iranian drone attack.",
     ("IRN", "ASSAULT", "USA")),
])
def test_the_casualties_before_an_act_are_its_target(pipeline: Pipeline, text: str,
                                                     triple: tuple) -> None:
    assert triple in event_triples(pipeline, text)


def test_casualties_of_an_act_with_no_doer_give_no_attack(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Two Israeli hikers were killed in a landslide in Nepal.")
    assert not [t for t in found if t[1] == "ASSAULT"]


def test_a_country_reporting_its_casualties_is_no_doer(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Russia says three Russian soldiers were killed in a "
                                    "Ukrainian drone attack.")
    assert ("UKR", "ASSAULT", "RUS") in found
    assert ("RUS", "ASSAULT", "UKR") not in found


# -- a verb-first request reaches past its subject to the act it asks for ------------------

@pytest.mark.parametrize(("text", "triple"), [
    ("دعت الحكومة الصومالية إلى انسحاب القوات الإثيوبية.", ("SOM", "REQUEST", "ETH")),
    ("طالبت الحكومة السودانية الأربعاء برحيل بعثة الأمم المتحدة.", ("SDN", "REQUEST", "UN")),
])
def test_a_request_reaches_the_doer_of_what_it_asks(pipeline: Pipeline, text: str,
                                                    triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


def test_a_named_addressee_stays_the_target(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "دعت مصر إسرائيل إلى الانسحاب من قطاع غزة.", "ar")
    assert ("EGY", "REQUEST", "ISR") in found
    assert ("EGY", "REQUEST", "PSE") not in found


# -- a place inside what a request asks for is whom it asks ("a ceasefire in Lebanon") -----

@pytest.mark.parametrize(("text", "triple"), [
    ("دعت فرنسا إلى وقف إطلاق النار في لبنان.", ("FRA", "REQUEST", "LBN")),
    ("دعا الاتحاد الأوروبي إلى وقف الهجمات على أوكرانيا.", ("EU", "REQUEST", "UKR")),
])
def test_the_state_inside_the_asked_act_is_the_target(pipeline: Pipeline, text: str,
                                                      triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


def test_a_state_in_a_later_phrase_is_not_asked(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "دعت البرازيل إلى استئناف المحادثات منذ اندلاع الحرب في "
                                    "السودان.", "ar")
    assert ("BRA", "REQUEST", "SDN") not in found


# -- a verb-first subject after a quantity ("حثّ أكثر من 100 عضو في البرلمان ...") ---------

def test_a_verb_first_subject_after_a_quantity(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "حث أكثر من 120 نائبا في البرلمان الكيني الرئيس على "
                                    "الاستقالة.", "ar")
    assert ("KEN", "REQUEST", "KEN") in found


def test_a_quantity_with_no_numeral_is_no_quantity(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "طردت من البلاد فرنسا دبلوماسيين روسيين.", "ar")
    assert ("FRA", "SANCTION", "RUS") in found


# -- the Arabic sanctions noun with its owner's pronoun or an adjective ("عقوباتها على") ---

@pytest.mark.parametrize(("text", "triple"), [
    ("وسعت كندا عقوباتها على إيران.", ("CAN", "SANCTION", "IRN")),
    ("أعلن الاتحاد الأوروبي تشديد عقوباته ضد كوريا الشمالية.", ("EU", "SANCTION", "PRK")),
    ("دخلت العقوبات البريطانية على روسيا حيز التنفيذ.", ("GBR", "SANCTION", "RUS")),
])
def test_an_owned_or_described_sanctions_noun_sanctions(pipeline: Pipeline, text: str,
                                                        triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


def test_sanctions_lifted_are_no_sanction(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "رفعت كندا عقوباتها على سوريا.", "ar")
    assert ("CAN", "CONCEDE", "SYR") in found
    assert ("CAN", "SANCTION", "SYR") not in found


# -- an Arabic charge with its addressee right after the verb is the passive ("was charged") --

@pytest.mark.parametrize(("text", "triple"), [
    ("وجهت إلى صحفي مغربي تهمة التحريض في الرباط.", ("MAR", "ACCUSE", "MAR")),
    ("وجهت إليهم تهم الفساد في تونس.", ("TUN", "ACCUSE", "TUN")),
])
def test_a_charge_brought_to_someone_with_no_subject_is_passive(pipeline: Pipeline, text: str,
                                                                triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


def test_a_charge_brought_by_a_named_subject_stays_active(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "وجهت النيابة الفرنسية إلى دبلوماسي روسي تهمة التجسس.", "ar")
    assert ("FRA", "ACCUSE", "RUS") in found
