"""Facts of wave 42, in both languages, on sentences of our own writing: a company bought
outright ("X completes its acquisition of German company Y", "استحواذها على شركة Y
الألمانية") is the buyer's investment in the state the bought company belongs to (the
nationality that describes it, else the lexicon's state of a known company); a company of
the buyer's own state is no foreign investment, and the noun names no investment without a
company or state after it."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Nippon Steel completed its acquisition of German company Heizwerk on Tuesday.",
     ("ORG:nippon_steel", "invested_in", "DEU", "actual")),
    ("ar", "أتمت شركة نيبون ستيل صفقة استحواذها على شركة هايتسفيرك الألمانية يوم الثلاثاء.",
     ("ORG:nippon_steel", "invested_in", "DEU", "actual")),
])
def test_a_company_bought_is_an_investment_in_its_state(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Canadian company Gildan completed its acquisition of Canadian company Heizwerk on "
           "Tuesday."),
    ("en", "Nippon Steel completed the acquisition of new equipment on Tuesday."),
    ("ar", "أتمت شركة «جيلدان» الكندية صفقة استحواذها على شركة «هايتسفيرك» الكندية يوم الثلاثاء."),
])
def test_no_foreign_company_bought_states_no_investment(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "invested_in" for _, p, _, _ in found), found
