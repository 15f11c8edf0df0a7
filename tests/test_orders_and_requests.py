"""Requests and orders (issue 9): whom a request asks, on sentences of our own writing, each
with near-misses that must not fire.

- A coordinated request verb whose object is a noun of its subject's own people ("...،
  وحثت سكانها على", "and urges its residents to") asks its own state, not the actor named
  in the clause before it nor the object of the verb before it.
"""

from __future__ import annotations

import pytest

from conftest import event_triples


def requests(pipeline, text: str, lang: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, lang) if k == "REQUEST"}


@pytest.mark.parametrize(("text", "lang", "own"), [
    # the first verb is no trigger: the group named before the request is not asked
    ("أقرت الحكومة الكينية بسيطرة حركة الشباب على البلدة، وحثت سكانها على البقاء في منازلهم.",
     "ar", "KEN"),
    ("أعلنت الحكومة الصومالية سيطرة حركة الشباب على المدينة، ودعت المواطنين إلى التزام الهدوء.",
     "ar", "SOM"),
    ("The Kenyan government acknowledged the capture of the town by al-Shabaab and urged its "
     "residents to stay indoors.", "en", "KEN"),
])
def test_a_coordinated_request_to_its_own_people_asks_its_own_state(pipeline, text, lang, own):
    found = requests(pipeline, text, lang)
    assert (own, own) in found
    assert {pair for pair in found if pair[0] == own} == {(own, own)}


@pytest.mark.parametrize(("text", "lang", "doer", "elsewhere"), [
    # the object of the verb before (a refusal) is not whom the citizens' request asks
    ("رفضت تركيا إرسال قوات إلى ليبيا، وحثت مواطنيها على مغادرة البلاد.", "ar", "TUR", "LBY"),
    ("رفضت باكستان نشر قوات لحفظ السلام في العراق، وحثت مواطنيها على تجنب القدوم إليه.",
     "ar", "PAK", "IRQ"),
    ("Pakistan rejected deploying peacekeepers in Iraq, and urged its citizens to avoid "
     "travelling there.", "en", "PAK", "IRQ"),
])
def test_own_people_addressed_after_another_act_ask_no_one_of_it(pipeline, text, lang, doer,
                                                                   elsewhere):
    assert (doer, elsewhere) not in requests(pipeline, text, lang)


@pytest.mark.parametrize(("text", "pair"), [
    # near-misses: a state named as the addressee, or a pronoun for the one before, is asked
    ("رفضت بنغلاديش مرة أخرى وبشكل قاطع اقتراحا هنديا بتوقيع اتفاقية للتجارة الحرة معها، "
     "وحثت نيودلهي على توقيع اتفاقية التجارة الحرة.", ("BGD", "IND")),
    ("انتقدت مصر الهجمات الإسرائيلية على غزة، وحثتها على وقف إطلاق النار.", ("EGY", "ISR")),
])
def test_a_named_or_pronoun_addressee_is_still_asked(pipeline, text, pair):
    assert pair in requests(pipeline, text, "ar")
