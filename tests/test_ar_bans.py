"""Arabic bans as English reads them (issue 9, Arabic parity), on sentences of our own
writing: a ban imposed at home is the state's COERCE of its own people, a ban aimed at
another state a sanction; a curfew stays a curfew."""

from __future__ import annotations

from conftest import event_triples


def test_a_ban_imposed_at_home_is_coercion(pipeline):
    text = "أمر الرئيس الإيراني بفرض حظر كامل على خدمة الإنترنت في طهران."
    found = event_triples(pipeline, text, "ar")
    assert ("IRN", "COERCE", "IRN") in found
    assert ("IRN", "COERCE", "IRN") in event_triples(
        pipeline, "The Iranian president ordered a complete ban on internet service in "
                  "Tehran.", "en")


def test_a_ban_aimed_at_another_state_is_a_sanction(pipeline):
    found = event_triples(pipeline, "فرضت روسيا حظراً على واردات اللحوم من بولندا.", "ar")
    assert ("RUS", "SANCTION", "POL") in found


def test_a_curfew_imposed_is_no_ban(pipeline):
    found = event_triples(pipeline, "فرضت الحكومة الهندية حظر التجول في مدينة سريناغار.", "ar")
    assert ("IND", "COERCE", "IND") in found
    assert not any(t == "SANCTION" for _, t, _ in found)
