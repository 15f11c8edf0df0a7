"""A domestic act (an arrest, a sentence, a charge, a protest) done to a person named by
role or title ("former MEP X", "three executives of ...", "حكمت ... بسجن النائب السابق")
takes no name far after that person as its object: the names in the grounds of the act
are not what it is done to (`role_nouns`, `person_titles`, extract.strategies.near_people).
Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    "A court in Vienna, Austria, sentenced former minister Karl Brenner to six years in "
    "prison for taking money from Hungarian businessman Laszlo Kovacs.",
    "A court in Vienna, Austria, sentenced former lawmaker Karl Brenner to six years in "
    "prison after he admitted taking bribes from an ex-Hungarian official.",
])
def test_grounds_of_a_sentence_name_no_target(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("AUT", "SANCTION", "AUT") in found, found
    assert ("AUT", "SANCTION", "HUN") not in found, found


def test_arrested_executives_of_a_company_are_the_states_own(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Chilean prosecutor's office arrests four executives of "
                             "state-owned mining company Codelco on charges of fraud.")
    assert ("CHL", "COERCE", "CHL") in found, found
    assert not any(t.startswith("ORG:") for _, _, t in found), found


def test_a_list_that_goes_on_after_the_person_stays_the_object(pipeline: Pipeline) -> None:
    found = events(pipeline, "Thousands of people rallied in Madrid, Spain, to protest "
                             "against candidate Pedro Ortega and the Vox party.")
    assert ("ESP", "PROTEST", "ORG:vox") in found, found


def test_ar_grounds_of_a_sentence_name_no_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "قضت محكمة نمساوية بسجن النائب السابق كارل برينر ست سنوات، "
                             "بعد أن أقر بتلقي أموال من النائب المجري السابق لاسلو كوفاتش.",
                   "ar")
    assert ("AUT", "SANCTION", "AUT") in found, found
    assert ("AUT", "SANCTION", "HUN") not in found, found
