"""A first-person pronoun inside a quotation stands for its speaker: the one actor its
sentence names outside the quotation, or the speaker who opened the quotation in an earlier
sentence of the paragraph. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    '"We reject the demands of Iran," Saudi Arabia\'s foreign minister said on Sunday.',
    'The Saudi foreign ministry said: "We reject the demands of Iran."',
    'The Saudi foreign ministry said: "The talks have ended. We reject the demands of Iran."',
])
def test_we_in_a_quotation_is_its_speaker(pipeline: Pipeline, text: str) -> None:
    assert ("SAU", "REJECT", "IRN") in events(pipeline, text)


def test_two_actors_outside_the_quotation_leave_we_unresolved(pipeline: Pipeline) -> None:
    found = events(pipeline, '"We reject the demands," Egypt\'s minister told Qatar\'s '
                             'envoy after Iran spoke.')
    assert not any(kind == "REJECT" for _, kind, _ in found), found


def test_a_quotation_closed_in_an_earlier_paragraph_has_no_speaker(pipeline: Pipeline) -> None:
    found = events(pipeline, 'The Saudi foreign ministry said: "The talks have ended."\n\n'
                             'We reject the demands of Iran, a reader wrote.')
    assert ("SAU", "REJECT", "IRN") not in found, found
