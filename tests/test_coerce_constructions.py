"""COERCE and SANCTION constructions (the tune split's commonest misses and false positives
of the two types), in sentences of our own writing, each with a near miss that must not fire."""

from __future__ import annotations

import pytest

from conftest import event_quads


# -- "مالي" (also "financial") is the state right after a verb whose subject it is: a state
# subject follows its verb in the feminine ("قطعت مالي"); an adjective follows a noun ---------
@pytest.mark.parametrize(("text", "quad"), [
    ("قطعت مالي علاقاتها مع فرنسا.", ("MLI", "SANCTION", "FRA", "actual")),
    ("طردت مالي السفير الفرنسي من باماكو.", ("MLI", "SANCTION", "FRA", "actual")),
])
def test_mali_as_subject_of_a_feminine_verb(pipeline, text: str, quad: tuple) -> None:
    assert quad in event_quads(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "قطعت الحكومة الدعم المالي عن فرنسا.",
    "فرضت الحكومة نظام ضريبي مالي جديد على الشركات الفرنسية.",
])
def test_financial_after_a_noun_is_no_mali(pipeline, text: str) -> None:
    quads = event_quads(pipeline, text, "ar")
    assert not any("MLI" in (q[0], q[2]) for q in quads), quads


def test_subject_anchors_are_the_frames_feminine_perfects() -> None:
    from diplomap.lexicon.forms import NAME_ANCHORS, SUBJECT_ANCHORS

    # a weak final letter gives way to the ending ("استدعى" -> "استدعت")
    assert {"قطعت", "علقت", "طردت", "استدعت", "دعت", "نفت", "اتهمت", "رفضت"} <= set(
        SUBJECT_ANCHORS)
    assert set(SUBJECT_ANCHORS) <= set(NAME_ANCHORS)


# -- a deportation or a cyberattack is never done to the doer's own state: with no other
# target named, none (an evacuation order's `never_domestic`) --------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya's president laid a wreath at a memorial to the victims of deportation under "
     "colonial rule.", "en"),
    ("Kenyan officials said a cyberattack on the tax office was being investigated.", "en"),
    ("أحيا الكينيون ذكرى ترحيل آلاف المزارعين خلال الحقبة الاستعمارية.", "ar"),
])
def test_no_own_deportation_or_hack(pipeline, text: str, lang: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert not any(q[1] == "COERCE" and q[0] == q[2] for q in quads), quads


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya deported two Ugandan journalists on Friday.", "en"),
    ("رحّلت كينيا مهاجرين أوغنديين يوم الجمعة.", "ar"),
])
def test_deportation_of_foreigners_stays(pipeline, text: str, lang: str) -> None:
    assert ("KEN", "COERCE", "UGA", "actual") in event_quads(pipeline, text, lang)


# -- "suspend" with no one named is a service, a ceremony or a sports ban, no coercion; aimed
# at a named party it stays a restriction (a sanction of another state) ----------------------
@pytest.mark.parametrize("text", [
    "Kenya's transport ministry suspended train services between Nairobi and Mombasa for "
    "repairs.",
    "A Kenyan marathon champion has been suspended for four years after a failed drug test.",
])
def test_suspension_at_home_is_no_coercion(pipeline, text: str) -> None:
    assert not any(q[1] == "COERCE" for q in event_quads(pipeline, text, "en"))


@pytest.mark.parametrize(("text", "quad"), [
    ("Kenya suspends flights to Somalia.", ("KEN", "SANCTION", "SOM", "actual")),
    ("FIFA has suspended Kenya from international football.",
     ("ORG:fifa", "SANCTION", "KEN", "actual")),
])
def test_suspension_of_a_named_party(pipeline, text: str, quad: tuple) -> None:
    assert quad in event_quads(pipeline, text, "en")


# -- one arrested as a member of another state's army is that state's ---------------------
@pytest.mark.parametrize(("text", "lang", "captor"), [
    ("Taiwanese investigators detained two officers of the People's Liberation Army who had "
     "entered on tourist visas.", "en", "TWN"),
    ("احتجزت السلطات اليابانية ضابطين من جيش التحرير الشعبي دخلا البلاد بتأشيرة سياحية.", "ar",
     "JPN"),
])
def test_arrested_soldier_of_a_foreign_army(pipeline, text: str, lang: str, captor: str
                                            ) -> None:
    assert (captor, "COERCE", "CHN", "actual") in event_quads(pipeline, text, lang)


