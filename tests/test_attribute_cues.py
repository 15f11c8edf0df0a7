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


# review 19/1 findings 8 and 11: a cue on a time noun dates the sentence's act however far
# the trigger stands; an Arabic cue right after its own noun trigger plans it
@pytest.mark.parametrize(("text", "lang", "quad"), [
    ("Next week, Bolivia's president visits Paraguay.", "en",
     ("BOL", "CONSULT", "PRY", "planned")),
    ("Next month, Bolivia sends troops to Haiti.", "en", ("BOL", "MOBILIZE", "HTI", "planned")),
    ("الأسبوع المقبل، يزور الرئيس البوليفي باراغواي.", "ar",
     ("BOL", "CONSULT", "PRY", "planned")),
    ("الزيارة المقبلة للرئيس البوليفي إلى باراغواي تثير الجدل.", "ar",
     ("BOL", "CONSULT", "PRY", "planned")),
])
def test_a_cue_on_a_time_noun_or_its_own_noun_plans_the_trigger(pipeline, text, lang, quad):
    found = event_quads(pipeline, text, lang)
    assert quad in found, found


def test_the_next_day_of_a_narrative_plans_nothing(pipeline):
    found = event_quads(pipeline, "The next day, Bolivia's president visited Paraguay.")
    assert ("BOL", "CONSULT", "PRY", "actual") in found, found
