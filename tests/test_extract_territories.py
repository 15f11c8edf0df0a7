"""A territory with an ISO 3166 code (Hong Kong, Taiwan, Greenland) governs itself: its
police, courts, legislature and government act for it as a state's organs act for the state
(`HKG COERCE HKG`), in English and Arabic. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hong Kong police detained twelve students outside the campus.",
     ("HKG", "COERCE", "HKG")),
    ("en", "Taiwanese prosecutors charged three retired officers with espionage.",
     ("TWN", "ACCUSE", "TWN")),
    ("en", "Taiwan's legislature voted to legalise same-sex unions on Friday.",
     ("TWN", "CONCEDE", "TWN")),
    ("en", "A Hong Kong court convicted two activists of sedition.",
     ("HKG", "SANCTION", "HKG")),
    ("ar", "اعتقلت شرطة هونغ كونغ اثني عشر طالباً أمام الجامعة.", ("HKG", "COERCE", "HKG")),
    ("ar", "وجهت النيابة التايوانية اتهامات لثلاثة ضباط متقاعدين بالتجسس.",
     ("TWN", "ACCUSE", "TWN")),
])
def test_a_territorys_organs_act_for_it_at_home(pipeline: Pipeline, lang: str, text: str,
                                               expected: tuple) -> None:
    assert expected in events(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police in Hong Kong detained a Canadian journalist."),
    ("ar", "اعتقلت شرطة هونغ كونغ صحفياً كندياً."),
])
def test_a_territorys_police_act_on_a_foreigner(pipeline: Pipeline, lang: str,
                                                text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("HKG", "COERCE", "CAN") in found
    assert ("CAN", "COERCE", "HKG") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A court in Hong Kong jailed a Canadian blogger."),
    ("ar", "أصدرت محكمة في هونغ كونغ حكماً بسجن مدون كندي."),
])
def test_a_court_in_a_territory_is_its_organ(pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("HKG", "SANCTION", "CAN") in found
    assert ("CAN", "SANCTION", "HKG") not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Scottish government criticised the Iranian embassy.", ("GBR", "ACCUSE", "IRN")),
    ("en", "Welsh police detained a Lithuanian lorry driver.", ("GBR", "COERCE", "LTU")),
    ("en", "An English court jailed a Bolivian smuggler for eight years.",
     ("GBR", "SANCTION", "BOL")),
    ("en", "Scotland's government condemned Belarus.", ("GBR", "ACCUSE", "BLR")),
    ("ar", "انتقدت الحكومة الاسكتلندية السفارة الإيرانية.", ("GBR", "ACCUSE", "IRN")),
    ("ar", "اعتقلت الشرطة الويلزية سائق شاحنة ليتوانيا.", ("GBR", "COERCE", "LTU")),
])
def test_a_constituent_countrys_organs_act_for_its_state(pipeline: Pipeline, lang: str,
                                                         text: str, expected: tuple) -> None:
    assert expected in events(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In an interview in English, the minister criticised the Chinese government."),
    ("ar", "انتقد الوزير باللغة الإنجليزية الحكومة الصينية."),
])
def test_the_english_language_is_no_state(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any("GBR" in triple for triple in events(pipeline, text, lang))


def test_a_party_named_after_a_constituent_country_stays_a_party(pipeline: Pipeline) -> None:
    text = "The Scottish National Party accused the British government of neglect."
    found = events(pipeline, text, "en")
    assert ("ORG:snp", "ACCUSE", "GBR") in found
    assert ("GBR", "ACCUSE", "GBR") not in found
