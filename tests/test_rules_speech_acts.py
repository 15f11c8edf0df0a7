"""Speech acts (REQUEST, ACCUSE, REJECT) from the dev set's batch 3, each on sentences of our
own writing, in English and Arabic: protesters' demands of their own government or leader
are requests to their own state, whatever other state the demand names."""

from __future__ import annotations

from conftest import event_quads


def test_protesters_demand_that_their_government_act_on_another_state(pipeline) -> None:
    text = ("Thousands of protesters rally in Madrid, Spain, demanding that the Spanish "
            "government cut arms sales to Israel.")
    quads = event_quads(pipeline, text)
    assert ("ESP", "REQUEST", "ESP", "actual") in quads
    assert ("ESP", "REQUEST", "ISR", "actual") not in quads


def test_marchers_call_for_their_president_to_resign(pipeline) -> None:
    text = ("Tens of thousands of people march in Belgrade, Serbia, to protest and call for "
            "President Aleksandar Vučić to step down.")
    assert ("SRB", "REQUEST", "SRB", "actual") in event_quads(pipeline, text)


def test_a_named_state_calling_on_another_leader_stays_foreign(pipeline) -> None:
    text = "Germany calls on President Vladimir Putin to withdraw his troops."
    quads = event_quads(pipeline, text)
    assert ("DEU", "REQUEST", "RUS", "actual") in quads
    assert not any(q[1] == "REQUEST" and q[0] == q[2] for q in quads)


def test_without_a_demonstration_no_one_is_made_to_ask(pipeline) -> None:
    text = "Reporters asked President Emmanuel Macron about the budget on Tuesday."
    assert not any(q[1] == "REQUEST" for q in event_quads(pipeline, text))


def test_arabic_protesters_demanding_their_government(pipeline) -> None:
    text = ("تظاهر آلاف الأشخاص في مدينة مدريد الإسبانية، مطالبين الحكومة الإسبانية بوقف "
            "صفقات السلاح مع إسرائيل.")
    quads = event_quads(pipeline, text, "ar")
    assert ("ESP", "REQUEST", "ESP", "actual") in quads
    assert ("ESP", "REQUEST", "ISR", "actual") not in quads


def test_arabic_protesters_demanding_their_leader_resign(pipeline) -> None:
    text = ("احتشد عشرات الآلاف في العاصمة الصربية بلغراد، مطالبين الرئيس ألكسندر فوتشيتش "
            "بالتنحي.")
    assert ("SRB", "REQUEST", "SRB", "actual") in event_quads(pipeline, text, "ar")


def test_arabic_verb_first_speaker_is_no_addressee(pipeline) -> None:
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون روسيا إلى وقف إطلاق النار."
    quads = event_quads(pipeline, text, "ar")
    assert ("FRA", "REQUEST", "RUS", "actual") in quads
    assert ("FRA", "REQUEST", "FRA", "actual") not in quads
