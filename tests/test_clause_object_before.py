"""A name before a conjunction that opens the trigger's clause ("while", "whereas", "after",
"فيما", "بينما", "في حين", "بعد أن"), when the trigger's subject is named after that
conjunction, stands in the clause before: it is no object named before the trigger. A
pronoun in or right after the trigger ("granted her asylum", "عقوباتها عنها") still points
back to it, and "after" with a noun ("after deadly clashes between ...") opens no clause."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline((), "rules")  # the rules alone: the scorer adds its own guesses


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


def pairs(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((source, target)) for source, _, target in found}


# (language, sentence, a pair of the clause before and the subject after the conjunction)
OTHER_CLAUSE = [
    ("en", "Japan voiced concern about North Korea while China criticized protectionism.",
     {"CHN", "PRK"}),
    ("en", "Canada voiced concern about Iran, whereas China criticized the new tariffs.",
     {"CHN", "IRN"}),
    ("en", "Turkey hosted a delegation from Syria while Russia rejected the proposal.",
     {"RUS", "SYR"}),
    ("en", "Thousands fled to Cameroon after Boko Haram fighters attacked a border town.",
     {"ORG:boko_haram", "CMR"}),
    ("ar", "أبدت اليابان قلقها إزاء كوريا الشمالية، فيما انتقدت الصين الحمائية.",
     {"CHN", "PRK"}),
    ("ar", "أعربت كندا عن قلقها إزاء إيران، بينما انتقدت الصين الرسوم الجمركية.",
     {"CHN", "IRN"}),
    ("ar", "استقبلت تركيا وفداً من سوريا، في حين رفضت روسيا المقترح.",
     {"RUS", "SYR"}),
    ("ar", "فر آلاف السكان إلى الكاميرون بعد أن هاجم مسلحو بوكو حرام بلدة حدودية.",
     {"ORG:boko_haram", "CMR"}),
]


@pytest.mark.parametrize(("lang", "text", "pair"), OTHER_CLAUSE)
def test_a_name_before_the_subjects_clause_is_no_object(pipeline: Pipeline, lang: str,
                                                        text: str, pair: set[str]) -> None:
    found = events(pipeline, text, lang)
    assert frozenset(pair) not in pairs(found), found


# near misses: the name before stays the object
SAME_OBJECT = [
    # a pronoun in or after the trigger points back across the conjunction
    ("en", "Peru's former prime minister fled to Mexico City after Mexico granted her asylum.",
     ("MEX", "AID", "PER")),
    ("ar", "أفرجت بيلاروسيا عن 50 سجيناً سياسياً، وذلك بعد أن رفعت الولايات المتحدة "
           "عقوباتها عنها.",
     ("USA", "CONCEDE", "BLR")),
    # "after" with a noun trigger whose doer follows it opens no clause
    ("en", "Bangladesh banned the Awami League after deadly clashes between party members "
           "and Bangladeshi police.",
     ("BGD", "ASSAULT", "ORG:awami_league")),
    ("en", "Ethiopia banned the TPLF after deadly clashes between its fighters and Ethiopian "
           "troops.",
     ("ETH", "ASSAULT", "ORG:tplf")),
    # "after" before a noun trigger with its owner is a preposition: no clause opens
    ("en", "Government troops entered the town in Darfur, Sudan, after the Rapid Support "
           "Forces' withdrawal.",
     ("ORG:rsf", "RETREAT", "SDN")),
    ("en", "Colombian soldiers reoccupied the base in Arauca, Colombia, after the ELN's "
           "withdrawal.",
     ("ORG:eln", "RETREAT", "COL")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAME_OBJECT)
def test_the_name_before_stays_the_object(pipeline: Pipeline, lang: str, text: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text, lang)


def test_a_place_named_with_its_border_or_direction_is_the_object(pipeline: Pipeline) -> None:
    """"shelled the border town of X", "the southern city of Y": the words of the place's own
    noun phrase (`place_nouns`) stand between the act and the place it is done to."""
    assert ("PER", "ASSAULT", "CHL") in events(
        pipeline, "Peru shelled the border town of Arica.", "en")
    assert ("RUS", "ASSAULT", "UKR") in events(
        pipeline, "Russia shelled the eastern city of Kharkiv.", "en")
