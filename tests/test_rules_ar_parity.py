"""Arabic constructions found by parity with the English rendering of the same dev items
(what the English reading gets and the Arabic missed). Sentences are our own."""

from __future__ import annotations

from conftest import event_quads


def test_legalising_an_act_concedes_it(pipeline):
    # "قنّن" (legalise), the lemma's perfect, imperfect and verbal noun
    quads = event_quads(pipeline, "قنّنت الحكومة الكندية زراعة القنب للاستخدام الطبي.", "ar")
    assert ("CAN", "CONCEDE", "CAN", "actual") in quads
    quads = event_quads(pipeline, "أعلن الرئيس الكولومبي أنه سيقدم مشروع قانون يهدف إلى "
                                  "تقنين الماريجوانا.", "ar")
    assert ("COL", "CONCEDE", "COL", "planned") in quads


def test_decriminalising_an_act_concedes_it(pipeline):
    quads = event_quads(pipeline, "ألغى البرلمان الهندي تجريم المثلية الجنسية.", "ar")
    assert ("IND", "CONCEDE", "IND", "actual") in quads


def test_codifying_a_ban_restricts(pipeline):
    # "يقنّن حظر X": a law that codifies a ban restricts; it legalises nothing
    quads = event_quads(pipeline, "وقّع الرئيس الكيني قانوناً يقنّن حظر الأكياس البلاستيكية "
                                  "في البلاد.", "ar")
    assert not any(q[1] == "CONCEDE" for q in quads)
    assert ("KEN", "COERCE", "KEN", "actual") in quads
