"""Review 26 mends, on sentences of our own writing: English number words read as whole
compounds or not at all (never the tail of one as the sum), backing modifiers that name
the backed party (not its people's state) with the modality of their frame, and a negated
pledge that leaves no planned investment."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.extract.amounts import find_amounts

from conftest import event_quads, fact_quads


@pytest.mark.parametrize(("text", "value"), [
    ("forty-seven million dollars", 47e6),
    ("Sixty-three million dollars", 63e6),
    ("two hundred and thirty million dollars", 230e6),
    ("a hundred and eighty-one million dollars", 181e6),
    ("three million and forty thousand dollars", 3_040_000),
    ("a billion dollars", 1e9),
])
def test_english_compound_number_words_are_one_sum(text: str, value: float) -> None:
    found = [(a.value, a.unit) for a in find_amounts(text)]
    assert found == [(value, "USD")], found
    assert text.endswith(find_amounts(text)[0].text)


@pytest.mark.parametrize("text", [
    "four and a half billion dollars",
    "half a million dollars",
    "several million dollars",
    "a few billion dollars",
    "a multi-billion dollar programme",
    "six-seven billion dollars",
    "three and four million dollars",
])
def test_number_words_the_reader_cannot_sum_give_no_sum(text: str) -> None:
    assert not [a for a in find_amounts(text) if a.unit == "USD"], find_amounts(text)


@pytest.mark.parametrize(("text", "amount"), [
    ("Norway pledged thirty-four million dollars to Sudan.", 34e6),
    ("Norway pledged several billion dollars to Sudan.", None),
])
def test_a_pledge_in_compound_words_carries_the_whole_sum_or_none(
        pipeline: Pipeline, text: str, amount: float | None) -> None:
    facts = pipeline(text, "en", "2025-06-01").extraction.facts
    found = {f.attrs.get("amount_usd") for f in facts if f.predicate == "aid_to"}
    assert found == {amount}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ethiopian-backed Somali insurgents ambushed a convoy near Baidoa."),
    ("en", "Saudi-funded Yemeni separatists took the port."),
    ("en", "A UN-funded court in Sierra Leone sentenced a warlord."),
    ("ar", "نصب المسلحون الصوماليون المدعومون من إثيوبيا كمينا لقافلة."),
])
def test_backing_people_of_a_state_or_an_organ_in_it_gives_the_state_no_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert not found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ethiopian-backed Somali troops retook the town."),
    ("ar", "استعادت القوات الصومالية المدعومة من إثيوبيا البلدة."),
])
def test_backing_a_states_forces_still_aids_the_state(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert found == {("ETH", "aid_to", "SOM", "actual")}, found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_backing_participles_are_the_modifier_participles_less_the_alignments(
        lang: str) -> None:
    from diplomap.extract.grammar import grammar

    g = grammar(lang)
    assert g.backing_participles == g.modifier_participles - g.alignment_participles
    assert g.backing_participles


def test_an_allied_modifier_is_a_stance_not_aid(pipeline: Pipeline) -> None:
    text = "Moscow-allied Serbia blocked the statement."
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Korea did not pledge a $2 billion investment in Vietnam."),
    ("ar", "لم تتعهد كوريا الجنوبية باستثمار ملياري دولار في فيتنام."),
])
def test_a_pledge_not_made_promises_no_investment(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "invested_in" and m in ("planned", "actual")
                   for _, p, _, m in found), found
    assert not {q for q in event_quads(pipeline, text, lang) if q[3] in ("planned", "actual")}


def test_a_pledge_that_may_come_promises_a_hypothetical_investment(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Korea may pledge a $2 billion investment in Vietnam.")
    assert ("KOR", "invested_in", "VNM", "hypothetical") in found, found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The reportedly Qatari-funded Hamas office closed.",
     {("QAT", "aid_to", "ORG:hamas", "hypothetical")}),
    ("en", "The formerly Saudi-funded Houthi delegation left Muscat.", set()),
    ("ar", "أغلق مكتب حزب الله المدعوم من سوريا سابقا.", set()),
    ("en", "The Qatari-funded Hamas office closed.",
     {("QAT", "aid_to", "ORG:hamas", "actual")}),
])
def test_a_hedge_on_a_backing_modifier_sets_its_modality(
        pipeline: Pipeline, lang: str, text: str, expected: set) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert found == expected, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Korea refused to pledge aid to Vietnam."),
    ("en", "Korea declined to pledge a $2 billion investment in Vietnam."),
])
def test_a_pledge_refused_promises_nothing(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(m in ("planned", "actual") for _, _, _, m in found), found
