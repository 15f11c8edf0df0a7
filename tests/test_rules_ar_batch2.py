"""Arabic event constructions from the dev set's batch 2 (conflict types), each with
sentences of our own."""

from conftest import event_quads


def test_suspending_cooperation_or_flights_with_a_state_sanctions_it(pipeline):
    # "Egypt suspended its cooperation with Ethiopia": SANCTION, not COOPERATE
    found = event_quads(pipeline, "علّقت مصر تعاونها الأمني مع إثيوبيا.", "ar")
    assert ("EGY", "SANCTION", "ETH", "actual") in found
    assert not any(q[1] == "COOPERATE" for q in found)
    # "Jordan announced the suspension of flights with Syria"
    found = event_quads(pipeline, "أعلن الأردن تعليق الرحلات الجوية مع سوريا.", "ar")
    assert ("JOR", "SANCTION", "SYR", "actual") in found


def test_a_suspended_programme_for_a_state_is_no_aid_to_it(pipeline):
    # "Germany suspended its programme of development aid to Niger"
    found = event_quads(pipeline, "علّقت ألمانيا برنامجها للمساعدات التنموية للنيجر.", "ar")
    assert ("DEU", "SANCTION", "NER", "actual") in found
    assert not any(q[1] == "AID" for q in found)


def test_commenting_on_cooperation_suspends_nothing(pipeline):
    # "علّق على" is "commented on"
    found = event_quads(pipeline, "علّقت تونس على التعاون مع ليبيا.", "ar")
    assert not any(q[1] == "SANCTION" for q in found)


def test_aid_withheld_by_a_nisba_state_is_withheld_from_the_place_named(pipeline):
    # "Hospitals in Gaza ran out of fuel because of the Israeli blockade on aid"
    found = event_quads(pipeline, "نفد الوقود في مستشفيات غزة بسبب الحصار الإسرائيلي على "
                        "المساعدات.", "ar")
    assert ("ISR", "COERCE", "PSE", "actual") in found
    assert ("ISR", "COERCE", "ISR", "actual") not in found
