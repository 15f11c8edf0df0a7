"""Talks praised by a party to them ("X called the conversation 'very useful'", "told
reporters the atmosphere had been calm and respectful", Arabic "وصف X المحادثات بأنها
مفيدة"): the speaker's SUPPORT of the one it met in the document's talks; no talks met, a
negated praise or no speaker state none."""

from __future__ import annotations

import pytest

from conftest import event_triples

MET_EN = "Lavrov met Rubio in Istanbul on Monday. "
MET_AR = "التقى لافروف وروبيو في إسطنبول يوم الاثنين. "


@pytest.mark.parametrize(("text", "lang"), [
    (MET_EN + 'Lavrov described the meeting as "frank and productive".', "en"),
    (MET_EN + 'Lavrov told reporters the atmosphere had been "calm and businesslike, even '
              'cordial".', "en"),
    (MET_AR + "ووصف لافروف المحادثات بأنها «مثمرة».", "ar"),
    (MET_AR + "وقال لافروف إن الأجواء كانت ودية.", "ar"),
])
def test_a_party_praising_the_talks_supports_the_one_it_met(pipeline, text, lang):
    assert ("RUS", "SUPPORT", "USA") in event_triples(pipeline, text, lang)


def test_talks_praised_in_the_sentence_that_names_them(pipeline):
    # once read as an epithet said of no actor (test_article_constructions): the talks'
    # praise backs the other side they were held with
    found = event_triples(pipeline, "وصف وزير الخارجية المصري المحادثات مع نظيره الإيراني "
                                    "بأنها ممتازة.", "ar")
    assert ("EGY", "SUPPORT", "IRN") in found


@pytest.mark.parametrize(("text", "lang"), [
    (MET_EN + "Lavrov said the talks were not constructive.", "en"),
    ('Lavrov called the conversation with reporters "very useful".', "en"),
    (MET_AR + "وقال لافروف إن المحادثات لم تكن بناءة.", "ar"),
    ("وصف لافروف المحادثات بأنها «مثمرة».", "ar"),
])
def test_no_praise_or_no_talks_met_is_no_support(pipeline, text, lang):
    assert not any(t == "SUPPORT" for _, t, _ in event_triples(pipeline, text, lang))
