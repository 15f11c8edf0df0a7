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


def test_a_judge_who_comments_blocks_nothing(pipeline):
    # "علّق القاضي على" is "the judge commented on"; the state a blocked act goes to is no
    # target of the court
    quads = event_quads(pipeline, "علّقت المحكمة الدستورية على قرار الحكومة المصرية.", "ar")
    assert not any(q[1] == "REJECT" for q in quads)
    quads = event_quads(pipeline, "أوقف القاضي البريطاني ترحيل اللاجئين إلى رواندا.", "ar")
    assert not any(q[1] == "REJECT" and q[2] == "RWA" for q in quads)
    quads = event_quads(pipeline, "منع القاضي الأمريكي إدارة ترامب من نشر قوات في المدينة.", "ar")
    assert ("USA", "REJECT", "USA", "actual") in quads


def test_a_comment_on_cooperation_suspends_nothing(pipeline):
    # the verbal noun "تعليق على" is a comment as the verb "علّق على" is
    quads = event_quads(pipeline, "وفي تعليقها على العلاقات مع إيران، قالت الخارجية السعودية "
                                  "إنها مستقرة.", "ar")
    assert not any(q[1] == "SANCTION" for q in quads)
    quads = event_quads(pipeline, "أعلنت السعودية تعليق التعاون مع إيران.", "ar")
    assert ("SAU", "SANCTION", "IRN", "actual") in quads


def test_a_town_whose_alias_opens_with_the_town_noun_is_still_captured(pipeline):
    # the lexicon has "مدينة الفاشر", "مدينة رفح": the capture's town noun opens the name
    quads = event_quads(pipeline, "سيطر الجيش الإسرائيلي أمس على مدينة رفح.", "ar")
    assert ("ISR", "ASSAULT", "PSE", "actual") in quads
    quads = event_quads(pipeline, "أحكمت قوات الدعم السريع السيطرة على مدينة الفاشر.", "ar")
    assert ("ORG:rsf", "ASSAULT", "SDN", "actual") in quads
    quads = event_quads(pipeline, "وصل وفد أممي إلى مدينة الفاشر.", "ar")
    assert not any(q[1] == "ASSAULT" for q in quads)


def test_what_never_happened_is_no_condition(pipeline):
    # "وهو ما لم" is the relative "which ... not", no "unless"
    quads = event_quads(pipeline, "ستسحب فرنسا سفيرها من الجزائر، وهو ما لم تفعله منذ عقود.",
                        "ar")
    assert not any(q[3] == "hypothetical" for q in quads)
    quads = event_quads(pipeline, "ستفرض بريطانيا عقوبات على روسيا ما لم تنسحب قواتها.", "ar")
    assert ("GBR", "SANCTION", "RUS", "hypothetical") in quads


def _event_dates(pipeline, text: str) -> set[tuple]:
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target, e.date) for e in found}


def test_at_least_and_from_now_name_no_event_counted_from(pipeline):
    # "على الأقل", "من الآن" after a duration: it still counts back from the publication
    found = _event_dates(pipeline, "استقبل الملك الأردني وزير الخارجية الأمريكي قبل أربعة أيام "
                                   "على الأقل.")
    assert ("USA", "CONSULT", "JOR", "2025-02-25") in found
    found = _event_dates(pipeline, "استقبل الملك الأردني وزير الخارجية الأمريكي قبل أربعة أيام "
                                   "من الانتخابات.")
    assert ("USA", "CONSULT", "JOR", None) in found


def test_that_on_the_border_there_are_troops_obliges_no_one(pipeline):
    # "إن على" is "Y must" only when Y is named right after the preposition
    quads = event_quads(pipeline, "أكد المتحدث الإيراني أن على السواحل العراقية سفنا حربية.",
                        "ar")
    assert not any(q[1] == "REQUEST" for q in quads)
    quads = event_quads(pipeline, "أكد المتحدث الإيراني أن على الحكومة العراقية طرد القوات "
                                  "الأجنبية.", "ar")
    assert ("IRN", "REQUEST", "IRQ", "actual") in quads


