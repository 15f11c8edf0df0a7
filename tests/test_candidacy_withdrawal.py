"""A candidate's withdrawal from a race is a resignation (issue 9), on sentences of our own
writing, each with near-misses that must not resign.

- "X withdraws from the presidential race", "drops out of the race", "withdraws his
  candidacy", "أعلن المرشح X انسحابه من السباق", "انسحب X من سباق الانتخابات": the
  candidate resigns (RETREAT resign) to its own state, as "resigns from his candidacy" does.
  A withdrawal from a place, or from an arms race, is no resignation.
"""

from __future__ import annotations

import pytest

from conftest import typed_events


@pytest.mark.parametrize(("text", "lang", "state"), [
    ("Hwang Kyo-ahn withdraws from the presidential race.", "en", "KOR"),
    ("Hwang Kyo-ahn drops out of the race.", "en", "KOR"),
    ("Hwang Kyo-ahn withdraws his candidacy.", "en", "KOR"),
    ("أعلن المرشح المستقل هوانغ كيو آن انسحابه من سباق الانتخابات الرئاسية.", "ar", "KOR"),
    ("أعلن هوانغ كيو آن انسحابه من السباق الرئاسي.", "ar", "KOR"),
    ("انسحب هوانغ كيو آن من السباق الرئاسي.", "ar", "KOR"),
])
def test_a_candidate_withdrawing_resigns(pipeline, text, lang, state):
    assert ("RETREAT", "resign", state, state) in typed_events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia withdraws from the arms race.", "en"),
    ("Israel withdraws from the Gaza Strip.", "en"),
    ("انسحبت روسيا من سباق التسلح.", "ar"),
    ("انسحبت إسرائيل من قطاع غزة.", "ar"),
])
def test_another_withdrawal_resigns_no_one(pipeline, text, lang):
    assert not any(e[1] == "resign" for e in typed_events(pipeline, text, lang))
