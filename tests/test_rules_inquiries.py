"""An inquiry an arrest is part of: the arresting state investigates those it
arrested, in English and Arabic; "bars X from" is a ban; "was arrested and charged with" is
passive in both verbs. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads

INVESTIGATES = ("KEN", "ACCUSE", "KEN", "actual")


@pytest.mark.parametrize("text", [
    "Kenyan police arrest the governor of Nakuru as part of a fraud investigation.",
    "Police in Kenya detained four county officials amid an anti-graft investigation.",
    "Two senior Kenyan judges, who had opposed the reform, are arrested as part of a "
    "long-running bribery probe.",
])
def test_an_arrests_inquiry_is_the_arresters_investigation(pipeline: Pipeline,
                                                           text: str) -> None:
    found = event_quads(pipeline, text)
    assert ("KEN", "COERCE", "KEN", "actual") in found, found
    assert INVESTIGATES in found, found


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة الكينية حاكم نيروبي في إطار تحقيق في قضية احتيال.",
    "احتجزت السلطات الكينية أربعة مسؤولين وسط تحقيق لمكافحة الفساد.",
])
def test_arabic_an_arrests_inquiry_is_the_arresters_investigation(pipeline: Pipeline,
                                                                  text: str) -> None:
    found = event_quads(pipeline, text, "ar")
    assert ("KEN", "COERCE", "KEN", "actual") in found, found
    assert INVESTIGATES in found, found


@pytest.mark.parametrize("text", [
    # no link word opens the inquiry: it is what the arrested did, not the arrest's frame
    "Kenyan police arrested a journalist known for her investigations of land deals.",
    # another act stands between the arrest and the inquiry
    "Kenyan police arrested two men, and the ministry later praised an investigation.",
    # the inquiry of the next sentence is no part of the arrest
    "Kenyan police arrested the governor of Nakuru. The investigation continues.",
])
def test_no_inquiry_is_read_outside_the_arrests_frame(pipeline: Pipeline, text: str) -> None:
    found = event_quads(pipeline, text)
    assert not any(t == "ACCUSE" and m == "actual" for _, t, _, m in found), found


@pytest.mark.parametrize(("lang", "text"), [
    # "remained" and "among" are no link to an inquiry the arrest is part of
    ("ar", "اعتقلت الشرطة الكينية صحفيا ظل يعمل على تحقيق صحفي عن صفقات الأراضي."),
    ("ar", "اعتقلت الشرطة الكينية ناشطا كان ضمن فريق تحقيق مستقل."),
    # the inquiry of a relative clause is what the arrested did
    ("en", "Kenyan police arrested a reporter who had worked in a land investigation."),
    ("ar", "اعتقلت الشرطة الكينية المحامي الذي عمل في إطار تحقيق برلماني."),
])
def test_an_inquiry_not_linked_to_the_arrest_is_none(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("KEN", "COERCE", "KEN", "actual") in found, found
    assert INVESTIGATES not in found, found


@pytest.mark.parametrize(("text", "quad"), [
    ("Hungary bars a Serbian journalist from entering the country.",
     ("HUN", "SANCTION", "SRB", "actual")),
    ("A Kenyan court bars two opposition leaders from contesting the vote.",
     ("KEN", "COERCE", "KEN", "actual")),
    ("Former Kenyan minister John Doe is barred from running for office.",
     ("KEN", "COERCE", "KEN", "actual")),
])
def test_barring_from_is_a_ban(pipeline: Pipeline, text: str, quad: tuple) -> None:
    found = event_quads(pipeline, text)
    assert quad in found, found


@pytest.mark.parametrize("text", [
    "The activist has been behind bars from 2021 until Kenya's election.",
    "The journalist has remained behind bars from March until Kenya's vote.",
])
def test_behind_bars_is_no_ban(pipeline: Pipeline, text: str) -> None:
    found = event_quads(pipeline, text)
    assert not any(t == "COERCE" for _, t, _, _ in found), found


@pytest.mark.parametrize(("text", "quad"), [
    ("A Kenyan teacher was arrested and charged with fraud.",
     ("KEN", "ACCUSE", "KEN", "actual")),
    ("Two men are detained and charged with smuggling in Mombasa, Kenya.",
     ("KEN", "ACCUSE", "KEN", "actual")),
])
def test_a_verb_joined_to_a_passive_is_passive(pipeline: Pipeline, text: str,
                                               quad: tuple) -> None:
    found = event_quads(pipeline, text)
    assert ("KEN", "COERCE", "KEN", "actual") in found, found
    assert quad in found, found


def test_an_active_verb_after_a_coordinator_keeps_its_object(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "Kenyan police arrested and charged two Ugandans with theft.")
    assert ("KEN", "ACCUSE", "UGA", "actual") in found, found


@pytest.mark.parametrize("text", [
    "The Russian dissident was arrested and accused the Kremlin of poisoning him.",
    "Ilya Yashin was detained and accused the Kremlin of a cover-up.",
])
def test_a_verb_with_a_determined_name_after_it_is_active(pipeline: Pipeline,
                                                          text: str) -> None:
    # the name past "the" is the active verb's object: the arrested accuses, no one charges him
    found = event_quads(pipeline, text)
    assert ("RUS", "COERCE", "RUS", "actual") in found, found
    assert ("RUS", "ACCUSE", "RUS", "actual") not in found, found


def test_an_inquiry_read_from_an_arrest_traces_its_own_trigger(pipeline: Pipeline) -> None:
    from diplomap.extract.extractor import INQUIRY_CUE

    text = "Kenyan police arrest the governor of Nakuru as part of a fraud investigation."
    events = pipeline(text, "en", "2025-03-01").extraction.events
    inquiry = next(e for e in events if e.event_type == "ACCUSE")
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert inquiry.trace[0][:2] == ("trigger", INQUIRY_CUE), inquiry.trace
    assert arrest.trace[0][1] != INQUIRY_CUE, arrest.trace


def test_a_verb_joined_to_a_passive_takes_no_subject_after_it(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "A Kenyan activist was arrested and accused the Ugandan "
                                  "government of torture.")
    assert ("UGA", "ACCUSE", "UGA", "actual") not in found, found
