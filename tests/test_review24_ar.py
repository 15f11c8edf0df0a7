"""Arabic constructions that review 24 found misread, each with its positive companion.
Sentences are our own."""

from __future__ import annotations

from conftest import event_quads


def test_rationing_legalises_nothing(pipeline):
    # "تقنين" is mostly rationing (electricity, water); legalising names the act
    quads = event_quads(pipeline, "بدأت الحكومة اللبنانية تقنين التيار الكهربائي في بيروت.", "ar")
    assert not any(q[1] == "CONCEDE" for q in quads)
    quads = event_quads(pipeline, "قنّنت الحكومة الألمانية استهلاك القنب للبالغين.", "ar")
    assert ("DEU", "CONCEDE", "DEU", "actual") in quads


def test_before_demands_is_no_acceptance(pipeline):
    # bare "قبل" before a gap is the preposition "before"
    quads = event_quads(pipeline, "اجتمع الرئيس التركي بنظيره الروسي قبل عرض مطالب جديدة "
                                  "على أوكرانيا.", "ar")
    assert not any(q[1] == "CONCEDE" for q in quads)
    quads = event_quads(pipeline, "قبلت الحكومة الإثيوبية مطالب مصر.", "ar")
    assert ("ETH", "CONCEDE", "EGY", "actual") in quads
