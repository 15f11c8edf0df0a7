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
