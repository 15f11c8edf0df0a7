"""English event constructions of the third wave, each on sentences of our own writing: a
meeting announced ("will meet X"), releases that free no one, the office of a person named
in apposition, silence that rejects no one, requests a state makes of its own."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("text", "quad"), [
    ("The Turkish president Erdogan will meet Russian president Vladimir Putin in Sochi.",
     ("TUR", "CONSULT", "RUS", "planned")),
    ("Turkish president Erdogan will be meeting Russian president Vladimir Putin in Sochi.",
     ("TUR", "CONSULT", "RUS", "planned")),
    ("Turkish president Erdogan plans to meet Vladimir Putin next week.",
     ("TUR", "CONSULT", "RUS", "planned")),
])
def test_meeting_announced(pipeline, text: str, quad: tuple) -> None:
    assert quad in event_quads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenya released a new ceasefire proposal on Monday.",
    "The Kenyan government delayed the release of its annual budget figures.",
    "A statement on the minister's health would be released later.",
])
def test_release_of_things_frees_no_one(pipeline, text: str) -> None:
    assert not {q for q in event_quads(pipeline, text) if q[1] == "RETREAT"}


@pytest.mark.parametrize("text", [
    "Kenya released 20 prisoners on Monday.",
    "Kenyan authorities released him on bail.",
])
def test_release_of_people(pipeline, text: str) -> None:
    assert ("KEN", "RETREAT", "KEN", "actual") in event_quads(pipeline, text)


@pytest.mark.parametrize(("text", "quad"), [
    ("John Smith, the Kenyan envoy to Somalia, condemned Uganda on Tuesday.",
     ("KEN", "ACCUSE", "UGA", "actual")),
    ("John Smith, the spokesman of the Kenyan foreign ministry, condemned Uganda.",
     ("KEN", "ACCUSE", "UGA", "actual")),
    ("John Smith, a spokesman for the Kenyan government, urged Uganda to withdraw.",
     ("KEN", "REQUEST", "UGA", "actual")),
    ("Kenya's envoy to Somalia, John Smith, condemned Uganda.",
     ("KEN", "ACCUSE", "UGA", "actual")),
    ("On Monday, John Smith, the Kenyan foreign minister, condemned Uganda.",
     ("KEN", "ACCUSE", "UGA", "actual")),
])
def test_apposed_office_is_the_doer(pipeline, text: str, quad: tuple) -> None:
    found = event_quads(pipeline, text)
    assert quad in found
    assert not {q for q in found if q[0] == "UGA" or q[2] == "SOM"}


def test_apposed_office_names_no_object(pipeline) -> None:
    found = event_quads(pipeline, "John Smith, the Kenyan special envoy for Somalia, resigned.")
    assert ("KEN", "RETREAT", "KEN", "actual") in found
    assert not {q for q in found if "SOM" in (q[0], q[2])}


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry declined to comment.",
    "Asked about the talks, the Kenyan president declined comment.",
])
def test_no_comment_rejects_no_one(pipeline, text: str) -> None:
    assert not {q for q in event_quads(pipeline, text) if q[1] == "REJECT"}


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto called for calm.",
    "Kenyan opposition parties called for the resignation of the interior minister.",
    "The Kenyan opposition demanded snap elections.",
])
def test_request_of_its_own(pipeline, text: str) -> None:
    assert ("KEN", "REQUEST", "KEN", "actual") in event_quads(pipeline, text)


def test_request_of_its_own_needs_no_other_actor(pipeline) -> None:
    found = event_quads(pipeline, "Kenya called for calm after Ugandan troops crossed the border.")
    assert ("KEN", "REQUEST", "KEN", "actual") not in found


def test_bare_organ_of_the_sole_state(pipeline) -> None:
    text = "The Kenyan president survived a vote after prosecutors accused him of fraud."
    assert ("KEN", "ACCUSE", "KEN", "actual") in event_quads(pipeline, text)


def test_infinitive_has_no_subject_after_it(pipeline) -> None:
    text = ("Thousands of people gathered in Nairobi, Kenya, to protest against the African "
            "Union and ECOWAS.")
    found = event_quads(pipeline, text)
    assert {("KEN", "PROTEST", "AU", "actual"), ("KEN", "PROTEST", "ECOWAS", "actual")} <= found
    assert not {q for q in found if q[0] in ("AU", "ECOWAS")}


@pytest.mark.parametrize("text", [
    'Kenyan police arrested a man on Saturday. "I urge anyone with information to contact '
    'police," Inspector John Smith said.',
    'Kenyan police arrested a man on Saturday. "I would urge anyone with information to '
    'contact police," Inspector John Smith said.',
])
def test_quoted_titled_speaker(pipeline, text: str) -> None:
    assert ("KEN", "REQUEST", "KEN", "actual") in event_quads(pipeline, text)


def test_possessor_of_a_plan_does_it(pipeline) -> None:
    text = "Activists protested against the Kenyan government's decision to expel Ugandan traders."
    assert ("KEN", "SANCTION", "UGA", "actual") in event_quads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenyan Interior Minister John Smith visited the border. Smith condemned Uganda.",
    "On Monday, former Kenyan presidential candidate Senator John Smith spoke in Nairobi. "
    "Smith later condemned Uganda.",
])
def test_surname_of_a_titled_person(pipeline, text: str) -> None:
    assert ("KEN", "ACCUSE", "UGA", "actual") in event_quads(pipeline, text)


def test_surname_shared_by_two_states_names_no_one(pipeline) -> None:
    text = ("Kenyan Interior Minister John Smith met Ugandan Interior Minister Paul Smith. "
            "Smith condemned Tanzania.")
    assert not {q for q in event_quads(pipeline, text) if q[2] == "TZA"}


def test_object_pronoun_before_later_names(pipeline) -> None:
    text = ('Kenya imposed sanctions on six Ugandan officials, accusing them of "undermining '
            'Somali sovereignty".')
    found = event_quads(pipeline, text)
    assert ("KEN", "ACCUSE", "UGA", "actual") in found
    assert ("KEN", "ACCUSE", "SOM", "actual") not in found


@pytest.mark.parametrize("text", [
    "The Kenyan parliament voted to legalise same-sex marriage.",
    "The Kenyan parliament passed a bill which decriminalized abortion.",
])
def test_prohibition_lifted_is_a_concession(pipeline, text: str) -> None:
    assert ("KEN", "CONCEDE", "KEN", "actual") in event_quads(pipeline, text)


def test_retired_from_office(pipeline) -> None:
    text = "Kenyan Chief Justice John Smith retired from the court in 2010."
    assert ("KEN", "RETREAT", "KEN", "actual") in event_quads(pipeline, text)


def test_ski_lift_is_no_concession(pipeline) -> None:
    text = "A ski lift accident at a Kenyan resort injured two tourists."
    assert not {q for q in event_quads(pipeline, text) if q[1] == "CONCEDE"}


def test_own_bill_withdrawn_is_a_concession(pipeline) -> None:
    # "will withdraw" is the concession itself (ONTOLOGY: CONCEDE is also a promised retreat;
    # the Wikinews gold codes "will officially withdraw a proposed bill" actual), as Arabic
    # "سترفع" is: test_language_parity.test_future_concession_is_actual
    text = "Kenyan President Ruto announced that his government will withdraw a proposed bill."
    assert ("KEN", "CONCEDE", "KEN", "actual") in event_quads(pipeline, text)


def test_was_to_is_planned(pipeline) -> None:
    text = "Kenya reported new cases. Restrictions on public gathering were to be lifted."
    assert ("KEN", "CONCEDE", "KEN", "planned") in event_quads(pipeline, text)
