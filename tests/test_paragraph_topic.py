"""A paragraph about another state than the document's focal one: an unnamed doer there is
the state the paragraph names (twice, more than any other), not the focal state, unless the
paragraph names the focal state too."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

BRAZIL_EN = ("Brazil has widened its trade ties across South America. Brazil doubled its "
             "exports to Argentina last year, and Brasilia now courts Andean markets.\n\n")
BRAZIL_AR = ("وسّعت البرازيل علاقاتها التجارية في أمريكا الجنوبية. وضاعفت البرازيل صادراتها "
             "إلى الأرجنتين العام الماضي، وتسعى برازيليا الآن إلى أسواق الأنديز.\n\n")


@pytest.fixture(scope="module")
def partners():
    pipeline = Pipeline()

    def run(text: str, lang: str) -> set[tuple[str, str]]:
        extraction = pipeline(text, lang, "2025-03-01").extraction
        return {(f.subject, f.object) for f in extraction.facts if f.predicate == "partner_of"}

    return run


@pytest.mark.parametrize("text, lang", [
    (BRAZIL_EN + "Chile took another path. Santiago has courted Asian markets for years, "
     "while relations with Japan were raised to a strategic partnership in 2020.", "en"),
    (BRAZIL_AR + "أما تشيلي فسلكت طريقاً آخر. وتسعى سانتياغو منذ سنوات إلى الأسواق الآسيوية، "
     "فيما رُفعت العلاقات مع اليابان إلى مستوى الشراكة الاستراتيجية عام 2020.", "ar"),
])
def test_paragraph_about_another_state_gives_the_unnamed_doer(partners, text, lang) -> None:
    assert partners(text, lang) == {("CHL", "JPN")}


@pytest.mark.parametrize("text, lang", [
    # the paragraph names the focal state too: it is still the document's doer
    (BRAZIL_EN + "Chile took another path, unlike Brazil. Santiago has courted Asian markets "
     "for years, while relations with Japan were raised to a strategic partnership in 2020.",
     "en"),
    # no other state named twice: the focal state
    (BRAZIL_EN + "In Asia the picture is different. Relations with Japan were raised to a "
     "strategic partnership in 2020.", "en"),
    (BRAZIL_AR + "وفي آسيا تختلف الصورة. فقد رُفعت العلاقات مع اليابان إلى مستوى الشراكة "
     "الاستراتيجية عام 2020.", "ar"),
])
def test_paragraph_without_its_own_state_keeps_the_focal_doer(partners, text, lang) -> None:
    assert partners(text, lang) == {("BRA", "JPN")}


def test_paragraph_opening_on_a_theme_keeps_the_focal_doer(partners) -> None:
    body = ("Chile is the region's largest copper producer, and Santiago is its busiest "
            "financial centre. Relations with Japan were raised to a strategic partnership in "
            "2020.")
    assert partners(BRAZIL_EN + body, "en") == {("CHL", "JPN")}
    assert partners(BRAZIL_EN + "Ties with Asia have grown fast. " + body, "en") == {
        ("BRA", "JPN")}
    # opening on the state as a partner ("Relations with Chile"), not as the one it is about
    assert partners(BRAZIL_EN + "Relations with Chile are close. " + body, "en") == {
        ("BRA", "JPN")}
