"""A state that executes people convicted of (or charged with) spying for another state
accuses that state, as a conviction or an arrest on that charge does."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang"), [
    ("Saudi Arabia executes two men convicted of spying for Iran.", "en"),
    ("Saudi Arabia executes a man convicted of being a spy for Iranian intelligence.", "en"),
    ("أعدمت السعودية رجلين بتهمة التجسس لصالح إيران.", "ar"),
])
def test_an_execution_for_spying_accuses_the_state_served(pipeline, text, lang):
    assert ("SAU", "ACCUSE", "IRN") in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Saudi Arabia executes two men convicted of murder.", "en"),
    ("أعدمت السعودية رجلين بتهمة القتل.", "ar"),
])
def test_an_execution_names_no_state_served(pipeline, text, lang):
    assert not any(t[1] == "ACCUSE" for t in event_triples(pipeline, text, lang))
