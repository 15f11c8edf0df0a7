"""An entry into force after a noun trigger sets its act's modality: still to come (planned),
denied (the event dropped), or now (the act itself)."""

from __future__ import annotations

import pytest

from conftest import event_quads

TO_COME = [
    ("The United States said that new tariffs on Brazilian coffee will take effect in June.",
     "en"),
    ("Greece announced a ban on Turkish imports to take effect next month.", "en"),
    ("فرضت الولايات المتحدة رسوماً جمركية على البن البرازيلي تدخل حيز التنفيذ بعد شهر.", "ar"),
    # read actual before the entry into force was read (a4b6dec): the relative goes on the
    # sanctions, the trigger's own object before it
    ("The U.S. imposes sanctions on Iran that will take effect in June.", "en"),
    ("Canada announces 30% tariffs on Mexico that will take effect next month.", "en"),
]
DENIED = [
    ("The U.S. trade secretary said that U.S. tariffs on Brazilian coffee won't take effect "
     "next month.", "en"),
    ("The U.S. trade secretary said that U.S. tariffs on Brazilian coffee will not take "
     "effect next month.", "en"),
    ("قال وزير التجارة الأمريكي إن الرسوم الجمركية الأمريكية على البن البرازيلي لن تدخل حيز "
     "التنفيذ الشهر المقبل.", "ar"),
]
NOW = [
    ("The U.S. trade secretary said that U.S. tariffs on Brazilian coffee took effect.", "en"),
    ("United States tariffs on Brazilian coffee take effect.", "en"),
    ("قال وزير التجارة الأمريكي إن الرسوم الجمركية الأمريكية على البن البرازيلي دخلت حيز "
     "التنفيذ.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), TO_COME)
def test_a_measure_still_to_take_effect_is_planned(pipeline, text, lang):
    found = {q for q in event_quads(pipeline, text, lang) if q[1] == "SANCTION"}
    assert found and all(q[3] == "planned" for q in found), found


@pytest.mark.parametrize(("text", "lang"), DENIED)
def test_a_measure_that_will_not_take_effect_is_no_act(pipeline, text, lang):
    found = event_quads(pipeline, text, lang)
    assert not any(q[1] == "SANCTION" for q in found), found


@pytest.mark.parametrize(("text", "lang"), NOW)
def test_a_measure_taking_effect_now_is_the_act(pipeline, text, lang):
    found = {q for q in event_quads(pipeline, text, lang) if q[1] == "SANCTION"}
    assert found and all(q[3] == "actual" for q in found), found


def test_a_call_for_a_measure_to_take_effect_is_made(pipeline):
    found = event_quads(pipeline, "Poland calls for sanctions on Russia to take effect at once.")
    assert ("POL", "REQUEST", "RUS", "actual") in found, found
