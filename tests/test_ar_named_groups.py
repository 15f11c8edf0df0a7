"""Arabic names of groups and companies after a descriptor noun and a nationality adjective
(issue 9, Arabic renderings of the dev set's tune split read against their English), on
sentences of our own writing, each with near-misses that must not fire:
- a linked name in quotes after "فرقة/شركة/جماعة ... <nationality>" is the actor, not the
  nationality's state ("فرقة الراب الأيرلندية «نيكاب»", "Irish rap trio Kneecap"); an
  unknown name keeps the nationality's state, which stands for it."""

from __future__ import annotations

import pytest

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
