"""Arabic names of groups and companies after a descriptor noun and a nationality adjective
(issue 9, Arabic renderings of the dev set's tune split read against their English), on
sentences of our own writing, each with near-misses that must not fire:
- a linked name in quotes after "فرقة/شركة/جماعة ... <nationality>" is the actor, not the
  nationality's state ("فرقة الراب الأيرلندية «نيكاب»", "Irish rap trio Kneecap"); an
  unknown name keeps the nationality's state, which stands for it;
- an acronym spelled letter by letter in brackets after a name is skipped (below)."""

from __future__ import annotations

import pytest

from diplomap.extract import sentence
from diplomap.extract.grammar import grammar
from diplomap.text import normalize

from conftest import event_triples


def targets(pipeline, text: str, kind: str, lang: str = "ar") -> set[str]:
    return {t for _, k, t in event_triples(pipeline, text, lang) if k == kind}


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("منعت المجر فرقة الراب الأيرلندية الثلاثية «نيكاب» من دخول أراضيها.", "COERCE",
     "ORG:kneecap"),
    ("فرضت هيئة المنافسة الإيطالية غرامة على شركة الطيران الإيرلندية منخفضة التكلفة «رايان إير».",
     "SANCTION", "ORG:ryanair"),
    ("حظرت الحكومة البريطانية الجماعة الفلسطينية «حركة فتح».", "COERCE", "ORG:fatah"),
])
def test_linked_name_wins_over_its_nationality(pipeline, text, kind, name):
    found = targets(pipeline, text, kind)
    assert name in found
    assert "IRL" not in found and "PSE" not in found


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Hungary bans Irish rap trio Kneecap for three years.", "COERCE", "ORG:kneecap"),
    ("The Italian Competition Authority fines Irish low-cost airline Ryanair.", "SANCTION",
     "ORG:ryanair"),
])
def test_english_linked_name_wins_over_its_nationality(pipeline, text, kind, name):
    assert name in targets(pipeline, text, kind, "en")


@pytest.mark.parametrize(("text", "kind", "state"), [
    # a name the lexicon does not know: the nationality stands for it
    ("منعت المجر فرقة الراب الأيرلندية الثلاثية «زيبرا» من دخول أراضيها.", "SANCTION", "IRL"),
    ("فرضت هيئة المنافسة الإيطالية غرامة على شركة الطيران الإيرلندية «فلاي غرين».",
     "SANCTION", "IRL"),
])
def test_unknown_name_keeps_its_nationality(pipeline, text, kind, state):
    assert state in targets(pipeline, text, kind)


# - an acronym spelled letter by letter in brackets after a name ("مكتب التحقيقات الفيدرالي
#   (إف بي آي)") is skipped as English skips "(FBI)": the verb keeps its subject and case.

def investigations(pipeline, text: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, "ar") if k == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "ويحقق مكتب التحقيقات الفيدرالي الأمريكي (إف بي آي) حالياً في الحادث.",
    "ويحقق مكتب التحقيقات الفيدرالي (إف بي آي) في الحادث، ولم يُعرف الدافع.",
])
def test_spelled_acronym_is_skipped(pipeline, text):
    assert ("USA", "USA") in investigations(pipeline, text)


def _spelled(text: str) -> list[str]:
    g = grammar("ar")
    words, spans, boundary = sentence._words(normalize(text), 0, g)
    masked = sentence._open_spelled_acronyms(text, words, spans, boundary, g.spelled_letters)
    return [text[slice(*spans[k])] for k in sorted(masked)]


@pytest.mark.parametrize(("text", "acronym"), [
    ("ويحقق مكتب التحقيقات الفيدرالي (إف بي آي) في الحادث.", ["إف", "بي", "آي"]),
    ("أعلنت حركة 23 مارس (إم 23) أنها أسرت جنوداً.", ["إم", "23"]),
    ("كشفت الإذاعة الوطنية العامة (إن بي آر) عن تسجيل وفيات.", ["إن", "بي", "آر"]),
])
def test_spelled_acronym_found(text, acronym):
    assert _spelled(text) == acronym


@pytest.mark.parametrize("text", [
    # a date, a number, a sum or words in brackets are no acronym
    "ويحقق مكتب التحقيقات الفيدرالي (في 2024) في الحادث.",
    "فرضت الهيئة غرامة قدرها 255 مليون يورو (300 مليون دولار) على الشركة.",
    "أعلنت الحركة (23 مارس) أنها أسرت جنوداً.",
    "وقعت الحادثة (2024) في المدينة.",
    "ويحقق مكتب التحقيقات (إف) في الحادث.",
    "ويحقق المكتب (إف بي آي في الحادث.",
])
def test_no_spelled_acronym(text):
    assert _spelled(text) == []
