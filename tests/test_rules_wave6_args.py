"""Argument choice, wave 6: which names around a trigger are its source and target.

An act a state does to its own people (an arrest, a ban, a resignation) takes no object
from an adjunct that opens after it ("following ...", "amid ...", "due to ...", "عقب",
"وسط", "بسبب"): those names are the act's circumstances or cause, and with no other object
the act stays within its state. An act that answers its cause (a protest, an attack, a
mobilisation) may still be against a name there.

An arrest, a ban or a sentence done in a place of another state ("in the West Bank",
"في الضفة الغربية") is done to that state; in the doer's own state it stays domestic.

A request named by its maker and taken up by an answer verb ("Finland accepts Latvia's
request to ...", "قبلت فنلندا طلب لاتفيا ...") was made to that verb's subject, not to a name
in what it asks for."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    ("en", "Jordanian police arrest a prominent dissident following an indictment by a court "
     "in France.", ("JOR", "COERCE", "JOR"), ("JOR", "COERCE", "FRA")),
    ("en", "The Kenyan interior minister resigns amid a corruption inquiry in Uganda.",
     ("KEN", "RETREAT", "KEN"), ("KEN", "RETREAT", "UGA")),
    ("en", "The government of Chad bans public rallies in N'Djamena due to Sudanese threats.",
     ("TCD", "COERCE", "TCD"), ("TCD", "COERCE", "SDN")),
    ("ar", "اعتقلت الشرطة الأردنية معارضا بارزا بسبب تحقيق أجرته السلطات الفرنسية.",
     ("JOR", "COERCE", "JOR"), ("JOR", "COERCE", "FRA")),
    ("ar", "استقالت وزيرة المالية البريطانية وسط تحقيق في قضية فساد في بنغلاديش.",
     ("GBR", "RETREAT", "GBR"), ("GBR", "RETREAT", "BGD")),
])
def test_own_act_takes_no_object_from_its_adjunct(pipeline, lang, text, expected, unexpected):
    found = event_triples(pipeline, text, lang)
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Chile and Peru will boycott the summit after the organisers invited Venezuela.",
     ("CHL", "PROTEST", "VEN")),
    ("en", "Jordanian police arrest two Syrian nationals following a raid.",
     ("JOR", "COERCE", "SYR")),
])
def test_adjunct_cut_keeps_real_objects(pipeline, lang, text, expected):
    assert expected in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    ("en", "Israeli troops detain fifteen men in the West Bank.",
     ("ISR", "COERCE", "PSE"), ("ISR", "COERCE", "ISR")),
    ("en", "Russian police detain two activists in Kherson.",
     ("RUS", "COERCE", "UKR"), ("RUS", "COERCE", "RUS")),
    ("ar", "احتجزت القوات الإسرائيلية خمسة عشر رجلا في الضفة الغربية.",
     ("ISR", "COERCE", "PSE"), ("ISR", "COERCE", "ISR")),
    ("ar", "اعتقلت الشرطة الروسية ناشطين اثنين في خيرسون.",
     ("RUS", "COERCE", "UKR"), ("RUS", "COERCE", "RUS")),
    ("ar", "اعتقلت الشرطة البرازيلية وزيرا سابقا في ريو دي جانيرو.",
     ("BRA", "COERCE", "BRA"), None),
])
def test_own_act_abroad_is_done_to_the_place(pipeline, lang, text, expected, unexpected):
    found = event_triples(pipeline, text, lang)
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    ("en", "Finland accepts Latvia's request to deploy border guards on the Russian border.",
     ("LVA", "REQUEST", "FIN"), ("LVA", "REQUEST", "RUS")),
    ("en", "Spain and Portugal approve Morocco's request to hold talks with Algeria.",
     ("MAR", "REQUEST", "PRT"), ("MAR", "REQUEST", "DZA")),
    ("ar", "قبلت فنلندا طلب لاتفيا نشر حرس حدود على الحدود مع بيلاروسيا.",
     ("LVA", "REQUEST", "FIN"), ("FIN", "REQUEST", "LVA")),
    ("ar", "تلقت مصر طلب إسرائيل فتح معبر رفح.",
     ("ISR", "REQUEST", "EGY"), ("EGY", "REQUEST", "ISR")),
])
def test_answered_request_was_made_to_the_answerer(pipeline, lang, text, expected, unexpected):
    found = event_triples(pipeline, text, lang)
    assert expected in found
    assert unexpected not in found
