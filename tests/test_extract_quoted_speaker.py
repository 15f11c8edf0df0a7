"""A first-person pronoun inside a quotation stands for its speaker: the one actor its
sentence names outside the quotation, or the speaker who opened the quotation in an earlier
sentence of the paragraph. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    '"We reject the demands of Iran," Saudi Arabia\'s foreign minister said on Sunday.',
    'The Saudi foreign ministry said: "We reject the demands of Iran."',
    'The Saudi foreign ministry said: "The talks have ended. We reject the demands of Iran."',
])
def test_we_in_a_quotation_is_its_speaker(pipeline: Pipeline, text: str) -> None:
    assert ("SAU", "REJECT", "IRN") in events(pipeline, text)


def test_two_actors_outside_the_quotation_leave_we_unresolved(pipeline: Pipeline) -> None:
    found = events(pipeline, '"We reject the demands," Egypt\'s minister told Qatar\'s '
                             'envoy after Iran spoke.')
    assert not any(kind == "REJECT" for _, kind, _ in found), found


def test_a_quotation_closed_in_an_earlier_paragraph_has_no_speaker(pipeline: Pipeline) -> None:
    found = events(pipeline, 'The Saudi foreign ministry said: "The talks have ended."\n\n'
                             'We reject the demands of Iran, a reader wrote.')
    assert ("SAU", "REJECT", "IRN") not in found, found


# Arabic writes the first person in the verb ("نرفض", "أحث"): such a verb inside a quotation
# has its speaker as subject, and the name after it is its object, never its subject.
@pytest.mark.parametrize("text", [
    'وقال وزير الخارجية السعودي: "نرفض مطالب إيران".',
    '"نرفض مطالب إيران"، قالت وزارة الخارجية السعودية يوم الأحد.',
    'قالت وزارة الخارجية السعودية إن المحادثات انتهت. وأضافت: "نرفض مطالب إيران".',
])
def test_a_quoted_first_person_verb_is_its_speakers(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, "ar")
    assert ("SAU", "REJECT", "IRN") in found, found
    assert ("IRN", "REJECT", "SAU") not in found, found


def test_a_quoted_first_person_verb_takes_no_name_after_it_as_subject(
        pipeline: Pipeline) -> None:
    found = events(pipeline, 'وقال وزير الخارجية المصري: "أحث إسرائيل على وقف الهجمات".',
                   "ar")
    assert ("EGY", "REQUEST", "ISR") in found, found
    assert ("ISR", "REQUEST", "EGY") not in found, found


def test_a_quoted_first_person_verb_with_no_speaker_has_no_doer(pipeline: Pipeline) -> None:
    found = events(pipeline, '"ندين الهجوم على السفارة التركية".', "ar")
    assert not any(kind == "ACCUSE" for _, kind, _ in found), found


def test_a_quoted_first_person_request_of_the_speakers_own_people(pipeline: Pipeline) -> None:
    # as "I am asking all Americans ...": the speaker's own people, after the marker "من"
    found = events(pipeline, 'وقال السيناتور بيرني ساندرز: "أطلب من جميع الأمريكيين أن '
                             'يتحدوا في هذه الحملة".', "ar")
    assert ("USA", "REQUEST", "USA") in found, found
    found = events(pipeline, 'Senator Bernie Sanders said: "I am asking all Americans to '
                             'come together in this campaign."')
    assert ("USA", "REQUEST", "USA") in found, found


def test_he_added_carries_the_speaker_of_the_sentence_before(pipeline: Pipeline) -> None:
    found = events(pipeline, 'Saudi Arabia\'s foreign minister said the talks had ended. '
                             'He added: "We reject the demands of Iran."')
    assert ("SAU", "REJECT", "IRN") in found, found


@pytest.mark.parametrize(("text", "lang", "wrong"), [
    # the one state named outside the quotation is what the report says, not its speaker
    ('ذكرت وسائل إعلام أن تشيلي أجرت تجربة صاروخية جديدة. وقال مسؤول: "نطالب بيرو بوقف '
     'تهديداتها".', "ar", ("CHL", "REQUEST", "PER")),
    ('Media reported that Chile had tested a new missile. An official said: "We demand that '
     'Peru stop its threats."', "en", ("CHL", "REQUEST", "PER")),
])
def test_what_was_reported_is_no_speaker_of_a_later_quotation(pipeline: Pipeline, text: str,
                                                              lang: str, wrong: tuple) -> None:
    assert wrong not in events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # the speech verb's own subject speaks, though the content names another state
    ('قال مسؤول تشيلي إن بيرو تهدد المنطقة، وأضاف: "نطالب العالم بمعاقبة بيرو".', "ar"),
    ('A Chilean official said that Peru threatens the region and added: "We demand that the '
     'world punish Peru."', "en"),
])
def test_the_speech_verbs_subject_speaks_we(pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("CHL", "REQUEST", "PER") in events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a speech verb with no subject of its own: the speaker of the sentence before
    ('قال وزير الخارجية التشيلي إن بلاده لن تتراجع. وأضاف: "نطالب بيرو بوقف تهديداتها".',
     "ar"),
    ('The Iranian foreign minister said the country would not back down. He added: "We '
     'demand that Israel stop its threats."', "en"),
])
def test_added_with_no_subject_carries_the_speaker(pipeline: Pipeline, text: str,
                                                   lang: str) -> None:
    found = events(pipeline, text, lang)
    assert ("CHL", "REQUEST", "PER") in found or ("IRN", "REQUEST", "ISR") in found, found
