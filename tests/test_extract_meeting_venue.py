"""Where a meeting is held and whom it is held with: a name a venue preposition governs
hosts the meeting; Arabic "ب" after a meeting verb names its partner ("with")."""

from __future__ import annotations

from conftest import event_triples


def test_arabic_ba_after_a_meeting_verb_names_the_partner_not_the_venue(pipeline) -> None:
    # "the Egyptian and Jordanian ministers met the Qatari minister": Qatar is met, not
    # where they met
    found = event_triples(pipeline, "التقى وزيرا خارجية مصر والأردن بوزير الخارجية القطري.",
                          "ar")
    assert {("EGY", "CONSULT", "QAT"), ("JOR", "CONSULT", "QAT")} <= found, found
    assert ("EGY", "CONSULT", "JOR") not in found, found


def test_fi_still_names_where_a_meeting_is_held(pipeline) -> None:
    found = event_triples(pipeline, "التقى وزيرا خارجية مصر والأردن في الدوحة، قطر.", "ar")
    assert not {("EGY", "CONSULT", "QAT"), ("JOR", "CONSULT", "QAT")} & found, found


def test_three_states_that_meet_at_a_venue_meet_in_every_pair(pipeline) -> None:
    found = event_triples(pipeline, "Iran, Iraq and Saudi Arabia met in Doha, Qatar.")
    pairs = {frozenset((s, t)) for s, kind, t in found if kind == "CONSULT"}
    assert {frozenset(("IRN", "IRQ")), frozenset(("IRN", "SAU")),
            frozenset(("IRQ", "SAU"))} <= pairs, found
    assert not any("QAT" in p for p in pairs), found
