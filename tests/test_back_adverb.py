""""back" after a verb of sending or returning ("send X back to Russia", "deported back to
the Philippines") is an adverb, no backing (SUPPORT) of the state the return goes to; the
verb "back" ("backs Ukraine's bid", "backed by X") still supports (issue 9: extra readings).
Tune: Vinnik exchange (2025-02-12), Teves deportation (2025-05-28)."""

from __future__ import annotations

import pytest

from conftest import event_quads

ADVERB = [
    "The Trump administration agrees to send convicted money launderer Alexander Vinnik back "
    "to Russia in exchange for the release of an American teacher.",
    "Timor-Leste announces that former Philippine lawmaker Arnolfo Teves Jr. will be deported "
    "back to the Philippines after his arrest.",
    "Germany flew 40 Afghan nationals back home to Afghanistan on Monday.",
]


@pytest.mark.parametrize("text", ADVERB)
def test_back_of_a_return_is_no_support(pipeline, text):
    assert not [q for q in event_quads(pipeline, text, "en") if q[1] == "SUPPORT"]


BACKING = [
    ("France backs Ukraine's bid to join the European Union.", ("FRA", "SUPPORT", "UKR")),
    ("Germany backed Poland in the dispute with Russia.", ("DEU", "SUPPORT", "POL")),
]


@pytest.mark.parametrize(("text", "triple"), BACKING)
def test_backing_verb_supports(pipeline, text, triple):
    assert (*triple, "actual") in event_quads(pipeline, text, "en")


# "back" of a blow returned or a push, after its verb or before "at"/"against": no backing
RETURNED_BLOW = [
    "China hit back at the United States over the new tariffs.",
    "Iran struck back at Israel on Saturday.",
    "Ukrainian forces pushed back Russian troops near Kharkiv.",
    "Ukrainian forces beat back a Russian offensive near Kharkiv.",
    "Canada fought back against US tariffs with duties on American steel.",
]


@pytest.mark.parametrize("text", RETURNED_BLOW)
def test_back_of_a_returned_blow_is_no_support(pipeline, text):
    assert not [q for q in event_quads(pipeline, text, "en") if q[1] == "SUPPORT"]
