"""Orders typed by what they order (issue 9), on sentences of our own writing, each with
near-misses that must not be retyped.

- "X orders Y to V", "أمر X Y بـ<masdar>": an order to block, delete or wear something
  coerces Y (COERCE), an order to depart expels Y (SANCTION), an order to release frees the
  ones held (RETREAT); any other act ordered ("to reconsider", "to return") is asked of Y
  (REQUEST). The acts are data (grammar `ordered_acts`).
"""

from __future__ import annotations

import pytest

from conftest import event_triples, typed_events


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Turkey orders Meta to block access to the accounts of an exiled journalist.", "en",
     ("COERCE", "censor", "TUR", "ORG:meta")),
    ("Singapore orders TikTok to block local access to the posts of a preacher.", "en",
     ("COERCE", "censor", "SGP", "ORG:tiktok")),
    ("The Supreme Court of Brazil orders former president Jair Bolsonaro to wear an ankle "
     "monitor.", "en",
     ("COERCE", "restrict", "BRA", "BRA")),
    ("Russia orders Google to delete videos of the protests.", "en",
     ("COERCE", "restrict", "RUS", "ORG:google")),
    ("Mali's junta orders all French forces to depart within 48 hours.", "en",
     ("SANCTION", "expel", "MLI", "FRA")),
    # passive: the one who orders stays its agent
    ("Meta was ordered by Turkey to block access to the accounts of an exiled journalist.",
     "en", ("COERCE", "censor", "TUR", "ORG:meta")),
    ("أمرت تركيا شركة ميتا بحجب حسابات صحفي معارض.", "ar",
     ("COERCE", "censor", "TUR", "ORG:meta")),
    ("أمرت روسيا شركة غوغل بحذف مقاطع فيديو للاحتجاجات.", "ar",
     ("COERCE", "restrict", "RUS", "ORG:google")),
    ("أمرت الجزائر 12 دبلوماسياً فرنسياً بمغادرة البلاد.", "ar",
     ("SANCTION", "expel", "DZA", "FRA")),
])
def test_an_order_is_typed_by_the_act_it_orders(pipeline, text, lang, event):
    found = typed_events(pipeline, text, lang)
    assert event in found
    assert not any(e[0] == "REQUEST" and e[2:] == event[2:] for e in found)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # any act not listed stays asked of the one ordered
    ("China orders Meta to reconsider its decision.", "en", ("CHN", "ORG:meta")),
    ("A US judge orders the Trump administration to return a deported man to the United "
     "States.", "en", ("USA", "USA")),
    ("أمرت الصين شركة ميتا بإعادة النظر في قرارها.", "ar", ("CHN", "ORG:meta")),
    # blocking no access is no censorship: a merger, a transfer, a release blocked
    ("Trump orders the Justice Department to block the merger.", "en", ("USA", "USA")),
    ("A US judge orders the Pentagon to block the transfer of the prisoners.", "en",
     ("USA", "USA")),
])
def test_an_order_of_another_act_stays_a_request(pipeline, text, lang, pair):
    found = event_triples(pipeline, text, lang)
    assert (pair[0], "REQUEST", pair[1]) in found
    assert (pair[0], "COERCE", pair[1]) not in found


@pytest.mark.parametrize(("text", "lang"), [
    # "in order to": no order, no one ordered
    ("Turkey closed its border with Syria in order to block the flow of refugees.", "en"),
    # the noun: an order reviewed is no one's order to block
    ("Singapore ordered a review of Meta's decision to block the accounts.", "en"),
])
def test_no_order_verb_no_order_typed(pipeline, text, lang):
    found = typed_events(pipeline, text, lang)
    assert not any((kind, mode) == ("COERCE", "censor") for kind, mode, _, _ in found), found
    assert not any(kind == "REQUEST" for kind, _, _, _ in found), found


def test_an_order_to_release_frees_the_ones_held(pipeline):
    found = event_triples(pipeline, "أمر الرئيس التونسي بالإفراج عن المعتقلين السياسيين.", "ar")
    assert ("TUN", "RETREAT", "TUN") in found
    assert ("TUN", "REQUEST", "TUN") not in found


@pytest.mark.parametrize("text", [
    # a release frees people only, as the release frames' own (`people_patient`): detainees
    # named by their participle (grammar `released_patients`) are freed ...
    "أمرت الرئيسة التنزانية بالإفراج عن بعض المشاركين المحتجزين.",
    "أمرت محكمة في الدنمارك بالإفراج عن السجناء.",
])
def test_an_order_to_release_people_frees_them(pipeline, text):
    assert any(t == "RETREAT" for _, t, _ in event_triples(pipeline, text, "ar"))


@pytest.mark.parametrize("text", [
    # ... money or a ship released frees no one
    "أمرت محكمة في الدنمارك بالإفراج عن الأموال المجمدة.",
    "أمرت محكمة في الدنمارك بالإفراج عن سفينة الشحن المحتجزة.",
])
def test_an_order_to_release_things_frees_no_one(pipeline, text):
    assert not any(t == "RETREAT" for _, t, _ in event_triples(pipeline, text, "ar"))