def test_contracts_ended_by_the_lemma_alone(pipeline):
    # one انهى lemma, no hand-written perfect form beside it; "أنهى" (the masculine perfect)
    quads = event_quads(pipeline, "أنهى الجيش المالي عقوده مع الشركات الروسية.", "ar")
    assert ("MLI", "SANCTION", "RUS", "actual") in quads
    quads = event_quads(pipeline, "أنهى الجيش المالي تدريباته في الشمال.", "ar")
    assert not any(q[1] == "SANCTION" for q in quads)


def test_exempting_from_tariffs_by_the_lemma_alone(pipeline):
    # the masdar of the اعفى lemma, as its perfect: the tariffs it lifts are no new sanction
    quads = event_quads(pipeline, "قررت كندا إعفاء السيارات اليابانية من الرسوم الجمركية.", "ar")
    assert ("CAN", "CONCEDE", "JPN", "actual") in quads
    assert not any(q[1] == "SANCTION" for q in quads)


def test_every_threat_condition_opens_a_condition(pipeline):
    # "إلا إذا" (unless) makes the threatened act hypothetical as "ما لم" does: one list
    quads = event_quads(pipeline, "ستقطع كولومبيا علاقاتها مع إسرائيل إلا إذا توقفت الحرب.",
                        "ar")
    assert ("COL", "SANCTION", "ISR", "hypothetical") in quads
    assert ("COL", "SANCTION", "ISR", "planned") not in quads
    quads = event_quads(pipeline, "ستقطع كولومبيا علاقاتها مع إسرائيل الأسبوع المقبل.", "ar")
    assert ("COL", "SANCTION", "ISR", "planned") in quads


def test_seizing_a_town_in_any_tense_is_an_assault(pipeline):
    # the استولى lemma: the imperfect reads as the perfect; "تسيطر X على" (holds) is no act
    quads = event_quads(pipeline, "تستولي القوات الإسرائيلية على بلدة لبنانية.", "ar")
    assert ("ISR", "ASSAULT", "LBN", "actual") in quads
    assert not any(q[1] == "COERCE" for q in quads)
    quads = event_quads(pipeline, "تسيطر القوات الإسرائيلية على بلدة لبنانية منذ عام.", "ar")
    assert not any(q[1] == "ASSAULT" for q in quads)


def _view(words: list[str]):
    from diplomap.extract.grammar import grammar, norm
    from diplomap.extract.sentence import SentenceView

    readings = [(norm(w),) for w in words]
    return SentenceView(0, 0, 0, grammar("ar"), readings, [(0, 0)] * len(words),
                        [False] * len(words), [], set())


def test_a_manner_phrase_is_skipped_whole_and_only_whole():
    from diplomap.extract.strategies import adjunct_words

    # "مرة أخرى" (again) and "اليوم" are adjuncts; "أخرى" in "دول أخرى" is no adjunct
    assert adjunct_words(_view(["رفضت", "الهند", "اليوم", "مرة", "أخرى", "الاقتراح"])) == {
        2, 3, 4}
    assert adjunct_words(_view(["رفضت", "الهند", "ودول", "أخرى", "الاقتراح"])) == set()
    # a phrase that begins before the range still covers its words inside it
    assert adjunct_words(_view(["رفضت", "بشكل", "قاطع", "الاقتراح"]), 2, 4) == {2}


def test_a_verb_with_a_manner_phrase_still_governs_its_act(pipeline):
    quads = event_quads(pipeline, "رفضت الهند مرة أخرى اقتراحاً باكستانياً.", "ar")
    assert ("IND", "REJECT", "PAK", "actual") in quads


def test_commenting_on_aid_suspends_nothing(pipeline):
    # every suspension is one frame, which "علّق على" (commented on) outmatches
    quads = event_quads(pipeline, "علّق رئيس الوزراء الكندي على شحنات الأسلحة إلى إسرائيل.",
                        "ar")
    assert not any(q[1] == "SANCTION" for q in quads)
    quads = event_quads(pipeline, "علّقت كندا شحنات الأسلحة إلى إسرائيل.", "ar")
    assert ("CAN", "SANCTION", "ISR", "actual") in quads
