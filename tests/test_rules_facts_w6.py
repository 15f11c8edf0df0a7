"""Facts of wave 2, helper F6: construction-level grammar of facts in both languages, on
sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


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
