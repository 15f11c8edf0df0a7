"""Facts of the third wave, in both languages, on sentences of our own writing: troops
contributed to a mission (aid to the state it serves), an agreement referred back to ("under
the agreement") that names no parties, carbon neutrality that is no neutrality policy."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Chad will contribute 1,000 troops to the UN mission in Sudan.", "planned"),
    ("en", "Bangladesh has contributed 1,200 peacekeepers to the UN mission in Sudan.", "actual"),
    ("ar", "ستساهم تشاد بـ1000 جندي في بعثة الأمم المتحدة في السودان.", "planned"),
    ("ar", "ساهمت تشاد بقوات في بعثة حفظ السلام في السودان.", "actual"),
])
def test_troops_contributed_are_aid_to_the_state_the_mission_serves(
        pipeline: Pipeline, lang: str, text: str, modality: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("TCD" if "Chad" in text or "تشاد" in text else "BGD",
            "aid_to", "SDN", modality) in found, found
    assert not any(p == "aid_to" and o == "UN" for _, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Under the deal, Chad will contribute 900 troops, followed by Niger with 600."),
    ("ar", "وبموجب الاتفاق، ستساهم تشاد بـ900 جندي، تليها النيجر بـ600."),
])
def test_a_contributor_named_after_followed_by_receives_nothing(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p in ("aid_to", "agreement_with") for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Under the agreement, Peru will export copper and Chile will build the port."),
    ("ar", "وبموجب الاتفاق، ستصدر بيرو النحاس وستبني تشيلي الميناء."),
])
def test_an_agreement_referred_back_to_names_no_parties(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway aims to become the first carbon-neutral country by 2040."),
    ("en", "Norway has pledged climate neutrality by 2040."),
    ("ar", "تسعى النرويج لتصبح أول دولة محايدة كربونيا بحلول عام 2040."),
    ("ar", "تعهدت النرويج بتحقيق الحياد الكربوني بحلول عام 2040."),
])
def test_carbon_neutrality_is_no_neutrality_policy(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "policy" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkmenistan keeps its policy of neutrality."),
    ("ar", "تلتزم تركمانستان بسياسة الحياد."),
])
def test_neutrality_itself_is_still_a_policy(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("TKM", "policy", "neutrality", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "giver"), [
    ("Turkey supplied Kenya with drones.", "TUR"),
    ("A new fund will supply Kenya with rifles from Turkish stocks.", "TUR"),
])
def test_the_state_supplied_with_arms_receives_them(
        pipeline: Pipeline, text: str, giver: str) -> None:
    found = fact_quads(pipeline, text, "en")
    assert any((s, p, o) == (giver, "aid_to", "KEN") for s, p, o, _ in found), found
    assert not any(s == "KEN" and p == "aid_to" for s, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru recognizes Juan Pérez as interim president of Bolivia."),
    ("ar", "اعترف الرئيس البيروفي بخوان بيريز رئيسا مؤقتا لبوليفيا."),
])
def test_a_claimant_recognised_as_president_is_no_recognised_state(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "recognized" for _, p, _, _ in found), found


def test_a_state_recognised_is_still_recognised(pipeline: Pipeline) -> None:
    assert ("PER", "recognized", "XKX", "actual") in fact_quads(
        pipeline, "Peru recognized Kosovo.", "en")


def test_the_two_sides_named_in_the_sentence_agreed(pipeline: Pipeline) -> None:
    text = "استقبل الرئيس الفرنسي نظيره البرازيلي في باريس، واتفق الجانبان على تعزيز التجارة."
    found = fact_quads(pipeline, text, "ar")
    assert {("FRA", "agreement_with", "BRA", "actual"),
            ("BRA", "agreement_with", "FRA", "actual")} & found, found


def test_the_two_sides_of_an_earlier_sentence_are_a_guess(pipeline: Pipeline) -> None:
    text = "زار وزير الخارجية الفرنسي البرازيل أمس. واتفق الجانبان على تعزيز التجارة."
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fines were imposed on Serbian refiner NIS, of which Russian firm Gazprom holds a "
           "majority of shares."),
    ("en", "Gazprom holds a controlling stake in a Serbian refinery."),
    ("ar", "فُرضت غرامات على شركة التكرير الصربية، "
           "التي تمتلك شركة غازبروم الروسية حصة الأغلبية فيها."),
])
def test_a_majority_stake_held_is_an_investment_in_the_companys_state(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("ORG:gazprom", "invested_in", "SRB", "actual") in found, found
    assert not any(o == "RUS" for _, _, o, _ in found), found  # the holder's own state
    events = pipeline(text, lang, "2025-03-01").extraction.events
    assert not any(e.event_type == "COOPERATE" for e in events)  # a stake held is no act


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru agreed to buy twelve fighter jets from Sweden in a $2 billion deal."),
    ("en", "Peru agrees to purchase twelve new Swedish-made fighter jets in a $2 billion deal."),
    ("ar", "وافقت بيرو على شراء طائرات مقاتلة من السويد في صفقة تبلغ قيمتها ملياري دولار."),
])
def test_a_purchase_in_a_named_deal_is_an_agreement_with_the_seller(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert {("PER", "agreement_with", "SWE", "actual"),
            ("SWE", "agreement_with", "PER", "actual")} & found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan's senate gave regulators powers over Chevron's plant in Atyrau, "
           "despite U.S. objections."),
    ("ar", "منح مجلس الشيوخ الكازاخستاني الجهات الرقابية صلاحيات على مصنع شركة شيفرون في "
           "أتيراو رغم اعتراضات أمريكية."),
])
def test_a_companys_plant_in_a_state_is_an_investment_there(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("ORG:chevron", "invested_in", "KAZ", "actual") in found, found
    assert not any(p == "invested_in" and o == "USA" for _, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "توصلت بيرو وتشيلي إلى اتفاق بشأن الصيد."),
    ("en", "Peru and Chile announced a deal on fishing."),
    ("en", "The deal between Peru and Chile covers fishing."),
])
def test_a_deal_reached_or_announced_by_two_named_states_is_an_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert {("PER", "agreement_with", "CHL", "actual"),
            ("CHL", "agreement_with", "PER", "actual")} & found, found


def test_reaching_a_deal_as_the_aim_of_another_verb_is_no_agreement(
        pipeline: Pipeline) -> None:
    text = "ولم تنجح الجولات التي استضافتها بيرو وتشيلي في التوصل إلى اتفاق نهائي."
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "Turkey transferred drones to Peru.", "actual"),
    ("ar", "سلمت فرنسا طائرات مقاتلة لبيرو.", "actual"),
    ("ar", "سترسل فرنسا 26 طائرة مقاتلة إلى بيرو.", "planned"),
])
def test_arms_transferred_are_aid_to_the_receiver(
        pipeline: Pipeline, lang: str, text: str, modality: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "aid_to" and o == "PER" and m == modality
               for _, p, o, m in found), found


@pytest.mark.parametrize("text", [
    "وقالت بيرو إن مطابخ المساعدات في تشيلي ستغلق خلال أيام.",
    "وقالت بيرو إن موظفي المساعدات في تشيلي غادروا البلاد.",
])
def test_aid_kitchens_and_aid_staff_name_no_giver(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru agreed with Chile to resume the fishing talks."),
    ("ar", "اتفقت بيرو مع تشيلي على استئناف محادثات الصيد."),
])
def test_agreeing_with_a_named_party_on_an_act_is_an_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert {("PER", "agreement_with", "CHL", "actual"),
            ("CHL", "agreement_with", "PER", "actual")} & found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru agreed with Chile that the talks had failed."),
    ("ar", "واتفقت بيرو مع تشيلي في أن المحادثات فشلت."),
])
def test_agreeing_with_a_view_is_no_agreement(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "UK-based retailer Cortex and Chile-based grocer Andina announced their agreement.",
    "The Peru-headquartered miner signed a deal with a Chile-based grocer.",
])
def test_the_state_where_a_company_is_based_is_no_party(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "en")
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "أرسلت الكويت 30 طنا من الإمدادات الطبية إلى الصومال.",
    "أودعت الكويت ملياري دولار في البنك المركزي الصومالي.",
    "قدمت الكويت دعما ماليا للصومال.",
])
def test_tonnes_sent_sums_deposited_and_financial_support_given_are_aid(
        pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert ("KWT", "aid_to", "SOM", "actual") in found, found


def test_support_systems_in_general_are_no_aid(pipeline: Pipeline) -> None:
    text = "وقالت الكويت إن غياب أنظمة الدعم المالي يعيق تنمية منظمة التعاون الإسلامي."
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "aid_to" for _, p, _, _ in found), found


def test_military_support_for_a_state_is_aid(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Kuwait stepped up its military support for Somalia.", "en")
    assert ("KWT", "aid_to", "SOM", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kuwait unveiled a $2 billion support package for Somalia."),
    ("ar", "أعلنت الكويت حزمة دعم بقيمة ملياري دولار للصومال."),
])
def test_a_support_package_for_a_state_is_aid(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("KWT", "aid_to", "SOM", "actual") in fact_quads(pipeline, text, lang)
