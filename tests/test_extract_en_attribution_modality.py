"""English constructions of blame, readiness, possibility and titled officials the lexicon
does not know. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


def modalities(pipeline: Pipeline, text: str) -> set[tuple]:
    found = pipeline(text, "en", "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target, e.modality) for e in found}


@pytest.mark.parametrize("text", [
    "Kenya attributed the bombing to Somalia.",
    "Kenya held Somalia responsible for the bombing.",
    "Kenya holds Somalia fully responsible.",
])
def test_attributing_an_attack_is_an_accusation(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("KEN", "ACCUSE", "SOM") in found, found
    assert not any(kind == "ASSAULT" for _, kind, _ in found), found


def test_words_attributed_to_someone_accuse_no_one(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Chile denied the remarks attributed to its foreign minister.")


@pytest.mark.parametrize("text", [
    "Iran is ready for talks with Oman.",
    "Iran is ready to hold talks with Oman.",
    "Iran said it is open to talks with Oman.",
])
def test_readiness_for_talks_agrees_and_holds_no_meeting(pipeline: Pipeline, text: str
                                                         ) -> None:
    found = events(pipeline, text)
    assert ("IRN", "AGREE", "OMN") in found, found
    assert not any(kind == "CONSULT" for _, kind, _ in found), found


@pytest.mark.parametrize(("text", "state"), [
    ("Floods hit the Bahamas on Sunday. Prime Minister Ronald Quarterby urged residents to "
     "leave the coast.", "BHS"),
    ("A bomb went off in Jolo in the Philippines. Defence Secretary Marco Ilustre urged "
     "locals to help the police.", "PHL"),
])
def test_a_titled_official_the_lexicon_does_not_know_acts_for_the_context(
        pipeline: Pipeline, text: str, state: str) -> None:
    assert (state, "REQUEST", state) in events(pipeline, text)


def test_a_title_a_place_qualifies_is_not_the_contexts_official(pipeline: Pipeline) -> None:
    text = ("Floods hit the Bahamas on Sunday. Last week, Carolina Governor Ronald Quarterby "
            "urged residents to leave the coast.")
    assert ("BHS", "REQUEST", "BHS") not in events(pipeline, text)
