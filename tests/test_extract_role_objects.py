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


@pytest.mark.parametrize("text, lang, found_triple", [
    ("Iran arrested two officers of the French embassy in Tehran.", "en",
     ("IRN", "COERCE", "FRA")),
    ("Russia detained an official of the Estonian border guard.", "en",
     ("RUS", "COERCE", "EST")),
    ("Israel sentenced a senior commander of the Iranian Revolutionary Guards to life in "
     "prison.", "en", ("ISR", "SANCTION", "IRN")),
    ("اعتقلت روسيا مسؤولا في الحرس الإستوني.", "ar", ("RUS", "COERCE", "EST")),
])
def test_whom_the_person_serves_stays_the_object(pipeline: Pipeline, text: str, lang: str,
                                                 found_triple: tuple) -> None:
    # the link after the role noun ("of the", "في", role_links) is not counted in its reach
    found = events(pipeline, text, lang)
    assert found_triple in found, found
    assert (found_triple[0], found_triple[1], found_triple[0]) not in found, found


def test_a_link_is_skipped_only_straight_after_the_role_noun(pipeline: Pipeline) -> None:
    # "executives of state-owned mining company X": the company is still too far
    found = events(pipeline, "Chile arrested three executives of state-owned mining company "
                             "Codelco.")
    assert not any(t.startswith("ORG:") for _, _, t in found), found
    found = events(pipeline, "A court in Vienna, Austria, sentenced former minister Karl "
                             "Brenner of the People's Party to six years in prison for taking "
                             "money from Hungarian businessman Laszlo Kovacs.")
    assert ("AUT", "SANCTION", "HUN") not in found, found
