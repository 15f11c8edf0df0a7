"""Construction-level bugs of the rules, each read on sentences of our own."""

from __future__ import annotations

from conftest import event_quads, event_triples


def test_nisba_after_people_noun_is_the_target(pipeline):
    """"طرد دبلوماسيين X-يين": the nisba qualifies the people expelled (their state is the
    target), not the verbal noun's doer."""
    quads = event_triples(pipeline, "قررت كندا طرد دبلوماسيين إيرانيين من أراضيها.", "ar")
    assert ("CAN", "SANCTION", "IRN") in quads
    assert not any(q[0] == "IRN" for q in quads)
    quads = event_triples(pipeline, "ردت وزارة الخارجية التركية بطرد دبلوماسيين سويديين.", "ar")
    assert ("TUR", "SANCTION", "SWE") in quads


def test_nisba_right_after_event_noun_is_still_the_doer(pipeline):
    quads = event_triples(pipeline, "أدانت الأردن الغارة الإسرائيلية على دمشق.", "ar")
    assert any(q[0] == "JOR" and q[2] == "ISR" for q in quads)


def test_nationality_after_the_verb_is_the_object_not_the_doer(pipeline):
    """"A court in Paris convicted two Algerian men": in English (subject before the verb,
    adjective before its noun) the nationality after the verb is the object's state."""
    quads = event_quads(pipeline, "A court in Madrid convicted two Moroccan smugglers of fraud.")
    assert not any(q[0] == "MAR" and q[2] == "ESP" for q in quads)
    assert ("ESP", "SANCTION", "MAR", "actual") in quads


def test_adjective_of_a_host_city_still_reads_as_the_place(pipeline):
    """"in the Kenyan city of X": the adjective names the host's place, not an object."""
    quads = event_triples(pipeline, "The African Union held a summit in the Kenyan city of "
                          "Mombasa.")
    assert ("KEN", "CONSULT", "AU") in quads
