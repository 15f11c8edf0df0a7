"""A state description with a style ("the kingdom", "the sultanate", "المملكة", "السلطنة")
stands only for a state whose lexicon names hold that style: the one so styled named near it,
else named earlier in the document, else the focal state; a republic, an organisation or two
kingdoms named near it are no antecedent. Texts of our own writing, several sentences each."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "subject", "partner"), [
    ("en", "Morocco and Algeria have been rivals for decades. The kingdom signed an agreement "
           "with Spain in 2022.", "MAR", "ESP"),
    ("en", "Oman and Iran share the Strait of Hormuz. The sultanate signed a border agreement "
           "with Yemen in 1992.", "OMN", "YEM"),
    ("en", "Jordan has long relied on Gulf aid.\n\nChina's president visited Iran in 2023. The "
           "kingdom signed a trade agreement with Egypt in 2024.", "JOR", "EGY"),
    ("en", "Jordan's King Abdullah received Iraqi officials on Monday. The kingdom later signed "
           "a trade agreement with Egypt.", "JOR", "EGY"),
    ("ar", "تتقاسم سلطنة عمان وإيران مضيق هرمز. ووقعت السلطنة اتفاقية حدودية مع اليمن عام 1992.",
     "OMN", "YEM"),
    ("ar", "يعتمد الأردن منذ عقود على المساعدات الخليجية.\n\nوزار الرئيس الصيني إيران عام 2023. "
           "ووقعت المملكة اتفاقية تجارية مع مصر عام 2024.", "JOR", "EGY"),
    ("ar", "تتنافس المغرب والجزائر منذ عقود. ووقعت المملكة اتفاقية مع إسبانيا عام 2022.",
     "MAR", "ESP"),
])
def test_a_styled_description_stands_for_the_state_so_styled(
        pipeline: Pipeline, lang: str, text: str, subject: str, partner: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert (subject, "agreement_with", partner, "actual") in found, found


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # a republic named before it (and no kingdom in the document): no antecedent
    ("en", "Iraq hosted the talks on Monday. The kingdom signed an agreement with Egypt.",
     {"IRQ"}),
    ("en", "Iran has long courted Iraq. The kingdom signed an agreement with Egypt.",
     {"IRN", "IRQ"}),
    # two kingdoms named near it: either could be meant
    ("en", "Jordan and Morocco met in Rabat. The kingdom signed an agreement with Egypt.",
     {"JOR", "MAR"}),
    # an organisation, then a republic named before it
    ("en", "The Gulf Cooperation Council welcomed Iraq's new government. The kingdom signed "
           "an agreement with Egypt.", {"GCC", "IRQ"}),
    ("ar", "استضاف العراق المحادثات يوم الاثنين. ووقعت المملكة اتفاقية مع مصر.", {"IRQ"}),
    ("ar", "التقى الأردن والمغرب في الرباط. ووقعت المملكة اتفاقية مع مصر.", {"JOR", "MAR"}),
])
def test_a_styled_description_never_stands_for_an_unstyled_or_ambiguous_state(
        pipeline: Pipeline, lang: str, text: str, wrong: set[str]) -> None:
    # (a guessed doer, the carried subject, may still fill the slot it leaves empty: that
    # is the extractor's fallback, not a reading of the description)
    read = referred(pipeline, text, lang)
    assert not read & wrong, read


def referred(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The actors the document references of `text` were read as, in any item's trace."""
    extraction = pipeline(text, lang, "2025-03-01").extraction
    details = [step.detail for item in [*extraction.facts, *extraction.events]
               for step in item.trace]
    return {d.rsplit("=", 1)[1] for d in details if "document_reference:" in d and "=" in d}
