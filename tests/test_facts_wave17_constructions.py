"""Facts on constructions of wave 17, in both languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import agreements, fact_quads, read_without_agreement


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agree to negotiate over fishing rights."),
    ("en", "Chile and Peru agreed to continue their talks."),
    ("en", "Chile and Peru agreed to start the negotiating process."),
    ("en", "Chile and Peru agreed to resolve the dispute."),
    ("ar", "اتفقت تشيلي وبيرو على التفاوض بشأن الصيد."),
    ("ar", "اتفقت تشيلي وبيرو على مواصلة المحادثات."),
    ("ar", "اتفقت تشيلي وبيرو على بدء المفاوضات."),
    ("ar", "اتفقت تشيلي وبيرو على حل الخلاف الحدودي."),
])
def test_agreeing_only_to_talk_is_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = read_without_agreement(pipeline, text, lang)
    assert {(e.source, e.event_type) for e in result.events} >= {("CHL", "AGREE")}, \
        result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agreed to build a bridge over the river."),
    ("ar", "اتفقت تشيلي وبيرو على بناء جسر فوق النهر."),
])
def test_agreeing_to_act_together_is_still_an_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    assert len(found) == 1 and {next(iter(found))[0], next(iter(found))[2]} == {"CHL", "PER"}, \
        found


@pytest.mark.parametrize("text", [
    "قتل جنديان قرب الحدود التشيلية البيروفية.",
    "تواصل الدوريات عملها على طول الحدود التشيلية - البيروفية.",
])
def test_a_border_named_by_two_adjectives_after_it_is_the_pair_s(
        pipeline: Pipeline, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, "ar") if q[1] == "border_with"}
    assert len(found) == 1 and {next(iter(found))[0], next(iter(found))[2]} == {"CHL", "PER"}, \
        found


@pytest.mark.parametrize("text", [
    "قتل جندي قرب الحدود التشيلية.",
    # the border trigger with a state adjective, then one of no state
    "قتل جندي قرب الحدود التشيلية الجنوبية.",
])
def test_one_state_adjective_after_a_border_names_no_border(
        pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "border_with" for _, p, _, _ in found), found


def test_a_border_of_two_coordinated_adjectives_is_the_pair_s(pipeline: Pipeline) -> None:
    """Decided: "the Chilean and Peruvian border", no other state named, is the pair's."""
    found = {q for q in fact_quads(pipeline, "قتل جنديان قرب الحدود التشيلية والبيروفية.", "ar")
             if q[1] == "border_with"}
    assert {frozenset((q[0], q[2])) for q in found} == {frozenset(("CHL", "PER"))}, found


def test_coordinated_adjectives_after_a_state_s_border_are_its_neighbours(
        pipeline: Pipeline) -> None:
    """A third state acting at "the Chilean and Peruvian borders" borders each of them; the
    two adjectives are no pair of their own."""
    text = "نشرت الأرجنتين قوات قرب الحدود التشيلية والبيروفية."
    found = {frozenset((q[0], q[2])) for q in fact_quads(pipeline, text, "ar")
             if q[1] == "border_with"}
    assert found == {frozenset(("ARG", "CHL")), frozenset(("ARG", "PER"))}, found
