"""Review of stop 30 (findings 5, 6, 10, 17, 22): constructions the wave-8 rules misread,
each on a sentence of our own writing."""

from __future__ import annotations

from conftest import event_quads


def test_place_crossed_from_is_no_side_of_clashes(pipeline) -> None:
    # finding 5: with one side named, "from Syria" says where the others came from
    text = ("Four smugglers are killed in clashes between Jordanian border forces and armed "
            "groups attempting to cross from Syria.")
    assert not any("SYR" in (q[0], q[2]) for q in event_quads(pipeline, text))


def test_origin_of_the_unnamed_side_is_no_target(pipeline) -> None:
    text = "Clashes erupt between Kenyan police and gunmen from Somalia."
    assert not any("SOM" in (q[0], q[2]) for q in event_quads(pipeline, text))
