"""A body's summit in a city that is a place of its own (a city the lexicon lists as a place,
a capital listed as a venue: "the APEC summit in Gyeongju", "the SCO summit in Astana",
"قمة مجموعة العشرين في بالي") is hosted by the city's state, as one in a capital read as its
state is ("the GCC summit in Doha"; frame `summit_venue`, object kinds `state` and `place`).
A summit no body names still hosts none, nor does a body named elsewhere in the clause."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Leaders met on the sidelines of the APEC summit in Gyeongju.",
     ("KOR", "hosts", "APEC", "actual")),
    ("en", "The SCO summit in Astana opened on Monday.", ("KAZ", "hosts", "SCO", "actual")),
    ("en", "The GCC summit was held in Riyadh in 1981.", ("SAU", "hosts", "GCC", "actual")),
    ("en", "He met Xi at the G20 summit in Bali.", ("IDN", "hosts", "G20", "actual")),
    ("ar", "شارك رئيس الوزراء في قمة مجموعة العشرين في بالي.", ("IDN", "hosts", "G20", "actual")),
    ("ar", "انطلقت قمة منظمة شنغهاي للتعاون في أستانا الاثنين.",
     ("KAZ", "hosts", "SCO", "actual")),
    ("ar", "عقدت قمة مجلس التعاون الخليجي في الرياض عام 1981.",
     ("SAU", "hosts", "GCC", "actual")),
])
def test_a_bodys_summit_in_a_city_is_hosted_by_its_state(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister spoke at a summit in Jeddah."),
    ("en", "Macron addressed an AI summit in Paris."),
    ("en", "NATO leaders attend a summit in Almaty."),
    ("en", "The summit in Geneva was a success, the EU said."),
    ("ar", "تحدث الوزير في قمة في جدة."),
    ("ar", "ألقى ماكرون كلمة في قمة للذكاء الاصطناعي في باريس."),
])
def test_a_summit_no_body_names_is_hosted_by_none(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(q[1] == "hosts" for q in fact_quads(pipeline, text, lang))
