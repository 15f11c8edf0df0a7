"""Groups and envoys as actors (sentences of our own writing): "the countries of the GCC",
"the EU's member states" stand for each member at the event's date, as "GCC states" does
(lang/en/organs.yaml `group_before_name`, the possessive); an envoy acts for the state
named with the envoy, and the body or state the envoy is posted to ("لدى الأمم المتحدة",
"to the UN", grammar `posting_links`) is no target or party."""

from __future__ import annotations

import pytest

from conftest import event_triples

GCC_2025 = {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}


@pytest.mark.parametrize("text", [
    "The countries of the GCC denounced Sudan for the raid.",
    "The states of the Gulf Cooperation Council denounced Sudan for the raid.",
    "The GCC's member states denounced Sudan for the raid.",
])
def test_members_of_a_group_named_around_it_each_act(pipeline, text):
    found = event_triples(pipeline, text)
    assert {(m, "ACCUSE", "SDN") for m in GCC_2025} <= found
    assert ("GCC", "ACCUSE", "SDN") not in found


@pytest.mark.parametrize("text", [
    "The GCC denounced Sudan for the raid.",
    "The GCC's secretary-general denounced Sudan for the raid.",
])
def test_the_group_itself_stays_the_group(pipeline, text):
    found = event_triples(pipeline, text)
    assert ("GCC", "ACCUSE", "SDN") in found
    assert not {t for t in found if t[0] in GCC_2025}


@pytest.mark.parametrize("text", [
    "Three countries of the GCC denounced Sudan for the raid.",
    "Two of the GCC's member states denounced Sudan for the raid.",
    "Two GCC states denounced Sudan for the raid.",
])
def test_a_count_of_members_names_none_of_them(pipeline, text):
    # a count picks some members the text leaves unnamed: not every member acts
    found = event_triples(pipeline, text)
    assert not {t for t in found if t[0] in GCC_2025}


def test_members_are_those_of_the_event_date(pipeline):
    found = event_triples(pipeline, "The member states of the EU denounced Sudan for the raid.")
    sources = {s for s, kind, _ in found if kind == "ACCUSE"}
    assert {"FRA", "HRV", "IRL"} <= sources and "GBR" not in sources


@pytest.mark.parametrize(("text", "source", "target"), [
    ("اتهم مندوب كينيا لدى الأمم المتحدة الصومال بخرق الهدنة.", "KEN", "SOM"),
    ("اتهم مندوب كينيا الدائم لدى الأمم المتحدة الصومال بخرق الهدنة.", "KEN", "SOM"),
    ("انتقد سفير البرازيل لدى الأرجنتين الحكومة التشيلية.", "BRA", "CHL"),
    ("شجب مندوب كينيا لدى الاتحاد الأفريقي القصف الصومالي.", "KEN", "SOM"),
])
def test_an_envoys_post_is_no_target(pipeline, text, source, target):
    found = event_triples(pipeline, text, "ar")
    assert (source, "ACCUSE", target) in found
    assert not {t for t in found if t[2] in ("UN", "AU", "ARG")}


def test_envoys_of_a_group_act_for_each_member(pipeline):
    found = event_triples(
        pipeline, "اتهم سفراء دول مجلس التعاون لدى الأمم المتحدة السودان بخرق الهدنة.", "ar")
    assert {(m, "ACCUSE", "SDN") for m in GCC_2025} <= found
    assert not {t for t in found if t[2] == "UN"}


def test_a_state_at_a_body_without_an_envoy_keeps_the_body(pipeline):
    # no envoy noun before "لدى": the body is what the request is made at, as before
    found = event_triples(pipeline, "طالبت كينيا لدى الأمم المتحدة بوقف إطلاق النار.", "ar")
    assert ("KEN", "REQUEST", "UN") in found


def test_an_ambassador_to_a_body_acts_for_the_sender(pipeline):
    found = event_triples(pipeline, "Kenya's ambassador to the African Union accused Somalia "
                                    "of breaking the truce.")
    assert ("KEN", "ACCUSE", "SOM") in found
    assert not {t for t in found if "AU" in t}


