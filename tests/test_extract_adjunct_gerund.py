"""A participle after a conjunction ("after seizing", "after previously seizing", "while
shelling") is the act of the main clause's subject, not of the name closest before it, which
stands in the main clause's object (extract.strategies.adjunct_opener, adjunct_subject).
Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    "Turkey frees a Panama-flagged cargo ship after seizing it near Cyprus on Monday.",
    "Turkey frees a Panama-flagged cargo ship after previously seizing it near Cyprus.",
])
def test_the_main_subject_does_the_adjunct_act(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("TUR", "COERCE", "PAN") in found, found
    assert ("PAN", "COERCE", "PAN") not in found, found


def test_a_subject_of_its_own_stays(pipeline: Pipeline) -> None:
    # "after bombing" opens an adjunct (the new code runs), but the act names its own doer
    # ("by Ethiopia"): the main clause's subject does not take it
    found = events(pipeline, "Kenya condemned Somalia after bombing by Ethiopia.")
    assert not any(s == "KEN" and ty == "ASSAULT" for s, ty, _ in found), found
    assert ("ETH", "ASSAULT", "SOM") in found, found


def test_a_fronted_event_noun_takes_no_subject_after_its_comma(pipeline: Pipeline) -> None:
    found = events(pipeline, "Also in response to the arrest, two Chad diplomats are expelled "
                             "from an embassy in Paris by French authorities.")
    assert ("TCD", "COERCE", "TCD") not in found, found
    assert ("FRA", "SANCTION", "TCD") in found, found
