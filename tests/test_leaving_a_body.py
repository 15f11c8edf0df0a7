"""Leaving is a SANCTION withdraw only when what is left is an international body
(frame key `body_only`): a country, a state's market or a region left is no body left."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile gave the Bolivian consul 72 hours to leave the country."),
    ("en", "Bolivian firms lost millions by leaving the Chilean market."),
    ("en", "Peru says its remaining troops in Bolivia will leave the country."),
    ("ar", "قالت إن الشركات البوليفية خسرت ملايين الدولارات جراء خروجها من السوق التشيلية."),
    ("ar", "أكدت بوليفيا خروجها من السوق البيروفية."),
])
def test_leaving_a_country_or_a_market_is_no_sanction(pipeline: Pipeline, lang: str,
                                                      text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "SANCTION" for _, kind, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("en", "Bolivia left the Organization of American States in 2019.", "OAS"),
    ("en", "Bolivia is leaving the International Criminal Court.", "ICC"),
    ("en", "Bolivia quit the World Health Organization last year.", "WHO"),
    ("ar", "أعلنت بوليفيا خروجها من المحكمة الجنائية الدولية.", "ICC"),
    ("ar", "أكدت بوليفيا خروجها من منظمة الصحة العالمية.", "WHO"),
])
def test_leaving_a_body_is_still_a_sanction(pipeline: Pipeline, lang: str, text: str,
                                            body: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("BOL", "SANCTION", body, "actual") in found, found
