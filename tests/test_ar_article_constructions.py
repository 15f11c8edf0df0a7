"""Arabic constructions frequent in whole news articles (issue 9), each on sentences of our
own writing: convictions in the passive and the participle."""

from __future__ import annotations

from functools import partial

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = partial(event_triples, lang="ar")


@pytest.mark.parametrize("text", [
    "تعيش تشيلي أزمة سياسية. وأُدين الوزير السابق بالاختلاس الشهر الماضي.",
    "تعيش تشيلي أزمة سياسية. وكان النائب قد سُجن بتهمة الرشوة قبل سنوات.",
    "غادر الوزير التشيلي المدان بالفساد السجن أمس.",
])
def test_a_conviction_in_the_passive_is_the_state_s_sanction(pipeline: Pipeline,
                                                             text: str) -> None:
    found = events(pipeline, text)
    assert ("CHL", "SANCTION", "CHL") in found
    assert not any(kind == "ACCUSE" for _, kind, _ in found), found


def test_condemning_is_no_conviction(pipeline: Pipeline) -> None:
    found = events(pipeline, "أدانت تشيلي بشدة الهجوم الذي شنته الأرجنتين.")
    assert not any(kind == "SANCTION" for _, kind, _ in found), found


@pytest.mark.parametrize("text", [
    "وحثت وزيرة الخارجية التشيلية المواطنين على تجنب السفر.",
    "أبدت الأمم المتحدة قلقها إزاء الأرجنتين. "
    "وحث رئيس الوزراء التشيلي السكان على البقاء في منازلهم.",
])
def test_a_titled_official_addressing_own_people(pipeline: Pipeline, text: str) -> None:
    """Verb first, a two-word title before the nationality; the sentence before names
    another state, which is no addressee of a request to one's own people."""
    found = events(pipeline, text)
    assert ("CHL", "REQUEST", "CHL") in found
    assert not any(kind == "REQUEST" and target == "ARG" for _, kind, target in found), found


def test_the_bahamas_in_both_spellings(pipeline: Pipeline) -> None:
    found = events(pipeline, "عبر الإعصار جزر البهاما. "
                             "وحث رئيس الوزراء البهامي السكان على الإخلاء.")
    assert ("BHS", "REQUEST", "BHS") in found


def test_what_a_request_asks_for_after_a_long_addressee_is_no_act(pipeline: Pipeline) -> None:
    found = events(pipeline, "حث الرئيس التشيلي رئيس هيئة الأركان العامة للجيش على الاستقالة.")
    assert not any(kind == "RETREAT" for _, kind, _ in found), found


@pytest.mark.parametrize("text", [
    "تعيش تشيلي أزمة سياسية. ووجهت النيابة العامة إلى المحافظ تهمة الاختلاس.",
    "تعيش تشيلي أزمة سياسية. وفرضت السلطات المحلية مساء الأحد حظر التجول.",
])
def test_a_bare_organ_inside_a_gapped_trigger(pipeline: Pipeline, text: str) -> None:
    """Verb first: the organ noun between the verb and the rest of its trigger is skipped
    like a name."""
    found = events(pipeline, text)
    assert any(s == t == "CHL" for s, _, t in found), found


@pytest.mark.parametrize("text", [
    "أصدر الرئيس التشيلي قرارات عفو شملت عشرين سجيناً.",
    "ومنح الرئيس التشيلي العفو لعشرين سجيناً بعد سنوات في السجن.",
])
def test_a_pardon_is_a_release(pipeline: Pipeline, text: str) -> None:
    assert ("CHL", "RETREAT", "CHL") in events(pipeline, text)
