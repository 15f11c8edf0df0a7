"""Arabic meetings as English reads them (issue 9, Arabic parity), on sentences of our own
writing: a group of states meets as its members, an organisation meets and is met, a bare
"اجتمع" with no "مع" is a meeting, and "الدول الأعضاء في X" names X's members."""

from __future__ import annotations

from conftest import event_triples


def pairs(pipeline, text: str, lang: str = "ar") -> set[frozenset]:
    return {frozenset((s, t)) for s, kind, t in event_triples(pipeline, text, lang)
            if kind == "CONSULT"}


def test_a_group_of_states_meets_as_its_members(pipeline):
    found = pairs(pipeline, "التقى وزراء خارجية دول مجلس التعاون مع الرئيس الأمريكي أمس.")
    assert {frozenset(("SAU", "USA")), frozenset(("KWT", "USA"))} <= found
    assert found == pairs(pipeline, "Foreign ministers of GCC countries met the US president "
                                    "yesterday.", "en")


def test_an_organisation_is_met(pipeline):
    found = pairs(pipeline, "التقى وزير الخارجية المصري في القاهرة وزراء خارجية ألمانيا "
                            "والاتحاد الأوروبي.")
    assert {frozenset(("EGY", "DEU")), frozenset(("EGY", "EU"))} <= found


def test_a_bare_meeting_verb_is_a_meeting(pipeline):
    assert frozenset(("FRA", "DEU")) in pairs(
        pipeline, "اجتمع وزيرا خارجية فرنسا وألمانيا في روما لبحث الحرب.")


def test_the_member_states_of_a_group_are_its_members(pipeline):
    found = pairs(pipeline, "اجتمع قادة الدول الأعضاء في حلف شمال الأطلسي في برلين.")
    assert {frozenset(("POL", "DEU")), frozenset(("ITA", "DEU"))} <= found


def test_member_states_with_no_group_after_them_stay_a_membership(pipeline):
    assert not pairs(pipeline, "انضمت فنلندا إلى الدول الأعضاء في المنظمة العام الماضي.")


def test_some_members_of_a_group_are_none_of_them(pipeline):
    # a partitive quantifier (partitive_quantifiers, "من" skipped) names some members, not
    # which: no event for every member
    for text, lang in (("انتقدت إحدى الدول الأعضاء في الاتحاد الأوروبي روسيا.", "ar"),
                       ("انتقدت بعض دول الاتحاد الأوروبي روسيا.", "ar"),
                       ("انتقدت عدة دول من الاتحاد الأوروبي روسيا.", "ar"),
                       ("One of the EU member states criticised Russia.", "en")):
        assert not any(s in ("FRA", "DEU", "ITA") for s, _, _ in
                       event_triples(pipeline, text, lang)), text
    assert ("FRA", "ACCUSE", "RUS") in event_triples(
        pipeline, "انتقدت دول الاتحاد الأوروبي روسيا.", "ar")


def test_sunday_and_one_day_are_no_partitive(pipeline):
    # "الأحد" is Sunday, not "أحد"; "One day later," is set off by its comma
    for text, lang, group in (
            ("انتقدت يوم الأحد دول الاتحاد الأوروبي روسيا.", "ar", "FRA"),
            ("أدانت يوم الأحد الدول الأعضاء في حلف الناتو روسيا.", "ar", "POL"),
            ("One day later, EU member states condemned Russia.", "en", "FRA")):
        assert any(s == group and t == "RUS" for s, _, t in
                   event_triples(pipeline, text, lang)), text


def test_what_a_meeting_discusses_is_no_party(pipeline):
    # after "لبحث" (topic_openers) a name is the meeting's topic: no party
    for text in ("اجتمع مجلس الأمن الدولي في نيويورك لبحث الحرب في السودان.",
                 "اجتمع قادة الاتحاد الأوروبي في بروكسل لبحث الحرب في أوكرانيا.",
                 "اجتمع المجلس الوزاري الأمني الإسرائيلي لبحث الرد على إيران."):
        assert not pairs(pipeline, text), text
    assert not pairs(pipeline, "The UN Security Council met in New York to discuss the war "
                               "in Sudan.", "en")


def test_one_it_is_discussed_with_stays_a_party(pipeline):
    assert frozenset(("FRA", "DEU")) in pairs(
        pipeline, "اجتمع وزير الخارجية الفرنسي في باريس لبحث الحرب مع نظيره الألماني.")
    assert frozenset(("FRA", "DEU")) in pairs(
        pipeline, "وصل وزير الخارجية الفرنسي إلى برلين لبحث الحرب في أوكرانيا.")


def test_non_members_are_none_of_the_members(pipeline):
    # "غير" (ar), "non" (en) before a group mention: states outside it, unnamed
    for text, lang in (("انتقدت الدول غير الأعضاء في حلف الناتو روسيا.", "ar"),
                       ("Non-NATO states criticised Russia.", "en")):
        assert not any(s in ("POL", "DEU", "USA") for s, _, _ in
                       event_triples(pipeline, text, lang)), text
    # a state listed with them stays an actor; the members themselves stay members
    assert ("SWE", "ACCUSE", "RUS") in event_triples(
        pipeline, "انتقدت الدول غير الأعضاء في حلف الناتو والسويد روسيا.", "ar")
    assert ("POL", "ACCUSE", "RUS") in event_triples(
        pipeline, "انتقدت الدول الأعضاء في حلف الناتو روسيا.", "ar")