@pytest.mark.parametrize(("text", "triple"), [
    ("Egypt recalled its ambassador to Israel over the raid.", ("EGY", "SANCTION", "ISR")),
    ("Turkey withdrew its ambassadors to Israel and the UAE.", ("TUR", "RETREAT", "ISR")),
])
def test_an_envoy_its_owner_acts_on_keeps_the_post(pipeline, text, triple):
    # the envoy is the object of its own state's act: the post is what the act is about
    found = event_triples(pipeline, text)
    assert triple in found
    assert not {t for t in found if t[0] == t[2]}


# -- a verbal noun of a circumstance with its own doer -----------------------------------
def facts_of(pipeline, text: str, lang: str = "ar") -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.facts
    return {(f.subject, f.predicate, f.object) for f in found}


@pytest.mark.parametrize("text", [
    "وصرح وزير الخارجية الأردني خلال استضافة المغرب لقمة الاتحاد الأفريقي بأن القارة موحدة.",
    "وقال ملك الأردن بعد استضافة المغرب لقمة الاتحاد الأفريقي إن القارة موحدة.",
])
def test_the_genitive_after_a_circumstance_noun_hosts(pipeline, text):
    found = facts_of(pipeline, text)
    assert ("MAR", "hosts", "AU") in found
    assert ("JOR", "hosts", "AU") not in found


def test_the_genitive_after_a_circumstance_noun_strikes(pipeline):
    found = event_triples(pipeline, "وأدانت الأردن بعد قصف إسرائيل لغزة الاعتداء.", "ar")
    assert ("JOR", "ASSAULT", "ISR") not in found


def test_a_finite_host_after_its_subject_keeps_it(pipeline):
    # no adjunct opener before the verb: the subject before it hosts
    found = facts_of(pipeline, "وأعلن المغرب أنه استضاف قمة الاتحاد الأفريقي.")
    assert ("MAR", "hosts", "AU") in found


def test_a_received_guest_after_a_circumstance_noun_stays_the_object(pipeline):
    # no object proclitic after the name: the name is what the noun is done to
    found = event_triples(pipeline, "ورحب ملك الأردن بعد استقبال رئيس السنغال بالمبادرة.",
                          "ar")
    assert ("SEN", "SUPPORT", "JOR") not in found


def test_a_circumstance_noun_with_its_own_pronoun_keeps_the_clause_subject(pipeline):
    # "استقباله": the pronoun is the host; the name after it is the guest, "لبحث" a purpose
    found = event_triples(pipeline, "وقال الرئيس المصري خلال استقباله ملك الأردن لبحث "
                                    "العلاقات الثنائية إن القاهرة ترفض التهجير.", "ar")
    assert {t for t in found if t[1] == "CONSULT" and {"EGY", "JOR"} == {t[0], t[2]}}


@pytest.mark.parametrize(("text", "visitor", "visited"), [
    # "لبحث", "للمرة", "لمدة": the clause's purpose or time, no object of the visit: the
    # name after the noun is the place visited, the clause's subject the visitor
    ("وأكد الرئيس الفرنسي خلال زيارة لبنان لبحث الأزمة دعم بلاده للجيش.", "FRA", "LBN"),
    ("وقال وزير الخارجية الأردني بعد زيارة سوريا للمرة الأولى إن العلاقات تتحسن.",
     "JOR", "SYR"),
    ("وقال رئيس الوزراء العراقي بعد زيارة إيران لمدة يومين إن بغداد تريد الهدوء.",
     "IRQ", "IRN"),
])
def test_a_purpose_or_time_after_the_genitive_is_no_object(pipeline, text, visitor, visited):
    found = event_triples(pipeline, text, "ar")
    assert (visitor, "CONSULT", visited) in found
    assert (visited, "CONSULT", visitor) not in found


# -- a list of donors: "X gave $N to Y, followed by Z with $M" ----------------------------
def test_the_donor_after_followed_by_gives_too(pipeline):
    text = ("Norway pledged $300m in aid to Sudan, followed by Denmark with $120m "
            "and Finland with $40m.")
    found = event_triples(pipeline, text)
    assert {("NOR", "AID", "SDN"), ("DNK", "AID", "SDN"), ("FIN", "AID", "SDN")} <= found
    assert {("DNK", "aid_to", "SDN"), ("FIN", "aid_to", "SDN")} <= facts_of(pipeline, text, "en")


