"""A joint military act of two states is their cooperation (COOPERATE), besides the act."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang"), [
    ("Gunmen ambush a joint Kenyan and Somali convoy near the border.", "en"),
    ("Kenya and Somalia launch a joint operation against militants near the border.", "en"),
    ("The Kenyan and Somali armies hold their first joint exercise near the border.", "en"),
    ("هاجم مسلحون قافلة مشتركة كينية-صومالية قرب الحدود.", "ar"),
    ("أطلقت كينيا والصومال عملية عسكرية مشتركة ضد المسلحين قرب الحدود.", "ar"),
])
def test_a_joint_military_act_is_cooperation(pipeline, text, lang):
    found = event_triples(pipeline, text, lang)
    assert ({("KEN", "COOPERATE", "SOM"), ("SOM", "COOPERATE", "KEN")} & found), found


def test_a_joint_operation_of_one_state_is_none(pipeline):
    found = event_triples(pipeline, "A joint operation between the Kenyan police and the "
                                    "Kenyan army leads to the arrest of nine people.")
    assert not any(t[1] == "COOPERATE" for t in found), found
