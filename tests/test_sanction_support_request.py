"""SANCTION, SUPPORT and REQUEST events the dev set's tune split missed, on sentences of our
own: a terrorist designation of a movement the lexicon did not know (Antifa) is a sanction
of it, in English and in Arabic; the name alone, in an act of no sanction, is none."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-09-22").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "U.S. president Donald Trump signs an order designating Antifa as a terrorist "
           "organization."),
    ("en", "The United States declares three Antifa groups as Foreign Terrorist "
           "Organizations."),
    ("ar", "وقّع الرئيس الأمريكي أمراً تنفيذياً يصنّف حركة «أنتيفا» منظمةً إرهابية."),
])
def test_a_terrorist_designation_of_antifa_sanctions_it(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("USA", "SANCTION", "ORG:antifa") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Antifa activists marched through Portland on Saturday."),
    ("ar", "سار ناشطون من حركة «أنتيفا» في شوارع بورتلاند يوم السبت."),
])
def test_antifa_named_in_no_sanction_is_sanctioned_by_no_one(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(e[1] == "SANCTION" for e in found), found
