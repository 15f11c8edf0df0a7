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


def test_prepositional_opener_before_the_main_verb_fronts_no_phrase(pipeline):
    """A sentence that opens with a preposition ("In", "في") and reaches its main clause's
    verb and subject before the first comma has no fronted phrase: that comma does not
    cap the reach of the verb's act."""
    english = "In Lima Peru recognized, after years of debate, Palestine as a state."
    assert ("PER", "SUPPORT", "PSE") in event_triples(pipeline, english)
    arabic = "في خطوة مفاجئة أعلنت الكويت إرسال مساعدات، خلال أيام، إلى الأردن."
    assert ("KWT", "AID", "JOR") in event_triples(pipeline, arabic, "ar")


def test_prepositional_fronted_phrase_still_ends_at_its_comma(pipeline):
    """"In talks with X, Y and Z agreed": no verb in the phrase, so its comma ends it and
    its name does not join the main clause's pair."""
    text = "In talks with Peru, Chile and Bolivia agreed to build a railway."
    found = event_triples(pipeline, text)
    assert ("CHL", "AGREE", "BOL") in found or ("BOL", "AGREE", "CHL") in found
    assert ("PER", "AGREE", "CHL") not in found


def test_casualties_killed_in_a_named_attack_have_its_doer(pipeline):
    """Finding 13: the doer between "in a" and the act's noun, with no place after it, and
    a nationality adjective as the doer before a place."""
    named = event_triples(pipeline, "Four Turkish soldiers were killed in a PKK ambush.")
    assert ("ORG:pkk", "ASSAULT", "TUR") in named
    adjective = "Two Syrian guards were killed in an Iraqi drone strike in eastern Jordan."
    found = event_triples(pipeline, adjective)
    assert ("IRQ", "ASSAULT", "SYR") in found
    assert not any(e == "ASSAULT" and t == "JOR" for _, e, t in found)
