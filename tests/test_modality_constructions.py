"""Modality constructions (issue #9): what makes an act planned, negated or hypothetical
rather than done, in both languages. Sentences are our own."""

from __future__ import annotations

from conftest import event_quads


def _coerce(quads: set[tuple]) -> set[tuple]:
    return {q for q in quads if q[1] == "COERCE"}


def test_reward_for_information_leading_to_an_arrest_is_a_planned_arrest(pipeline):
    quads = event_quads(pipeline, "The United States offers a $10 million reward for "
                                  "information leading to the arrest of Venezuelan minister "
                                  "Diosdado Cabello.")
    assert ("USA", "COERCE", "VEN", "planned") in quads
    assert ("USA", "COERCE", "VEN", "actual") not in quads
    assert not any(q[1] == "THREATEN" for q in quads)  # a reward is no threat
    quads = event_quads(pipeline, "أعلنت الولايات المتحدة عن مكافأة قدرها 10 ملايين دولار لمن "
                                  "يدلي بمعلومات تقود إلى اعتقال وزير الداخلية الفنزويلي "
                                  "ديوسدادو كابيلو.", "ar")
    assert ("USA", "COERCE", "VEN", "planned") in quads
    assert not any(q[1] == "THREATEN" for q in quads)
    quads = event_quads(pipeline, "عرضت الولايات المتحدة مكافأة مقابل معلومات تؤدي إلى اعتقال "
                                  "الرئيس الفنزويلي نيكولاس مادورو.", "ar")
    assert ("USA", "COERCE", "VEN", "planned") in quads


def test_arrest_made_after_information_stays_actual(pipeline):
    # near-misses: information received, clashes "leading to" arrests made
    quads = event_quads(pipeline, "Kenyan police arrest 40 protesters after receiving "
                                  "information from residents.")
    assert {q[3] for q in _coerce(quads)} == {"actual"}
    quads = event_quads(pipeline, "Clashes between police and protesters in Nairobi, leading to "
                                  "the arrest of 40 people.")
    assert {q[3] for q in _coerce(quads)} == {"actual"}
    quads = event_quads(pipeline, "اعتقلت الشرطة الكينية 40 محتجاً بعد تلقيها معلومات من "
                                  "السكان.", "ar")
    assert {q[3] for q in _coerce(quads)} == {"actual"}


def _proposed(rules, text: str, kind: str) -> set[tuple]:
    from diplomap.extract.confirm import Settings
    from test_confirm import FixedScorer, read

    config = Settings(propose_relevance=0.8, propose_type=0.5, propose_modal=True)
    _, out = read(rules, text, FixedScorer(0.95, {kind: 0.9}), config, "ar")
    return {(e.source, e.event_type, e.target, e.modality) for e in out.events
            if e.trace[0][1] == "scorer"}


def test_an_aim_verb_after_a_noun_is_the_noun_s_aim_not_a_plan(pipeline):
    # "إجراءات تهدف إلى": a relative clause with no pronoun on the noun before it
    quads = _proposed(pipeline, "علّقت كوريا الجنوبية بث إذاعتها الموجهة إلى كوريا الشمالية "
                                "في إطار إجراءات تهدف إلى خفض التوتر.", "CONCEDE")
    assert ("KOR", "CONCEDE", "PRK", "actual") in quads
    quads = _proposed(pipeline, "أوقفت أرمينيا بث قناتها الموجهة إلى أذربيجان ضمن خطوات تهدف "
                                "إلى تهدئة التوتر.", "CONCEDE")
    assert ("ARM", "CONCEDE", "AZE", "actual") in quads


def test_an_aim_verb_of_its_own_subject_still_plans(pipeline):
    # near-misses: the verb opens its clause, or follows its subject after "أن"
    quads = _proposed(pipeline, "تهدف كازاخستان إلى توسيع التجارة مع تركيا.", "COOPERATE")
    assert ("KAZ", "COOPERATE", "TUR", "planned") in quads
    quads = _proposed(pipeline, "أعلنت الحكومة أن كازاخستان تهدف إلى توسيع التجارة مع تركيا.",
                      "COOPERATE")
    assert ("KAZ", "COOPERATE", "TUR", "planned") in quads


