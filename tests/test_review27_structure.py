"""Review 27 (findings 6, 8, 12, 13): the doer of an act that killed named casualties when
a place follows the act, the phrase fronted before a sentence's main clause, and the
words an announced deal admits before its noun."""

from __future__ import annotations

from conftest import event_triples


def test_casualties_killed_in_a_named_attack_in_a_place_have_its_doer(pipeline):
    """"<casualties> were killed in a <doer> attack in <place>": the name between "in a"
    and the act's noun does it; the place after it (marked "in") does nothing."""
    text = "Four Turkish soldiers were killed in a PKK ambush in northern Iraq."
    assaults = {(s, t) for s, e, t in event_triples(pipeline, text) if e == "ASSAULT"}
    assert ("ORG:pkk", "TUR") in assaults
    assert not any(s == "IRQ" for s, _ in assaults)


def test_casualties_killed_in_an_attack_in_a_place_have_no_doer(pipeline):
    """A place marked "in" after the act is where it happened, not who did it."""
    text = "Two French engineers were killed in an attack in Mali."
    assert ("MLI", "ASSAULT", "FRA") not in event_triples(pipeline, text)


def test_announced_deal_gap_holds_only_the_deals_modifiers(pipeline):
    """"announce a … deal": the gap holds what describes the deal; a preposition in it
    reaches past another head ("an end to", "a halt to"), which concludes no deal."""
    ended = event_triples(pipeline, "Chile announced an end to agreement with Peru.")
    assert ("CHL", "AGREE", "PER") not in ended
    concluded = event_triples(pipeline, "Chile announced a bilateral fishing deal with Peru.")
    assert ("CHL", "AGREE", "PER") in concluded
