"""The second act of a sentence: a demand joined to a demonstration the sentence reports
(coordinated, a participle after a comma, a purpose infinitive; Arabic "و"/"،" + participle or
verbal noun) is the protesters' demand, made of the state they protest against."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Protests in Peru spread to the south, demanding the resignation of President "
           "Dina Boluarte.", ("PER", "REQUEST", "PER", "actual")),
    ("en", "Thousands of demonstrators march through Lima, Peru, and demand new elections "
           "before the end of the year.", ("PER", "REQUEST", "PER", "actual")),
    ("en", "Farmers protest across Chile to demand lower fuel taxes from the government.",
     ("CHL", "REQUEST", "CHL", "actual")),
    ("ar", "تظاهر آلاف المزارعين في العاصمة التشيلية سانتياغو، مطالبين بخفض الضرائب على "
           "الوقود.", ("CHL", "REQUEST", "CHL", "actual")),
    ("ar", "تتواصل الاحتجاجات في بيرو وتتسع إلى مدن الجنوب، للمطالبة بإجراء انتخابات "
           "جديدة.", ("PER", "REQUEST", "PER", "actual")),
])
def test_demand_joined_to_a_demonstration(pipeline, lang: str, text: str,
                                          expected: tuple) -> None:
    found = event_quads(pipeline, text, lang)
    assert expected in found
    assert any(q[1] == "PROTEST" for q in found)


@pytest.mark.parametrize(("lang", "text"), [
    # the request has an actor of its own: not the protesters'
    ("en", "Thousands protest in Lima after Chile demands the extradition of a Peruvian "
           "businessman."),
    # nothing joins the demand to the demonstration (one sentence: a rule that joined any
    # demand after a demonstration would read it)
    ("en", "Thousands protested in Lima on Sunday amid growing calls for new elections."),
])
def test_demand_not_the_protesters(pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("PER", "REQUEST", "PER", "actual") not in found
