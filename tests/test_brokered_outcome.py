"""A mediation of a deal, a swap or a ceasefire between parties ("C brokered a prisoner swap
between A and B", "أدت C دور الوسيط في صفقات لتبادل الأسرى بين A وB") states no meeting of
the mediator's with either party: no CONSULT of C's, its `mediated` fact stays
(extractor._brokered_outcome; grammar `brokered_outcomes`). Found in the essays tune split
(prisoner exchanges brokered by Abu Dhabi, an exchange secured by Omani mediation, the Doha
Agreement brokered by Qatar) and the dev set tune split ("his role in mediating a ceasefire to
the 2025 India-Pakistan conflict"), whose gold codes no CONSULT of the mediator's there."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya brokered a prisoner swap between Ethiopia and Eritrea in May.", "en"),
    ("Kenya brokered the Nairobi Agreement between Ethiopia and Eritrea in 2019.", "en"),
    ("Kenya was praised for mediating a truce between Ethiopia and Eritrea.", "en"),
    ("أدت كينيا دور الوسيط في صفقة لتبادل الأسرى بين إثيوبيا وإريتريا.", "ar"),
    ("أثمرت وساطة كينيا اتفاقاً بين إثيوبيا وإريتريا.", "ar"),
    ("أشاد الرئيس بدور كينيا في التوسط لوقف إطلاق النار بين إثيوبيا وإريتريا.", "ar"),
])
def test_the_broker_of_a_deal_meets_no_party(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any("KEN" in (s, t) and e == "CONSULT" for s, e, t in found), found
    facts = fact_quads(pipeline, text, lang)
    assert any(s == "KEN" and p == "mediated" and o == "ETH" for s, p, o, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    # near-misses: talks mediated (on a deal or not), a bare mediation, stay the mediator's
    ("Kenya brokered talks on a ceasefire between Ethiopia and Eritrea.", "en"),
    ("Kenya mediated between Ethiopia and Eritrea.", "en"),
    ("توسطت كينيا في مفاوضات بين إثيوبيا وإريتريا حول اتفاق سلام.", "ar"),
])
def test_a_mediation_of_talks_stays_a_meeting(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "CONSULT", "ETH") in found, found