# -- "حجب الثقة" is a no-confidence vote, not censorship ------------------------------------
def test_no_confidence_is_no_censorship(pipeline) -> None:
    text = "نجت الحكومة الكينية من تصويت على حجب الثقة دعت إليه المعارضة."
    assert not any(q[1] == "COERCE" for q in event_quads(pipeline, text, "ar"))


def test_blocked_site_is_censorship(pipeline) -> None:
    text = "حجبت السلطات الكينية موقع يوتيوب في البلاد."
    assert any(q[:2] == ("KEN", "COERCE") for q in event_quads(pipeline, text, "ar"))


# -- leaving an international body is a SANCTION withdraw however many parties a verb-first
# subject joins (the body is reckoned from the subject's end); a place left stays a RETREAT --
@pytest.mark.parametrize("text", [
    "انسحبت تشاد والنيجر والسودان رسمياً من الجماعة الاقتصادية لدول وسط أفريقيا.",
    "انسحبت تشاد والنيجر من الجماعة الاقتصادية لدول وسط أفريقيا.",
])
def test_coordinated_states_leave_a_body(pipeline, text: str) -> None:
    quads = event_quads(pipeline, text, "ar")
    assert ("TCD", "SANCTION", "ECCAS", "actual") in quads, quads
    assert ("NER", "SANCTION", "ECCAS", "actual") in quads, quads


def test_coordinated_states_leave_a_mission(pipeline) -> None:
    text = "سحبت تشاد والنيجر قواتهما من بعثة الاتحاد الأفريقي."
    assert not any(q[1] == "SANCTION" for q in event_quads(pipeline, text, "ar"))


# -- channels a state suspends are its targets (the lexicon's TF1 and LCI) -------------------
def test_suspended_channels_are_the_targets(pipeline) -> None:
    text = "Algeria suspended the broadcasting licences of TF1 and La Chaîne Info for a month."
    quads = event_quads(pipeline, text, "en")
    expected = {("DZA", "COERCE", "ORG:tf1", "actual"), ("DZA", "COERCE", "ORG:lci", "actual")}
    assert expected <= quads, quads


# -- "capture" with no one else named is done at home to no one ("carbon capture", "the
# capture of the town by X"); people captured from another state or group stay coercion -----
@pytest.mark.parametrize("text", [
    "Norway is investing in carbon capture at its cement plants.",
    "After the capture of the port by rebel fighters, Kenyan reinforcements were flown in.",
])
def test_capture_at_home_is_no_seizure(pipeline, text: str) -> None:
    quads = event_quads(pipeline, text, "en")
    assert not any(q[1] == "COERCE" and q[0] == q[2] for q in quads), quads


# with no captor named, those captured were not taken by their own state ------------------
@pytest.mark.parametrize("text", [
    "Two Ugandan soldiers were captured during clashes near the frontier.",
    "A Ugandan pilot was captured after his helicopter came down.",
])
def test_captured_with_no_captor_is_no_own_seizure(pipeline, text: str) -> None:
    quads = event_quads(pipeline, text, "en")
    assert not any(q[1] == "COERCE" and q[0] == q[2] for q in quads), quads


def test_captured_by_a_named_group(pipeline) -> None:
    text = "Two Ugandan soldiers were captured by Al-Shabaab fighters during clashes."
    assert ("ORG:al_shabaab", "COERCE", "UGA", "actual") in event_quads(pipeline, text, "en")


def test_soldiers_captured_from_another_state(pipeline) -> None:
    text = "Kenyan forces captured two Somali soldiers near the border."
    assert ("KEN", "COERCE", "SOM", "actual") in event_quads(pipeline, text, "en")


# -- "أوقف X عن المشاركة": suspended from taking part (a sanction of a state), not arrested;
# "أوقفت الشرطة مشتبهاً به" stays an arrest ------------------------------------------------
def test_suspended_from_taking_part(pipeline) -> None:
    text = "أوقفت اللجنة الأولمبية الدولية بيلاروسيا عن المشاركة في الألعاب."
    quads = event_quads(pipeline, text, "ar")
    assert ("IOC", "SANCTION", "BLR", "actual") in quads, quads
    assert not any(q[1] == "COERCE" for q in quads), quads


def test_police_stopping_a_suspect_is_an_arrest(pipeline) -> None:
    text = "أوقفت الشرطة الكينية مشتبهاً به في مومباسا."
    assert ("KEN", "COERCE", "KEN", "actual") in event_quads(pipeline, text, "ar")


