"""Wave 7, precision: constructions in which the rules read acts that did not happen on the
day reported, in sentences of our own writing (Arabic and English)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples
modalities = event_quads


@pytest.mark.parametrize(("text", "lang"), [
    ("Qatar opened negotiations with Hamas over the release of the captured Israeli soldiers.",
     "en"),
    ("Egypt hosted talks with Hamas on the release of all Israeli hostages.", "en"),
    ("Hamas accepted the proposal, saying that the deal's second phase includes the release "
     "of all Israeli hostages.", "en"),
    ("بدأت قطر مفاوضات مع حركة حماس بشأن الإفراج عن الجنود الإسرائيليين الأسرى.", "ar"),
    ("وافقت حماس على الخطة التي قدمتها مصر، بما في ذلك الإفراج عن الرهائن الإسرائيليين.", "ar"),
])
def test_what_talks_or_a_plan_lay_down_is_no_act(pipeline: Pipeline, text: str,
                                                 lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not {e for e in found if e[1] == "RETREAT"}, found


@pytest.mark.parametrize(("text", "lang", "talks"), [
    ("Qatar opened negotiations with Hamas over the release of the captured Israeli soldiers.",
     "en", ("QAT", "CONSULT", "ORG:hamas")),
    ("بدأت قطر مفاوضات مع حركة حماس بشأن الإفراج عن الجنود الإسرائيليين الأسرى.", "ar",
     ("QAT", "CONSULT", "ORG:hamas")),
])
def test_the_talks_themselves_stay(pipeline: Pipeline, text: str, lang: str,
                                   talks: tuple) -> None:
    assert talks in events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "act"), [
    ("France suspended its security agreements with Mali over the arrest of a French "
     "diplomat.", "en", ("MLI", "COERCE", "FRA")),
    ("Hamas freed three Israeli hostages in exchange for the release of Palestinian "
     "prisoners.", "en", ("ORG:hamas", "RETREAT", "ISR")),
    ("أفرجت إسرائيل عن 100 أسير فلسطيني بعد اتفاق مع حماس.", "ar", ("ISR", "RETREAT", "PSE")),
])
def test_acts_beside_a_deal_still_happen(pipeline: Pipeline, text: str, lang: str,
                                         act: tuple) -> None:
    found = events(pipeline, text, lang)
    assert act in found or act[::-1] in found, found
