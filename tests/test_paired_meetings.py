"""A meeting noun modified by a compound of its parties ("US-Russian talks", "the EU-Egypt
summit", "المحادثات الأمريكية الروسية"): the parties meet each other, with the modality the
sentence gives; a compound on another noun is no meeting. Sentences of our own writing."""

from __future__ import annotations

from conftest import event_quads


def meetings(pipeline, text: str, lang: str = "en") -> set[tuple]:
    return {(frozenset((s, t)), m) for s, kind, t, m in event_quads(pipeline, text, lang)
            if kind == "CONSULT"}


def test_a_hyphened_pair_before_a_meeting_noun_meets(pipeline):
    for text, pair in (("US-Russian talks were held in Geneva on Tuesday.", ("USA", "RUS")),
                       ("The first high-level US-Russia talks took place in Istanbul.",
                        ("USA", "RUS")),
                       ("Saudi-Iranian consultations resumed in Baghdad last week.",
                        ("SAU", "IRN")),
                       ("Israeli-Palestinian peace negotiations collapsed in 2014.",
                        ("ISR", "PSE")),
                       ("Secret Egyptian–Jordanian contacts paved the way for the accord.",
                        ("EGY", "JOR"))):
        assert (frozenset(pair), "actual") in meetings(pipeline, text), text


def test_a_summit_of_a_body_and_a_state_is_theirs_not_the_venues(pipeline):
    found = meetings(pipeline, "The EU-Egypt summit was held in Brussels.")
    assert (frozenset(("EU", "EGY")), "actual") in found
    assert not any("BEL" in pair for pair, _ in found)


def test_a_pair_meeting_to_come_is_planned(pipeline):
    assert (frozenset(("USA", "RUS")), "planned") in meetings(
        pipeline, "The US-Russia summit will be held in Geneva next month.")
    assert (frozenset(("USA", "RUS")), "planned") in meetings(
        pipeline, "ستعقد القمة الأمريكية الروسية في جنيف الشهر المقبل.", "ar")


def test_adjectives_in_a_row_after_a_meeting_noun_meet(pipeline):
    for text, pair in (("عقدت المحادثات الأمريكية الروسية في جنيف يوم الثلاثاء.", ("USA", "RUS")),
                       ("استؤنفت المباحثات السعودية الإيرانية في بغداد.", ("SAU", "IRN")),
                       ("مهدت الاتصالات السرية المصرية-الأردنية للاتفاق.", ("EGY", "JOR")),
                       ("استضافت القاهرة أول محادثات تركية يونانية رفيعة المستوى.",
                        ("TUR", "GRC"))):
        assert (frozenset(pair), "actual") in meetings(pipeline, text, "ar"), text


def test_a_compound_on_another_noun_is_no_meeting(pipeline):
    for text, lang in (("Trade across the US-Mexico border fell sharply.", "en"),
                       ("The Sino-Soviet split reshaped the Cold War.", "en"),
                       ("Ukraine was attacked by Russian-made drones.", "en"),
                       ("The Israeli-Palestinian conflict has lasted decades.", "en"),
                       ("أغلقت الحدود السعودية اليمنية أمس.", "ar"),
                       ("ارتفعت التجارة السعودية الإيرانية العام الماضي.", "ar")):
        assert not meetings(pipeline, text, lang), text


def test_sponsors_and_one_party_are_no_pair(pipeline):
    # a backing participle between makes the compound the talks' sponsors, not their parties
    assert (frozenset(("USA", "SAU")), "actual") not in meetings(
        pipeline, "Jeddah hosted US-Saudi sponsored talks between Sudan's warring parties.")
    # one adjective, and a party after a preposition, name no pair of the noun
    assert not meetings(pipeline, "انعقدت القمة السعودية أمس.", "ar")
    assert (frozenset(("EGY", "SAU")), "actual") not in meetings(
        pipeline, "انعقد الاجتماع المصري مع السعودية أمس.", "ar")


def test_a_groups_states_in_a_compound_name_the_body(pipeline):
    found = meetings(pipeline, "Xi's visit produced the first Sino-Gulf States Summit, and a "
                               "China-Arab States summit followed in Cairo.")
    assert (frozenset(("CHN", "LAS")), "actual") in found
    assert not any("JOR" in pair for pair, _ in found)
