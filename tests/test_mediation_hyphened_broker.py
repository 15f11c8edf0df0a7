"""A state joined by a hyphen before a brokering participle ("under a China-brokered deal",
"after Turkish-mediated talks") brokered what the participle describes, as the agent of
"a deal brokered by China" does: a `mediated` fact of the broker with each party of the
pair named before it (or after "between"). Arabic writes the broker after its noun
("اتفاق برعاية صينية", "محادثات بوساطة تركية"), read the same way."""

from __future__ import annotations

import pytest

from conftest import fact_quads


@pytest.mark.parametrize(("text", "lang", "pair", "mediator"), [
    ("Kenya restored relations with Uganda under a Qatar-brokered deal in May", "en",
     ("KEN", "UGA"), "QAT"),
    ("Kenya and Uganda signed a Chinese-brokered agreement last year", "en",
     ("KEN", "UGA"), "CHN"),
    ("Kenya and Uganda agreed to reopen the border after two days of Turkish-mediated talks",
     "en", ("KEN", "UGA"), "TUR"),
    ("A Norway-mediated truce between Kenya and Uganda held for a week", "en",
     ("KEN", "UGA"), "NOR"),
    ("أعادت كينيا علاقاتها مع أوغندا في مايو بموجب اتفاق برعاية قطرية", "ar",
     ("KEN", "UGA"), "QAT"),
    ("اتفقت كينيا وأوغندا على إعادة فتح الحدود بعد يومين من محادثات جرت بوساطة تركية",
     "ar", ("KEN", "UGA"), "TUR"),
])
def test_hyphened_broker_mediated_the_pair(pipeline, text, lang, pair, mediator):
    facts = fact_quads(pipeline, text, lang)
    assert {(mediator, "mediated", p, "actual") for p in pair} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya and Uganda signed a Qatar-backed deal in May", "en"),
    ("Kenya and Uganda signed the deal at a Qatar-hosted ceremony", "en"),
    ("Kenya and Uganda signed a Qatar-funded deal in May", "en"),
    ("وقعت كينيا وأوغندا اتفاقا مدعوما من قطر في مايو", "ar"),
])
def test_other_hyphened_participles_broker_nothing(pipeline, text, lang):
    assert not any(p == "mediated" for _, p, _, _ in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang", "mediator"), [
    ("The visit, which produced the first China-Arab States Summit, was followed in March by a "
     "Chinese-brokered deal restoring ties with Kenya", "en", "CHN"),
    ("The visit, which produced the first China-Arab States Summit, was followed in March by a "
     "deal brokered by China", "en", "CHN"),
])
def test_a_pair_the_broker_is_one_of_is_not_brokered(pipeline, text, lang, mediator):
    facts = fact_quads(pipeline, text, lang)
    assert not any(s == mediator and p == "mediated" and o != "KEN" for s, p, o, _ in facts)
