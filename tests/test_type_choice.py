"""Which PLOVER type a clause with two triggers gets: a hostile act a speaker announces it
will do is also a threat to its target, the act itself only threatened (both languages)."""

from __future__ import annotations

import pytest

from conftest import event_quads

ANNOUNCED = [
    ("en", "Iran says it will strike American bases in Iraq.", "IRN", "ASSAULT", "USA"),
    ("en", "Iran's foreign minister said Tehran would target Israeli ships.", "IRN", "ASSAULT",
     "ISR"),
    ("ar", "قالت إيران إنها ستقصف القواعد الأمريكية في العراق.", "IRN", "ASSAULT", "USA"),
    # the future verb governs the verbal noun after it: the act is planned, so threatened
    ("ar", "أعلنت روسيا أنها ستواصل قصف أوكرانيا.", "RUS", "ASSAULT", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "source", "act", "target"), ANNOUNCED)
def test_announced_hostile_act_is_a_threat(pipeline, lang, text, source, act, target):
    quads = event_quads(pipeline, text, lang)
    assert (source, "THREATEN", target, "actual") in quads
    assert (source, act, target, "hypothetical") in quads


NO_THREAT = [
    ("en", "Germany said France would strike Syria."),          # the speaker is no doer
    ("en", "Israel said it had struck Hezbollah in Lebanon."),  # done, not announced
    ("en", "Egypt said it will host talks with Sudan."),        # no hostile act
    ("ar", "قالت ألمانيا إن فرنسا ستقصف سوريا."),
    ("ar", "أعلنت إسرائيل أنها قصفت مواقع لحزب الله في لبنان."),
]


@pytest.mark.parametrize(("lang", "text"), NO_THREAT)
def test_no_threat_without_own_announced_hostile_act(pipeline, lang, text):
    assert not any(t == "THREATEN" for _, t, _, _ in event_quads(pipeline, text, lang))


def test_future_verb_before_verbal_noun_plans_the_act(pipeline):
    quads = event_quads(pipeline, "ستواصل اليابان تقديم المساعدات إلى الأردن.", "ar")
    assert ("JPN", "AID", "JOR", "planned") in quads


NAMED_REQUESTS = [
    ("en", "India rejected a request from Pakistan to hold a meeting.", "PAK", "IND"),
    ("en", "Brazil turned down a proposal by Argentina to merge the two central banks.", "ARG",
     "BRA"),
    ("ar", "رفضت الهند طلبا تقدمت به باكستان لعقد اجتماع.", "PAK", "IND"),
    ("ar", "رفضت البرازيل مقترحا من الأرجنتين لدمج البنكين المركزيين.", "ARG", "BRA"),
    ("ar", "قبلت اليابان مقترحا من الصين لاستئناف المحادثات.", "CHN", "JPN"),
]


@pytest.mark.parametrize(("lang", "text", "requester", "asked"), NAMED_REQUESTS)
def test_request_named_by_its_requester_is_made(pipeline, lang, text, requester, asked):
    """What another trigger rejects or accepts is no act, but a request named with whom it
    came from was made: the requester asks the subject of the clause."""
    assert (requester, "REQUEST", asked, "actual") in event_quads(pipeline, text, lang)


def test_asked_from_is_the_addressee_not_the_requester(pipeline):
    quads = event_quads(pipeline, "طلبت مصر من الصين إرسال مساعدات.", "ar")
    assert ("EGY", "REQUEST", "CHN", "actual") in quads
    assert ("CHN", "REQUEST", "EGY", "actual") not in quads
