"""A dual reference ("the two leaders", "الزعيمان", "البلدين") after sentences naming three
states stands for the pair an earlier sentence named as two subjects, when both are still
named near it; none when that pair is no longer spoken of or no pair of states was named.
The Arabic one-word duals are read this way first. Texts of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


def referred(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The actors the document references of `text` were read as, in any item's trace."""
    extraction = pipeline(text, lang, "2025-03-01").extraction
    details = [step.detail for item in [*extraction.facts, *extraction.events]
               for step in item.trace]
    return {d.rsplit("=", 1)[1] for d in details if "document_reference:" in d and "=" in d}


THREE_STATES = {
    "en": "Peru and Chile signed a border treaty in Lima on Monday, at a ceremony hosted by "
          "Brazil's president. Brazil later lifted its tariffs on Chile. Peru kept its own "
          "tariffs on Brazil. {}",
    "ar": "وقع الرئيس البيروفي والرئيس التشيلي معاهدة حدودية في ليما يوم الاثنين، في حفل استضافه "
          "الرئيس البرازيلي. ورفعت البرازيل لاحقاً رسومها على تشيلي، وأبقت بيرو على رسومها. {}",
}


@pytest.mark.parametrize(("lang", "last"), [
    ("en", "The two leaders later accused Bolivia of smuggling."),
    ("en", "The two countries later accused Bolivia of smuggling."),
    ("ar", "واتهم الزعيمان لاحقاً بوليفيا بالتهريب."),
    ("ar", "واتهم البلدان لاحقاً بوليفيا بالتهريب."),
])
def test_a_dual_stands_for_the_earlier_subject_pair(pipeline: Pipeline, lang: str,
                                                      last: str) -> None:
    read = referred(pipeline, THREE_STATES[lang].format(last), lang)
    assert {"PER", "CHL"} <= read and "BRA" not in read, read


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # no antecedent at all
    ("en", "The two countries agreed to hold talks on fishing rights.", {"PER", "CHL"}),
    # the earlier pair is no longer spoken of: three other states named just before
    ("en", "Peru and Chile signed a border treaty in 2020.\n\nBrazil hosted Argentina's "
           "president in May. Uruguay's minister met them in Brasilia. The two countries "
           "later agreed to hold talks on trade.", {"PER", "CHL"}),
    ("ar", "وقعت بيرو وتشيلي معاهدة حدودية عام 2020.\n\nواستضافت البرازيل رئيس الأرجنتين في "
           "مايو. والتقى وزير أوروغواي بهما في برازيليا. واتفق البلدان لاحقاً على إجراء "
           "محادثات تجارية.", {"PER", "CHL"}),
    # the subjects named as a pair were organisations, not states
    ("en", "The EU and the African Union signed a pact in Cairo. Egypt welcomed it, Ethiopia "
           "criticised it and Kenya stayed silent. The two countries then agreed to talks.",
     {"EU", "AU"}),
])
def test_a_dual_reads_no_stale_or_unnamed_pair(pipeline: Pipeline, lang: str, text: str,
                                               wrong: set[str]) -> None:
    read = referred(pipeline, text, lang)
    assert not read & wrong, read


@pytest.mark.parametrize(("text", "read_as"), [
    ("Peru and Chile signed a border treaty on Monday. Both leaders accused Bolivia of "
     "smuggling.", {"PER", "CHL"}),
    # no pair named before it
    ("Both leaders accused Bolivia of smuggling.", set()),
    # three states named before it, none of them a pair of subjects
    ("Peru's president met the presidents of Chile and Brazil in Lima. Both leaders accused "
     "Bolivia of smuggling.", set()),
])
def test_both_leaders_is_a_dual_reference(pipeline: Pipeline, text: str,
                                          read_as: set[str]) -> None:
    assert referred(pipeline, text, "en") == read_as
