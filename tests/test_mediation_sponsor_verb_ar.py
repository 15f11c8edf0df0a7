"""The Arabic verb of sponsoring with a deal or talks for its object brokers them ("رعت
تركيا اتفاقاً بين A وB", "اتفاق رعته الصين", "المحادثات التي رعتها قطر"): a `mediated`
fact of the sponsor with each party named after "بين" or, for a relative clause on the
deal, with the pair whose act the deal is, as "Turkey brokered a deal between A and B"
and "a deal brokered by China" are. Alone or with another object ("رعت قطر حفلاً") it
sponsors an event and mediates nothing."""

from __future__ import annotations

import pytest

from conftest import fact_quads


@pytest.mark.parametrize(("text", "lang", "pair", "mediator"), [
    ("رعت تركيا اتفاقاً بين كينيا وأوغندا في ديسمبر", "ar", ("KEN", "UGA"), "TUR"),
    ("ورعت النرويج في أوسلو محادثات بين كينيا وأوغندا", "ar", ("KEN", "UGA"), "NOR"),
    ("تمر العلاقات عبر قطر، التي رعت اتفاق السلام بين كينيا والولايات المتحدة", "ar",
     ("KEN", "USA"), "QAT"),
    ("أعادت كينيا علاقاتها مع أوغندا في مارس بموجب اتفاق رعته الصين", "ar",
     ("KEN", "UGA"), "CHN"),
    ("وقعت كينيا وأوغندا الاتفاق الذي رعته قطر", "ar", ("KEN", "UGA"), "QAT"),
    ("انتهت المحادثات التي رعتها مصر بين كينيا وأوغندا دون اتفاق", "ar",
     ("KEN", "UGA"), "EGY"),
    ("Turkey brokered a deal between Kenya and Uganda in December", "en",
     ("KEN", "UGA"), "TUR"),
    ("Kenya restored relations with Uganda in March under a deal brokered by China", "en",
     ("KEN", "UGA"), "CHN"),
])
def test_sponsored_deal_or_talks_are_mediated(pipeline, text, lang, pair, mediator):
    facts = fact_quads(pipeline, text, lang)
    assert {(mediator, "mediated", p, "actual") for p in pair} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("رعت قطر حفلاً في الدوحة بحضور كينيا وأوغندا", "ar"),
    ("رعت الحكومة الكينية مؤتمراً للاستثمار مع أوغندا", "ar"),
    ("وقعت كينيا اتفاق رعاية صحية مع أوغندا", "ar"),
    ("Qatar sponsored a ceremony in Doha attended by Kenya and Uganda", "en"),
])
def test_sponsoring_an_event_mediates_nothing(pipeline, text, lang):
    assert not any(p == "mediated" for _, p, _, _ in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize(("text", "pair", "sponsor"), [
    ("تمر العلاقات عبر قطر، التي رعت اتفاق الدوحة بين كينيا والولايات المتحدة عام 2020",
     ("KEN", "USA"), "QAT"),
    ("وقعت كينيا وأوغندا الاتفاق الذي رعته قطر", ("KEN", "UGA"), "QAT"),
])
def test_the_sponsored_deal_stays_the_parties_agreement(pipeline, text, pair, sponsor):
    facts = fact_quads(pipeline, text, "ar")
    agreements = {frozenset((s, o)) for s, p, o, _ in facts if p == "agreement_with"}
    assert frozenset(pair) in agreements
    assert not any(sponsor in a for a in agreements)