def _events(pipeline, text: str, lang: str, kind: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-11-18").extraction.events
    return {(e.source, e.target, e.modality, e.date) for e in found if e.event_type == kind}


def test_a_noun_s_own_year_neither_dates_nor_plans_the_act(pipeline):
    # "next year's midterm elections": the year is the elections'; "مشروع موازنة عام ٢٠٢٦":
    # the budget's
    found = _events(pipeline, "A United States district court bars Texas from using a newly "
                              "drawn congressional map in next year's midterm elections.",
                    "en", "COERCE")
    assert found and {(m, d) for _, _, m, d in found} == {("actual", None)}
    found = _events(pipeline, "احتشد عشرات الآلاف في أنحاء بلغاريا احتجاجاً على الفساد الحكومي "
                              "وعلى مشروع موازنة عام ٢٠٢٦.", "ar", "PROTEST")
    assert found and {(m, d) for _, _, m, d in found} == {("actual", None)}
    found = _events(pipeline, "تظاهر الآلاف في صربيا احتجاجاً على نتائج انتخابات عام 2026.",
                    "ar", "PROTEST")
    assert found and {m for _, _, m, _ in found} == {"actual"}


def test_a_year_of_the_act_itself_still_plans_it(pipeline):
    # near-misses: the year dates the act ("next year" as an adverb, "عام 2026" after a name
    # or a place)
    found = _events(pipeline, "The court bars Texas from using the new congressional map next "
                              "year.", "en", "COERCE")
    assert found and {m for _, _, m, _ in found} == {"planned"}
    found = _events(pipeline, "يتظاهر الآلاف في صربيا عام 2026 احتجاجاً على الفساد.", "ar",
                    "PROTEST")
    assert found and {m for _, _, m, _ in found} == {"planned"}


def test_talks_a_condition_says_may_fail_are_held(pipeline):
    quads = event_quads(pipeline, "Pakistani defence minister Khawaja Asif says that if peace "
                                  "talks with the Taliban fail, Pakistan will declare an open "
                                  "war on Afghanistan.")
    assert ("PAK", "CONSULT", "AFG", "actual") in quads
    quads = event_quads(pipeline, "قال وزير الدفاع الباكستاني خواجة آصف إنه في حال فشل محادثات "
                                  "السلام مع حركة طالبان، فإن باكستان ستعلن حرباً مفتوحة على "
                                  "أفغانستان.", "ar")
    assert ("PAK", "CONSULT", "AFG", "actual") in quads
    quads = event_quads(pipeline, "If talks with Pakistan fail, India will strike Pakistan.")
    assert ("IND", "ASSAULT", "PAK", "hypothetical") in quads  # the threatened act stays so


def test_talks_under_another_condition_stay_hypothetical(pipeline):
    # near-misses: the condition is not that the talks fail, or the talks stand outside it
    quads = event_quads(pipeline, "Pakistan says it will hold talks with the Taliban if the "
                                  "attacks stop.")
    assert ("PAK", "CONSULT", "AFG", "hypothetical") in quads
    quads = event_quads(pipeline, "قالت باكستان إنها ستجري محادثات مع طالبان إذا فشلت الوساطة "
                                  "القطرية.", "ar")
    assert ("PAK", "CONSULT", "AFG", "hypothetical") in quads
    assert ("PAK", "CONSULT", "AFG", "actual") not in quads


def test_a_planned_act_on_a_dated_noun_takes_its_date(pipeline):
    found = _events(pipeline, "Ireland announces it will boycott next year's Eurovision Song "
                              "Contest in protest of Israel's participation.", "en", "PROTEST")
    assert found and {d for _, _, _, d in found} == {"2026"}


def test_an_act_a_condition_says_may_fail_to_be_done_stays_hypothetical(pipeline):
    # near-misses of the failed talks: the failure verb governs the act ("fails to disarm",
    # "فشلت في نزع"), the act is not done
    quads = event_quads(pipeline, "Israel threatened to attack Lebanon if the Lebanese "
                                  "government fails to disarm Hezbollah.")
    assert ("LBN", "RETREAT", "ORG:hezbollah", "hypothetical") in quads
    assert ("LBN", "RETREAT", "ORG:hezbollah", "actual") not in quads
    quads = event_quads(pipeline, "إذا فشلت الحكومة اللبنانية في نزع سلاح حزب الله، فإن "
                                  "إسرائيل ستهاجم لبنان.", "ar")
    assert ("LBN", "RETREAT", "ORG:hezbollah", "hypothetical") in quads
    assert ("LBN", "RETREAT", "ORG:hezbollah", "actual") not in quads


def test_a_trigger_s_own_possessive_date_dates_it(pipeline):
    # near-misses of the noun's own year: the possessed noun is the act's own trigger
    found = _events(pipeline, "The UN condemned last month's Israeli strike on Iran's embassy "
                              "in Damascus.", "en", "ASSAULT")
    assert found and {(m, d) for _, _, m, d in found} == {("actual", "2025-10")}
    found = _events(pipeline, "Yesterday's meeting between Putin and Erdogan in Sochi ended "
                              "without an agreement.", "en", "CONSULT")
    assert found and {d for _, _, _, d in found} == {"2025-11-17"}




def test_information_that_led_to_an_arrest_with_no_reward_is_no_plan(pipeline):
    # near-misses of the reward: no reward named, the information led to an arrest made
    quads = event_quads(pipeline, "Iraqi intelligence provided information leading to the arrest "
                                  "of an Islamic State leader by Turkish police.")
    assert _coerce(quads) and {q[3] for q in _coerce(quads)} == {"actual"}
    quads = event_quads(pipeline, "قدمت المخابرات العراقية معلومات تقود إلى اعتقال قيادي في "
                                  "تنظيم داعش في تركيا.", "ar")
    assert _coerce(quads) and {q[3] for q in _coerce(quads)} == {"actual"}
