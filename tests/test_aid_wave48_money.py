"""Money lent or granted in analysis prose (session 48, sentences of our own writing): a
future verb still governs the aid noun after a time adjunct ("ستقدم خلال العام الجاري
منحاً"), so the aid is promised (planned); each with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from conftest import event_quads, fact_quads


@pytest.mark.parametrize("text", [
    "وأعلن رئيس الوزراء الياباني أن بلاده ستقدّم خلال العام الجاري منحاً بقيمة 300 مليون"
    " دولار لتشيلي.",
    "قال الوزير إن اليابان ستقدم العام المقبل قرضاً بقيمة مليار دولار لتشيلي.",
    "ستقدم اليابان في عام 2026 مساعدات إنسانية لتشيلي.",
])
def test_a_future_verb_across_a_time_adjunct_promises_the_aid(pipeline, text):
    facts = fact_quads(pipeline, text, "ar")
    assert ("JPN", "aid_to", "CHL", "planned") in facts
    assert ("JPN", "aid_to", "CHL", "actual") not in facts
    assert ("JPN", "AID", "CHL", "actual") not in event_quads(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    # the perfect: the grants were given
    "وقدمت اليابان خلال العام الماضي منحاً بقيمة 300 مليون دولار لتشيلي.",
    # a date with no future verb before it
    "قدمت اليابان العام الماضي مساعدات إنسانية لتشيلي.",
])
def test_aid_given_across_a_time_adjunct_stays_done(pipeline, text):
    assert ("JPN", "aid_to", "CHL", "actual") in fact_quads(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "lang"), [
    ("Japan has offered a one-billion-dollar line of credit to Chile.", "en"),
    ("Japan offered a new loan of 500 million dollars to Chile.", "en"),
    ("كما عرضت اليابان خط ائتمان بقيمة مليار دولار على تشيلي.", "ar"),
    ("عرضت اليابان على تشيلي قرضاً بقيمة مليار دولار.", "ar"),
])
def test_money_offered_is_promised(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("JPN", "aid_to", "CHL", "planned") in facts
    assert ("JPN", "aid_to", "CHL", "actual") not in facts
    assert ("JPN", "AID", "CHL", "actual") not in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # the aid of another verb, after the offer's own object
    ("Japan offered condolences and sent aid to Chile.", "en"),
    ("عرضت اليابان وساطتها وأرسلت مساعدات إلى تشيلي.", "ar"),
    # a loan given, no offer
    ("Japan has extended a one-billion-dollar line of credit to Chile.", "en"),
])
def test_aid_beside_an_offer_stays_done(pipeline, text, lang):
    assert ("JPN", "aid_to", "CHL", "actual") in fact_quads(pipeline, text, lang)
