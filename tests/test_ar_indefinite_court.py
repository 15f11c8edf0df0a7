"""An indefinite court in Arabic ("محكمة في طهران", "محكمة مقاطعة كيوتو") is the court of the
state of its context, as the bare English "a court" reads (tune wcep:2025-01-28:016.ar "ثبّتت
محكمة مقاطعة كيوتو", wcep:2025-10-03:019.ar "قضت محكمة في العاصمة الأرمينية يريفان بسجن",
wcep:2025-08-05:007.ar "أصدرت محكمة في كيشيناو حكماً بالسجن"); never a state where the
context names two, or none. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("ar", "حكمت محكمة في طهران على رجل بالسجن خمس سنوات.", "IRN"),
    ("ar", "قضت محكمة في مدينة أوساكا بسجن رجل خمس سنوات.", "JPN"),
    ("en", "A court in Tehran sentenced a man to five years in prison.", "IRN"),
])
def test_an_indefinite_court_is_its_places_state(pipeline: Pipeline, lang: str, text: str,
                                                 state: str) -> None:
    found = typed_events(pipeline, text, lang)
    assert ("SANCTION", "convict", state, state) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وقعت بيرو وبوليفيا اتفاقاً حدودياً. وقضت محكمة بسجن رجل خمس سنوات."),
    ("ar", "قضت محكمة بسجن رجل خمس سنوات يوم السبت."),
])
def test_an_ambiguous_or_missing_context_gives_the_court_no_state(pipeline: Pipeline,
                                                                  lang: str, text: str) -> None:
    found = typed_events(pipeline, text, lang)
    assert not any(kind == "SANCTION" for kind, *_ in found), found
