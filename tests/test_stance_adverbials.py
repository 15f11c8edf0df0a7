"""A stance adverbial ("in protest of", Arabic "احتجاجاً على", "رفضاً لـ", "تنديداً بـ")
gives the reason of the act read right before it: when that act is of another type (a
resignation, a release delayed, protests), the adverbial is no event of its own for the
same actors; after a protest of its own type ("boycott ... in protest of X's
participation") it still names that protest's target (issue 9: extra readings)."""

from __future__ import annotations

import pytest

from conftest import event_quads

# Tune: Israel 2025-01-19 (ministers resign in protest of the ceasefire agreement) and
# 2025-01-30 (Israel delays the prisoners' release in protest of scenes at a handover), both
# languages; France 2025-09-10 and Panama 2025-06-21 ("احتجاجات ... رفضاً لـ"), Morocco
# 2025-09-29 ("الاحتجاجات ...، تنديداً بفساد الحكومة")
REASON_OF_OTHER_ACT = [
    ("en", "Three ministers of the Government of Israel resign in protest of the approved "
           "Gaza ceasefire agreement.", "PROTEST"),
    ("en", "Israel releases 110 Palestinian prisoners after initially delaying their release "
           "in protest of the chaotic scenes at the handover of hostages in Khan Yunis.",
     "PROTEST"),
    ("ar", "استقال ثلاثة وزراء في الحكومة الإسرائيلية احتجاجاً على اتفاق وقف إطلاق النار في "
           "غزة.", "PROTEST"),
    ("ar", "أفرجت إسرائيل عن ١١٠ أسرى فلسطينيين بعدما أرجأت الإفراج عنهم احتجاجاً على مشاهد "
           "الفوضى.", "PROTEST"),
    ("ar", "تزامن تعيينه مع احتجاجات وإضرابات عمّت أنحاء فرنسا رفضاً لإجراءات التقشف التي "
           "أعلنتها الحكومة الفرنسية.", "REJECT"),
    ("ar", "أعلنت بنما حالة الطوارئ على خلفية الاحتجاجات المناهضة للحكومة رفضاً لقانون "
           "التقاعد.", "REJECT"),
    ("ar", "اعتقلت الشرطة المغربية عشرات الأشخاص خلال الاحتجاجات في أنحاء المغرب، تنديداً "
           "بفساد الحكومة.", "ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), REASON_OF_OTHER_ACT)
def test_stance_adverbial_after_another_act_is_no_event(pipeline, lang, text, kind):
    assert not [q for q in event_quads(pipeline, text, lang) if q[1] == kind]


# The act before it still reads; a protest adverbial after a protest act ("boycotting ... in
# protest of Israel's participation", tune: Eurovision 2025-12-10, both languages), or with
# no act before it ("تظاهر ... احتجاجاً على سياسات"), stays a protest (its pair, either way)
STAYS = [
    ("en", "Three ministers of the Government of Israel resign in protest of the approved "
           "Gaza ceasefire agreement.", ("ISR", "RETREAT", "ISR", "actual")),
    ("ar", "أعلنت هولندا أنها ستقاطع مسابقة يوروفيجن للأغنية العام المقبل في النمسا، "
           "احتجاجاً على مشاركة إسرائيل.", ("ISR", "PROTEST", "NLD", "planned")),
    ("ar", "تظاهر أكثر من 60 ألف شخص في أنحاء سلوفاكيا احتجاجاً على سياسات رئيس الوزراء "
           "روبرت فيكو.", ("SVK", "PROTEST", "SVK", "actual")),
]


@pytest.mark.parametrize(("lang", "text", "quad"), STAYS)
def test_stance_adverbial_of_a_protest_stays(pipeline, lang, text, quad):
    found = {(frozenset((q[0], q[2])), q[1], q[3]) for q in event_quads(pipeline, text, lang)}
    assert (frozenset((quad[0], quad[2])), quad[1], quad[3]) in found


def test_protest_adverbial_after_a_protest_and_another_act_stays(pipeline):
    # tune 2025-03-07: demonstrations and walkouts, then "احتجاجاً على تخفيضات إدارة ترامب":
    # a protest before it, whatever comes between, keeps its target
    text = ("نظّم علماء مظاهرات وحركات انسحاب من أماكن العمل في 30 مدينة بالولايات المتحدة "
            "وفرنسا، احتجاجًا على تخفيضات إدارة الرئيس الأمريكي دونالد ترامب لميزانية المنح.")
    found = {(frozenset((q[0], q[2])), q[1]) for q in event_quads(pipeline, text, "ar")}
    assert (frozenset(("FRA", "USA")), "PROTEST") in found


def test_protest_as_an_object_is_no_adverbial(pipeline):
    # calibrate 2025-01-09: "لدى مغادرته احتجاجاً مناهضاً للحكومة" (leaving a protest): an
    # object with no preposition of a stance after it, the protest stays
    text = ("اعتُقلت زعيمة المعارضة الفنزويلية ماريا كورينا ماتشادو لفترة وجيزة عندما اعترضت "
            "قوات الأمن موكبها لدى مغادرته احتجاجاً مناهضاً للحكومة في كاراكاس.")
    assert [q for q in event_quads(pipeline, text, "ar") if q[1] == "PROTEST"]


def test_summoned_in_protest_is_one_complaint(pipeline):
    # calibrate 2025-01-01: "summoned the Saudi ambassador in protest": the summons
    # (ACCUSE) is the event, no demonstration
    text = ("Saudi Arabia executes six Iranian nationals. In Tehran, the Iranian Foreign "
            "Ministry summoned the Saudi ambassador in protest.")
    found = event_quads(pipeline, text, "en")
    assert ("IRN", "ACCUSE", "SAU", "actual") in found
    assert not [q for q in found if q[1] == "PROTEST"]
