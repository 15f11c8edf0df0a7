"""SANCTION and COERCE: who punishes whom (wave 3b, from the dev set's batch 3 and the older
tune data). Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples
quads = event_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "اعتقلت الشرطة الهولندية سمير حداد، الطالب المغربي، في أمستردام."),
    ("ar", "احتجزت السلطات الهولندية أمس طالبة مغربية في روتردام."),
    ("en", "Dutch police detained Samir Haddad, the Moroccan student, in Amsterdam."),
])
def test_a_foreign_national_in_apposition_is_the_target(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    """Where adjectives follow their noun, the noun of people a nationality describes
    stands before it: the arrest is done to that state, not to the arresting one."""
    found = events(pipeline, text, lang)
    assert ("NLD", "COERCE", "MAR") in found
    assert ("NLD", "COERCE", "NLD") not in found
