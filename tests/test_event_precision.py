"""Precision constructions, each on sentences of our own writing: an act someone is kept
from is intended, not done ("blocks X from deploying", "منع X من نشر"); what is discussed
or negotiated is the talks' topic, never a party of them (English now reads "discuss" and
"negotiations" as the Arabic frame does: the partner named after "with")."""

from __future__ import annotations

from conftest import event_quads


def test_an_act_blocked_by_a_court_is_planned(pipeline) -> None:
    text = "A Brazilian judge blocks the government from deploying troops to the Amazon."
    quads = event_quads(pipeline, text)
    assert ("BRA", "MOBILIZE", "BRA", "planned") in quads
    assert ("BRA", "MOBILIZE", "BRA", "actual") not in quads


def test_an_act_kept_from_in_arabic_is_planned(pipeline) -> None:
    text = "منعت المحكمة العليا الكينية الحكومة من نشر قوات في العاصمة نيروبي."
    quads = event_quads(pipeline, text, "ar")
    assert ("KEN", "MOBILIZE", "KEN", "planned") in quads
    assert ("KEN", "MOBILIZE", "KEN", "actual") not in quads


def test_an_act_not_after_from_keeps_its_modality(pipeline) -> None:
    text = "A Brazilian judge blocks the road plan, and the army deploys troops to the Amazon."
    assert ("BRA", "MOBILIZE", "BRA", "actual") in event_quads(pipeline, text)
