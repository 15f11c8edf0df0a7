"""Facts on constructions of wave 19, in both languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ten Peruvians were shot by Chilean soldiers while trying to obtain aid in Lima."),
    ("en", "Several Peruvians were killed by Chilean fire while obtaining aid."),
    ("ar", "قتل عشرة بيروفيين برصاص الجنود التشيليين الذين أطلقوا النار على أشخاص كانوا "
           "ينتظرون شاحنات المساعدات في ليما."),
    ("ar", "قتل عشرة بيروفيين بنيران تشيلية بينما توجه مئات الأشخاص لتسلم المساعدات في ليما."),
])
def test_aid_people_try_to_obtain_names_no_giver(pipeline: Pipeline, lang: str,
                                                  text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile sent humanitarian aid to Peru."),
    ("ar", "أرسلت تشيلي مساعدات إنسانية إلى بيرو."),
])
def test_aid_sent_still_names_its_giver(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(s == "CHL" and p == "aid_to" and o == "PER" for s, p, o, _ in found), found


@pytest.mark.parametrize("text", [
    "أرسلت تشيلي قافلة لتسلم المساعدات إلى بيرو.",
    "أرسلت تشيلي قافلة لتسلم المساعدات لبيرو.",
])
def test_aid_delivered_to_a_recipient_still_names_its_giver_ar(pipeline: Pipeline,
                                                               text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert ("CHL", "aid_to", "PER") in {(s, p, o) for s, p, o, _ in found}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officers of the Chilean Border Force found weapons on a boat from Peru."),
    ("en", "The Chilean border police arrested two men from Peru."),
    ("ar", "أعلنت تشيلي أن شرطة الحدود أوقفت مهربين من بيرو."),
    ("ar", "أعلنت تشيلي أن حرس الحدود اعترضوا قاربا من بيرو."),
])
def test_a_border_agency_names_no_border(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "border_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile deployed border guards at the Chile–Peru border."),
    ("ar", "نشرت تشيلي حرس حدود على الحدود بين تشيلي وبيرو."),
])
def test_the_border_an_agency_guards_is_still_a_border(pipeline: Pipeline, lang: str,
                                                      text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "border_with" and {s, o} == {"CHL", "PER"} for s, p, o, _ in found), found


@pytest.mark.parametrize("text", [
    "ناقش مجلس الأمن الوضع في تشيلي. واعترضت خمس من الدول الأعضاء في المجلس على مشروع القرار.",
    "طلب المجلس من الدول الأعضاء تنفيذ الجزاءات المفروضة على حركة الطالبان.",
    "وبمساندة الدول الأعضاء، يواصل مجلس الأمن التصدي لتنظيم القاعدة وحركة الطالبان.",
])
def test_member_states_none_named_are_no_members_ar(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "member_of" for _, p, _, _ in found), found


@pytest.mark.parametrize(("text", "members"), [
    ("منظمة التجارة العالمية التي تضم بيرو والأرجنتين عقدت اجتماعا.", {"PER", "ARG"}),
    ("تشيلي من الدول الأعضاء في منظمة التجارة العالمية.", {"CHL"}),
])
def test_members_named_are_still_members_ar(pipeline: Pipeline, text: str,
                                            members: set[str]) -> None:
    found = fact_quads(pipeline, text, "ar")
    named = {s for s, p, o, _ in found if p == "member_of" and o == "WTO"}
    assert members <= named, found


@pytest.mark.parametrize(("text", "members"), [
    ("تشيلي دولة ذات سيادة. وهي من الدول الأعضاء في منظمة التجارة العالمية.", {"CHL"}),
    ("تشيلي دولة ذات سيادة. وتعد من الدول الأعضاء في منظمة التجارة العالمية.", {"CHL"}),
    ("الدول الأعضاء في منظمة التجارة العالمية، ومنها تشيلي وبيرو، اجتمعت.", {"CHL", "PER"}),
    ("اجتمعت الدول الأعضاء في منظمة التجارة العالمية، ومن بينها تشيلي وبيرو.", {"CHL", "PER"}),
])
def test_member_states_with_their_subject_named_are_members_ar(pipeline: Pipeline, text: str,
                                                               members: set[str]) -> None:
    found = fact_quads(pipeline, text, "ar")
    named = {s for s, p, o, _ in found if p == "member_of" and o == "WTO"}
    assert members <= named, found


@pytest.mark.parametrize("text", [
    "تشيلي دولة ذات سيادة. وطلب المجلس من الدول الأعضاء في منظمة التجارة العالمية الرد.",
    "وتدعم الدول الأعضاء في حلف شمال الأطلسي أوكرانيا، وتطلب منها روسيا وقف الدعم.",
])
def test_member_states_asked_or_from_it_name_no_member_ar(pipeline: Pipeline,
                                                          text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "member_of" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "تشهد تشيلي أزمة. وأقر أعضاء المجلس بضرورة إنشاء مكتب للأمم المتحدة في تشيلي.",
    "تشهد تشيلي أزمة. ويرحب مجلس الأمن بإنشاء آلية وطنية للرقابة في تشيلي.",
    "تشهد تشيلي أزمة. وطالب المجلس بتأسيس بعثة للاتحاد الأفريقي في تشيلي.",
])
def test_a_founding_noun_names_no_guessed_founder_ar(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "founder_of" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "تشيلي دولة نشطة. وقررت إنشاء منظمة التجارة العالمية.",
    "تشيلي دولة نشطة. وقامت بتأسيس منظمة التجارة العالمية.",
    "تشيلي دولة نشطة. وأعلنت عن تأسيس منظمة التجارة العالمية.",
])
def test_a_founding_noun_governed_by_a_state_verb_keeps_its_founder_ar(
        pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert ("CHL", "founder_of", "WTO") in {(s, p, o) for s, p, o, _ in found}, found


def test_a_founding_noun_after_a_council_verb_names_no_founder_ar(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "تشهد تشيلي أزمة. وقرر المجلس إنشاء مكتب للأمم المتحدة.", "ar")
    assert not any(p == "founder_of" for _, p, _, _ in found), found


def test_a_founding_verb_keeps_its_subject_in_the_verb_ar(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "تشيلي دولة نشطة. وقد أسست منظمة التجارة العالمية.", "ar")
    assert any(p == "founder_of" and s == "CHL" for s, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "صادقت تشيلي على اتفاقية الأمم المتحدة لمكافحة الفساد."),
    ("ar", "صادقت تشيلي على اتفاقية منظمة العمل الدولية رقم 182."),
    ("ar", "وقعت تشيلي معاهدة الأمم المتحدة لمكافحة الفساد."),
    ("ar", "وقعت تشيلي اتفاقية الأمم المتحدة لمكافحة الفساد."),
    ("en", "Delegates gathered in Lima, Peru, for a UN treaty signing ceremony on Monday."),
])
def test_the_organisation_an_instrument_is_named_for_is_no_party(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" and {s, o} & {"UN", "ILO"}
                   for s, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("ar", "وقعت تشيلي والاتحاد الأوروبي اتفاقية للتجارة الحرة.", {"CHL", "EU"}),
    ("ar", "وقعت تركيا اتفاق الاتحاد الأوروبي وتركيا بشأن الهجرة.", {"TUR", "EU"}),
    ("en", "The EU–Mercosur agreement was signed in Montevideo.", {"EU", "MERCOSUR"}),
    ("en", "Chile signed an agreement with the EU.", {"CHL", "EU"}),
])
def test_an_organisation_party_beside_the_noun_stays_a_party(
        pipeline: Pipeline, lang: str, text: str, pair: set[str]) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "agreement_with" and {s, o} == pair for s, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "The EU agreement with Chile was signed.", {"CHL", "EU"}),
    ("en", "The NATO agreement with Finland entered into force.", {"FIN", "NATO"}),
    ("ar", "دخل اتفاق الاتحاد الأوروبي مع تشيلي حيز التنفيذ.", {"CHL", "EU"}),
])
def test_an_organisation_before_a_noun_with_a_partner_is_the_other_side(
        pipeline: Pipeline, lang: str, text: str, pair: set[str]) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "agreement_with" and {s, o} == pair for s, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile ratified a UN treaty with Peru."),
    ("en", "Chile signed the UN convention with great fanfare."),
])
def test_a_partner_of_a_named_subject_leaves_the_owner_out(pipeline: Pipeline, lang: str,
                                                           text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" and "UN" in {s, o} for s, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile is in turmoil. The Security Council talks, held in private last week, ended "
           "without a statement."),
    ("en", "Chile faces a crisis. The NATO session was held in secret on Monday."),
    ("ar", "تواجه تشيلي أزمة. وتعقد في سرية تامة جلسة لحلف شمال الأطلسي."),
])
def test_held_in_no_place_names_no_host(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "hosts" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile is a stable country. NATO is based in the capital."),
    ("ar", "تشيلي دولة مستقرة. وتعقد في العاصمة قمة لحلف شمال الأطلسي."),
])
def test_held_in_a_place_noun_keeps_its_guessed_host(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("CHL", "hosts", "NATO") in {(s, p, o) for s, p, o, _ in found}, found


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "The WTO is based in Chile.", "WTO"),
    ("ar", "استضافت تشيلي قمة حلف شمال الأطلسي.", "NATO"),
])
def test_a_host_named_still_hosts(pipeline: Pipeline, lang: str, text: str, org: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "hosts" and s == "CHL" and o == org for s, p, o, _ in found), found
