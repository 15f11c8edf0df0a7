"""Wave 7 (both languages): trigger families found by auditing each frame's verb against
its event noun, kept where they recur in the tune misses and open WCEP items.

An order to evacuate a place ("issued an evacuation order for", "ordered the evacuation of",
"أصدر أمرا بإخلاء", "أوامر إخلاء") coerces whoever lives there (COERCE, restrict), at
home or abroad; the noun of "evacuate"/أخلى under an order is no retreat of the one who
gives it, while troops evacuated or withdrawn stay a retreat."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Turkish army issued an evacuation order for several villages in northern Iraq.",
     ("TUR", "COERCE", "IRQ", "actual")),
    ("en", "Russia ordered the evacuation of border towns in eastern Ukraine on Monday.",
     ("RUS", "COERCE", "UKR", "actual")),
    ("ar", "أصدر الجيش التركي أمرا بإخلاء عدة قرى في شمال العراق.",
     ("TUR", "COERCE", "IRQ", "actual")),
    ("ar", "وجه الجيش الروسي أوامر إخلاء لبلدات حدودية في شرق أوكرانيا.",
     ("RUS", "COERCE", "UKR", "actual")),
])
def test_evacuation_order_coerces(pipeline, lang, text, expected):
    found = event_quads(pipeline, text, lang)
    assert expected in found
    assert not any(q[1] == "RETREAT" for q in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Turkey withdrew its troops from northern Iraq and evacuated its bases.",
     ("TUR", "RETREAT", "IRQ", "actual")),
    ("ar", "أخلت تركيا قواعدها العسكرية في شمال العراق.", ("TUR", "RETREAT", "IRQ", "actual")),
])
def test_evacuating_troops_stays_a_retreat(pipeline, lang, text, expected):
    found = event_quads(pipeline, text, lang)
    assert expected in found
    assert not any(q[1] == "COERCE" for q in found)
