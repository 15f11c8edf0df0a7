"""Facts of wave 42, in both languages, on sentences of our own writing: a company bought
outright ("X completes its acquisition of German company Y", "استحواذها على شركة Y
الألمانية") is the buyer's investment in the state the bought company belongs to (the
nationality that describes it, else the lexicon's state of a known company); a company of
the buyer's own state is no foreign investment, and the noun names no investment without a
company right after it (only articles, descriptor nouns and a nationality between: "its
acquisition of S-400 systems from Russia", "of Crimea" are none); the buyer is the owner of
the noun ("its / X's acquisition", "استحواذها", "استحواذ X على") or its "by" agent, never
the subject of a verb governing it ("Japan blocked the acquisition of ...")."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Nippon Steel completed its acquisition of German company Heizwerk on Tuesday.",
     ("ORG:nippon_steel", "invested_in", "DEU", "actual")),
    ("ar", "أتمت شركة نيبون ستيل صفقة استحواذها على شركة هايتسفيرك الألمانية يوم الثلاثاء.",
     ("ORG:nippon_steel", "invested_in", "DEU", "actual")),
    # the buyer is the owner of the noun or its agent, not the subject governing it
    ("en", "Nippon Steel's acquisition of U.S. Steel was completed on Tuesday.",
     ("ORG:nippon_steel", "invested_in", "USA", "actual")),
    ("en", "Nippon Steel finalizes its $14.9 billion acquisition of U.S. Steel.",
     ("ORG:nippon_steel", "invested_in", "USA", "actual")),
    ("en", "The EU approved the acquisition of German company Siemens by Chinese company "
           "Huawei.", ("ORG:huawei", "invested_in", "DEU", "actual")),
    ("ar", "وافق الاتحاد الأوروبي على استحواذ شركة هواوي الصينية على شركة سيمنس الألمانية.",
     ("ORG:huawei", "invested_in", "DEU", "planned")),
    # the verb: its own subject buys
    ("ar", "شركة هواوي الصينية تستحوذ على شركة سيمنس الألمانية.",
     ("ORG:huawei", "invested_in", "DEU", "actual")),
])
def test_a_company_bought_is_an_investment_in_its_state(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Canadian company Gildan completed its acquisition of Canadian company Heizwerk on "
           "Tuesday."),
    ("en", "Nippon Steel completed the acquisition of new equipment on Tuesday."),
    ("ar", "أتمت شركة «جيلدان» الكندية صفقة استحواذها على شركة «هايتسفيرك» الكندية يوم الثلاثاء."),
    # no company right after the noun: no object read further on
    ("en", "India completed its acquisition of S-400 systems from Russia."),
    ("en", "Israel's acquisition of F-35 jets from the United States angered Iran."),
    ("en", "Russia's acquisition of Crimea in 2014 was condemned."),
    ("ar", "أكملت الهند استحواذها على منظومات إس-400 من روسيا."),
    # no buyer named: the subject of the verb governing the noun is a third party
    ("en", "Japan blocked the acquisition of Toshiba by a Chinese fund."),
    ("ar", "منعت اليابان استحواذ صندوق صيني على شركة توشيبا."),
    ("ar", "وافق الاتحاد الأوروبي على الاستحواذ على شركة سيمنس الألمانية."),
])
def test_no_foreign_company_bought_states_no_investment(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "invested_in" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "The EU approved the acquisition of German company Siemens by Chinese company "
           "Huawei.", ("EU", "invested_in", "DEU", "actual")),
    ("ar", "وافقت الصين على استحواذ شركة هواوي على شركة سيمنس الألمانية.",
     ("CHN", "invested_in", "DEU", "planned")),
])
def test_the_subject_governing_the_noun_buys_nothing(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad not in fact_quads(pipeline, text, lang)
