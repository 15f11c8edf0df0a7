"""Facts on constructions of wave 5, in both languages, on sentences of our own writing:
a finding "concluded" is no agreement; the noun "investor" as no investment of its own; a
dashed pair of states shares its border; holding a summit hosts no organisation; "with the
assistance of Y" is Y's aid."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def test_a_finding_concluded_is_no_agreement(pipeline: Pipeline) -> None:
    text = "A prosecutor of Peru concluded that the farm was used by the ELN as a camp."
    found = fact_quads(pipeline, text)
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A court in Brazil jailed a Chinese businessman for a scheme that cheated "
           "40,000 investors."),
    ("en", "The Peruvian airline agreed to be bought by a group of investors, including a "
           "fund of Qatar."),
    ("ar", "سجنت محكمة في البرازيل رجل أعمال صينيا بسبب مخطط احتيال أوقع بأربعين ألف "
           "مستثمر."),
])
def test_investors_named_as_people_invest_nowhere(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "invested_in" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Qatar is the largest investor in Rwanda."),
    ("en", "Qatari investors in Rwanda met the president."),
    ("ar", "قطر أكبر مستثمر في رواندا."),
])
def test_an_investor_in_a_state_invests_there(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("QAT", "invested_in", "RWA", "actual") in found, found


def test_aid_to_civilians_goes_to_no_name_before_it(pipeline: Pipeline) -> None:
    text = ("The Ethiopian cabinet approved a plan to defeat al-Shabaab while ensuring the "
            "delivery of food aid to civilians in the region.")
    found = fact_quads(pipeline, text)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


def test_the_pair_of_a_dashed_border_shares_it_not_a_third_state(
        pipeline: Pipeline) -> None:
    text = "A Kenyan Air Force plane crashed near the Uganda–Tanzania border."
    found = {q for q in fact_quads(pipeline, text) if q[1] == "border_with"}
    assert {frozenset((s, o)) for s, _, o, _ in found} == {frozenset(("UGA", "TZA"))}, found


@pytest.mark.parametrize("text", [
    "عقدت كينيا قمة طارئة بمشاركة الاتحاد الأفريقي والهيئة الحكومية للتنمية.",
    "أعلنت كينيا عقد قمة في نيروبي بعد خطاب ألقاه وزير في منتدى دافوس.",
])
def test_holding_a_summit_hosts_no_organisation_named_around_it(
        pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "hosts" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Malian army retook the town from Jama'at Nasr al-Islam wal-Muslimin with the "
           "assistance of the Russian military."),
    ("ar", "استعاد الجيش المالي البلدة من جماعة نصرة الإسلام والمسلمين بدعم من الجيش "
           "الروسي."),
])
def test_the_one_with_whose_assistance_a_clause_acts_gives_it_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert found == {("RUS", "aid_to", "MLI", "actual")}, found


def test_with_the_support_of_an_unnamed_giver_states_no_aid(pipeline: Pipeline) -> None:
    text = "Chad and Niger, with the support of a regional office, held a joint review."
    found = fact_quads(pipeline, text)
    assert not any(p == "aid_to" for _, p, _, _ in found), found
