"""Talks named alone ("talks", "discussions", "محادثات", "مشاورات") after a talks opener are
the background of the sentence's act: held between its doer and its target
(extractor._adjunct_talks, frames `talks_background`). Alone anywhere else they state no act,
and a name a later trigger reads ("talks mediated by Z") is no party of theirs."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("text", "lang"), [
    ("Senegal and the Movement of Democratic Forces of Casamance reach an agreement at talks "
     "mediated by Guinea-Bissau.", "en"),
    ("توصلت السنغال وحركة القوى الديمقراطية في كازامانس إلى اتفاق خلال محادثات جرت بوساطة "
     "غينيا بيساو.", "ar"),
])
def test_talks_opened_at_the_agreement_are_its_parties(pipeline, text: str, lang: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert ("SEN", "CONSULT", "ORG:mfdc", "actual") in quads
    assert not any(q[1] == "CONSULT" and q[2] == "GNB" and q[0] == "SEN" for q in quads)


@pytest.mark.parametrize(("text", "lang"), [
    ("India and China agree to resume direct flights following talks in New Delhi.", "en"),
    ("Ethiopia and Eritrea signed a border deal after discussions in Asmara.", "en"),
    ("وقعت إثيوبيا وإريتريا اتفاقا حدوديا عقب مباحثات جرت في أسمرة.", "ar"),
])
def test_talks_after_an_opener(pipeline, text: str, lang: str) -> None:
    quads = {(s, t) for s, ty, t, _ in event_quads(pipeline, text, lang) if ty == "CONSULT"}
    assert quads & {("IND", "CHN"), ("CHN", "IND"), ("ETH", "ERI"), ("ERI", "ETH")}


@pytest.mark.parametrize(("text", "lang"), [
    # no opener: talks alone are no act
    ("Iran says it is open for indirect talks to rebuild trust with the United States.", "en"),
    ("Russia and Ukraine said talks are progressing.", "en"),
    ("قالت روسيا وأوكرانيا إن المحادثات تحرز تقدما.", "ar"),
])
def test_talks_alone_state_no_meeting(pipeline, text: str, lang: str) -> None:
    assert not any(q[1] == "CONSULT" and q[3] == "actual"
                   for q in event_quads(pipeline, text, lang))


def test_refused_negotiations_keep_their_partner(pipeline) -> None:
    text = "رفض المرشد الأعلى الإيراني إجراء مفاوضات مع الولايات المتحدة بشأن البرنامج النووي."
    assert ("IRN", "REJECT", "USA", "actual") in event_quads(pipeline, text, "ar")
