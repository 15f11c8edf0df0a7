"""The second event of a pair (issue 9): a violation a speaker reports is the speaker's
allegation against the violator; two sides that accuse each other are two directed
accusations, one each way; an exchange of accusations is no exchange of fire (both
languages)."""

from __future__ import annotations

import pytest

from conftest import event_quads

REPORTED_VIOLATION = [
    ("en", "Greece says Turkey violated its airspace near Rhodes.", "GRC", "TUR"),
    ("en", "Armenia reported that Azerbaijan had breached the truce.", "ARM", "AZE"),
    ("ar", "قالت اليونان إن تركيا انتهكت مجالها الجوي قرب رودس.", "GRC", "TUR"),
    ("ar", "أفادت أرمينيا بأن أذربيجان خرقت الهدنة.", "ARM", "AZE"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), REPORTED_VIOLATION)
def test_reported_violation_is_the_speakers_allegation(pipeline, lang, text, source, target):
    assert (source, "ACCUSE", target, "actual") in event_quads(pipeline, text, lang)


NO_SPEAKER = [
    ("en", "Turkey violated the airspace of Greece near Rhodes."),
    ("en", "Azerbaijan breached the truce with Armenia."),
    ("ar", "انتهكت تركيا المجال الجوي لليونان قرب رودس."),
    ("ar", "خرقت أذربيجان الهدنة مع أرمينيا."),
]


@pytest.mark.parametrize(("lang", "text"), NO_SPEAKER)
def test_violation_stated_alone_is_no_accusation(pipeline, lang, text):
    assert not any(t == "ACCUSE" for _, t, _, _ in event_quads(pipeline, text, lang))


MUTUAL = [
    ("en", "Armenia and Azerbaijan accused each other of shelling border villages.", "ARM",
     "AZE"),
    ("en", "Ethiopia and Eritrea blame each other for the collapse of the talks.", "ETH", "ERI"),
    ("ar", "تبادلت أرمينيا وأذربيجان الاتهامات بقصف قرى حدودية.", "ARM", "AZE"),
    ("ar", "تبادلت إثيوبيا وإريتريا الاتهامات بخرق وقف إطلاق النار.", "ETH", "ERI"),
    # "both sides" as the two states named before it, as "الجانبان"
    ("en", "Armenia and Azerbaijan exchanged fire overnight. Both sides accuse the other of "
     "starting the clashes.", "ARM", "AZE"),
    ("ar", "تبادلت أرمينيا وأذربيجان إطلاق النار ليلا. وتبادل الجانبان الاتهامات ببدء "
     "الاشتباكات.", "ARM", "AZE"),
]


@pytest.mark.parametrize(("lang", "text", "one", "other"), MUTUAL)
def test_mutual_accusation_is_an_accusation_each_way(pipeline, lang, text, one, other):
    pairs = {(s, o) for s, t, o, m in event_quads(pipeline, text, lang)
             if t == "ACCUSE" and m == "actual"}
    assert (one, other) in pairs
    assert (other, one) in pairs


def test_accusations_exchanged_over_a_ceasefire_are_no_exchange_of_fire(pipeline):
    quads = event_quads(pipeline, "تبادلت إثيوبيا وإريتريا الاتهامات بخرق وقف إطلاق النار.",
                        "ar")
    assert not any(t == "ASSAULT" for _, t, _, _ in quads)


ANNOUNCED_PLEDGE = [
    ("en", "Qatar announces that it will invest US$10 billion in the Egyptian economy.", "QAT",
     "EGY"),
    ("en", "Danish and Swedish leaders also announce increases in military aid for Ukraine.",
     "DNK", "UKR"),
    ("en", "Danish and Swedish leaders also announce increases in military aid for Ukraine.",
     "SWE", "UKR"),
    ("ar", "أعلنت قطر أنها ستستثمر 10 مليارات دولار في الاقتصاد المصري.", "QAT", "EGY"),
    ("ar", "أعلن قادة الدنمارك والسويد زيادة المساعدات العسكرية المقدمة إلى أوكرانيا.", "SWE",
     "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), ANNOUNCED_PLEDGE)
def test_announced_aid_or_investment_is_also_a_promise(pipeline, lang, text, source, target):
    assert (source, "AGREE", target, "actual") in event_quads(pipeline, text, lang)


NO_PLEDGE = [
    ("en", "Qatar said it had sent aid to Egypt."),          # given, not promised
    ("en", "Qatar sends US$10 million in aid to Egypt."),    # no announcement
    ("ar", "قالت قطر إنها أرسلت مساعدات إلى مصر."),
    ("ar", "أرسلت قطر مساعدات إلى مصر."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PLEDGE)
def test_aid_given_is_no_promise(pipeline, lang, text):
    assert not any(t == "AGREE" for _, t, _, _ in event_quads(pipeline, text, lang))


REFUSED_BY_NEGATED_FUTURE = [
    ("en", "Venezuela will not hold talks with Guyana.", "VEN", "GUY"),
    ("en", "Serbia says it will not have direct negotiations with Kosovo.", "SRB", "XKX"),
    ("en", "Hungary will not comply with the ICC warrant.", "HUN", "ICC"),
    ("ar", "لن تجري فنزويلا محادثات مع غيانا.", "VEN", "GUY"),
    ("ar", "قالت صربيا إنها لن تجري مفاوضات مباشرة مع كوسوفو.", "SRB", "XKX"),
    ("ar", "أكدت المجر أنها لن تمتثل لمذكرة المحكمة الجنائية الدولية.", "HUN", "ICC"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), REFUSED_BY_NEGATED_FUTURE)
def test_negated_future_meeting_or_compliance_is_a_rejection(pipeline, lang, text, source,
                                                             target):
    quads = event_quads(pipeline, text, lang)
    assert any(t == "REJECT" and m == "actual" and {s, o} == {source, target}
               for s, t, o, m in quads)


ORDERED = [
    ("en", "Kenyan president William Ruto orders all Cabinet secretaries to submit their "
     "resignations.", "KEN", "KEN"),
    ("en", "A Kenyan judge orders the Ruto administration to return the deported activist.",
     "KEN", "KEN"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), ORDERED)
def test_an_order_to_an_official_is_a_request(pipeline, lang, text, source, target):
    assert (source, "REQUEST", target, "actual") in event_quads(pipeline, text, lang)


NOT_ORDERED_REQUEST = [
    "President Ruto orders 800 police officers to enter Nairobi.",        # forces: deployed
    "A Kenyan court orders the Ruto administration to pay $2 million.",   # an award
    "President Ruto orders the deployment of troops to Mombasa.",         # the act named
    "Kenya sets aside funds in order to send aid to Somalia.",             # the noun
    "Ruto signs an executive order to delay the ban on Uganda.",           # the noun
]


@pytest.mark.parametrize("text", NOT_ORDERED_REQUEST)
def test_orders_to_forces_or_naming_their_act_ask_no_one(pipeline, text):
    assert not any(t == "REQUEST" for _, t, _, _ in event_quads(pipeline, text, "en"))
