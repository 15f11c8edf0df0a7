"""A passive arrest with no agent named, done under a warrant that names its issuer (a
nationality, a court, an organisation), is done by the issuer (grammar `warrant_openers`,
`warrant_nouns`): sentences of our own writing, after wcep 2025-11-06 ("arrested on a Kenyan
extradition warrant", "اعتُقل ... بموجب مذكرة تسليم كينية") and 2025-09-22 ("arrested in March
under an ICC arrest warrant", "بموجب مذكرة توقيف أصدرتها المحكمة الجنائية الدولية")."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A British soldier is arrested on a Kenyan extradition warrant.",
     ("KEN", "COERCE", "GBR")),
    # the first "on" says when: the warrant's opener is the one a warrant noun follows
    ("en", "A British soldier is arrested on Monday on a Kenyan extradition warrant.",
     ("KEN", "COERCE", "GBR")),
    ("en", "Former Philippine president Rodrigo Duterte was arrested in March under an ICC "
           "arrest warrant.", ("ICC", "COERCE", "PHL")),
    ("ar", "اعتُقل جندي بريطاني سابق بموجب مذكرة تسليم كينية.", ("KEN", "COERCE", "GBR")),
    ("ar", "اعتُقل الرئيس الفلبيني السابق رودريغو دوتيرتي بموجب مذكرة توقيف أصدرتها المحكمة "
           "الجنائية الدولية.", ("ICC", "COERCE", "PHL")),
])
def test_the_warrant_issuer_arrests(pipeline: Pipeline, lang: str, text: str,
                                    expected: tuple[str, str, str]) -> None:
    assert expected in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # the arresting state is named: it arrests, not the warrant's issuer
    ("en", "A British soldier was arrested by Kenyan police on a Ugandan warrant."),
    ("en", "Kenyan police arrested a British soldier on a Ugandan warrant."),
])
def test_a_named_arrester_keeps_the_arrest(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "COERCE", "GBR") in found
    assert ("UGA", "COERCE", "GBR") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # no warrant: where the arrest was made, or the law it was made under, issues nothing
    ("en", "A British soldier was arrested on a Kenyan beach."),
    ("en", "A British soldier was arrested on Monday; a Kenyan court had issued a warrant."),
    ("ar", "اعتُقل جندي بريطاني سابق بموجب قانون كيني."),
])
def test_no_warrant_no_issuer(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("KEN", "COERCE", "GBR") not in event_triples(pipeline, text, lang)
