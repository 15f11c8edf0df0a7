"""Arabic wire-copy constructions (issue 9), on sentences of our own writing: a declared
ceasefire, the charge a detention or sentence is for, an inquiry carried by a state organ."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


def events(pipeline: Pipeline, text: str) -> set[tuple]:
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


def pairs(found: set[tuple], event_type: str) -> set[frozenset]:
    return {frozenset((s, t)) for s, kind, t in found if kind == event_type}


@pytest.mark.parametrize(("text", "parties"), [
    ("أعلنت الهند وباكستان وقف إطلاق النار.", {"IND", "PAK"}),
    ("أعلنت إثيوبيا وقفا فوريا لإطلاق النار مع إريتريا.", {"ETH", "ERI"}),
])
def test_a_declared_ceasefire_is_a_retreat_of_its_parties(pipeline, text, parties):
    found = events(pipeline, text)
    assert frozenset(parties) in pairs(found, "RETREAT")
    assert not pairs(found, "ASSAULT")  # "لإطلاق النار" after a ceasefire is no shooting


def test_the_topic_of_talks_is_no_declared_ceasefire(pipeline):
    found = events(pipeline, "اجتمع وزير الخارجية الأمريكي بنظيره الروسي لبحث إنهاء الحرب "
                             "في أوكرانيا.")
    assert not pairs(found, "RETREAT")


@pytest.mark.parametrize("text", [
    "اعتقلت السلطات الأردنية ثلاثة سوريين بتهمة تهريب أسلحة.",
    "قضت محكمة تونسية بسجن معارض بارز عشر سنوات بتهمة التآمر على أمن الدولة.",
])
def test_the_charge_of_a_punishment_is_no_accusation_of_its_own(pipeline, text):
    found = events(pipeline, text)
    assert pairs(found, "COERCE") or pairs(found, "SANCTION")
    assert not pairs(found, "ACCUSE")


def test_the_charge_names_the_act_the_detained_are_held_for(pipeline):
    found = events(pipeline, "احتجز الجيش الأردني عددا من السوريين بتهمة إطلاق صواريخ "
                             "باتجاه إسرائيل.")
    assert ("SYR", "ASSAULT", "ISR") in found
    assert ("JOR", "ASSAULT", "ISR") not in found


def test_an_inquiry_after_an_organs_raid_is_its_states_own(pipeline):
    found = events(pipeline, "داهمت الشرطة الماليزية مكاتب ثلاث شركات، في إطار تحقيق في "
                             "رشى مزعومة.")
    assert ("MYS", "ACCUSE", "MYS") in found
