"""Arabic constructions of ASSAULT and COERCE that the English rendering of the same news
already reads, each on sentences of our own writing, with near-misses that must not fire."""

from __future__ import annotations

from conftest import event_quads

# --- an intercepted weapon whose sender a relative clause names -----------------------------

def test_intercepting_verb_with_relative_sender(pipeline) -> None:
    text = "اعترضت السعودية صاروخين باليستيين أطلقتهما جماعة الحوثي باتجاه جازان."
    quads = event_quads(pipeline, text, "ar")
    assert ("ORG:houthis", "ASSAULT", "SAU", "actual") in quads
    assert ("SAU", "ASSAULT", "ORG:houthis", "actual") not in quads


def test_intercepting_verb_organ_subject_and_adjective(pipeline) -> None:
    text = "اعترض الجيش الإسرائيلي صاروخاً أطلقه حزب الله من لبنان."
    quads = event_quads(pipeline, text, "ar")
    assert ("ORG:hezbollah", "ASSAULT", "ISR", "actual") in quads
    assert ("ISR", "ASSAULT", "LBN", "actual") not in quads


def test_interception_noun_with_relative_sender(pipeline) -> None:
    text = "أعلنت إسرائيل اعتراض طائرة مسيرة أرسلتها إيران."
    quads = event_quads(pipeline, text, "ar")
    assert ("IRN", "ASSAULT", "ISR", "actual") in quads
    assert ("ISR", "ASSAULT", "IRN", "actual") not in quads


def test_intercepted_weapon_sent_from_a_place_keeps_it_the_sender(pipeline) -> None:
    text = "أعلن الجيش السعودي اعتراض صاروخين باليستيين أطلقا من اليمن باتجاه جازان."
    assert ("YEM", "ASSAULT", "SAU", "actual") in event_quads(pipeline, text, "ar")


def test_objecting_to_missiles_is_no_interception(pipeline) -> None:
    text = "اعترضت مصر على صواريخ أطلقتها إسرائيل."
    quads = event_quads(pipeline, text, "ar")
    assert ("ISR", "ASSAULT", "EGY", "actual") not in quads


# --- an advance on a town -------------------------------------------------------------------

def test_advance_on_a_city_verbal_noun(pipeline) -> None:
    text = "بدأت قوات الدعم السريع التقدم نحو مدينة الأبيض في السودان."
    assert ("ORG:rsf", "ASSAULT", "SDN", "actual") in event_quads(pipeline, text, "ar")


def test_advance_on_a_city_verb_first(pipeline) -> None:
    text = "تقدمت قوات الدعم السريع باتجاه مدينة الأبيض في السودان."
    assert ("ORG:rsf", "ASSAULT", "SDN", "actual") in event_quads(pipeline, text, "ar")


def test_advance_of_backed_rebels_imperfect(pipeline) -> None:
    text = "يتقدم متمردون مدعومون من رواندا نحو مدينة غوما."
    assert ("RWA", "ASSAULT", "COD", "actual") in event_quads(pipeline, text, "ar")


def test_people_advancing_towards_troops_is_no_assault(pipeline) -> None:
    text = "أطلق الجيش الإسرائيلي طلقات تحذيرية باتجاه أشخاص تقدموا نحو قواته في رفح."
    quads = event_quads(pipeline, text, "ar")
    assert not any(q[1] == "ASSAULT" and q[2] == "PSE" and q[0] != "ISR" for q in quads)


def test_protesters_advancing_on_a_city_are_no_assault(pipeline) -> None:
    text = "تقدم آلاف المتظاهرين نحو مدينة بنغازي في ليبيا."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text, "ar"))


def test_talks_advancing_towards_a_deal_are_no_assault(pipeline) -> None:
    text = "قالت روسيا إن المحادثات مع أوكرانيا تقدمت نحو اتفاق."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text, "ar"))
