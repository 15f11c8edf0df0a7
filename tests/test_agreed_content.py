"""What an agreement agrees to do is not yet done (ONTOLOGY: an act of agreeing is an actual
AGREE, an event the text presents as intended keeps its own type, planned): "A and B agreed to
restore relations" is an actual AGREE and a planned SUPPORT between the parties who agreed, in
both languages; what a clause after the agreement says, an act coordinated after it and
the same act stated as done stay actual."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target, e.modality) for e in found}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Chile and Peru agreed to restore diplomatic relations.",
     ("CHL", "SUPPORT", "PER", "planned")),
    ("en", "Chile and Peru agreed to hold talks.", ("CHL", "CONSULT", "PER", "planned")),
    ("en", "Chile agreed to withdraw its troops from Peru.", ("CHL", "RETREAT", "PER", "planned")),
    ("ar", "اتفقت تشيلي وبيرو على استئناف العلاقات الدبلوماسية.",
     ("CHL", "SUPPORT", "PER", "planned")),
    ("ar", "وافقت تشيلي على سحب قواتها من بيرو.", ("CHL", "RETREAT", "PER", "planned")),
])
def test_the_agreed_act_is_planned(pipeline: Pipeline, lang: str, text: str,
                                   expected: tuple) -> None:
    found = events(pipeline, text, lang)
    assert expected in found, found
    assert (*expected[:3], "actual") not in found, found
    assert any(e[1] == "AGREE" and e[3] == "actual" for e in found), found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The agreement signed by Chile and Peru restored diplomatic relations.",
     ("CHL", "SUPPORT", "PER", "actual")),
    ("en", "Chile and Peru restored diplomatic relations.", ("CHL", "SUPPORT", "PER", "actual")),
    ("ar", "أعادت تشيلي وبيرو العلاقات الدبلوماسية.", ("CHL", "SUPPORT", "PER", "actual")),
    ("ar", "وافقت تشيلي على المقترح وأفرجت عن سجناء من بيرو.",
     ("CHL", "RETREAT", "PER", "actual")),
])
def test_an_act_done_stays_actual(pipeline: Pipeline, lang: str, text: str,
                                  expected: tuple) -> None:
    found = events(pipeline, text, lang)
    assert expected in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agreed that the talks were useful."),
    ("en", "Chile agreed to the proposal and released Peruvian prisoners."),
    ("ar", "اتفقت تشيلي وبيرو على أن المحادثات كانت مفيدة."),
])
def test_no_planned_act_outside_the_agreed_content(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    found = events(pipeline, text, lang)
    assert not {e for e in found if e[3] == "planned"}, found
    assert ("CHL", "AGREE", "PER", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile agreed to release Peruvian prisoners."),
    ("ar", "وافقت تشيلي على إطلاق سراح سجناء من بيرو."),
])
def test_a_release_agreed_is_not_done(pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("CHL", "RETREAT", "PER", "actual") not in found, found
    assert ("CHL", "CONCEDE", "PER", "actual") in found, found  # a promised retreat


def test_an_agreement_reached_for_a_ceasefire_is_not_its_content(pipeline: Pipeline) -> None:
    found = events(pipeline, "توصلت تشيلي وبيرو إلى اتفاق لوقف إطلاق النار.", "ar")
    assert not {e for e in found if e[1] == "RETREAT" and e[3] == "planned"}, found
