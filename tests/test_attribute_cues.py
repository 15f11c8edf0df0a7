"""An attribute cue ("upcoming", "next", "المقبلة") names as still to come the noun it
qualifies, not a trigger further on in the sentence."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("text", "lang", "quad"), [
    ("Peru announces the arrest of two activists ahead of its upcoming election, with police "
     "conducting a nationwide deployment.", "en", ("PER", "MOBILIZE", "PER", "actual")),
    ("The president of Chile pardons two opposition leaders, allowing them to run in the "
     "upcoming elections after serving prison sentences for contempt of court.", "en",
     ("CHL", "SANCTION", "CHL", "actual")),
    ("عفا الرئيس التشيلي عن زعيمين معارضين للترشح في الاقتراع المقبل بعد قضاء حكم بالسجن "
     "بتهمة ازدراء المحكمة.", "ar", ("CHL", "SANCTION", "CHL", "actual")),
])
def test_an_attribute_of_another_noun_plans_no_trigger(pipeline, text, lang, quad):
    found = event_quads(pipeline, text, lang)
    assert quad in found, found


@pytest.mark.parametrize(("text", "lang", "quad"), [
    ("Brazil announces impending 30% tariffs on Argentina.", "en",
     ("BRA", "SANCTION", "ARG", "planned")),
    ("Kenya says an upcoming deployment of its police to Haiti is ready.", "en",
     ("KEN", "MOBILIZE", "HTI", "planned")),
])
def test_an_attribute_of_the_trigger_plans_it(pipeline, text, lang, quad):
    found = event_quads(pipeline, text, lang)
    assert quad in found, found