@pytest.mark.parametrize(("text", "follower"), [
    ("Singapore invested $4bn in Indonesia, followed by Malaysia with $1bn.", "MYS"),
    # the follower's name with its article
    ("Singapore invested $4bn in Indonesia, followed by the UAE with $1bn.", "ARE"),
])
def test_the_investor_after_followed_by_invests_too(pipeline, text, follower):
    assert (follower, "invested_in", "IDN") in facts_of(pipeline, text, "en")


def test_the_arabic_donor_after_the_follower_verb_gives_too(pipeline):
    found = event_triples(pipeline, "وقدمت النرويج مساعدات بقيمة 300 مليون دولار للسودان، "
                                    "تلتها الدنمارك بـ120 مليون دولار.", "ar")
    assert {("NOR", "AID", "SDN"), ("DNK", "AID", "SDN")} <= found


@pytest.mark.parametrize(("text", "other"), [
    # not giving: the one after "followed by" does nothing of the first act
    ("Norway condemned Sudan for the raid, followed by Denmark.", "DNK"),
    # a new clause after the list: its subject is no donor
    ("Norway pledged $300m in aid to Sudan, followed by Denmark with $120m, and Egypt "
     "welcomed the pledge.", "EGY"),
    # no sum of its own after the name: the possessor of another act, a relative clause
    ("Norway pledged $300m in aid to Sudan, a move followed by Egypt's warning to Chad.",
     "EGY"),
    ("Norway pledged $300m in aid to Sudan, followed by Egypt, which gave $50m to Chad.",
     "EGY"),
])
def test_no_donor_outside_a_list_of_givers(pipeline, text, other):
    found = event_triples(pipeline, text)
    assert not {t for t in found if t[0] == other and t[2] == "SDN"}


# -- an office named by its holder's title -----------------------------------------------
def test_the_high_commissioners_arabic_title_names_the_office(pipeline):
    found = event_triples(pipeline, "انتقد المفوض السامي لحقوق الإنسان الحكومة الإريترية.", "ar")
    assert ("OHCHR", "ACCUSE", "ERI") in found
    assert ("ERI", "ACCUSE", "ERI") not in found
    # the UN named alone stays the UN
    assert ("UN", "REQUEST", "ERI") in event_triples(
        pipeline, "دعت الأمم المتحدة إريتريا إلى الإفراج عن المعتقلين.", "ar")


# -- "the blocs", "المنظمتان": the two organisations named just before -------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("The African Union and the Arab League held a joint meeting in Cairo. The blocs urged "
     "Chad to free the prisoners.", "en"),
    ("عقد الاتحاد الأفريقي وجامعة الدول العربية اجتماعا مشتركا في القاهرة. ودعت المنظمتان "
     "تشاد إلى الإفراج عن السجناء.", "ar"),
    ("عقد الاتحاد الأفريقي وجامعة الدول العربية اجتماعا مشتركا في القاهرة. ودعت المجموعتان "
     "تشاد إلى الإفراج عن السجناء.", "ar"),
])
def test_the_two_blocs_are_both_organisations(pipeline, text, lang):
    found = event_triples(pipeline, text, lang)
    assert {("AU", "REQUEST", "TCD"), ("LAS", "REQUEST", "TCD")} <= found
    assert not {t for t in found if t[1] == "REQUEST" and t[0] == "EGY"}


def test_the_blocs_after_three_organisations_are_no_one(pipeline):
    text = ("The African Union, the Arab League and the UN held a joint meeting in Cairo. The "
            "blocs urged Chad to free the prisoners.")
    found = event_triples(pipeline, text)
    assert not {t for t in found if t[1] == "REQUEST" and t[0] in ("AU", "LAS", "UN")}


def test_two_groups_after_two_organisations_are_not_them(pipeline):
    # "المجموعتين المسلحتين": two armed groups, not the two mediators named before
    text = ("دعا الاتحاد الأفريقي والأمم المتحدة إلى وقف القتال في جنوب السودان. واتهمت "
            "الحكومة المجموعتين المسلحتين بخرق الهدنة.")
    found = event_triples(pipeline, text, "ar")
    assert not {t for t in found if t[1] == "ACCUSE" and t[2] in ("AU", "UN")}
