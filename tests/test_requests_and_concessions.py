"""Requests and concessions, on sentences of our own writing: an order naming whom it binds
("أمرت المحكمة X بإعادة", "ألزم X بـ", "ruled for X to"), a request for an inquiry that
names no one else (asked of the requester's own state), a ban ended as one lifted."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples


def _types(pipeline, text: str, lang: str) -> set[str]:
    return {q[1] for q in event_quads(pipeline, text, lang)}


@pytest.mark.parametrize(("text", "quad"), [
    ("أمرت المحكمة العليا في كينيا الحكومة الكينية بإعادة الصحفي المرحّل.",
     ("KEN", "REQUEST", "KEN", "actual")),
    ("قضت محكمة العدل الأوروبية بإلزام جميع الدول الأعضاء في الاتحاد الأوروبي بالاعتراف "
     "بأحكام التبني الصادرة في الخارج.", ("CJEU", "REQUEST", "FRA", "actual")),
])
def test_order_naming_whom_it_binds_ar(pipeline, text: str, quad: tuple) -> None:
    assert quad in event_quads(pipeline, text, "ar")


def test_order_naming_its_act_only_keeps_the_act_ar(pipeline) -> None:
    found = event_quads(pipeline, "أمر الرئيس الأمريكي بتجميد جميع المساعدات المقدمة إلى كينيا.",
                        "ar")
    assert ("USA", "SANCTION", "KEN", "actual") in found
    assert "REQUEST" not in {q[1] for q in found}


@pytest.mark.parametrize("text", [
    "وقّع الرئيس الكيني أمرا تنفيذيا بفرض رسوم على أوغندا.",
    "أمرت هيئة محلفين أمريكية شركة غوغل بدفع غرامة كبيرة.",
])
def test_executive_order_or_award_is_no_request_ar(pipeline, text: str) -> None:
    assert "REQUEST" not in _types(pipeline, text, "ar")


def test_ruling_for_states_to_act(pipeline) -> None:
    text = ("The European Court of Justice rules for all European Union member states to "
            "recognise adoptions made abroad.")
    assert ("CJEU", "REQUEST", "FRA", "actual") in event_quads(pipeline, text)


def test_ruling_for_a_party_is_no_request(pipeline) -> None:
    text = "The court ruled for Kenya in its border dispute with Uganda over the island."
    assert "REQUEST" not in _types(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Kenyan president called for an inquiry into the shooting.", "en"),
    ("دعا الرئيس الكيني إلى فتح تحقيق في الحادث.", "ar"),
])
def test_inquiry_asked_of_its_own_state(pipeline, text: str, lang: str) -> None:
    assert ("KEN", "REQUEST", "KEN", "actual") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Kenyan president called for an investigation into Ugandan border raids.", "en"),
    ("دعا الرئيس الكيني إلى فتح تحقيق في الغارات الأوغندية.", "ar"),
])
def test_inquiry_into_another_state_asks_it(pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("KEN", "REQUEST", "UGA", "actual") in found
    assert ("KEN", "REQUEST", "KEN", "actual") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("The United Kingdom ends its five-year ban on Nigerian airlines.", "en"),
    ("أنهت المملكة المتحدة حظرا استمر خمس سنوات على طائرات الشركات النيجيرية.", "ar"),
])
def test_ban_ended_is_a_concession(pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("GBR", "CONCEDE", "NGA", "actual") in found
    assert "SANCTION" not in {q[1] for q in found}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya ended its visit to Uganda on Friday.", "en"),
    ("أنهت كينيا زيارتها إلى أوغندا يوم الجمعة.", "ar"),
])
def test_other_things_ended_concede_nothing(pipeline, text: str, lang: str) -> None:
    assert "CONCEDE" not in _types(pipeline, text, lang)


def test_ban_imposed_stays_a_sanction_ar(pipeline) -> None:
    found = event_quads(pipeline, "فرضت كينيا حظرا على الواردات الأوغندية.", "ar")
    assert ("KEN", "SANCTION", "UGA", "actual") in found
    assert "CONCEDE" not in {q[1] for q in found}


@pytest.mark.parametrize(("text", "lang"), [
    ("Al-Shabaab fighters say they will march on Nairobi as Kenyan president William Ruto "
     "calls for a mobilization of young men.", "en"),
    ("أعلن مقاتلو حركة الشباب أنهم سيزحفون نحو نيروبي، في وقت دعا فيه الرئيس الكيني وليام "
     "روتو إلى تعبئة الشبان.", "ar"),
])
def test_own_request_asks_no_one_named_before(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "REQUEST", "KEN") in found
    assert ("KEN", "REQUEST", "ORG:al_shabaab") not in found


def test_request_naming_the_group_after_asks_it(pipeline) -> None:
    text = ("Al-Shabaab fighters seized the border town of Mandera as Kenyan president William "
            "Ruto called for an inquiry into Al-Shabaab funding.")
    assert ("KEN", "REQUEST", "ORG:al_shabaab", "actual") in event_quads(pipeline, text)


def test_own_people_addressed_after_a_count(pipeline) -> None:
    text = ("The Government of Kenya acknowledges the fall of Kisumu to Al-Shabaab fighters and "
            "urges its roughly two million residents to stay at home.")
    found = event_triples(pipeline, text)
    assert ("KEN", "REQUEST", "KEN") in found
    assert ("KEN", "REQUEST", "ORG:al_shabaab") not in found


def test_pronoun_addressee_asks_the_group_before(pipeline) -> None:
    text = ("The Government of Kenya acknowledges the fall of Kisumu to Al-Shabaab fighters and "
            "urges them to withdraw.")
    assert ("KEN", "REQUEST", "ORG:al_shabaab") in event_triples(pipeline, text)


def test_own_people_by_a_suffixed_noun_ar(pipeline) -> None:
    found = event_triples(pipeline, "حثت الحكومة الكينية سكانها على البقاء في منازلهم.", "ar")
    assert ("KEN", "REQUEST", "KEN") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Congolese Foreign Minister Thérèse Kayikwamba Wagner calls on Western carmakers to cut "
     "sponsorship deals with Rwanda.", "en"),
    ("دعت وزيرة الخارجية الكونغولية تيريز كاييكوامبا فاغنر الشركات الغربية إلى إلغاء عقود "
     "الرعاية مع رواندا.", "ar"),
])
def test_a_minister_named_wagner_is_no_mercenary_group(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("COD", "REQUEST", "RWA") in found
    assert not any("ORG:wagner" in (s, t) for s, _, t in found)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya pledged to withdraw its troops from Somalia.", "en"),
    ("تعهدت كينيا بسحب قواتها من الصومال.", "ar"),
])
def test_promised_retreat_is_a_concession(pipeline, text: str, lang: str) -> None:
    assert ("KEN", "CONCEDE", "SOM") in event_triples(pipeline, text, lang)


def test_promised_aid_concedes_nothing(pipeline) -> None:
    found = event_triples(pipeline, "Kenya pledged to send aid to Somalia.")
    assert ("KEN", "AID", "SOM") in found
    assert "CONCEDE" not in {t for _, t, _ in found}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya grants Uganda a one-year exemption from sanctions on Sudanese gold.", "en"),
    ("منحت كينيا أوغندا إعفاءً لمدة عام واحد من العقوبات المفروضة على الذهب السوداني.", "ar"),
])
def test_easing_granted_concedes_to_its_receiver(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "CONCEDE", "UGA") in found
    assert ("UGA", "CONCEDE", "SDN") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya announced a pause on tariffs on Ugandan goods.", "en"),
    ("أعلنت كينيا تعليق الرسوم الجمركية على السلع الأوغندية.", "ar"),
])
def test_easing_with_no_receiver_concedes_to_the_target(pipeline, text: str, lang: str) -> None:
    assert ("KEN", "CONCEDE", "UGA") in event_triples(pipeline, text, lang)


# Review (session 41): near-misses and the act an Arabic order names.

@pytest.mark.parametrize(("text", "triple"), [
    ("أمر الرئيس الكيني بإغلاق الحدود مع أوغندا.", ("KEN", "SANCTION", "UGA")),
    ("ألزمت كينيا نفسها بسحب قواتها من الصومال.", ("KEN", "RETREAT", "SOM")),
    ("أمرت المحكمة الكينية بالإفراج عن الصحفي الأوغندي.", ("KEN", "RETREAT", "UGA")),
])
def test_act_ordered_past_the_order_keeps_its_doer_ar(pipeline, text: str, triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


def test_act_ordered_of_a_named_addressee_is_asked_for_ar(pipeline) -> None:
    found = event_triples(pipeline, "أمرت الولايات المتحدة كينيا بإغلاق حدودها مع الصومال.", "ar")
    assert ("USA", "REQUEST", "KEN") in found
    assert "SANCTION" not in {t for _, t, _ in found}  # asked for, not done


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya ended talks with Uganda over the ban on fishing.", "en"),
    ("Kenya ended the week with a ban on Ugandan imports.", "en"),
    ("The meeting ended without sanctions on Iran.", "en"),
    ("Trump ended his speech announcing tariffs on Canada.", "en"),
    ("أنهت كينيا المحادثات مع أوغندا بشأن حظر الصيد.", "ar"),
    ("أنهت كينيا الأسبوع بحظر على الواردات الأوغندية.", "ar"),
])
def test_an_end_near_a_sanction_concedes_nothing(pipeline, text: str, lang: str) -> None:
    assert "CONCEDE" not in _types(pipeline, text, lang)


def test_own_ban_ended_however_described(pipeline) -> None:
    found = event_quads(pipeline, "Kenya ended its long-standing ban on Ugandan goods.")
    assert ("KEN", "CONCEDE", "UGA", "actual") in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Uganda gave Kenya a week to lift its sanctions on Sudan.", "en", ("KEN", "CONCEDE", "SDN")),
    ("منحت أوغندا كينيا مهلة لرفع الحظر عن البضائع الأوغندية.", "ar",
     ("KEN", "CONCEDE", "UGA")),
])
def test_time_granted_to_concede_is_no_grant(pipeline, text: str, lang: str,
                                            triple: tuple) -> None:
    found = event_triples(pipeline, text, lang)
    assert triple in found
    assert ("UGA", "CONCEDE", "KEN") not in found


def test_ruling_in_a_partys_favour_is_no_request(pipeline) -> None:
    text = "The International Court of Justice ruled for Kenya to keep the disputed island."
    assert "REQUEST" not in _types(pipeline, text, "en")
