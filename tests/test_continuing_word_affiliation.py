""""كما تنتمي إلى X": a continuing word before a word of belonging names no people who
belong to X; the verb goes on with the state carried over. Sentences of our own."""

from __future__ import annotations

from diplomap.extract import Pipeline

from conftest import event_triples, fact_quads


def facts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {quad[:3] for quad in fact_quads(pipeline, text, lang)}


def test_a_continuing_word_is_no_member_of_a_group(pipeline: Pipeline) -> None:
    """"كما تنتمي إلى X": the verb goes on with the state carried over; the continuing
    word before a word of belonging names no people who belong to X."""
    text = "تعد تركيا من مؤسسي منظمة الدول التركية. كما تنتمي إلى مجموعة العشرين."
    assert ("TUR", "member_of", "G20") in facts(pipeline, text, "ar")


def test_people_before_a_word_of_belonging_still_belong(pipeline: Pipeline) -> None:
    """Near-miss: a noun of people before it still acts as the group it belongs to."""
    text = "هاجم مسلحون ينتمون إلى حركة الشباب قاعدة للجيش الكيني."
    assert ("ORG:al_shabaab", "ASSAULT", "KEN") in event_triples(pipeline, text, "ar")