# -- a passive arrest with no agent and no place in its sentence: the nationality of the
# arrested names them, not who arrests them; the state the document is about arrests ------
@pytest.mark.parametrize(("text", "lang", "captor", "arrested"), [
    ("One man is stabbed to death in Hamburg, Germany. A Syrian national is arrested.", "en",
     "DEU", "SYR"),
    ("A bomb explodes near a mosque in Lyon, France. Two Algerian nationals are arrested.",
     "en", "FRA", "DZA"),
    ("قُتل رجل طعنا في مدينة هامبورغ بألمانيا. وأُلقي القبض على مواطن سوري.", "ar", "DEU",
     "SYR"),
    ("انفجرت قنبلة قرب مسجد في مدينة ليون الفرنسية. وأُلقي القبض على مواطنين جزائريين.", "ar",
     "FRA", "DZA"),
])
def test_arrested_nationals_are_arrested_by_the_document_s_state(
        pipeline, text: str, lang: str, captor: str, arrested: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert (captor, "COERCE", arrested, "actual") in found, found
    assert (arrested, "COERCE", arrested, "actual") not in found, found


@pytest.mark.parametrize(("text", "lang"), [
    # a place named in its own sentence says who arrests, not the document's state
    ("A bomb explodes near a mosque in Lyon, France. Two Algerian nationals are arrested in "
     "Madrid, Spain.", "en"),
    ("انفجرت قنبلة قرب مسجد في مدينة ليون الفرنسية. وأُلقي القبض على مواطنين جزائريين في مدريد "
     "بإسبانيا.", "ar"),
])
def test_the_place_of_the_arrest_arrests(pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("ESP", "COERCE", "DZA", "actual") in found, found
    assert ("FRA", "COERCE", "DZA", "actual") not in found, found


# -- a document naming a state only by its people's nationality, with every place in another
# state: the passive arrest with no agent is that other state's, where it happened ---------
@pytest.mark.parametrize(("text", "lang", "captor", "victim"), [
    ("A Ukrainian student is stabbed to death on a train in Denver, Colorado. The suspect is "
     "arrested.", "en", "USA", "UKR"),
    ("A Russian tourist is stabbed to death in Antalya. Three suspects are detained.", "en",
     "TUR", "RUS"),
    ("لقيت طالبة أوكرانية حتفها طعنا في قطار بمدينة دنفر في ولاية كولورادو. وأُلقي القبض على "
     "المشتبه به.", "ar", "USA", "UKR"),
    ("قُتل سائح روسي طعنا في مدينة أنطاليا التركية. واعتُقل ثلاثة مشتبه بهم.", "ar", "TUR",
     "RUS"),
])
def test_an_arrest_where_the_victim_is_foreign(pipeline, text: str, lang: str, captor: str,
                                               victim: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert (captor, "COERCE", captor, "actual") in found, found
    assert (victim, "COERCE", victim, "actual") not in found, found


def test_a_state_named_by_its_forces_keeps_the_arrest(pipeline) -> None:
    # Israel is named as a force, not only as people: the place (the West Bank) does not arrest
    found = event_quads(pipeline, "Israeli forces raid Jenin in the West Bank. Twenty people "
                                  "are detained.")
    assert ("PSE", "COERCE", "PSE", "actual") not in found, found


# -- a travel ban on the state's own people restricts them at home (COERCE restrict); on
# another state's people it is a sanction; listed inside sanctions it is their content -------
@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "South Korean authorities announce travel bans on two former ministers.",
     ("KOR", "COERCE", "KOR", "actual")),
    ("ar", "أعلنت السلطات الكورية الجنوبية فرض حظر سفر على وزيرين سابقين.",
     ("KOR", "COERCE", "KOR", "actual")),
    ("en", "Egyptian authorities impose a travel ban on the activist.",
     ("EGY", "COERCE", "EGY", "actual")),
    ("ar", "منعت السلطات المصرية الناشط من السفر.", ("EGY", "COERCE", "EGY", "actual")),
    ("en", "Burkina Faso imposed a travel ban on American citizens.",
     ("BFA", "SANCTION", "USA", "actual")),
    ("ar", "فرضت بوركينا فاسو حظر سفر على المواطنين الأمريكيين.",
     ("BFA", "SANCTION", "USA", "actual")),
])
def test_a_travel_ban_at_home_restricts(pipeline, lang: str, text: str, quad: tuple) -> None:
    assert quad in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Britain imposes sanctions on Israeli ministers, including asset freezes and "
           "travel bans."),
    ("ar", "فرضت المملكة المتحدة عقوبات على وزيرين إسرائيليين تشمل تجميد الأصول وحظر السفر."),
    ("en", "Burkina Faso imposed a travel ban on American citizens."),
])
def test_a_travel_ban_on_foreigners_restricts_no_one_at_home(pipeline, lang: str,
                                                            text: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert not any(q[1] == "COERCE" for q in quads), quads
