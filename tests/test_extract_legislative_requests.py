"""A legislature's subpoena is a REQUEST to whom it compels, an impeachment inquiry an
ACCUSE (data/wikinews/README.md "Judgement calls"), and a request addressed to an official
of the requester's own state behind a target marker is done to that state. Sentences of
our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    "The United States Senate issued a subpoena for emails from Secretary of State Mike "
    "Pompeo on Tuesday.",
    "The United States House of Representatives subpoenaed Mike Pompeo last week.",
])
def test_a_subpoena_to_an_own_official_is_a_domestic_request(pipeline: Pipeline,
                                                            text: str) -> None:
    assert ("USA", "REQUEST", "USA") in events(pipeline, text)


def test_a_subpoena_to_a_foreign_state(pipeline: Pipeline) -> None:
    assert ("RUS", "REQUEST", "DEU") in events(pipeline, "A Russian court sent a subpoena to "
                                                          "Germany over the pipeline.")


def test_an_official_of_another_state_is_no_own_addressee(pipeline: Pipeline) -> None:
    found = events(pipeline, "The United States Senate issued a subpoena for records from "
                             "the office of Vladimir Putin.")
    assert ("USA", "REQUEST", "USA") not in found, found


def test_an_impeachment_inquiry_accuses_the_official(pipeline: Pipeline) -> None:
    found = events(pipeline, "US lawmakers voted for impeachment proceedings against "
                             "President Joe Biden on Monday.")
    assert ("USA", "ACCUSE", "USA") in found
