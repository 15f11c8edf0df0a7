"""THREATEN and the content of threats and warnings, in Arabic and English (wave 3, wT7).
Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import event_quads


def threats(quads: set[tuple]) -> set[tuple]:
    return {q for q in quads if q[1] == "THREATEN"}


# A warning of force or of what is still to come threatens ("warned that X would pay").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Poland warned that Belarus would pay a heavy price for the border provocations.", "en",
     ("POL", "THREATEN", "BLR", "actual")),
    ("Greece warned Turkey that any drilling in its waters will meet a firm response.", "en",
     ("GRC", "THREATEN", "TUR", "actual")),
    ("حذرت اليونان تركيا من أنها ستتصدى بحزم لأي عمليات تنقيب في مياهها.", "ar",
     ("GRC", "THREATEN", "TUR", "actual")),
    ("حذّرت بولندا بيلاروس من أنها ستدفع ثمنا باهظا إذا واصلت استفزازاتها على الحدود.", "ar",
     ("POL", "THREATEN", "BLR", "actual")),
])
def test_a_warning_of_a_consequence_threatens(pipeline, text: str, lang: str,
                                              expected: tuple) -> None:
    assert expected in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Egypt warned Ethiopia against filling the dam before an agreement.", "en"),
    ("حذرت مصر إثيوبيا من ملء السد قبل التوصل إلى اتفاق.", "ar"),
])
def test_a_warning_made_to_a_state_threatens_it(pipeline, text: str, lang: str) -> None:
    assert ("EGY", "THREATEN", "ETH", "actual") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "source", "target"), [
    ("Japan warned that China could strike Taiwan within two years.", "en", "CHN", "TWN"),
    ("حذرت اليابان من أن الصين قد تشن هجوما على تايوان خلال عامين.", "ar", "CHN", "TWN"),
])
def test_a_warning_of_force_keeps_the_force_hypothetical(pipeline, text: str, lang: str,
                                                         source: str, target: str) -> None:
    quads = event_quads(pipeline, text, lang)
    force = {q for q in quads if q[1] == "ASSAULT"}
    assert all(q[3] != "actual" for q in force), quads


# A warning of a danger, of weather or that something breaks the law threatens no one.
@pytest.mark.parametrize(("text", "lang"), [
    ("Egypt warned that the Ethiopian dam violates international agreements on the Nile.",
     "en"),
    ("The Philippine weather agency issued a typhoon warning for Luzon on Monday, Japan said.",
     "en"),
    ("Kenya warned of severe floods in the regions bordering Somalia.", "en"),
    ("Germany issued warnings of growing Russian cyber threats to its power grid.", "en"),
    ("حذرت مصر من أن السد الإثيوبي يخالف الاتفاقيات الدولية بشأن نهر النيل.", "ar"),
    ("حذرت كينيا من فيضانات شديدة في المناطق المحاذية للصومال.", "ar"),
    ("أصدرت ألمانيا تحذيرات من تهديدات إلكترونية روسية متزايدة لشبكة الكهرباء.", "ar"),
])
def test_a_warning_of_no_consequence_is_no_threat(pipeline, text: str, lang: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert not any(q[1] == "THREATEN" and q[0] in ("EGY", "KEN", "DEU", "PHL", "JPN")
                   for q in quads), quads


# The noun of a threat made is a THREATEN; a threat as a danger something poses is no act,
# and the act it names stays hypothetical.
@pytest.mark.parametrize(("text", "lang"), [
    ("Russia's threats against Moldova drew condemnation from Romania.", "en"),
    ("أدانت رومانيا تهديدات روسيا ضد مولدوفا.", "ar"),
])
def test_a_threat_made_is_a_threat(pipeline, text: str, lang: str) -> None:
    assert ("RUS", "THREATEN", "MDA", "actual") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kuwait shut its ports amid an imminent threat of an Iraqi missile attack on Saudi "
     "Arabia.", "en"),
    ("Latvia expelled two Belarusian diplomats, citing a national security threat.", "en"),
    ("أغلقت الكويت موانئها في ظل تهديد وشيك بهجوم صاروخي عراقي على السعودية.", "ar"),
    ("طردت لاتفيا دبلوماسيين بيلاروسيين متذرعة بتهديد للأمن القومي.", "ar"),
    ("قالت فنلندا إن المناورات الروسية تشكل تهديدا لدول البلطيق.", "ar"),
])
def test_a_danger_posed_is_no_threat(pipeline, text: str, lang: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert not threats(quads), quads
    assert all(q[3] != "actual" for q in quads if q[1] == "ASSAULT"), quads


# A threat whose content is an act within one state threatens that state (domestic events
# count): a curfew, a crackdown on rallies, a boycott at home.
@pytest.mark.parametrize(("text", "lang", "state"), [
    ("Tunisia's interior minister warned that police will no longer tolerate protests by the "
     "opposition.", "en", "TUN"),
    ("هدد الرئيس التونسي بفرض حظر التجول في العاصمة بعد أعمال الشغب.", "ar", "TUN"),
    ("The opposition party said it will boycott Kenya's elections unless the president "
     "resigns.", "en", "KEN"),
    ("أعلن حزب معارض أنه سيقاطع الانتخابات في كينيا ما لم يتنح الرئيس.", "ar", "KEN"),
])
def test_a_threat_of_an_act_at_home_threatens_the_state(pipeline, text: str, lang: str,
                                                        state: str) -> None:
    assert (state, "THREATEN", state, "actual") in event_quads(pipeline, text, lang)


def test_a_threat_with_its_own_target_adds_no_domestic_one(pipeline) -> None:
    quads = event_quads(pipeline, "Serbia threatened Kosovo with a blockade of its border "
                                  "crossings.", "en")
    assert not {q for q in threats(quads) if q[0] == q[2]}, quads


def test_a_threat_against_its_own_state_is_traced_to_its_own_trigger(pipeline) -> None:
    # (not "foreign reporters": what is done to foreigners left unnamed is no act on the
    # state's own people, tests/test_foreign_objects.py)
    found = pipeline("Kenya threatened to arrest opposition reporters in Nairobi.", "en",
                     "2025-03-01").extraction.events
    threat = next(e for e in found if e.event_type == "THREATEN")
    steps = {step.slot: step for step in threat.trace}
    assert steps["trigger"].detail == "threatened", threat.trace
    assert steps["modality"].strategy == "actual", threat.trace
    assert (steps["source"].detail, steps["target"].detail) == ("KEN", "KEN"), threat.trace
    assert threat.evidence[0].start == 0 and threat.evidence[0].end == 59, threat.evidence
