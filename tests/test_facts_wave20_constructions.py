"""Facts on constructions of wave 20, in both languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A court in Chile halts the transfer of a suspect to Peru, ruling that the transfer "
           "was unlawful without a formal transfer treaty."),
    ("en", "Chile cannot send the suspect to Peru without an extradition treaty."),
    ("ar", "أوقفت محكمة في تشيلي نقل مشتبه به إلى بيرو، وقضت بأن النقل غير قانوني في غياب "
           "معاهدة رسمية."),
    ("ar", "رفضت تشيلي طلب بيرو دون اتفاق."),
])
def test_an_agreement_stated_as_missing_is_negated(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    agreements = [(s, o, m) for s, p, o, m in found if p == "agreement_with"]
    assert agreements, found
    assert all(m == "negated" for _, _, m in agreements), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru sign an extradition treaty."),
    ("ar", "وقعت تشيلي وبيرو معاهدة لتسليم المطلوبين."),
])
def test_an_agreement_signed_is_still_actual(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "agreement_with" and m == "actual" and {s, o} == {"CHL", "PER"}
               for s, p, o, m in found), found


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Chile provides military support to Hezbollah fighters in Bolivia.", "ORG:hezbollah"),
    ("en", "Chile sends weapons to the Houthis in Yemen.", "ORG:houthis"),
    ("ar", "أدانت بيرو الدعم العسكري الذي تقدمه تشيلي لمقاتلي حزب الله في بوليفيا.",
     "ORG:hezbollah"),
    ("ar", "أرسلت تشيلي أسلحة إلى الحوثيين في اليمن.", "ORG:houthis"),
])
def test_aid_to_an_armed_group_names_the_group(pipeline: Pipeline, lang: str, text: str,
                                               group: str) -> None:
    found = fact_quads(pipeline, text, lang)
    aid = {(s, o) for s, p, o, _ in found if p == "aid_to"}
    assert aid == {("CHL", group)}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile's foreign minister announces that his country will recognize Palestine, "
           "provided the Palestinian Authority holds elections."),
    ("ar", "أعلن وزير الخارجية التشيلي أن بلاده ستعترف بفلسطين، شريطة أن تجري السلطة "
           "الفلسطينية إصلاحات."),
])
def test_his_country_is_the_speakers_state(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("CHL", "recognized", "PSE", "planned") in found, found


@pytest.mark.parametrize("text", [
    "أعلن الرئيس التشيلي أن بيرو سترسل مساعدات إلى بلاده.",
    "قال الرئيس التشيلي إن بيرو سترسل مساعدات لبلاده.",
])
def test_his_country_governed_is_still_the_receiver_ar(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert {(s, o) for s, p, o, _ in found if p == "aid_to"} == {("PER", "CHL")}, found


@pytest.mark.parametrize(("lang", "text", "body", "state"), [
    ("en", "Brazil's peacekeeping mission in Haiti ends after ten years.", "BRA", "HTI"),
    ("en", "A report praises the African Union's peacekeeping mission in Mali.", "AU", "MLI"),
    ("ar", "تشارك تشيلي في بعثة حفظ السلام التابعة للأمم المتحدة في هايتي.", "UN", "HTI"),
    ("ar", "سحب الاتحاد الأفريقي بعثته لحفظ السلام في مالي.", "AU", "MLI"),
])
def test_a_peacekeeping_mission_in_a_state_is_peacekeeping_aid(
        pipeline: Pipeline, lang: str, text: str, body: str, state: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert (body, "aid_to", state, "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "European army chiefs discuss a potential peacekeeping force in Ukraine."),
    ("en", "Chile and the African Union agree on troops for the new peacekeeping mission."),
    ("ar", "ساهمت تشيلي بجنود في بعثات حفظ السلام التابعة للأمم المتحدة، بما في ذلك عمليات "
           "الانتشار في بيرو وبوليفيا."),
])
def test_a_peacekeeping_force_proposed_or_unplaced_is_no_aid(pipeline: Pipeline, lang: str,
                                                              text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    # no mission's owner nor a state it serves in; Chile's troops given to the UN (the last
    # sentence) are Chile's own contribution
    assert {(s, o) for s, p, o, _ in found if p == "aid_to"} <= {("CHL", "UN")}, found


@pytest.mark.parametrize(("text", "receiver"), [
    ("قتل سائق تشيلي كان ينقل مساعدات إلى قطاع غزة جنديين بيروفيين في بوليفيا.", "PSE"),
    ("أرسلت تشيلي مساعدات إلى بيرو.", "PER"),
])
def test_a_place_marked_after_aid_is_its_receiver_ar(pipeline: Pipeline, text: str,
                                                     receiver: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert {o for s, p, o, _ in found if p == "aid_to" and s == "CHL"} == {receiver}, found
