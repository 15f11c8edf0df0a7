"""A verb coordinated with an earlier one ("and", Arabic "و" + verb), with no subject named
between them, shares the earlier verb's subject: the object of the earlier verb (a
nationality adjective, a name) is never the subject of the second."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Chile expelled three Bolivian diplomats and detained a Bolivian attache.",
     ("CHL", "COERCE", "BOL")),
    ("en", "Chilean police seized a Bolivian fishing boat and arrested Bolivian sailors.",
     ("CHL", "COERCE", "BOL")),
    ("ar", "طردت تشيلي ثلاثة دبلوماسيين بوليفيين واعتقلت ملحقا بوليفيا.",
     ("CHL", "COERCE", "BOL")),
])
def test_coordinated_verb_shares_the_earlier_subject(pipeline: Pipeline, lang: str, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    found = events(pipeline, text, lang)
    assert expected in found, found
    assert not any(e[0] == "BOL" for e in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile expelled three Bolivian diplomats and Bolivia detained a Chilean attache."),
    ("ar", "طردت تشيلي ثلاثة دبلوماسيين بوليفيين واعتقلت بوليفيا ملحقا تشيليا."),
])
def test_a_subject_named_after_the_coordinator_is_kept(pipeline: Pipeline, lang: str,
                                                       text: str) -> None:
    assert ("BOL", "COERCE", "CHL") in events(pipeline, text, lang)
