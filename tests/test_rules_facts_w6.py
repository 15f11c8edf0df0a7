"""Facts of wave 2, helper F6: construction-level grammar of facts in both languages, on
sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, fact_quads


def agreements(pipeline: Pipeline, text: str, lang: str) -> set[frozenset[str]]:
    """The unordered pairs of the agreement_with facts read in `text`."""
    return {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, lang)
            if p == "agreement_with"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru and Vietnam signed an agreement with Japan."),
    ("en", "Peru and Vietnam signed a new trade agreement with Japan on Monday."),
    ("en", "Peru and Chile concluded a deal with Japan."),
    ("en", "Peru and Chile reached an agreement with Japan to cut tariffs."),
    ("ar", "وقّعت البيرو وتشيلي اتفاقية مع اليابان."),
    ("ar", "وقعت البيرو وتشيلي اتفاقية تجارية مع اليابان يوم الاثنين."),
    ("ar", "وقعت البيرو وتشيلي مع اليابان اتفاقية للتجارة الحرة."),
    ("ar", "توصلت البيرو وتشيلي إلى اتفاق مع اليابان لخفض الرسوم."),
])
def test_coordinated_subjects_each_take_the_with_partner(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    second = "VNM" if "Vietnam" in text else "CHL"
    assert found == {frozenset(("PER", "JPN")), frozenset((second, "JPN"))}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru and Chile signed a free trade agreement."),
    ("ar", "وقعت البيرو وتشيلي اتفاقية للتجارة الحرة."),
])
def test_coordinated_subjects_with_no_partner_are_the_pair(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert agreements(pipeline, text, lang) == {frozenset(("PER", "CHL"))}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru signed an agreement with Japan."),
    ("ar", "وقعت البيرو اتفاقية مع اليابان."),
])
def test_one_subject_with_a_partner_is_unchanged(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    assert agreements(pipeline, text, lang) == {frozenset(("PER", "JPN"))}


def test_organisation_coordinated_after_a_signing_verb_is_a_party(
        pipeline: Pipeline) -> None:
    text = "وقّعت فيتنام والاتحاد الأوروبي في مدينة هانوي اتفاقية للتجارة الحرة."
    assert agreements(pipeline, text, "ar") == {frozenset(("VNM", "EU"))}


def test_organisation_anaphor_after_a_preposition_is_governed(pipeline: Pipeline) -> None:
    text = ("زار المدير العام للوكالة الدولية للطاقة الذرية العاصمة الكينية. "
            "ووقعت كينيا مع الوكالة اتفاقية للتعاون التقني.")
    assert frozenset(("KEN", "IAEA")) in agreements(pipeline, text, "ar")


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("ar", "رفضت البيرو توقيع الاتفاق مع اليابان.", ("PER", "agreement_with", "JPN")),
    ("ar", "رفضت البيرو التوقيع على معاهدة مع اليابان.", ("PER", "agreement_with", "JPN")),
    ("ar", "رفضت البيرو الانضمام إلى حلف الناتو.", ("PER", "member_of", "NATO")),
    ("ar", "رفض الرئيس البيروفي توقيع الاتفاق مع اليابان.", ("PER", "agreement_with", "JPN")),
    ("ar", "رفضت البيرو أن توقع الاتفاق مع اليابان.", ("PER", "agreement_with", "JPN")),
    ("en", "Peru refused to sign the agreement with Japan.", ("PER", "agreement_with", "JPN")),
    ("en", "Peru declined to join NATO.", ("PER", "member_of", "NATO")),
])
def test_refusal_of_a_fact_negates_it(pipeline: Pipeline, lang: str, text: str,
                                      fact: tuple[str, str, str]) -> None:
    found = fact_quads(pipeline, text, lang)
    assert (*fact, "negated") in found, found
    assert (*fact, "actual") not in found, found


def test_refused_fact_is_a_rejection_of_its_partner(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "رفضت البيرو توقيع الاتفاق مع اليابان.", "ar")
    assert ("PER", "REJECT", "JPN", "actual") in found, found
    assert not any(t == "SUPPORT" for _, t, _, _ in found), found


def test_rejected_attack_keeps_its_doer_as_target(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "رفضت البيرو الهجوم الإسرائيلي على سوريا.", "ar")
    assert ("PER", "REJECT", "ISR", "actual") in found, found


def test_distributive_subjects_each_take_the_with_partner(pipeline: Pipeline) -> None:
    found = agreements(pipeline, "وقعت كل من البيرو وتشيلي اتفاقية مع اليابان.", "ar")
    assert found == {frozenset(("PER", "JPN")), frozenset(("CHL", "JPN"))}, found


def test_a_state_adjective_after_with_is_no_partner(pipeline: Pipeline) -> None:
    text = "Peru and Chile signed a cooperation agreement in Tokyo with Japanese support."
    assert agreements(pipeline, text, "en") == {frozenset(("PER", "CHL"))}


@pytest.mark.parametrize("text", [
    "وقعت البيرو وتشيلي في الإكوادور معاهدة تجارية.",
    "وقعت البيرو وتشيلي معاهدة تجارية في مدينة ساحلية، الإكوادور.",
])
def test_a_state_after_fi_past_a_verb_first_pair_is_a_place(pipeline: Pipeline,
                                                             text: str) -> None:
    assert agreements(pipeline, text, "ar") == {frozenset(("PER", "CHL"))}


def test_aid_restrictions_imposed_are_no_aid(pipeline: Pipeline) -> None:
    text = "عارضت كندا مشروع قرار يدعو إلى هدنة ورفع القيود الإثيوبية المفروضة على المساعدات."
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "aid_to" and s == "ETH" for s, p, _, _ in found), found
    assert not any(t in ("AID", "COERCE") for _, t, _, _ in event_quads(pipeline, text, "ar"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mexico grants political asylum to a former Bolivian minister."),
    ("en", "The former Bolivian minister flees to Mexico after the country grants his right of "
           "asylum."),
    ("ar", "منحت المكسيك حق اللجوء لوزير بوليفي سابق."),
])
def test_asylum_granted_is_aid_but_no_aid_fact(pipeline: Pipeline, lang: str,
                                               text: str) -> None:
    assert ("MEX", "AID", "BOL", "actual") in event_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize("text", [
    "Chile and Peru sign a trade deal under which Chile grants duty-free access to Peru.",
    "Mexico grants amnesty to Bolivian prisoners.",
])
def test_the_verb_grants_is_no_aid_noun(pipeline: Pipeline, text: str) -> None:
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "en"))


def test_grants_as_a_noun_are_aid(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Japan announced $5 million in grants to Kenya.", "en")
    assert ("JPN", "aid_to", "KEN", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru and Bolivia established a strategic partnership with Chile."),
    ("ar", "أقامت البيرو وبوليفيا شراكة استراتيجية مع تشيلي."),
])
def test_partnership_established_by_coordinated_subjects_with_a_partner(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "partner_of"}
    assert {("PER", "CHL"), ("BOL", "CHL")} <= found, found
    assert ("PER", "BOL") not in found, found


def test_a_border_near_a_strike_is_still_unowned(pipeline: Pipeline) -> None:
    text = "Kenyan forces carried out a drone strike near the Somali border."
    assert not any(p == "border_with" for _, p, _, _ in fact_quads(pipeline, text, "en"))
