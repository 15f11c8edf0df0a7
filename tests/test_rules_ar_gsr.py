"""Arabic constructions learnt from the Arabic rendering of PLOVER's gold sentences
(data/plover-gsr-ar, training part). Sentences are our own."""

from __future__ import annotations

from conftest import event_quads


def test_obligation_after_that_is_a_request(pipeline):
    # "قال X إن على Y أن ...": the bare preposition after the complementiser, "Y must"
    quads = event_quads(pipeline, "قالت فرنسا اليوم إن على إيران السماح للمفتشين بدخول "
                                  "منشآتها النووية.", "ar")
    assert ("FRA", "REQUEST", "IRN", "actual") in quads
    quads = event_quads(pipeline, "أكدت ألمانيا أن على صربيا الإفراج عن الصحفيين المعتقلين.",
                        "ar")
    assert ("DEU", "REQUEST", "SRB", "actual") in quads


def test_on_the_agenda_is_no_obligation(pipeline):
    quads = event_quads(pipeline, "قال وزير الخارجية المصري إن على جدول الأعمال ملف "
                                  "المياه مع إثيوبيا.", "ar")
    assert not any(q[1] == "REQUEST" for q in quads)


def test_time_adjunct_between_subject_and_object_noun(pipeline):
    # "V S اليوم N Y": the object noun (itself a trigger) keeps the verb's reach to Y
    quads = event_quads(pipeline, "رفضت كولومبيا يوم الأحد مقترحات فنزويلا بشأن الحدود.",
                        "ar")
    assert ("COL", "REJECT", "VEN", "actual") in quads
    quads = event_quads(pipeline, "رفضت الولايات المتحدة أمس عرض كوريا الشمالية.", "ar")
    assert ("USA", "REJECT", "PRK", "actual") in quads
    quads = event_quads(pipeline, "نددت تشيلي اليوم بقمع بوليفيا للمتظاهرين.", "ar")
    assert ("CHL", "ACCUSE", "BOL", "actual") in quads


def test_yielding_to_demands_concedes(pipeline):
    quads = event_quads(pipeline, "رضخت الحكومة الكينية أخيرا لمطالب المحتجين.", "ar")
    assert ("KEN", "CONCEDE", "KEN", "actual") in quads
    quads = event_quads(pipeline, "قبلت الحكومة السودانية مطالب الاتحاد الأفريقي.", "ar")
    assert ("SDN", "CONCEDE", "AU", "actual") in quads
    quads = event_quads(pipeline, "استجابت الحكومة الفرنسية لمطالب المزارعين.", "ar")
    assert ("FRA", "CONCEDE", "FRA", "actual") in quads


def test_refusing_to_meet_demands_rejects(pipeline):
    quads = event_quads(pipeline, "قالت بريطانيا إنها لن تلبي مطالب إيران.", "ar")
    assert ("GBR", "REJECT", "IRN", "actual") in quads
    assert not any(q[1] == "CONCEDE" for q in quads)


def test_planned_act_unless_is_a_threat(pipeline):
    # "ستسحب X قواتها من Y ما لم ...": the two-word "ما لم" (unless) opens the condition
    quads = event_quads(pipeline, "أعلنت تركيا أنها ستسحب قواتها من ليبيا ما لم توافق مصر "
                                  "على الهدنة.", "ar")
    assert ("TUR", "THREATEN", "EGY", "actual") in quads


def test_plain_negation_opens_no_condition(pipeline):
    # "لم" alone (did not) after a planned act is no condition
    quads = event_quads(pipeline, "أعلنت تركيا أنها ستسحب قواتها من ليبيا التي لم تشهد "
                                  "انتخابات منذ سنوات.", "ar")
    assert not any(q[1] == "THREATEN" for q in quads)


def test_granting_asylum_is_aid(pipeline):
    quads = event_quads(pipeline, "منحت فرنسا حق اللجوء السياسي لثلاثة معارضين روس.", "ar")
    assert ("FRA", "AID", "RUS", "actual") in quads
    quads = event_quads(pipeline, "قالت الحكومة إن كندا ستمنح اللجوء لمئات الصحفيين "
                                  "الأفغان.", "ar")
    assert ("CAN", "AID", "AFG", "planned") in quads


def test_ending_contracts_in_any_tense_and_its_condition(pipeline):
    quads = event_quads(pipeline, "أعلنت الحكومة الأسترالية أنها ستنهي عقودها مع شركة "
                                  "هواوي ما لم تفرج الصين عن الصحفي المعتقل.", "ar")
    assert ("AUS", "THREATEN", "CHN", "actual") in quads


def test_curfew_imposed_in_reported_speech_is_no_sanction(pipeline):
    # subject before the verb ("إن X فرضت حظر التجول"): the sanction's "فرض حظر" must not
    # take the curfew's words
    quads = event_quads(pipeline, "قال مسؤولون إن السلطات الكينية فرضت حظر التجول في "
                                  "مدينة مومباسا.", "ar")
    assert ("KEN", "COERCE", "KEN", "actual") in quads
    quads = event_quads(pipeline, "قال مسؤولون إن تركيا فرضت حظر السفر على مسؤولين "
                                  "سوريين.", "ar")
    assert ("TUR", "SANCTION", "SYR", "actual") in quads


def test_gapped_trigger_skips_time_adjunct(pipeline):
    # "سلمت X يوم الأحد إلى Y المشتبه به": the gap of "سلم … المشتبه" skips the day
    quads = event_quads(pipeline, "سلمت المغرب يوم الأحد إلى فرنسا المشتبه به في الهجوم.",
                        "ar")
    assert ("MAR", "COOPERATE", "FRA", "actual") in quads


def test_adverb_of_manner_between_subject_and_object_noun(pipeline):
    # "رفضت X مجدداً / بشكل قاطع اقتراحاً Y-يّاً": "again", "categorically" end no reach
    quads = event_quads(pipeline, "رفضت الأرجنتين مجدداً وبشكل قاطع اقتراحاً بريطانياً "
                                  "بشأن الجزر.", "ar")
    assert ("ARG", "REJECT", "GBR", "actual") in quads
