"""Evacuation orders: ordered at home (a fire, a storm) they protect the state's own
people and are no event; an order to evacuate a foreign place coerces (frame key
`never_domestic`)."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "order"), [
    ("en", "A wildfire spreads near Valparaiso, Chile, triggering mandatory evacuation orders.",
     None),
    ("ar", "امتد حريق في تلال فالبارايسو التشيلية، ما استدعى إصدار أوامر إخلاء إلزامية.", None),
    ("en", "Israel issues evacuation orders for villages in southern Lebanon.", ("ISR", "LBN")),
    ("ar", "أصدر الجيش الإسرائيلي أمراً بإخلاء قرى في جنوب لبنان.", ("ISR", "LBN")),
])
def test_evacuation_orders_at_home_and_abroad(pipeline, lang: str, text: str,
                                              order: tuple[str, str] | None) -> None:
    found = event_triples(pipeline, text, lang)
    if order is None:
        assert not any(t == "COERCE" for _, t, _ in found), found
    else:
        assert (order[0], "COERCE", order[1]) in found, found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_evacuation_frame_is_never_domestic(lang: str) -> None:
    # one key, `never_domestic: true`, names a frame never done to the doer's own state
    from diplomap.extract.frames import load_frames

    frames = load_frames(lang).by_id
    assert frames["coerce_evacuation"].never_domestic
    assert not frames["coerce_censor"].never_domestic
