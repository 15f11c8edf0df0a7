"""Three or more parties coordinated right after a verb-first signing or agreeing verb
("وقّعت A وB وC اتفاقاً", "اتفقت A وB وC على ..."): every pair of them is party to it, as
the English "A, B and C signed a treaty" reads; a partner marked "مع" after the subject
stays the subject's partner only. Sentences of our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import agreements, event_triples


def pairs(pipeline: Pipeline, text: str, lang: str, kind: str) -> set[frozenset]:
    if kind == "fact":
        return {frozenset((s, o)) for s, _, o, _ in agreements(pipeline, text, lang)}
    return {frozenset((s, t)) for s, k, t in event_triples(pipeline, text, lang) if k == kind}


def every_pair(*codes: str) -> set[frozenset]:
    return {frozenset((a, b)) for i, a in enumerate(codes) for b in codes[i + 1:]}


@pytest.mark.parametrize(("lang", "text", "codes"), [
    ("ar", "وقّعت مصر والأردن والعراق اتفاقية للربط الكهربائي.", ("EGY", "JOR", "IRQ")),
    ("ar", "ووقّعت تونس والجزائر وليبيا في طرابلس، في مارس 2024، اتفاقاً إطارياً للتجارة.",
     ("TUN", "DZA", "LBY")),
    ("ar", "وقعت اليابان والصين وكوريا الجنوبية مذكرة تفاهم بشأن التجارة.", ("JPN", "CHN", "KOR")),
    ("en", "Egypt, Jordan and Iraq signed an agreement on power links.", ("EGY", "JOR", "IRQ")),
])
def test_a_signing_by_a_list_is_every_pair(pipeline: Pipeline, lang: str, text: str,
                                           codes: tuple[str, ...]) -> None:
    assert pairs(pipeline, text, lang, "fact") == every_pair(*codes), text
    assert pairs(pipeline, text, lang, "SUPPORT") == every_pair(*codes), text


@pytest.mark.parametrize("text", [
    "اتفقت مصر والأردن والعراق على إنشاء منطقة تجارة حرة.",
    "واتفقت السعودية والكويت والبحرين على تنسيق مواقفها.",
])
def test_an_agreeing_list_is_every_pair(pipeline: Pipeline, text: str) -> None:
    found = pairs(pipeline, text, "ar", "AGREE")
    assert len(found) == 3 and all(len(p) == 2 for p in found), text


@pytest.mark.parametrize(("text", "expected"), [
    # partners marked "مع": each with the subject, not with each other
    ("وقعت مصر اتفاقية مع الأردن والعراق.", {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ"))}),
    ("وقّعت مصر اتفاقيات مع كل من الأردن والعراق والكويت.",
     {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ")), frozenset(("EGY", "KWT"))}),
    # two subjects and one partner: the two are not said to sign with each other
    ("وقعت مصر والأردن اتفاقية مع العراق.", {frozenset(("EGY", "IRQ")), frozenset(("JOR", "IRQ"))}),
])
def test_partners_marked_with_stay_the_subjects(pipeline: Pipeline, text: str,
                                                expected: set[frozenset]) -> None:
    assert pairs(pipeline, text, "ar", "fact") == expected, text


def test_a_list_after_a_subject_first_verb_is_its_objects(pipeline: Pipeline) -> None:
    # English names its subject first: a list after the verb is what it borders, not a group
    found = pipeline("Oman borders Yemen, Saudi Arabia and the UAE.", "en",
                     "2025-03-01").extraction
    borders = {frozenset((f.subject, f.object)) for f in found.facts
               if f.predicate == "border_with"}
    assert borders == {frozenset(("OMN", c)) for c in ("YEM", "SAU", "ARE")}
