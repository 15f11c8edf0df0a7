"""Review 29, findings A2, A3, A6, A9: constructions a merged guard read too widely, in
sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize(("text", "act"), [
    # a verbal noun that starts like an imperfect (ت-) after people: their act, not a description
    ("نظم مئات الطلاب تظاهرة أمام السفارة الفرنسية في تونس", ("FRA", "PROTEST", "FRA")),
])
def test_a_noun_spelt_like_an_imperfect_describes_nobody(pipeline: Pipeline, text: str,
                                                         act: tuple) -> None:
    assert act in events(pipeline, text, "ar")


def test_an_imperfect_after_people_still_describes_them(pipeline: Pipeline) -> None:
    found = events(pipeline, "فرقت الشرطة العراقية متظاهرين يطالبون بالإصلاح في البصرة", "ar")
    assert not {e for e in found if e[1] == "REQUEST"}, found
